"""noise.not_text: input that is not language at all (random bytes, base64, hex dumps, minified
code) is not an article: every line goes, the document says why and claims no language."""

from __future__ import annotations

from collections.abc import Iterable

from newsclean.analysis.page import Page
from newsclean.engine.context import Claim, Context
from newsclean.engine.ruler import rule
from newsclean.labels import Label
from newsclean.text.wordiness import wordiness

#: Junk's share of the counted characters from which a page is not text. Real pages of the
#: bench (news, forum threads with tracebacks, docs with code, Japanese with markup) stay
#: under 0.5; random bytes, base64, hex dumps and minified JS/CSS score 0.83 and more.
JUNK_SHARE = 0.75
#: Fewer counted characters than this are too little to judge (a one-line input stays text).
MIN_CHARS = 100
#: A page whose characters are mostly letters in tokens of ordinary length is plainly text:
#: the token count is skipped (a few additions over the line features already measured).
_PLAIN_LETTERS = 0.6
_PLAIN_CHARS_PER_TOKEN = 12
#: What the document's warnings say when the rule fired.
WARNING = (
    "not text: the input is not language (random bytes, base64, a hex dump or minified code?); "
    "nothing was kept (rule noise.not_text)"
)


def junk_share(page: Page) -> float:
    """The share of the page's counted characters outside word-like tokens (0.0 when the page
    is plainly text, or too short to judge)."""
    feats = page.features
    chars = sum(f.chars for f in feats)
    tokens = sum(len(line.split()) for line in page.lines)
    letters = sum(f.letters for f in feats)
    if letters >= _PLAIN_LETTERS * chars and chars <= _PLAIN_CHARS_PER_TOKEN * tokens:
        return 0.0
    counted = wordiness(page.lines)
    return 0.0 if counted.words + counted.junk < MIN_CHARS else counted.junk_share


@rule("noise.not_text", Label.NOISE, presets=("default", "conservative"))
def not_text(ctx: Context) -> Iterable[Claim]:
    """What it removes: every line of an input that is not language: random bytes decoded as
    text, base64, hex dumps, minified JavaScript or CSS.

    Why: any written language, in any script, is mostly words: runs of letters a few to a few
    dozen characters long between spaces (or longer runs in scripts written without spaces).
    When three quarters of the characters (numbers, dates and links left out) sit in tokens
    that are not word-like (long runs without spaces, more digits and symbols than letters),
    there is no article to find, and guessing one would hand noise to a corpus with a language
    attached. The document gets an empty body, no language and a warning.
    Example: ``SGVsbG8gd29ybGQhIFRoaXMgaXMgYmFzZTY0...``, ``00000010: 4865 6c6c 6f20``,
    ``function(a,b){return a.call(b)}var c=...``.
    Keeps: every real page: a forum post with a traceback, a docs page with code, a table of
    scores, Japanese or Chinese text with markup in it, a page of one short paragraph.
    """
    share = junk_share(ctx.page)
    if share < JUNK_SHARE:
        return ()
    why = (
        f"the input is not language: {share:.0%} of its characters are in tokens that are not "
        "words (no spaces, or more digits and symbols than letters)"
    )
    return [(i, why) for i, f in enumerate(ctx.page.features) if f.chars]
