"""Text mode's Markdown: the body lines with the structure their shape shows.

Plain text carries no markup, so only two things are marked, both where the lines themselves
say so: list items (a run of two or more body lines that open with a bullet or a number, as
"- ", "• ", "1. " or "2) ") and headings (a short body line without closing punctuation, right
above a paragraph of prose). Everything else is a paragraph. Nothing here changes which lines
are body: the Markdown holds the same lines as ``Document.text``, in the same order.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from newsclean.labels import Label
from newsclean.text.features import LineFeatures

_BULLET = regex.compile(r"^(?:[-*•·▪●◦‣–—]|\d{1,3}[.)])\s+(?=\S)")
_ORDERED = regex.compile(r"^(\d{1,3})[.)]\s+")
_HEADING_MAX_WORDS = 12
# The paragraph under a heading: prose, at least this many words.
_PROSE_MIN_WORDS = 12
_NO_HEADING_END = (".", ",", ";", ":", "!", "?", "…", "|", "-", "—")


def text_markdown(features: Sequence[LineFeatures], labels: Sequence[Label]) -> str:
    """The body lines as Markdown: list runs as lists, headings over prose as ``##``, the rest
    as paragraphs (one blank line between blocks)."""
    body = [f for f, label in zip(features, labels, strict=True) if label is Label.BODY and not f.blank]
    items = _list_items(body)
    blocks: list[str] = []
    for k, f in enumerate(body):
        if k in items:
            item = _ORDERED.sub(r"\1. ", f.text, count=1)
            item = item if _ORDERED.match(item) else _BULLET.sub("- ", f.text, count=1)
            if k - 1 in items:
                blocks[-1] += "\n" + item
            else:
                blocks.append(item)
        elif _is_heading(f, body[k + 1] if k + 1 < len(body) else None):
            blocks.append("## " + f.text)
        else:
            blocks.append(f.text)
    return "\n\n".join(blocks)


def _list_items(body: Sequence[LineFeatures]) -> set[int]:
    """Indexes of the lines in runs of two or more bulleted or numbered lines."""
    marked = [_BULLET.match(f.text) is not None for f in body]
    return {
        k
        for k, is_item in enumerate(marked)
        if is_item and ((k > 0 and marked[k - 1]) or (k + 1 < len(marked) and marked[k + 1]))
    }


def _is_heading(line: LineFeatures, following: LineFeatures | None) -> bool:
    """A short line that does not end like a sentence, over a paragraph of prose."""
    return (
        following is not None
        and 0 < line.words <= _HEADING_MAX_WORDS
        and not line.text.endswith(_NO_HEADING_END)
        and following.words >= max(_PROSE_MIN_WORDS, 2 * line.words)
        and following.terminal
    )
