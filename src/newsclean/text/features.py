"""Stage 4a: per-line features, computed once per page in a single pass.

Everything a rule needs to judge a line's shape lives here, so rules never re-tokenise:
length, words, stop-word density for the page's language, terminal punctuation in every
script, title case, digits, repetition inside the page.
"""

from __future__ import annotations

import string
from collections import Counter
from collections.abc import Iterable
from itertools import repeat
from operator import sub
from typing import NamedTuple

import regex

# Sentence-final marks of many scripts: . ! ? … plus the Devanagari/Bengali danda and double
# danda, CJK full stops and marks, Arabic and Urdu question mark and full stop, Armenian,
# Ethiopic and Myanmar full stops; then optional closing quotes or brackets.
_MARK = (
    "[.!?\N{HORIZONTAL ELLIPSIS}\N{DEVANAGARI DANDA}\N{DEVANAGARI DOUBLE DANDA}"
    "\N{IDEOGRAPHIC FULL STOP}\N{FULLWIDTH FULL STOP}\N{FULLWIDTH EXCLAMATION MARK}"
    "\N{FULLWIDTH QUESTION MARK}\N{ARABIC QUESTION MARK}\N{ARABIC FULL STOP}"
    "\N{ARMENIAN FULL STOP}\N{ETHIOPIC FULL STOP}\N{MYANMAR SIGN SECTION}]"
)
# Any quote closes here: German and Czech close with “ ‘ („…“), Danish and Swiss with « (»…«).
_CLOSER = "[\"'\\p{Pi}\\p{Pf}\\p{Pe}\\s]"
TERMINAL = regex.compile(_MARK + _CLOSER + "*$")
#: A list item: a bullet, dash or "1." / "2)" and then text.
LIST_ITEM = regex.compile(r"^\s*(?:[-–—•·*▪►✓]|\d{1,2}[.)])\s+\S")
# The same test, searched from the line's end (whether a match exists does not depend on the
# direction): a forward search tries every position of a long line first, 4x slower.
_TERMINAL_FROM_END = regex.compile(_MARK + _CLOSER + "*$", regex.REVERSE)
_WORD = regex.compile(r"\w+")
_NON_LETTER = regex.compile(r"[^\p{L}\p{M}]")
# Fast path for lines of ASCII and a few punctuation marks, symbols and spaces (most lines of
# most pages): bytes.translate over the page is several times faster than ``regex``.
# None of these extra characters is a letter, mark, digit, word character or capital, and each
# folds to itself (tests/test_fast_paths.py checks it), so ASCII counting gives the same numbers.
PLAIN_EXTRA = (
    "\xa0\xa1\xa3\xa7\xa9\xab\xae\xb0\xb6\xb7\xbb\xbf"
    "\u2013\u2014\u2018\u2019\u201c\u201d\u2020\u2021\u2022\u2026\u2032\u2033\u2039\u203a\u20ac"
)
_PLAIN_CHARS = "".join(map(chr, range(128))) + PLAIN_EXTRA
_ASCII_LETTERS = string.ascii_letters.encode()
_ASCII_DIGITS = string.digits.encode()
_ASCII_BUT_NEWLINE = bytes(b for b in range(128) if b != 10)
# TERMINAL on such a line: strip what may follow the mark (quotes, brackets, spaces), then look.
_PLAIN_CLOSERS = "".join(c for c in _PLAIN_CHARS if regex.fullmatch(_CLOSER, c))
_PLAIN_MARKS = frozenset(c for c in _PLAIN_CHARS if regex.fullmatch(_MARK, c))
_DIGIT = regex.compile(r"\d")


def ends_sentence(text: str) -> bool:
    """``text`` ends like a sentence (``TERMINAL``): the plain characters' test first, the
    pattern only when the last character left after the closers is beyond them."""
    end = text.rstrip(_PLAIN_CLOSERS)[-1:]
    if end in _PLAIN_MARKS:
        return True
    if not end or end in _PLAIN_CHARS:
        return False
    return _TERMINAL_FROM_END.search(text) is not None


# Scripts written without spaces: a "word" there is closer to two characters.
_UNSPACED = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Khmer}\p{Lao}\p{Myanmar}]")


class LineFeatures(NamedTuple):
    """The shape of one line (a named tuple: built ~180 times per page, 3x cheaper than a
    frozen dataclass)."""

    text: str  # stripped
    chars: int
    words: int
    stops: int
    letters: int  # letters and combining marks (Indic vowel signs count as letters)
    digits: int
    terminal: bool  # ends like a sentence
    repeats: int  # how many lines of the page have the same text (>= 1)
    blank: bool  # no visible characters (a field, not a property: rules ask it of every line)
    folded: str  # ``text`` casefolded (computed here anyway; phrases and rules reuse it)
    tokens: tuple[str, ...]  # the words of ``folded`` (runs of word characters; content words reuse them)


_BLANK = LineFeatures("", 0, 0, 0, 0, 0, False, 0, True, "", ())


def line_features(lines: list[str], stopwords: frozenset[str]) -> list[LineFeatures]:
    """Features of every line of a page (one pass, one tokenisation per line)."""
    if not lines:
        return []
    stripped = list(map(str.strip, lines))
    joined = "\n".join(stripped)
    if joined.count("\n") == len(stripped) - 1:
        plain = _plain_counts_of_page(joined)
        # A plain line's casefold is its ASCII lowercase (each PLAIN_EXTRA character folds to
        # itself), cut from the page's: str.casefold costs ~30 instructions a character on a
        # page that is not all ASCII, bytes.lower one.
        folded = plain.lowered
        for i, _beyond in plain.unicode_lines:
            folded[i] = stripped[i].casefold()
    else:  # a line with a newline of its own: measured with its newlines as spaces (as words are)
        plain = _plain_counts_of_page("\n".join([text.replace("\n", " ") for text in stripped]))
        folded = [text.casefold() for text in stripped]
    return _line_features(plain, stripped, folded, stopwords)


def _line_features(
    plain: _PlainColumns, stripped: list[str], folded_lines: list[str], stopwords: frozenset[str]
) -> list[LineFeatures]:
    """Every line measured as a plain line, column by column (C-level ``map`` over the page, not
    a Python loop with a dozen steps a line); then blank lines and the lines beyond the plain
    characters are set right one by one (few, on most pages)."""
    counts = Counter(filter(None, folded_lines))
    tokens = [spaced.split() for spaced in plain.tokens]
    if stopwords:
        count_stops = stopwords.__contains__
        stops: Iterable[int] = [sum(map(count_stops, words)) for words in tokens]
    else:
        stops = repeat(0)
    terminal = [text.rstrip(_PLAIN_CLOSERS)[-1:] in _PLAIN_MARKS for text in stripped]
    columns = zip(
        stripped,
        map(len, stripped),
        map(len, tokens),
        stops,
        plain.letters,
        plain.digits,
        terminal,
        map(counts.__getitem__, folded_lines),
        repeat(False),
        folded_lines,
        map(tuple, tokens),
    )
    # tuple.__new__ is what LineFeatures._make does, without its two extra calls.
    out = list(map(tuple.__new__, repeat(LineFeatures), columns))
    for i, text in enumerate(stripped):
        if not text:
            out[i] = _BLANK
    for i, beyond in plain.unicode_lines:
        out[i] = _unicode_features(out[i], beyond, stopwords)
    return out


def _unicode_features(plain: LineFeatures, beyond: str, stopwords: frozenset[str]) -> LineFeatures:
    """A line beyond the plain characters (``plain``: its features as a plain line; ``beyond``:
    its non-ASCII characters), measured with the Unicode patterns. Letters, digits and unspaced
    scripts are single characters, none of them ASCII but A-Z, a-z and 0-9: the plain counts
    plus the patterns' matches among the non-ASCII characters (a few on a Latin-script line)."""
    text, folded = plain.text, plain.folded
    tokens = _WORD.findall(folded)
    words = len(tokens)
    if words and _UNSPACED.search(beyond):
        words = max(words, len(_UNSPACED.findall(beyond)) // 2)
    return LineFeatures(
        text,
        plain.chars,
        words,
        sum(map(stopwords.__contains__, tokens)) if stopwords else 0,
        plain.letters + len(beyond) - len(_NON_LETTER.findall(beyond)),
        plain.digits + len(_DIGIT.findall(beyond)),
        _TERMINAL_FROM_END.search(text) is not None,
        plain.repeats,
        False,
        folded,
        tuple(tokens),
    )


class _PlainColumns(NamedTuple):
    """Per line, as if it were plain (ASCII and ``PLAIN_EXTRA``): its tokens (lowercase,
    space-separated), ASCII letters, digits and the line in ASCII lowercase;
    and which lines are not plain."""

    tokens: list[str]
    letters: list[int]
    digits: list[int]
    lowered: list[str]
    unicode_lines: list[tuple[int, str]]  # and their non-ASCII characters


def _plain_counts_of_page(joined: str) -> _PlainColumns:
    """Every line's counts from a few passes over the whole page (lines joined by newlines).

    Page-wide ``bytes.translate`` and ``split`` replace five calls per line, exactly: in
    UTF-8 no byte of a multi-byte character is ASCII, and a newline is not a word
    character, so line ends bound words as a line's own ends do. Words are runs of ASCII
    word characters (everything else becomes a space).
    A line is plain when its non-ASCII characters (deleting ASCII bytes from UTF-8 leaves
    whole characters), a few if any, are all in PLAIN_EXTRA: stripping them leaves nothing.
    """
    data = joined.encode("utf-8", "surrogatepass")
    lowered = data.lower()  # ASCII letters only
    sizes = list(map(len, data.split(b"\n")))
    no_letters = map(len, data.translate(None, _ASCII_LETTERS).split(b"\n"))
    no_digits = map(len, data.translate(None, _ASCII_DIGITS).split(b"\n"))
    beyond_ascii = data.translate(None, _ASCII_BUT_NEWLINE).split(b"\n")
    non_ascii = [(i, chars.decode("utf-8", "surrogatepass")) for i, chars in enumerate(beyond_ascii) if chars]
    return _PlainColumns(
        lowered.translate(_WORD_BYTES).decode("ascii").split("\n"),
        list(map(sub, sizes, no_letters)),
        list(map(sub, sizes, no_digits)),
        lowered.decode("utf-8", "surrogatepass").split("\n"),
        [(i, chars) for i, chars in non_ascii if chars.strip(PLAIN_EXTRA)],
    )


# bytes.translate tables (newlines kept, every other byte outside the classes to a space):
# ASCII word characters kept as they are.
_WORD_CHARS = string.ascii_letters + string.digits + "_"
_WORD_BYTES = bytes(b if chr(b) in _WORD_CHARS or b == 10 else 32 for b in range(256))
