"""Phrase lists: per-language data files, matched all at once with one Aho-Corasick automaton.

Packaged lists live in ``newsclean/data/phrases/<lang>.toml``; a config adds phrases per language and
per site. A :class:`PhraseBook` (one per Cleaner, per site) builds a single automaton over every
phrase of every list; a page is scanned once (:meth:`PhraseBook.scan`), whatever the number of
phrases, and each hit is then checked against its list's mode (whole line, prefix, anywhere).
Large regex alternations were measured 5-50x slower on the same pages.
"""

from __future__ import annotations

import tomllib
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping
from enum import Enum
from functools import cache
from importlib import resources

import ahocorasick_rs
import regex

from newsclean.errors import ConfigError
from newsclean.text.lines import line_starts


class Mode(Enum):
    """How a phrase list matches a line (``page.matching(list_name, Mode.LINE)`` in a rule).

    ``LINE``: the whole line is the phrase, give or take punctuation, bullets and counts;
    ``PREFIX``: the line starts with the phrase, then a separator (``: | » > - –``);
    ``LEAD``: the line starts with the phrase as a word ("By Jane Doe");
    ``CONTAINS``: the phrase appears anywhere (rules bound the line's length).
    """

    LINE = "line"  # the whole line is the phrase (give or take punctuation, bullets, counts)
    PREFIX = "prefix"  # the line starts with the phrase, then a separator (: | » > - –)
    LEAD = "lead"  # the line starts with the phrase as a word ("By Jane Doe")
    CONTAINS = "contains"  # the phrase appears anywhere (rules bound the line's length)


# Punctuation, symbols, digits and spaces that may surround a whole-line phrase:
# "• Related:", "Comments (12)", "» Most read «", "Share 0".
_EDGE = r"[\p{P}\p{S}\p{Z}\d\t]*"
_SEPARATOR = r"\s*[:|»>•–—\-]+"
_TEMPLATES: dict[Mode, str] = {
    Mode.LINE: r"^" + _EDGE + r"(?:{alts})" + _EDGE + r"$",
    Mode.PREFIX: r"^" + _EDGE + r"(?:{alts})" + _SEPARATOR,
    Mode.LEAD: r"^" + _EDGE + r"(?:{alts})(?=[\s:])",
    Mode.CONTAINS: r"(?:{alts})",
}


def normalise_phrase(phrase: str) -> str:
    """NFC and trimmed, like the text it will be matched against."""
    return unicodedata.normalize("NFC", phrase).strip()


@cache
def packaged_languages() -> tuple[str, ...]:
    """Language codes that ship a phrase file."""
    files = resources.files("newsclean.data").joinpath("phrases").iterdir()
    return tuple(sorted(f.name.removesuffix(".toml") for f in files if f.name.endswith(".toml")))


@cache
def packaged_phrases(language: str) -> Mapping[str, tuple[str, ...]]:
    """The phrase lists shipped for ``language`` (empty when there is no file)."""
    path = resources.files("newsclean.data").joinpath("phrases", f"{language}.toml")
    if not path.is_file():
        return {}
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return {key: tuple(normalise_phrase(p) for p in values) for key, values in data.items()}


def _word_pattern(phrase: str) -> str:
    """Escape a phrase; spaces match any run of spaces; letters at the edges need word bounds."""
    body = r"\s+".join(regex.escape(part) for part in phrase.split())
    if phrase[:1].isalnum():
        body = r"(?<!\w)" + body
    if phrase[-1:].isalnum():
        body = body + r"(?!\w)"
    return body


# A run of the characters allowed around a whole-line phrase (punctuation, symbols, digits, spaces).
_EDGE_RUN = regex.compile(r"[\p{P}\p{S}\p{Z}\d\s]*")
_SEPARATOR_AFTER = regex.compile(r"\s*[:：|»>•–—\-]")  # "：": the full-width colon of CJK text


def fold(text: str) -> str:
    """The form phrases and lines are compared in: casefolded, whitespace runs as one space."""
    return " ".join(text.split()).casefold()


class PageMatches:
    """Every phrase hit of one page, checked per list and mode on demand."""

    def __init__(self, book: PhraseBook, folded: list[str]) -> None:
        """``folded``: the page's lines in :func:`fold`'s form."""
        self._book = book
        self._folded = folded
        # list key -> [(line index, start, end)] of hits bounded by non-letters (before the mode's check)
        self._hits: dict[str, list[tuple[int, int, int]]] = {}
        joined = "\n".join(folded)
        if not book.automaton_keys or not joined:
            return
        hits: defaultdict[str, list[tuple[int, int, int]]] = defaultdict(list)
        keys = book.automaton_keys
        heads, tails = book.automaton_edges
        size = len(joined)
        # Overlapping hits come in order of their ends, and none spans a newline: the line of a
        # hit is found by walking the line starts forward, not by a search per hit.
        starts = line_starts(folded)
        starts.append(size + 1)  # past the last line's end: the walk stops there
        line = 0
        offset = 0
        following = starts[1]
        for pattern, start, end in book.automaton.find_matches_as_indexes(joined, overlapping=True):
            # Half the hits are inside a word ("ad" in "read"): drop them once, here (what
            # _bounded tests, inline: ~200 hits a page). Only a phrase that starts (ends) with
            # a letter or digit (or starts with a bracket: _opens_word) can start (end) inside a
            # word. A newline is not alphanumeric, so the page's text bounds a hit as its line would.
            if heads[pattern] and start and joined[start - 1].isalnum():
                continue
            if tails[pattern] and end < size and joined[end].isalnum():
                continue
            if following < end:
                while following < end:
                    line += 1
                    following = starts[line + 1]
                offset = starts[line]
            hit = (line, start - offset, end - offset)
            for key in keys[pattern]:
                hits[key].append(hit)
        self._hits = dict(hits)

    def found_on(self, key: str) -> dict[int, frozenset[str]]:
        """Per line, the phrases of the list ``key`` found anywhere in it, as the line spells
        them casefolded ("newsletter", "free trial")."""
        found: defaultdict[int, set[str]] = defaultdict(set)
        folded = self._folded
        for i, start, end in self._hits.get(key, ()):
            found[i].add(folded[i][start:end])
        return {i: frozenset(phrases) for i, phrases in found.items()}

    def lines(self, key: str, mode: Mode) -> set[int]:
        """Indexes of the lines that the list ``key`` matches in ``mode``."""
        found: set[int] = set()
        if mode is Mode.CONTAINS:  # every stored hit is bounded: nothing more to check
            found.update(i for i, _start, _end in self._hits.get(key, ()))
            return found
        folded = self._folded
        whole_line = mode is Mode.LINE
        for i, start, end in self._hits.get(key, ()):
            if i in found:
                continue
            line = folded[i]
            # Most hits sit inside prose: a letter before the hit, or (a whole-line phrase) after
            # it, rules them out as :func:`_placed` would, without the call.
            if (start and line[0].isalpha()) or (whole_line and end < len(line) and line[-1].isalpha()):
                continue
            if _placed(line, start, end, mode):
                found.add(i)
        return found


def _fits(line: str, start: int, end: int, mode: Mode) -> bool:
    """The hit ``line[start:end]`` is bounded by non-letters and sits where ``mode`` wants it."""
    return _bounded(line, start, end) and _placed(line, start, end, mode)


def _opens_word(char: str) -> bool:
    """Whether a phrase starting with ``char`` must not follow a letter or digit: a letter or
    digit (inside a word), or an opening bracket (``sum(c)`` is a call, not a "(c)" notice)."""
    return char.isalnum() or char in "(["


def _bounded(text: str, start: int, end: int) -> bool:
    """The hit ``text[start:end]`` neither starts nor ends inside a word."""
    if start and text[start - 1].isalnum() and _opens_word(text[start]):
        return False
    return not (end < len(text) and text[end].isalnum() and text[end - 1].isalnum())


def _placed(line: str, start: int, end: int, mode: Mode) -> bool:
    """The (bounded) hit ``line[start:end]`` sits where ``mode`` wants it."""
    if mode is Mode.CONTAINS:
        return True
    # Only punctuation, symbols, digits and spaces may come first; a letter is none of them (a
    # cheap test for the usual case: a hit inside a sentence).
    if start and (line[0].isalpha() or _EDGE_RUN.fullmatch(line, 0, start) is None):
        return False
    after = line[end:]
    if mode is Mode.LINE:
        return not after or _EDGE_RUN.fullmatch(after) is not None
    if mode is Mode.PREFIX:
        return _SEPARATOR_AFTER.match(after) is not None
    return after[:1].isspace() or after[:1] in (":", "：")  # Mode.LEAD


_Automaton = tuple[ahocorasick_rs.AhoCorasick | None, list[tuple[str, ...]], tuple[list[bool], list[bool]]]


class PhraseBook:
    """All phrase lists for one configuration, compiled lazily per (list, mode)."""

    def __init__(
        self,
        languages: Iterable[str] | None = None,
        extra: Mapping[str, Iterable[str]] | None = None,
    ) -> None:
        """``languages``: phrase files to read (None: every packaged one); ``extra``: more phrases."""
        chosen = packaged_languages() if languages is None else tuple(languages)
        merged: dict[str, set[str]] = {}
        for lang in chosen:
            for key, phrases in packaged_phrases(lang).items():
                merged.setdefault(key, set()).update(phrases)
        for key, extra_phrases in (extra or {}).items():
            if isinstance(extra_phrases, str):
                raise ConfigError(f"phrases for {key!r} must be a list of strings, not one string")
            merged.setdefault(key, set()).update(normalise_phrase(p) for p in extra_phrases if p.strip())
        self._phrases = {key: tuple(sorted(v, key=lambda s: (-len(s), s))) for key, v in merged.items()}
        self._compiled: dict[tuple[str, Mode], regex.Pattern[str] | None] = {}
        self._casefolded: dict[str, frozenset[str]] = {}
        self._built: _Automaton | None = None

    @property
    def _automaton(self) -> _Automaton:
        """The automaton, its patterns' lists and edges: built on first use, kept by the book."""
        if self._built is None:
            self._built = self._build_automaton()
        return self._built

    def _build_automaton(self) -> _Automaton:
        owners: dict[str, list[str]] = {}
        for key, phrases in self._phrases.items():
            for phrase in phrases:
                folded = fold(phrase)
                if folded:
                    owners.setdefault(folded, []).append(key)
        patterns = sorted(owners)
        if not patterns:
            return None, [], ([], [])
        # A DFA: built once per book (~8 ms and ~5 MB more), it scans a page ~35% sooner than the
        # default NFA, with the same matches.
        automaton = ahocorasick_rs.AhoCorasick(
            patterns,
            matchkind=ahocorasick_rs.MatchKind.Standard,
            implementation=ahocorasick_rs.Implementation.DFA,
        )
        edges = ([_opens_word(p[0]) for p in patterns], [p[-1].isalnum() for p in patterns])
        return automaton, [tuple(owners[p]) for p in patterns], edges

    @property
    def automaton(self) -> ahocorasick_rs.AhoCorasick:
        """One automaton over every phrase of every list (built on first use)."""
        automaton = self._automaton[0]
        assert automaton is not None, "check automaton_keys first"
        return automaton

    @property
    def automaton_keys(self) -> list[tuple[str, ...]]:
        """For each automaton pattern, the lists it belongs to."""
        return self._automaton[1]

    @property
    def automaton_edges(self) -> tuple[list[bool], list[bool]]:
        """For each automaton pattern, whether its first and whether its last character is a
        letter or digit, or starts with a bracket (only then can a hit start or end inside a word)."""
        return self._automaton[2]

    def scan(self, lines: list[str]) -> PageMatches:
        """All phrase hits of a page's lines, in one pass."""
        return PageMatches(self, [fold(line) for line in lines])

    def scan_casefolded(self, casefolded: list[str]) -> PageMatches:
        """:meth:`scan` of lines already stripped and casefolded (casefolding never makes or
        removes whitespace, so ``fold`` only has to collapse it). Every whitespace character
        but the space is unprintable: a printable line without a double space is folded already
        (most lines; the test is several times cheaper than a split and a join)."""
        return PageMatches(
            self,
            [
                line if line.isprintable() and "  " not in line else " ".join(line.split())
                for line in casefolded
            ],
        )

    def phrases(self, key: str) -> tuple[str, ...]:
        """The phrases of one list (longest first)."""
        return self._phrases.get(key, ())

    def casefolded(self, key: str) -> frozenset[str]:
        """The phrases of one list, casefolded, as a set (built once per book, not per page)."""
        found = self._casefolded.get(key)
        if found is None:
            found = self._casefolded[key] = frozenset(p.casefold() for p in self.phrases(key))
        return found

    def pattern(self, key: str, mode: Mode) -> regex.Pattern[str] | None:
        """One compiled alternation for the list, or None when the list is empty."""
        cache_key = (key, mode)
        if cache_key not in self._compiled:
            phrases = self._phrases.get(key, ())
            if not phrases:
                self._compiled[cache_key] = None
            else:
                alts = "|".join(_word_pattern(p) for p in phrases)
                flags = regex.IGNORECASE | regex.MULTILINE
                self._compiled[cache_key] = regex.compile(_TEMPLATES[mode].replace("{alts}", alts), flags)
        return self._compiled[cache_key]
