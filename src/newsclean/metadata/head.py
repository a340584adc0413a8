"""The article head: headline, byline and dates read together, from their places around the headline.

A reader finds the title, the author and the date of a page without reading it: they stand
together above the article (headline, then a byline and a date, in any order, sometimes a
kicker, a dateline, a reading time or share buttons between them). This module finds that
head and reads it:

- **headline**: the line the page prints as its title. A scraped page starts with its
  ``<title>`` ("Story | Site"); the printed headline is the line below that shares most of its
  words (nearest to the article when it repeats); without such a line, none is claimed here;
- **byline**: a head line with a lead word ("By", "Von", "Автор:"...), or a bare name (a
  name-shaped line, or a name before a date on one line) right next to a date in the head:
  a bare name elsewhere on the page is never an author;
- **dates**: the head's dates, nearest to the headline first; "Updated"/"Modified" ones are
  ``updated``, the others ``published``. A date in a sentence is not a head date.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from functools import cache

import regex

from newsclean.analysis.page import Page
from newsclean.analysis.phrases import Mode
from newsclean.analysis.sections import menu_run
from newsclean.analysis.structure import Structure
from newsclean.engine.labelling import Labelled
from newsclean.labels import Gives, Label
from newsclean.metadata import original, relative
from newsclean.metadata.bylines import (
    Byline,
    head_words,
    lead_at,
    parse_byline,
    poster_card,
    reading_time,
    role_line,
    segment_names,
    stamp_then_lead,
    thread_starter,
    user_byline,
    user_name,
)
from newsclean.metadata.site import copyright_holder
from newsclean.text import dates, features

#: Non-blank lines below the headline that the head may span (byline, dates, share buttons).
HEAD_BELOW = 10
#: Non-blank lines above the headline that may belong to it (kicker, date, byline).
HEAD_ABOVE = 3
#: Lines after the page title searched for the printed headline when no core bounds them.
HEADLINE_SEARCH = 400
#: Share of words a printed headline shares with the page title (Jaccard) to be taken for it.
HEADLINE_MIN_OVERLAP = 0.4
#: The same for a line shaped like a sentence rather than a headline.
SENTENCE_MIN_OVERLAP = 0.8
#: A head line with more words than this besides its dates is prose, not a head line.
HEAD_LINE_MAX_WORDS = 14
#: A line holding a lead byline may be longer: "Le Monde | 04.05.2015 à 13h36 • Mis à jour le
#: 05.05.2015 | Par Martin Untersinger (avec Damien Leloup et Morgane Tual)".
BYLINE_LINE_MAX_WORDS = 20

_WORDS = regex.compile(r"\w+")
_TITLE_PARTS = regex.compile(r"\s+[|\-–—:•·»/\\]\s+|\s*[|•·»]\s*")


@dataclass(frozen=True, slots=True)
class HeadDate:
    """A date of the head: ISO 8601, the line it stands on, and whether it is an update."""

    iso: str
    line: int
    updated: bool
    order: str  # a numeric date's reading (``text.dates``): "ambiguous" when day/month may swap


@dataclass(frozen=True, slots=True)
class Head:
    """What the article head says; every field None when the page has no such evidence."""

    headline: int | None
    byline: Byline | None
    byline_line: int | None
    published: HeadDate | None
    updated: HeadDate | None
    #: A relative date of the head ("3 hours ago") left out for want of a reference date.
    relative_left_out: str | None = None
    #: Without a head date: a line elsewhere that says it gives the publication (or update) date
    #: ("Published: Nov 24, 2025"); weaker than a dateline the rules found.
    marked: HeadDate | None = None
    #: The rule that found the byline (its provenance): ``head.byline`` around the headline,
    #: ``head.dated_byline`` beside the article's date found elsewhere...
    byline_rule: str = "head.byline"
    #: The rule that found ``published``: ``head.date`` in the head, ``head.first_post_date``,
    #: ``head.first_published`` ("originally published on ...": metadata/original.py).
    date_rule: str = "head.date"


def read_head(
    page: Page,
    structure: Structure,
    labelled: Labelled,
    first: int,
    last: int,
    url: str | None = None,
    reference: relative.Reference | None = None,
) -> Head:
    """The head of the article spanning lines ``first..last``; a feed's articles have theirs read
    by the feed rules (their header line), but for what only a thread or a question says of
    itself (:func:`_feed_head`)."""
    labels = labelled.labels
    headline = printed_headline(page, structure, labels, first, last)
    if structure.feed_headers:
        return _feed_head(page, structure, labels, first, last, url, headline)
    anchor = headline if headline is not None else _anchor(page, structure, labels, first, last)
    if anchor is None:
        return Head(headline, None, None, None, None)
    window = _window(page, labels, anchor, first, last)
    top = page.nonblank_lines[0] if page.nonblank_lines else None
    if headline is not None and top is not None and top != headline:
        # Rule head.title_line: the page's title line above its printed headline is the title,
        # not a head line: a number in it ("2024.4.4 -> 2024.5.0 issue") dates nothing.
        window = [i for i in window if i != top]
    if headline is None:  # the rules' headline may itself be a byline or a date line
        window.insert(0, anchor)
    # A date the rules took for the site header's (today's date above the menus) is the
    # article's only where it touches the headline, or a kicker between ("AI", "Workouts").
    gives = labelled.gives
    window = [i for i in window if i > anchor or gives[i] is not Gives.PAGE_DATE or _touches(page, i, anchor)]
    url_year = _url_year(url)
    # ...and only where no date stands right below the headline (``DATE_BELOW_NEAR`` lines): a
    # header's date touching it is today's when the story dates itself under the headline
    # ("Пятница, 2 января 2015" / headline / "Служба новостей" / "1 января 2015, 00:00").
    header_dates = [i for i in window if i < anchor and gives[i] is Gives.PAGE_DATE]
    published, updated = None, None
    if header_dates:
        near = _next_lines(page, anchor, DATE_BELOW_NEAR, last)
        published, updated = _head_dates(page, [i for i in window if i in near], url_year)
    if published is None and updated is None:
        published, updated = _head_dates(page, window, url_year)
    left_out, relative_line = None, None
    if published is None and updated is None:
        published, left_out, relative_line = _relative_date(page, window, reference)
    byline, where = _head_byline(page, window, published, updated, headline, relative_line, anchor)
    if byline is not None and _masthead(page, gives, byline, where, anchor, window, (first, last)):
        byline, where = None, None
    rule = "head.byline"
    if byline is None:
        byline, where = _byline_nearby(page, labels, anchor, first, last)
    fallbacks = (
        (_author_bio, "head.author_bio"),
        (_first_poster, "head.first_poster"),
        (_first_card, "head.poster_card"),
    )
    for fallback, name in fallbacks:
        if byline is None:
            byline, where = fallback(page, labels, first, last)
            rule = name if byline is not None else rule
    if byline is None:
        core = structure.core_of(first)
        end = min(last, core[1]) if core is not None and first <= core[1] else last
        byline, where = _dated_lead_byline(page, labels, first, end)
        rule = "head.dated_lead" if byline is not None else rule
    marked: HeadDate | None = None
    if published is None and updated is None and relative_line is None:
        # No date in the head: the byline's own line and its neighbours ("By Reid Bramblett" /
        # "|" / "Published: Nov 24, 2025"), else a line that says it is a publication date.
        if where is not None:
            published, updated = _head_dates(page, _around(page, where), url_year)
        if published is None and updated is None:
            marked_published, marked_updated = _marked_date(page, labels, first, last, url_year)
            marked = marked_published or marked_updated
    if byline is None:
        ruled = _rules_dateline(page, labelled, first, last, url_year)
        core = structure.core_of(first)
        below = ruled is not None and core is not None and first <= core[0] < ruled.line
        byline, where = _dated_byline(
            page, labels, (published, updated, marked, None if below else ruled), window
        )
        if byline is None and below:  # under the article, only a byline that says so
            byline, where = _dated_byline(page, labels, (ruled,), window)
            byline, where = (byline, where) if byline is not None and byline.lead else (None, None)
        rule = "head.dated_byline" if byline is not None else rule
    if byline is None:
        byline, where = _repeated_dated_name(page, labels, first, last)
        rule = "head.repeated_name" if byline is not None else rule
    if headline is None and where is not None and where == anchor:
        headline = _headline_above_byline(page, anchor, first)
    first_post = _first_post_date(page, labels, first, last, url_year)
    if first_post is not None:
        return Head(
            headline, byline, where, first_post, updated, left_out, None, rule, "head.first_post_date"
        )
    said = original.first_published(page, labels, first, last, url_year)
    if said is not None:  # rule head.first_published (metadata/original.py)
        line, date = said
        first_seen = HeadDate(date.iso, line, False, date.order)
        if updated is None and published is not None and published.iso[:10] > date.iso[:10]:
            updated = HeadDate(published.iso, published.line, True, published.order)  # the revision's
        return Head(
            headline, byline, where, first_seen, updated, left_out, None, rule, "head.first_published"
        )
    if marked is not None:
        return Head(headline, byline, where, None, None, left_out, marked, rule)
    return Head(headline, byline, where, published, updated, left_out, byline_rule=rule)


def _first_post_date(
    page: Page, labels: Sequence[Label], first: int, last: int, url_year: int | None
) -> HeadDate | None:
    """Rule ``head.first_post_date``: a thread's date is its first post's, the stamp numbered
    "#1" ("11-29-2024, 09:03 AM #1", "#1 · May 29, 2024"): later posts, a sidebar's or the
    forum header's dates are not the thread's. A short line outside comments (a blog's comment
    numbered "#1" is a comment's)."""
    comments = Label.COMMENTS
    for i in range(first, min(last, first + MARKED_SEARCH) + 1):
        f = page.features[i]
        if f.blank or labels[i] is comments or f.words > HEAD_LINE_MAX_WORDS:
            continue
        if _FIRST_POST.search(f.text) is None:
            continue
        published, _updated = _head_dates(page, [i], url_year)
        if published is not None:
            return published
    return None


def _dated_byline(
    page: Page, labels: Sequence[Label], found: Sequence[HeadDate | None], window: list[int]
) -> tuple[Byline | None, int | None]:
    """Rule ``head.dated_byline``: the article's date, found away from the headline (a line that
    says it is the publication date, or a date the head's own byline window did not reach),
    has the byline beside it: "Rebecca MacFarlane" / "Published on November 11, 2025",
    "Rob Mardisalu" / "January 24, 2026". Its neighbours are read as a head (a bare name needs
    the date next to it), never in comments."""
    tried = set(window)
    for date in found:
        if date is None or labels[date.line] is Label.COMMENTS:
            continue
        around = [i for i in _around(page, date.line) if labels[i] is not Label.COMMENTS]
        if set(around) <= tried:
            continue
        published = date if not date.updated else None
        updated = date if date.updated else None
        byline, where = _head_byline(page, around, published, updated, None, None, None)
        if byline is not None and (byline.lead or proper_name(page, byline.author)):
            return byline, where
    return None, None


def _rules_dateline(
    page: Page, labelled: Labelled, first: int, last: int, url_year: int | None
) -> HeadDate | None:
    """The span's first dateline the rules found (a date line they gave ``Gives.DATELINE``),
    outside comments and lists of other stories: the article's date where the head's window
    did not reach it ("Shauna Mitchell" / "August 25, 2024" under a standfirst printed twice).
    Under the article's core only a lead byline beside it counts (the caller): a bare name
    and a date there are a comment's or a teaser's."""
    gives, labels = labelled.gives, labelled.labels
    for i in range(first, last + 1):
        if gives[i] is not Gives.DATELINE or labels[i] in (Label.COMMENTS, Label.RELATED):
            continue
        published, updated = _head_dates(page, [i], url_year)
        return published or updated
    return None


#: A name that opens the dated part of this many lines, each with its own date, is the site's writer.
REPEATED_NAME_LINES = 2
_NAME_WORDS = regex.compile(
    r"(?:^|\s)(?P<name>\p{Lu}[\p{L}\p{M}'’-]+\s+\p{Lu}[\p{L}\p{M}'’-]+)\s*[,·•|]?\s*$"
)


def _repeated_dated_name(
    page: Page, labels: Sequence[Label], first: int, last: int
) -> tuple[Byline | None, int | None]:
    """Rule ``head.repeated_name``: the same two-word proper name right before the date of
    several short lines, each dated differently ("Photo Log, Tips & Tricks Scott Davenport April
    10, 2017 ..." under the article, "In The Field Scott Davenport April 11, 2017" and "In Post
    Scott Davenport April 6, 2017" on its previous and next posts): a blog's meta lines, which
    put categories before the writer's name and the date after it. Outside comments."""
    feats = page.features
    seen: dict[str, tuple[set[str], int]] = {}
    for i in range(first, last + 1):
        f = feats[i]
        if f.blank or labels[i] is Label.COMMENTS or f.words > BYLINE_LINE_MAX_WORDS:
            continue
        found = dates.find_dates(f.text)
        if not found or not found[0].year_given:
            continue
        m = _NAME_WORDS.search(f.text[: found[0].start])
        if m is None:
            continue
        name = m.group("name")
        days, line = seen.get(name, (set(), i))
        days.add(found[0].iso[:10])
        seen[name] = (days, line)
        if len(days) >= REPEATED_NAME_LINES and not _label_token(page, name.split()[0]):
            byline = parse_byline(name, lead_required=False)
            if byline is not None and proper_name(page, name):
                return byline, line
    return None, None


def proper_name(page: Page, name: str) -> bool:
    """No word of ``name`` is written in lower case anywhere on the page: a person's name stays
    capitalised in every sentence, a heading's words ("Vibe Coding", "Backup Strategy") do not."""
    small = head_words("name_particles") | head_words("name_joiners")
    words = {token.casefold() for token in name.split()} - small
    return not words & page.lowercase_words()


def _feed_head(
    page: Page,
    structure: Structure,
    labels: Sequence[Label],
    first: int,
    last: int,
    url: str | None,
    headline: int | None,
) -> Head:
    """Rule ``head.first_poster`` on a page read as a feed: a question or a thread whose answers
    are the feed's articles names its asker or starter ("asked Mar 26, 2019 at 16:18" /
    "user3080392", "Thread starter Perseus Legend") and dates itself with a marked line; the
    headers of its posts say neither. The lead-in's ``headline`` is the page's printed headline
    (:func:`printed_headline`): the lead-in is the page's own head."""
    byline, where = _first_poster(page, labels, first, last)
    rule = "head.first_poster"
    if byline is None and first == 0:  # a later article's first card is a reply's
        byline, where = _first_card(page, labels, first, last)
        rule = "head.poster_card" if byline is not None else rule
    if byline is None and headline is not None:
        byline, where = _lead_in_byline(page, labels, headline, first, last, _url_year(url))
        rule = "head.lead_in" if byline is not None else rule
    if byline is None and headline is None and first <= structure.feed_headers[0]:
        byline, where = _own_article_byline(page, structure, labels, last, _url_year(url))
        rule = "head.own_article" if byline is not None else rule
    published, updated = _marked_date(page, labels, first, last, _url_year(url))
    return Head(headline, byline, where, None, None, None, published or updated, rule)


def _lead_in_byline(
    page: Page, labels: Sequence[Label], headline: int, first: int, last: int, url_year: int | None
) -> tuple[Byline | None, int | None]:
    """Rule ``head.lead_in``: a feed's lead-in that prints the page's headline is the page's own
    head (an article whose dateline the feed rules took for a feed's stamp: "Josef Průša" /
    "December 19. 2025" under the headline): its byline is read as :func:`_head_byline` reads
    one, the head's dates serving as evidence only (the feed's dates stay the feed rules')."""
    window = _window(page, labels, headline, first, last)
    published, updated = _head_dates(page, window, url_year)
    return _head_byline(page, window, published, updated, headline, None, headline)


def _own_article_byline(
    page: Page, structure: Structure, labels: Sequence[Label], last: int, url_year: int | None
) -> tuple[Byline | None, int | None]:
    """Rule ``head.own_article``: a page read as a feed whose first article prints the page's
    headline (the ``<title>`` story under its dated header: "Dec 18, 2025 ⋅ 10 min read" / "I
    tested 5 AI CLI tools") is one article the feed rules split; the page's first part, the
    lead-in or that article, has its byline in that article's head, read as
    :func:`_head_byline` reads one ("Emmanuel John" over the header, "Joe Kindness" / "Founder
    & CEO" under the title), across the line where the feed rules cut."""
    end = structure.segment_of(structure.feed_headers[0])[1]
    bound = max(last, end)
    headline = printed_headline(page, structure, labels, 0, bound)
    if headline is None or headline < structure.feed_headers[0]:
        return None, None  # the headline stands in the lead-in: read there already
    window = _window(page, labels, headline, 0, bound)
    published, updated = _head_dates(page, window, url_year)
    return _head_byline(page, window, published, updated, headline, None, headline)


#: A kicker between a header date and the headline it belongs to: at most this many words.
KICKER_WORDS = 3


#: Non-blank lines right below the headline whose date beats a header date touching it.
DATE_BELOW_NEAR = 3


def _next_lines(page: Page, i: int, n: int, last: int) -> set[int]:
    """The ``n`` non-blank lines after line ``i`` (up to ``last``)."""
    found: set[int] = set()
    j: int | None = i
    while len(found) < n:
        j = page.next_nonblank(j, last + 1) if j is not None else None
        if j is None:
            break
        found.add(j)
    return found


def _touches(page: Page, i: int, anchor: int) -> bool:
    """Date line ``i`` above the headline touches it: nothing between, or one kicker ("April 28,
    2025" / "Workouts" / headline); a menu item between ("Home", "World") is the site header's."""
    j = page.next_nonblank(i)
    if j is None or j == anchor:
        return j == anchor
    kicker = page.features[j]
    return (
        page.next_nonblank(j) == anchor
        and kicker.words <= KICKER_WORDS
        and kicker.folded.strip(" .:|/") not in page.phrases.casefolded("navigation.menu")
    )


def _around(page: Page, i: int) -> list[int]:
    """Line ``i`` and the two non-blank lines on each side of it, nearest first."""
    lines = [i]
    after: int | None = i
    before: int | None = i
    for _ in range(2):
        after = page.next_nonblank(after) if after is not None else None
        before = page.prev_nonblank(before) if before is not None else None
        lines.extend(j for j in (after, before) if j is not None)
    return lines


#: Lines of a span searched for a date that says what it is ("Published: Nov 24, 2025").
MARKED_SEARCH = 400


def _marked_date(
    page: Page, labels: Sequence[Label], first: int, last: int, url_year: int | None
) -> tuple[HeadDate | None, HeadDate | None]:
    """The first short line outside comments that starts with a publication or update word
    and a date ("Published: Nov 24, 2025", "Posted on April 13, 2023", "Updated March 11,
    2026"): a date that says it is the article's, wherever the page put it. Also the word alone
    on its line with a date line under it ("Published on" / "Oct 31, 2025": sites print the
    label and the value apart), and a long line whose date comes right after the word ("Posted
    on December 20, 2025 by ... - 5 Comments on <the headline>")."""
    comments = Label.COMMENTS
    updated_marks = page.phrases.pattern("meta.updated", Mode.LEAD)
    for marks in (_published_marks(page), updated_marks):
        if marks is None:
            continue
        for i in range(first, min(last, first + MARKED_SEARCH) + 1):
            f = page.features[i]
            # A question's "asked" stamp is its own, even where the rules took it for a comment.
            if f.blank or (labels[i] is comments and not asked_date(page, i)):
                continue
            m = marks.match(f.text + " ")  # the space: a mark alone on its line leads too
            if m is None:
                continue
            if f.words > HEAD_LINE_MAX_WORDS:
                follows = _date_follows(f.text, m.end(), url_year)
                if follows is None:
                    continue
                said = HeadDate(follows.iso, i, marks is updated_marks, follows.order)
                return (None, said) if said.updated else (said, None)
            lines = [i]
            if not f.text[m.end() :].strip(" :：-–—"):
                # "Published on" / "Oct 31, 2025": the mark alone, its date on the next line.
                after = page.next_nonblank(i, last + 1)
                below = page.features[after].text if after is not None else ""
                # one date: "Jun 7, 2016 – Mar 22, 2026" under "Date:" is an event's range
                if after is None or not _date_only(below) or len(dates.find_dates(below)) != 1:
                    continue
                lines = [after]
            published, updated = _head_dates(page, lines, url_year)
            date = published or updated
            if date is None:
                continue
            if lines[0] != i:  # the mark above says what the date is
                said = HeadDate(date.iso, date.line, marks is updated_marks, date.order)
                return (None, said) if said.updated else (said, None)
            return published, updated
    return None, None


#: Words a mark may put between itself and its date ("Posted on", "Publié le"): at most.
MARK_GAP_WORDS = 1


def _date_follows(text: str, at: int, url_year: int | None) -> dates.DateMatch | None:
    """The date that starts right after a publication mark ending at ``at`` (at most
    ``MARK_GAP_WORDS`` words between, its year printed or in the URL): "Posted on December 20,
    2025 by Jean-Luc Aufranc - 5 Comments on <the headline>" is a marked date however long the
    line goes on after it."""
    found = dates.find_dates(text[at:], default_year=url_year or 1900)
    gap = _WORDS.findall(text[at : at + found[0].start]) if found else []
    if not found or (len(gap) > MARK_GAP_WORDS and not _byline_gap(gap)):
        return None
    return found[0] if found[0].year_given or url_year is not None else None


#: Words a byline may put between a publication mark and its date: the lead, a name of up to
#: three words, "on" and a weekday ("Posted by msmash on Friday January 12, 2024").
MARK_BYLINE_GAP_WORDS = 6


def _byline_gap(words: list[str]) -> bool:
    """Rule ``head.posted_by``: the words between a mark and its date are a byline ("Posted by
    msmash on ...", "Publié par Jean Dupont le ..."): a lead word first, at most
    ``MARK_BYLINE_GAP_WORDS`` words."""
    return len(words) <= MARK_BYLINE_GAP_WORDS and words[0].casefold() in _single_leads()


@cache
def _single_leads() -> frozenset[str]:
    """The one-word byline leads of ``data/head.toml`` ("by", "von", "par", "por", "автор")."""
    return frozenset(w.casefold() for w in head_words("byline_leads") if " " not in w)


def asked_date(page: Page, line: int) -> bool:
    """Line ``line`` dates a question ("asked Jun 29, 2012 at 10:51", ``published_marks`` in
    ``data/head.toml``): the page's own date, before any answer's or edit's."""
    text = page.features[line].text.lstrip().casefold()
    return any(
        text.startswith(word) and not text[len(word) : len(word) + 1].isalnum()
        for word in head_words("published_marks")
    )


def _published_marks(page: Page) -> regex.Pattern[str] | None:
    """The page language's publication words (phrase list ``meta.published``) and the words
    question sites print before a question's date ("asked", ``published_marks`` in
    ``data/head.toml``), at the start of a line."""
    words = [*head_words("published_marks")]
    listed = page.phrases.pattern("meta.published", Mode.LEAD)
    own = "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
    mine = regex.compile(rf"^\s*(?:{own})(?!\w)", regex.I)
    if listed is None:
        return mine
    return regex.compile(f"(?:{listed.pattern})|(?:{mine.pattern})", regex.I | regex.M)


#: Non-blank lines after the headline searched for a lead byline the head did not hold (a
#: photo, its caption, a standfirst and share buttons may come first), and before it.
NEARBY_BELOW = 30
NEARBY_ABOVE = 15


def _byline_nearby(
    page: Page, labels: Sequence[Label], anchor: int, first: int, last: int
) -> tuple[Byline | None, int | None]:
    """Without a byline in the head: a line starting with a lead word near the headline ("By
    Reid Bramblett" below a photo and its caption), else an author box anywhere in the article
    ("About the author" / "Written by" on a line, the name on the next). Never in comments, nor
    in a list of other stories (lines labelled related) for a lead byline.

    Only a byline that says it is one: a bare name this far from the headline may be anyone's.
    """
    feats = page.features
    order: list[int] = []
    j: int | None = anchor
    while j is not None and len(order) < NEARBY_BELOW:
        j = page.next_nonblank(j, last + 1)
        if j is not None:
            order.append(j)
    j = anchor
    for _ in range(NEARBY_ABOVE):
        j = page.prev_nonblank(j)
        if j is None or j < first:
            break
        order.append(j)
    comments, related = Label.COMMENTS, Label.RELATED
    for i in order:
        if labels[i] is comments or labels[i] is related:
            continue  # a comment's or a teaser's byline ("More Stories" / "... by Mariel Sheets")
        if _words_besides_dates(feats[i].text) > BYLINE_LINE_MAX_WORDS:
            continue
        found = parse_byline(feats[i].text, lead_required=True, anywhere=True) or thread_starter(
            feats[i].text
        )
        dated = bool(dates.find_dates(feats[i].text, default_year=dates.ANY_YEAR))
        if found is None:
            found = _user_byline(page, i)
            dated = True
        if found is not None and not _boilerplate(page, i) and (dated or _full_names(found)):
            return found, i
    box = head_words("author_box")
    for i in range(first, last + 1):
        if labels[i] is comments or not (
            feats[i].folded.strip(" :：") in box or stamp_then_lead(feats[i].text)
        ):
            continue
        after = page.next_nonblank(i, last + 1)
        if after is None or labels[after] is comments:
            continue
        found = parse_byline(feats[after].text, lead_required=False, led=True)
        if found is not None and not _boilerplate(page, after):
            return found, after
    return None, None


def _dated_lead_byline(
    page: Page, labels: Sequence[Label], first: int, last: int
) -> tuple[Byline | None, int | None]:
    """Rule ``head.dated_lead``: the first byline that says it is one (a lead word on its line,
    or alone on the line above: "By" / "Amy Roeder") with a date on its line or next to it
    ("September 24, 2025"), wherever the page put it: an article head the headline did not
    lead to (a photo, a gallery or a long menu between). Outside comments; the date beside it
    (:func:`_around`) is the article's when no other was found. Not in a list of other
    stories ("More Stories": the lines the rules label related) nor after the article's core
    (``last``: the caller's bound), where teasers print their bylines."""
    feats = page.features
    comments, related = Label.COMMENTS, Label.RELATED
    for i in range(first, min(last, first + MARKED_SEARCH) + 1):
        f = feats[i]
        if f.blank or labels[i] is comments or labels[i] is related or _boilerplate(page, i):
            continue
        if f.words > BYLINE_LINE_MAX_WORDS:
            stamped = _stamped_lead(f.text)
            if stamped is not None:
                return stamped, i
            continue
        line, found = i, parse_byline(f.text, lead_required=True, anywhere=True)
        if found is None and (user := _user_byline(page, i)) is not None:
            return user, i  # a post's stamp: its date is on the line or the next
        if found is None and _lead_alone(f.text):
            after = page.next_nonblank(i, last + 1)
            if after is not None and labels[after] is not comments:
                line, found = after, parse_byline(feats[after].text, lead_required=False, led=True)
        if found is None or not _full_names(found):
            continue
        near = [j for j in _around(page, line) if labels[j] is not comments]
        published, updated = _head_dates(page, near, None)
        if published is not None or updated is not None:
            return found, line
    return None, None


def _stamped_lead(text: str) -> Byline | None:
    """Rule ``head.stamped_lead``: a long line that opens with a date and a byline ("Posted on
    December 20, 2025 by Jean-Luc Aufranc (CNXSoft) - 5 Comments on <the headline>"): its first
    ``BYLINE_LINE_MAX_WORDS`` words read as a byline line, the lead after the date."""
    start = " ".join(text.split()[:BYLINE_LINE_MAX_WORDS])
    m = lead_at(start, anywhere=True)
    if m is None or not m.start() or not dates.find_dates(start[: m.start()], default_year=dates.ANY_YEAR):
        return None
    return parse_byline(start[m.start() :], lead_required=True)  # dated: no full names needed


def _speaks_of_a_person(text: str) -> bool:
    """A personal pronoun in ``text`` ("She believes...", "his research", ``bio_pronouns`` in
    ``data/head.toml``): a biography, not a product's or a program's description."""
    pronouns = head_words("bio_pronouns")
    return any(word.casefold() in pronouns for word in _WORDS.findall(text))


def _author_bio(
    page: Page, labels: Sequence[Label], first: int, last: int
) -> tuple[Byline | None, int | None]:
    """Rule ``head.author_bio``: an author box that labels or introduces the name it shows.

    A person's name alone on a line (a bare name: two to four capitalised words, none of them
    written in lower case on the page), the person's job on the next line or not ("SEO
    Copywriter": rule ``head.bio_role``), then either the box's label ("Nawaz Dhandala" /
    "Author") or the writer's biography, which starts with the name or its first word and a
    verb of ``bio_verbs`` in ``data/head.toml`` and speaks of a person ("Lina Jameela" / "Lina
    is a content writer ... her ...", "Anna Schmidt" / "Anna ist Redakteurin ... sie ...").
    Outside comments; a name followed by a definition ("Heat Pumps" / "Heat pumps are ...") is
    no person: its words are written in lower case elsewhere; a product's description ("Kraken
    is the most-loved operating system") has no personal pronoun.
    """
    feats = page.features
    comments = Label.COMMENTS
    box, verbs = head_words("author_box"), head_words("bio_verbs")
    for i in range(first, min(last, first + MARKED_SEARCH) + 1):
        f = feats[i]
        if f.blank or labels[i] is comments or not 2 <= f.words <= 4 or _boilerplate(page, i):
            continue
        after = page.next_nonblank(i, last + 1)
        if after is None or labels[after] is comments:
            continue
        found = parse_byline(f.text, lead_required=False)
        if found is None or len(found.names) != 1 or not proper_name(page, found.author):
            continue
        if feats[after].folded.strip(" :：") not in box and role_line(feats[after].text):
            # rule head.bio_role: "James R" / "SEO Copywriter" / "James is ..."
            after = page.next_nonblank(after, last + 1)
            if after is None or labels[after] is comments:
                continue
        following = feats[after].text.strip()
        if feats[after].folded.strip(" :：") in box:
            return found, i
        for lead in (found.author, found.author.split()[0]):
            rest = following[len(lead) :].split() if following.startswith(lead + " ") else []
            if rest and rest[0].casefold() in verbs and _speaks_of_a_person(following):
                return found, i
    return None, None


_FIRST_POST = regex.compile(r"(?<![\w#])#\s?1(?!\d)")
_USER_NAME = regex.compile(r"(?=[\p{L}\p{N}._-]*\p{L})[\p{L}\p{N}][\p{L}\p{M}\p{N}._-]{2,39}")


def _first_poster(
    page: Page, labels: Sequence[Label], first: int, last: int
) -> tuple[Byline | None, int | None]:
    """A thread's or a question's author, read off its first post: a thread starter anywhere
    ("Thread starter Spursidol"), else the user name alone on the line after the line that dates
    the first post ("30th March 2025, 16:26 # 1" / "microfast", "asked Jun 29, 2012 at 10:51" /
    "Pup"). Only the first post: a later one is an answer's."""
    feats = page.features
    comments = Label.COMMENTS
    end = min(last, first + MARKED_SEARCH)
    for i in range(first, end + 1):
        if labels[i] is not comments and not feats[i].blank:
            found = thread_starter(feats[i].text)
            if found is not None:
                return found, i
    marks = sorted(head_words("published_marks"), key=len, reverse=True)
    asked = regex.compile("|".join(regex.escape(w) for w in marks), regex.I)
    for i in range(first, end + 1):
        f = feats[i]
        if f.blank or f.words > HEAD_LINE_MAX_WORDS:
            continue
        # A question's "asked" stamp is its own, even where the rules took its block for comments.
        if not ((_FIRST_POST.search(f.text) and labels[i] is not comments) or asked.match(f.text)):
            continue
        if not dates.find_dates(f.text, default_year=dates.ANY_YEAR):
            continue
        after = page.next_nonblank(i, last + 1)
        user = feats[after].text.strip() if after is not None else ""
        if _USER_NAME.fullmatch(user) and not _label_token(page, user):
            return Byline(user, (user,), False), after
        return None, None
    return None, None


#: A poster's card: the user name's line has at most this many words ("Outer Armatonisdaristan"),
#: and at most one rank line of at most ``RANK_WORDS`` stands between it and the card's counts.
CARD_NAME_WORDS = 3
RANK_WORDS = 2


def _first_card(
    page: Page, labels: Sequence[Label], first: int, last: int
) -> tuple[Byline | None, int | None]:
    """Rule ``head.poster_card``: a thread's author is the user name over the first poster's
    card, the line that counts the user's posts or says when they joined ("b.scherer" / "Posts:
    2" / "Joined: Sun Dec 17, 2023", "Outer Armatonisdaristan" / "Senator" / "Posts: 4032",
    "Klaus_M" / "Beiträge: 12": ``poster_card_words``), a rank between or not; the first
    card of the page is the first post's. Outside comments; the name's part before a separator
    ("luizjr4 | Premium"), not a label or a function word."""
    feats = page.features
    comments = Label.COMMENTS
    for i in range(first, min(last, first + MARKED_SEARCH) + 1):
        f = feats[i]
        if f.blank or labels[i] is comments or f.words > CARD_NAME_WORDS + 2:
            continue
        j = page.next_nonblank(i, last + 1)
        for _ in range(2):
            if j is None or labels[j] is comments:
                break
            if poster_card(feats[j].text):
                name = user_name(f.text)
                if name is None or _label_token(page, name) or poster_card(f.text):
                    break
                return Byline(name, (name,), False), i
            if feats[j].words > RANK_WORDS:
                break
            j = page.next_nonblank(j, last + 1)
    return None, None


def _label_token(page: Page, word: str) -> bool:
    """A label, menu or function word: no user name."""
    folded = word.casefold()
    labels = head_words("not_name_words") | head_words("not_names")
    return folded in labels or folded in page.stopwords


#: A relative date counts on a head line of at most this many words ("Susan · 3 hours ago").
RELATIVE_LINE_WORDS = 8


def _relative_date(
    page: Page, window: list[int], reference: relative.Reference | None
) -> tuple[HeadDate | None, str | None, int | None]:
    """The head's first relative date, resolved against ``reference``; without a reference (or
    for hours before a reference without a time) none, and the words left out; and its line
    (a date all the same, for a bare name next to it: "Alex Perry 1 day ago")."""
    for i in window:
        f = page.features[i]
        if f.words > RELATIVE_LINE_WORDS:
            continue
        found = relative.find_relative(f.text)
        if found is None:
            continue
        iso = relative.resolve(found, reference) if reference is not None else None
        if iso is None:
            return None, found.text, i
        return HeadDate(iso, i, False, ""), None, i
    return None, None, None


def printed_headline(
    page: Page, structure: Structure, labels: Sequence[Label], first: int, last: int
) -> int | None:
    """The line printed as the headline: the one sharing most words with the page title.

    Only when the span starts the page (the scraper put ``<title>`` first). Among lines with
    the same overlap the one nearest to the article's core wins (a menu or breadcrumb may
    repeat the headline higher up). A line that is one part of the title ("THC Gummies" in
    "THC Gummies – Buy Online | Shop") counts when it has two words or more and is not the
    last part (the site's name). A prose line ending with a full stop must share nearly all
    its words (``SENTENCE_MIN_OVERLAP``): an article's first sentence often retells its title.
    A first line that is a dateline, a date or a menu item ("Home") is no ``<title>``.
    """
    if first != 0 or not page.nonblank_lines:
        return None
    top = page.nonblank_lines[0]
    if labels[top] is Label.META or _date_only(page.features[top].text):
        return None
    title = page.features[top].folded
    menu = page.phrases.casefolded("navigation.menu")
    if title.strip(" .:|/") in menu:
        return None  # "Главная", "Home": a menu's first item, repeated in the footer, is no <title>
    if menu_run(title) and all(part.strip() in menu for part in _TITLE_PARTS.split(title)):
        return None  # menu items on one line ("Vídeos · Opinión"); "Pods | Kubernetes" is a <title>
    title_words = set(_WORDS.findall(title))
    if not title_words:
        return None
    split = [part.strip() for part in _TITLE_PARTS.split(title)]
    # The last part of "Story | Site" is the site's name: printed in the masthead, not a headline.
    parts = {part for part in split[:-1] if len(part.split()) >= 2}
    site_parts = _site_parts(split)
    core = structure.core_of(top)
    end = min(last, top + HEADLINE_SEARCH if core is None else max(core[0] + 2, top + 1))
    printed = _printed_title_part(page, title, top, min(last, top + HEADLINE_SEARCH), core)
    # "Also read | <another story>" shares the title's words but links elsewhere (related.inline).
    links = page.matching("related.inline", Mode.PREFIX)
    best, best_score = None, 0.0
    feats = page.features
    for j in range(top + 1, end + 1):
        f = feats[j]
        if f.blank or f.words > 40 or _teaser(f.folded, title_words) or j in links:
            continue
        if site_parts and " ".join(_WORDS.findall(f.folded)) in site_parts:
            continue  # Rule head.site_part: the site's name or a section, not the headline
        words = set(f.tokens)
        shared = len(words & title_words)
        if not shared:
            continue
        score = shared / len(words | title_words)
        if f.folded.strip(" .") in parts:
            score = max(score, 0.75)
        if len(title_words) == 1 and score < 1:
            continue  # a one-word first line ("Internacional") is printed whole or not at all
        sentence = page.prose[j] and f.text.endswith(".")
        wanted = SENTENCE_MIN_OVERLAP if sentence else HEADLINE_MIN_OVERLAP
        if score >= wanted and score >= best_score:
            best, best_score = j, score
    if printed is None or best is None:
        return best if printed is None else printed
    if _tagged_story(split, feats[printed].folded, feats[best].folded):
        return best
    # Both: the site's name may be the title's first part, printed in the masthead
    # ("Site - Story"), the story further down; the one nearer to the article is its heading.
    anchor = core[0] if core is not None else last
    return printed if abs(anchor - printed) <= abs(anchor - best) else best


#: A first part of a ``<title>`` of at most this many words may be a tag before the story.
TAG_MAX_WORDS = 2


def _tagged_story(split: Sequence[str], printed: str, best: str) -> bool:
    """Rule ``head.tag_part``: a ``<title>`` of three parts or more whose longest part stands
    between a short first part and the last ("backup - How to back up my entire system? - Ask
    Ubuntu", "current - How does residential electricity work? - Electrical Engineering Stack
    Exchange") puts a tag or a section first and its story in the middle; where the page prints
    both, the short first part (a tag listed under the question, nearer to the article) is not
    the headline, the line printing the middle part is. ``split`` holds the title's parts (case
    folded), ``printed`` the line printing the first part, ``best`` the other candidate."""
    if len(split) < 3:
        return False
    lead = _WORDS.findall(split[0])
    story = " ".join(_WORDS.findall(best))
    middle = [" ".join(_WORDS.findall(part)) for part in split[1:-1]]
    longest = max(len(_WORDS.findall(part)) for part in split)
    return (
        len(lead) <= TAG_MAX_WORDS
        and " ".join(_WORDS.findall(printed)) == " ".join(lead)
        and story in middle
        and len(story.split()) == longest
        and longest > TAG_MAX_WORDS
    )


def _site_parts(split: Sequence[str]) -> frozenset[str]:
    """Rule ``head.site_part``: the parts of a ``<title>`` after its first that are no longer than
    the first (their words, joined by spaces). A title puts its story first and its longest part
    is the story: a later part as short or shorter is the site's name or a section ("Story |
    Colin Watson's blog", "Story - Programming and Development - Forum"), which the page prints
    in its masthead or breadcrumb, not as the headline. A longer later part is the story of a
    "Site - Story" title ("Psychiatry.org - What Are the Latest Trends in Psychiatry?")."""
    if len(split) < 2:
        return frozenset()
    lead = len(_WORDS.findall(split[0]))
    found = set()
    for part in split[1:]:
        words = _WORDS.findall(part)
        if words and len(words) <= lead:
            found.add(" ".join(words))
    return frozenset(found)


_TEASER_LEAD = regex.compile(r"^(?P<lead>[^:：]{1,30})[:：]\s+\S")


def _teaser(folded: str, title_words: set[str]) -> bool:
    """A teaser's line: a short lead and a colon the title lacks ("Читайте также: ...", "Read
    also: ...", "Lesen Sie auch: ..."), then another story's headline, which may share most of
    the title's words ("2 человек пострадали в ДТП в Найроби" under "... в Астане")."""
    m = _TEASER_LEAD.match(folded)
    return m is not None and not set(_WORDS.findall(m.group("lead"))) & title_words


_HEADING_MARKS = " ¶#§"


def _printed_title_part(
    page: Page, title: str, top: int, end: int, core: tuple[int, int] | None
) -> int | None:
    """A line printing the title's story part whole: the title up to one of its separators
    ("Fields" in "Fields - Pydantic Validation", "Portage" in "Portage - Gentoo wiki"), the
    longest such part first; among lines printing it, the one nearest the article's core.

    A ``<title>`` is "story, then sections and the site's name"; a page that prints that
    story alone on a line of its own prints its heading, however short (a menu item such as
    "Home" or "About" excepted). Heading anchors ("¶", "#") that documentation sites append
    are not part of it.
    """
    cuts = [m.start() for m in _TITLE_PARTS.finditer(title)]
    wanted = {" ".join(title[:cut].split()): rank for rank, cut in enumerate(cuts)}
    wanted.pop("", None)
    if not wanted:
        return None
    menu = page.phrases.casefolded("navigation.menu")
    anchor = core[0] if core is not None else top
    best: tuple[int, int, int] | None = None  # (rank, -distance to the core, line)
    feats = page.features
    for j in range(top + 1, end + 1):
        f = feats[j]
        if f.blank or f.words > 40:
            continue
        printed = " ".join(f.folded.strip(_HEADING_MARKS).split())
        rank = wanted.get(printed)
        if rank is None or printed in menu:  # "Home - Site", "About | Site": a menu item
            continue
        key = (rank, -abs(anchor - j), j)
        if best is None or key > best:
            best = key
    return None if best is None else best[2]


def _date_only(text: str) -> bool:
    """Dates and at most two other words ("Thursday, 1 January 2015")."""
    found = dates.find_dates(text)
    return bool(found) and dates.words_besides_dates(text, found) <= 2


def _anchor(page: Page, structure: Structure, labels: Sequence[Label], first: int, last: int) -> int | None:
    """Without a printed headline: the rules' headline, else the line above the core."""
    title = Label.TITLE
    for i in range(first, last + 1):
        if labels[i] is title:
            return i
    core = structure.core_of(first)
    if core is None or not first <= core[0] <= last:
        return None
    return page.prev_nonblank(core[0])


def _window(page: Page, labels: Sequence[Label], anchor: int, first: int, last: int) -> list[int]:
    """Head lines nearest to the headline first, a line below before the line as far above.

    Below: up to ``HEAD_BELOW`` non-blank lines, stopping at the second prose line (the article
    has begun; a line the rules labelled meta is none). Above: up to ``HEAD_ABOVE`` lines.
    """
    below: list[int] = []
    prose = 0
    j: int | None = anchor
    while j is not None and len(below) < HEAD_BELOW:
        j = page.next_nonblank(j, last + 1)
        if j is None:
            break
        # A line the rules read as the head's (a dateline "Publié le 22 janvier 2015 à 00h59 -
        # Mis à jour le ..." has a sentence's length) is no prose of the article.
        if page.prose[j] and labels[j] is not Label.META:
            prose += 1
            if prose >= 2:
                break
            if prose == 1 and not below:  # a byline line long enough to read as prose
                below.append(j)
            continue
        below.append(j)
    above: list[int] = []
    j = anchor
    while j is not None and len(above) < HEAD_ABOVE:
        j = page.prev_nonblank(j)
        if j is None or j < first or page.prose[j]:
            break
        above.append(j)
    window: list[int] = []
    for k in range(max(len(below), len(above))):
        window.extend(side[k] for side in (below, above) if k < len(side))
    return window


def _short(page: Page, i: int, found: list[dates.DateMatch]) -> bool:
    return dates.words_besides_dates(page.features[i].text, found) <= HEAD_LINE_MAX_WORDS


_URL_YEAR = regex.compile(r"/((?:19|20)\d{2})/")


def _url_year(url: str | None) -> int | None:
    """The year in a URL's path (``/2022/03/story``): the year of a head date printed without one."""
    m = _URL_YEAR.search(url) if url else None
    return int(m.group(1)) if m else None


def _head_dates(
    page: Page, window: list[int], url_year: int | None
) -> tuple[HeadDate | None, HeadDate | None]:
    """The first published and updated dates of the head's short lines.

    A date printed without its year ("Mar 14") takes the year of the URL's path, and is left
    out without one: the year the page mentions most is often not the article's.
    """
    published: HeadDate | None = None
    updated: HeadDate | None = None
    for i in window:
        text = page.features[i].text
        found = dates.find_dates(text, default_year=url_year or 1900)
        if not found or not _short(page, i, found):
            continue
        roles = date_roles(page, i, text, found)
        for k, d in enumerate(found):
            if not d.year_given and url_year is None:
                continue
            is_update = roles[k] is DateRole.UPDATED
            if is_update and updated is None:
                updated = HeadDate(d.iso, i, True, d.order)
            elif roles[k] is DateRole.PUBLISHED and published is None:
                published = HeadDate(d.iso, i, False, d.order)
            elif not is_update and d.has_time and published is not None and _same_day(published, d):
                # the same day with its time, further from the headline: the more precise one
                published = HeadDate(d.iso, i, False, d.order)
        if published is not None and updated is not None and ":" in published.iso:
            break
    return published, updated


class DateRole(Enum):
    """What a date of a dated line is (:func:`date_roles`)."""

    UPDATED = "updated"
    PUBLISHED = "published"
    #: A date beside a timed one on the same line, without a time of its own: neither.
    OTHER = "other"


def date_roles(page: Page, line: int, text: str, found: list[dates.DateMatch]) -> list[DateRole]:
    """For each date ``found`` in ``text`` (line ``line``), whether it is an update, a
    publication or neither: an update where an update word precedes it on the line, where an
    update label stands alone on the line above it and nothing before it (rule
    ``head.update_label``: "Last update:" / "July 16, 2025"), or where it is the later of two
    dates printed side by side (rule ``dates.side_by_side``); otherwise a publication, unless
    the line gives a time to another date and not to this one (the earlier of a side-by-side
    pair excepted), and never for the dates of a period (rule ``dates.range``: "Aug 10, 2025 –
    Aug 23, 2026" dates an exhibition, not the page). The head reader and the dateline reader
    (``metadata.fields``) both ask."""
    updated_words = page.phrases.pattern("meta.updated", Mode.CONTAINS)
    labelled = page.prev_nonblank(line) in page.matching("meta.updated", Mode.LINE)
    earlier, later = dates.side_by_side(text, found)  # "May 21, 2025 April 24, 2025"
    periods = dates.in_ranges(text, found)  # "Aug 10, 2025 – Aug 23, 2026": an event's
    timed = any(d.has_time for d in found)
    roles: list[DateRole] = []
    for k, d in enumerate(found):
        before = text[found[k - 1].end if k else 0 : d.start]
        if k in periods:
            roles.append(DateRole.OTHER)
        elif (
            (updated_words is not None and updated_words.search(before) is not None)
            or (k == 0 and labelled and not before.strip())
            or k in later
        ):
            roles.append(DateRole.UPDATED)
        elif not timed or d.has_time or k in earlier:
            roles.append(DateRole.PUBLISHED)
        else:
            roles.append(DateRole.OTHER)
    return roles


def _headline_above_byline(page: Page, byline: int, first: int) -> int | None:
    """Rule ``head.headline_above_byline``: when the line the rules took for the headline is the
    byline ("Council keeps the old bridge open" / "Tom Krisher, AP Auto Writer" / the date: the
    rules' headline is the short line nearest the story), the headline is the headline-shaped
    line right above it, if there is one; otherwise the page has no headline of its own."""
    above = page.prev_nonblank(byline)
    if above is None or above < first or not page.headline_like(above) or _boilerplate(page, above):
        return None
    return None if dates.find_dates(page.features[above].text) else above


def _masthead(
    page: Page,
    gives: Sequence[Gives | None],
    byline: Byline,
    where: int | None,
    anchor: int,
    window: list[int],
    span: tuple[int, int],
) -> bool:
    """A bare name above the headline that is the site's masthead: rules ``head.publisher_name``
    and ``head.byline_below``."""
    if byline.lead or where is None or where >= anchor:
        return False
    return _publisher_named(page, gives, byline.author, *span) or _byline_below(gives, window, anchor)


def _byline_below(gives: Sequence[Gives | None], window: list[int], anchor: int) -> bool:
    """Rule ``head.byline_below``: a bare name above the headline (a masthead: "Новости Степи"
    over the menu and the header's date) gives way to a byline line the rules found under it
    ("Служба новостей", a desk), in the byline's place."""
    return any(i > anchor and gives[i] is Gives.BYLINE for i in window)


def _publisher_named(page: Page, gives: Sequence[Gives | None], name: str, first: int, last: int) -> bool:
    """Rule ``head.publisher_name``: a bare name above the headline that the article's copyright
    line names is the site's masthead ("Stadtanzeiger Aktuell" over the header's date,
    "Copyright © 2021 Stadtanzeiger Aktuell" at the foot), not who wrote the story; under the
    headline it is a blogger who owns the site ("Jane Doe" / "© 2025 Jane Doe")."""
    wanted = name.casefold()
    for i in range(first, last + 1):
        if gives[i] is Gives.PUBLISHER:
            holder = copyright_holder(page.features[i].text)
            if holder is not None and holder.casefold() == wanted:
                return True
    return False


def _same_day(found: HeadDate, d: dates.DateMatch) -> bool:
    """``d`` gives the day of ``found``, which has no time of its own."""
    return "T" not in found.iso and d.iso[:10] == found.iso[:10]


def _head_byline(
    page: Page,
    window: list[int],
    published: HeadDate | None,
    updated: HeadDate | None,
    headline: int | None,
    relative_line: int | None = None,
    anchor: int | None = None,
) -> tuple[Byline | None, int | None]:
    """A lead byline anywhere in the head, else a bare name with head evidence beside it (its
    words none of the headline's, or of the line standing for it: ``anchor``)."""
    feats = page.features
    for i in window:
        text = feats[i].text
        if feats[i].words > BYLINE_LINE_MAX_WORDS and _words_besides_dates(text) > BYLINE_LINE_MAX_WORDS:
            continue
        found = parse_byline(text, lead_required=True, anywhere=True) or thread_starter(text)
        if found is None:
            found = _user_byline(page, i)
        if found is not None:
            return found, i
        if _lead_alone(text):  # "By" / "Written by" on a line of its own: the name follows
            after = page.next_nonblank(i)
            if after is not None:
                found = parse_byline(feats[after].text, lead_required=False, led=True)
                if found is not None and not _boilerplate(page, after):
                    return found, after
    dated = {d.line for d in (published, updated) if d is not None}
    if relative_line is not None:
        dated.add(relative_line)
    heading = headline if headline is not None else anchor
    headline_words = set(feats[heading].tokens) if heading is not None else set()
    # A user name opening a dated head line ("DaleJack September 5, 2024, 11:15pm 1") says whose
    # stamp it is: it beats a name-shaped line beside it (a thread's section, "ChatGPT Bugs").
    for i in window:
        if i in dated and not _boilerplate(page, i):
            single = _name_before_date(page, feats[i].text)
            if single is not None:
                return single, i
    between = _single_between(page, window, heading, dated)
    if between is not None:
        return between
    # A name made of an organisation's words ("Associated Press", "Tech Insider") gives way to a
    # person's name in the same head: bare names do not say which one wrote the story. Rule
    # head.bare_organisation: it counts only in the byline's place, under the headline; above it
    # ("Steppe Times" / "X" / the header's date / headline) it is the masthead.
    organisation: tuple[Byline, int] | None = None
    for i in window:
        text = feats[i].text
        if _boilerplate(page, i) or text.rstrip().endswith((",", "!", "?", ":")):
            continue  # "Hi Matt," is a greeting, "Follow us!" a button
        if features.LIST_ITEM.match(text):
            continue  # "- Immersive Exhibition": a list's item (a tag, a category), not a byline
        words = headline_words if i != heading else set()
        under = _under_dated_headline(page, i, heading, dated)
        if not (under or _next_to(page, i, dated) or _beside_stamp(page, i)):
            continue
        found = parse_byline(text, lead_required=False)
        if under and found is not None and not proper_name(page, found.author):
            continue
        if (found is None or not _bare_person(page, found, words)) and i in dated:
            found = segment_names(text)
            if found is not None and not proper_name(page, found.author):
                found = None  # "November 28, 2025 / Living Healthy / Wellness": sections
        if found is None or not _bare_person(page, found, words) or reading_time(found.author):
            continue  # "Reading Time: 8 minutes" is a stamp
        if not _cased(found.author) and (heading is None or i <= heading):
            # Rule head.caseless_name: a bare name is told from a heading, a section or a
            # masthead by the capitals a name keeps; in a script without capitals (Bengali,
            # Arabic, Chinese) only its place says it, under the headline. The headline itself
            # ("আস্তানায় সড়ক দুর্ঘটনায় আহত ৩১") and the site's name above it are no byline.
            continue
        if _venue(found.author):
            continue
        if not organisation_name(found.author):
            return found, i
        if heading is not None and i > heading:
            organisation = organisation or (found, i)
    return organisation if organisation is not None else (None, None)


_ONE_NAME = regex.compile(r"\p{Lu}[\p{L}\p{M}'’-]{2,29}")
_CAPITAL = regex.compile(r"\p{Lu}")


def _cased(text: str) -> bool:
    """``text`` has a capital letter: it is written in a script with capitals, which a name keeps."""
    return _CAPITAL.search(text) is not None


def _single_between(
    page: Page, window: list[int], heading: int | None, dated: set[int]
) -> tuple[Byline, int] | None:
    """Rule ``head.single_name``: one capitalised word alone between the headline and the
    head's date, touching both ("Mazi" / "December 19, 2025", "Kev" / "January 1, 2026" /
    "2 Comments"): the byline's place; a proper name (never written in lower case on the
    page: a section's word is), no label or menu word."""
    if heading is None:
        return None
    i = page.next_nonblank(heading)
    if i is None or i not in window or page.next_nonblank(i) not in dated or _boilerplate(page, i):
        return None
    name = page.features[i].text.strip()
    if _ONE_NAME.fullmatch(name) is None or _label_token(page, name) or _venue(name):
        return None  # "Forum" over a thread's first post is its masthead
    if not proper_name(page, name):
        return None
    return Byline(name, (name,), False), i


def _under_dated_headline(page: Page, i: int, heading: int | None, dated: set[int]) -> bool:
    """Rule ``head.under_headline``: line ``i`` stands right under the headline and the head's
    date right over it, only short lines between ("May 6, 2025 / #documentation" / headline /
    "Rajdeep Singh"; "July 26, 2023" / "xx min read" / headline / "Ren Taylor"): the head
    around the headline, the name in the byline's place. The caller wants a proper name."""
    if heading is None or page.prev_nonblank(i) != heading:
        return False
    j: int | None = heading
    for _ in range(NAME_DATE_GAP):
        j = page.prev_nonblank(j) if j is not None else None
        if j is None:
            return False
        if j in dated:
            return True
        if page.features[j].words > _FURNITURE_WORDS:
            return False
    return False


def organisation_name(name: str) -> bool:
    """A name with a word of an organisation's ("Press", "Insider", "News"): ``organisation_words``."""
    return _has_word(name, "organisation_words")


def _has_word(name: str, key: str) -> bool:
    """Whether a word of ``name`` is in the ``data/head.toml`` list ``key``."""
    words = head_words(key)
    return any(token.casefold().strip(".,") in words for token in name.split())


def _venue(name: str) -> bool:
    """A name with a word of a place where people post ("Discussion Forum", "Home Assistant
    Community"): ``venue_words``. Printed bare over a thread, it is its masthead or section."""
    return _has_word(name, "venue_words")


def _words_besides_dates(text: str) -> int:
    return dates.words_besides_dates(text, dates.find_dates(text, default_year=dates.ANY_YEAR))


#: A head line that dates or times the article has at most this many words besides.
STAMP_WORDS = 6


def _stamp(page: Page, j: int) -> bool:
    """A short line that dates or times the article: a date (its year printed or not), a clock
    time ("1:39 PM ET"), a reading time ("11 min read"), a relative date ("2 days ago"), or a
    publication word alone ("Last Updated:", its date written by a script the scraper lost)."""
    text = page.features[j].text
    if page.features[j].words > STAMP_WORDS + 4:
        return False
    found = dates.find_dates(text, default_year=dates.ANY_YEAR)
    if found:
        return dates.words_besides_dates(text, found) <= STAMP_WORDS
    if page.features[j].words > STAMP_WORDS:
        return False
    if dates.has_time(text) or reading_time(text) or relative.find_relative(text) is not None:
        return True
    # "Last Updated:" / "Published" whose date the scraper lost (a script writes it)
    return any(
        (marks := page.phrases.pattern(key, Mode.LINE)) is not None and marks.match(text) is not None
        for key in ("meta.updated", "meta.published")
    )


def _beside_stamp(page: Page, i: int) -> bool:
    """A bare name's evidence besides a head date: the line right after or before it dates the
    article ("Pippin Lee" / "on Mar 17 · 11 min read"), or the line after gives the person's
    job ("Joe Kindness" / "Founder & CEO")."""
    after, before = page.next_nonblank(i), page.prev_nonblank(i)
    if after is not None and (_stamp(page, after) or role_line(page.features[after].text)):
        return True
    return before is not None and _stamp(page, before)


_SINGLE_NAME = regex.compile(
    r"^\s*(?P<name>(?=[\p{L}\p{N}._-]*\p{L})[\p{L}\p{N}][\p{L}\p{M}\p{N}_.'’-]{1,39})"
    # rule head.display_name: the poster's display name in brackets ("raoul (Raoul M.) May 3")
    r"(?:\s+\([^()]{1,40}\))?"
    r"(?:\s+[·•|/–—-]\s+|\s+)(?=\S)"
)


def stamp_author(page: Page, text: str) -> str | None:
    """The poster a feed article's stamp names: a user name before its date ("LingoLover94 April
    5, 2023, 10:08am 1", a forum thread's first post read as a feed), or a bare name among its
    dated parts ("Pepper Pot Jun 7, 2017 at 8:28 pm")."""
    found = _name_before_date(page, text)
    if found is None:
        found = segment_names(text)
        found = found if found is not None and proper_name(page, found.author) else None
    if found is None or organisation_name(found.author):
        return None
    return found.author


def _name_before_date(page: Page, text: str) -> Byline | None:
    """One word before the head's first date, starting its line: the user name blogs and forums
    print there ("Susan December 9, 2024 0 Comments", "TatyanaBol January 28, 2024, 3:36pm",
    "longshot · 03/03/2026 19:44", "EcoFlow - 2025/4/29"), its display name in brackets
    after it or not (rule ``head.display_name``: Discourse's "raoul (Raoul M.) May 3, 2024,
    8:45am 1"). Not a weekday, a label, a menu or a function word."""
    m = _SINGLE_NAME.match(text)
    if m is None:
        return None
    name = m.group("name").rstrip(".-")
    folded = name.casefold()
    if (
        folded in head_words("not_name_words")
        or folded in head_words("not_names")
        or folded in page.stopwords
    ):
        return None
    found = dates.find_dates(text, default_year=dates.ANY_YEAR)
    if not found or found[0].start != m.end() or len(name) < 3:
        return None
    return Byline(name, (name,), False)


def _full_names(found: Byline) -> bool:
    """Away from the head, a byline without a date names people by their full names ("By Laws"
    is a menu item) or an agency ("By Reuters")."""
    agencies = head_words("agency_words")
    return all(len(name.split()) >= 2 or name.casefold() in agencies for name in found.names)


#: Function words of a label ("Our Partners", "All Posts") are short; a longer stop-word list
#: entry may be a given name (some lists hold "Анна").
_SHORT_STOP = 3


def _bare_person(page: Page, found: Byline, headline_words: set[str]) -> bool:
    """A bare name has no short function words ("Our Partners") and no word of the headline (a
    section or topic label: "Mental Health" over an article on mental health)."""
    words = [t.casefold() for t in found.author.split()]
    if found.names == (found.author,) and words[-1] in head_words("team_words"):
        words = words[1:] if words[0] in head_words("team_articles") else words  # "The Upwork Team"
    tokens = set(words) - head_words("name_joiners")
    short_stops = {t for t in tokens & page.stopwords if len(t) <= _SHORT_STOP}
    return not short_stops and not tokens & headline_words


def _user_byline(page: Page, i: int) -> Byline | None:
    """Rule ``head.user_byline`` (:func:`newsclean.metadata.bylines.user_byline`) on line ``i``:
    a lead word and a forum user name with its post's date on the line, or alone with the date
    on the next line ("by jsteinhardt" / "18th Dec 2025"); the lead may follow the thread's
    title, the story part of the page's ``<title>`` line, which the line repeats."""
    found = user_byline(page.features[i].text, title=_title_story(page))
    if found is None:
        return None
    byline, alone = found
    if alone:
        after = page.next_nonblank(i)
        if after is None or not _date_only(page.features[after].text):
            return None
    return byline


#: The story part of a ``<title>`` repeated before a lead word: at least this many words.
TITLE_STORY_WORDS = 2


def _title_story(page: Page) -> str | None:
    """The first part of the page's ``<title>`` line ("Story - Section - Site"), casefolded."""
    if not page.nonblank_lines:
        return None
    story = _TITLE_PARTS.split(page.features[page.nonblank_lines[0]].folded)[0].strip()
    return story if len(story.split()) >= TITLE_STORY_WORDS else None


def _lead_alone(text: str) -> bool:
    """A lead word alone on its line ("By", "Written by"), or ending a line of a date and
    publication words (``stamp_then_lead``: "Written on Mar 17 by"): the name follows."""
    m = lead_at(text, anywhere=False)
    return (m is not None and not text[m.end() :].strip(" :：")) or stamp_then_lead(text)


#: Non-blank lines between a bare name and its date, when all are head furniture (short).
NAME_DATE_GAP = 3
_FURNITURE_WORDS = 4


def _next_to(page: Page, i: int, dated: set[int]) -> bool:
    """Line ``i`` holds a head date, or one is within ``NAME_DATE_GAP`` non-blank lines with only
    short lines between ("7 min read", "·", "#Cloud Computing")."""
    if i in dated:
        return True
    for step in (page.next_nonblank, page.prev_nonblank):
        j = i
        for _ in range(NAME_DATE_GAP):
            after = step(j)
            if after is None:
                break
            j = after
            if j in dated:
                return True
            if page.features[j].words > _FURNITURE_WORDS:
                break
    return False


def _boilerplate(page: Page, i: int) -> bool:
    """A line of page furniture (a phrase-list hit or a menu word)."""
    return i in page.boilerplate_hits or page.features[i].folded.strip() in head_words("not_names")
