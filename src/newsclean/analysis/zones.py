"""Where a line sits relative to its article: shared by the rule families."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar, cast

import regex

from newsclean.analysis.page import INTERRUPTION_LISTS, Page
from newsclean.analysis.structure import prose_run
from newsclean.text import dates

#: Lines after the core's end that still belong to the article's tail (credits, tags, datelines).
TAIL_LINES = 6
#: Lines before the core's start that may hold the title, byline and dateline.
HEAD_LINES = 16


def before_core(page: Page, i: int) -> bool:
    """Line ``i`` is above its segment's article core (or the segment has no core)."""
    core = page.core_of(i)
    return core is None or i < core[0]


def after_core(page: Page, i: int) -> bool:
    """Line ``i`` is below its segment's article core."""
    core = page.core_of(i)
    return core is not None and i > core[1]


#: Words besides its dates that a dateline may have ("By Jane Doe | Published on ... | Updated").
DATELINE_OTHER_WORDS = 10
#: How far past the core's edge the article may continue over lists and inline links.
REACH_LINES = 40
# A list item: a bullet, dash or "1." / "2)" and then text.
_LIST_ITEM = regex.compile(r"^\s*(?:[-–—•·*▪►✓]|\d{1,2}[.)])\s+\S")
_ITEM_MIN_WORDS = 3
_INTRO_MIN_WORDS = 3
_BOX_RESUME_PARAGRAPHS = 3  # after a related box inside the article, its paragraphs resume
_MAX_INTERRUPTIONS = 3  # an ad label and two "Also read" links in a row still sit inside the article


def outside_core(page: Page, i: int) -> bool:
    """Line ``i`` is not within its segment's core, nor the core's continuation (:func:`in_article`)."""
    return not in_article(page, i)


def in_article(page: Page, i: int) -> bool:
    """Line ``i`` is in the core, or in the article continued past the core's edge.

    The core is the densest prose run; a bullet list (short, negative-scoring lines), the
    sentence ending in ":" that introduces it, an inline "See also | ..." link or a lone
    "Read More" fold button can cut it, leaving the paragraphs on the other side outside.
    The article goes on from the core's edge over such lines and the prose after them, until
    something else: a heading, a menu, a section, a line repeated on the page, the segment's edge.
    Short lines held on the way (a short sentence, a question) are kept when prose or a list
    lies beyond them, or, walking up, when the article's dateline does (they are its lead).
    """
    return article_mask(page)[i]


_R = TypeVar("_R")


def per_page(compute: Callable[[Page], _R]) -> Callable[[Page], _R]:
    """``compute(page)`` once per page, kept in ``page.derived`` (rules ask for it on every line)."""
    key = compute.__name__

    @functools.wraps(compute)
    def once(page: Page) -> _R:
        if key not in page.derived:
            page.derived[key] = compute(page)
        return cast(_R, page.derived[key])

    return once


@per_page
def article_mask(page: Page) -> list[bool]:
    """Per line, :func:`in_article`; computed once per page (rules read it for every line)."""
    more = continuation(page)
    return [zone != 0 or i in more for i, zone in enumerate(page.zone)] if page.lines else []


def article_lines(page: Page) -> tuple[int, ...]:
    """The non-blank lines of the article (:func:`in_article`), ascending; once per page. Rules
    about the article's own lines look at these (a fifth of a page's lines, typically)."""
    return _by_article(page)[0]


def outside_lines(page: Page) -> tuple[int, ...]:
    """The non-blank lines outside the article, ascending; once per page."""
    return _by_article(page)[1]


@per_page
def _by_article(page: Page) -> tuple[tuple[int, ...], tuple[int, ...]]:
    mask = article_mask(page)
    nonblank = page.nonblank_lines
    return tuple([i for i in nonblank if mask[i]]), tuple([i for i in nonblank if not mask[i]])


def article_start(page: Page, core: tuple[int, int]) -> int:
    """First line of the article whose core is ``core``: the core's, or its continuation's above it.

    A dateline at the core's top ("Published 1 January 2015, 00:00 | Updated ...", long enough
    to score as prose) is the article's head, with the headline under it: the article starts
    at the first prose line after them.
    """
    first = page.segment_of(core[0])[0]
    above = [j for j in continuation(page) if first <= j < core[0] and not page.features[j].blank]
    start = min(above, default=core[0])
    if start == core[0] and _is_dateline(page, start):
        start = next((j for j in range(start + 1, core[1] + 1) if page.prose[j]), start)
    return start


def _is_dateline(page: Page, i: int) -> bool:
    f = page.features[i]
    if not f.digits or f.terminal:
        return False
    found = dates.find_dates(f.text)
    return bool(found) and dates.words_besides_dates(f.text, found) <= DATELINE_OTHER_WORDS


@per_page
def continuation(page: Page) -> frozenset[int]:
    """Lines that continue an article past its core (see :func:`in_article`); once per page."""
    interruptions: set[int] = set()
    for key, mode in INTERRUPTION_LISTS:
        interruptions |= page.matching(key, mode)
    boxes = _boxes(page)
    found: set[int] = set()
    for (first, last), core in zip(page.segments, page.cores, strict=True):
        if core is None:
            continue
        below = range(core[1] + 1, min(last, core[1] + REACH_LINES) + 1)
        found |= _walk(page, below, interruptions, boxes)
        above = range(core[0] - 1, max(first, core[0] - REACH_LINES) - 1, -1)
        found |= _walk(page, above, interruptions, frozenset())
    return frozenset(found)


def _boxes(page: Page) -> frozenset[int]:
    """Lines of related boxes set inside the article, passed over by the walk below the core:
    a related section (heading too) that ends where the article's prose resumes. A lone
    "Read More" fold button needs one paragraph after it; a box of headlines needs the
    article's paragraphs in a row (a teaser or a disclaimer under a closing list is not that)."""
    found: set[int] = set()
    for s in page.sections:
        last = max(s.last, s.heading)
        needed = 1 if last == s.heading else _BOX_RESUME_PARAGRAPHS
        if s.kind == "related" and prose_run(page, last + 1, _BOX_RESUME_PARAGRAPHS) >= needed:
            found.update(range(s.heading, last + 1))
    return frozenset(found)


def _walk(page: Page, steps: range, interruptions: set[int], boxes: frozenset[int]) -> set[int]:
    """From the core's edge outward: the lines up to the last prose line or list reached."""
    taken: list[int] = []
    kept = 0  # how many of ``taken`` belong to the article (up to its last prose line or item)
    breaks = 0
    feats, zone, sections, prose = page.features, page.zone, page.section_lines, page.prose
    last_line = page.nonblank_lines[-1] if page.nonblank_lines else -1
    for j in steps:
        f = feats[j]
        if f.blank or j in boxes:
            taken.append(j)
            continue
        if zone[j] or j in sections:  # in a core (in_core), or in a section
            break
        if j in interruptions:  # an ad label is often printed several times on a page
            breaks += 1
            if breaks > _MAX_INTERRUPTIONS:
                break
            taken.append(j)
            continue
        if f.repeats > 1:
            break
        breaks = 0
        if prose[j] or _is_item(page, j):
            taken.append(j)
            kept = len(taken)
        elif _LIST_ITEM.match(f.text):
            taken.append(j)  # a short item ("- more lighting."): kept only with what follows
        elif f.text.rstrip().endswith((":", "：")) and f.words >= _INTRO_MIN_WORDS:
            taken.append(j)  # a list's introduction: kept only with what follows
        elif (
            f.terminal
            and f.words >= _INTRO_MIN_WORDS
            and (f.stops or not f.text.rstrip().endswith(("!", "?")))
        ):
            # a short sentence ("5 delegations attended.") or a question in the article's words
            # ("What does it mean for citizens?"): kept only with what follows, or ending the text
            taken.append(j)
            if j == last_line and f.stops:
                kept = len(taken)
        else:
            if steps.step < 0 and _is_dateline(page, j):
                kept = len(taken)  # up at the article's dateline: the lines held below it are its lead
            break
    return set(taken[:kept])


def _is_item(page: Page, j: int) -> bool:
    f = page.features[j]
    return _LIST_ITEM.match(f.text) is not None and f.words >= _ITEM_MIN_WORDS


def in_head(page: Page, i: int) -> bool:
    """Line ``i`` is in the few lines above the core, or the core's first lines."""
    core = page.core_of(i)
    if core is None:
        return False
    return core[0] - HEAD_LINES <= i <= core[0] + 2


def in_tail(page: Page, i: int) -> bool:
    """Line ``i`` is among the core's last lines or just after the article, outside any section.

    The article may go on past its core over a list or an inline link (:func:`continuation`):
    its tail (a credit, tags) follows the article's last line, not the core's.
    """
    core = page.core_of(i)
    if core is None or i in page.section_lines:
        return False
    return core[1] - 3 <= i <= article_end(page, core) + TAIL_LINES


def article_end(page: Page, core: tuple[int, int]) -> int:
    """Last line of the article whose core is ``core``: the core's, or its continuation's below it."""
    last = page.segment_of(core[1])[1]
    return max((j for j in continuation(page) if core[1] < j <= last), default=core[1])


@per_page
def head_lines(page: Page) -> list[int]:
    """Every line for which :func:`in_head` holds, ascending (once per page): per segment, the
    window around its core's first line, cut to the segment."""
    return [
        i
        for (first, last), core in zip(page.segments, page.cores, strict=True)
        if core is not None
        for i in range(max(first, core[0] - HEAD_LINES), min(last, core[0] + 2) + 1)
    ]


@per_page
def tail_lines(page: Page) -> list[int]:
    """Every line for which :func:`in_tail` holds, ascending (once per page): per segment, the
    window from its core's last lines to the article's tail, cut to the segment, less sections."""
    sections = page.section_lines
    return [
        i
        for (first, last), core in zip(page.segments, page.cores, strict=True)
        if core is not None
        for i in range(max(first, core[1] - 3), min(last, article_end(page, core) + TAIL_LINES) + 1)
        if i not in sections
    ]


def near_tail_of_core(page: Page, i: int) -> bool:
    """Line ``i`` is one of the last two non-blank lines of the core."""
    core = page.core_of(i)
    if core is None:
        return False
    tail = [j for j in range(core[1], core[0] - 1, -1) if not page.features[j].blank][:2]
    return i in tail
