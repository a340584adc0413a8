"""The article head (metadata/head.py, bylines.py, dateorder.py): bylines, dates and headlines in
the shapes sites print them, in several languages; and a generated head read back exactly."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.head_pages import HEAD_PAGES

import newsclean
from newsclean.text import dates

EN_BODY = "\n".join(HEAD_PAGES["en"]["body"])


def page(*head: str, lang: str = "en", site_title: str | None = None) -> str:
    """A scraped page: ``<title>`` line, a menu, the head lines, then the body paragraphs."""
    body = "\n".join(HEAD_PAGES[lang]["body"])
    top = [site_title] if site_title else []
    return "\n".join([*top, "Home", "News", "Sport", *head, body, "© 2024 Example Media Group"])


HEADLINE = "Top 10 Health and Nutrition Trends to Watch"


@pytest.mark.parametrize(
    ("head", "author", "authors"),
    [
        # a bare name alone between the headline and the date
        ((HEADLINE, "Kelia Losa Reinoso", "August 25, 2025"), "Kelia Losa Reinoso", ["Kelia Losa Reinoso"]),
        # "By" and a published date on one line
        ((HEADLINE, "By Korin Miller Published: Jan 29, 2025"), "Korin Miller", ["Korin Miller"]),
        # several people, commas and "and"
        (
            (
                HEADLINE,
                "Written by Danielle DeSiato, Donna Enzmann, and Natalie Nguyen",
                "Updated August 14, 2025",
            ),
            "Danielle DeSiato, Donna Enzmann, and Natalie Nguyen",
            ["Danielle DeSiato", "Donna Enzmann", "Natalie Nguyen"],
        ),
        # the lead word alone on its line, the name below, a reading time
        ((HEADLINE, "by", "Taya Iv", "16 min read"), "Taya Iv", ["Taya Iv"]),
        # an upper-case name before a separator and the date
        ((HEADLINE, "LEONARDO GARCIA / Sep 26, 2022"), "LEONARDO GARCIA", ["LEONARDO GARCIA"]),
        # the role on the next line is not part of the name
        (
            (HEADLINE, "By Keith Barry", "Senior Autos Reporter", "Updated March 11, 2026"),
            "Keith Barry",
            ["Keith Barry"],
        ),
        # a role after a comma goes, credentials stay
        (
            (HEADLINE, "By Heather Leah, multiplatform producer", "May 2, 2024"),
            "Heather Leah",
            ["Heather Leah"],
        ),
        (
            (HEADLINE, "By Angela Holliday-Bell, MD", "May 2, 2024"),
            "Angela Holliday-Bell, MD",
            ["Angela Holliday-Bell"],
        ),
        # a byline after the date on one line
        ((HEADLINE, "September 1st, 2023 By Emily Norwood"), "Emily Norwood", ["Emily Norwood"]),
        # an organisation, because the byline says so
        ((HEADLINE, "By Reuters", "May 2, 2024"), "Reuters", ["Reuters"]),
    ],
)
def test_english_byline_shapes(head: tuple[str, ...], author: str, authors: list[str]) -> None:
    doc = newsclean.clean(page(*head))
    assert doc.metadata.author == author
    assert doc.metadata.to_dict()["authors"] == authors


@pytest.mark.parametrize(
    ("lang", "head", "author"),
    [
        (
            "de",
            ("Stadtrat lässt alte Brücke offen", "Von Max Mustermann", "19. Juli 2015, 04:56 Uhr"),
            "Max Mustermann",
        ),
        (
            "es",
            ("El concejo mantiene abierto el viejo puente", "Por María de la Cruz", "1 de enero de 2015"),
            "María de la Cruz",
        ),
        (
            "fr",
            (
                "Le conseil garde le vieux pont ouvert",
                "Par Jean Dupont, envoyé spécial",
                "30 juin 2015 à 18h01",
            ),
            "Jean Dupont",
        ),
        (
            "ru",
            ("Горсовет оставил старый мост открытым", "Автор: Иван Петров", "1 января 2015"),
            "Иван Петров",
        ),
        ("ru", ("Горсовет оставил старый мост открытым", "Анна Смирнова", "1 января 2015"), "Анна Смирнова"),
    ],
)
def test_bylines_in_other_languages(lang: str, head: tuple[str, ...], author: str) -> None:
    body_lang = lang if lang in HEAD_PAGES else "en"
    doc = newsclean.clean(page(*head, lang=body_lang))
    assert doc.metadata.author == author


@pytest.mark.parametrize(
    ("line", "author"),
    [("লেখক: রহিম উদ্দিন", "রহিম উদ্দিন"), ("بقلم أحمد علي", "أحمد علي")],
)
def test_bylines_in_scripts_without_case(line: str, author: str) -> None:
    from newsclean.metadata.bylines import parse_byline

    found = parse_byline(line, lead_required=True)
    assert found is not None and found.author == author


def test_a_name_and_a_date_outside_the_head_are_no_byline() -> None:
    # A comment's author and date below the article: name-shaped, dated, but not in the head.
    doc = newsclean.clean(page(HEADLINE) + "\nJohn Smith\nMarch 3, 2024\nGreat article, thanks.")
    assert doc.metadata.author is None


def test_menu_words_before_a_date_are_no_name() -> None:
    doc = newsclean.clean(page(HEADLINE, "Mental Health", "May 2, 2024"))
    assert doc.metadata.author is None
    assert doc.metadata.published == "2024-05-02"


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("11/19/2019", "2019-11-19"),  # month first: 19 is no month
        ("19/11/2019", "2019-11-19"),
        ("2019年11月19日", "2019-11-19"),
        ("2019년 11월 19일", "2019-11-19"),
        ("JANUARY 5, 2024", "2024-01-05"),
        ("jan. 5, 2024", "2024-01-05"),
        ("Mon, 25 Aug 2025 08:00:00 +0100", "2025-08-25T08:00+01:00"),
        ("Jan 29, 2025 at 9:24 pm ET", "2025-01-29T21:24-05:00"),
        ("26 September 2022, 15:55 GMT", "2022-09-26T15:55+00:00"),
        ("2016-08-28 19:41:09 +00:00", "2016-08-28T19:41+00:00"),
    ],
)
def test_head_date_shapes(line: str, iso: str) -> None:
    doc = newsclean.clean(page(HEADLINE, line))
    assert doc.metadata.published == iso


@pytest.mark.parametrize(
    ("url", "other", "iso", "guessed"),
    [
        ("https://example.us/story", None, "2020-02-03", False),  # the URL's country: month first
        ("https://example.co.uk/story", None, "2020-03-02", False),  # day first
        (None, "Posted 13/05/2020", "2020-03-02", False),  # another date on the page can only be day first
        (None, "Posted 05/13/2020", "2020-02-03", False),  # ... or only month first
        (None, None, "2020-02-03", True),  # English, nothing else: month first, said in warnings
    ],
)
def test_ambiguous_numeric_dates_read_the_pages_way(
    url: str | None, other: str | None, iso: str, guessed: bool
) -> None:
    text = page(HEADLINE, "02/03/2020") + (f"\n{other}" if other else "")
    doc = newsclean.clean(text, url=url)
    assert doc.metadata.published == iso
    assert any("ambiguous" in w and "guessed" in w for w in doc.warnings) is guessed


def test_printed_headline_beats_the_title_line_with_a_site_suffix() -> None:
    doc = newsclean.clean(
        page(
            "What Is the Best Video Editing Software for Creators?",
            "By Colin Gray",
            site_title="Best Video Editing Software for Creators | Example Media",
        )
    )
    assert doc.metadata.title == "What Is the Best Video Editing Software for Creators?"
    assert doc.metadata.provenance["title"] == "text:head.headline"


def test_no_evidence_no_value() -> None:
    doc = newsclean.clean(page(HEADLINE))
    assert (doc.metadata.author, doc.metadata.authors, doc.metadata.published) == (None, None, None)


@st.composite
def heads(draw: st.DrawFn) -> tuple[str, str, str, str, str]:
    """A page whose head has a known headline, author and date, in one of the layouts sites use."""
    lang = draw(st.sampled_from(sorted(HEAD_PAGES)))
    data = HEAD_PAGES[lang]
    words = draw(st.lists(st.sampled_from(data["headline_words"]), min_size=4, max_size=9))
    headline = " ".join(words)
    headline = headline[0].upper() + headline[1:]
    author = f"{draw(st.sampled_from(data['first_names']))} {draw(st.sampled_from(data['last_names']))}"
    day = draw(st.dates(min_value=datetime.date(2000, 1, 1), max_value=datetime.date(2030, 12, 31)))
    fmt = draw(st.sampled_from(data["date_formats"]))
    printed = fmt.format(
        d=day.day, dd=f"{day.day:02d}", mm=f"{day.month:02d}", y=day.year, month=data["months"][day.month - 1]
    )
    layout = draw(
        st.sampled_from(
            ["lead, date", "date, lead", "lead | date", "bare, date", "lead alone", "date • bare"]
        )
    )
    byline = author if layout in ("bare, date", "date • bare") else f"{data['lead']} {author}"
    head = {
        "lead, date": [byline, printed],
        "date, lead": [printed, byline],
        "lead | date": [f"{byline} | {printed}"],
        "bare, date": [byline, printed],
        "lead alone": [data["lead"], author, printed],  # "By" / "Taya Iv" / the date
        "date • bare": [f"{printed} • {byline}"],  # a name among the parts of a dated line
    }[layout]
    text = "\n".join([f"{headline} | Example Media", "Home", *(["Search"]), headline, *head, *data["body"]])
    return text, headline, author, day.isoformat(), lang


@given(heads())
def test_a_generated_head_is_read_back_exactly(case: tuple[str, str, str, str, str]) -> None:
    text, headline, author, iso, lang = case
    meta = newsclean.clean(text).metadata
    assert (meta.title, meta.author, meta.published) == (headline, author, iso), lang


REFERENCE = datetime.datetime(2024, 5, 2, 12, 0, tzinfo=datetime.UTC)


@pytest.mark.parametrize(
    ("lang", "line", "reference", "iso"),
    [
        ("en", "Susan · 3 hours ago", REFERENCE, "2024-05-02T09:00+00:00"),
        ("en", "2 days ago", REFERENCE.date(), "2024-04-30"),
        ("ru", "вчера", REFERENCE.date(), "2024-05-01"),
        ("ru", "3 часа назад", REFERENCE, "2024-05-02T09:00+00:00"),
        ("de", "vor 2 Tagen", REFERENCE, "2024-04-30"),
        ("es", "hace 3 horas", REFERENCE, "2024-05-02T09:00+00:00"),
    ],
)
def test_relative_dates_resolve_against_the_reference(
    lang: str, line: str, reference: datetime.date, iso: str
) -> None:
    headline = " ".join(HEAD_PAGES[lang]["headline_words"][:6])
    doc = newsclean.clean(page(headline, line, lang=lang), reference_date=reference)
    assert doc.metadata.published == iso


@pytest.mark.parametrize("reference", [None, REFERENCE.date()])
def test_relative_dates_without_a_usable_reference_are_left_out_and_said(
    reference: datetime.date | None,
) -> None:
    # Hours before a reference day without a time: the day itself is unknown.
    doc = newsclean.clean(page(HEADLINE, "3 hours ago"), reference_date=reference)
    assert doc.metadata.published is None
    assert any("3 hours ago" in w and "reference_date" in w for w in doc.warnings)


def test_html_authors_go_with_the_declared_author() -> None:
    markup = (
        "<html><head><title>Council keeps the old bridge open</title>"
        '<meta name="author" content="Jane Doe; John Roe"></head><body><article>'
        "<h1>Council keeps the old bridge open</h1>"
        + "".join(f"<p>{p}</p>" for p in HEAD_PAGES["en"]["body"] * 3)
        + "</article></body></html>"
    )
    meta = newsclean.clean(markup, format="html").metadata
    assert meta.author == "Jane Doe; John Roe"
    assert meta.authors == ("Jane Doe", "John Roe")


def test_a_bare_name_next_to_a_relative_date_is_the_byline_even_without_a_reference() -> None:
    doc = newsclean.clean(page(HEADLINE, "Alex Perry 1 day ago"))
    assert doc.metadata.author == "Alex Perry"
    assert doc.metadata.published is None  # the date itself needs reference_date


@pytest.mark.parametrize(
    ("first", "items"),
    [
        ("Video · Opinion", ["Video", "Opinion"]),
        ("Vídeos · Opinión", ["Vídeos", "Opinión"]),
        ("Meinung | Video", ["Meinung", "Video"]),
    ],
)
def test_menu_items_on_the_first_line_are_no_page_title(first: str, items: list[str]) -> None:
    # The scraper's first line is two menu items, printed again in the footer's menu: the
    # headline under it is the title, not the footer's "Video".
    text = page(HEADLINE, "By Jane Doe", "August 25, 2025", site_title=first) + "\n" + "\n".join(items)
    assert newsclean.clean(text).metadata.title == HEADLINE


def test_a_two_word_page_title_is_still_one() -> None:
    # "Pods | Kubernetes": a story of one word and the site's name, the story printed as the heading.
    text = "\n".join(["Pods | Kubernetes", "Docs", "Pods", *HEAD_PAGES["en"]["body"]])
    assert newsclean.clean(text).metadata.title == "Pods"


def test_an_also_read_link_is_no_headline_however_alike() -> None:
    # The page starts with its headline; an inline link to a story on the same subject shares
    # most of its words ("Also read | Parliament approves new law on ..."): it is another story's.
    body = HEAD_PAGES["en"]["body"]
    text = "\n".join(
        [
            "Parliament approves new law on trade cooperation",
            "News Desk",
            body[0],
            "Also read |\xa0Parliament approves new law on the digital economy",
            *body[1:],
        ]
    )
    assert newsclean.clean(text).metadata.title == "Parliament approves new law on trade cooperation"


# A Bengali page as the generator writes one (tests/test_properties.py's pages): the body's lines.
BN_BODY = [
    "একই সঙ্গে প্রতিনিধিদলের প্রধান আনোয়ার হোসেন এক বিবৃতিতে যৌথ বিনিয়োগ প্রকল্পের অগ্রগতি পর্যালোচনা করেছেন।",
    "শুক্রবার আস্তানায় এক বৈঠকে রাষ্ট্রদূত শিক্ষা ও বিজ্ঞান খাতে সহযোগিতা বাড়াতে আগ্রহ প্রকাশ করেছেন।",
    "মন্ত্রণালয়ের মুখপাত্র রোববার বিকেলে শিক্ষা ও বিজ্ঞান খাতে সহযোগিতা বাড়াতে আগ্রহ প্রকাশ করেছেন।",
]
BN_HEADLINE = "আস্তানায় সড়ক দুর্ঘটনায় আহত ৩১"


@pytest.mark.parametrize(
    "first",
    [
        # today's date with its weekday: the vowel signs belong to the weekday's one word
        "বৃহস্পতিবার, ১ জানুয়ারি ২০১৫",
        # menu items on one line
        "ই-পেপার | রাজনীতি | X | আন্তর্জাতিক",
    ],
)
def test_a_bengali_header_line_is_no_page_title(first: str) -> None:
    lines = [first, "বাংলা বার্তা", "জাতীয়", "খেলা", BN_HEADLINE, "১ জানুয়ারি ২০১৫, ১০:২৭", *BN_BODY, "ই-পেপার"]
    assert newsclean.clean("\n".join(lines)).metadata.title == BN_HEADLINE


def test_a_date_with_a_bengali_weekday_has_one_other_word() -> None:
    assert dates.words_besides_dates("বৃহস্পতিবার, ১ জানুয়ারি ২০১৫") == 1


FR_BODY = [
    "La semaine dernière, les députés ont rejeté les résultats des prétendus référendums.",
    "Cette année, les participants à la réunion ont souligné l’importance d’un dialogue régulier.",
    "Le ministre des Affaires étrangères a approuvé un projet de loi sur les marchés publics à Nairobi.",
]


def test_the_dateline_under_the_headline_beats_the_headers_date_in_french() -> None:
    # Today's date over the headline (the site header's) and the story's dateline under its
    # desk byline, long enough to read as a sentence: the dateline dates the story, and the
    # header's weekday is nobody's name.
    text = "\n".join(
        [
            "Le Courrier du Matin",
            "Accueil",
            "Politique",
            "International",
            "mercredi 22 août 2018",
            "Des experts s’interrogent sur la sécurité énergétique",
            "La rédaction",
            "Publié le 22 janvier 2015 à 00h59 - Mis à jour le 22 janvier 2015 à 01h01",
            *FR_BODY,
        ]
    )
    meta = newsclean.clean(text).metadata
    assert (meta.published, meta.updated) == ("2015-01-22T00:59", "2015-01-22T01:01")
    assert meta.author != "mercredi"


@pytest.mark.parametrize(
    "day",
    [
        "mercredi 22 janvier 2015",
        "Mittwoch 22. Januar 2015",
        "środa 22 stycznia 2015",
        "woensdag 22 januari 2015",
    ],
)
def test_a_weekday_before_the_date_is_no_user_name(day: str) -> None:
    text = "\n".join(["Accueil", "Politique", "Des experts s’interrogent sur la sécurité", day, *FR_BODY])
    meta = newsclean.clean(text).metadata
    assert (meta.author, meta.published) == (None, "2015-01-22")


def test_a_bare_organisation_over_the_head_is_no_author() -> None:
    # The masthead's name, a menu item and the header's date over the headline: no byline.
    text = "\n".join(
        [
            "Steppe Times",
            "X",
            "Wednesday, July 28, 2021",
            "Yermek Kosherbayev meets ambassador of Belgium",
            *HEAD_PAGES["en"]["body"],
            "Source: Reuters",
        ]
    )
    assert newsclean.clean(text).metadata.author is None
