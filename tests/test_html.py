"""HTML mode: real pages built here, run through trafilatura and newsclean's rules (no mocks)."""

from __future__ import annotations

import time

import pytest

import newsclean
from newsclean.errors import BudgetError, ConfigError
from newsclean.html.mode import HTML_PRESET, MAX_MARKUP_CHARS, PAGE_PRESET, clean_html, html_ruler
from newsclean.labels import Label
from newsclean.pipeline import Cleaner

BODY = (
    "The city council voted on Monday to keep the old river bridge open for another ten years.",
    "Engineers told the council that the steel frame is sound, although the deck needs new paving.",
    "Residents on both banks had campaigned for months, collecting four thousand signatures.",
    "The mayor said the decision would save money that can now be spent on schools and the harbour.",
    "Work on the deck will start in April and traffic will use the northern crossing meanwhile.",
)
LD_JSON = (
    '{"@context":"https://schema.org","@type":"NewsArticle",'
    '"headline":"Council keeps the old bridge open","datePublished":"2024-03-05T09:30:00Z",'
    '"author":{"@type":"Person","name":"Jane Doe"},'
    '"publisher":{"@type":"Organization","name":"Example News"}}'
)


ARTICLE_TYPE = '<meta property="og:type" content="article">'


def article_page(
    *, leftovers: str = "", head: str = "", charset: str = "utf-8", declares: str = ARTICLE_TYPE
) -> str:
    """A news page that declares itself an article (``declares``, as most news pages do):
    navigation, an article of BODY paragraphs, then ``leftovers``, a footer."""
    paragraphs = "".join(f"<p>{sentence}</p>" for sentence in BODY)
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="{charset}">{declares}'
        f"<title>Council keeps the old bridge open | Example News</title>{head}</head>"
        '<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>'
        f"<article><h1>Council keeps the old bridge open</h1>{paragraphs}{leftovers}</article>"
        "<footer>Contact us</footer></body></html>"
    )


LEFTOVERS = (
    "<p>Share this article</p>"
    "<p>Sign up for our newsletter to get the latest news in your inbox.</p>"
    "<h3>Related articles</h3>"
    '<ul><li><a href="/a">Bridge repairs delayed again</a></li></ul>'
    "<p>© 2024 Example News. All rights reserved.</p>"
)


@pytest.fixture(scope="module")
def cleaner() -> Cleaner:
    return Cleaner()


def test_leftovers_removed_and_explained(cleaner: Cleaner) -> None:
    doc = cleaner.clean(article_page(leftovers=LEFTOVERS).encode(), format="html")
    assert doc.text.splitlines() == list(BODY)
    rules = {line.text: (line.label, line.rule) for line in doc.removed if line.text}
    assert rules["Share this article"][0] is Label.NAVIGATION
    assert rules["Sign up for our newsletter to get the latest news in your inbox."] == (
        Label.SUBSCRIBE,
        "subscribe.prompt",
    )
    assert rules["Related articles"][0] is Label.RELATED
    assert rules["© 2024 Example News. All rights reserved."][0] is Label.COPYRIGHT
    assert rules["Council keeps the old bridge open"] == (Label.TITLE, "title.html")
    assert doc.source_mode == "html"


def test_json_ld_date_author_and_provenance(cleaner: Cleaner) -> None:
    head = f'<script type="application/ld+json">{LD_JSON}</script>'
    doc = cleaner.clean(article_page(head=head), format="html", url="https://example.com/a")
    meta = doc.metadata
    assert (meta.title, meta.published, meta.author) == (
        "Council keeps the old bridge open",
        "2024-03-05T09:30+00:00",  # as declared, time and offset kept
        "Jane Doe",
    )
    assert meta.publisher == "Example News"
    assert meta.provenance["published"] == "html:declared"
    assert meta.provenance["author"] == "html:trafilatura"
    assert meta.provenance["title"] == "html:h1"  # the printed <h1> equals the JSON-LD headline


def test_title_tag_without_declared_title_loses_site_suffix(cleaner: Cleaner) -> None:
    page = article_page().replace("h1>", "h2>")  # no printed headline: the <title> decides
    doc = cleaner.clean(page, format="html")
    assert doc.title == "Council keeps the old bridge open"
    assert doc.metadata.provenance["title"] == "html:title"


def test_printed_headline_leading_the_title_tag_is_the_title(cleaner: Cleaner) -> None:
    doc = cleaner.clean(article_page(), format="html")
    assert doc.title == "Council keeps the old bridge open"
    assert doc.metadata.provenance["title"] == "html:h1"


def test_text_byline_fills_missing_author(cleaner: Cleaner) -> None:
    page = article_page().replace("<h1>", "<p>By Jane Doe</p><h1>", 1)
    doc = cleaner.clean(page, format="html")
    assert doc.metadata.author == "Jane Doe"
    # read from the article head in the page's visible text (rule author.visible)
    assert doc.metadata.provenance["author"] == "html:visible/text:head.byline"


def test_declared_cp1251_charset() -> None:
    sentences = [
        "Городской совет в понедельник решил оставить старый мост открытым ещё на десять лет.",
        "Инженеры сообщили совету, что стальная конструкция надёжна, но настил нужно заменить.",
        "Жители обоих берегов собирали подписи несколько месяцев и собрали четыре тысячи.",
    ]
    body = "".join(f"<p>{s}</p>" for s in sentences)
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
        f"<title>Мост останется открытым</title></head><body><article>{body}</article></body></html>"
    )
    doc = newsclean.clean(page.encode("cp1251"))
    assert doc.text.splitlines() == sentences
    assert doc.language == "ru"


def test_nul_bytes_are_dropped(cleaner: Cleaner) -> None:
    page = article_page().replace("council voted", "council\x00 voted").encode()
    doc = cleaner.clean(page, format="html")
    assert "\x00" not in doc.text
    assert BODY[1] in doc.text


def test_malformed_and_truncated_markup(cleaner: Cleaner) -> None:
    page = article_page()
    truncated = page[: page.index(BODY[3])]
    doc = cleaner.clean(truncated, format="html")
    assert BODY[0] in doc.text
    broken = page.replace("</p>", "").replace("<article>", "<article><div><span><b>")
    assert BODY[2] in cleaner.clean(broken, format="html").text


@pytest.mark.parametrize(
    "page",
    [
        "",
        "   ",
        "<html></html>",
        "<html><body></body></html>",
        "<<<>>>",
        "<p>",
        "\x00\x00\x00",
        "<html><body><p>short</p></body></html>",
        "<!DOCTYPE html><html><head><title>t</title></head><body>" + "<div>" * 5000,
        "<svg><script>alert(1)</script></svg>",
    ],
)
def test_no_page_raises(cleaner: Cleaner, page: str) -> None:
    for data in (page, page.encode()):
        doc = cleaner.clean(data, format="html")
        assert isinstance(doc.text, str)


def test_empty_page_is_an_empty_document(cleaner: Cleaner) -> None:
    doc = cleaner.clean(b"", format="html")
    assert doc.text == ""
    assert len(doc.lines) == 1


def test_huge_page_is_cut_and_cleaned(cleaner: Cleaner) -> None:
    filler = "<div><p>" + "word " * 40 + "</p></div>"
    page = article_page() + filler * (MAX_MARKUP_CHARS // len(filler) + 10)
    start = time.monotonic()
    doc = cleaner.clean(page, format="html")
    assert time.monotonic() - start < 60
    assert any("markup cut" in warning for warning in doc.warnings)


def test_oversized_page_loses_scripts_not_the_article(cleaner: Cleaner) -> None:
    script = "<script>var x = '" + "y" * 1000 + "';</script>"
    head = f'<script type="application/ld+json">{LD_JSON}</script>' + script * 2100
    doc = cleaner.clean(article_page(head=head), format="html")
    assert doc.text.splitlines() == list(BODY)
    assert doc.published == "2024-03-05T09:30+00:00"  # the JSON-LD survives the guard
    assert any("removed scripts" in warning for warning in doc.warnings)
    assert not any("markup cut" in warning for warning in doc.warnings)


def test_oversized_page_loses_drawings_not_the_article_end(cleaner: Cleaner) -> None:
    # Inline syntax diagrams between the paragraphs: cutting at the size cap would lose the end.
    drawing = '<svg viewBox="0 0 9 9">' + '<path d="M1 1L2 2"/>' * 2000 + "<text>a</text></svg>"
    paragraphs = "".join(f"<p>{sentence}</p>{drawing * 30}" for sentence in BODY)
    page = f"<html><head><title>Bridge</title></head><body><article>{paragraphs}</article></body></html>"
    assert len(page) > MAX_MARKUP_CHARS
    doc = cleaner.clean(page, format="html")
    assert doc.text.splitlines() == list(BODY)
    assert not any("markup cut" in warning for warning in doc.warnings)


def test_fallback_to_visible_text_with_warning(cleaner: Cleaner) -> None:
    # The story sits in a <footer>, which trafilatura discards as boilerplate.
    paragraphs = "".join(f"<p>{sentence}</p>" for sentence in BODY * 4)
    page = f"<html><head><title>Bridge</title></head><body><footer>{paragraphs}</footer></body></html>"
    doc = cleaner.clean(page, format="html")
    assert any("visible text" in warning for warning in doc.warnings)
    assert doc.source_mode == "html-fallback"
    assert BODY[0] in doc.text
    assert doc.title == "Bridge"


PRODUCT_LD = '<script type="application/ld+json">{"@type": "Product", "name": "Drop Necklace"}</script>'


@pytest.mark.parametrize("declares", [PRODUCT_LD, '<meta property="og:type" content="product">'])
def test_short_product_description_is_not_a_miss(cleaner: Cleaner, declares: str) -> None:
    """A product's description is short by nature: on a page that declares a product, a short
    text from trafilatura stands, the shop's menus around it do not come back."""
    menu = "".join(f'<li><a href="/c{i}">Category number {i}</a></li>' for i in range(300))
    description = f"<p>{BODY[0]}</p><p>{BODY[1]}</p>"
    page = (
        f"<html><head><title>Drop Necklace</title>{declares}</head><body><nav><ul>{menu}</ul></nav>"
        f"<main><h1>Drop Necklace</h1>{description}</main></body></html>"
    )
    doc = cleaner.clean(page, format="html")
    assert doc.source_mode == "html"
    assert doc.text.splitlines()[-2:] == list(BODY[:2])
    assert "Category number" not in doc.text
    # The same page without the declaration: too little text, the visible text is cleaned instead.
    bare = cleaner.clean(page.replace(declares, ""), format="html")
    assert bare.source_mode == "html-fallback"


@pytest.mark.parametrize(
    ("data", "mode"),
    [
        (article_page(), "html"),
        (article_page().encode(), "html"),
        ("\n\n".join(BODY), "text"),
        ("Use <b> for bold and a < b when comparing.\n\n" + BODY[0], "text"),
    ],
)
def test_auto_detects_html(cleaner: Cleaner, data: str | bytes, mode: str) -> None:
    assert cleaner.clean(data).source_mode == mode


def test_past_deadline_raises_budget_error(cleaner: Cleaner) -> None:
    with pytest.raises(BudgetError, match="time budget"):
        clean_html(
            cleaner,
            article_page(),
            url=None,
            language=None,
            encoding=None,
            deadline=time.monotonic() - 1,
        )


def test_budget_interrupts_a_long_extraction() -> None:
    # 2 MB of markup (what MAX_MARKUP_CHARS lets through): about 45 ms warm since the page is
    # parsed once with C-chosen element classes (108 ms before), so the budget is a fifth of it.
    filler = "<div><p>" + "word " * 40 + "</p></div>"
    page = article_page() + filler * 9000
    start = time.monotonic()
    with pytest.raises(BudgetError, match="time budget"):
        Cleaner(time_budget=0.01).clean(page, format="html")
    assert time.monotonic() - start < 5


def test_html_ruler_is_cached_and_keeps_phrase_rules(cleaner: Cleaner) -> None:
    ruler = html_ruler(cleaner.ruler)
    assert ruler is html_ruler(cleaner.ruler)
    active = {rule.name for rule in ruler.active()}
    assert "body.core" not in active
    assert "navigation.outside_core" not in active
    assert {"copyright.notice", "subscribe.prompt", "related.heading"} <= active
    assert "body.core" in {rule.name for rule in cleaner.ruler.active()}
    # Exactly the enabled rules of the html preset: the structural ones do not declare it.
    assert active == {r.name for r in cleaner.ruler.active() if HTML_PRESET in r.presets}
    assert not {"title.heading", "feed.header", "noise.symbol", "meta.initials"} & active


def test_page_ruler_holds_only_page_furniture_rules(cleaner: Cleaner) -> None:
    """The ``html-any`` preset (every HTML page, whatever it declares) is a subset of ``html``
    without the rules that need an article's shape (a headline, a byline, a related section)."""
    active = {rule.name for rule in html_ruler(cleaner.ruler, PAGE_PRESET).active()}
    assert active == {r.name for r in cleaner.ruler.active() if PAGE_PRESET in r.presets}
    assert {"copyright.notice", "ad.marker", "navigation.headline_repeat"} <= active
    assert active < {rule.name for rule in html_ruler(cleaner.ruler).active()}
    assert not {"title.html", "related.section", "meta.byline", "noise.duplicate"} & active


def test_html_ruler_keeps_the_callers_switches() -> None:
    """A rule the caller disabled stays off in HTML mode; an unknown preset is an error."""
    cleaner = Cleaner(disable=["copyright.notice"])
    active = {rule.name for rule in html_ruler(cleaner.ruler).active()}
    assert "copyright.notice" not in active and "subscribe.prompt" in active
    with pytest.raises(ConfigError, match="unknown preset 'htlm'"):
        cleaner.ruler.copy().within_preset("htlm")


@pytest.mark.parametrize(
    ("byline_markup", "author"),
    [
        ('<meta name="author" content="John C. Welch">', "John C. Welch"),
        ('<meta name="author" content="Joshua Sokol May">', "Joshua Sokol"),
        ('<meta name="author" content="Jane Doe; JANE DOE">', "Jane Doe"),
    ],
)
def test_author_spelled_as_on_the_page(cleaner: Cleaner, byline_markup: str, author: str) -> None:
    doc = cleaner.clean(article_page(head=byline_markup), format="html")
    assert doc.metadata.author == author


def test_rules_run_only_where_the_page_declares_an_article_or_a_discussion(cleaner: Cleaner) -> None:
    """Without og:type article or a schema.org Article/discussion type, only the page-furniture
    rules (``html-any``: a copyright notice here) touch trafilatura's lines (newsclean's other
    rules are built for articles); with one, the html preset cleans them."""
    plain = cleaner.clean(article_page(leftovers=LEFTOVERS, declares=""), format="html")
    assert "Sign up for our newsletter to get the latest news in your inbox." in plain.text.splitlines()
    assert "Share this article" in plain.text.splitlines()
    assert {line.rule for line in plain.lines} == {"default.keep", "copyright.notice"}
    assert "All rights reserved" not in plain.text
    ld = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "x"}</script>'
    for declares in (ARTICLE_TYPE, ld):
        doc = cleaner.clean(article_page(leftovers=LEFTOVERS, declares=declares), format="html")
        assert "newsletter" not in doc.text


def test_code_lines_are_kept_verbatim(cleaner: Cleaner) -> None:
    """A phrase rule's match inside a code block is code, not a notice (``html.code``); the same
    words as a paragraph of their own are still removed."""
    code = (
        "<pre><code>  if (isOnline === null) {\n    return 'Loading...';\n  }\n</code></pre><p>Loading...</p>"
    )
    doc = cleaner.clean(article_page(leftovers=code), format="html")
    kept = {line.text.strip(): (line.label.value, line.rule) for line in doc.lines}
    assert kept["return 'Loading...';"] == ("body", "html.code")
    assert kept["Loading..."] == ("noise", "noise.cookie")
    assert "return 'Loading...';" in doc.text
