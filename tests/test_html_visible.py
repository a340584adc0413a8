"""HTML mode's page reading: the visible text, the visible head around the title, and what a
page declares itself to be."""

from __future__ import annotations

import unicodedata

import lxml.etree
import lxml.html
from hypothesis import example, given
from hypothesis import strategies as st

from newsclean.html.extract import declares_article, declares_product, visible_text
from newsclean.html.headline import _QUOTES as QUOTES
from newsclean.html.headline import norm_text
from newsclean.html.visible import head_window

_BLOCKS = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 "  # noqa: SIM905
    "header hr li main nav ol p pre section table td th tr ul".split()
)


def walked_text(markup: str) -> str:
    """The visible text as an element-by-element walk reads it: the definition
    :func:`visible_text` must keep (a line break at each block element's start and end; the
    text of scripts, styles, ``<noscript>`` and ``<template>`` left out; comments and
    processing instructions go, the text after them stays)."""
    try:
        root = lxml.html.document_fromstring(markup)
    except (lxml.etree.ParserError, ValueError):
        return ""
    lxml.etree.strip_elements(root, "script", "style", "noscript", "template", with_tail=False)
    # the walk visits no comment, so their tails are moved onto the text around them first
    lxml.etree.strip_elements(root, lxml.etree.Comment, lxml.etree.ProcessingInstruction, with_tail=False)
    parts: list[str] = []
    for event, element in lxml.etree.iterwalk(root, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in _BLOCKS:
            parts.append("\n")
        if event == "start" and element.text:
            parts.append(element.text)
        elif event == "end" and element.tail:
            parts.append(element.tail)
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


_TAGS = ["p", "div", "span", "br", "td", "tr", "table", "li", "ul", "a", "b", "h1", "section", "svg", "o:p"]
_TAGS += ["script", "style", "noscript", "template", "html", "body", "head", "title", "meta"]
_TOKENS = st.one_of(
    st.sampled_from(_TAGS).map(lambda tag: f"<{tag}>"),
    st.sampled_from(_TAGS).map(lambda tag: f"</{tag}>"),
    st.sampled_from(["<!-- note -->", "<!---->", "<?php echo 1 ?>", "<!DOCTYPE html>", "&amp;", "&nbsp;"]),
    # spaces str.split knows, control characters lxml keeps from a page but takes no more
    st.text(alphabet=st.sampled_from("ab é\n\r\t\x01\x0b\x0c\x1c\x85\xa0\u2028\u3000\ufffe<>&"), max_size=6),
)


@given(st.lists(_TOKENS, max_size=40).map("".join))
@example("<p>Updated: <!-- -->18 Nov 2019</p>")  # React's separator between two text nodes
@example("<div>a<?pi x?>b</div><script>x</script>after")
@example("<div><p>a</p>b\x01c<p>d\x0ce</p></div>f")  # text lxml keeps but takes no more
@example("")
@example("<html>a</html>b")
@example("<div>" * 300 + "deep")
def test_visible_text_reads_as_the_element_walk(markup: str) -> None:
    assert visible_text(markup) == walked_text(markup)


def test_visible_text_keeps_the_text_after_a_comment() -> None:
    """React separates text nodes with ``<!-- -->``: the date after one is the byline's."""
    markup = "<div><p>By Ann Lee</p><p>Updated: <!-- -->18 Nov 2019<?pi x?> 10:00</p></div>"
    assert visible_text(markup).splitlines() == ["By Ann Lee", "Updated: 18 Nov 2019 10:00"]


def test_visible_text_one_line_per_block_without_scripts() -> None:
    markup = (
        "<html><head><title>T</title><style>p{}</style></head><body><nav><a>Home</a> <a>News</a></nav>"
        "<h1>Big  news</h1><p>First <b>bold</b> line.</p><script>var x;</script><ul><li>one</li>"
        "<li>two</li></ul><table><tr><td>a</td><td>b</td></tr></table></body></html>"
    )
    lines = ["T", "Home News", "Big news", "First bold line.", "one", "two", "a", "b"]
    assert visible_text(markup).splitlines() == lines


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_norm_text_never_lengthens_ascii(text: str) -> None:
    """:func:`head_window` skips ASCII lines shorter than the title on this property."""
    assert len(norm_text(text)) <= len(text)


def test_head_window_finds_the_title_line() -> None:
    lines = ["Menu", "Sport", "Big News  Today", "By Jane Doe", "Body"]
    assert head_window(lines, "big news today").splitlines() == lines
    assert head_window(lines, "Other title") == ""


def test_head_window_finds_a_title_printed_shorter_than_it_reads() -> None:
    """A line shorter than the title that normalises to it (a ligature, "ﬁ" -> "fi") is found:
    only ASCII lines are skipped by length."""
    lines = ["Home", "The ﬁnal word", "By Jane Doe"]
    assert head_window(lines, "The final word") == "\n".join(lines)


_FORMS = {
    "og:type, property first": '<meta property="og:type" content="article">',
    "og:type, content first": "<meta content='Article' property='og:type'>",
    "JSON-LD": '<script type="application/ld+json">{"@type": ["BlogPosting"]}</script>',
}


def test_each_form_of_article_declaration_counts() -> None:
    for form, markup in _FORMS.items():
        assert declares_article(f"<html><head>{markup}</head></html>"), form
    assert not declares_article('<meta property="og:type" content="website"><p>"@type": "Person"</p>')


def test_each_form_of_product_declaration_counts() -> None:
    forms = [
        '{"@type": "Product"}',
        '<div itemscope itemtype="https://schema.org/Product">',
        '<meta property="og:type" content="product">',
    ]
    for markup in forms:
        assert declares_product(f"<html><body>{markup}</body></html>"), markup
    assert not declares_product("<p>Our products</p>")


@given(st.text(alphabet=st.characters(max_codepoint=127)))
@example("Big\tNews\x1c  TODAY\x0b")
def test_norm_text_of_ascii_is_the_full_normal_form(text: str) -> None:
    """The ASCII shortcut of :func:`norm_text` gives what NFKC, case folding and the quote
    table give."""
    full = " ".join(unicodedata.normalize("NFKC", text).casefold().translate(QUOTES).split())
    assert norm_text(text) == full
