"""Stage 4b: the page as rules see it. Lines, features, phrase matches and the page's structure.

Structure is computed once, lazily, from features and phrase matches only (never from other
rules' decisions), so every rule sees the same page whatever the order:

* ``segments``: the articles of a feed dump (split at feed headers), or the whole page;
* ``sections``: lines after a "Related" / "Comments" heading, until real article text resumes;
* ``cores``: per segment, the densest run of body-like lines (maximum-sum subarray of
  per-line scores): where the article is;
* ``zone``: per line, 1 inside a core, 2 inside a further run of prose that shares the core's
  vocabulary (the article continued after a related box or an ad), else 0.

Every per-line question (``in_core``, ``core_of``, ``segment_of``) is an O(1) array lookup.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from newsclean.analysis._lazy import lazy
from newsclean.analysis.cores import best_run, choose_core, extra_runs
from newsclean.analysis.phrases import Mode, PageMatches, PhraseBook
from newsclean.analysis.structure import Section, feed_headers, find_sections, segment_ranges
from newsclean.analysis.thresholds import T
from newsclean.text import dates
from newsclean.text.features import LineFeatures

__all__ = ["BOILERPLATE_LISTS", "Page", "Section", "labels_view"]

# Phrase lists whose whole-line or short-line matches are strong evidence of boilerplate.
# Ads and "Read more:" links interrupt an article: they must not split its core in two.
INTERRUPTION_LISTS: tuple[tuple[str, Mode], ...] = (("related.inline", Mode.PREFIX), ("ad.marker", Mode.LINE))
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
_Span = tuple[int, int]


def _content_words(tokens: Iterable[str], stopwords: frozenset[str]) -> frozenset[str]:
    """The words of three letters or more (``\\w{3,}``: a line's tokens are its runs of ``\\w``)
    that are not stop words (one comprehension: a list, a set and a set difference cost 30% more)."""
    return frozenset([word for word in tokens if len(word) > 2 and word not in stopwords])


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
    # Keyed by the mode's id: an Enum member hashes through a Python-level ``__hash__``.
    _matches: dict[tuple[str, int, int | None], frozenset[int]] = field(default_factory=dict)
    _content: dict[int, frozenset[str]] = field(default_factory=dict)
    _runs: dict[_Span, frozenset[str]] = field(default_factory=dict)
    #: What rules derive once per page and share (e.g. the article's continuation), by name.
    derived: dict[str, object] = field(default_factory=dict)
    #: The lazy structure of a compiled Page (interpreted, it lives in ``__dict__``): ``_lazy.lazy``.
    _lazy: dict[str, object] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __len__(self) -> int:
        return len(self.lines)

    # --- phrase matches ----------------------------------------------------------------------
    def matching(self, key: str, mode: Mode, *, max_words: int | None = None) -> frozenset[int]:
        """Indexes of lines matched by phrase list ``key`` (``max_words`` bounds the line length)."""
        cache_key = (key, id(mode), max_words)
        found = self._matches.get(cache_key)  # rules ask the same questions again
        if found is None:
            if max_words is None:
                found = frozenset(self._phrase_hits.lines(key, mode))
            else:
                feats = self.features
                found = frozenset(i for i in self.matching(key, mode) if feats[i].words <= max_words)
            self._matches[cache_key] = found
        return found

    @lazy
    def _phrase_hits(self) -> PageMatches:
        return self.phrases.scan_casefolded([f.folded for f in self.features])

    # --- line shapes -------------------------------------------------------------------------
    @lazy
    def prose(self) -> list[bool]:
        """Per line: prose (long enough, sentence-shaped, with the language's function words)."""
        density = T.prose_stop_density if self.stopwords else None  # no stop words: not checked
        return [
            f.words >= 7
            and f.letters >= 25
            and (f.terminal or f.words >= 16)
            and (density is None or f.stops >= density * f.words)
            for f in self.features
        ]

    def body_like(self, i: int) -> bool:
        """Prose: long enough, sentence-shaped, with the language's function words."""
        return self.prose[i]

    def headline_like(self, i: int) -> bool:
        """A heading: a few words, mostly letters, no sentence-final full stop."""
        f = self.features[i]
        if not 2 <= f.words <= 30 or f.letters < 0.6 * f.chars:
            return False
        return not f.terminal or f.text.endswith(("?", "!", "؟"))

    def next_nonblank(self, i: int, limit: int | None = None) -> int | None:
        """Index of the first non-blank line after ``i`` (before ``limit``), or None."""
        end = len(self.lines) if limit is None else limit
        feats = self.features
        for j in range(i + 1, end):
            if feats[j].chars:
                return j
        return None

    def prev_nonblank(self, i: int) -> int | None:
        """Index of the last non-blank line before ``i``, or None."""
        feats = self.features
        for j in range(i - 1, -1, -1):
            if feats[j].chars:
                return j
        return None

    def content_words(self, i: int) -> frozenset[str]:
        """Words of three letters or more that are not stop words (cached per line)."""
        found = self._content.get(i)
        if found is None:
            found = self._content[i] = _content_words(self.features[i].tokens, self.stopwords)
        return found

    def run_words(self, lo: int, hi: int) -> set[str]:
        """Content words of the prose lines in ``lo..hi`` (inclusive); cached, since rules ask it
        of the same core."""
        found = self._runs.get((lo, hi))
        if found is None:
            # From the lines' cached content words: scoring the core's lines computed them already.
            words: set[str] = set()
            prose, content_words = self.prose, self.content_words
            for j in range(lo, hi + 1):
                if prose[j]:
                    words.update(content_words(j))
            found = self._runs[lo, hi] = frozenset(words)
        return set(found)

    @lazy
    def title_words(self) -> frozenset[str]:
        """Content words of the page's own title: its first line of three words or more, when
        that is among the first three lines (scrapers put ``<title>`` first)."""
        seen = 0
        for i, f in enumerate(self.features):
            if not f.chars:
                continue
            if f.words >= 3 and not self.prose[i]:
                return frozenset(self.content_words(i))
            seen += 1
            if seen == 3:
                break
        return frozenset()

    @lazy
    def headline_anchors(self) -> tuple[int, ...]:
        """Lines that repeat the page's own title (its first line) in part: the headline above
        the article, when the scraper kept ``<title>`` as the first line."""
        first = next((i for i, f in enumerate(self.features) if f.chars), None)
        if first is None or self.features[first].words < 3:
            return ()
        feats, prose = self.features, self.prose
        page_title = feats[first].folded
        return tuple(
            [
                i
                for i in range(first + 1, len(feats))
                if 3 <= feats[i].words <= 30 and not prose[i] and feats[i].folded in page_title
            ]
        )

    @lazy
    def nonblank_lines(self) -> tuple[int, ...]:
        """The lines with visible characters, ascending (what cores and zones walk)."""
        return tuple([i for i, f in enumerate(self.features) if f.chars])

    @lazy
    def digit_lines(self) -> tuple[int, ...]:
        """The lines with a digit, ascending: dates, stamps and counts are among them (most
        lines have none, so questions about dates walk these only)."""
        return tuple([i for i, f in enumerate(self.features) if f.digits])

    @lazy
    def year(self) -> int | None:
        """The year the page mentions most: context for dates printed without one ("Sep 26").
        Computed on first use: only pages with a dateline or a feed header ask. A year is four
        digits within a line: the lines with a digit hold every one (a third of the text)."""
        lines = self.lines
        return dates.year_in("\n".join([lines[i] for i in self.digit_lines]))

    # --- structure ---------------------------------------------------------------------------
    @lazy
    def boilerplate_hits(self) -> frozenset[int]:
        """Lines that a boilerplate phrase list matches (short lines only, for 'contains' lists)."""
        hits: set[int] = set()
        for key, mode in BOILERPLATE_LISTS:
            limit = SHORT_LINE_WORDS if mode is Mode.CONTAINS else None
            hits |= self.matching(key, mode, max_words=limit)
        return frozenset(hits)

    @lazy
    def interruptions(self) -> frozenset[int]:
        """Boilerplate that may sit between an article's paragraphs: ads, inline links, prose
        lines that merely contain a boilerplate phrase."""
        hits: set[int] = set()
        for key, mode in INTERRUPTION_LISTS:
            hits |= self.matching(key, mode, max_words=SHORT_LINE_WORDS)
        for key, mode in BOILERPLATE_LISTS:  # a phrase inside a sentence is weak evidence
            if mode is Mode.CONTAINS:
                hits |= {i for i in self.matching(key, mode, max_words=SHORT_LINE_WORDS) if self.prose[i]}
        return frozenset(hits)

    @lazy
    def feed_headers(self) -> tuple[int, ...]:
        """Lines that open an article of a feed: a date-and-time stamp, then a headline."""
        return feed_headers(self)

    @lazy
    def segments(self) -> tuple[_Span, ...]:
        """(first, last) line ranges of the page's articles; a lead-in before a feed is its own."""
        return segment_ranges(self.feed_headers, len(self.lines))

    @lazy
    def sections(self) -> tuple[Section, ...]:
        """Related/comments sections, each closed where body text on the article's topic resumes."""
        return find_sections(self)

    @lazy
    def section_lines(self) -> dict[int, Section]:
        """Every line inside a section (heading excluded), mapped to its section."""
        return {j: s for s in self.sections for j in range(s.first, s.last + 1)}

    @lazy
    def shape_scores(self) -> list[float]:
        """Per-line body score from the line alone (phrases and shape, no sections)."""
        boilerplate, interruptions, prose = self.boilerplate_hits, self.interruptions, self.prose
        # One pass, the page's structure and the thresholds read once.
        interruption, other_boilerplate = T.score_interruption, T.score_boilerplate
        sentence, very_short, short = T.score_sentence, T.score_very_short, T.score_short
        scores = []
        for i, f in enumerate(self.features):
            if i in boilerplate:
                scores.append(interruption if i in interruptions else other_boilerplate)
            elif prose[i]:
                scores.append(self._prose_score(i, f))
            elif f.terminal and f.words >= 4:
                scores.append(sentence)
            else:
                scores.append(very_short if f.words <= 3 else short)
        return scores

    @lazy
    def scores(self) -> list[float]:
        """Per-line body score (see :meth:`body_score`), in one pass."""
        sections, interruptions = self.section_lines, self.interruptions
        return [
            T.score_boilerplate if i in sections and i not in interruptions else shape
            for i, shape in enumerate(self.shape_scores)
        ]

    @lazy
    def draft_cores(self) -> tuple[_Span | None, ...]:
        """Per segment, the core found from line shapes alone (sections are measured against it)."""
        nonblank = self.nonblank_lines
        return tuple(best_run(self.shape_scores, nonblank, first, last)[0] for first, last in self.segments)

    @lazy
    def cores(self) -> tuple[_Span | None, ...]:
        """Per segment, the article core: the run of lines with the highest body score, cut at
        strong boilerplate inside it (a copyright line, a related heading) to its best piece;
        the other pieces come back only as vocabulary-checked further runs (:attr:`zone`)."""
        return tuple(choose_core(self, first, last) for first, last in self.segments)

    @lazy
    def _segment_index(self) -> list[int]:
        index = [0] * len(self.lines)
        for k, (first, last) in enumerate(self.segments):
            index[first : last + 1] = [k] * (last - first + 1)
        return index

    @lazy
    def zone(self) -> list[int]:
        """Per line: 1 in its segment's core, 2 in an admitted further prose run, else 0."""
        zone = [0] * len(self.lines)
        for (first, last), core in zip(self.segments, self.cores, strict=True):
            if core is None:
                continue
            zone[core[0] : core[1] + 1] = [1] * (core[1] - core[0] + 1)
            for lo, hi in extra_runs(self, first, last, core):
                zone[lo : hi + 1] = [2] * (hi - lo + 1)
        return zone

    def core_of(self, i: int) -> _Span | None:
        """The core of the segment that holds line ``i``."""
        return self.cores[self._segment_index[i]] if self.segments else None

    def segment_of(self, i: int) -> _Span:
        """The segment that holds line ``i``."""
        return self.segments[self._segment_index[i]]

    def body_score(self, i: int) -> float:
        """How much line ``i`` looks like article prose (positive) or page furniture (negative)."""
        if i in self.section_lines and i not in self.interruptions:
            return T.score_boilerplate
        return self.shape_scores[i]

    def _prose_score(self, i: int, f: LineFeatures) -> float:
        """A prose line's score: its length, a bonus for the title's words, less for a repeat."""
        score = min(f.words, T.prose_word_cap) / 12.0
        if self.title_words and len(self.content_words(i) & self.title_words) >= T.title_shared_words:
            score += T.title_bonus
        return score - 1.0 if f.repeats > 1 else score

    def in_core(self, i: int) -> bool:
        """True when line ``i`` lies within its segment's core or an admitted prose run."""
        return self.zone[i] != 0 if self.lines else False


def labels_view(labels: Sequence[object]) -> Sequence[object]:
    """Read-only view handed to rules (a tuple copy is cheap at page scale)."""
    return tuple(labels)
