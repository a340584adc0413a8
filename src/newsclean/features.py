"""Stage 4a: per-line features, computed once per page in a single pass.

Everything a rule needs to judge a line's shape lives here, so rules never re-tokenise:
length, words, stop-word density for the page's language, terminal punctuation in every
script, title case, digits, repetition inside the page.
"""

from __future__ import annotations

import re
import string
from collections import Counter
from dataclasses import dataclass

import regex

# Sentence-final marks of many scripts: . ! ? … plus the Devanagari/Bengali danda and double
# danda, CJK full stops and marks, Arabic and Urdu question mark and full stop, Armenian,
# Ethiopic and Myanmar full stops; then optional closing quotes or brackets.
TERMINAL = regex.compile(
    "[.!?\N{HORIZONTAL ELLIPSIS}\N{DEVANAGARI DANDA}\N{DEVANAGARI DOUBLE DANDA}"
    "\N{IDEOGRAPHIC FULL STOP}\N{FULLWIDTH FULL STOP}\N{FULLWIDTH EXCLAMATION MARK}"
    "\N{FULLWIDTH QUESTION MARK}\N{ARABIC QUESTION MARK}\N{ARABIC FULL STOP}"
    "\N{ARMENIAN FULL STOP}\N{ETHIOPIC FULL STOP}\N{MYANMAR SIGN SECTION}]"
    # Any quote closes here: German and Czech close with “ ‘ („…“), Danish and Swiss with « (»…«).
    "[\"'\\p{Pi}\\p{Pf}\\p{Pe}\\s]*$"
)
_WORD = regex.compile(r"\w+")
_UPPER_START = regex.compile(r"(?<!\w)\p{Lu}")
_NON_LETTER = regex.compile(r"[^\p{L}\p{M}]")
# ASCII fast paths (most lines of most pages): str.translate and the stdlib engine are several
# times faster than counting matches with ``regex``.
_DROP_ASCII_LETTERS = str.maketrans("", "", string.ascii_letters)
_ASCII_WORD = re.compile(r"\w+", re.ASCII)
_DIGIT = regex.compile(r"\d")
# Scripts written without spaces: a "word" there is closer to two characters.
_UNSPACED = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Khmer}\p{Lao}\p{Myanmar}]")


@dataclass(frozen=True, slots=True)
class LineFeatures:
    """The shape of one line."""

    text: str  # stripped
    chars: int
    words: int
    stops: int
    letters: int  # letters and combining marks (Indic vowel signs count as letters)
    digits: int
    capitalised: int  # words that start with an uppercase letter
    terminal: bool  # ends like a sentence
    repeats: int  # how many lines of the page have the same text (>= 1)

    @property
    def stop_density(self) -> float:
        """Share of words that are stop words of the page's language."""
        return self.stops / self.words if self.words else 0.0

    @property
    def blank(self) -> bool:
        """No visible characters."""
        return self.chars == 0

    @property
    def title_case(self) -> float:
        """Share of words that start with a capital (0 for scripts without case)."""
        return self.capitalised / self.words if self.words else 0.0


_BLANK = LineFeatures("", 0, 0, 0, 0, 0, 0, False, 0)


def line_features(lines: list[str], stopwords: frozenset[str]) -> list[LineFeatures]:
    """Features of every line of a page (one pass, one tokenisation per line)."""
    stripped = [line.strip() for line in lines]
    counts = Counter(s.casefold() for s in stripped if s)
    out: list[LineFeatures] = []
    append = out.append
    for text in stripped:
        if not text:
            append(_BLANK)
            continue
        folded = text.casefold()
        ascii_only = text.isascii()
        if ascii_only:
            tokens = _ASCII_WORD.findall(folded)
            letters = len(text) - len(text.translate(_DROP_ASCII_LETTERS))
        else:
            tokens = _WORD.findall(folded)
            letters = len(text) - len(_NON_LETTER.findall(text))
        words = len(tokens)
        if words and not ascii_only and _UNSPACED.search(text):
            words = max(words, len(_UNSPACED.findall(text)) // 2)
        stops = sum(map(stopwords.__contains__, tokens)) if stopwords else 0
        append(
            LineFeatures(
                text=text,
                chars=len(text),
                words=words,
                stops=stops,
                letters=letters,
                digits=len(_DIGIT.findall(text)),
                capitalised=len(_UPPER_START.findall(text)),
                terminal=TERMINAL.search(text) is not None,
                repeats=counts[folded],
            )
        )
    return out
