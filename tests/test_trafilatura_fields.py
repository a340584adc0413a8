"""trafilatura's metadata read apart from its text (newsclean.html.trafilatura_fields): the
fields newsclean reports must be the ones ``extract_metadata`` gives, the tree must be left as it
was, and the text ``extract`` returns must be the one trafilatura gives with its metadata on."""

from __future__ import annotations

from pathlib import Path

import lxml.etree
import pytest
import trafilatura
from hypothesis import given
from hypothesis import strategies as st
from trafilatura.metadata import extract_metadata
from trafilatura.settings import DEFAULT_CONFIG, set_date_params
from trafilatura.utils import load_html

from newsclean.html.extract import extract, trafilatura_metadata
from newsclean.html.trafilatura_fields import reported_fields
from newsclean.html.tree import trafilatura_tree

#: The fields of trafilatura's Document that newsclean reads.
FIELDS = ("title", "author", "date", "sitename", "url", "hostname", "language")

_BODY = "<p>" + "The council met on Tuesday to discuss the new budget for the schools. " * 6 + "</p>"
_STRUCTURED = (Path(__file__).parent.parent / "fixtures" / "html" / "structured.html").read_text(
    encoding="utf-8"
)

# Each page takes one branch of trafilatura's reading: where the title, author, date and site
# name come from when the page declares them, and what trafilatura makes of them.
PAGES = {
    "meta tags": (
        "<html><head><title>Budget talks | Daily Courier</title>"
        '<meta property="og:title" content="Budget talks stall">'
        '<meta name="author" content="Jane Doe">'
        '<meta property="article:published_time" content="2024-03-05T10:00:00+01:00">'
        '<meta property="og:site_name" content="Daily Courier"></head>'
        f"<body><article><h1>Budget talks stall</h1>{_BODY}</article></body></html>"
    ),
    "lower-case site name": (
        '<html><head><meta property="og:site_name" content="local times">'
        f"<title>Roads reopen after the storm</title></head><body><article>{_BODY}</article></body></html>"
    ),
    "twitter handle": (
        '<html><head><meta name="twitter:site" content="@Courier">'
        f"<title>Roads reopen</title></head><body><article>{_BODY}</article></body></html>"
    ),
    "site name from the address": (
        f"<html><head><title>Roads reopen</title></head><body><article>{_BODY}</article></body></html>"
    ),
    "JSON-LD": (
        '<html><head><script type="application/ld+json">{"@context": "https://schema.org", '
        '"@type": "NewsArticle", "headline": "Ministers agree a plan", "datePublished": "2023-11-02", '
        '"author": {"@type": "Person", "name": "Ana Lopez"}, '
        '"publisher": {"@type": "Organization", "name": "El Diario"}}</script></head>'
        f"<body><article><h1>Ministers agree a plan</h1>{_BODY}</article></body></html>"
    ),
    "broken JSON-LD": (
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": '
        f'"Half a declaration</script></head><body><article>{_BODY}</article></body></html>'
    ),
    "one-word meta author, byline in the page": (
        '<html><head><meta name="author" content="admin"><title>Parade route</title></head>'
        '<body><article><h1>Parade route</h1><p class="byline">By <a rel="author" href="/a/1">Tom Berg</a>'
        f"</p>{_BODY}</article></body></html>"
    ),
    "date in the address, canonical link": (
        '<html><head><link rel="canonical" href="https://news.example.net/2021/06/14/parade.html">'
        f"<title>Parade</title></head><body>{_BODY}</body></html>"
    ),
    "escaped and spaced values": (
        '<html><head><meta property="og:title" content="Rates &amp;amp; prices\t  rise">'
        '<meta name="author" content="Li   Wei"></head>'
        f"<body><article>{_BODY}</article></body></html>"
    ),
    "nothing declared": f"<html><body><div>{_BODY}</div></body></html>",
    "structured fixture": _STRUCTURED,
}
URLS = (None, "https://www.example.org/2022/01/09/story")


def _trafilaturas(tree: object, url: str | None) -> object:
    """trafilatura's own reading, as ``bare_extraction`` calls it."""
    params = set_date_params(DEFAULT_CONFIG.getboolean("DEFAULT", "EXTENSIVE_DATE_SEARCH"))
    return extract_metadata(tree, url, params)


def _fields(document: object) -> dict[str, object]:
    return {name: getattr(document, name, None) for name in FIELDS}


@pytest.mark.parametrize("url", URLS)
@pytest.mark.parametrize("name", PAGES)
def test_the_reported_fields_are_trafilaturas(name: str, url: str | None) -> None:
    tree = load_html(PAGES[name])
    assert _fields(reported_fields(tree, url)) == _fields(_trafilaturas(load_html(PAGES[name]), url))


def test_the_pages_take_the_branches() -> None:
    """The pages above reach what they are there for (else the comparison proves little)."""
    read = {name: reported_fields(load_html(page), None) for name, page in PAGES.items()}
    assert read["lower-case site name"].sitename == "Local Times"
    assert read["twitter handle"].sitename == "Courier"
    assert reported_fields(load_html(PAGES["site name from the address"]), URLS[1]).sitename == "example.org"
    assert read["JSON-LD"].author == "Ana Lopez"
    assert read["one-word meta author, byline in the page"].author == "Tom Berg"
    assert read["date in the address, canonical link"].url.startswith("https://news.example.net/")
    assert read["meta tags"].date == "2024-03-05"
    assert read["escaped and spaced values"].title == "Rates & prices rise"


@pytest.mark.parametrize("name", PAGES)
def test_the_tree_is_only_read(name: str) -> None:
    tree = load_html(PAGES[name])
    before = lxml.etree.tostring(tree)
    reported_fields(tree, URLS[1])
    assert lxml.etree.tostring(tree) == before


@pytest.mark.parametrize("url", URLS)
@pytest.mark.parametrize("name", PAGES)
def test_the_text_is_the_one_trafilatura_gives_with_its_metadata(name: str, url: str | None) -> None:
    markup = PAGES[name]
    extracted = extract(markup, url, tree=trafilatura_tree(markup).tree)
    whole = trafilatura.bare_extraction(markup, url=url, with_metadata=True, include_comments=True)
    if whole is None:
        assert extracted is None
        return
    assert extracted is not None
    assert (extracted.text, extracted.comments) == (whole.text, whole.comments or "")
    assert extracted.metadata.url == whole.url


_WORDS = st.sampled_from(
    ["Budget", "talks", "admin", "@Courier", "local times", "2021-06-14", "|", "-", "Ana Lopez"]
)
_META = st.sampled_from(
    [
        '<meta name="author" content="{}">',
        '<meta property="og:site_name" content="{}">',
        "<title>{}</title>",
        '<meta property="og:title" content="{}">',
        '<meta name="date" content="{}">',
        "<h1>{}</h1>",
    ]
)


@given(st.lists(st.tuples(_META, st.lists(_WORDS, min_size=1, max_size=4).map(" ".join)), max_size=5))
def test_the_reported_fields_are_trafilaturas_on_generated_heads(parts: list[tuple[str, str]]) -> None:
    head = "".join(template.format(value) for template, value in parts)
    markup = f"<html><head>{head}</head><body><article>{_BODY}</article></body></html>"
    assert _fields(reported_fields(load_html(markup), URLS[1])) == _fields(
        _trafilaturas(load_html(markup), URLS[1])
    )


def test_without_a_url_image_and_link_addresses_follow_the_pages_own() -> None:
    """The page's canonical address resolves relative links and images alike when the caller
    gives no ``url`` (trafilatura resolved only links against it when it read the metadata)."""
    from newsclean import Cleaner
    from newsclean.config import CleanConfig

    markup = (
        '<html><head><link rel="canonical" href="https://news.example.net/2021/06/14/parade.html">'
        f'</head><body><article>{_BODY}<p>See <a href="/maps/route">the route</a>.</p>'
        f'<figure><img src="/img/parade.jpg" alt="The parade"></figure>{_BODY}</article></body></html>'
    )
    cleaner = Cleaner(CleanConfig(include_links=True, include_images=True))
    markdown = cleaner.clean(markup, format="html").markdown
    assert "(https://news.example.net/maps/route)" in markdown
    assert "(https://news.example.net/img/parade.jpg)" in markdown


@pytest.mark.parametrize("url", URLS)
@pytest.mark.parametrize("name", PAGES)
def test_htmldate_is_skipped_only_where_its_answer_is_overruled(name: str, url: str | None) -> None:
    """A page that declares its publication date gets no htmldate run; its metadata is the one
    the full reading (htmldate's date, then the declaration over it) gives."""
    markup = PAGES[name]
    tree = trafilatura_tree(markup).tree
    extracted = extract(markup, url, tree=tree)
    assert extracted is not None
    assert extracted.metadata == trafilatura_metadata(reported_fields(tree, url), markup)


def test_the_declaration_overrules_htmldate_on_a_page_where_they_differ() -> None:
    """The case the skip rests on: htmldate reads the address's day, the page declares another."""
    markup, url = PAGES["meta tags"], URLS[1]
    tree = trafilatura_tree(markup).tree
    assert reported_fields(tree, url).date != "2024-03-05"
    extracted = extract(markup, url, tree=tree)
    assert extracted is not None
    assert extracted.metadata.published == "2024-03-05T10:00+01:00"
