"""HTML mode's metadata rules: the printed headline (html/headline.py), the author as printed
(html/byline.py), the visible head merged with the tags (metadata/merge.py, html/visible.py)
and the site's name (metadata/site.py). Small pages in several languages; each test names the
rule it checks, and breaking that rule turns it red."""

from __future__ import annotations

import pytest

import newsclean
from newsclean.html.extract import _author, without_month
from newsclean.html.headline import declared_titles, h1_texts, without_label, without_site_name
from newsclean.html.visible import head_window
from newsclean.metadata.merge import merge_visible
from newsclean.metadata.site import copyright_holder, host_name, names_site, title_site_part

# Body paragraphs long enough for trafilatura to find an article, per language.
BODIES = {
    "en": [
        "The city council voted on Tuesday to keep the old river bridge open to cyclists and "
        "pedestrians while engineers finish a survey of its foundations and railings.",
        "Residents had asked for the crossing to stay open because the detour adds twenty minutes "
        "to the walk between the market square and the railway station on the east bank.",
        "The survey is expected to take three months, and the council will publish its findings "
        "before deciding whether the bridge needs strengthening or a full replacement next year.",
    ],
    "de": [
        "Der Stadtrat hat am Dienstag beschlossen, die alte Flussbrücke für Radfahrer und "
        "Fußgänger offen zu halten, während Ingenieure die Fundamente und Geländer untersuchen.",
        "Anwohner hatten darum gebeten, weil der Umweg zwischen dem Marktplatz und dem Bahnhof am "
        "Ostufer zu Fuß zwanzig Minuten länger dauert als der Weg über die Brücke.",
        "Die Untersuchung soll drei Monate dauern, danach will der Rat entscheiden, ob die Brücke "
        "verstärkt oder im nächsten Jahr vollständig ersetzt werden muss.",
    ],
    "ru": [
        "Городской совет во вторник решил оставить старый мост через реку открытым для "
        "велосипедистов и пешеходов, пока инженеры обследуют его опоры и перила.",
        "Жители просили не закрывать переход, потому что обход от рыночной площади до вокзала на "
        "восточном берегу занимает на двадцать минут больше времени.",
        "Обследование продлится три месяца, после чего совет решит, нужно ли укрепить мост или "
        "полностью заменить его в следующем году.",
    ],
    "es": [
        "El ayuntamiento votó el martes mantener abierto el viejo puente sobre el río para "
        "ciclistas y peatones mientras los ingenieros revisan sus cimientos y barandillas.",
        "Los vecinos habían pedido que el paso siguiera abierto porque el desvío entre la plaza "
        "del mercado y la estación de tren añade veinte minutos al camino a pie.",
        "La revisión durará tres meses y el ayuntamiento publicará sus conclusiones antes de "
        "decidir si el puente necesita un refuerzo o una sustitución completa el próximo año.",
    ],
}
HEADLINES = {
    "en": "Council keeps the old bridge open",
    "de": "Stadtrat lässt die alte Brücke offen",
    "ru": "Совет оставил старый мост открытым",
    "es": "El ayuntamiento mantiene abierto el viejo puente",
}
# Search-engine subtitles: long enough that the headline shares few of the declared words.
SUBTITLES = {
    "en": "what the three-month engineering survey means for cyclists, walkers and market traders",
    "de": "was die dreimonatige Untersuchung der Ingenieure für Radfahrer, Fußgänger und Händler bedeutet",
    "ru": "что трёхмесячное обследование инженеров значит для велосипедистов, пешеходов и торговцев рынка",
    "es": "qué significa la revisión de tres meses para ciclistas, peatones y comerciantes del mercado",
}
LANGUAGES = sorted(BODIES)


def page(
    language: str = "en",
    *,
    head: str = "",
    title: str | None = None,
    before: str = "",
    h1: str | None = None,
    after: str = "",
    footer: str = "<footer><p>Contact us</p></footer>",
) -> str:
    """An article page: ``head`` markup, a masthead ``before`` the article, its ``<h1>``, lines
    ``after`` it, the body and a ``footer``."""
    body = "".join(f"<p>{p}</p>" for p in BODIES[language] * 2)
    headline = HEADLINES[language] if h1 is None else h1
    return (
        f'<!DOCTYPE html><html lang="{language}"><head><meta charset="utf-8">'
        '<meta property="og:type" content="article">'
        f"<title>{title or headline}</title>{head}</head><body>"
        f'<nav><a href="/">Home</a> <a href="/world">World</a></nav>{before}'
        f"<article><h1>{headline}</h1>{after}{body}</article>{footer}</body></html>"
    )


def meta_of(
    markup: str, url: str | None = "https://riverside-gazette.example/news/bridge"
) -> newsclean.Metadata:
    return newsclean.clean(markup, format="html", url=url).metadata


# --- the title: html/headline.py ---------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_h1_declared_a_printed_headline_leading_the_og_title_is_the_title(language: str) -> None:
    declared = f"{HEADLINES[language]}: {SUBTITLES[language]}"
    markup = page(language, head=f'<meta property="og:title" content="{declared}">', title=declared)
    meta = meta_of(markup)
    assert meta.title == HEADLINES[language]
    assert meta.provenance["title"] == "html:h1"


@pytest.mark.parametrize("language", LANGUAGES)
def test_h1_site_a_blog_masthead_in_h1_is_not_the_headline(language: str) -> None:
    story = HEADLINES[language]
    markup = page(
        language,
        head=f'<meta property="og:title" content="{story}">',
        title=f"Riverside Notes: {story}",
        before="<h1>Riverside Notes</h1>",
        h1="",
    ).replace("<article><h1></h1>", "<article>")
    meta = meta_of(markup, url="https://riversidenotes.blogspot.example/2024/05/bridge.html")
    assert meta.title == story


def test_h1_declared_a_leading_site_name_is_not_the_story() -> None:
    # "Riverside Notes" leads the <title>, but what follows it is the og:title: the site's name.
    story = HEADLINES["en"]
    markup = page(
        head=f'<meta property="og:title" content="{story}">',
        title=f"Riverside Notes: {story}",
        before="<header><h1>Riverside Notes</h1></header>",
        h1="",
    ).replace("<article><h1></h1>", "<article>")
    assert meta_of(markup, url=None).title == story


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://forum.example/t/which-bike-lock/123", "Which bike lock do you trust?"),
        ("https://forum.example/", "The heart of the conversation"),  # a home page keeps its title
    ],
)
def test_title_site_only_a_site_and_motto_title_yields_to_the_h1(url: str, expected: str) -> None:
    markup = page(title="Forum - The heart of the conversation", h1="Which bike lock do you trust?")
    assert meta_of(markup, url=url).title == expected


def test_h1_text_is_read_as_printed() -> None:
    markup = (
        '<h1 data-x="a>b" class="t">Planning C<span>ycle</span> in <em>two</em> days'
        '<a class="anchor" href="#x">¶</a></h1><h1>\ue001 Second<br>part</h1>'
    )
    assert list(h1_texts(markup)) == ["Planning Cycle in two days", "Second part"]


def test_declared_titles_in_priority_order() -> None:
    markup = (
        '<head><meta content="Tweet title" name="twitter:title"><meta property="og:title" '
        'content="Shared &amp; titled"><title>Tab title</title><script type="application/ld+json">'
        '{"headline": "JSON \\"headline\\""}</script></head>'
    )
    assert declared_titles(markup) == ["Shared & titled", "Tweet title", 'JSON "headline"', "Tab title"]


def test_tags_in_any_case() -> None:
    """Tag and attribute names in upper or mixed case are read as in lower case; a tag that
    only starts like one (``<metadata>``, ``<h10>``) is not one."""
    markup = (
        '<HEAD><META PROPERTY="OG:TITLE" CONTENT="Shared title"><Meta name="twitter:title" '
        'content="Tweet title"><metadata property="og:title" content="Not a meta tag"></HEAD>'
        "<H1 CLASS=x>Upper case</h1><h10>Not a heading</h10><h1>Lower case</H1>"
    )
    assert declared_titles(markup) == ["Shared title", "Tweet title"]
    assert list(h1_texts(markup)) == ["Upper case", "Lower case"]


@pytest.mark.parametrize(
    ("title", "url", "expected"),
    [
        (
            "Story about bikes - Japan Forum - Tripadvisor",
            "https://www.tripadvisor.com/x",
            "Story about bikes - Japan Forum",
        ),
        (
            "Online Tuition and Financing | Liberty University",
            "https://www.liberty.edu/x",
            "Online Tuition and Financing",
        ),
        (
            "Portage - Gentoo wiki",
            "https://wiki.gentoo.org/wiki/Portage",
            "Portage - Gentoo wiki",
        ),  # one word left
        (
            "Budget 2025 - what it means for you",
            "https://news.example/x",
            "Budget 2025 - what it means for you",
        ),
    ],
)
def test_without_site_name_removes_last_parts_that_name_the_site(title: str, url: str, expected: str) -> None:
    assert without_site_name(title, (), url) == expected


# --- the site's name: metadata/site.py ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names", "url", "loose", "expected"),
    [
        ("Silicon Exposed", (), "https://siliconexposed.blogspot.com/x", False, True),
        ("The Independent", ("The Independent",), None, False, True),
        ("Liberty University", (), "https://www.liberty.edu/", True, True),
        ("Liberty University", (), "https://www.liberty.edu/", False, False),
        ("Ridge Wallet", (), "https://ridge.com/products/x", False, False),
        ("Council keeps the old bridge open", (), "https://council.example/x", True, False),
    ],
)
def test_names_site(text: str, names: tuple[str, ...], url: str, loose: bool, expected: bool) -> None:
    assert names_site(text, names, url, loose=loose) is expected


@pytest.mark.parametrize(
    ("line", "holder"),
    [
        ("Copyright ©2019 Dow Jones & Company, Inc. All Rights Reserved", "Dow Jones & Company, Inc."),
        ("© 2010-2024 The New York Times Company", "The New York Times Company"),
        ("©2024 ООО «Медиа Групп». Все права защищены", "ООО «Медиа Групп»"),
        ("© Süddeutsche Zeitung GmbH, München", "Süddeutsche Zeitung GmbH, München"),
        ("© 2024 El País. Todos los derechos reservados", "El País"),
        ("© 2025 جريدة النهر. جميع الحقوق محفوظة.", "جريدة النهر"),
        ("©2024 株式会社朝日新聞社。無断転載を禁じます。", "株式会社朝日新聞社"),
        ("© Shillington 2025", "Shillington"),  # the years after the name
        ("© 2026 Helly Hansen v3.39.2", "Helly Hansen"),  # the site's software version
        ("© Zeitverlag 2019–2024", "Zeitverlag"),
        ("Copyright Policy", None),
        ("© 2024 All rights reserved", None),
        ("Read our copyright notice", None),
        ("Copyright 2021, all rights reserved", None),
    ],
)
def test_copyright_holder_names_an_organisation_or_nothing(line: str, holder: str | None) -> None:
    assert copyright_holder(line) == holder


def test_host_name_without_generic_labels() -> None:
    assert host_name("https://www.wral.com/news/x") == "wral.com"
    assert host_name("https://news.bbc.co.uk/a") == "bbc.co.uk"
    assert host_name("http://localhost/x") is None


def test_publisher_copyright_from_the_visible_footer() -> None:
    footer = (
        "<footer><a href='/c'>Copyright Policy</a>"
        "<p>Copyright ©2019 Dow Jones &amp; Company, Inc.</p></footer>"
    )
    meta = meta_of(page(footer=footer))
    assert meta.publisher == "Dow Jones & Company, Inc."
    assert meta.provenance["publisher"] == "html:visible/copyright"


def test_publisher_host_is_the_last_resort_and_says_so() -> None:
    meta = meta_of(page(footer="<footer><a href='/c'>Copyright Policy</a></footer>"))
    assert meta.publisher == "riverside-gazette.example"
    assert meta.provenance["publisher"] == "url:host"


def test_publisher_declared_site_name_wins() -> None:
    head = '<meta property="og:site_name" content="Riverside Gazette">'
    meta = meta_of(page(head=head, footer="<footer><p>© 2024 Other Owner Ltd.</p></footer>"))
    assert meta.publisher == "Riverside Gazette"


def test_text_mode_copyright_policy_is_not_a_publisher() -> None:
    lines = [HEADLINES["en"], *BODIES["en"], "Copyright Policy", "Copyright © 2019 Dow Jones & Company, Inc."]
    assert newsclean.clean("\n".join(lines), format="text").metadata.publisher == "Dow Jones & Company, Inc."


# --- the author: html/byline.py and metadata/merge.py ------------------------------------------


@pytest.mark.parametrize(
    ("declared", "expected"),
    [("Maria &amp; Katerina", "Maria & Katerina"), ("Dylan Bailey, MS, RD", "Dylan Bailey, MS, RD")],
)
def test_author_as_printed_keeps_the_run_trafilatura_splits(declared: str, expected: str) -> None:
    meta = meta_of(page(head=f'<meta name="author" content="{declared}">'))
    assert meta.author == expected
    assert meta.provenance["author"] == "html:printed"


BYLINES = {
    "en": ("By Jane Doe", "Jane Doe"),
    "de": ("Von Hans Müller", "Hans Müller"),
    "ru": ("Автор: Иван Петров", "Иван Петров"),
    "es": ("Por María López", "María López"),
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_author_visible_byline_beats_a_tag_the_page_never_prints(language: str) -> None:
    line, name = BYLINES[language]
    markup = page(language, head='<meta name="author" content="Web Desk Account">', after=f"<p>{line}</p>")
    meta = meta_of(markup)
    assert meta.author == name
    assert meta.provenance["author"].startswith("html:visible/")


def test_author_visible_a_printed_tag_author_stays() -> None:
    markup = page(head='<meta name="author" content="Jane Doe">', after="<p>By Jane Doe</p>")
    meta = meta_of(markup)
    assert (meta.author, meta.provenance["author"]) == ("Jane Doe", "html:trafilatura")


def test_author_visible_the_site_name_is_never_the_author() -> None:
    head = '<meta property="og:site_name" content="Riverside Gazette">'
    markup = page(head=head + '<meta name="author" content="Jane Doe">', after="<p>By Riverside Gazette</p>")
    assert meta_of(markup).author == "Jane Doe"


# --- the date: metadata/merge.py -------------------------------------------------------------


def test_date_visible_the_printed_date_beats_a_guessed_date_the_page_never_shows() -> None:
    # htmldate takes the URL's date; the page declares none and prints another under the headline
    markup = page(after="<p>By Jane Doe</p><p>Published March 3, 2024</p>")
    meta = meta_of(markup, url="https://riverside-gazette.example/2021/01/05/bridge")
    assert meta.published is not None and meta.published.startswith("2024-03-03")
    assert meta.provenance["published"].startswith("html:visible/")


def test_date_visible_a_metadata_date_the_page_prints_stays() -> None:
    markup = page(after="<p>By Jane Doe</p><p>March 1, 2024</p><p>Updated March 3, 2024</p>")
    meta = meta_of(markup, url="https://riverside-gazette.example/2024/03/01/bridge")
    assert meta.published is not None and meta.published.startswith("2024-03-01")
    assert meta.provenance["published"] == "html:htmldate"


@pytest.mark.parametrize("language", LANGUAGES)
def test_date_declared_a_declared_publication_beats_the_modified_date_shown(language: str) -> None:
    # htmldate returns the "modified" meta tag before it reads JSON-LD; the page prints only the update
    head = (
        '<meta property="article:modified_time" content="2025-10-26T18:41:45+00:00">'
        '<script type="application/ld+json">{"@type": "Article", '
        '"datePublished": "2024-02-21T11:54:45+00:00", "dateModified": "2025-10-26T18:41:45+00:00"}</script>'
    )
    markup = page(language, head=head, after="<p>October 26, 2025</p>")
    meta = meta_of(markup)
    assert (meta.published, meta.provenance["published"]) == ("2024-02-21T11:54+00:00", "html:declared")
    assert (meta.updated, meta.provenance["updated"]) == ("2025-10-26T18:41+00:00", "html:declared")


def test_date_declared_the_printed_form_of_the_same_moment_wins() -> None:
    # 19:30 in New York is 00:30 the next day in UTC: the page prints the UTC day
    head = '<meta property="article:published_time" content="2024-01-11T19:30:00-05:00">'
    markup = page(head=head, after="<p>By Jane Doe</p><p>January 12, 2024 00:30 UTC</p>")
    meta = meta_of(markup)
    assert meta.published == "2024-01-12T00:30+00:00"
    assert meta.provenance["published"].startswith("html:visible/")


def test_date_declared_another_printed_day_does_not_replace_the_declaration() -> None:
    head = '<meta property="article:published_time" content="2021-01-05T08:00:00+00:00">'
    markup = page(head=head, after="<p>By Jane Doe</p><p>Published March 3, 2024</p>")
    meta = meta_of(markup)
    assert (meta.published, meta.provenance["published"]) == ("2021-01-05T08:00+00:00", "html:declared")


def test_date_declared_without_trafilatura_the_declaration_still_counts() -> None:
    # a page where trafilatura finds nothing: only the <title> and the declared date are left
    markup = (
        '<html><head><title>Short note</title><meta property="article:published_time" '
        'content="2025-02-20T14:19:26+00:00"></head><body></body></html>'
    )
    meta = meta_of(markup)
    assert meta.provenance["title"] == "html:title"
    assert (meta.published, meta.provenance.get("published")) == ("2025-02-20T14:19+00:00", "html:declared")


# A publication word alone on its line and the date on the next, per language.
MARKED = {
    "en": ("Published", "October 14, 2025"),
    "de": ("Veröffentlicht", "14. Oktober 2025"),
    "ru": ("Опубликовано", "14 октября 2025"),
    "es": ("Publicado", "14 de octubre de 2025"),
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_date_marked_a_labelled_date_below_the_lead_beats_a_guessed_date(language: str) -> None:
    # htmldate takes the URL's day; the page labels its own date below the standfirst
    label, printed = MARKED[language]
    lead = "".join(f"<p>{p}</p>" for p in BODIES[language][:2])
    markup = page(language, after=f"{lead}<p>{label}</p><p>{printed}</p>")
    meta = meta_of(markup, url="https://riverside-gazette.example/2021/01/05/bridge")
    assert meta.published is not None and meta.published.startswith("2025-10-14")
    assert meta.provenance["published"] == "html:visible/text:head.marked_date"


# The date a page prints under its headline, per language: years before its declaration.
EARLIER = {
    "en": "December 30, 2013",
    "de": "30. Dezember 2013",
    "ru": "30 декабря 2013",
    "es": "30 de diciembre de 2013",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_date_earlier_printed_a_date_before_the_declared_one_wins(language: str) -> None:
    # a story moved to a new platform: the markup declares the move, the page prints its first day
    head = '<meta property="article:published_time" content="2024-08-07T12:01:00+00:00">'
    markup = page(language, head=head, after=f"<p>Jane Doe</p><p>{EARLIER[language]}</p>")
    meta = meta_of(markup)
    assert meta.published is not None and meta.published.startswith("2013-12-30")
    assert meta.provenance["published"] == "html:visible/text:head.date"


# A dated line above the headline, per language.
ABOVE = {
    "en": "November 6, 2024 7:38 PM",
    "de": "6. November 2024 19:38",
    "ru": "6 ноября 2024 19:38",
    "es": "6 de noviembre de 2024 19:38",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_head_title_line_a_date_above_the_headline_under_a_menu(language: str) -> None:
    # the visible window starts in the menu, and a contact box under the headline (a name, a
    # role) reads as a title heading: read as a scraped page, the title line comes first
    menu = "".join(f"<p>{item}</p>" for item in ("Search for:", "Contact", "All Posts"))
    box = "<p>1</p><p>5</p><p>Get in touch</p><p>Jane Doe</p><p>Head of Research</p>"
    markup = page(language, before=f"{menu}<p>{ABOVE[language]}</p><p>| 3 min</p>", after=box)
    meta = meta_of(markup, url="https://riverside-gazette.example/2023/10/11/bridge")
    assert meta.published is not None and meta.published.startswith("2024-11-06")
    assert meta.provenance["published"] == "html:visible/text:head.date"


def test_head_title_line_a_window_that_starts_with_the_title_gets_no_second() -> None:
    from newsclean.html.visible import titled

    assert titled("Bridge stays open\nBy Jane Doe", "Bridge stays open") == "Bridge stays open\nBy Jane Doe"
    assert (
        titled("Home\nBridge stays open", "Bridge stays open") == "Bridge stays open\nHome\nBridge stays open"
    )


def test_h1_site_the_last_part_of_the_declared_title_is_a_masthead() -> None:
    declared = "新竹尖石_美樹營地賞楓 (2) @ 史蒂文的家 :: 痞客邦 PIXNET ::"
    markup = page(
        head=f'<meta property="og:title" content="{declared}">',
        title=declared,
        before="<h1>痞客邦 PIXNET</h1>",
        h1="",
    ).replace("<article><h1></h1>", "<article>")
    assert meta_of(markup, url=None).title == declared


@pytest.mark.parametrize(
    ("language", "chapter", "book"),
    [
        ("en", "What is Ownership?", "The Rust Programming Language"),
        ("en", "Recoverable Errors with Result", "The Rust Programming Language"),
        ("de", "Brücken und Stege", "Handbuch der städtischen Bauaufsicht"),
        ("ru", "Мосты и переходы", "Справочник городского инженера"),
    ],
)
def test_h1_site_a_book_name_in_h1_is_cut_from_the_title(language: str, chapter: str, book: str) -> None:
    # Rule h1.site: the title's last part, at most one word longer than the chapter before it,
    # printed as the <h1> above every page: the book's (the site's) name, not the headline.
    declared = f"{chapter} - {book}"
    markup = page(language, title=declared, before=f"<h1>{book}</h1>", h1="")
    markup = markup.replace("<article><h1></h1>", f"<article><h2>{chapter}</h2>")
    meta = meta_of(markup, url="https://docs.example.org/book/ch04.html")
    assert meta.title == chapter


def test_h1_site_a_clearly_longer_last_part_is_the_story() -> None:
    # "Site - Story": the <h1> prints the last part, two words or more longer than the first.
    story = HEADLINES["en"]
    declared = f"Cityscape Weekly - {story}"
    markup = page("en", head=f'<meta property="og:title" content="{declared}">', title=declared)
    assert meta_of(markup, url=None).title == story


# --- text mode's site name: metadata/site.py, metadata/assemble.py ----------------------------


@pytest.mark.parametrize(
    ("line", "title", "site"),
    [
        ("Story about the bridge | The Independent", "Story about the bridge", "The Independent"),
        ("How to Throw a Party (with Pictures) | eHow", "How to Throw a Party", "eHow"),
        ("Quanta: Story about the bridge", "Story about the bridge", "Quanta"),
        ("Мост остаётся открытым — Городские вести", "Мост остаётся открытым", "Городские вести"),
        ("Story about the bridge - Feb. 1, 2016", "Story about the bridge", None),
        ("Story - what the new council tax means for every household in the city", "Story", None),
        ("Story about the bridge", "Story about the bridge", None),
        ("bridges - Why is the old bridge open? - Ask Civic", "Why is the old bridge open?", "Ask Civic"),
        ("мосты - Почему мост открыт? - Вопросы горожан", "Почему мост открыт?", "Вопросы горожан"),
        ("A Story about the bridge today", "Story about the bridge", None),
        ("Shop.example: Story about the bridge : Electronics", "Story about the bridge", None),
        ("Local | Story about the bridge - Riverside Gazette", "Story about the bridge", None),
    ],
)
def test_title_site_part(line: str, title: str, site: str | None) -> None:
    assert title_site_part(line, title) == site


@pytest.mark.parametrize("language", LANGUAGES)
def test_text_publisher_title_the_site_beside_the_story_beats_the_copyright_holder(language: str) -> None:
    lines = [
        f"{HEADLINES[language]} | Riverside Gazette",
        "Home",
        HEADLINES[language],
        *BODIES[language],
        "© 2024 Riverside Media Holdings Ltd.",
    ]
    meta = newsclean.clean("\n".join(lines), format="text").metadata
    assert meta.publisher == "Riverside Gazette"
    assert meta.provenance["publisher"] == "text:title_site"


def test_text_publisher_host_is_the_last_resort() -> None:
    lines = [HEADLINES["en"], *BODIES["en"]]
    meta = newsclean.clean("\n".join(lines), format="text", url="https://www.gazette.example/x").metadata
    assert (meta.publisher, meta.provenance["publisher"]) == ("gazette.example", "url:host")


def test_author_visible_a_fuller_byline_names_everyone() -> None:
    markup = page(head='<meta name="author" content="Jane Doe">', after="<p>By Jane Doe and John Roe</p>")
    meta = meta_of(markup)
    assert meta.authors == ("Jane Doe", "John Roe")
    assert meta.provenance["author"].startswith("html:visible/")


@pytest.mark.parametrize(
    ("declared", "expected"),
    [
        ("Liz Kenny Former McKinsey Consultant", "Liz Kenny"),
        ("Latawiec Member Joined Oct", "Latawiec"),
        ("Jane Doe; Senior Analyst Updated Jan", "Jane Doe"),
    ],
)
def test_author_tail_a_name_ends_before_its_title_or_status(declared: str, expected: str) -> None:
    assert meta_of(page(head=f'<meta name="author" content="{declared}">')).author == expected


def test_author_tail_a_label_is_no_author() -> None:
    assert meta_of(page(head='<meta name="author" content="Written by">')).author is None


@pytest.mark.parametrize(
    ("declared", "printed", "expected"),
    [
        ("Dr Allen", "<p>By Dr. Allen</p>", "Dr. Allen"),
        ("q_admin", "", "q_admin"),  # trafilatura reads "Q Admin"
        ("sara.r.peter", "", "sara.r.peter"),  # trafilatura reads "Sara R Peter"
        ("Jane Doe", "<p>By Jane Doe</p>", "Jane Doe"),
    ],
)
def test_author_spelling_as_the_page_prints_it(declared: str, printed: str, expected: str) -> None:
    markup = page(head=f'<meta name="author" content="{declared}">', after=printed)
    assert meta_of(markup).author == expected


# --- title.label: html/headline.py -----------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Vehicle rental News and Reporting Coverage | WRAL", "Vehicle rental News and Reporting Coverage"),
        ("Nintendo Switch - OLED Model", "Nintendo Switch"),
        ("Starting a Brackish Aquarium! - Page 3", "Starting a Brackish Aquarium!"),
        ("Barbecue charbon inox 1600 - Martinsen", "Barbecue charbon inox 1600"),
        ("Stadtrat lässt die alte Brücke offen – Lokales", "Stadtrat lässt die alte Brücke offen"),
        ("Совет оставил старый мост открытым · Новости", "Совет оставил старый мост открытым"),
        # kept: a sentence going on, a subtitle of four words or more, one word of headline
        ("I Tried Amp — and It May Replace My Gym", "I Tried Amp — and It May Replace My Gym"),
        (
            "The Programming Language Death Spiral - How Small Languages Die",
            "The Programming Language Death Spiral - How Small Languages Die",
        ),
        ("Reddit - Dive into anything", "Reddit - Dive into anything"),
        ("Hyphen-ated words stay", "Hyphen-ated words stay"),
    ],
)
def test_title_label_a_short_last_part_is_not_the_headline(title: str, expected: str) -> None:
    cut, origin = without_label(title, "html:h1")
    assert cut == expected
    assert origin == ("html:h1" if cut == title else "html:h1+label")


@pytest.mark.parametrize("language", LANGUAGES)
def test_title_label_on_a_page(language: str) -> None:
    printed = f"{HEADLINES[language]} - Local News"
    meta = meta_of(page(language, h1=printed, title=printed))
    assert (meta.title, meta.provenance["title"]) == (HEADLINES[language], "html:h1+label")


@pytest.mark.parametrize(
    ("language", "printed", "declared", "expected"),
    [
        (
            "en",
            "Anthony’s Top 10 Board Games of 2025",
            "Anthony's Top 10 Board Games of 2025 | Board Gamers",
            None,
        ),
        ("en", "Staple Tee 5001", "Staple Tee - 5001 | AS Colour", "Staple Tee - 5001"),
        (
            "de",
            "Berlin – Neue Brücke über die Spree",
            "Berlin: Neue Brücke über die Spree | Tagesblatt",
            None,
        ),
        ("ru", "“Спартак” обыграл “Зенит” в Москве", "«Спартак» обыграл «Зенит» в Москве | Вести", None),
    ],
)
def test_title_spelling_the_printed_headline_spelled_as_declared(
    language: str, printed: str, declared: str, expected: str | None
) -> None:
    # Rule title.spelling: the same words as the <title>'s story part, spelled as it spells them.
    meta = meta_of(page(language, h1=printed, title=declared))
    assert meta.title == (expected or declared.rsplit(" | ", 1)[0])
    assert meta.provenance["title"] == "html:h1+spelling"


def test_title_spelling_leaves_a_headline_with_other_words() -> None:
    meta = meta_of(page("en", title="Council keeps the old bridge | Riverside Gazette"))
    assert (meta.title, meta.provenance["title"]) == (HEADLINES["en"], "html:h1")


@pytest.mark.parametrize(
    ("language", "date"),
    [("en", "Dec 18 2025"), ("de", "18. Dezember 2025"), ("ru", "18 декабря 2025"), ("es", "2025-12-18")],
)
def test_title_undated_a_date_printed_in_the_h1_is_no_part_of_the_title(language: str, date: str) -> None:
    # Rule title.undated: the post's date and its heading on one line; the <title> starts with
    # the heading.
    story = HEADLINES[language]
    meta = meta_of(page(language, h1=f"{date} {story}", title=f"{story} | Blog"))
    assert (meta.title, meta.provenance["title"]) == (story, "html:h1+undated")


def test_title_undated_keeps_a_headline_the_title_does_not_start_with() -> None:
    printed = f"Dec 18 2025 {HEADLINES['en']}"
    meta = meta_of(page("en", h1=printed, title=f"Bridge: {HEADLINES['en']} | Blog"))
    assert not meta.provenance["title"].endswith("+undated")


@pytest.mark.parametrize(
    ("language", "label"), [("en", "Thread"), ("ru", "Тема"), ("de", "Blog"), ("es", "Blog")]
)
def test_title_lead_label_a_word_before_the_declared_title_goes(language: str, label: str) -> None:
    # Rule title.lead_label: the word says what kind of page this is, the <title> what the story is.
    story = HEADLINES[language]
    meta = meta_of(page(language, h1=f"{label}: {story}", title=f"{story} | Forum"))
    assert (meta.title, meta.provenance["title"]) == (story, "html:h1+lead")


def test_title_lead_label_keeps_a_kicker_of_several_words() -> None:
    printed = f"Bridge repairs: {HEADLINES['en']}"
    meta = meta_of(page("en", h1=printed, title=f"{HEADLINES['en']} | Riverside Gazette"))
    assert (meta.title, meta.provenance["title"]) == (printed, "html:h1")


@pytest.mark.parametrize(
    ("language", "page_number"),
    [("en", " (Page 1 of 79)"), ("de", " - Seite 2"), ("ru", " | Страница 4"), ("es", " - Página 3")],
)
def test_title_page_number_a_threads_page_is_no_part_of_its_title(language: str, page_number: str) -> None:
    # Rule title.page_number: on the printed <h1> and on a declared title alike.
    story = HEADLINES[language]
    meta = meta_of(page(language, h1=f"{story}{page_number}", title=f"{story}{page_number}"))
    assert meta.title == story
    assert meta.provenance["title"].endswith("+page")
    declared = f"{story}{page_number}"
    markup = page(language, title=declared, before="<h1>Forum</h1>", h1="")
    markup = markup.replace("<article><h1></h1>", f"<article><h2>{story}</h2>")
    assert meta_of(markup).title == story


def test_title_page_number_keeps_a_number_that_is_the_storys() -> None:
    printed = "The Page 3 Girls Return to the Riverside Stage"
    assert meta_of(page("en", h1=printed, title=f"{printed} | Riverside Gazette")).title == printed


@pytest.mark.parametrize(
    ("language", "source"), [("en", " (latimes.com) 87"), ("de", " (spiegel.de)"), ("ru", " (lenta.ru) 12")]
)
def test_title_source_domain_a_linked_storys_site_is_no_part_of_it(language: str, source: str) -> None:
    # Rule title.source_domain: Slashdot, Hacker News print the linked site and a comment count.
    story = HEADLINES[language]
    meta = meta_of(page(language, h1=f"{story}{source}", title=f"{story} - Slashdot"))
    assert (meta.title, meta.provenance["title"]) == (story, "html:h1+source")


def test_title_source_domain_keeps_a_parenthesis_of_words() -> None:
    printed = "How to Use Gym Equipment (With Confidence!)"
    assert meta_of(page("en", h1=printed, title=f"{printed} | Gym Guide")).title == printed


@pytest.mark.parametrize(("language", "site"), [("en", "Vue.js"), ("de", "Tagesblatt"), ("ru", "Вести")])
def test_h1_declared_a_site_name_og_title_after_the_story_is_no_site_before_it(
    language: str, site: str
) -> None:
    # Rule h1.declared: "Story | Site" and an og:title "Site": the <h1> "Story" leads the
    # <title>, and what follows it is a declared title shorter than it, the site's name.
    story = HEADLINES[language]
    markup = page(language, head=f'<meta property="og:title" content="{site}">', title=f"{story} | {site}")
    meta = meta_of(markup, url=None)
    assert (meta.title, meta.provenance["title"]) == (story, "html:h1")


@pytest.mark.parametrize("language", ["en", "de"])
def test_h1_declared_a_zero_width_space_in_the_h1_is_invisible(language: str) -> None:
    # "Story&#8203;" is the h1 "Story", which leads the <title> (the og:title is the site's name)
    story = HEADLINES[language]
    head = '<meta property="og:title" content="Riverside">'
    markup = page(language, head=head, h1=f"{story}&#8203;", title=f"{story} | Riverside")
    assert meta_of(markup, url=None).title == story


SHARED = {"en": "You will not believe this", "de": "Das glauben Sie nicht", "ru": "Вы не поверите"}


@pytest.mark.parametrize("language", sorted(SHARED))
def test_h1_overlap_declared_the_title_tag_confirms_the_h1(language: str) -> None:
    # Rule h1.overlap_declared: the og:title is reworded for sharing; the <title> shares most of
    # the printed headline's words, which is the headline.
    story = HEADLINES[language]
    printed = f"{story} for another year"
    head = f'<meta property="og:title" content="{SHARED[language]}">'
    meta = meta_of(page(language, head=head, h1=printed, title=f"{story} | Riverside"), url=None)
    assert (meta.title, meta.provenance["title"]) == (printed, "html:h1")


def test_h1_overlap_declared_an_unrelated_h1_leaves_the_og_title() -> None:
    head = f'<meta property="og:title" content="{SHARED["en"]}">'
    markup = page("en", head=head, h1="Subscribe to our newsletter", title=f"{HEADLINES['en']} | Riverside")
    assert meta_of(markup, url=None).title == SHARED["en"]


@pytest.mark.parametrize(
    ("language", "number"), [("en", "3.1"), ("de", "2.4.1."), ("ru", "15 -"), ("es", "12 –")]
)
def test_title_section_number_a_chapters_number_is_no_part_of_its_title(language: str, number: str) -> None:
    # Rule title.section_number: the <title> names the chapter without its number.
    story = HEADLINES[language]
    meta = meta_of(page(language, h1=f"{number} {story}", title=f"{story} - Handbook"))
    assert (meta.title, meta.provenance["title"]) == (story, "html:h1+number")


@pytest.mark.parametrize(
    ("printed", "declared"),
    [
        ("2025 - The Year the Old Bridge Stayed Open", "The Year the Old Bridge Stayed Open | Riverside"),
        ("10 - Bridges the Council Kept Open", "10 - Bridges the Council Kept Open | Riverside"),
    ],
)
def test_title_section_number_keeps_a_year_and_a_declared_number(printed: str, declared: str) -> None:
    assert meta_of(page("en", h1=printed, title=declared)).title == printed


GLUED = {
    "en": ("Black Edition", "Complete high-protein powder meal", "Meal Replacement Protein Powder"),
    "de": ("Schwarze Edition", "Komplette Mahlzeit mit viel Eiweiß", "Mahlzeitersatz als Pulver"),
    "ru": ("Чёрная серия", "Полноценная еда с белком", "Заменитель пищи в порошке"),
}


@pytest.mark.parametrize("language", sorted(GLUED))
def test_h1_glued_a_name_and_its_tagline_in_one_h1(language: str) -> None:
    # Rule h1.glued: <h1>Name<span>Tagline</span></h1>, styled as two lines, reads "NameTagline";
    # the <title> starts with the name.
    name, tagline, other = GLUED[language]
    markup = page(language, h1=f"{name}<span>{tagline}</span>", title=f"{name} | {other} | Shop")
    assert meta_of(markup).title == name


def test_h1_glued_needs_a_case_change_at_the_join() -> None:
    printed = "Black Editions of the old bridge"
    markup = page("en", h1=printed, title="Black Edition | Meal Replacement Protein Powder")
    assert meta_of(markup).title != "Black Edition"


def test_head_window_finds_the_title_printed_with_its_label() -> None:
    lines = ["Home", "Forum", "Starting a Brackish Aquarium! - Page 3", "By Jane Doe", "Text"]
    assert head_window(lines, "Starting a Brackish Aquarium!").splitlines()[0] == "Home"
    lines = ["Home", "Forum", "Help/Repair/Maintenance (Page 1 of 79)", "By Jane Doe", "Text"]
    assert head_window(lines, "Help/Repair/Maintenance").splitlines()[0] == "Home"
    # a line printing the title as it is comes first: a menu's "Title - More" is not the head
    lines = ["Best Toothbrushes | Shop", "Menu", "x", "y", "z", "w", "Best Toothbrushes", "By Jane Doe"]
    assert head_window(lines, "Best Toothbrushes").splitlines()[-1] == "By Jane Doe"
    assert "Best Toothbrushes | Shop" not in head_window(lines, "Best Toothbrushes")


# --- author.month, author.visible: html/extract.py, metadata/merge.py -----------------------


@pytest.mark.parametrize(
    ("part", "markup", "expected"),
    [
        ("Supermove February 8", "<a>Supermove</a> <time>February 8, 2022</time>", "Supermove"),
        ("ServiceTitan November", "<a>ServiceTitan</a><span>November 5, 2024</span>", "ServiceTitan"),
        ("Joshua Sokol May", "By Joshua Sokol May 17, 2021", "Joshua Sokol"),
        ("October", "", None),
        ("Jennifer May", "<a>Jennifer May</a>", "Jennifer May"),
        ("Hans Müller", "", "Hans Müller"),
    ],
)
def test_author_month_a_glued_date_word_is_no_name(part: str, markup: str, expected: str | None) -> None:
    assert without_month(part, markup) == expected


def test_author_month_on_a_page() -> None:
    meta = meta_of(page(head='<meta name="author" content="Jane Doe February 8">'))
    assert (meta.author, meta.provenance["author"]) == ("Jane Doe", "html:trafilatura")


def _seen(author: str, origin: str) -> newsclean.Metadata:
    return newsclean.Metadata(author=author, authors=(author,), provenance={"author": origin})


def test_author_visible_only_a_byline_of_the_head_wins() -> None:
    base = newsclean.Metadata(title="Council keeps the old bridge open", provenance={})
    head = "Council keeps the old bridge open\nBy Jane Doe"
    won = merge_visible(base, _seen("Jane Doe", "text:head.byline"), head, url=None)
    assert (won.author, won.provenance["author"]) == ("Jane Doe", "html:visible/text:head.byline")
    # a "By ..." line elsewhere on the page ("Faculty and Staff", "Top Agencies") is not the byline
    assert merge_visible(base, _seen("Top Agencies", "text:meta.byline"), head, url=None).author is None


def test_author_visible_the_tags_add_parts_the_byline_does_not_print() -> None:
    base = newsclean.Metadata(
        author="Silverback Strategies; Hardware", provenance={"author": "html:trafilatura"}
    )
    head = "Story\nSilverback Strategies\nHardware"
    won = merge_visible(base, _seen("Silverback Strategies", "text:head.byline"), head, url=None)
    assert won.author == "Silverback Strategies"


@pytest.mark.parametrize(
    ("declared", "url", "expected"),
    [
        ("Fastarz; Ahmet Serhan", "https://fastarz.com/top-10", "Ahmet Serhan"),
        ("Riverside Gazette; Hans Müller", "https://example.de/a", "Hans Müller"),  # og:site_name
        ("Kaufman; Jeff T", "https://www.jefftk.com/p/backup", "Kaufman; Jeff T"),  # a person's own site
        ("Fastarz", "https://fastarz.com/top-10", "Fastarz"),  # the site alone is what the page says
    ],
)
def test_author_site_the_sites_name_beside_a_person_is_no_author(
    declared: str, url: str, expected: str
) -> None:
    assert _author(declared, "", ("Riverside Gazette",), url) == (expected, "html:trafilatura")
