"""The whole page's account in HTML mode: trafilatura's lines, and the lines it left out.

trafilatura drops most of a page (menus, footers, sidebars) before newsclean's rules see
anything. With ``CleanConfig(page_account=True)`` (what ``newsclean explain`` uses on HTML),
``Document.lines`` covers the page's whole visible text: the lines trafilatura kept carry the
labels and rules newsclean gave them, and every visible line it left out is labelled by the
element it sits in (``<nav>``, ``<footer>``, ``<aside>``, a comment or share box...) with the
rule ``html.dom``. Off by default: it parses the page a second time (about an eighth of
trafilatura's time). ``Document.text`` is the same either way.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from difflib import SequenceMatcher

import regex

from newsclean.html.tree import page_tree
from newsclean.labels import Label
from newsclean.model import Document, LineSource

#: The rule name of the lines trafilatura left out.
DOM_RULE = "html.dom"

_BLOCK_TAGS = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 "  # noqa: SIM905
    "header hr li main nav ol p pre section table tr ul".split()
)
# A table row is one line, as trafilatura writes it ("| a | b |"): cells are spaced, not split.
_CELL_TAGS = frozenset({"td", "th"})
_TAG_LABELS = {
    "nav": Label.NAVIGATION,
    "header": Label.NAVIGATION,
    "footer": Label.NAVIGATION,
    "menu": Label.NAVIGATION,
    "form": Label.NAVIGATION,
    "aside": Label.RELATED,
}
# class/id words, first match wins: the box's own name says what it holds.
_NAMED_LABELS = (
    (regex.compile(r"comment|disqus|repl(?:y|ies)|respon[sd]", regex.I), Label.COMMENTS),
    (regex.compile(r"cookie|consent|gdpr", regex.I), Label.NOISE),
    (regex.compile(r"newsletter|subscri|signup|sign-up|paywall", regex.I), Label.SUBSCRIBE),
    (regex.compile(r"(?<![a-z])ads?(?![a-z])|advert|sponsor|promo", regex.I), Label.AD),
    (regex.compile(r"related|recommend|more-stories|read-more|trending|popular", regex.I), Label.RELATED),
    (regex.compile(r"copyright|legal", regex.I), Label.COPYRIGHT),
    (
        regex.compile(r"share|social|breadcrumb|menu|nav|sidebar|footer|header|masthead", regex.I),
        Label.NAVIGATION,
    ),
)
_WORD = regex.compile(r"\w+")


def with_page_account(doc: Document, markup: str) -> Document:
    """``doc`` with ``lines`` and ``fixed_text`` over the page's whole visible text."""
    kept = [
        (line.text, line.label, line.rule, line.reason) for line in doc.lines if line.label is not Label.BLANK
    ]
    merged = merge(kept, list(dom_lines(markup)))
    texts = [line[0] for line in merged]
    starts, at = [], 0
    for text in texts:
        starts.append(at)
        at += len(text) + 1
    source = LineSource(
        texts,
        starts,
        [line[1] for line in merged],
        [line[2] for line in merged],
        [line[3] for line in merged],
    )
    return replace(doc, lines=source, fixed_text="\n".join(texts))


AccountLine = tuple[str, Label, str, str]  # text, label, rule, reason


def merge(extracted: Sequence[AccountLine], page: Sequence[tuple[str, Label, str]]) -> list[AccountLine]:
    """Page order: each run of extracted lines where it matches the page's lines, page lines
    that match none as ``html.dom`` lines with their element's label and why."""
    a = [_key(line[0]) for line in page]
    b = [_key(line[0]) for line in extracted]
    out: list[AccountLine] = []
    i = j = 0
    for block in SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks():
        out.extend((text, label, DOM_RULE, why) for text, label, why in page[i : block.a])
        out.extend(extracted[j : block.b + block.size])
        i, j = block.a + block.size, block.b + block.size
    return out


def dom_lines(markup: str) -> Iterator[tuple[str, Label, str]]:
    """The page's visible lines (one per block element), each with the label of the innermost
    element around it that says what it is (``<nav>``, a "comments" box...), else ``noise``,
    and the reason naming that element."""
    import lxml.etree

    root = page_tree(markup)
    if root is None:
        return
    lxml.etree.strip_elements(root, "head", "script", "style", "noscript", "template", with_tail=False)
    outside: Where = (Label.NOISE, _OUTSIDE)
    stack = [outside]
    line: list[str] = []
    where = outside
    for event, element in lxml.etree.iterwalk(root, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in _BLOCK_TAGS and line:
            yield from _emit(line, where)
            line = []
        if event == "start":
            stack.append(_where(element, tag) or stack[-1])
            if tag in _CELL_TAGS:
                line.append(" ")
            where = _add(line, element.text, where, stack[-1])
        else:
            stack.pop()
            where = _add(line, element.tail, where, stack[-1])
    yield from _emit(line, where)


Where = tuple[Label, str]  # a line's label and the reason naming its element
_OUTSIDE = "trafilatura left it out of the article"


def _add(line: list[str], text: str | None, where: Where, context: Where) -> Where:
    """Append ``text`` to the line; the line takes the label of where its first word is."""
    if not text:
        return where
    if not "".join(line).strip() and text.strip():
        where = context
    line.append(text)
    return where


def _emit(parts: list[str], where: Where) -> Iterator[tuple[str, Label, str]]:
    text = " ".join("".join(parts).split())
    if text:
        yield text, where[0], where[1]


def _where(element: object, tag: str) -> Where | None:
    if tag in _TAG_LABELS:
        return _TAG_LABELS[tag], f"{_OUTSIDE}, inside <{tag}>"
    get = getattr(element, "get", None)
    names = f"{get('class') or ''} {get('id') or ''}" if get else ""
    if names.strip():
        for pattern, label in _NAMED_LABELS:
            found = pattern.search(names)
            if found:
                return label, f'{_OUTSIDE}, inside <{tag} class/id "{found.group()}...">'
    return None


def _key(text: str) -> str:
    return " ".join(_WORD.findall(text.casefold()))
