"""Where a line sits relative to its article: zones, the article's continuation, head and tail.

Computed by :func:`newsclean.analysis.structure.analyse` from the cores and sections, in the
order written there; rules read the results on the :class:`~newsclean.analysis.structure.Structure`.

* :func:`zones`: per line, 1 inside its segment's core, 2 inside a further prose run that shares
  the core's vocabulary (the article continued after a related box or an ad), else 0;
* :func:`continuation`: the lines that continue an article past its core's edge (the walk
  over lists, inline links and the prose beyond), each with the reason it was taken;
* :func:`head_lines`, :func:`tail_lines`: the windows where a title, byline, dateline or credit
  may sit.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsclean.analysis.cores import Span, extra_runs
from newsclean.analysis.page import INTERRUPTION_LISTS, Page
from newsclean.analysis.sections import Section, is_dateline, prose_run
from newsclean.text import features

#: The name of the continuation walk, in the reasons of the lines it takes (documented by
#: ``newsclean rules structure.continuation``).
CONTINUATION = "structure.continuation"
#: Lines after the core's end that still belong to the article's tail (credits, tags, datelines).
TAIL_LINES = 6
#: Lines before the core's start that may hold the title, byline and dateline.
HEAD_LINES = 16


#: How far past the core's edge the article may continue over lists and inline links.
REACH_LINES = 40
_ITEM_MIN_WORDS = 3
_INTRO_MIN_WORDS = 3
_BOX_RESUME_PARAGRAPHS = 3  # after a related box inside the article, its paragraphs resume
_MAX_INTERRUPTIONS = 3  # an ad label and two "Also read" links in a row still sit inside the article


def zones(
    page: Page, segments: Sequence[Span], cores: Sequence[Span | None], scores: Sequence[float]
) -> list[int]:
    """Per line: 1 in its segment's core, 2 in an admitted further prose run, else 0."""
    zone = [0] * len(page.lines)
    for (first, last), core in zip(segments, cores, strict=True):
        if core is None:
            continue
        zone[core[0] : core[1] + 1] = [1] * (core[1] - core[0] + 1)
        for lo, hi in extra_runs(page, scores, first, last, core):
            zone[lo : hi + 1] = [2] * (hi - lo + 1)
    return zone


def article_start(page: Page, first: int, core: Span, more: dict[int, str]) -> int:
    """First line of the article whose core is ``core`` (in the segment starting at ``first``):
    the core's, or its continuation's (``more``) above it.

    A dateline at the core's top ("Published 1 January 2015, 00:00 | Updated ...", long enough
    to score as prose) is the article's head, with the headline under it: the article starts
    at the first prose line after them.
    """
    above = [j for j in more if first <= j < core[0] and not page.features[j].blank]
    start = min(above, default=core[0])
    if start == core[0] and is_dateline(page, start):
        start = next((j for j in range(start + 1, core[1] + 1) if page.prose[j]), start)
    return start


def _dated_headline(page: Page, i: int) -> bool:
    """A headline under its dateline (a feed's "24.07.2022, 08:23" / title), or opening the page:
    the article's head, as the dateline itself is."""
    if not page.headline_like(i):
        return False
    above = page.prev_nonblank(i)
    return above is None or is_dateline(page, above)


def continuation(
    page: Page,
    segments: Sequence[Span],
    cores: Sequence[Span | None],
    zone: Sequence[int],
    sections: Sequence[Section],
    section_lines: dict[int, Section],
) -> dict[int, str]:
    """Lines that continue an article past its core, each with the reason the walk took it.

    The core is the densest prose run; a bullet list (short, negative-scoring lines), the
    sentence ending in ":" that introduces it, an inline "See also | ..." link or a lone
    "Read More" fold button can cut it, leaving the paragraphs on the other side outside.
    The article goes on from the core's edge over such lines and the prose after them, until
    something else: a heading, a menu, a section, a line repeated on the page, the segment's edge.
    Short lines held on the way (a short sentence, a question) are kept when prose or a list
    lies beyond them, or, walking up, when the article's dateline does, or its headline under
    the dateline or on the page's first line (they are its lead).
    """
    interruptions: set[int] = set()
    for key, mode in INTERRUPTION_LISTS:
        interruptions |= page.matching(key, mode)
    boxes = _boxes(page, sections)
    found: dict[int, str] = {}
    for (first, last), core in zip(segments, cores, strict=True):
        if core is None:
            continue
        below = range(core[1] + 1, min(last, core[1] + REACH_LINES) + 1)
        found.update(_walk(page, below, interruptions, boxes, zone, section_lines))
        above = range(core[0] - 1, max(first, core[0] - REACH_LINES) - 1, -1)
        found.update(_walk(page, above, interruptions, frozenset(), zone, section_lines))
    return found


def _boxes(page: Page, sections: Sequence[Section]) -> frozenset[int]:
    """Lines of related boxes set inside the article, passed over by the walk below the core:
    a related section (heading too) that ends where the article's prose resumes. A lone
    "Read More" fold button needs one paragraph after it; a box of headlines needs the
    article's paragraphs in a row (a teaser or a disclaimer under a closing list is not that)."""
    found: set[int] = set()
    for s in sections:
        last = max(s.last, s.heading)
        needed = 1 if last == s.heading else _BOX_RESUME_PARAGRAPHS
        if s.kind == "related" and prose_run(page, last + 1, _BOX_RESUME_PARAGRAPHS) >= needed:
            found.update(range(s.heading, last + 1))
    return frozenset(found)


_BELOW, _ABOVE = "below", "above"


def _walk(
    page: Page,
    steps: range,
    interruptions: set[int],
    boxes: frozenset[int],
    zone: Sequence[int],
    sections: dict[int, Section],
) -> dict[int, str]:
    """From the core's edge outward: the lines up to the last prose line or list reached, each
    with what it was taken as."""
    taken: list[int] = []
    why: list[str] = []
    kept = 0  # how many of ``taken`` belong to the article (up to its last prose line or item)
    breaks = 0
    feats, prose = page.features, page.prose
    last_line = page.nonblank_lines[-1] if page.nonblank_lines else -1
    for j in steps:
        f = feats[j]
        if f.blank or j in boxes:
            taken.append(j)
            why.append(_IN_BOX if j in boxes else _BLANK)
            continue
        if zone[j] or j in sections:  # in a core (in_core), or in a section
            break
        if j in interruptions:  # an ad label is often printed several times on a page
            breaks += 1
            if breaks > _MAX_INTERRUPTIONS:
                break
            taken.append(j)
            why.append(_INTERRUPTION)
            continue
        if f.repeats > 1:
            break
        breaks = 0
        if prose[j] or _is_item(page, j):
            taken.append(j)
            why.append(_PROSE if prose[j] else _ITEM)
            kept = len(taken)
        elif features.LIST_ITEM.match(f.text):
            taken.append(j)  # a short item ("- more lighting."): kept only with what follows
            why.append(_SHORT_ITEM)
        elif f.text.rstrip().endswith((":", "：")) and f.words >= _INTRO_MIN_WORDS:
            taken.append(j)  # a list's introduction: kept only with what follows
            why.append(_INTRO)
        elif (
            f.terminal
            and f.words >= _INTRO_MIN_WORDS
            and (f.stops or not f.text.rstrip().endswith(("!", "?")))
        ):
            # a short sentence ("5 delegations attended.") or a question in the article's words
            # ("What does it mean for citizens?"): kept only with what follows, or ending the text
            taken.append(j)
            why.append(_SHORT_SENTENCE)
            if j == last_line and f.stops:
                kept = len(taken)
        else:
            if steps.step < 0 and (is_dateline(page, j) or _dated_headline(page, j)):
                kept = len(taken)  # up at the article's dateline: the lines held below it are its lead
            break
    side = _ABOVE if steps.step < 0 else _BELOW
    return {
        j: f"continues the article {side} its core ({CONTINUATION}): {what}"
        for j, what in zip(taken[:kept], why, strict=False)
    }


_BLANK = "a blank line"
_IN_BOX = "a related box set inside the article, which resumes after it"
_INTERRUPTION = "an ad label or inline link between the article's paragraphs"
_PROSE = "a paragraph"
_ITEM = "a list item"
_SHORT_ITEM = "a short list item, with more of the article beyond it"
_INTRO = "a list's introduction, with the list beyond it"
_SHORT_SENTENCE = "a short sentence or question, with more of the article beyond it"


def _is_item(page: Page, j: int) -> bool:
    f = page.features[j]
    return features.LIST_ITEM.match(f.text) is not None and f.words >= _ITEM_MIN_WORDS


def article_end(segment: Span, core: Span, more: dict[int, str]) -> int:
    """Last line of the article whose core is ``core``: the core's, or its continuation's below it."""
    last = segment[1]
    return max((j for j in more if core[1] < j <= last), default=core[1])


def head_lines(segments: Sequence[Span], cores: Sequence[Span | None]) -> list[int]:
    """Per segment, the window around its core's first line, cut to the segment: the few lines
    above the core (title, byline, dateline) and the core's first lines; ascending."""
    return [
        i
        for (first, last), core in zip(segments, cores, strict=True)
        if core is not None
        for i in range(max(first, core[0] - HEAD_LINES), min(last, core[0] + 2) + 1)
    ]


def tail_lines(
    segments: Sequence[Span],
    cores: Sequence[Span | None],
    ends: Sequence[int | None],
    section_lines: dict[int, Section],
) -> list[int]:
    """Per segment, the window from its core's last lines to the article's tail (``ends``: the
    article's last line, past its core when the article goes on over a list or an inline link),
    cut to the segment, less sections; ascending."""
    return [
        i
        for (first, last), core, end in zip(segments, cores, ends, strict=True)
        if core is not None and end is not None
        for i in range(max(first, core[1] - 3), min(last, end + TAIL_LINES) + 1)
        if i not in section_lines
    ]


def core_tails(page: Page, cores: Sequence[Span | None]) -> frozenset[int]:
    """The last two non-blank lines of every core."""
    found: set[int] = set()
    for core in cores:
        if core is not None:
            found.update([j for j in range(core[1], core[0] - 1, -1) if not page.features[j].blank][:2])
    return frozenset(found)
