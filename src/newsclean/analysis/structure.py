"""Stage 4: the page's structure, computed once by :func:`analyse` in one written order.

Structure comes from a :class:`~newsclean.analysis.page.Page` alone (features and phrase hits,
never from rules' decisions), so every rule sees the same structure whatever the order:

1. ``feed_headers`` and ``segments``: the articles of a feed dump (split at its stamp lines),
   or the whole page (:mod:`newsclean.analysis.sections`);
2. ``shape_scores``: per line, a body score from its shape and phrases alone;
3. ``draft_cores``: per segment, the densest run of those scores (sections are measured
   against it: the article's words above a heading);
4. ``sections``: lines after a "Related" / "Comments" heading until the article resumes, each
   with its ``end_reason``;
5. ``scores``: the shape scores with sections' lines pushed down;
6. ``cores``: per segment, the densest run of ``scores``, cut at strong boilerplate, the run
   under the headline preferred (:mod:`newsclean.analysis.cores`);
7. ``zone``: per line, 1 in a core, 2 in a further prose run on the core's topic, else 0;
8. ``continuation``: lines that continue an article past its core, with the walk's reason
   (:mod:`newsclean.analysis.zones`); ``article_mask`` = zone or continuation;
9. ``article_ends``, ``head_lines``, ``tail_lines``, ``core_tails``: where titles, bylines,
   datelines and credits may sit.

Every per-line question (``in_core``, ``core_of``, ``segment_of``) is an O(1) lookup.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsclean.analysis.cores import Span, choose_core, section_scores, shape_scores
from newsclean.analysis.cores import best_run as _best_run
from newsclean.analysis.page import Page
from newsclean.analysis.sections import Section, feed_headers, find_sections, segment_ranges
from newsclean.analysis.zones import (
    HEAD_LINES,
    TAIL_LINES,
    article_end,
    continuation,
    core_tails,
    head_lines,
    tail_lines,
    zones,
)

__all__ = ["Section", "Span", "Structure", "analyse"]


@dataclass(frozen=True, slots=True)
class Structure:
    """What :func:`analyse` found on a page. Read-only: the containers are shared, not copied."""

    feed_headers: tuple[int, ...]
    segments: tuple[Span, ...]
    #: Per line, the index of its segment.
    segment_index: list[int]
    shape_scores: list[float]
    draft_cores: tuple[Span | None, ...]
    sections: tuple[Section, ...]
    #: Every line inside a section (heading excluded), mapped to its section.
    section_lines: dict[int, Section]
    scores: list[float]
    cores: tuple[Span | None, ...]
    zone: list[int]
    #: Lines continuing an article past its core -> why the walk from the core's edge took them.
    continuation: dict[int, str]
    #: Per line: in a core, in an admitted prose run, or in a core's continuation.
    article_mask: list[bool]
    #: The non-blank lines in / out of the article, ascending.
    article_lines: tuple[int, ...]
    outside_lines: tuple[int, ...]
    #: Per segment, the article's last line (past its core over its continuation), or None.
    article_ends: tuple[int | None, ...]
    head_lines: list[int]
    tail_lines: list[int]
    #: The last two non-blank lines of every core.
    core_tails: frozenset[int]

    def segment_of(self, i: int) -> Span:
        """The segment that holds line ``i``."""
        return self.segments[self.segment_index[i]]

    def core_of(self, i: int) -> Span | None:
        """The core of the segment that holds line ``i``."""
        return self.cores[self.segment_index[i]] if self.segments else None

    def in_core(self, i: int) -> bool:
        """Line ``i`` lies within its segment's core or an admitted prose run."""
        return self.zone[i] != 0 if self.zone else False

    def in_article(self, i: int) -> bool:
        """Line ``i`` is in the core, or in the article continued past the core's edge."""
        return self.article_mask[i]

    def before_core(self, i: int) -> bool:
        """Line ``i`` is above its segment's article core (or the segment has no core)."""
        core = self.core_of(i)
        return core is None or i < core[0]

    def in_head(self, i: int) -> bool:
        """Line ``i`` is in the few lines above the core, or the core's first lines."""
        core = self.core_of(i)
        return core is not None and core[0] - HEAD_LINES <= i <= core[0] + 2

    def in_tail(self, i: int) -> bool:
        """Line ``i`` is among the core's last lines or just after the article (its tail follows
        the article's last line, past the core), outside any section."""
        if not self.segments:
            return False
        k = self.segment_index[i]
        core, end = self.cores[k], self.article_ends[k]
        if core is None or end is None or i in self.section_lines:
            return False
        return core[1] - 3 <= i <= end + TAIL_LINES

    def article_end(self, i: int) -> int | None:
        """The last line of the article of line ``i``'s segment (None without a core)."""
        return self.article_ends[self.segment_index[i]] if self.segments else None


def analyse(page: Page) -> Structure:
    """The page's structure, each part computed once from the ones before it (module docstring)."""
    n = len(page.lines)
    heads = feed_headers(page)
    segments = segment_ranges(heads, n)
    index = [0] * n
    for k, (first, last) in enumerate(segments):
        index[first : last + 1] = [k] * (last - first + 1)
    shapes = shape_scores(page)
    nonblank = page.nonblank_lines
    drafts = tuple([_best_run(shapes, nonblank, first, last)[0] for first, last in segments])
    sections = find_sections(page, segments, drafts)
    section_lines = {j: s for s in sections for j in range(s.first, s.last + 1)}
    scores = section_scores(page, shapes, section_lines) if section_lines else shapes
    cores = tuple([choose_core(page, scores, first, last) for first, last in segments])
    zone = zones(page, segments, cores, scores)
    more = continuation(page, segments, cores, zone, sections, section_lines)
    mask = [z != 0 or i in more for i, z in enumerate(zone)] if n else []
    inside = tuple([i for i in nonblank if mask[i]])
    outside = tuple([i for i in nonblank if not mask[i]])
    ends = tuple(
        [
            None if core is None else article_end(seg, core, more)
            for seg, core in zip(segments, cores, strict=True)
        ]
    )
    return Structure(
        feed_headers=heads,
        segments=segments,
        segment_index=index,
        shape_scores=shapes,
        draft_cores=drafts,
        sections=sections,
        section_lines=section_lines,
        scores=scores,
        cores=cores,
        zone=zone,
        continuation=more,
        article_mask=mask,
        article_lines=inside,
        outside_lines=outside,
        article_ends=ends,
        head_lines=head_lines(segments, cores),
        tail_lines=tail_lines(segments, cores, ends, section_lines),
        core_tails=core_tails(page, cores),
    )
