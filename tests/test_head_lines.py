"""The lines the article head was read from carry its labels (metadata/head_lines.py): the byline
(``head.byline_line``) and the dateline (``head.date_line``) are ``meta``, the headline
(``head.headline_line``) is ``title``, whatever the rules had guessed before the head was read;
and a period's dates (rule ``dates.range``) date no article."""

from __future__ import annotations

import pytest
from tests.head_pages import HEAD_PAGES, HEADLINES

import newsclean
from newsclean.labels import Label
from newsclean.model import Document
from newsclean.text import dates

#: A menu, then the head lines, then the story.
_MENU = ("Home", "News", "Sport")


def clean(*head: str, lang: str = "en", body_first: tuple[str, ...] = ()) -> Document:
    """A page: a menu, ``head`` (headline, byline, date...), ``body_first`` and the story."""
    body = HEAD_PAGES[lang]["body"]
    return newsclean.clean("\n".join([*_MENU, *head, *body_first, *body]), format="text")


def line(doc: Document, text: str) -> newsclean.Line:
    return next(li for li in doc.lines if li.text.strip() == text)


@pytest.mark.parametrize(
    ("lang", "name", "date"),
    [
        ("en", "Kelia Losa Reinoso", "August 25, 2025"),
        ("de", "Erika Becker", "7. Juli 2025"),
        ("es", "Lucía Fernández", "25 de agosto de 2025"),
        ("ru", "Анна Смирнова", "25 августа 2025"),
    ],
)
def test_a_bare_name_under_the_headline_is_labelled_as_the_byline(lang: str, name: str, date: str) -> None:
    doc = clean(HEADLINES[lang], name, date, lang=lang)
    assert doc.metadata.author == name
    byline = line(doc, name)
    assert (byline.label, byline.rule) == (Label.META, "head.byline_line")
    assert name in byline.reason  # the reason names the author read from it
    dated = line(doc, date)
    assert dated.label is Label.META


def test_a_korean_name_and_role_line_is_the_byline() -> None:
    story = [
        "시의회는 월요일 낡은 다리를 1년 더 개방하기로 결정했다고 시 관계자가 밝혔다.",
        "주민들은 수년째 새 다리 건설을 기다리고 있으며 교통 체증이 계속되고 있다고 말했다.",
        "공사는 내년 봄에 시작될 예정이며 완공까지 약 3년이 걸릴 것으로 보인다.",
    ]
    page = "\n".join(["홈", "뉴스", "낡은 다리, 1년 더 개통", "홍길동 기자", "입력 2019.11.19 10:30", *story])
    doc = newsclean.clean(page, format="text")
    assert doc.metadata.author == "홍길동"
    assert line(doc, "홍길동 기자").rule == "head.byline_line"


#: A photo caption under the headline: a sentence, so the rules' core starts above the byline.
_CAPTIONS = {
    "en": "Workers inspect the old bridge over the river on Monday, the day before the council met.",
    "de": "Arbeiter prüfen am Montag die alte Brücke über den Fluss, einen Tag vor der Sitzung des Rates.",
    "es": "Unos obreros revisan el viejo puente sobre el río el lunes, antes de la reunión del concejo.",
}


@pytest.mark.parametrize(
    ("lang", "byline", "author"),
    [
        ("en", "Tom Krisher, AP Auto Writer", "Tom Krisher"),
        ("de", "Erika Becker, Redakteurin", "Erika Becker"),
        ("es", "Lucía Fernández, corresponsal", "Lucía Fernández"),
    ],
)
def test_a_byline_inside_the_core_leaves_the_body(lang: str, byline: str, author: str) -> None:
    """Under a photo caption the rules' core has begun: they keep the byline as article text;
    the head reads it as the byline (a name, a role, the date below), and it leaves the body."""
    doc = clean(HEADLINES[lang], _CAPTIONS[lang], byline, "18.11.2019 09:24", lang=lang)
    assert doc.metadata.author == author
    assert byline not in doc.text
    assert _CAPTIONS[lang] in doc.text
    assert line(doc, byline).label is Label.META


@pytest.mark.parametrize(
    ("lang", "stamp"),
    [
        ("en", "Nov 18, 2019 at 9:24 pm ET • 2 min read"),
        ("de", "Aktualisiert: 18.11.2019, 19:11 Uhr"),
        ("es", "Actualizado 18/11/2019 19:11"),
    ],
)
def test_the_head_dateline_above_the_story_leaves_the_body(lang: str, stamp: str) -> None:
    doc = clean(HEADLINES[lang], stamp, lang=lang)
    assert (doc.metadata.published or doc.metadata.updated or "").startswith("2019-11-18")
    dated = line(doc, stamp)
    assert dated.label is Label.META
    assert stamp not in doc.text


@pytest.mark.parametrize("lang", ["en", "de", "ru"])
def test_a_sentence_naming_the_author_stays_in_the_body(lang: str) -> None:
    """Only a byline-shaped line moves: the story's own sentences never leave the body, even
    when a name in them is what the head read."""
    doc = clean(HEADLINES[lang], lang=lang)
    for sentence in HEAD_PAGES[lang]["body"]:
        assert sentence in doc.text
        assert line(doc, sentence).label is Label.BODY


def test_a_list_item_is_no_bare_byline() -> None:
    """ "- Immersive Exhibition" under a listing's entry is its tag, not who wrote the page."""
    doc = clean(
        "Exhibitions",
        "- Pintoricchio Magnified: An Immersive Conservation Experience",
        "  - Immersive Exhibition",
        "Opens: Aug 10, 2025",
    )
    assert doc.metadata.author is None
    assert line(doc, "- Immersive Exhibition").rule != "head.byline_line"


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("Date: Aug 10, 2025 – Aug 23, 2026 Location: 115 Textiles", {0, 1}),
        ("Feb 1 – Jun 7, 2026", {0, 1}),
        ("10.05.2025 - 12.05.2025", {0, 1}),
        ("Published 2025-01-01 - Updated 2025-02-01", set()),  # words between: no period
        ("May 21, 2025 April 24, 2025", set()),  # side by side: published and updated
        ("Nov 19, 2019 - 10:30 AM", set()),  # a date and its time
    ],
)
def test_dates_joined_by_a_dash_make_a_period(text: str, joined: set[int]) -> None:
    found = dates.find_dates(text, default_year=2025)
    assert dates.in_ranges(text, found) == joined


@pytest.mark.parametrize(
    ("lang", "period"),
    [
        ("en", "Aug 10, 2025 – Aug 23, 2026"),
        ("de", "10.08.2025 – 23.08.2026"),
        ("ru", "10.08.2025 — 23.08.2026"),
    ],
)
def test_a_period_under_the_headline_dates_no_article(lang: str, period: str) -> None:
    doc = clean(HEADLINES[lang], period, lang=lang)
    assert doc.metadata.published is None
    assert doc.metadata.updated is None


@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_the_headline_above_a_byline_the_rules_took_for_the_headline(lang: str) -> None:
    """Rule head.headline_above_byline: the rules' headline is the short line nearest the story,
    here the byline; the head reads the byline there, and the headline is the line above it."""
    name = {"en": "Tom Krisher, AP Auto Writer", "de": "Erika Becker, Redakteurin", "es": "Lucía Fernández"}
    doc = clean(HEADLINES[lang], name[lang], "18.11.2019 09:24", lang=lang)
    assert doc.metadata.title == HEADLINES[lang]
    assert doc.metadata.author is not None
    assert doc.metadata.author in name[lang]
    assert line(doc, HEADLINES[lang]).label is Label.TITLE
    assert line(doc, name[lang]).label is Label.META


@pytest.mark.parametrize("lang", ["en", "de"])
def test_a_byline_is_never_the_title(lang: str) -> None:
    """Rule title.not_byline: with no headline-shaped line above it (the story's first sentence
    is), the byline the rules took for the headline gives the author and no title."""
    first = HEAD_PAGES[lang]["body"][0]
    name = {"en": "Tom Krisher, AP Auto Writer", "de": "Erika Becker, Redakteurin"}[lang]
    doc = clean(first, name, "18.11.2019 09:24", lang=lang)
    assert doc.metadata.author is not None
    assert doc.metadata.author in name
    assert doc.metadata.title is None
    assert line(doc, name).label is Label.META


def test_disabling_meta_byline_keeps_the_bylines_line_in_the_body() -> None:
    """The relabelling follows the rule that removes bylines: off with it, and with the ``none``
    preset, the line stays where the rules left it."""
    lines = [*_MENU, HEADLINES["en"], _CAPTIONS["en"], "Tom Krisher, AP Auto Writer", "18.11.2019 09:24"]
    page = "\n".join([*lines, *HEAD_PAGES["en"]["body"]])
    assert "Tom Krisher" not in newsclean.clean(page, format="text").text
    for config in (newsclean.CleanConfig(disable=("meta.byline",)), newsclean.CleanConfig(preset="none")):
        assert "Tom Krisher" in newsclean.clean(page, format="text", config=config).text


#: Headlines in scripts without capitals, with a site's name above them (tests/test_head.py's
#: Bengali page, and the same shape in Arabic and Chinese).
_CASELESS = {
    "bn": ("বাংলা বার্তা", "আস্তানায় সড়ক দুর্ঘটনায় আহত ৩১", "১ জানুয়ারি ২০১৫, ১০:২৭"),
    "ar": ("أخبار اليوم", "مجلس المدينة يبقي الجسر القديم مفتوحا", "1 يناير 2015، 10:27"),
    "zh": ("今日新闻", "市议会决定旧桥再开放一年", "2015年1月1日 10:27"),
}
_CASELESS_BODY = {
    "bn": [
        "একই সঙ্গে প্রতিনিধিদলের প্রধান আনোয়ার হোসেন এক বিবৃতিতে যৌথ বিনিয়োগ প্রকল্পের অগ্রগতি পর্যালোচনা করেছেন।",
        "মন্ত্রণালয়ের মুখপাত্র রোববার বিকেলে শিক্ষা ও বিজ্ঞান খাতে সহযোগিতা বাড়াতে আগ্রহ প্রকাশ করেছেন।",
    ],
    "ar": [
        "صوت مجلس المدينة يوم الثلاثاء على إبقاء الجسر القديم مفتوحا لعام آخر، بحسب ما قال المسؤولون.",
        "وقال السكان الذين يستخدمون الجسر كل يوم إنهم شعروا بالارتياح لهذا القرار ويأملون في إصلاحه.",
    ],
    "zh": [
        "市议会周二投票决定让这座老桥再开放一年，官员们在会后表示工程将在明年春天开始。",
        "每天使用这座桥的居民说，他们对这个决定感到欣慰，并希望尽快完成维修工作。",
    ],
}


@pytest.mark.parametrize("lang", sorted(_CASELESS))
def test_in_a_script_without_capitals_a_headline_or_a_masthead_is_no_name(lang: str) -> None:
    """Rule head.caseless_name: no capitals tell a name from a heading there; above the headline
    and on it, a bare name is the site's or the story's, not a byline."""
    site, headline, date = _CASELESS[lang]
    doc = newsclean.clean("\n".join([site, headline, date, *_CASELESS_BODY[lang]]), format="text")
    assert doc.metadata.title == headline
    assert doc.metadata.author is None


def test_the_site_headers_date_keeps_its_navigation_label() -> None:
    """Today's date over the menus dates the story when it touches the headline, but the line is
    the site header's (navigation.page_date), as the gold of a scraped page labels it."""
    page = "\n".join(["Saturday, July 16, 2022", HEADLINES["en"], *HEAD_PAGES["en"]["body"]])
    doc = newsclean.clean(page, format="text")
    assert doc.metadata.published == "2022-07-16"
    assert (line(doc, "Saturday, July 16, 2022").label, line(doc, "Saturday, July 16, 2022").rule) == (
        Label.NAVIGATION,
        "navigation.page_date",
    )


@pytest.mark.parametrize(
    ("lang", "today"),
    [
        ("en", "Saturday, July 16, 2022"),
        ("de", "Samstag, 16. Juli 2022"),
        ("pt", "quarta-feira, 18 de fevereiro de 2015"),
    ],
)
def test_the_headers_date_with_its_weekday_stays_navigation(lang: str, today: str) -> None:
    """Under the menus, today's date with its weekday is the site header's, though it touches
    the headline and the head reads it (a weekday of two words joined by a hyphen too)."""
    body = HEAD_PAGES[lang if lang in HEAD_PAGES else "en"]["body"]
    doc = newsclean.clean("\n".join([*_MENU, today, "Council keeps the old bridge open", *body]))
    assert doc.metadata.published is not None  # the head reads it: it touches the headline
    assert line(doc, today).label is Label.NAVIGATION


@pytest.mark.parametrize(
    ("site", "desk", "lang"),
    [("Stadtanzeiger Aktuell", "Nachrichtenredaktion", "de"), ("Northern Courier", "News Desk", "en")],
)
def test_the_sites_name_over_the_headline_is_no_byline(site: str, desk: str, lang: str) -> None:
    """Rule head.publisher_name: the masthead the copyright line names is the site's name."""
    body = HEAD_PAGES[lang]["body"]
    lines = [site, "Montag, 1. Dezember 2025", HEADLINES[lang], desk, *body, f"Copyright © 2021 {site}"]
    doc = newsclean.clean("\n".join(lines), format="text")
    assert doc.metadata.author == desk
    assert doc.metadata.publisher == site


def test_a_bloggers_name_under_the_headline_stays_the_author_though_the_copyright_names_it() -> None:
    body = HEAD_PAGES["en"]["body"]
    lines = ["Jane Doe", HEADLINES["en"], "Jane Doe", "March 3, 2025", *body, "© 2025 Jane Doe"]
    assert newsclean.clean("\n".join(lines), format="text").metadata.author == "Jane Doe"


@pytest.mark.parametrize(
    ("lang", "site", "today", "desk"),
    [
        ("ru", "Новости Степи", "Среда, 1 марта 2017", "Служба новостей"),
        ("en", "Steppe Daily News", "Wednesday, March 1, 2017", "News Desk"),
        ("de", "Stadtanzeiger Aktuell", "Mittwoch, 1. März 2017", "Nachrichtenredaktion"),
        ("es", "Diario del Sur", "Miércoles, 1 de marzo de 2017", "Redacción Internacional"),
    ],
)
def test_a_desk_under_the_headline_beats_the_masthead_over_it(
    lang: str, site: str, today: str, desk: str
) -> None:
    """Rule head.byline_below: the rules' byline line in the byline's place wins over a bare name
    above the headline (the site's name over the menu and the header's date)."""
    lines = [site, "Menu", today, "", HEADLINES[lang], "", desk, "", *HEAD_PAGES[lang]["body"]]
    doc = newsclean.clean("\n".join(lines), format="text")
    assert doc.metadata.author == desk
    assert line(doc, site).label is Label.NAVIGATION


def test_a_list_items_date_keeps_the_lists_label() -> None:
    """A date the head read on a list's item ("- 8 January 2015" under "Latest") is the list's."""
    body = HEAD_PAGES["en"]["body"]
    teasers = [
        "Latest",
        "Council approves the new budget",
        "- 8 January 2015",
        "Ferry service resumes",
        "- 7 January 2015",
    ]
    doc = newsclean.clean("\n".join([*_MENU, HEADLINES["en"], *body, *teasers]), format="text")
    for item in ("- 8 January 2015", "- 7 January 2015"):
        assert line(doc, item).rule != "head.date_line"


@pytest.mark.parametrize("line_text", ["Cloud Help Desk", "Faculty and Staff", "Meet Our Staff", "Editor"])
def test_a_line_with_a_desk_word_that_names_no_desk_gives_no_author(line_text: str) -> None:
    """Rule byline.desk: the rules remove a short line with a desk word by the head as a byline
    line; only a whole desk phrase names the desk, and a role alone names no one."""
    doc = clean(HEADLINES["en"], line_text, "August 25, 2025")
    assert doc.metadata.author is None


@pytest.mark.parametrize(("lang", "desk"), [("de", "Redaktion"), ("ru", "Редакция"), ("en", "Online Desk")])
def test_a_one_word_desk_is_the_author(lang: str, desk: str) -> None:
    doc = clean(HEADLINES[lang], desk, "25.08.2025 10:00", lang=lang)
    assert doc.metadata.author == desk
