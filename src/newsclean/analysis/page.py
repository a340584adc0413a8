"""Stage 3: the page as data. Lines, their features, phrase hits and what follows from them alone.

A :class:`Page` is what every later stage reads: the fixed text, its lines and per-line
features, the phrase lists' hits, and a few whole-page facts derived from those only (which
lines are prose, which have a digit, the title's words). It knows nothing of the page's
structure (segments, sections, cores: :mod:`newsclean.analysis.structure` computes those from a
Page) nor of rules, and imports nothing above :mod:`newsclean.text` and the phrase lists.

Caching, one mechanism: the whole-page facts are computed once, when the page is built, in the
order written in ``__init__``; the answers to parameterised questions (a phrase list's lines,
one line's content words, a run's vocabulary, the page's year) are memoised in ``_memo``, one
dict keyed by the question.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import regex

from newsclean.analysis.phrases import Mode, PageMatches, PhraseBook
from newsclean.analysis.thresholds import T
from newsclean.text import dates
from newsclean.text.features import LineFeatures, line_features
from newsclean.text.language import detect_language, stopwords
from newsclean.text.lines import split_lines

__all__ = ["BOILERPLATE_LISTS", "INTERRUPTION_LISTS", "Page"]

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
_YEAR = "year"  # the memo key of the page's year
_LOWERCASE_WORDS = "lowercase words"  # the memo key of the words written in lower case
# A word that starts with a lower-case letter (where a word starts: "McDonald" holds none).
_LOWER_WORD = regex.compile(r"(?<![\p{L}\p{M}\p{N}])\p{Ll}[\p{L}\p{M}'’-]*")


def _content_words(tokens: Iterable[str], stopwords: frozenset[str]) -> frozenset[str]:
    """The words of three letters or more (``\\w{3,}``: a line's tokens are its runs of ``\\w``)
    that are not stop words (one comprehension: a list, a set and a set difference cost 30% more)."""
    return frozenset([word for word in tokens if len(word) > 2 and word not in stopwords])


class Page:
    """One decoded, fixed page, split into lines, with its features and phrase hits.

    Build one with :meth:`from_text`; the constructor takes the parts already computed.
    """

    def __init__(
        self,
        text: str,
        lines: list[str],
        starts: list[int],
        features: list[LineFeatures],
        language: str | None,
        stopwords: frozenset[str],
        phrases: PhraseBook,
    ) -> None:
        self.text = text
        self.lines = lines
        self.starts = starts
        self.features = features
        self.language = language
        self.stopwords = stopwords
        self.phrases = phrases
        #: Answers to parameterised questions, keyed by the question (see the module docstring).
        self._memo: dict[Any, Any] = {}
        # The whole-page facts, in the order they read one another.
        #: The lines with visible characters, ascending (what cores and zones walk).
        self.nonblank_lines: tuple[int, ...] = tuple([i for i, f in enumerate(features) if f.chars])
        #: The lines with a digit, ascending: dates, stamps and counts are among them (most
        #: lines have none, so questions about dates walk these only).
        self.digit_lines: tuple[int, ...] = tuple([i for i, f in enumerate(features) if f.digits])
        #: Per line: prose (long enough, sentence-shaped, with the language's function words).
        self.prose: list[bool] = self._prose()
        self._phrase_hits: PageMatches = phrases.scan_casefolded([f.folded for f in features])
        #: Lines that a boilerplate phrase list matches (short lines only, for 'contains' lists).
        self.boilerplate_hits: frozenset[int] = self._boilerplate_hits()
        #: Boilerplate that may sit between an article's paragraphs: ads, inline links, prose
        #: lines that merely contain a boilerplate phrase.
        self.interruptions: frozenset[int] = self._interruptions()
        #: Content words of the page's own title (its first line of three words or more, among
        #: the first three lines: scrapers put ``<title>`` first).
        self.title_words: frozenset[str] = self._title_words()
        #: Lines that repeat the page's own title (its first line) in part: the headline above
        #: the article, when the scraper kept ``<title>`` as the first line.
        self.headline_anchors: tuple[int, ...] = self._headline_anchors()

    @classmethod
    def from_text(
        cls,
        text: str,
        language: str | None = None,
        *,
        phrases: PhraseBook | None = None,
        fallback_language: str | None = None,
    ) -> Page:
        """The page of an already fixed text: lines, language (detected when not given, else
        ``fallback_language``), stop words, features, phrase hits (``phrases``: the packaged
        lists when None)."""
        lines, starts = split_lines(text)
        lang = language or detect_language(lines) or fallback_language
        stops = stopwords(lang)
        book = PhraseBook() if phrases is None else phrases
        return cls(text, lines, starts, line_features(lines, stops), lang, stops, book)

    def __len__(self) -> int:
        return len(self.lines)

    # --- phrase matches ----------------------------------------------------------------------
    def matching(self, key: str, mode: Mode, *, max_words: int | None = None) -> frozenset[int]:
        """Indexes of lines matched by phrase list ``key`` (``max_words`` bounds the line length)."""
        # Keyed by the mode's id: an Enum member hashes through a Python-level ``__hash__``.
        cache_key = (key, id(mode), max_words)
        found: frozenset[int] | None = self._memo.get(cache_key)  # rules ask the same questions again
        if found is None:
            if max_words is None:
                found = frozenset(self._phrase_hits.lines(key, mode))
            else:
                feats = self.features
                found = frozenset(i for i in self.matching(key, mode) if feats[i].words <= max_words)
            self._memo[cache_key] = found
        return found

    def on_subject(self, key: str, i: int) -> bool:
        """Whether every phrase of the list ``key`` that line ``i`` names is the article's
        subject (:meth:`subject_phrases`): "What is the State of AI newsletter?" in an article
        about that newsletter names it as its subject, not as a prompt (``subscribe.prompt``
        asks it; the core's scores do not: a shop's sign-up box names "subscribe" in three long
        sentences of legalese, and the core then moved into it)."""
        found = self._found_on(key).get(i)
        return found is not None and found <= self.subject_phrases(key)

    def subject_phrases(self, key: str) -> frozenset[str]:
        """The phrases of the list ``key`` that ``T.subject_lines`` or more different prose lines
        of ``T.subject_line_words`` words or more name (memoised): the article's subject, not
        boilerplate (data/thresholds.toml; a prompt box printed twice counts once)."""
        cache_key = ("subject", key)
        found: frozenset[str] | None = self._memo.get(cache_key)
        if found is None:
            named: dict[str, set[str]] = {}
            feats, prose = self.features, self.prose
            for i, phrases in self._found_on(key).items():
                if prose[i] and feats[i].words >= T.subject_line_words:
                    for phrase in phrases:
                        named.setdefault(phrase, set()).add(feats[i].folded)
            found = frozenset(p for p, lines in named.items() if len(lines) >= T.subject_lines)
            self._memo[cache_key] = found
        return found

    def _found_on(self, key: str) -> dict[int, frozenset[str]]:
        """Per line, the phrases of the list ``key`` found in it (memoised)."""
        cache_key = ("found", key)
        found: dict[int, frozenset[str]] | None = self._memo.get(cache_key)
        if found is None:
            found = self._memo[cache_key] = self._phrase_hits.found_on(key)
        return found

    # --- line shapes -------------------------------------------------------------------------
    def body_like(self, i: int) -> bool:
        """Prose: long enough, sentence-shaped, with the language's function words."""
        return self.prose[i]

    def headline_like(self, i: int) -> bool:
        """A heading: a few words, mostly letters, no sentence-final full stop. "Mostly" counts
        the visible characters: Korean and Chinese words are two or three letters long, so spaces
        and one comma make up a third of a headline ("낡은 다리, 1년 더 개통")."""
        f = self.features[i]
        if not 2 <= f.words <= 30 or f.letters < 0.6 * (f.chars - f.text.count(" ")):
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

    def lowercase_words(self) -> frozenset[str]:
        """The page's words that start with a lower-case letter, casefolded (memoised): a name
        none of whose words is among them is written as a proper name everywhere on the page."""
        found: frozenset[str] | None = self._memo.get(_LOWERCASE_WORDS)
        if found is None:
            found = frozenset([m.group().casefold() for m in _LOWER_WORD.finditer(self.text)])
            self._memo[_LOWERCASE_WORDS] = found
        return found

    def content_words(self, i: int) -> frozenset[str]:
        """Words of three letters or more that are not stop words (memoised per line)."""
        found: frozenset[str] | None = self._memo.get(i)
        if found is None:
            found = self._memo[i] = _content_words(self.features[i].tokens, self.stopwords)
        return found

    def run_words(self, lo: int, hi: int) -> set[str]:
        """Content words of the prose lines in ``lo..hi`` (inclusive); memoised, since rules ask
        it of the same core."""
        found: frozenset[str] | None = self._memo.get((lo, hi))
        if found is None:
            # From the lines' memoised content words: scoring the core's lines computed them already.
            words: set[str] = set()
            prose, content_words = self.prose, self.content_words
            for j in range(lo, hi + 1):
                if prose[j]:
                    words.update(content_words(j))
            found = self._memo[lo, hi] = frozenset(words)
        return set(found)

    @property
    def year(self) -> int | None:
        """The year the page mentions most: context for dates printed without one ("Sep 26").
        Memoised on first use: only pages with a dateline or a feed header ask. A year is four
        digits within a line: the lines with a digit hold every one (a third of the text)."""
        memo = self._memo
        if _YEAR not in memo:
            lines = self.lines
            memo[_YEAR] = dates.year_in("\n".join([lines[i] for i in self.digit_lines]))
        found: int | None = memo[_YEAR]
        return found

    # --- the whole-page facts, computed once by __init__ --------------------------------------
    def _prose(self) -> list[bool]:
        density = T.prose_stop_density if self.stopwords else None  # no stop words: not checked
        return [
            f.words >= 7
            and f.letters >= 25
            and (f.terminal or f.words >= 16)
            and (density is None or f.stops >= density * f.words)
            for f in self.features
        ]

    def _boilerplate_hits(self) -> frozenset[int]:
        hits: set[int] = set()
        for key, mode in BOILERPLATE_LISTS:
            limit = SHORT_LINE_WORDS if mode is Mode.CONTAINS else None
            hits |= self.matching(key, mode, max_words=limit)
        return frozenset(hits)

    def _interruptions(self) -> frozenset[int]:
        hits: set[int] = set()
        for key, mode in INTERRUPTION_LISTS:
            hits |= self.matching(key, mode, max_words=SHORT_LINE_WORDS)
        for key, mode in BOILERPLATE_LISTS:  # a phrase inside a sentence is weak evidence
            if mode is Mode.CONTAINS:
                hits |= {i for i in self.matching(key, mode, max_words=SHORT_LINE_WORDS) if self.prose[i]}
        return frozenset(hits)

    def _title_words(self) -> frozenset[str]:
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

    def _headline_anchors(self) -> tuple[int, ...]:
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
