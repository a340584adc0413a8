"""Stage 2: repair text. ftfy (mojibake, with its explanation), NFC, line ends, invisible characters.

Runs on text only, never on raw HTML (ftfy turns entity handling off when it sees ``<``).
The result is what every offset in the output refers to.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

import ftfy
import ftfy.badness
import regex

# Zero-width and bidi controls, C0/C1 controls (but tab and newline), NUL included.
# Plain character classes: the stdlib engine scans them several times faster than ``regex``.
_INVISIBLE = re.compile(
    "[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f"
    "\N{ZERO WIDTH SPACE}\N{ZERO WIDTH NO-BREAK SPACE}\N{WORD JOINER}\N{SOFT HYPHEN}"
    "\N{LEFT-TO-RIGHT MARK}\N{RIGHT-TO-LEFT MARK}\\u202a-\\u202e\\u2066-\\u2069]"
)
# What ftfy repairs besides mojibake: C1 controls, surrogates, ligatures, terminal escapes.
_FTFY_TRIGGERS = re.compile("[\\x1b\\x80-\\x9f\\ud800-\\udfff\\ufb00-\\ufb06\\ufffd]")
# ZWJ/ZWNJ are kept: they are meaningful in Bengali, Persian, Devanagari and emoji.
_LINE_BREAKS = regex.compile("\r\n|[\r\u2028\u2029\x85]")
_FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,  # plain text may legitimately contain "&amp;"; HTML mode unescapes itself
    fix_line_breaks=False,  # done below, so that we know exactly what changed
    uncurl_quotes=False,  # curly quotes are correct text, not damage
    fix_character_width=False,  # full-width forms are correct in CJK text
    normalization="NFC",
    explain=True,
)


@dataclass(frozen=True, slots=True)
class Fixed:
    """Repaired text and a plain-language record of what changed."""

    text: str
    steps: tuple[str, ...]


def fix_text(text: str) -> Fixed:
    """Repair mojibake, normalise to NFC, unify line ends and drop invisible control characters.

    ftfy runs before line ends are unified: in UTF-8 read as latin-1, "х" becomes "Ñ\x85", and
    U+0085 (NEL) would otherwise be taken for a line break and split the word before ftfy could
    see the mojibake. ftfy's own line-break fixing is off, so it leaves real line ends alone.
    """
    steps: list[str] = []
    fixed = text
    unusual = _unusual(text)
    if not text.isascii():
        if _needs_ftfy(text, unusual):
            # ftfy first: C1 control characters are evidence of mojibake it needs to see.
            fixed, explanation = ftfy.fix_and_explain(text, config=_FTFY_CONFIG)
            names = [step.parameter for step in explanation or () if step.action != "normalize"]
            if names:
                steps.append("ftfy: " + ", ".join(dict.fromkeys(names)))
        fixed = unicodedata.normalize("NFC", fixed)
    normalised = _LINE_BREAKS.sub("\n", fixed) if _has_line_break_to_fix(fixed) else fixed
    if normalised != fixed:
        steps.append("line ends normalised to \\n")
    # Unchanged text without an invisible character among its unusual ones: nothing to remove.
    unchanged = normalised is text and _INVISIBLE.search(unusual) is None
    cleaned = normalised if unchanged else _INVISIBLE.sub("", normalised)
    if cleaned != normalised:
        steps.append(f"removed {len(normalised) - len(cleaned)} invisible or control characters")
    return Fixed(cleaned, tuple(steps))


def _has_line_break_to_fix(text: str) -> bool:
    """Some character ``_LINE_BREAKS`` rewrites occurs (``in`` is a fast scan; the regex is not)."""
    return "\r" in text or "\u2028" in text or "\u2029" in text or "\x85" in text


def _needs_ftfy(text: str, unusual: str) -> bool:
    """ftfy's own first test (``badness.is_bad``) or a character only ftfy repairs.

    ``fix_and_explain`` costs several times ``is_bad``; ftfy itself skips encoding repair when
    ``is_bad`` is false, so nothing is lost by asking first. Both character classes lie among
    the ``unusual`` characters (:func:`_unusual`): searched there, a few dozen on most pages,
    and ``is_bad`` runs only when a suspect character is among them.
    """
    return _FTFY_TRIGGERS.search(unusual) is not None or is_bad(text, unusual)


# ASCII's printable characters, tab, newline and carriage return: no class above names one.
_USUAL_ASCII = bytes([9, 10, 13, *range(32, 127)])


def _unusual(text: str) -> str:
    """The text's other characters, in order: ASCII controls and everything beyond ASCII
    (deleting ASCII bytes from UTF-8 leaves whole characters: no byte of a multi-byte
    character is ASCII). bytes.translate is ~5x faster than a regex scan of the text."""
    encoded = text.encode("utf-8", "surrogatepass")
    return encoded.translate(None, _USUAL_ASCII).decode("utf-8", "surrogatepass")


# Every alternative of ftfy's badness regex needs at least one non-ASCII character it names
# (tests/test_fast_paths.py checks this on the regex itself), and no match is longer than
# ``_BADNESS_WIDTH``: a match lies within that distance of a non-ASCII character.
_BADNESS_WIDTH = 8
# Curly quotes, dashes, ellipsis, bullet, guillemets, ©, ®, °, middle dot and no-break space fill
# ordinary news text, and every alternative also needs a non-ASCII character outside this set
# (checked there too): windows open only around such other characters.
PLAIN_PUNCTUATION = "\u2019\u2018\u201c\u201d\u2013\u2014\u2026\u2022\xab\xbb\xa9\xae\xb0\xb7\xa0\u203a\u2039"
# Code points the badness regex never names (Armenian to Myanmar, Vietnamese, CJK, Hangul, emoji...):
# only its catch-alls (\s, \w, .) match them, so they cannot be the character a match needs.
_UNNAMED = "\u0500-\u2012\u25cb-\uf8fe\ufb03-\ufffc\ufffe-\U0010ffff"
_SUSPECT = re.compile("[^\x00-\x7f" + PLAIN_PUNCTUATION + _UNNAMED + "]+")


def is_bad(text: str, unusual: str | None = None) -> bool:
    """Exactly ``ftfy.badness.is_bad(text)``, searching only around non-ASCII characters.

    The badness regex tries a few dozen alternatives at every position (2 ms on a 9 KB page);
    most news text is ASCII with curly quotes and dashes, or in a script the regex never
    names, so only short windows around the other characters need the search.
    ``search(text, lo, hi)`` keeps ``^`` anchored at the real start, as in the full search.
    ``unusual``: :func:`_unusual` of the text, when the caller has it (see :func:`_suspects`).
    """
    search = ftfy.badness.BADNESS_RE.search
    lo = hi = -1
    for first, last in _suspects(text, unusual):
        start, end = first - _BADNESS_WIDTH, last + _BADNESS_WIDTH
        if start > hi:
            if hi >= 0 and search(text, lo, hi):
                return True
            lo = max(start, 0)
        hi = end
    return hi >= 0 and search(text, lo, hi) is not None


_FEW_SUSPECTS = 64


def _suspects(text: str, unusual: str | None) -> Iterable[tuple[int, int]]:
    """Spans of suspect characters, in order: runs from a scan of the text or, when ``unusual``
    shows only a few (a name with an accent on an English page), each one found by ``str.find``,
    several times faster. Windows around neighbouring characters merge as around their run."""
    found = None if unusual is None else "".join(_SUSPECT.findall(unusual))
    if found is None or len(found) > _FEW_SUSPECTS:
        return [run.span() for run in _SUSPECT.finditer(text)]
    positions: list[int] = []
    for char in set(found):
        i = text.find(char)
        while i >= 0:
            positions.append(i)
            i = text.find(char, i + 1)
    return [(i, i + 1) for i in sorted(positions)]
