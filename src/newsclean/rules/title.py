"""title: the article's headline, found even when the page text starts with site chrome."""

from __future__ import annotations

from collections.abc import Iterable

import regex

from newsclean.analysis.page import Page
from newsclean.analysis.phrases import Mode
from newsclean.analysis.sections import menu_run
from newsclean.analysis.structure import Structure
from newsclean.analysis.zones import HEAD_LINES, article_start
from newsclean.engine.context import Claim, Context
from newsclean.engine.ruler import rule
from newsclean.labels import Label
from newsclean.text import dates

# A list item ("- trade and investment;") or a line introducing one ("The talks covered:").
_LIST_LINE = regex.compile(r"^[-–—•*·▪►]\s|[;:：]$")
_BYLINE_MAX_WORDS = 8
# How many of the core's first lines may hold the title when none is found above the core.
_CORE_HEAD_LINES = 3


def choose_title(page: Page, st: Structure, first: int, core_start: int) -> int | None:
    """The line most likely to be the headline of the article whose text starts at ``core_start``.

    Candidates are headline-shaped lines in the few lines above the article, other than
    bylines and list items. A candidate that the page's first line (the HTML ``<title>``,
    when a scraper kept it) contains, or that is printed twice, wins; otherwise the one nearest
    the article. A line of two words or more that the first line contains is a candidate
    whatever its shape (``Hermitian matrix``, a headline ending in an ellipsis), unless it is
    a date (the page's date line repeats the dateline's date).
    """
    first_line = page.features[first].folded if page.features else ""
    bylines = page.matching("meta.byline", Mode.LEAD, max_words=_BYLINE_MAX_WORDS)
    best: tuple[float, int] | None = None
    lo = max(first, core_start - HEAD_LINES)
    for i in range(core_start - 1, lo - 1, -1):
        f = page.features[i]
        if f.blank or i in page.boilerplate_hits or i in st.section_lines or i in bylines:
            continue
        in_title = i != first and f.words >= 2 and f.folded in first_line and not _dated(f.text)
        if not in_title and not _headline_candidate(page, i):
            continue
        score = -0.15 * (core_start - i)
        if in_title:
            score += 3.0
        if f.repeats > 1:
            score += 1.0
        if f.words >= 5:
            score += 0.5
        if best is None or score > best[0]:
            best = (score, i)
    return best[1] if best else None


def _headline_candidate(page: Page, i: int) -> bool:
    """Headline-shaped, three words or more, no date or time, not a list item or a menu."""
    f = page.features[i]
    if f.words < 3 or not page.headline_like(i) or _LIST_LINE.search(f.text) or menu_run(f.text):
        return False
    return not _dated(f.text)


def _dated(text: str) -> bool:
    """A date or a time: a dateline (or the page's date, "Thursday, 1 January 2015"), not a headline."""
    return dates.has_time(text) or bool(dates.find_dates(text))


def _admitted_run_start(st: Structure, first: int, core_start: int) -> int:
    """The first line of an admitted run of the article's text above its core, else the core's."""
    zone = st.zone  # in_core, line by line
    for i in range(first, core_start):
        if zone[i]:
            return i
    return core_start


def title_in_core(page: Page, core: tuple[int, int]) -> int | None:
    """A headline among the core's first lines, directly above prose: the article's title when
    unknown boilerplate above it (a cookie notice the phrase lists miss) joined the core.

    A line that is itself prose (a question of a full sentence's length), or a short question
    under the core's first line, is a sentence of the article, not a guessed headline: cleaning
    an already clean text must keep it.
    """
    seen = 0
    for i in range(core[0], core[1]):
        f = page.features[i]
        if f.blank:
            continue
        nxt = page.next_nonblank(i, core[1] + 1)
        sentence = page.prose[i] or (f.terminal and seen > 0)
        if _headline_candidate(page, i) and not sentence and nxt is not None and page.prose[nxt]:
            return i
        seen += 1
        if seen == _CORE_HEAD_LINES:
            break
    return None


@rule("title.heading", Label.TITLE, presets=("default",))
def heading(ctx: Context) -> Iterable[Claim]:
    """What it removes: the article's headline from the body (kept as ``title``).

    Why: the headline is metadata, not body text; it sits just above the article's core (or
    above a run of its text further up, when none is found above the core), after menus and
    before the byline and dateline.
    Example: ``Kazakhstan says it won't recognize referendums in eastern Ukraine`` above the story.
    When no headline is found above the article, one of the core's first three lines followed
    by prose is taken (boilerplate the phrase lists do not know may have joined the core).
    Keeps: subheadings inside the core; feed headlines (``feed.title`` takes those).
    """
    page, st, decided = ctx.page, ctx.structure, ctx.decided
    heads = set(st.feed_headers)
    for (first, _last), core in zip(st.segments, st.cores, strict=True):
        if core is None or first in heads:
            continue
        start = article_start(page, first, core, st.continuation)
        i = choose_title(page, st, first, start)
        why = f"the headline above the article (it starts on line {start + 1})"
        above = _admitted_run_start(st, first, start)
        if i is None and above < start:
            i = choose_title(page, st, first, above)
            why = f"the headline above a run of the article's text (line {above + 1})"
        if i is None:
            i = title_in_core(page, core)
            why = "a headline among the core's first lines, with the article's prose under it"
        if i is not None and decided[i] is None:
            yield i, why
