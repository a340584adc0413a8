"""Phrase lists: per-language data files compiled into one regex alternation per list and mode.

Packaged lists live in ``newsclean/data/phrases/<lang>.toml``; a config adds phrases per language and
per site. Each list is compiled once per :class:`PhraseBook` (one per Cleaner, per site) into a
single multiline pattern that runs over the whole page text, so cost grows with the page, not
with the number of phrases.
"""

from __future__ import annotations

import tomllib
import unicodedata
from collections.abc import Iterable, Mapping
from enum import Enum
from functools import cache
from importlib import resources

import regex

from newsclean.errors import ConfigError


class Mode(Enum):
    """How a phrase list matches a line."""

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
        for key, phrases in (extra or {}).items():
            if isinstance(phrases, str):
                raise ConfigError(f"phrases for {key!r} must be a list of strings, not one string")
            merged.setdefault(key, set()).update(normalise_phrase(p) for p in phrases if p.strip())
        self._phrases = {key: tuple(sorted(v, key=lambda s: (-len(s), s))) for key, v in merged.items()}
        self._compiled: dict[tuple[str, Mode], regex.Pattern[str] | None] = {}

    def phrases(self, key: str) -> tuple[str, ...]:
        """The phrases of one list (longest first)."""
        return self._phrases.get(key, ())

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
