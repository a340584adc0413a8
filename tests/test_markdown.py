"""Document.markdown, tables and comments: one test per element, on a page of the kind the bench
holds (fixtures/html/structured.html: header, article with headings, lists, quote, table, image,
a newsletter prompt, a comment section, footer) and on plain text."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import newsclean
from newsclean import CleanConfig

PAGE = (Path(__file__).parent.parent / "fixtures" / "html" / "structured.html").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def doc() -> newsclean.Document:
    return newsclean.clean(PAGE, format="html")


def blocks(markdown: str) -> list[str]:
    return [block for block in markdown.split("\n\n") if block]


def test_headings_are_marked(doc: newsclean.Document) -> None:
    lines = doc.markdown.splitlines()
    assert "## What the engineers proposed" in lines
    assert "## What it cost" in lines


def test_paragraphs_are_blocks_of_their_own(doc: newsclean.Document) -> None:
    paragraph = next(line for line in doc.text.splitlines() if line.startswith("The plan they returned"))
    assert paragraph in blocks(doc.markdown)


def test_unordered_list(doc: newsclean.Document) -> None:
    assert (
        "- Rebuild the northern section with granite blocks from the old quarry\n"
        "- Raise the promenade by half a metre along the whole front\n"
        "- Add two sluice gates where the river meets the harbour"
    ) in blocks(doc.markdown)


def test_ordered_list_keeps_its_numbers(doc: newsclean.Document) -> None:
    assert "1. Survey the foundations of the harbour wall first" in doc.markdown.splitlines()
    assert "2. Order the granite blocks before the spring" in doc.markdown.splitlines()


def test_block_quote(doc: newsclean.Document) -> None:
    quoted = [line for line in doc.markdown.splitlines() if line.startswith("> ")]
    assert quoted == [
        "> We wanted something our grandchildren would never have to think about, "
        "said the harbour master at the first public meeting."
    ]


def test_table_github_style_and_as_data(doc: newsclean.Document) -> None:
    assert (
        "| Section | Length | Cost |\n|---|---|---|\n| Northern wall | 420 m | 2.1 million |\n"
        "| Promenade | 1.3 km | 0.8 million |"
    ) in blocks(doc.markdown)
    assert doc.tables == (
        (
            ("Section", "Length", "Cost"),
            ("Northern wall", "420 m", "2.1 million"),
            ("Promenade", "1.3 km", "0.8 million"),
        ),
    )


def test_removed_lines_stay_out_of_markdown(doc: newsclean.Document) -> None:
    """The newsletter prompt is removed by subscribe.prompt: gone from text and markdown alike."""
    assert any("newsletter" in line.text and not line.kept for line in doc.lines)
    assert "newsletter" not in doc.text
    assert "newsletter" not in doc.markdown
    assert "Home" not in doc.markdown and "All rights reserved" not in doc.markdown


def test_markdown_holds_the_words_of_text(doc: newsclean.Document) -> None:
    def words(s: str) -> list[str]:
        return [w for w in s.replace("|", " ").split() if w.strip("-#>.0123456789")]

    assert sorted(words(doc.text)) == sorted(words(doc.markdown))


def test_links_and_images_only_on_request(doc: newsclean.Document) -> None:
    assert "](" not in doc.markdown
    rich = newsclean.clean(PAGE, format="html", config=CleanConfig(include_links=True, include_images=True))
    assert "[our storm coverage](https://example.org/storms)" in rich.markdown
    assert "![The new sea wall at high tide](https://example.org/wall.jpg)" in rich.markdown
    assert rich.text == doc.text


def test_html_comments_apart_from_the_body(doc: newsclean.Document) -> None:
    assert [(c.author, c.date) for c in doc.comments] == [
        ("Mary Jones", "12 November 2024 at 09:14"),
        ("Tom Baker", "13 November 2024 at 18:02"),
    ]
    assert doc.comments[0].text.startswith("Walked the new promenade")
    assert "promenade on Sunday" not in doc.text and "promenade on Sunday" not in doc.markdown


def test_to_dict_carries_the_new_fields(doc: newsclean.Document) -> None:
    out = doc.to_dict(lines=False)
    assert out["markdown"] == doc.markdown
    assert out["tables"][0][0] == ["Section", "Length", "Cost"]
    second = {"author": "Tom Baker", "date": "13 November 2024 at 18:02", "text": doc.comments[1].text}
    assert out["comments"][1] == second


TEXT_PAGE = """Council keeps the old bridge open

The city council voted on Monday to keep the old river bridge open for another ten years, the mayor said.

What happens next

Engineers told the council that the steel frame is sound, although the deck needs new paving this year.
The works will come in three steps:
• new paving on the deck
• fresh paint on the railings
• a new lamp at each end
Residents on both banks had campaigned for months, collecting four thousand signatures for the bridge.
"""


def test_text_mode_list_items() -> None:
    doc = newsclean.clean(TEXT_PAGE, format="text")
    assert "- new paving on the deck\n- fresh paint on the railings\n- a new lamp at each end" in doc.markdown


def test_text_mode_heading_over_prose() -> None:
    doc = newsclean.clean(TEXT_PAGE, format="text")
    assert "## What happens next" in doc.markdown.splitlines()
    assert "## The works will come in three steps:" not in doc.markdown


def test_text_mode_comments_grouped_with_author_and_date() -> None:
    body = "\n".join(
        "The city council voted on Monday to keep the old river bridge open for another ten years, "
        f"said the mayor in paragraph {n} of the story."
        for n in range(6)
    )
    page = (
        f"Council keeps the old bridge open\n\n{body}\n\nComments\n\n"
        "Mary Jones\n12 November 2024 at 09:14\nWalked the new promenade on Sunday and it looks wonderful.\n"
        "Tom Baker\n13 November 2024 at 18:02\nShame it took three storms before anyone listened.\n"
    )
    doc = newsclean.clean(page, format="text")
    assert [(c.author, c.date, c.text) for c in doc.comments] == [
        (
            "Mary Jones",
            "12 November 2024 at 09:14",
            "Walked the new promenade on Sunday and it looks wonderful.",
        ),
        ("Tom Baker", "13 November 2024 at 18:02", "Shame it took three storms before anyone listened."),
    ]
    assert "promenade" not in doc.text


def test_page_account_covers_what_trafilatura_left_out(doc: newsclean.Document) -> None:
    full = newsclean.clean(PAGE, format="html", config=CleanConfig(page_account=True))
    assert full.text == doc.text
    dom = {line.text: line.label.value for line in full.lines if line.rule == "html.dom"}
    assert dom["Home News Sport"] == "navigation"
    assert dom["© 2024 Coast Courier. All rights reserved."] == "navigation"
    assert all(full.fixed_text[line.start : line.end] == line.text for line in full.lines)
    page_words = set(" ".join(line.text for line in full.lines).split())
    assert {"Contact", "Home", "Sport", "granite"} <= page_words
    assert full.removed_counts()["navigation"] >= 3


def test_a_discussion_keeps_its_replies_in_the_body(doc: newsclean.Document) -> None:
    """A page that declares itself a forum thread: what trafilatura sets apart as comments is the
    thread's replies, so they are body and ``comments`` is empty."""
    ld = '<script type="application/ld+json">{"@type": "DiscussionForumPosting", "headline": "x"}</script>'
    thread = newsclean.clean(PAGE.replace("</head>", ld + "</head>"), format="html")
    assert "promenade on Sunday" in thread.text
    assert thread.comments == ()
    assert "promenade on Sunday" not in doc.text


# trafilatura's tree as its fallback extractors (readability-lxml, jusText) return it: the
# page's headings and list items come back as paragraphs.
FLAT_TREE = (
    "<body><p>The council met on Monday to vote on the harbour wall and its repairs.</p>"
    "<p>What it cost</p><p>The works cost four million over the three years of the plan.</p>"
    "<p>Granite blocks from the old quarry</p><p>A promenade raised by half a metre</p>"
    "<p>Work starts in April.</p></body>"
)
FLAT_PAGE = (
    '<html><body><article><p>The council met on Monday ...</p><h2 class="wp-block-heading">What it'
    " <em>cost</em></h2><p>The works ...</p><ul><li>Granite blocks from the old quarry</li>"
    "<li>A promenade raised by half a metre</li></ul><p>Work starts in April.</p></article>"
    "<nav><ul><li>Work starts in April.</li></ul></nav></body></html>"
)


def test_fallback_paragraphs_become_the_pages_headings_and_lists_again() -> None:
    import lxml.etree

    from newsclean.html.markdown import render

    tree = lxml.etree.fromstring(FLAT_TREE)
    lines = [(" ".join(p.itertext()), True) for p in tree]
    markdown, _ = render(tree, lines, FLAT_PAGE)
    assert blocks(markdown) == [
        "The council met on Monday to vote on the harbour wall and its repairs.",
        "## What it cost",
        "The works cost four million over the three years of the plan.",
        "- Granite blocks from the old quarry\n- A promenade raised by half a metre",
        # one paragraph that is also a list item (of the menu) is not a list
        "Work starts in April.",
    ]
    assert [p.tag for p in tree] == ["p"] * 6  # the caller's tree is left as it was
    # A tree with a heading of its own is trafilatura's structure: left as it is.
    tree.insert(0, lxml.etree.fromstring('<head rend="h1">Harbour wall</head>'))
    markdown, _ = render(tree, [("Harbour wall", True), *lines], FLAT_PAGE)
    assert "What it cost" in blocks(markdown)
    assert "- Granite blocks from the old quarry" not in markdown


@pytest.mark.parametrize(
    ("markup", "headings", "items"),
    [
        ("<h2>One <b>two</b> &amp; three</h2>", {"onetwothree": 2}, set()),
        ("<h3>Same</h3><h2>Same</h2>", {"same": 3}, set()),  # the first level stands
        ("<h2>Unclosed<h3>Next</h3>", {"next": 3}, set()),
        ("<h2>Mismatched</h3>", {}, set()),
        ("<ul><li>Outer<ul><li>Inner</li></ul></li></ul>", {}, {"inner"}),  # no nested text
        ("<UL><LI class=x>Upper case</LI><link href=y><li>b</li></UL>", {}, {"uppercase", "b"}),
        ("<li>" + "word " * 500 + "</li>", {}, set()),  # too long for an item
    ],
)
def test_page_elements(markup: str, headings: dict[str, int], items: set[str]) -> None:
    from newsclean.html.markdown import page_elements

    found_headings, found_items = page_elements(markup)
    assert (found_headings, set(found_items)) == (headings, items)


def test_markdown_made_later_is_the_markdown_made_now() -> None:
    """:func:`render_later` gives what :func:`render` gives, for a flat tree (its page elements
    read when it is made, from a markup it does not keep) and for trafilatura's own tree."""
    import lxml.etree

    from newsclean.html.markdown import render, render_later

    flat = lxml.etree.fromstring(FLAT_TREE)
    lines = [(" ".join(p.itertext()), True) for p in flat]
    lines[2] = (lines[2][0], False)  # a removed line: its block goes
    later = render_later(flat, lines, FLAT_PAGE)
    assert later.get() == render(flat, lines, FLAT_PAGE)
    assert "## What it cost" in later.get()[0]
    assert later.get() is later.get()  # made once
    doc = newsclean.clean(PAGE, format="html")
    assert (doc.markdown, doc.tables) == (doc.markdown, doc.tables) != ("", ())


def test_markdown_made_on_first_read() -> None:
    from newsclean.model import Deferred

    calls: list[int] = []

    def make() -> tuple[str, tuple[tuple[tuple[str, ...], ...], ...]]:
        calls.append(1)
        return "# Title", ((("a", "b"),),)

    deferred = Deferred(make)
    doc = newsclean.Document("text", newsclean.Metadata(), (), (), markdown=deferred, tables=deferred)
    assert calls == []
    assert doc.tables == ((("a", "b"),),)
    assert doc.markdown == "# Title"
    assert calls == [1]  # one render for both fields


def test_a_document_pickled_copied_or_compared_before_its_markdown_is_read() -> None:
    """Read or not, the Markdown is the same; a pickle or a copy carries the Markdown, not
    trafilatura's tree (lxml elements do not pickle: the pickle would fail)."""
    import copy
    import dataclasses
    import pickle

    read = newsclean.clean(PAGE, format="html")
    assert read.markdown and read.tables
    unread = newsclean.clean(PAGE, format="html")
    assert not isinstance(vars(unread)["_markdown"], str)  # not made yet
    assert pickle.loads(pickle.dumps(newsclean.clean(PAGE, format="html"))) == read
    assert copy.deepcopy(newsclean.clean(PAGE, format="html")).to_dict() == read.to_dict()
    assert newsclean.clean(PAGE, format="html") == read
    assert dataclasses.replace(newsclean.clean(PAGE, format="html"), warnings=()).markdown == read.markdown
    assert newsclean.clean(PAGE, format="html").to_dict()["tables"] == [
        [list(r) for r in t] for t in read.tables
    ]


_TAG_PARTS = st.sampled_from(
    ["<", "</", ">", "/", "li", "LI", "Li", "\u0130", "\u0131", "h2", "H7", "ul", "ol", "OL"]
)
_TAG_SOUP = st.lists(
    st.one_of(_TAG_PARTS, st.sampled_from([" ", "\t", "\x1c", "\x1f", "\xa0", "\u2028", "x", "é"])),
    max_size=30,
).map("".join)


@given(_TAG_SOUP)
@example("<li\x1c>a</li><LI\u0130 x>b</LI>< li><h2\xa0>c</h2>")
def test_element_tags_are_found_as_regex_with_ignorecase_found_them(markup: str) -> None:
    """The stdlib pattern of :func:`page_elements` matches what ``regex`` matched with
    IGNORECASE and its own ``\\s`` (the pattern it replaced)."""
    import regex

    from newsclean.html.markdown import _ELEMENT_TAG

    before = regex.compile(r"<(/?)(li|h[1-6]|ul|ol)(?=[\s/>])[^>]{0,500}>", regex.I)
    assert [m.span() for m in _ELEMENT_TAG.finditer(markup)] == [m.span() for m in before.finditer(markup)]
