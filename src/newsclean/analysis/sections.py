"""Page structure above the line: feed articles (segments) and related/comments sections.

Computed from a :class:`~newsclean.analysis.page.Page` (features and phrase matches) and, for
sections, the segments and their draft cores, in linear time. Each section records why it
ended (``end_reason``): the lines under it carry that reason into the output.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from itertools import accumulate

import regex

from newsclean.analysis.page import Page
from newsclean.analysis.phrases import Mode
from newsclean.analysis.thresholds import T
from newsclean.text import dates

_STAMP_MAX_WORDS = 12
_HEADING_MAX_WORDS = 8
_FEED_HEADLINE_MIN_WORDS = 4
_FEED_PROSE_SHARE = 2 / 3
_AUTHOR_MAX_WORDS = 4
# Menu items joined on one line: "Home | World", "Search · Opinion · Society · Video".
_MENU_SEPARATOR = regex.compile(r"\s+[|·•]\s+")


@dataclass(frozen=True, slots=True)
class Section:
    """A run of lines opened by a heading: ``kind`` is ``related`` or ``comments``."""

    kind: str
    heading: int
    first: int
    last: int  # inclusive; first > last when the section is just its heading
    #: Why the section ends where it does, in words (the reason its lines are removed for).
    end_reason: str = ""

    @property
    def reason(self) -> str:
        """What the lines under the heading are told: the heading's line and why the section ends."""
        return f"under the {self.kind} heading on line {self.heading + 1}; {self.end_reason}"


#: Words besides its dates that a dateline may have ("By Jane Doe | Published on ... | Updated").
DATELINE_OTHER_WORDS = 10


def is_dateline(page: Page, i: int) -> bool:
    """Line ``i`` is a dateline: dates and at most ``DATELINE_OTHER_WORDS`` other words, no
    sentence."""
    f = page.features[i]
    if not f.digits or f.terminal:
        return False
    found = dates.find_dates(f.text)
    return bool(found) and dates.words_besides_dates(f.text, found) <= DATELINE_OTHER_WORDS


def menu_run(text: str) -> bool:
    """Menu items joined on one line: three or more of one or two words, or two single words."""
    pieces = _MENU_SEPARATOR.split(text)
    sizes = [len(p.split()) for p in pieces]
    return len(pieces) >= 2 and max(sizes) <= (2 if len(pieces) >= 3 else 1)


def lexical_overlap(words: AbstractSet[str], vocab: AbstractSet[str]) -> float:
    """Share of ``words`` found in ``vocab`` (0 when ``words`` is empty)."""
    return len(words & vocab) / len(words) if words else 0.0


def feed_headers(page: Page) -> tuple[int, ...]:
    """Stamp lines (date and time, then a headline) that open the articles of a feed dump.

    A feed has at least two such articles, two thirds of them with text of their own, each
    under a headline of four words or more (a commenter's name or "2 responses" after a date
    is not one) and not under a commenter's "jane says:" line; a page whose lead-in (before
    the first stamp) holds more than half as much prose as the stamped articles together is
    one article with dated teasers or comments below it, not a feed.
    """
    found: list[int] = []
    feats = page.features
    for i in page.digit_lines:
        f = feats[i]
        if f.words > _STAMP_MAX_WORDS:
            continue
        j = page.next_nonblank(i)  # the headline first: the date patterns cost more
        if j is None or page.features[j].words < _FEED_HEADLINE_MIN_WORDS or not page.headline_like(j):
            continue
        if dates.is_stamp(f.text) and not _comment_author_above(page, i):
            found.append(i)
    # A feed's stamps share one shape: among stamps with a clock time, one without is the
    # site header's date ("jueves, 30 de abril de 2026" above "25.02.2026, 09:50 14346").
    timed = [i for i in found if dates.has_time(page.features[i].text)]
    if 2 * len(timed) > len(found):
        found = timed
    if len(found) < 2:
        return ()
    bounds = [*found, len(page.features)]
    words = [_prose_words(page, bounds[k], bounds[k + 1]) for k in range(len(found))]
    with_prose = sum(1 for k in range(len(found)) if _has_text(page, bounds[k], bounds[k + 1]))
    lead_in = _prose_words(page, 0, found[0])
    if with_prose < max(2, _FEED_PROSE_SHARE * len(words)) or lead_in > sum(words) / 2:
        return ()
    return tuple(found)


def _comment_author_above(page: Page, i: int) -> bool:
    """The line above stamp ``i`` introduces a comment: a name and a colon ("jane says:")."""
    k = page.prev_nonblank(i)
    if k is None:
        return False
    f = page.features[k]
    return f.words <= _AUTHOR_MAX_WORDS and f.text.endswith((":", "："))


def _has_text(page: Page, stamp: int, hi: int) -> bool:
    """The article under ``stamp`` has text of its own below its headline: prose, or one sentence
    (a teaser may be a single short question: "What does this mean for ordinary people?")."""
    headline = page.next_nonblank(stamp, hi)
    if headline is None:
        return False
    feats = page.features
    return any(
        page.prose[j] or (feats[j].terminal and feats[j].words >= _FEED_HEADLINE_MIN_WORDS)
        for j in range(headline + 1, hi)
    )


def _prose_words(page: Page, lo: int, hi: int) -> int:
    prose = page.prose
    feats = page.features
    return sum(feats[i].words for i in range(lo, hi) if prose[i])


def segment_ranges(heads: tuple[int, ...], n: int) -> tuple[tuple[int, int], ...]:
    """(first, last) ranges: one per feed article, plus the lead-in; the whole page without a feed."""
    if not heads:
        return ((0, n - 1),) if n else ()
    bounds = [*heads, n]
    segs = [(bounds[k], bounds[k + 1] - 1) for k in range(len(heads))]
    if heads[0] > 0:
        segs.insert(0, (0, heads[0] - 1))
    return tuple(segs)


def find_sections(
    page: Page, segments: tuple[tuple[int, int], ...], draft_cores: tuple[tuple[int, int] | None, ...]
) -> tuple[Section, ...]:
    """Related/comments sections of every segment.

    A comment count right under the head's dateline opens none (:func:`_head_count`). A
    heading above the segment's draft core (the densest prose, found from line shapes alone),
    with little prose above it, is page chrome (a menu item such as "Latest"): its section is
    the heading alone, so the headline under it stays a headline. Any
    other heading opens a section that runs until prose sharing the vocabulary of the article
    above it.
    """
    related = page.matching("related.heading", Mode.LINE, max_words=_HEADING_MAX_WORDS)
    comments = page.matching("comments.heading", Mode.LINE, max_words=_HEADING_MAX_WORDS)
    if not related and not comments:
        return ()
    found: list[Section] = []
    walk = _Walk(page)
    for (seg_first, seg_last), core in zip(segments, draft_cores, strict=True):
        i = seg_first
        while i <= seg_last:
            if (i in related or i in comments) and not _head_count(page, i, related):
                kind = "comments" if i in comments and i not in related else "related"
                stops = related if kind == "comments" else comments - related
                last, why = _section_end(page, i, seg_first, seg_last, core, related, walk, stops)
                found.append(Section(kind, i, i + 1, last, why))
                i = last + 1
                continue
            i += 1
    return tuple(found)


def _head_count(page: Page, i: int, related: AbstractSet[int]) -> bool:
    """A comment count in the article's head ("21 comments" right under "Updated: Dec 31, 2025"):
    the head's widget, a link down to the thread, opening no section; the thread's own heading
    stands after the article."""
    above = page.prev_nonblank(i)
    return (
        i not in related and bool(page.features[i].digits) and above is not None and is_dateline(page, above)
    )


class _Walk:
    """What :func:`find_sections` carries from one heading to the next, so that its cost stays
    linear in the page however many headings it has (a 10 MB dump of a thousand pages has
    thousands): prose word counts as prefix sums, and the article's vocabulary above the current
    heading, extended from the previous heading's instead of rebuilt from the core's start."""

    def __init__(self, page: Page) -> None:
        prose, feats = page.prose, page.features
        counts = (feats[i].words if prose[i] else 0 for i in range(len(prose)))
        self.prose_words = list(accumulate(counts, initial=0))
        self.vocab_from = -1
        self.vocab_upto = -1
        self.vocab: set[str] = set()

    def words(self, lo: int, hi: int) -> int:
        """Words of the prose lines in ``lo..hi-1`` (as ``_prose_words``)."""
        return self.prose_words[max(hi, lo)] - self.prose_words[lo]

    def vocabulary(self, page: Page, start: int, heading: int) -> set[str]:
        """Content words of the prose lines in ``start..heading-1`` other than boilerplate; the set
        is the walk's own, valid until the next call."""
        if start != self.vocab_from or heading < self.vocab_upto:
            self.vocab_from, self.vocab_upto, self.vocab = start, start, set()
        prose, boilerplate, vocab = page.prose, page.boilerplate_hits, self.vocab
        for j in range(self.vocab_upto, heading):
            if prose[j] and j not in boilerplate:
                vocab |= page.content_words(j)
        self.vocab_upto = heading
        return vocab


def _is_chrome(page: Page, heading: int, seg_first: int, core: tuple[int, int], walk: _Walk) -> bool:
    """A heading above the draft core with little prose before it belongs to the page's chrome."""
    before = walk.words(seg_first, heading)
    return before < T.section_chrome_ratio * walk.words(core[0], core[1] + 1)


def _section_end(
    page: Page,
    heading: int,
    seg_first: int,
    seg_last: int,
    core: tuple[int, int] | None,
    headings: frozenset[int],
    walk: _Walk,
    stops: AbstractSet[int] = frozenset(),
) -> tuple[int, str]:
    """Last line of the section opened at ``heading`` (before the article (re)starts, or before
    a heading of the other kind: ``stops``), and why.

    The article restarts at prose on its topic, or at a run of paragraphs, whatever their
    words, right after headlines alone (a box of links set mid-article; the ``headings`` of
    related lists may repeat in it); paragraphs right under the heading, no headline between,
    are the section's own (a comments heading's comments). A heading of the other kind
    (``stops``: a related heading under the comments) opens a section of its own. The article
    above is its prose other than boilerplate (a cookie notice is prose too): with none, the
    heading is page chrome, alone.
    """
    prose = page.prose
    vocab: AbstractSet[str] = frozenset()
    if core is not None and (core[0] < heading or not _is_chrome(page, heading, seg_first, core, walk)):
        start = core[0] if core[0] < heading else seg_first
        vocab = walk.vocabulary(page, start, heading)
    if not vocab:  # no article above: the heading is page chrome (a menu item), alone
        return heading, "no article text above it: page chrome, the heading alone"
    box = True  # so far only headlines under the heading: a box of links set in the article
    links = 0  # ...and how many: paragraphs right under the heading are its own (comments)
    for j in range(heading + 1, seg_last + 1):
        if j in stops:  # "Popular Posts" under the comments: a section of its own
            return j - 1, f"it ends at the next section's heading (line {j + 1})"
        if not prose[j]:
            box = box and (page.features[j].blank or page.headline_like(j) or j in headings)
            links += not page.features[j].blank
            continue
        on_topic = lexical_overlap(page.content_words(j), vocab) >= T.section_topic_overlap
        if on_topic and not _cut_short(page, j):
            return j - 1, f"it ends where prose on the article's topic resumes (line {j + 1})"
        if box and links and _resumes(page, j):  # the article's paragraphs after the box
            return (
                j - 1,
                f"it ends where the article's paragraphs resume after a box of headlines (line {j + 1})",
            )
        box = False
    return seg_last, "no article text resumes below it before the end of its segment"


_RESUME_PARAGRAPHS = 4
_CUT_MARKS = ("…", "...")


def _cut_short(page: Page, j: int) -> bool:
    """An excerpt cut short ("... the talks on trade and…"): a teaser's, even in the article's words."""
    return page.features[j].text.endswith(_CUT_MARKS)


def _resumes(page: Page, j: int) -> bool:
    """Prose line ``j`` starts a run of paragraphs: the article resuming after a box, whatever
    its words; a list's teasers are one paragraph under each headline."""
    return prose_run(page, j, _RESUME_PARAGRAPHS) == _RESUME_PARAGRAPHS


def prose_run(page: Page, start: int, limit: int) -> int:
    """How many prose lines in a row (blank lines aside) from line ``start``, up to ``limit``."""
    run, feats, prose = 0, page.features, page.prose
    for k in range(start, len(page.lines)):
        if feats[k].blank:
            continue
        if not prose[k] or run == limit:
            break
        run += 1
    return run
