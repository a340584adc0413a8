"""HTML mode's Markdown and tables: trafilatura's structured tree, less what newsclean removed.

trafilatura keeps the article as a small XML tree (``head``, ``p``, ``list``/``item``,
``quote``, ``table``/``row``/``cell``, ``graphic``, ``ref``) and renders it as Markdown itself
(``xmltotxt(..., include_formatting=True)``); newsclean does not convert markup. What newsclean
adds is its line decisions: each leaf block of the tree (a paragraph, heading, list item, table
row) is matched, in order, to the lines of trafilatura's plain text that newsclean labelled,
and a block whose lines were all removed is cut from a copy of the tree before rendering. So
``markdown`` holds what ``text`` holds, with structure. Block quotes, which trafilatura renders
as plain paragraphs, get their ``> `` here.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from copy import deepcopy
from typing import Any

import regex

from newsclean.model import Table

# Elements that trafilatura's plain text puts on lines of their own.
_LINE_TAGS = frozenset({"head", "p", "item", "row", "quote", "code"})
_CONTAINERS = ("list", "table", "quote", "item")
_WORD = regex.compile(r"\w+")
# How far ahead a block may find its first line when the two texts drifted apart.
_RESYNC_LINES = 4
# Put before each quoted paragraph and turned into "> " after rendering (trafilatura's renderer
# drops private-use and control characters, so the mark is made of letters).
_QUOTE_MARK = "Qnewscleanquote7f3a"
_BLANK_RUNS = regex.compile(r"\n{3,}")


def render(body: Any, lines: Sequence[tuple[str, bool]]) -> tuple[str, tuple[Table, ...]]:
    """Markdown and tables of trafilatura's ``body`` tree, keeping the blocks whose lines are
    kept. ``lines`` are the plain text's non-blank lines, each with whether it is body."""
    from trafilatura.xml import xmltotxt

    tree = deepcopy(body)
    dropped = [leaf for leaf, kept in _decisions(tree, lines) if not kept]
    for leaf in dropped:
        _remove(leaf)
    for container in _CONTAINERS:
        for element in list(tree.iter(container)):
            if element.getparent() is not None and not _key(element) and not len(element.xpath(".//graphic")):
                _remove(element)
    tables = tuple(_table(table) for table in tree.iter("table"))
    for quote in tree.iter("quote"):
        for leaf in _leaves(quote):
            leaf.text = _QUOTE_MARK + (leaf.text or "")
    text = xmltotxt(tree, True)
    out = [line.rstrip().replace(_QUOTE_MARK, "> ") for line in text.split("\n")]
    return _BLANK_RUNS.sub("\n\n", "\n".join(out)).strip(), tuple(t for t in tables if t)


def _decisions(tree: Any, lines: Sequence[tuple[str, bool]]) -> Iterator[tuple[Any, bool]]:
    """Each leaf block with whether newsclean kept its text.

    Blocks and lines are compared as their words run together (inline markup may split a
    word in the tree); a block takes the following lines while their words are a prefix of
    what is left of its own. A block whose text matches no line is kept.
    """
    keys = [(_words(text), kept) for text, kept in lines]
    keys = [(key, kept) for key, kept in keys if key]
    j = 0
    for leaf in _leaves(tree):
        rest = _key(leaf)
        if not rest:
            continue
        start = next(
            (k for k in range(j, min(j + _RESYNC_LINES, len(keys))) if _overlaps(rest, keys[k][0])), None
        )
        if start is None:
            yield leaf, True
            continue
        j, verdicts = start, []
        while j < len(keys) and rest and _overlaps(rest, keys[j][0]):
            line = keys[j][0]
            verdicts.append(keys[j][1])
            rest = rest[len(line) :] if rest.startswith(line) else ""
            j += 1
        yield leaf, any(verdicts)


def _overlaps(block: str, line: str) -> bool:
    return block.startswith(line) or line.startswith(block)


def _leaves(tree: Any) -> Iterator[Any]:
    """Line-making elements with no line-making element inside, in document order."""
    for element in tree.iter(*_LINE_TAGS):
        if not any(child.tag in _LINE_TAGS for child in element.iterdescendants()):
            yield element


def _key(element: Any) -> str:
    return _words(" ".join(element.itertext()))


def _words(text: str) -> str:
    return "".join(_WORD.findall(text.casefold()))


def _remove(element: Any) -> None:
    """Cut ``element`` out of its tree, keeping the text that follows it (its tail)."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    previous = element.getprevious()
    if tail and tail.strip():
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)


def _table(table: Any) -> Table:
    """Rows of cell texts (whitespace collapsed), rows without cells left out."""
    rows = []
    for row in table.iter("row"):
        cells = tuple(" ".join(" ".join(cell.itertext()).split()) for cell in row.findall("cell"))
        if cells:
            rows.append(cells)
    return tuple(rows)
