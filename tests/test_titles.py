"""The article's title in text mode: the page's ``<title>`` line and the headline above the article.

Pages are written for the purpose, in several languages; bodies and headlines come from
tests/rules/conftest.py.
"""

from __future__ import annotations

import pytest
from tests.rules.conftest import BODIES, TITLES

import newsclean

LANGUAGES = sorted(BODIES)
SITES = {
    "en": "Riverside Gazette",
    "ru": "Городские вести",
    "bn": "নদীতীর বার্তা",
    "kk": "Өзен жаңалықтары",
    "ar": "جريدة النهر",
}
MENUS = {
    "en": ["Home", "World", "Sport"],
    "ru": ["Главная", "Политика", "Спорт"],
    "bn": ["প্রচ্ছদ", "রাজনীতি", "খেলা"],
    "kk": ["Басты бет", "Саясат", "Спорт"],
    "ar": ["الرئيسية", "سياسة", "رياضة"],
}


def title_of(*lines: str) -> str | None:
    return newsclean.clean("\n".join(lines)).metadata.title


def body(language: str) -> list[str]:
    return BODIES[language]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("dash", ["–", "—"])
def test_dash_before_a_short_site_name_is_cut(language: str, dash: str) -> None:
    first = f"{TITLES[language]} {dash} {SITES[language]}"
    assert title_of(first, *MENUS[language], TITLES[language], *body(language)) == TITLES[language]


def test_dash_inside_a_headline_is_kept() -> None:
    # The part after the dash is a phrase, not a site's name: the whole line is the title.
    first = "Budget 2025 — what the new council tax means for every household in the city"
    assert title_of(first, "Home", "News", *body("en")) == first


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("joiner", [" | ", " · "])
def test_menu_joined_on_the_first_line_is_not_the_title(language: str, joiner: str) -> None:
    menu = joiner.join(MENUS[language])
    assert title_of(menu, TITLES[language], *body(language)) == TITLES[language]


def test_two_menu_items_are_not_a_title() -> None:
    assert title_of("Home | World", TITLES["en"], *body("en")) == TITLES["en"]


@pytest.mark.parametrize(
    ("language", "today"),
    [
        ("ru", "Воскресенье, 1 февраля 2015"),
        ("en", "Sunday, 1 February 2015"),
        ("kk", "Жексенбі, 3 мамыр 2020"),
    ],
)
def test_todays_date_on_the_first_line_is_not_the_title(language: str, today: str) -> None:
    assert title_of(today, MENUS[language][0], TITLES[language], *body(language)) == TITLES[language]


@pytest.mark.parametrize("site", ["The Riverside Gazette", "El Diario del Sur", "Le Courrier du Matin"])
def test_site_name_of_four_words_is_not_the_title(site: str) -> None:
    assert title_of(site, "Home", "World", TITLES["en"], *body("en")) == TITLES["en"]


@pytest.mark.parametrize(
    ("first", "heading"),
    [
        ("Hermitian matrix - Wikipedia", "Hermitian matrix"),
        ("Старый мост - Городские вести", "Старый мост"),
        ("Ескі көпір | Өзен", "Ескі көпір"),
    ],
)
def test_short_title_part_printed_as_the_heading_is_the_title(first: str, heading: str) -> None:
    # Readability.js would keep the whole line (the part looks too short to be a title); the
    # page printing that part alone above the article settles it.
    assert title_of(first, "Menu", heading, *body("en")) == heading


def test_short_title_part_not_printed_keeps_the_whole_line() -> None:
    assert title_of("Mozilla - Wikipedia", "Menu", "Search", *body("en")) == "Mozilla - Wikipedia"


@pytest.mark.parametrize(("language", "lone"), [("en", "Document"), ("ru", "Документ"), ("kk", "Құжат")])
def test_short_first_line_above_the_article_is_its_title(language: str, lone: str) -> None:
    assert title_of(lone, *body(language)) == lone


def test_short_first_line_far_from_the_article_is_not_a_title() -> None:
    lines = ["Document", "Home", "World", "Sport", "Login", *body("en")]
    assert title_of(*lines) is None


@pytest.mark.parametrize(
    ("language", "byline"),
    [("kk", "Авторы: Ермек Көшербаев"), ("ru", "Автор: Иван Петров"), ("en", "By Jane Doe and John Roe")],
)
def test_byline_under_the_headline_is_not_the_title(language: str, byline: str) -> None:
    lines = [*MENUS[language], TITLES[language], byline, *body(language)]
    assert title_of(*lines) == TITLES[language]


@pytest.mark.parametrize(
    ("language", "stamp"),
    [
        ("de", "Nachrichtenredaktion | 1. Januar 2015, 00:00 Uhr"),
        ("en", "Newsroom | January 1, 2015 00:00 GMT"),
    ],
)
def test_dateline_with_a_time_is_not_the_title(language: str, stamp: str) -> None:
    headline = "Kasachstan und Kenia beraten über Handelsbeziehungen"
    paragraph = "Am Dienstag unterzeichnete der Botschafter eine Absichtserklärung über die Zusammenarbeit."
    lines = [headline, stamp, paragraph] if language == "de" else [TITLES["en"], stamp, *body("en")]
    assert title_of(*lines) == (headline if language == "de" else TITLES["en"])


@pytest.mark.parametrize("language", ["en", "ru"])
def test_list_items_above_the_core_are_not_the_title(language: str) -> None:
    items = {
        "en": [
            "The agreement covers several areas:",
            "- trade and investment;",
            "- transport and logistics.",
        ],
        "ru": ["Соглашение охватывает несколько направлений:", "- торговля и инвестиции;", "- транспорт."],
    }[language]
    lines = [TITLES[language], items[0], items[1], items[2], *body(language)]
    assert title_of(*lines) == TITLES[language]


@pytest.mark.parametrize(("language", "menu_item"), [("en", "Latest"), ("kk", "Пікір"), ("bn", "সর্বশেষ")])
def test_menu_item_named_like_a_section_heading_keeps_the_headline(language: str, menu_item: str) -> None:
    lines = [MENUS[language][0], menu_item, TITLES[language], *body(language)]
    assert title_of(*lines) == TITLES[language]


@pytest.mark.parametrize("language", ["bn", "ar"])
def test_headline_inside_the_core_under_an_unknown_notice(language: str) -> None:
    # A consent notice the phrase lists do not know becomes the core's first line: the headline
    # is then one of the core's first lines, directly above prose.
    notice = {
        "bn": "আমরা আপনার অভিজ্ঞতা উন্নত করতে কুকি ব্যবহার করি। সাইটটি ব্যবহার চালিয়ে গেলে আপনি আমাদের নীতিতে সম্মত হচ্ছেন।",
        "ar": "نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا. "
        "باستمرارك في تصفح الموقع فإنك توافق على ذلك.",
    }[language]
    lines = [notice, "OK", TITLES[language], *body(language)]
    assert title_of(*lines) == TITLES[language]


@pytest.mark.parametrize(
    ("first", "story"),
    [
        ("Council keeps the old bridge open - Local / Riverside", "Council keeps the old bridge open"),
        ("Совет оставил старый мост открытым - Общество / Вести", "Совет оставил старый мост открытым"),
        (
            "Le conseil garde le vieux pont ouvert - Culture » Libération",
            "Le conseil garde le vieux pont ouvert",
        ),
    ],
)
def test_hierarchical_title_loses_section_and_site(first: str, story: str) -> None:
    assert title_of(first, "Menu", *body("en")) == story


def test_flat_title_is_cut_at_its_last_separator_only() -> None:
    first = "Council keeps the old bridge open | Local | Riverside"
    assert title_of(first, "Menu", *body("en")) == "Council keeps the old bridge open | Local"


@pytest.mark.parametrize(
    ("language", "crumbs"),
    [
        ("kk", "Басты бет | Саясат"),
        ("en", "Home | World news"),
        ("ru", "Главная > Политика"),
        ("ar", "الصفحة الرئيسية | سياسة"),
        ("bn", "প্রচ্ছদ | জাতীয় রাজনীতি"),
        # no menu phrase, but right above a different headline
        ("en", "Puzzles | Weather"),
        ("ru", "Происшествия · Кино"),
        ("kk", "Ауа райы | Кино"),
    ],
)
def test_short_parts_on_the_first_line_are_not_a_title_above_a_headline(language: str, crumbs: str) -> None:
    # Short parts, one a menu item, over the page's own headline: a breadcrumb, not "Story | Site"
    # (test_short_title_part_not_printed_keeps_the_whole_line: "Mozilla - Wikipedia" is a title).
    assert title_of(crumbs, TITLES[language], *body(language)) == TITLES[language]


@pytest.mark.parametrize(
    ("language", "quoted"),
    [
        ("en", "Mayor Jane Doe: the bridge stays open for another year"),
        ("ru", "Мэр Анна Петрова: мост останется открытым ещё на год"),
        ("bn", "মেয়র রহিম উদ্দিন: সেতু আরও এক বছর খোলা থাকবে"),
    ],
)
def test_a_quote_headline_on_the_first_line_keeps_its_speaker(language: str, quoted: str) -> None:
    # The page starts with its printed headline, not a "Site: Story" <title>: nothing to strip.
    assert title_of(quoted, *body(language)) == quoted


@pytest.mark.parametrize(
    ("dateline", "headline"),
    [
        (
            "Veröffentlicht am 1. Januar 2015 um 00:00 Uhr",
            "Kasachstan und Kenia beraten über Handelsbeziehungen",
        ),
        ("Published on 3 March 2021 at 10:15 local time", "Kazakhstan and Kenya discuss trade cooperation"),
        ("Опубликовано 3 марта 2021 года в 10:15", "Казахстан и Кения обсудили торговое сотрудничество"),
    ],
)
def test_a_dateline_opening_the_text_is_not_its_title(dateline: str, headline: str) -> None:
    body = "The ambassador signed a memorandum on energy cooperation on Tuesday, the ministry said."
    doc = newsclean.clean("\n".join([dateline, headline, body]))
    assert doc.metadata.title == headline


@pytest.mark.parametrize(
    ("language", "first", "masthead", "story"),
    [
        (
            "en",
            "Preparing a transition in Debusine | Colin Watson's blog",
            "Colin Watson's blog",
            "Preparing a transition in Debusine",
        ),
        (
            "ru",
            "Совет открыл новый мост | Блог Ивана Петрова",
            "Блог Ивана Петрова",
            "Совет открыл новый мост",
        ),
        (
            "kk",
            "Кеңес жаңа көпірді ашты | Ермек Көшербаев блогы",
            "Ермек Көшербаев блогы",
            "Кеңес жаңа көпірді ашты",
        ),
    ],
)
def test_the_sites_name_printed_in_the_masthead_is_no_headline(
    language: str, first: str, masthead: str, story: str
) -> None:
    # Rule head.site_part: a later part of the title, no longer than its first, is the site's
    # name or a section; sharing most of a short title's words, it would pass for the headline.
    assert title_of(first, masthead, *MENUS[language], *body(language)) == story


@pytest.mark.parametrize(
    ("first", "printed", "spelled"),
    [
        (
            "Anthony's Top 10 Board Games of 2025 | Board Gamers",
            "Anthony’s Top 10 Board Games of 2025",
            "Anthony's Top 10 Board Games of 2025",
        ),
        ("Staple Tee - 5001 | AS Colour", "Staple Tee 5001", "Staple Tee - 5001"),
        (
            "«Спартак» обыграл «Зенит» в Москве | Спорт | Вести",
            "“Спартак” обыграл “Зенит” в Москве",
            "«Спартак» обыграл «Зенит» в Москве",
        ),
        (
            "Berlin: Neue Brücke über die Spree eröffnet | Tagesblatt",
            "Berlin – Neue Brücke über die Spree eröffnet",
            "Berlin: Neue Brücke über die Spree eröffnet",
        ),
        ("Home Gym Must Haves For Every Budget ⋆ | Fit Home", "Home Gym Must Haves For Every Budget", None),
    ],
)
def test_a_printed_headline_takes_the_titles_spelling(first: str, printed: str, spelled: str | None) -> None:
    # Rule head.title_spelling: the headline says which part is the story, the <title> how the
    # page spells it (quotes, a dash or a colon the printed line drops); marks the headline does
    # not print ("⋆") are no part of it.
    expected = spelled if spelled is not None else printed
    assert title_of(first, "Menu", printed, *body("en")) == expected


def test_a_printed_headline_with_other_words_keeps_its_own() -> None:
    first = "Council keeps the old bridge open | Riverside Gazette"
    printed = "Council keeps the old bridge open for another year"
    assert title_of(first, "Menu", printed, *body("en")) == printed


FEED_HEADS = {
    "en": [
        "Bridge repairs start next week",
        "Cyclists ask for a temporary path",
        "Council answers the residents",
    ],
    "ru": [
        "Ремонт моста начнётся на неделе",
        "Велосипедисты просят временную дорожку",
        "Совет ответил жителям города",
    ],
    "kk": [
        "Көпірді жөндеу келесі аптада басталады",
        "Велосипедшілер уақытша жол сұрайды",
        "Кеңес тұрғындарға жауап берді",
    ],
}
FORUMS = {"en": "Riverside Forums", "ru": "Городской форум", "kk": "Қала форумы"}


@pytest.mark.parametrize("language", sorted(FEED_HEADS))
def test_a_feeds_lead_in_is_titled_by_the_page(language: str) -> None:
    # A thread or a listing read as a feed: its lead-in (the page's own head) is titled like any
    # page's, by the <title> and the headline printing it, not by the rules' line above its
    # first paragraph (here the site's tagline, under the forum's name).
    site = FORUMS[language]
    lines = [f"{TITLES[language]} - {site}", site, body(language)[0], "Home", "Search", "Login"]
    lines += [TITLES[language], "12"]
    for k, head in enumerate(FEED_HEADS[language]):
        lines += [f"1{k + 2}.03.2024 10:1{k}", head, *body(language)[1:3]]
    doc = newsclean.clean("\n".join(lines))
    assert len(doc.articles) > 1
    assert doc.metadata.title == TITLES[language]


@pytest.mark.parametrize(
    ("first", "printed", "story"),
    [
        (
            "How to Negotiate Salary – Career Centre | SMCM",
            "Career Centre > How to Negotiate Salary",
            "How to Negotiate Salary",
        ),
        ("Хорошие книги года - Списки", "Списки › Хорошие книги года", "Хорошие книги года"),
        (
            "Anfängerfragen zum Holz | Forum",
            "Forum / Allgemein / Anfängerfragen zum Holz",
            "Anfängerfragen zum Holz",
        ),
    ],
)
def test_a_breadcrumb_printed_as_the_headline_gives_its_last_part(
    first: str, printed: str, story: str
) -> None:
    # Rule head.crumb: the page's place in the site, then its story, the part the title names.
    assert title_of(first, "Menu", printed, *body("en")) == story


def test_a_headline_with_an_arrow_of_its_own_is_no_breadcrumb() -> None:
    # the last part has words the title lacks: the arrow is the headline's ("2024.4 → 2024.5")
    first = "Upgrade from 2024.4 → 2024.5 breaks the login | Forum"
    printed = "Upgrade from 2024.4 → 2024.5 breaks the login page"
    assert title_of(first, "Menu", printed, *body("en")) == printed


@pytest.mark.parametrize(
    ("first", "printed", "story"),
    [
        (
            "The 10 Best Home Improvement Projects of 2023 | RenoFi | RenoFi",
            None,
            "The 10 Best Home Improvement Projects of 2023",
        ),
        (
            "Critics’ Choice: Best UK Art Exhibitions 2025 – Artlyst - Artlyst",
            "Critics’ Choice: Best UK Art Exhibitions 2025 – Artlyst",
            "Critics’ Choice: Best UK Art Exhibitions 2025",
        ),
        ("Совет оставил старый мост открытым | Вести | Вести", None, "Совет оставил старый мост открытым"),
    ],
)
def test_a_title_naming_its_site_twice_loses_both(first: str, printed: str | None, story: str) -> None:
    # Rule title.site_once: a theme and a plugin each append the site's name; the repeat goes,
    # then the site's name as from any title (the page may print the title with it once).
    lines = [first, "Menu", *([printed] if printed else []), *body("en")]
    assert title_of(*lines) == story


QUESTIONS = {
    "en": ("bridge", "Why does the council keep the old bridge open?", "Ask Civic Questions"),
    "ru": ("мосты", "Почему совет оставил старый мост открытым?", "Вопросы горожан"),
    "kk": ("көпір", "Неге кеңес ескі көпірді ашық қалдырды?", "Қала сұрақтары"),
}


@pytest.mark.parametrize("language", sorted(QUESTIONS))
def test_a_tag_before_the_question_in_the_title_is_no_headline(language: str) -> None:
    # Rule head.tag_part: "tag - Question - Site"; the tag is listed under the question, nearer
    # to the article than the question's heading above its votes and dates.
    tag, question, site = QUESTIONS[language]
    lines = [
        f"{tag} - {question} - {site}",
        *MENUS[language],
        question,
        "Ask Question",
        "Asked 6 years, 9 months ago",
        "Modified 6 years, 8 months ago",
        "Viewed 3k times",
        "6",
        *body(language),
        tag,
        "Share",
    ]
    assert title_of(*lines) == question


def test_a_short_first_part_before_a_site_name_stays_the_headline() -> None:
    # Two parts, the longer the last: "Fields - Pydantic Validation" is story then site.
    lines = [
        "Bridges - Civic Engineering Handbook",
        "Civic Engineering Handbook",
        *MENUS["en"],
        "Bridges",
        *body("en"),
    ]
    assert title_of(*lines) == "Bridges"


@pytest.mark.parametrize(
    ("language", "date"),
    [("en", "Dec 18 2025"), ("en", "2025-12-18"), ("ru", "18 декабря 2025"), ("kk", "18.12.2025")],
)
def test_a_date_printed_before_the_headline_is_no_part_of_it(language: str, date: str) -> None:
    # Rule head.dated_headline: a blog prints the post's date and its heading on one line.
    site = SITES[language]
    lines = [f"{TITLES[language]} | {site}", site, f"{date} {TITLES[language]}", *body(language)]
    assert title_of(*lines) == TITLES[language]


def test_a_headline_starting_with_a_year_keeps_it() -> None:
    first = "2025 Best of Year Award Winners | Design Weekly"
    assert title_of(first, "Menu", "2025 Best of Year Award Winners", *body("en")) == (
        "2025 Best of Year Award Winners"
    )


FEED_TITLES = {
    "en": (
        "Riverside's Bridge Stays Open for Another Year",
        "Riverside’s Bridge Stays Open for Another Year",
    ),
    "ru": ("«Мост» останется открытым ещё на год", "“Мост” останется открытым ещё на год"),
    "de": (
        "Die „Alte Brücke“ bleibt ein weiteres Jahr offen",
        'Die "Alte Brücke" bleibt ein weiteres Jahr offen',
    ),
}


@pytest.mark.parametrize("language", sorted(FEED_TITLES))
def test_a_feeds_first_title_takes_the_titles_spelling(language: str) -> None:
    # Rule head.title_spelling on the rules' heading too: the <title>'s quotes, the same words.
    declared, printed = FEED_TITLES[language]
    text = body("en")
    lines = [declared, "Home", "Search", "Login"]
    heads = [printed, "Market traders welcome the new square", "Cyclists ask for a wider lane"]
    for k, head in enumerate(heads):
        lines += [f"1{k + 2}.03.2024 10:1{k}", head, *text[1:3]]
    meta = newsclean.clean("\n".join(lines)).metadata
    assert meta.title == declared
    assert meta.provenance["title"].endswith("+spelling")


@pytest.mark.parametrize(
    ("first", "printed", "spelled"),
    [
        (
            "How AI Can Cut Your Planning Cycle From Two Weeks | Riverside",
            "How AI Can Cut Your Planning C ycle From Two Weeks",
            "How AI Can Cut Your Planning Cycle From Two Weeks",
        ),
        ("Совет оставил старый мост открытым | Вести", "Совет оставил старый мо ст открытым", None),
        ("Der Stadtrat lässt die Brücke offen | Tagesblatt", "Der Stadtrat lässt die Brü cke offen", None),
    ],
)
def test_a_word_the_printed_headline_breaks_reads_as_the_titles(
    first: str, printed: str, spelled: str | None
) -> None:
    # Rule head.title_spelling: a letter styled apart in the markup splits a word of the printed
    # line; the letters are the <title>'s, so is the spelling.
    expected = spelled if spelled is not None else first.rsplit(" | ", 1)[0]
    assert title_of(first, "Menu", printed, *body("en")) == expected
