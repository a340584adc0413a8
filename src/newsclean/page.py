"""Stage 4b: the page as rules see it. Lines, features, phrase matches and the page's structure.

Structure is computed once, lazily, from features and phrase matches only (never from other
rules' decisions), so every rule sees the same page whatever the order:

* ``segments``: the articles of a feed dump (split at feed headers), or the whole page;
* ``sections``: lines after a "Related" / "Comments" heading, until real article text resumes;
* ``cores``: per segment, the densest run of body-like lines (maximum-sum subarray of
  per-line scores): where the article is.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import cached_property

import regex

from newsclean import dates
from newsclean.features import LineFeatures
from newsclean.phrases import Mode, PageMatches, PhraseBook

# Phrase lists whose whole-line or short-line matches are strong evidence of boilerplate.
BOILERPLATE_LISTS: tuple[tuple[str, Mode], ...] = (
    ("related.heading", Mode.LINE),
    ("related.inline", Mode.PREFIX),
    ("comments.heading", Mode.LINE),
    ("comments.widget", Mode.CONTAINS),
    ("copyright.notice", Mode.CONTAINS),
    ("ad.marker", Mode.LINE),
    ("subscribe.prompt", Mode.CONTAINS),
    ("noise.cookie", Mode.CONTAINS),
)
# A line longer than this is prose, whatever phrase it contains.
SHORT_LINE_WORDS = 25
_CONTENT_WORD = regex.compile(r"\w{3,}")


@dataclass(frozen=True, slots=True)
class Section:
    """A run of lines opened by a heading: ``kind`` is ``related`` or ``comments``."""

    kind: str
    heading: int
    first: int
    last: int  # inclusive; first > last when the section is just its heading


@dataclass
class Page:
    """One decoded, fixed page, split into lines, with its features and lazily computed structure."""

    text: str
    lines: list[str]
    starts: list[int]
    features: list[LineFeatures]
    language: str | None
    stopwords: frozenset[str]
    phrases: PhraseBook
    _matches: dict[tuple[str, Mode], frozenset[int]] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.lines)

    # --- phrase matches ----------------------------------------------------------------------
    def matching(self, key: str, mode: Mode, *, max_words: int | None = None) -> frozenset[int]:
        """Indexes of lines matched by phrase list ``key`` (``max_words`` bounds the line length)."""
        cache_key = (key, mode)
        found = self._matches.get(cache_key)
        if found is None:
            found = frozenset(self._phrase_hits.lines(key, mode))
            self._matches[cache_key] = found
        if max_words is None:
            return found
        feats = self.features
        return frozenset(i for i in found if feats[i].words <= max_words)

    @cached_property
    def _phrase_hits(self) -> PageMatches:
        return self.phrases.scan(self.lines)

    # --- line shapes -------------------------------------------------------------------------
    def body_like(self, i: int) -> bool:
        """Prose: long enough, sentence-shaped, with the language's function words."""
        f = self.features[i]
        if f.words < 7 or f.letters < 25:
            return False
        if self.stopwords and f.words >= 5 and f.stop_density < 0.12:
            return False
        return f.terminal or f.words >= 16

    def headline_like(self, i: int) -> bool:
        """A heading: a few words, mostly letters, no sentence-final full stop."""
        f = self.features[i]
        if not 2 <= f.words <= 30 or f.letters < 0.6 * f.chars:
            return False
        return not f.terminal or f.text.endswith(("?", "!", "؟"))

    def next_nonblank(self, i: int, limit: int | None = None) -> int | None:
        """Index of the first non-blank line after ``i`` (before ``limit``), or None."""
        end = len(self.lines) if limit is None else limit
        for j in range(i + 1, end):
            if not self.features[j].blank:
                return j
        return None

    # --- structure ---------------------------------------------------------------------------
    @cached_property
    def boilerplate_hits(self) -> frozenset[int]:
        """Lines that a boilerplate phrase list matches (short lines only, for 'contains' lists)."""
        hits: set[int] = set()
        for key, mode in BOILERPLATE_LISTS:
            limit = SHORT_LINE_WORDS if mode is Mode.CONTAINS else None
            hits |= self.matching(key, mode, max_words=limit)
        return frozenset(hits)

    @cached_property
    def feed_headers(self) -> tuple[int, ...]:
        """Lines that open an article of a feed: a date-and-time stamp, then a headline."""
        found: list[int] = []
        for i, f in enumerate(self.features):
            if f.blank or f.words > 12 or not dates.is_stamp(f.text):
                continue
            j = self.next_nonblank(i)
            if j is not None and self.headline_like(j) and dates.find_dates(f.text):
                found.append(i)
        if len(found) == 1 and not dates.has_time(self.features[found[0]].text):
            return ()
        return tuple(found)

    @cached_property
    def segments(self) -> tuple[tuple[int, int], ...]:
        """(first, last) line ranges of the page's articles; a lead-in before a feed is its own."""
        heads = self.feed_headers
        n = len(self.lines)
        if not heads:
            return ((0, n - 1),) if n else ()
        bounds = [*heads, n]
        segs = [(bounds[k], bounds[k + 1] - 1) for k in range(len(heads))]
        if heads[0] > 0:
            segs.insert(0, (0, heads[0] - 1))
        return tuple(segs)

    @cached_property
    def sections(self) -> tuple[Section, ...]:
        """Related/comments sections, each closed where body text on the article's topic resumes."""
        related = self.matching("related.heading", Mode.LINE, max_words=8)
        comments = self.matching("comments.heading", Mode.LINE, max_words=8)
        found: list[Section] = []
        for seg_first, seg_last in self.segments:
            vocab: set[str] = set()
            i = seg_first
            while i <= seg_last:
                if i in related or i in comments:
                    kind = "comments" if i in comments and i not in related else "related"
                    last = self._section_end(i, seg_last, vocab)
                    found.append(Section(kind, i, i + 1, last))
                    i = last + 1
                    continue
                if self.body_like(i):
                    vocab.update(self._content_words(i))
                i += 1
        return tuple(found)

    def _section_end(self, heading: int, seg_last: int, vocab: set[str]) -> int:
        for j in range(heading + 1, seg_last + 1):
            if self.features[j].blank or not self.body_like(j):
                continue
            words = self._content_words(j)
            if not vocab:
                return j - 1  # no article yet: the section was page chrome above the article
            if words and len(words & vocab) / len(words) >= 0.2:
                return j - 1
        return seg_last

    def _content_words(self, i: int) -> set[str]:
        words = _CONTENT_WORD.findall(self.features[i].text.casefold())
        return {w for w in words if w not in self.stopwords}

    @cached_property
    def section_lines(self) -> dict[int, Section]:
        """Every line inside a section (heading excluded), mapped to its section."""
        return {j: s for s in self.sections for j in range(s.first, s.last + 1)}

    @cached_property
    def cores(self) -> tuple[tuple[int, int] | None, ...]:
        """Per segment, the (first, last) run of lines with the highest body score, if any."""
        return tuple(self._core(first, last) for first, last in self.segments)

    def core_of(self, i: int) -> tuple[int, int] | None:
        """The core of the segment that holds line ``i``."""
        for k, (first, last) in enumerate(self.segments):
            if first <= i <= last:
                return self.cores[k]
        return None

    def segment_of(self, i: int) -> tuple[int, int]:
        """The segment that holds line ``i``."""
        k = bisect.bisect_right([s[0] for s in self.segments], i) - 1
        return self.segments[max(k, 0)]

    def _core(self, first: int, last: int) -> tuple[int, int] | None:
        best = 0.0
        best_span: tuple[int, int] | None = None
        run = 0.0
        run_start = first
        for i in range(first, last + 1):
            if self.features[i].blank:
                continue
            score = self.body_score(i)
            if run <= 0:
                run, run_start = score, i
            else:
                run += score
            if run > best:
                best, best_span = run, (run_start, i)
        return best_span

    def body_score(self, i: int) -> float:
        """How much line ``i`` looks like article prose (positive) or page furniture (negative)."""
        f = self.features[i]
        if i in self.section_lines:
            return -4.0
        if i in self.boilerplate_hits:
            # Its own rule labels it; as evidence of where the article is, a lone "Also read"
            # or ad label between paragraphs must not split the article in two.
            return 0.0
        if self.body_like(i):
            score = min(f.words, 80) / 12.0
            return score - 1.0 if f.repeats > 1 else score
        if f.terminal and f.words >= 4:
            return 0.2
        return -0.6 if f.words <= 3 else -0.35

    def in_core(self, i: int) -> bool:
        """True when line ``i`` lies within its segment's core."""
        core = self.core_of(i)
        return core is not None and core[0] <= i <= core[1]

