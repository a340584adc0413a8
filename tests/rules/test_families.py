"""Each rule family on pages written for the purpose, in several languages and scripts."""

from __future__ import annotations

import pytest
from tests.rules.conftest import BODIES, TITLES, decisions, page

import newsclean

RELATED_HEADINGS = {
    "en": "Related stories",
    "ru": "Похожие новости",
    "bn": "সম্পর্কিত খবর",
    "kk": "Ұқсас жаңалықтар",
    "ar": "أخبار ذات صلة",
}
INLINE = {
    "en": "READ MORE: Mayor promises new ferry service",
    "ru": "Читайте также: Мэр пообещал новый паром",
    "bn": "আরও পড়ুন: নতুন ফেরি সেবার প্রতিশ্রুতি মেয়রের",
    "kk": "Тағы оқыңыз: Әкім жаңа паром қызметін уәде етті",
    "ar": "اقرأ أيضا: رئيس البلدية يعد بخدمة عبارات جديدة",
}
ADS = {"en": "Advertisement", "ru": "Реклама", "bn": "বিজ্ঞাপন", "kk": "Жарнама", "ar": "إعلان"}
COPYRIGHT = {
    "en": "© 2025 Riverside Gazette. All rights reserved.",
    "ru": "© 2025 Городские вести. Все права защищены.",
    "bn": "© ২০২৫ নদীতীর বার্তা। সর্বস্বত্ব সংরক্ষিত।",
    "kk": "© 2025 Өзен жаңалықтары. Барлық құқықтар қорғалған.",
    "ar": "© 2025 جريدة النهر. جميع الحقوق محفوظة.",
}


def test_title_and_body_are_found(language: str) -> None:
    got = decisions(page(language, head=["Home", "World", "Sport", "Login"]))
    assert got[TITLES[language]][0] == "title"
    for paragraph in BODIES[language]:
        assert got[paragraph] == ("body", "body.core")


def test_inline_related_link(language: str) -> None:
    got = decisions(page(language, middle=[INLINE[language]]))
    assert got[INLINE[language]] == ("related", "related.inline")
    assert all(got[p][0] == "body" for p in BODIES[language])


def test_related_section_runs_to_the_teasers_end(language: str) -> None:
    other = BODIES["en"] if language != "en" else BODIES["ru"]
    tail = [RELATED_HEADINGS[language], "Ferry service returns after ten years", *other]
    got = decisions(page(language, tail=tail))
    assert got[RELATED_HEADINGS[language]] == ("related", "related.heading")
    for line in tail[1:]:
        assert got[line][0] == "related", line


def test_related_section_ends_where_the_article_resumes() -> None:
    body = BODIES["en"]
    text = "\n".join(
        [
            TITLES["en"],
            body[0],
            "Related",
            "Ferry service returns after ten years",
            "The council said the bridge repairs would be paid from next year's budget, officials added.",
            body[2],
        ]
    )
    got = decisions(text)
    assert got["Ferry service returns after ten years"][0] == "related"
    assert (
        got["The council said the bridge repairs would be paid from next year's budget, officials added."][0]
        == "body"
    )


def test_ad_marker_mid_article(language: str) -> None:
    got = decisions(page(language, middle=[ADS[language]]))
    assert got[ADS[language]] == ("ad", "ad.marker")


def test_copyright_notice(language: str) -> None:
    doc = newsclean.clean(page(language, tail=[COPYRIGHT[language]]))
    line = next(ln for ln in doc.lines if ln.text == COPYRIGHT[language])
    assert (line.label.value, line.rule) == ("copyright", "copyright.notice")
    assert doc.metadata.publisher is not None


def test_article_sentence_about_copyright_is_kept() -> None:
    sentence = (
        "The court ruled that the copyright of the photographs belongs to the museum, "
        "not to the estate of the artist."
    )
    got = decisions(page("en", middle=[sentence]))
    assert got[sentence][0] == "body"


def test_comment_form_and_rating_widget() -> None:
    tail = [
        "Was this article helpful?",
        "Leave a comment",
        "Your email address will not be published.",
        "Great piece, I cross that bridge every morning and the potholes are terrible.",
    ]
    got = decisions(page("en", tail=tail))
    assert got["Was this article helpful?"][0] == "comments"
    assert got["Leave a comment"][0] == "comments"
    assert got["Your email address will not be published."][0] == "comments"
    assert got[tail[3]][0] != "body"


def test_newsletter_prompt() -> None:
    tail = ["Newsletter", "Sign up for our newsletter and get the top stories in your inbox"]
    got = decisions(page("en", tail=tail))
    assert got["Newsletter"][0] in ("subscribe", "navigation")
    assert got[tail[1]] == ("subscribe", "subscribe.prompt")


@pytest.mark.parametrize(
    ("line", "field", "value"),
    [
        ("By Maria Lopez", "author", "Maria Lopez"),
        ("International Desk", "author", "International Desk"),
        ("Автор: Иван Петров", "author", "Иван Петров"),
        ("অনলাইন ডেস্ক", "author", "অনলাইন ডেস্ক"),
    ],
)
def test_bylines_are_meta_and_parsed(line: str, field: str, value: str) -> None:
    lang = "bn" if "ডেস্ক" in line else "ru" if "Автор" in line else "en"
    text = "\n".join([TITLES[lang], line, *BODIES[lang]])
    doc = newsclean.clean(text)
    assert {ln.text: ln.label.value for ln in doc.lines}[line] == "meta"
    assert getattr(doc.metadata, field) == value


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("Source: AFP", "AFP"),
        ("Источник: ТАСС", "ТАСС"),
        ("সূত্র: এএফপি", "এএফপি"),
        ("المصدر: رويترز", "رويترز"),
    ],
)
def test_credit_lines_give_the_source(line: str, source: str) -> None:
    lang = {"S": "en", "И": "ru", "স": "bn", "ا": "ar"}[line[0]]
    doc = newsclean.clean(page(lang, tail=[line]))
    assert {ln.text: ln.rule for ln in doc.lines}[line] == "meta.credit"
    assert doc.metadata.source == source


@pytest.mark.parametrize(
    ("lang", "line", "source"),
    [
        ("en", "(With inputs from Reuters)", "Reuters"),
        ("en", "With input from AP", "AP"),
        ("ru", "По материалам ТАСС", "ТАСС"),
        ("kk", "Ақпарат көзі: Kazinform", "Kazinform"),
        ("ar", "نقلا عن رويترز", "رويترز"),
    ],
)
def test_credits_without_a_colon_give_the_source(lang: str, line: str, source: str) -> None:
    doc = newsclean.clean(page(lang, tail=[line]))
    assert {ln.text: ln.rule for ln in doc.lines}[line] == "meta.credit"
    assert doc.metadata.source == source


def test_a_sentence_that_starts_like_a_credit_is_body() -> None:
    line = "With inputs from farmers and engineers, the council drew up a new plan for the bridge."
    doc = newsclean.clean(page("en", middle=[line]))
    assert {ln.text: ln.label.value for ln in doc.lines}[line] == "body"
    assert doc.metadata.source is None


@pytest.mark.parametrize(
    ("lang", "dateline", "published"),
    [
        ("en", "May 3, 2015 18:46", "2015-05-03T18:46"),
        ("ru", "3 мая 2015, 18:46", "2015-05-03T18:46"),
        ("kk", "1 қаңтар 2015, 00:01", "2015-01-01T00:01"),
        ("ar", "نشر في ٤ يناير ٢٠١٥ - ٠٦:٠٠", "2015-01-04T06:00"),
    ],
)
def test_a_date_right_above_the_headline_is_the_articles(lang: str, dateline: str, published: str) -> None:
    doc = newsclean.clean("\n".join(["Home", "World", "", dateline, TITLES[lang], "", *BODIES[lang]]))
    assert doc.metadata.published == published


def test_a_header_date_away_from_the_headline_is_not_the_articles() -> None:
    text = "\n".join(["Sunday, 1 February 2015", "Home", "World", TITLES["en"], "", *BODIES["en"]])
    assert newsclean.clean(text).metadata.published is None


@pytest.mark.parametrize(
    ("dateline", "published", "updated"),
    [
        ("March 3, 2024 at 4:05 pm", "2024-03-03T16:05", None),
        ("03.03.2024, 16:05", "2024-03-03T16:05", None),
        (
            "3 марта 2024, 16:05 Обновлено: 3 марта 2024, 18:10",
            "2024-03-03T16:05",
            "2024-03-03T18:10",
        ),
        ("৩ মার্চ ২০২৪, ১৬:০৫", "2024-03-03T16:05", None),
        (
            "Published 2024-03-03 16:05 | Updated 2024-03-04 09:00",
            "2024-03-03T16:05",
            "2024-03-04T09:00",
        ),
    ],
)
def test_datelines_are_parsed(dateline: str, published: str, updated: str | None) -> None:
    lang = "bn" if "মার্চ" in dateline else "ru" if "марта" in dateline else "en"
    doc = newsclean.clean("\n".join([TITLES[lang], dateline, *BODIES[lang]]))
    assert {ln.text: ln.label.value for ln in doc.lines}[dateline] == "meta"
    assert doc.metadata.published == published
    assert doc.metadata.updated == updated


def test_menu_runs_and_stray_symbols() -> None:
    head = ["≡", "Home", "News", "World", "Business", "Search"]
    got = decisions(page("en", head=head))
    assert got["≡"] == ("noise", "noise.symbol")
    for item in head[1:]:
        assert got[item][0] == "navigation", item


def test_feed_of_three_articles() -> None:
    parts = []
    for k, lang in enumerate(["en", "ru", "kk"]):
        parts += [
            f"0{k + 1}.03.2024, 1{k}:30 {1000 + k}",
            TITLES[lang],
            "example.org",
            *BODIES[lang],
            "Reproduction of this material is allowed only with reference to Example Agency.",
        ]
    doc = newsclean.clean("\n".join(parts))
    assert len(doc.articles) == 3
    assert [a.metadata.published for a in doc.articles] == [
        "2024-03-01T10:30",
        "2024-03-02T11:30",
        "2024-03-03T12:30",
    ]
    assert [a.metadata.views for a in doc.articles] == [1000, 1001, 1002]
    assert [a.metadata.title for a in doc.articles] == [TITLES["en"], TITLES["ru"], TITLES["kk"]]
    assert all(a.metadata.source == "example.org" for a in doc.articles)
    assert all(
        a.text == "\n".join(BODIES[lang]) for a, lang in zip(doc.articles, ["en", "ru", "kk"], strict=True)
    )
    assert doc.text == "\n\n".join(a.text for a in doc.articles)


LISTS = {
    "en": (
        "The plan covers several areas:",
        ["- repairs to the deck;", "- new railings on both sides;", "- a lane for cyclists;",
         "- brighter street lights."],
    ),
    "ru": (
        "План охватывает несколько направлений:",
        ["- ремонт настила моста;", "- новые перила с обеих сторон;", "- полоса для велосипедистов;",
         "- более яркое уличное освещение."],
    ),
    "kk": (
        "Жоспар бірнеше бағытты қамтиды:",
        ["- көпір төсемін жөндеу;", "- екі жағына жаңа қоршау;", "- велосипедшілерге арналған жол;",
         "- жарығырақ көше шамдары."],
    ),
    "ar": (
        "وتشمل الخطة عدة مجالات:",
        ["- إصلاح أرضية الجسر؛", "- درابزين جديد على الجانبين؛", "- مسار لراكبي الدراجات؛",
         "- إنارة أقوى للشارع."],
    ),
    "bn": (
        "পরিকল্পনায় কয়েকটি বিষয় রয়েছে:",
        ["- সেতুর পাটাতন মেরামত;", "- দুই পাশে নতুন রেলিং;", "- সাইকেল চালকদের জন্য লেন;",
         "- রাস্তায় আরও উজ্জ্বল বাতি।"],
    ),
}  # fmt: skip


def test_a_list_that_cuts_the_article_is_body(language: str) -> None:
    # The list's short lines outweigh the one paragraph above it: the core starts below the list.
    intro, items = LISTS[language]
    body = BODIES[language]
    text = "\n".join(
        ["Home", "News", TITLES[language], "", body[0], intro, *items, body[1], body[2], "", "Contact"]
    )
    doc = newsclean.clean(text)
    got = {ln.text: ln.label.value for ln in doc.lines}
    assert [got[line] for line in [body[0], intro, *items, body[1], body[2]]] == ["body"] * 8
    assert got[TITLES[language]] == "title"
    assert got["Contact"] == "navigation"


@pytest.mark.parametrize(
    ("lang", "link", "ad"),
    [
        ("en", "See also | Bridge closures across the region", "Advertisement"),
        ("ru", "Читайте также | Закрытие мостов в регионе", "Реклама"),
        ("ar", "اقرأ أيضا | إغلاق الجسور في المنطقة", "إعلان"),
    ],
)
def test_the_article_resumes_after_an_inline_link_and_an_ad(lang: str, link: str, ad: str) -> None:
    body = BODIES[lang]
    text = "\n".join(
        [TITLES[lang], "", body[0], body[1], link, ad, body[2], "", "Home", "Contact", "About us"]
    )
    got = decisions(text)
    assert [got[line][0] for line in body] == ["body"] * 3
    assert got[link][0] == "related"
    assert got["Contact"][0] == "navigation"


def test_a_menu_of_bullets_after_the_article_is_not_body() -> None:
    menu = ["• Home", "• World", "• Sport", "• Contact"]
    got = decisions(page("en", tail=["", *menu]))
    assert all(got[item][0] == "navigation" for item in menu)


def test_feed_source_above_a_short_first_paragraph() -> None:
    parts = []
    for k, (title, first) in enumerate(
        [
            (
                "Казахстан и Кения обсудили торговое сотрудничество",
                "В мероприятии приняли участие более 12 человек.",
            ),
            ("В Женеве обсудили вопросы энергетики", BODIES["ru"][0]),
            ("Делегации пяти стран прибыли на форум", "Форум открылся во вторник."),
            ("Парламент принял закон о закупках", BODIES["ru"][1]),
        ]
    ):
        parts += [f"0{k + 1}.03.2024, 1{k}:30 {1000 + k}", title, "akorda.kz", first]
    doc = newsclean.clean("\n".join(parts))
    assert [a.metadata.source for a in doc.articles] == ["akorda.kz"] * 4


@pytest.mark.parametrize(
    ("source", "author"),
    [
        # an agency's name under a feed article's title is its source, even when it looks like a
        # person's two capitalised words (a property test's counterexample)
        ("РИА Новости", None),
        ("Reuters Staff", None),
        ("Agência Brasil", None),
        ("Agencia Andina", None),
        ("Europa Press", None),
        # a person's name there is the article's author
        ("Дмитрий Орлов", "Дмитрий Орлов"),
    ],
)
@pytest.mark.parametrize("stamp", ["01.01.2015, 00:00 1", " date 2015-01-02 01.01.2015, 00:00 1"])
def test_the_line_under_a_feed_title_names_an_agency_or_a_person(
    source: str, author: str | None, stamp: str
) -> None:
    # The stamp may carry a crawler's " date YYYY-MM-DD " prefix: "date" is no poster's name.
    text = "\n".join(
        [
            "Главная",
            stamp,
            "Казахстан и Кения обсудили торговое сотрудничество",
            source,
            BODIES["ru"][0],
            "31.12.2014, 23:55 1",
            "В Женеве обсудили вопросы энергетики",
            BODIES["ru"][1],
        ]
    )
    first = newsclean.clean(text).articles[0].metadata
    assert (first.author, first.source) == (author, None if author else source)


@pytest.mark.parametrize(
    ("site_date", "site"),
    [
        ("jueves, 30 de abril de 2026", "El Diario del Sur"),
        ("Monday, 2 January 2017", "The Daily Courier News"),
        ("Четверг, 30 апреля 2026", "Городские новости сегодня"),
    ],
)
def test_the_site_header_date_above_a_feed_is_not_an_article(site_date: str, site: str) -> None:
    parts = [site_date, site, "Home | World | Politics", ""]
    for k, lang in enumerate(["en", "ru", "kk"]):
        parts += [f"0{k + 1}.03.2024, 1{k}:30 {1000 + k}", TITLES[lang], *BODIES[lang], ""]
    doc = newsclean.clean("\n".join(parts))
    assert [a.metadata.published for a in doc.articles] == [
        "2024-03-01T10:30",
        "2024-03-02T11:30",
        "2024-03-03T12:30",
    ]


@pytest.mark.parametrize(
    ("lang", "line", "published", "updated"),
    [
        (
            "en",
            "International Desk | Published on 13 April 2023 at 11:47 | Last updated: 13.04.2023, 15:30 GMT",
            "2023-04-13T11:47",
            "2023-04-13T15:30+00:00",  # the time zone is kept as an offset
        ),
        (
            "ru",
            "Служба новостей | Опубликовано 13 апреля 2023, 11:47 | Обновлено: 13.04.2023, 15:30 (мск)",
            "2023-04-13T11:47",
            "2023-04-13T15:30",
        ),
    ],
)
def test_long_published_and_updated_lines_are_datelines(
    lang: str, line: str, published: str, updated: str
) -> None:
    doc = newsclean.clean("\n".join([TITLES[lang], line, *BODIES[lang]]))
    assert {ln.text: ln.label.value for ln in doc.lines}[line] == "meta"
    assert (doc.metadata.published, doc.metadata.updated) == (published, updated)


def test_a_sentence_with_two_dates_is_body() -> None:
    line = (
        "The bridge closed on 3 March 2023 for repairs and, after a long dispute over the budget "
        "with the regional government, reopened to traffic on 12 April 2023."
    )
    got = decisions(page("en", middle=[line]))
    assert got[line][0] == "body"


def test_a_desk_named_as_a_source_gives_the_source() -> None:
    doc = newsclean.clean(page("ar", tail=["المصدر : وكالات"]))
    assert doc.metadata.source == "وكالات"


# A short paragraph between two copies of the page's ad label: the label repeats on the page,
# the paragraph is still the article's.
SHORT_PARAGRAPHS = {
    "en": "The mayor said the repairs would start in the spring.",
    "ru": "Мэр сообщил, что ремонт начнётся весной следующего года.",
    "kk": "Әкім жөндеу жұмыстары келесі көктемде басталатынын айтты.",
}


@pytest.mark.parametrize("lang", sorted(SHORT_PARAGRAPHS))
def test_a_paragraph_between_repeated_ad_labels_is_body(lang: str) -> None:
    short = SHORT_PARAGRAPHS[lang]
    text = "\n".join([TITLES[lang], BODIES[lang][0], ADS[lang], short, ADS[lang]])
    assert decisions(text)[short] == ("body", "body.core")


CREDIT_LISTS = {
    "en": ["The plan covers three areas:", "- repairs to the deck;", "- a new footpath;", "- more lighting."],
    "ru": ["План охватывает три направления:", "- ремонт настила моста;", "- новая пешеходная дорожка;",
           "- больше освещения на мосту."],
    "kk": ["Жоспар үш бағытты қамтиды:", "- көпір төсемін жөндеу;", "- жаңа жаяу жүргінші жолы;",
           "- көпірдегі жарықты көбейту."],
}  # fmt: skip
CREDITS = {"en": ("(With inputs from Reuters)", "Reuters"), "ru": ("По материалам ТАСС", "ТАСС"),
           "kk": ("Ақпарат көзі: Kazinform", "Kazinform")}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(CREDIT_LISTS))
def test_a_credit_after_a_list_closing_the_article_gives_the_source(lang: str) -> None:
    line, source = CREDITS[lang]
    body = BODIES[lang]
    text = "\n".join([TITLES[lang], "", body[0], "", body[1], "", *CREDIT_LISTS[lang], "", line])
    doc = newsclean.clean(text)
    assert {ln.text: ln.rule for ln in doc.lines}[line] == "meta.credit"
    assert doc.metadata.source == source


ALSO_READ = {
    "en": ["Advertisement", "Read also: Ferry timetable changes for the summer",
           "Read also: New parking rules"],
    "ru": ["Реклама", "Читайте также: Паром меняет расписание на лето",
           "Читайте также: Новые правила парковки"],
    "ar": ["إعلان", "اقرأ أيضا: تغيير مواعيد العبارة في الصيف", "اقرأ أيضا: قواعد جديدة لوقوف السيارات"],
}  # fmt: skip
CREDITS_AT_END = {"en": ("(With inputs from Reuters)", "Reuters"), "ru": ("По материалам ТАСС", "ТАСС"),
                  "ar": ("نقلا عن رويترز", "رويترز")}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(ALSO_READ))
def test_a_credit_after_links_and_an_ad_closing_the_article_gives_the_source(lang: str) -> None:
    # The lines between the article's end and its credit were all removed already (an ad
    # label, "Read also" links, blanks): however many, the credit still closes the article.
    line, source = CREDITS_AT_END[lang]
    links = [x for row in ALSO_READ[lang] for x in (row, "")]
    text = "\n".join(["Home", "", TITLES[lang], "", BODIES[lang][0], "", *links, line, "", "About us"])
    doc = newsclean.clean(text)
    assert {ln.text: ln.rule for ln in doc.lines}[line] == "meta.credit"
    assert doc.metadata.source == source


@pytest.mark.parametrize(
    "sentence",
    [
        "চট্টগ্রামে বৃহস্পতিবার বন্দর কর্তৃপক্ষ কনটেইনার জট নিরসনে বৈঠক করেছে।",
        "রাজশাহীতে গতকাল কৃষকেরা আমের ন্যায্য দাম দাবিতে মানববন্ধন করেছেন।",
    ],
)
def test_a_bengali_sentence_dated_by_its_weekday_resumes_the_article(sentence: str) -> None:
    # Bengali writes postpositions as suffixes: a nine-word news sentence may hold one function
    # word besides its day ("গতকাল", yesterday; "বুধবার", Wednesday), and it is still prose.
    link = "আরও পড়ুন: নদীর ওপর নতুন ফেরি চালু"
    first = "মেয়র শহরের পুরনো সেতু মেরামতের পরিকল্পনা ঘোষণা করেছেন।"
    text = "\n".join([TITLES["bn"], first, link, sentence])
    assert decisions(text)[sentence][0] == "body"


@pytest.mark.parametrize("heading", ["এ বিভাগের আরো খবর", "এ বিভাগের আরও খবর"])
def test_more_from_this_section_opens_a_related_section_in_bengali(heading: str) -> None:
    # "এ বিভাগের আরো খবর" (more news in this section): the short "এ" form of "এই", both spellings.
    tail = [heading, "নদীর ওপর নতুন ফেরি চালু", "শহরে নতুন পার্ক উদ্বোধন"]
    got = decisions(page("bn", tail=tail))
    assert got[heading] == ("related", "related.heading")
    assert [got[line][0] for line in tail[1:]] == ["related", "related"]


SHORT_SENTENCES = {"en": "Five delegations attended.", "ru": "Прибыли пять делегаций.",
                   "kk": "Бес делегация қатысты."}  # fmt: skip
LONGER_ITEMS = {
    "en": ["The plan covers three areas:", "- repairs to the old deck;", "- a new footpath for cyclists;",
           "- more lighting on the bridge."],
    "ru": CREDIT_LISTS["ru"],
    "kk": CREDIT_LISTS["kk"],
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(SHORT_SENTENCES))
def test_a_short_sentence_after_a_list_does_not_end_the_article(lang: str) -> None:
    # Too short for prose, but a sentence: the article goes on past it when prose follows.
    body, short = BODIES[lang], SHORT_SENTENCES[lang]
    lines = [TITLES[lang], body[0], body[1], *LONGER_ITEMS[lang], short, body[2], "", "Home", "Contact"]
    got = decisions("\n".join(lines))
    assert [got[line][0] for line in [short, body[2]]] == ["body", "body"]
    assert got["Contact"][0] == "navigation"


SHORT_LAST_ITEM = {
    "en": ["The plan covers three areas:", "- repairs to the deck;", "- a new footpath;", "- more lighting."],
    "ru": ["План охватывает три направления:", "- ремонт настила моста;", "- новая пешеходная дорожка;",
           "- больше света."],
    "bn": ["পরিকল্পনায় তিনটি বিষয় রয়েছে:", "- সেতুর পাটাতন মেরামত;", "- নতুন একটি ফুটপাত;", "- বেশি আলো।"],
    "kk": ["Жоспар үш бағытты қамтиды:", "- көпір төсемін жөндеу;", "- жаңа жаяу жүргінші жолы;",
           "- көбірек жарық."],
    "ar": ["وتشمل الخطة ثلاثة مجالات:", "- إصلاح أرضية الجسر؛", "- رصيف جديد للمشاة؛", "- إنارة أكثر."],
}  # fmt: skip


def test_the_article_goes_on_after_a_list_ending_in_a_short_item(language: str) -> None:
    """A list's last item may be two words: the prose after the list is still the article's."""
    body = BODIES[language]
    items = SHORT_LAST_ITEM[language]
    text = "\n".join(["Home", "News", TITLES[language], "", body[0], "", body[1], "", *items, "", body[2],
                      "", "Contact", "About us"])  # fmt: skip
    got = decisions(text)
    assert [got[line][0] for line in [body[0], body[1], *items, body[2]]] == ["body"] * 7
    assert got["Contact"][0] == "navigation"


ES_PROSE = "Los vecinos que cruzan el puente a diario dicen que la decisión les alivia y esperan un arreglo."
ES_HEAD = [
    "El consejo municipal votó el martes mantener abierto el viejo puente otro año, dijeron las fuentes.",
    "Los ingenieros habían advertido que la estructura necesitaba reparaciones urgentes, pero el"
    " presupuesto se recortó en marzo.",
    "El plan incluye varias medidas:",
]


@pytest.mark.parametrize(
    "items",
    [["1. Reparar el puente;", "2. Más luz."], ["- Reparar el puente;", "- Más luz.", "- Menos ruido."]],
)
def test_short_items_inside_or_closing_a_spanish_list_keep_the_article_going(items: list[str]) -> None:
    chrome = ["Inicio", "Noticias", "El consejo mantiene abierto el puente", ""]
    text = "\n".join([*chrome, *ES_HEAD, *items, "", ES_PROSE, "", "Contacto", "Aviso legal"])
    got = decisions(text)
    kept = [*ES_HEAD, *items, ES_PROSE]
    assert [got[line][0] for line in kept] == ["body"] * len(kept)


def test_short_dash_lines_without_prose_after_them_stay_outside_the_article() -> None:
    """A short dash line is kept only with the article's prose after it: a closing menu is not."""
    body = BODIES["en"]
    text = "\n".join([TITLES["en"], "", *body, "", "- Home", "- World", "- Sport"])
    got = decisions(text)
    assert [got[line][0] for line in ["- Home", "- World", "- Sport"]] == ["navigation"] * 3


FOLDS = {
    "en": ("Read More", "The council said the old bridge would stay open while engineers plan the urgent"
           " repairs, officials said."),
    "ru": ("Ещё по теме", "Городской совет сообщил, что старый мост останется открытым, пока инженеры готовят"
           " срочный ремонт."),
    "bn": ("আরও পড়ুন", "নগর পরিষদ জানিয়েছে, প্রকৌশলীরা জরুরি মেরামতের পরিকল্পনা করার সময় পুরনো সেতুটি খোলা থাকবে"
           " বলে কর্মকর্তারা জানিয়েছেন।"),
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(FOLDS))
def test_the_article_goes_on_past_a_fold_button(lang: str) -> None:
    """A lone "Read More" between the article's paragraphs folds the rest of the article away:
    the paragraphs after it (on the article's topic) are still the article's."""
    body = BODIES[lang]
    fold, more = FOLDS[lang]
    text = "\n".join([TITLES[lang], "", *body, fold, more, "", "Contact", "About us"])
    got = decisions(text)
    assert [got[line][0] for line in [*body, more]] == ["body"] * 4
    assert got[fold][0] == "related"
    assert got["Contact"][0] == "navigation"


BOXES = {
    "en": ("Related", ["Ferry timetable changes for the summer", "New parking rules for the city centre"],
           ["The council said the old bridge would stay open while engineers plan the urgent repairs.",
            "Engineers said the repairs to the bridge would start once the council finds the budget.",
            "The council will vote on the budget for the bridge repairs again in March, officials said."]),
    "ru": ("Читайте также", ["Паром меняет расписание на лето", "Новые правила парковки в центре города"],
           ["Городской совет сообщил, что старый мост останется открытым, пока инженеры готовят ремонт.",
            "Инженеры сказали, что ремонт моста начнётся, когда совет найдёт бюджет на эти работы.",
            "Совет снова проголосует за бюджет на ремонт моста в марте, сообщили чиновники города."]),
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(BOXES))
def test_the_article_resumes_after_a_related_box_between_its_paragraphs(lang: str) -> None:
    """A "Related" box of headlines set between paragraphs: the article's paragraphs in a row
    after it are still the article's; the box is not."""
    heading, headlines, more = BOXES[lang]
    body = BODIES[lang]
    text = "\n".join([TITLES[lang], "", *body, heading, *headlines, *more, "", "Contact", "About us"])
    got = decisions(text)
    assert [got[line][0] for line in [*body, *more]] == ["body"] * 6
    assert [got[line][0] for line in [heading, *headlines]] == ["related"] * 3
    assert got["Contact"][0] == "navigation"


def test_a_single_teaser_after_a_related_box_stays_outside() -> None:
    """One prose line after a related box under the article is a teaser, not the article resuming."""
    heading, headlines, more = BOXES["en"]
    body = BODIES["en"]
    text = "\n".join([TITLES["en"], "", *body, heading, *headlines, more[0], "", "Contact", "About us"])
    got = decisions(text)
    assert got[more[0]][0] != "body"


_KK_CLOSING_QUESTION = (
    "Қазақстан мен Кения сауда ынтымақтастығын талқылады\n"
    "Елші сейсенбі күні энергетика саласындағы ынтымақтастық туралы меморандумға қол қойды. "
    "Министрліктің баспасөз қызметінің хабарлауынша, министрлік өкілі тұрақты саяси диалогтың "
    "маңыздылығын атап өтті.\n"
    "Оқи отырыңыз: Италия референдум нәтижелерін мойындамайды\n"
    "Бұл қарапайым азаматтар үшін нені білдіреді?"
)


def test_a_short_question_closing_the_article_after_a_read_also_link() -> None:
    """The text ends on a short question after an inline link (found by the deep property profile):
    it is the article's; questions further from the end stay held back (widgets end in '?')."""
    text = _KK_CLOSING_QUESTION
    assert decisions(text)["Бұл қарапайым азаматтар үшін нені білдіреді?"][0] == "body"


def test_a_short_question_after_a_read_also_link_stays_out_when_chrome_follows() -> None:
    """Only the text's last line is taken that way: with a footer below, the question may be a
    widget's or a teaser's, and stays out of the article."""
    question = "Бұл қарапайым азаматтар үшін нені білдіреді?"
    text = "\n".join([_KK_CLOSING_QUESTION, "Байланыс", "Біз туралы"])
    assert decisions(text)[question][0] != "body"


ANSWERED_QUESTIONS = {
    "en": ("Read also: Talks resume", "The talks covered:", "So what does this mean for the town?"),
    "ru": ("Читайте также: Переговоры", "На встрече обсудили:", "Что это значит для жителей города?"),
    "kk": ("Оқи отырыңыз: Брюссельде келіссөздер", "Кездесуде мынадай мәселелер талқыланды:",
           "Бұл қарапайым азаматтар үшін нені білдіреді?"),
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(ANSWERED_QUESTIONS))
def test_a_short_question_answered_by_the_next_paragraph_stays_in_the_article(lang: str) -> None:
    """Below the core, past a link and a list, a question in the article's words followed by the
    article's prose is the article's (found by the deep property profile, kk)."""
    link, intro, question = ANSWERED_QUESTIONS[lang]
    body = BODIES[lang]
    items = ["- 2024: 15%;", "- 2025: 20%."]
    text = "\n".join([TITLES[lang], body[0], link, intro, *items, question, body[1]])
    got = decisions(text)
    assert got[question][0] == "body"
    assert got[body[1]][0] == "body"


LEADS_UNDER_DATELINE = {
    "en": ("1 January 2015, 00:00", "Five delegations attended.", "What does it mean for residents?",
           "Advertisement"),
    "ru": ("1 января 2015, 00:00", "На форум приехали 5 делегаций.", "Что это значит для жителей?",
           "Реклама"),
    "kk": ("1 қаңтар 2015, 00:00", "Форумға 5 елдің делегациялары қатысты.",
           "Бұл қарапайым азаматтар үшін нені білдіреді?", "Жарнама"),
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(LEADS_UNDER_DATELINE))
def test_a_short_lead_under_the_dateline_belongs_to_the_article(lang: str) -> None:
    """Headline, dateline, a short lead (a count, a question), an ad label, then the core (found by
    the deep property profile, kk): walking up from the core reaches the article's dateline, so the
    held lines are its lead; the question is not read as the headline, and the date is the article's."""
    dateline, count, question, ad = LEADS_UNDER_DATELINE[lang]
    text = "\n".join([TITLES[lang], dateline, count, question, ad, *BODIES[lang]])
    got = decisions(text)
    assert got[count][0] == "body"
    assert got[question][0] == "body"
    assert got[TITLES[lang]][0] == "title"
    assert newsclean.clean(text).metadata.published == "2015-01-01T00:00"


def test_short_lines_above_the_core_without_a_dateline_stay_held() -> None:
    """Without the dateline above them, short lines over the core are not taken as its lead: the walk
    up keeps held lines only when it reaches prose, a list or the article's dateline."""
    _dateline, count, question, ad = LEADS_UNDER_DATELINE["en"]
    text = "\n".join(["Home", "News", "Sport", count, question, ad, TITLES["en"], *BODIES["en"]])
    got = decisions(text)
    assert got[count][0] != "body"


@pytest.mark.parametrize(("lang", "cut"), [("en", "…"), ("ru", "..."), ("kk", "…")])
def test_a_teaser_cut_short_in_the_articles_words_stays_in_its_related_section(lang: str, cut: str) -> None:
    """Under a related heading, an excerpt cut short with an ellipsis is a teaser even when it repeats
    the article's words (found by the deep property profile, ru): it does not end the section as the
    article resuming would, and does not take the place of a shorter, one-sentence article."""
    first, second = BODIES[lang][0], BODIES[lang][1]
    article = " ".join(first.split()[:10]).rstrip(",.") + "."
    teaser = first.rstrip(".") + " " + " ".join(second.split()[:6]).rstrip(",.") + cut
    headline = TITLES[lang][:25]
    lines = [TITLES[lang], article, RELATED_HEADINGS[lang], headline, "1 January 2015", teaser, "Contact"]
    got = decisions("\n".join(lines))
    assert got[teaser][0] != "body"
    assert got[article][0] == "body"
