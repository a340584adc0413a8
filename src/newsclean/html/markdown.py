"""HTML mode's Markdown and tables: trafilatura's structured tree, less what newsclean removed.

trafilatura keeps the article as a small XML tree (``head``, ``p``, ``list``/``item``,
``quote``, ``table``/``row``/``cell``, ``graphic``, ``ref``) and renders it as Markdown itself
(``xmltotxt(..., include_formatting=True)``); newsclean does not convert markup. What newsclean
adds is its line decisions: each leaf block of the tree (a paragraph, heading, list item, table
row) is matched, in order, to the lines of trafilatura's plain text that newsclean labelled,
and a block whose lines were all removed is cut from a copy of the tree before rendering. So
``markdown`` holds what ``text`` holds, with structure. Block quotes, which trafilatura renders
as plain paragraphs, get their ``> `` here. A flat tree (no heading, no list: what
trafilatura's fallback extractors, which pick the article on hard pages, hand back) gets the
page's own structure again: a paragraph that is one of its ``<h1>``-``<h6>`` headings becomes
that heading, a run of paragraphs that are consecutive items of one of its lists that list.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator, Mapping, Sequence
from copy import deepcopy
from functools import partial
from typing import Any

import regex

from newsclean.model import Deferred, Rendering, Table

#: The page's headings (words -> level) and list items (words -> places): :func:`page_elements`.
Elements = tuple[dict[str, int], dict[str, frozenset[int]]]

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
# Paragraphs that are the page's list items become a list from this many in a row.
_MIN_RUN = 2
# The page's heading and list-item tags, opening and closing, in one linear pass. The stdlib
# engine scans it twice as fast as ``regex`` (0.2 ms a ScrapingHub page, not 0.4); written to
# match what ``regex`` matched with IGNORECASE and its ``\s``: the letter classes hold the one
# character ``regex`` folds into one of them (U+0130 into i), ``re``'s ``\s`` less the four
# separators \x1c-\x1f that only ``re`` counts (tests/test_markdown.py compares the two).
_ELEMENT_TAG = re.compile(
    "<(/?)([lL][iI\u0130]|[hH][1-6]|[uU][lL]|[oO][lL])(?=[^\\S\x1c-\x1f]|[/>])[^>]{0,500}>"
)
# Longest element text read (markup included): headings and items are short.
_MAX_ELEMENT_CHARS = 2000
_TAG = regex.compile(r"<[^>]{0,2000}>")


def page_elements(markup: str) -> Elements:
    """The page's ``<h1>``-``<h6>`` headings (each with its level, the first one's for a text
    used twice) and its list items (``<li>``, each with its places in the page's sequence of
    items), as their words run together (the way blocks are compared here). An element counts
    when it closes before another of its kind opens (a list item holding a list is not an
    item's text); every character is read at most once."""
    headings: dict[str, int] = {}
    items: dict[str, frozenset[int]] = {}
    count = 0
    pending: dict[str, re.Match[str]] = {}
    for tag in _ELEMENT_TAG.finditer(markup):
        name = tag.group(2).lower()
        kind = name[0]
        if kind in "uo":  # a list starts or ends: the next item does not follow the last one
            count += 2
            continue
        if not tag.group(1):
            pending[kind] = tag
            continue
        opening = pending.pop(kind, None)
        if opening is None or opening.group(2).lower() != name:
            continue
        if tag.start() - opening.end() > _MAX_ELEMENT_CHARS:
            continue
        key = _markup_words(markup[opening.end() : tag.start()])
        if key and kind == "h":
            headings.setdefault(key, int(name[1]))
        elif key:
            items[key] = items.get(key, frozenset()) | {count}
            count += 1
    return headings, items


def render(body: Any, lines: Sequence[tuple[str, bool]], markup: str = "") -> Rendering:
    """Markdown and tables of trafilatura's ``body`` tree, keeping the blocks whose lines are
    kept. ``lines`` are the plain text's non-blank lines, each with whether it is body. A flat
    tree (no heading, no list: what trafilatura's fallback extractors return) gets the page's
    own headings and lists back from ``markup`` (:func:`page_elements`)."""
    return _render(body, lines, _flat_elements(body, markup))


def render_later(body: Any, lines: Sequence[tuple[str, bool]], markup: str = "") -> Deferred:
    """:func:`render`, made on the first read of ``Document.markdown`` or ``Document.tables``
    (:class:`newsclean.model.Deferred`). A flat tree's page elements are read now: the Document
    then holds trafilatura's article tree and ``lines`` until the first read, not the page's
    markup (ten times the article's size)."""
    return Deferred(partial(_render, body, lines, _flat_elements(body, markup)))


def _flat_elements(body: Any, markup: str) -> Elements | None:
    """The page's elements (:func:`page_elements`) when ``body`` is a flat tree, else None."""
    if markup and body.find(".//head") is None and body.find(".//list") is None:
        return page_elements(markup)
    return None


def _render(body: Any, lines: Sequence[tuple[str, bool]], elements: Elements | None) -> Rendering:
    """:func:`render` with a flat tree's page ``elements`` read already."""
    from trafilatura.xml import xmltotxt

    tree = deepcopy(body)
    if elements is not None:
        headings, items = elements
        _restore_headings(tree, headings)
        _restore_lists(tree, items)
    removed = not all(kept for _, kept in lines)  # else no block goes: spare the matching
    dropped = [leaf for leaf, kept in _decisions(tree, lines) if not kept] if removed else []
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


def _markup_words(fragment: str) -> str:
    """The words of an HTML fragment (its tags dropped, its entities read), run together."""
    return _words(html.unescape(_TAG.sub(" ", fragment)))


def _restore_headings(tree: Any, headings: Mapping[str, int]) -> None:
    """Turn a top-level paragraph whose words are exactly one of the page's headings back into
    that heading (``head`` with its level, as trafilatura writes headings)."""
    for element in tree.iterchildren("p"):
        level = headings.get(_key(element))
        if level is not None:
            element.tag = "head"
            element.set("rend", f"h{level}")


def _restore_lists(tree: Any, items: Mapping[str, frozenset[int]]) -> None:
    """Turn each run of two or more top-level paragraphs that are, word for word, consecutive
    items of the page (one list, in its order) back into a list (trafilatura's fallback
    extractors return items as paragraphs)."""
    run: list[Any] = []
    places: frozenset[int] = frozenset()
    for element in [*tree.iterchildren(), None]:
        found = items.get(_key(element), frozenset()) if element is not None and element.tag == "p" else None
        follows = frozenset(place for place in found or () if place - 1 in places)
        if run and follows:
            run.append(element)
            places = follows
            continue
        if len(run) >= _MIN_RUN:
            _as_list(run)
        run, places = ([element], found) if found else ([], frozenset())


def _as_list(paragraphs: list[Any]) -> None:
    """Put ``paragraphs`` (siblings, in order) into one ``list``, each as an ``item``."""
    import lxml.etree

    first = paragraphs[0]
    wrapper = lxml.etree.Element("list")
    first.addprevious(wrapper)
    for paragraph in paragraphs:
        paragraph.tag = "item"
        wrapper.append(paragraph)


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
