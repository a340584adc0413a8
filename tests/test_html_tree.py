"""The page parsed once for trafilatura and for the visible text (newsclean.html.tree): the tree
must be the one trafilatura builds itself, and the visible text read from it the one newsclean's
own parse gives."""

from __future__ import annotations

from pathlib import Path

import lxml.etree
import pytest
import trafilatura
from hypothesis import example, given
from hypothesis import strategies as st
from trafilatura.utils import load_html

from newsclean.html.extract import extract, visible_text
from newsclean.html.tree import REPAIR_WINDOW, repaired_markup, trafilatura_tree

PAGE = (Path(__file__).parent.parent / "fixtures" / "html" / "structured.html").read_text(encoding="utf-8")

_TAGS = ["p", "div", "span", "br", "td", "tr", "table", "li", "ul", "a", "b", "h1", "section", "form"]
_TAGS += ["input", "label", "select", "textarea", "script", "style", "html", "body", "head", "title", "meta"]
_TOKENS = st.one_of(
    st.sampled_from(_TAGS).map(lambda tag: f"<{tag}>"),
    st.sampled_from(_TAGS).map(lambda tag: f"</{tag}>"),
    st.sampled_from(["<!-- note -->", "<?php echo 1 ?>", "<!DOCTYPE html>\n", "<html/>\n", "&amp;", "\n"]),
    st.text(alphabet=st.sampled_from("ab é\n\r\t\x01\x08\x0b\x0c\x1c\xa0\ufffe<>&"), max_size=6),
)
_PAGES = [
    PAGE,
    "<!DOCTYPE html>\n<html><body><p>Doctype on the first line, cut by trafilatura</p></body></html>",
    '<html lang="en"/>\n<body><p>A self-closing html tag</p></body>',
    "<div><p>A fragment</p><p>without a head</p></div>",
    "<p>One paragraph alone</p>",
    "no markup at all, just words",
    '<?xml version="1.0" encoding="utf-8"?><html><body><p>declared encoding</p></body></html>',
    "<form><label>Name</label><input value='x'><select><option>a</option></select></form><p>text</p>",
]


def _serialised(tree: object) -> bytes | None:
    return None if tree is None else lxml.etree.tostring(tree, encoding="utf-8")


@given(st.lists(_TOKENS, max_size=40).map("".join))
@example(PAGE)
def test_the_tree_is_trafilaturas_own(markup: str) -> None:
    """Same elements, attributes, text and tails as ``load_html`` (trafilatura's reading)."""
    if markup.strip():
        assert _serialised(trafilatura_tree(markup).tree) == _serialised(load_html(markup))


def test_the_tree_is_trafilaturas_own_on_pages() -> None:
    for markup in _PAGES:
        assert _serialised(trafilatura_tree(markup).tree) == _serialised(load_html(markup)), markup


def _visible_from_trafilaturas_tree(markup: str) -> str:
    """The visible text as HTML mode reads it: from trafilatura's tree when it holds the
    page's text, after trafilatura extracted from it."""
    parsed = trafilatura_tree(markup)
    if parsed.tree is not None:
        trafilatura.bare_extraction(parsed.tree)  # it reads a copy: the tree is left as it was
    return visible_text(markup, parsed.tree if parsed.same_text else None)


@given(st.lists(_TOKENS, max_size=40).map("".join))
@example("<p>a list item\x08</p><p>b</p>")  # trafilatura deletes the backspace
@example("<!DOCTYPE html>\n<div>a<!-- -->b<?pi x?>c</div>")
@example('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN" "x.dtd">\n<p>a</p>')
def test_visible_text_from_trafilaturas_tree(markup: str) -> None:
    """Read from the tree trafilatura extracted from, the visible text is the page's own."""
    if markup.strip():
        assert _visible_from_trafilaturas_tree(markup) == visible_text(markup)


def test_visible_text_from_trafilaturas_tree_on_pages() -> None:
    for markup in _PAGES:
        assert _visible_from_trafilaturas_tree(markup) == visible_text(markup), markup


def test_a_repair_that_changes_text_is_told() -> None:
    """A control character deleted, a self-closing ``<html/>`` rewritten: not the page's text;
    a doctype cut from the first line: the same text."""
    assert not trafilatura_tree("<html><body><p>a\x08b</p></body></html>").same_text
    assert not trafilatura_tree('<html lang="en"/>\n<body><p>a</p></body>').same_text
    xhtml = '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN" "x.dtd">\n<html><body><p>a</p></body></html>'
    assert trafilatura_tree(xhtml).same_text
    assert trafilatura_tree("<html><body><p>tab\tline\nreturn\r é</p></body></html>").same_text
    assert not trafilatura_tree('<?xml version="1.0" encoding="utf-8"?><html><p>a</p></html>').same_text


def _extraction(markup: str, tree: object | None = None) -> tuple[object, ...] | None:
    found = extract(markup, None, tree=tree)
    if found is None:
        return None
    return (
        found.text,
        found.metadata,
        found.comments,
        _serialised(found.body),
        _serialised(found.comments_body),
    )


def test_extraction_from_the_tree_is_the_extraction_from_the_markup() -> None:
    for markup in _PAGES:
        assert _extraction(markup, trafilatura_tree(markup).tree) == _extraction(markup), markup


_REPAIR_PIECES = st.sampled_from(
    [
        "<!DOCTYPE html>",
        "<!doctype html PUBLIC '-//W3C//DTD/x'>",
        "<html",
        ' lang="en"',
        "/>",
        ">",
        "\n",
        "\u2028",
        "\x85",
        "\r",
        "\t",
        "a",
        "é",
        "<p>",
        "\x08",
        "\ufffe",
        "x" * 1500,
    ]
)


@given(st.lists(_REPAIR_PIECES, max_size=30))
@example(
    ["<!DOCTYPE html>", "\n", "<html", "/>", "\n", "x" * 1500, "x" * 1500, "x" * 1500, "\n", "<html", "/>"]
)
@example(["x" * 1500, "x" * 1500, "x" * 1500, "\n"])
@example(["<p>", *["x" * 1500] * 3, "\n", "\ufffe"])  # a deleted character past the first lines
def test_the_repair_on_the_first_lines_is_trafilaturas_on_the_page(pieces: list[str]) -> None:
    from trafilatura.utils import repair_faulty_html

    markup = "".join(pieces)
    beginning = markup[:50].lower()
    assert repaired_markup(markup, beginning) == repair_faulty_html(markup, beginning)


@pytest.mark.parametrize("markup", _PAGES)
def test_the_test_pages_repair_as_trafilatura_repairs_them(markup: str) -> None:
    from trafilatura.utils import repair_faulty_html

    for page in (markup, markup + "\n" * 3 + "<p>" + "x" * REPAIR_WINDOW + "</p>\n" * 3):
        beginning = page[:50].lower()
        assert repaired_markup(page, beginning) == repair_faulty_html(page, beginning)
