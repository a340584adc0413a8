"""navigation: menus, share bars, breadcrumbs and every other piece of page chrome."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from contextlib import suppress

import regex

from newsclean.analysis.page import Page
from newsclean.analysis.phrases import Mode
from newsclean.analysis.structure import Structure
from newsclean.engine.context import Claim, Context
from newsclean.engine.ruler import rule
from newsclean.labels import Gives, Label
from newsclean.text import dates

_RUN_MIN = 3
_SHORT_WORDS = 4
_BREADCRUMB = regex.compile(r"^[^.!?]{1,40}(?:\s*(?:>|»|›|/|→|\|)\s*[^.!?>»›/|]{1,40}){2,}$")
# A breadcrumb has two separators at least: lines with fewer skip the (backtracking) pattern.
_TWO_SEPARATORS = re.compile(r"[>»›/→|][^>»›/→|]*[>»›/→|]")


@rule(
    "navigation.menu",
    Label.NAVIGATION,
    presets=("default", "conservative", "html"),
    phrases=("navigation.menu",),
    reason="the whole line is a menu or share item (phrase list navigation.menu)",
)
def menu(ctx: Context) -> Iterable[Claim]:
    """What it removes: menu items, share buttons and site sections, one per line.

    Why: "Home", "Share", "Facebook", "Opinion", "Log in" are link texts of the site's chrome;
    alone on a line they never carry article text.
    Example: ``Share on Facebook``; ``opinion``.
    Keeps: lines inside the article core that end like a sentence.
    """
    page, st = ctx.page, ctx.structure
    inside, feats = st.article_mask, page.features
    return [
        i
        for i in page.matching("navigation.menu", Mode.LINE, max_words=5)
        if not inside[i] or not feats[i].terminal
    ]


_PAGE_DATE_MAX_WORDS = 16


def _first_titles(st: Structure, decided: Sequence[Label | None]) -> dict[int, int]:
    """Segment start -> index of its first line already decided as the title."""
    found: dict[int, int] = {}
    for first, last in st.segments:
        with suppress(ValueError):  # no title in the segment
            found[first] = decided.index(Label.TITLE, first, last + 1)
    return found


@rule(
    "navigation.page_date",
    Label.NAVIGATION,
    presets=("default",),
    after=("feed.title", "title.*"),
    gives=Gives.PAGE_DATE,
    reason="a date line above the headline (the site header's date)",
)
def page_date(ctx: Context) -> Iterable[Claim]:
    """What it removes: date lines above the headline (today's date in the site header).

    Why: news sites print the current date, often in two calendars, at the top of every page;
    the article's own dateline comes after its headline.
    Example: ``শনিবার, ২০ এপ্রিল ২০২৪`` and ``৬ বৈশাখ ১৪৩১`` above the headline.
    Keeps: datelines under the headline (``meta.dateline``).
    """
    page, st, decided = ctx.page, ctx.structure, ctx.decided
    feats = page.features
    # Lines with digits first: most pages have few, and the titles are looked up only when
    # there are some.
    dated = [i for i in page.digit_lines if decided[i] is None and feats[i].words <= _PAGE_DATE_MAX_WORDS]
    titles = _first_titles(st, decided) if dated else {}
    for i in dated:
        f = feats[i]
        title = titles.get(st.segment_of(i)[0])
        if not st.before_core(i) or (title is not None and title < i):
            continue
        if dates.is_stamp(f.text) or (f.words <= 4 and f.digits >= 3 and f.letters <= 12):
            yield i


@rule(
    "navigation.breadcrumb",
    Label.NAVIGATION,
    presets=("default",),
    reason="a breadcrumb trail outside the article",
)
def breadcrumb(ctx: Context) -> Iterable[Claim]:
    """What it removes: breadcrumb trails (``Home > World > Europe``).

    Why: three or more short parts joined by ``>``, ``»``, ``/`` or ``|`` are a path, not prose.
    Example: ``Home / News / World``.
    Keeps: lines with sentence punctuation; lines inside the core.
    """
    page, st, decided = ctx.page, ctx.structure, ctx.decided
    feats = page.features
    for i in st.outside_lines:  # lines already decided are passed over: their label stands
        f = feats[i]
        if (
            decided[i] is None
            and f.words <= 12
            and _TWO_SEPARATORS.search(f.text)
            and _BREADCRUMB.match(f.text)
        ):
            yield i


@rule(
    "navigation.short_run",
    Label.NAVIGATION,
    presets=("default",),
    reason="in a run of three or more short lines outside the article",
)
def short_run(ctx: Context) -> Iterable[Claim]:
    """What it removes: runs of three or more short lines outside the article (menus, tag lists).

    Why: a menu scraped to text is a column of one-to-four-word lines.
    Example: ``Home`` / ``World`` / ``Business`` / ``Sport`` on consecutive lines.
    Keeps: short lines inside the core (lists, subheadings).
    """
    page, st = ctx.page, ctx.structure
    found: list[int] = []
    run: list[int] = []
    inside = st.article_mask
    for i, f in enumerate(page.features):
        if not f.chars:
            continue
        if f.words <= _SHORT_WORDS and not f.terminal and not inside[i]:
            run.append(i)
            continue
        if len(run) >= _RUN_MIN:
            found += run
        run = []
    return found + run if len(run) >= _RUN_MIN else found


@rule("navigation.outside_core", Label.NAVIGATION, presets=("default",))
def outside_core(ctx: Context) -> Iterable[Claim]:
    """What it removes: whatever is left outside the article core.

    Why: the core is the densest run of article prose; lines around it that no other rule
    claimed are site furniture (teasers, footers, widgets) in all but rare cases.
    Example: a footer's ``Terms and conditions apply to all offers``.
    Keeps: every line inside the core or continuing it (lists, inline links, the prose after).
    """
    st, decided = ctx.structure, ctx.decided
    index, cores = st.segment_index, st.cores
    why = [
        "its segment has no article core"
        if core is None
        else f"outside the article (its core: lines {core[0] + 1}-{core[1] + 1}) and not continuing it"
        for core in cores
    ]
    return [(i, why[index[i]]) for i in st.outside_lines if decided[i] is None]


_FOOTER_MAX_WORDS = 30
# A site's footer notice carries the year or the © sign; a photo credit ("Image copyright ...") does not.
_FOOTER_MARK = regex.compile(r"©|\(c\)|(?<!\d)(?:19|20)\d{2}(?!\d)", regex.IGNORECASE)


@rule(
    "navigation.page_footer",
    Label.NAVIGATION,
    presets=("default", "html"),
    phrases=("copyright.reserved",),
)
def page_footer(ctx: Context) -> Iterable[Claim]:
    """What it removes: whatever follows the site's "© 2019 Site. All rights reserved." line
    below the article, up to the end of the article's segment.

    Why: the rights notice opens the page footer; the teaser lists, "More in World" boxes and
    menus under it are prose and short lines that the article's core may run into. The article
    never goes on after its site's footer (a feed's next article is a segment of its own).
    Example: ``© 2019 CBS Interactive Inc. All Rights Reserved.`` then ``More World`` and
    dated teasers.
    Keeps: lines after a photo credit without a year or ``©`` (``Image copyright Getty
    Images``); a notice above the article's core (the page header's).
    """
    page, st = ctx.page, ctx.structure
    notices = page.matching("copyright.reserved", Mode.CONTAINS, max_words=_FOOTER_MAX_WORDS)
    done: set[int] = set()
    for i in sorted(notices):
        core = st.core_of(i)
        if core is None or i <= core[0] or not _FOOTER_MARK.search(page.features[i].text):
            continue
        last = st.segment_of(i)[1]
        if last in done:
            continue
        done.add(last)
        why = f"below the site's rights notice on line {i + 1}, in the page footer"
        for j in range(i + 1, last + 1):
            yield j, why


_HEADLINE_MIN_WORDS = 4
_TRAIL_MIN_WORDS = 5  # a breadcrumb ending in the headline: only a headline this long is evidence
_TRAIL_MAX_WORDS = 6  # menu words before the headline in such a breadcrumb
# " | Site", " - Site", " – Site": the site's name after the headline in the page's <title>.
_SITE_SUFFIX = regex.compile(r"\s+(?:[|–—:-]|::)\s+")


@rule(
    "navigation.headline_repeat",
    Label.NAVIGATION,
    presets=("default", "html", "html-any"),
    after=("feed.title", "title.*"),
    reason="the headline printed again inside the article",
)
def headline_repeat(ctx: Context) -> Iterable[Claim]:
    """What it removes: the article's headline printed again inside the article, alone or at
    the end of a breadcrumb.

    Why: pages print their headline several times (the ``<title>``, the ``<h1>``, a share
    text, a breadcrumb "Home News Business <headline>", a "more on this story" teaser of
    itself); once the headline is taken as the title, the other copies are page chrome.
    The headline is the line ``title.heading`` took, and the page's first line (the
    ``<title>`` a scraper keeps) without its " | Site" suffix.
    Example: ``Home SPORT NEWS BREAKING NEWS: Chelsea Activate ...`` under the site's menu.
    Keeps: headlines of three words or fewer (a subheading may repeat a short title); lines
    that only start like the headline; the page's first line itself.
    """
    page, st, decided = ctx.page, ctx.structure, ctx.decided
    if not page.nonblank_lines:
        return
    first = page.nonblank_lines[0]
    heads = _headline_texts(page, decided, first)
    if not heads:
        return
    trails = tuple(head for head in heads if len(head.split()) >= _TRAIL_MIN_WORDS)
    feats = page.features
    for i in st.article_lines:
        f = feats[i]
        if i == first or decided[i] is not None or f.words < _HEADLINE_MIN_WORDS:
            continue
        text = f.folded
        if text in heads or (trails and text.endswith(trails) and _ends_in_headline(text, trails)):
            yield i


def _headline_texts(page: Page, decided: Sequence[Label | None], first: int) -> frozenset[str]:
    """Casefolded headline texts of four words or more: the title lines and the page's first line."""
    title, feats = Label.TITLE, page.features
    texts = [feats[i].folded for i, label in enumerate(decided) if label is title]
    top = feats[first].folded
    texts += [top, _SITE_SUFFIX.split(top)[0]]
    return frozenset(t for t in texts if len(t.split()) >= _HEADLINE_MIN_WORDS)


def _ends_in_headline(text: str, trails: tuple[str, ...]) -> bool:
    """``text`` is a few menu words, then one of the headlines ``trails`` (five words or more)."""
    for head in trails:
        if text.endswith(head) and text != head:
            before = text[: -len(head)]
            if before.endswith(" ") and len(before.split()) <= _TRAIL_MAX_WORDS:
                return True
    return False
