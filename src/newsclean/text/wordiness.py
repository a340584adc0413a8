"""Is this language at all? The share of a text's visible characters that sit in word-like tokens.

Every written language, in every script, is mostly words: runs of letters between spaces, a
few to a few dozen characters long (scripts written without spaces, such as Chinese, Japanese
or Thai, run longer, but in letters). Random bytes decoded as text, base64, hex dumps and
minified JavaScript or CSS are mostly *not*: long runs without spaces, or tokens where letters
are outnumbered by digits and symbols. Numbers, dates, prices and links are neither: a football
table or a list of sources is still a page, so they are left out of the count.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

import regex

#: A word-like token: at least this share of its characters are letters (or combining marks)...
WORD_LETTERS = 0.6
#: ...and at most this long (German compounds and Finnish cases stay under it; base64 does not).
WORD_MAX_CHARS = 30
#: A longer token is word-like when this share of it is in a script written without spaces (a
#: Japanese sentence runs on between Latin names and markup: ``<p>現在<em>JavaScriptが無効``).
UNSPACED_SHARE = 0.25
#: Numbers, dates, prices up to this long are neutral (left out of the count).
NUMBER_MAX_CHARS = 20


class Wordiness(NamedTuple):
    """Characters in word-like tokens and in the rest (neutral tokens counted in neither)."""

    words: int
    junk: int

    @property
    def junk_share(self) -> float:
        """The rest's share of the counted characters (0.0 for a text with nothing counted)."""
        total = self.words + self.junk
        return self.junk / total if total else 0.0


def wordiness(lines: Iterable[str]) -> Wordiness:
    """Count the characters of ``lines``' whitespace-separated tokens by kind."""
    words = junk = 0
    for line in lines:
        for token in line.split():
            kind = token_kind(token)
            if kind == _WORD:
                words += len(token)
            elif kind == _JUNK:
                junk += len(token)
    return Wordiness(words, junk)


_WORD, _JUNK, _NEUTRAL = 0, 1, 2


def token_kind(token: str) -> int:
    """0 for a word-like token, 1 for junk, 2 for a neutral one (a number, a link, punctuation)."""
    n = len(token)
    letters = len(_NOT_LETTER.sub("", token))  # in C: a page of a million characters stays fast
    if letters == 0:
        return _NEUTRAL if n <= NUMBER_MAX_CHARS else _JUNK
    if "://" in token or token.startswith("www.") or ("@" in token and "." in token and n < 80):
        return _NEUTRAL
    if letters < WORD_LETTERS * n:
        return _JUNK
    if n <= WORD_MAX_CHARS or len(_SPACED.sub("", token)) >= UNSPACED_SHARE * n:
        return _WORD
    return _JUNK


_NOT_LETTER = regex.compile(r"[^\p{L}\p{M}]+")
#: Everything but the letters of scripts written without spaces between words.
_SPACED = regex.compile(
    r"[^\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}\p{Tibetan}]+"
)
