"""More article-head shapes (metadata/head.py, bylines.py, text/dates.py), in several languages:
bare names with their evidence, forum user names, author boxes, leads inside a line, teams,
printed title parts and dates; and the look-alikes that must not be read as bylines."""

from __future__ import annotations

from typing import Any

import pytest
from tests.head_pages import HEAD_PAGES, HEADLINES

import newsclean
from newsclean.analysis.page import Page
from newsclean.analysis.phrases import PhraseBook
from newsclean.labels import Label
from newsclean.metadata import head
from newsclean.metadata.bylines import parse_byline, segment_names, thread_starter
from newsclean.text.dates import find_dates


def page(*head: str, lang: str = "en", top: str | None = None, tail: tuple[str, ...] = ()) -> str:
    """A scraped page: a ``<title>`` line (the headline and a site by default), a menu, the head
    lines, the body paragraphs, then ``tail`` (an author box, a footer)."""
    body = HEAD_PAGES[lang if lang in HEAD_PAGES else "en"]["body"]
    first = top if top is not None else f"{HEADLINES[lang]} | Example Media"
    return "\n".join([first, "Home", "News", "Sport", *head, *body, *tail, "© 2024 Example Media Group"])


def author_of(*head: str, lang: str = "en", **kwargs: Any) -> str | None:
    return newsclean.clean(page(*head, lang=lang, **kwargs)).metadata.author


# -- bare names: a name-shaped line counts where the head gives evidence beside it -------------


@pytest.mark.parametrize(
    ("lang", "head", "author"),
    [
        # the person's job on the next line
        ("en", ("Joe Kindness", "Founder & CEO"), "Joe Kindness"),
        ("de", ("Max Mustermann", "Redakteur"), "Max Mustermann"),
        ("es", ("Lucía Fernández", "Periodista"), "Lucía Fernández"),
        ("ru", ("Анна Смирнова", "Корреспондент"), "Анна Смирнова"),
        # a reading time, a clock time, or a publication word whose date a script wrote
        ("en", ("Pippin Lee", "11 min read"), "Pippin Lee"),
        ("en", ("Sarah Archer", "1:39 PM ET"), "Sarah Archer"),
        ("de", ("Erika Becker", "5 Min. Lesezeit"), "Erika Becker"),
        ("en", ("Matteo Laratta", "Last Updated:"), "Matteo Laratta"),
        # several people next to a date, with credentials after a comma
        (
            "en",
            ("Rui Ma, Heba Ledwon & Suparn Patra", "Nov 25th, 2025"),
            "Rui Ma, Heba Ledwon & Suparn Patra",
        ),
        ("ru", ("Анна Смирнова и Иван Петров", "1 января 2015"), "Анна Смирнова и Иван Петров"),
        ("en", ("Dylan Bailey, MS, RD", "Published Jun 4, 2025"), "Dylan Bailey, MS, RD"),
        # a name before its job on one line, a date below
        ("en", ("Rasmus Barslund Founder & Lead Reviewer", "Updated Feb 27, 2026"), "Rasmus Barslund"),
    ],
)
def test_bare_names_with_evidence_beside_them(lang: str, head: tuple[str, ...], author: str) -> None:
    assert author_of(HEADLINES[lang], *head, lang=lang) == author


@pytest.mark.parametrize(
    ("lang", "line", "author"),
    [
        ("en", "Dec 26, 2025 • Mahua Das in Project Management", "Mahua Das"),
        ("en", "12/19/2025 • Friday Philosophy • David Gordon", "David Gordon"),
        ("en", "September 1, 2016 September 8, 2016 Autumn Adams", "Autumn Adams"),
        ("de", "19. Juli 2015 | Jonas Hoffmann", "Jonas Hoffmann"),
    ],
)
def test_a_bare_name_among_the_parts_of_a_dated_line(lang: str, line: str, author: str) -> None:
    assert author_of(HEADLINES[lang], line, lang=lang) == author


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Susan December 9, 2024 0 Comments", "Susan"),
        ("TatyanaBol January 28, 2024, 3:36pm 1", "TatyanaBol"),
        ("longshot · 03/03/2026 19:44", "longshot"),
        ("EcoFlow - 2025/4/29", "EcoFlow"),
        ("Kellerkind / 29.04.2025", "Kellerkind"),
        ("hayley.p 2 May 2025 18:48", "hayley.p"),
        ("Noah_B August 31, 2023, 3:32pm 1", "Noah_B"),
        ("Иван_П 31 августа 2023, 15:32 1", "Иван_П"),
    ],
)
def test_a_user_name_before_the_head_date(line: str, author: str) -> None:
    assert author_of(HEADLINES["en"], line) == author


@pytest.mark.parametrize(
    ("line", "user"),
    [
        ("Thread starter FutureBSD", "FutureBSD"),
        ("Thread starter Children of Bodom", "Children of Bodom"),
        ("Started by pippin06, May 26, 2025", "pippin06"),
        ("Themenstarter Kellerkind", "Kellerkind"),
        ("Автор темы: ivan_p", "ivan_p"),
        ("Discussion in ' Hosting Advice ' started by pelex, May 26, 2025.", "pelex"),
    ],
)
def test_thread_starters(line: str, user: str) -> None:
    found = thread_starter(line)
    assert found is not None and found.author == user
    assert author_of(HEADLINES["en"], line, "Start date Sep 7, 2005") == user


def test_a_sentence_with_started_by_names_no_starter() -> None:
    assert thread_starter("The project started by Google in 2010 grew") is None


def test_a_name_made_of_an_organisations_words_gives_way_to_a_person() -> None:
    assert author_of(HEADLINES["en"], "Tech Insider", "Alex Perry 1 day ago") == "Alex Perry"


@pytest.mark.parametrize(
    ("lang", "forum", "headline", "stamp", "user"),
    [
        ("en", "Gearheads Forums", "Best budget headphones", "Noah_B August 31, 2023, 3:32pm 1", "Noah_B"),
        (
            "de",
            "Kopfhörer Forum",
            "Günstige Kopfhörer gesucht",
            "Klaus_M 31. August 2023, 15:32 1",
            "Klaus_M",
        ),
        (
            "es",
            "Foro Audiófilo",
            "Auriculares baratos buscados",
            "Carlos_R 31 de agosto de 2023, 15:32",
            "Carlos_R",
        ),
        (
            "ru",
            "Сообщество Меломанов",
            "Посоветуйте недорогие наушники",
            "Иван_П 31 августа 2023, 15:32",
            "Иван_П",
        ),
    ],
)
def test_a_forums_name_over_the_headline_gives_way_to_its_poster(
    lang: str, forum: str, headline: str, stamp: str, user: str
) -> None:
    # organisation_words: "Forum", "Community" make the masthead's name an organisation's, which
    # gives way to the user name before the first post's date
    body = HEAD_PAGES[lang]["body"]
    top = f"{headline} - Discussion / Help - {forum}"
    lines = [top, forum, headline, "Discussion / Help", stamp, "Hi,", *body]
    assert newsclean.clean("\n".join(lines)).metadata.author == user


@pytest.mark.parametrize(
    ("lang", "section", "stamp", "user"),
    [
        ("en", "Kettle Bugs", "DaleJack September 5, 2024, 11:15pm 1", "DaleJack"),
        ("de", "Wasserkocher Fehler", "Klaus_M 5. September 2024, 23:15 1", "Klaus_M"),
        ("es", "Errores Teteras", "Carlos_R 5 de septiembre de 2024, 23:15", "Carlos_R"),
        ("ru", "Ошибки Чайников", "Иван_П 5 сентября 2024, 23:15", "Иван_П"),
    ],
)
def test_a_user_name_opening_the_dated_line_beats_a_section_above_it(
    lang: str, section: str, stamp: str, user: str
) -> None:
    # The section line ("ChatGPT Bugs") is name-shaped and touches the date: the user name that
    # opens the dated line itself is the poster's.
    assert author_of(HEADLINES[lang], section, stamp, lang=lang) == user


@pytest.mark.parametrize(
    "forum", ["Discussion Forum", "Gardeners Community", "Foro General", "Форум Садоводов"]
)
def test_a_forums_name_alone_is_no_author(forum: str) -> None:
    # venue_words: a thread's masthead or section ("Discussion Forum") is where people post,
    # not who wrote; "Fitzg | Posted in ..." names its poster in a shape no head rule reads.
    stamp = "Fitzg | Posted in General Discussion on February 24, 2006 02:01am"
    assert author_of(forum, "Beginning woodworking", stamp, top="Beginning woodworking - Woodworkers") is None


_THREADS = {
    "en": (
        ["Noah_B August 31, 2023, 3:32pm 1", "Marzipan August 31, 2023, 4:44pm 2"],
        ["Rowan_T August 31, 2023, 6:11pm 3", "Kettle42 September 1, 2023, 1:35am 4"],
        [
            "Hey everyone,",
            "Welcome to the forum Noah",
            "Go for the closed pair then",
            "Look at the wired models",
        ],
        "Noah_B",
    ),
    "de": (
        ["Klaus_M 31. August 2023, 15:32 1", "Marzipan 31. August 2023, 16:44 2"],
        ["Rowan_T 31. August 2023, 18:11 3", "Kettle42 1. September 2023, 01:35 4"],
        [
            "Hallo zusammen,",
            "Willkommen im Forum Klaus",
            "Nimm lieber das geschlossene Modell",
            "Schau dir die Kabel an",
        ],
        "Klaus_M",
    ),
    "ru": (
        ["Иван_П 31 августа 2023, 15:32 1", "Marzipan 31 августа 2023, 16:44 2"],
        ["Rowan_T 31 августа 2023, 18:11 3", "Kettle42 1 сентября 2023, 01:35 4"],
        [
            "Всем привет,",
            "Добро пожаловать на форум Иван",
            "Берите лучше закрытую модель наушников",
            "Смотрите проводные модели",
        ],
        "Иван_П",
    ),
}


@pytest.mark.parametrize("lang", sorted(_THREADS))
def test_a_threads_first_dateline_names_its_poster(lang: str) -> None:
    # Rule dateline.poster: the replies are read as a feed (a stamp over a headline-like line),
    # the first post, a greeting under its stamp, as the lead-in: its dateline's user name is
    # the thread's author, a reply's is not.
    first, later, (hello, *leads), user = _THREADS[lang]
    stamps = first + later
    body = HEAD_PAGES[lang]["body"]
    # The lead-in prints no headline (head.lead_in reads a printed one): only the dateline names the poster.
    lines = [
        f"{HEADLINES[lang]} - Forum",
        "Gearheads",
        "Discussion / Help",
        stamps[0],
        hello,
        body[0],
    ]
    for stamp, lead in zip(stamps[1:], leads, strict=True):
        lines += [stamp, lead, *body[:2]]
    meta = newsclean.clean("\n".join(lines)).metadata
    assert meta.author == user
    assert meta.provenance["author"] == "text:dateline.poster"
    assert author_of(HEADLINES["en"], "Associated Press", "May 2, 2024") == "Associated Press"


# -- leads: where "By" starts a byline, and where it does not -----------------------------------


@pytest.mark.parametrize(
    ("lang", "line", "author"),
    [
        ("en", "Last updated on August 2, 2025 by Shannon", "Shannon"),
        ("en", "Tuesday 15 October 2019 by Bradley M. Kuhn", "Bradley M. Kuhn"),
        ("en", "On January 12, 2025 By Gabby Boucher In Budget Travel, Travel Tips", "Gabby Boucher"),
        ("en", "by Meaghan Weeden ● December 23, 2025 ● 6 min read", "Meaghan Weeden"),
        ("en", "By A. J. Neal View In Digital Edition", "A. J. Neal"),
        (
            "fr",
            "Le Monde | 04.05.2015 à 13h36 • Mis à jour le 05.05.2015 | Par Martin Untersinger "
            "(avec Damien Leloup et Morgane Tual)",
            "Martin Untersinger (avec Damien Leloup et Morgane Tual)",
        ),
        ("de", "Veröffentlicht am 19. Juli 2015 von Erika Becker", "Erika Becker"),
        ("en", "Contributors: Janet Loughrey", "Janet Loughrey"),
        ("en", "A Post By: Darren Rowse", "Darren Rowse"),
    ],
)
def test_leads_inside_a_head_line(lang: str, line: str, author: str) -> None:
    assert author_of(HEADLINES[lang], line, lang=lang) == author


@pytest.mark.parametrize("line", ["Powered by Shopify", "Sort by Color", "Developed by Studio X"])
def test_a_phrase_with_by_is_no_byline(line: str) -> None:
    assert parse_byline(line, lead_required=True, anywhere=True) is None
    assert author_of(HEADLINES["en"], line, "May 2, 2024") is None


def test_away_from_the_head_a_byline_names_a_person_in_full() -> None:
    assert author_of(HEADLINES["en"], "May 2, 2024", tail=("By Jane Doe",)) == "Jane Doe"


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Marketing Team", ("Marketing Team",)),
        ("by SolutionsHub Editorial Team", ("SolutionsHub Editorial Team",)),
        ("Von Redaktion Kultur", ("Redaktion Kultur",)),
    ],
)
def test_teams_a_lead_byline_names(line: str, authors: tuple[str, ...] | None) -> None:
    meta = newsclean.clean(page(HEADLINES["en"], line, "May 2, 2024")).metadata
    assert meta.authors == authors


def test_the_name_under_a_lone_lead_may_be_one_word_but_no_column_heading() -> None:
    assert author_of(HEADLINES["en"], "By", "Lauren", "Updated October 17, 2025") == "Lauren"
    assert author_of(HEADLINES["en"], "Author", "Posts", "Mar 11, 2005 at 6:36 am") is None


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Hi Matt,", None),
        ("Colin Gray Colin Gray", "Colin Gray"),
        ("Angela Holliday-Bell, MD*", "Angela Holliday-Bell, MD"),
    ],
)
def test_greetings_repeats_and_footnote_marks(line: str, author: str | None) -> None:
    assert author_of(HEADLINES["en"], line, "May 2, 2024") == author


# -- beyond the head ------------------------------------------------------------------------------


def test_a_lead_byline_below_the_photo_and_the_share_buttons() -> None:
    furniture = ("Photo: Getty Images", *(f"Share on {s}" for s in ("Facebook", "X", "LinkedIn", "Email")))
    head = (HEADLINES["en"], *furniture, "Standfirst of the story in a few words", "More", "Less")
    text = page(*head, tail=()).replace(
        "Standfirst of the story in a few words", "Standfirst\nBy Reid Bramblett"
    )
    assert newsclean.clean(text).metadata.author == "Reid Bramblett"


@pytest.mark.parametrize(
    ("lang", "box"),
    [
        ("en", ("About the author", "Alex Woodbury")),
        ("en", ("Written by", "Sir Nuno")),
        ("de", ("Über den Autor", "Jonas Hoffmann")),
        ("es", ("Sobre el autor", "Javier López")),
        # the article's credit at its end, the lead alone on its line
        ("en", ("Article by", "Matias Heikkilä")),
        ("de", ("Ein Beitrag von", "Jonas Hoffmann")),
        ("es", ("Artículo escrito por", "Javier López")),
    ],
)
def test_an_author_box_after_the_article(lang: str, box: tuple[str, str]) -> None:
    meta = newsclean.clean(page(HEADLINES[lang], lang=lang, tail=box)).metadata
    assert meta.author == box[1]


def test_no_author_box_in_the_comments() -> None:
    tail = ("Comments", "Leave a Reply", "About the author", "Alex Woodbury")
    assert newsclean.clean(page(HEADLINES["en"], tail=tail)).metadata.author is None


# -- dates ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "iso", "order"),
    [
        ("02-12-2025", "2025-12-02", "ambiguous"),
        ("19-11-2019", "2019-11-19", "dmy"),
        ("2025/4/29", "2025-04-29", ""),
        ("2025.04.29 10:00", "2025-04-29T10:00", ""),
        ("December 19. 2025", "2025-12-19", ""),
    ],
)
def test_numeric_and_dotted_dates(text: str, iso: str, order: str) -> None:
    found = find_dates(text)
    assert [(d.iso, d.order) for d in found] == [(iso, order)]


def test_a_phone_number_is_no_date() -> None:
    assert find_dates("Call us toll free: 1-888-721-1115") == []


def test_a_header_date_with_a_kicker_before_the_headline() -> None:
    meta = newsclean.clean(page("April 28, 2025", "Workouts", HEADLINES["en"])).metadata
    assert meta.published == "2025-04-28"


@pytest.mark.parametrize(
    ("lang", "line", "iso"),
    [
        ("en", "Published: Nov 24, 2025", "2025-11-24"),
        ("en", "asked Jun 29, 2012 at 10:51", "2012-06-29T10:51"),
        ("de", "Veröffentlicht: 19. Juli 2015", "2015-07-19"),
        ("es", "Publicado 1 de enero de 2015", "2015-01-01"),
    ],
)
def test_a_date_that_says_it_is_the_publication_date_far_from_the_head(
    lang: str, line: str, iso: str
) -> None:
    # Below the body: no head date, no dateline the rules found.
    meta = newsclean.clean(page(HEADLINES[lang], lang=lang, tail=(line,))).metadata
    assert meta.published == iso


def test_a_marked_date_far_below_gives_way_to_the_head_date() -> None:
    meta = newsclean.clean(page(HEADLINES["en"], "May 2, 2024", tail=("Published: Nov 24, 2025",))).metadata
    assert meta.published == "2024-05-02"


# -- titles ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("top", "printed", "title"),
    [
        ("Fields - Pydantic Validation", "Fields", "Fields"),
        ("Portage - Gentoo wiki", "Portage", "Portage"),
        (
            "functools — Higher-order functions — Python 3.14 documentation",
            "functools — Higher-order functions ¶",
            "functools — Higher-order functions",
        ),
    ],
)
def test_a_printed_part_of_the_title_is_the_headline(top: str, printed: str, title: str) -> None:
    meta = newsclean.clean(page(printed, top=top)).metadata
    assert meta.title == title


def test_a_menu_item_that_starts_the_title_is_no_headline() -> None:
    meta = newsclean.clean(page(HEADLINES["en"], top="Home - Example Media")).metadata
    assert meta.title != "Home"


def test_a_printed_copy_of_the_title_loses_the_sites_part() -> None:
    top = "Best Residential Movers in NYC 2025 | Top 19 Companies | Supermove"
    meta = newsclean.clean(page("Best Residential Movers in NYC 2025 | Top 19 Companies", top=top)).metadata
    assert meta.title == "Best Residential Movers in NYC 2025"


def test_segment_names_take_no_category() -> None:
    assert segment_names("November 28, 2025 / living healthy / wellness") is None


@pytest.mark.parametrize(
    ("post", "user"),
    [
        (("30th March 2025, 16:26 # 1 | Link", "microfast", "Registered User"), "microfast"),
        (("#1 2024-08-03 10:59:47", "archuser38013", "Member"), "archuser38013"),
        (("asked Jun 29, 2012 at 10:51", "Pup", "1,992 2 2 gold badges"), "Pup"),
    ],
)
def test_a_threads_author_is_its_first_posters_name(post: tuple[str, ...], user: str) -> None:
    body = HEAD_PAGES["en"]["body"]
    lines = ["Wrong refresh rate on my card - Example Forum", "Forum", "Register", *post, *body]
    assert newsclean.clean("\n".join(lines)).metadata.author == user


def test_a_later_posts_name_is_no_author() -> None:
    # The first post's header has no user name under it: the second post's poster is not taken.
    body = HEAD_PAGES["en"]["body"]
    lines = ["Wrong refresh rate - Example Forum", "Forum", "#1 2024-08-03 10:59:47", *body]
    lines += ["#2 2024-08-04 09:00:00", "someoneelse", *body]
    assert newsclean.clean("\n".join(lines)).metadata.author is None


def test_a_forum_thread_read_as_a_feed_names_its_first_poster() -> None:
    body = HEAD_PAGES["en"]["body"]
    posts = [
        ("LingoLover94 April 5, 2023, 10:08am 1", "Best daily news website for beginners?"),
        ("charrich87 April 5, 2023, 11:48am 2", "I have used one for years with my students"),
        ("Maria2 April 5, 2023, 12:12pm 3", "Another site that helped me a lot"),
    ]
    lines = ["Best daily news website for beginners? - Open Forum", "Open Forum"]
    for stamp, title in posts:
        lines += [stamp, title, *body]
    doc = newsclean.clean("\n".join(lines))
    assert doc.metadata.author == "LingoLover94"
    assert doc.metadata.published == "2023-04-05T10:08"


# -- marked dates away from the head: the mark alone on its line, or a long line it opens ------


def published_of(*tail: str, lang: str = "en", above: tuple[str, ...] = ()) -> str | None:
    """The date of a page whose head has none: the date lines come after the body, or ``above``
    the headline with a menu item between (a site header's date, unless a mark says otherwise)."""
    text = page(*above, HEADLINES[lang], lang=lang, tail=tail)
    return newsclean.clean(text).metadata.published


@pytest.mark.parametrize(
    ("lang", "above", "iso"),
    [
        # the publication word alone, the date on the next line, a menu item before the headline
        ("en", ("Published on", "Oct 31, 2025", "Blog"), "2025-10-31"),
        ("de", ("Veröffentlicht", "21. November 2018", "Blog"), "2018-11-21"),
        ("es", ("Publicado", "21 de noviembre de 2018", "Blog"), "2018-11-21"),
    ],
)
def test_a_mark_alone_dates_the_line_below_it(lang: str, above: tuple[str, ...], iso: str) -> None:
    assert published_of(lang=lang, above=above) == iso


def test_a_header_date_without_a_mark_stays_the_site_headers() -> None:
    assert published_of(above=("Oct 31, 2025", "Blog")) is None


def test_a_mark_over_a_range_of_dates_gives_none() -> None:
    assert published_of(above=("Date:", "Jun 7, 2016 – Mar 22, 2026", "Blog")) is None


def test_a_long_line_a_mark_opens_is_dated_by_the_date_right_after_it() -> None:
    line = (
        "Posted on December 20, 2025 by Jean-Luc Aufranc (CNXSoft) - 5 Comments on Do you "
        "need fourteen USB ports on your single board computer this winter"
    )
    assert published_of(line) == "2025-12-20"


@pytest.mark.parametrize(
    "tail",
    [
        # a long line whose date is far from its mark: a sentence, not a stamp
        (
            "Posted on the board by the clerk after the council had argued about the bridge and the "
            "old road until late on December 20, 2025",
        ),
    ],
)
def test_a_mark_without_its_date_beside_it_gives_none(tail: tuple[str, ...]) -> None:
    assert published_of(*tail) is None


# -- the byline beside the article's date, where the head around the headline had none --------


@pytest.mark.parametrize(
    ("lang", "tail", "author"),
    [
        ("en", ("Jonathan Jones", "Last Updated Nov 6, 2025"), "Jonathan Jones"),
        ("en", ("Rebecca MacFarlane", "Published on November 11, 2025"), "Rebecca MacFarlane"),
        ("de", ("Erika Becker", "Veröffentlicht am 21. November 2018"), "Erika Becker"),
        ("es", ("Lucía Fernández", "Publicado el 21 de noviembre de 2018"), "Lucía Fernández"),
    ],
)
def test_a_name_beside_a_marked_date_is_the_byline(lang: str, tail: tuple[str, ...], author: str) -> None:
    assert newsclean.clean(page(HEADLINES[lang], lang=lang, tail=tail)).metadata.author == author


def test_a_heading_beside_a_marked_date_is_no_byline() -> None:
    # "Backup Strategy" is name-shaped, but the page writes its words in lower case: a heading.
    body_words = "Every backup strategy needs a second copy, and a strategy is only as good as its test."
    text = page(HEADLINES["en"], tail=(body_words, "Backup Strategy", "Last Updated Nov 6, 2025"))
    meta = newsclean.clean(text).metadata
    assert meta.author is None
    assert meta.updated == "2025-11-06"


# -- pages read as feeds: a byline under a feed article's title, a question's asker and date ---


def feed_page(*, lead: str, body: list[str]) -> str:
    """A blog index read as a feed: a dated header, a title and ``lead`` + a name under it."""
    posts = [
        ("July 25, 2019", "The most underrated food city and its best restaurants"),
        ("July 20, 2019", "Ten days on the road through the old mining towns"),
        ("July 11, 2019", "Where to eat breakfast before the early train leaves"),
    ]
    lines = ["The most underrated food city | Example Travels", "Home", "Blog"]
    for stamp, title in posts:
        lines += [stamp, title, f"{lead}Kristin Hale".strip(), *body[:2]]
    return "\n".join(lines)


@pytest.mark.parametrize(
    ("lang", "lead"), [("en", "Written by "), ("en", ""), ("de", "Von "), ("es", "Por ")]
)
def test_a_byline_under_a_feed_articles_title_is_its_author(lang: str, lead: str) -> None:
    meta = newsclean.clean(feed_page(lead=lead, body=HEAD_PAGES[lang]["body"])).metadata
    assert (meta.author, meta.source) == ("Kristin Hale", None)


def test_a_source_under_a_feed_articles_title_stays_a_source() -> None:
    text = feed_page(lead="", body=HEAD_PAGES["en"]["body"]).replace("Kristin Hale", "example.com")
    meta = newsclean.clean(text).metadata
    assert (meta.author, meta.source) == (None, "example.com")


def question_page() -> str:
    """A question whose answers are read as a feed (each answer's stamp a header)."""
    body = HEAD_PAGES["en"]["body"]
    lines = ["How does residential electricity work? - Example Exchange", "Questions", "Tags"]
    lines += ["asked Mar 26, 2019 at 16:18", "Sparkyfan", *body[:2]]
    answers = [
        ("wirenut Mar 27, 2019, 10:08am 1", "It comes in on two hot legs"),
        ("voltage Mar 28, 2019, 11:48am 2", "Think of the neutral as the return path"),
        ("ohmlaw Apr 2, 2019, 12:12pm 3", "The meter sits between the drop and the panel"),
    ]
    for stamp, title in answers:
        lines += [stamp, title, *body[:2]]
    return "\n".join(lines)


def test_a_question_read_as_a_feed_is_its_askers_on_the_day_it_was_asked() -> None:
    meta = newsclean.clean(question_page()).metadata
    assert (meta.author, meta.published) == ("Sparkyfan", "2019-03-26T16:18")
    assert (meta.provenance["author"], meta.provenance["published"]) == (
        "text:head.first_poster",
        "text:head.asked_date",
    )


# -- an author box under the article: a name, then its label or the writer's biography --------


@pytest.mark.parametrize(
    ("lang", "box", "author"),
    [
        (
            "en",
            ("Lina Jameela", "Lina is a content writer with a passion for travel; her guides run weekly."),
            "Lina Jameela",
        ),
        (
            "en",
            ("Joaquin Fernandez", "Joaquin Fernandez is a market analyst, and his research covers AI."),
            "Joaquin Fernandez",
        ),
        ("en", ("Nawaz Dhandala", "Author"), "Nawaz Dhandala"),
        (
            "de",
            ("Anna Schmidt", "Anna ist Redakteurin im Ressort Stadt; sie schreibt über Verkehr."),
            "Anna Schmidt",
        ),
        ("de", ("Max Mustermann", "Autor"), "Max Mustermann"),
        (
            "fr",
            ("Marie Dupont", "Marie est journaliste à Lyon, où elle suit la politique locale."),
            "Marie Dupont",
        ),
        (
            "es",
            ("Lucía Fernández", "Lucía es periodista en Sevilla, donde ella cubre la ciudad."),
            "Lucía Fernández",
        ),
    ],
)
def test_an_author_box_names_the_author(lang: str, box: tuple[str, ...], author: str) -> None:
    headline = HEADLINES.get(lang, HEADLINES["en"])
    top = f"{headline} | Example Media"
    text = page(headline, lang=lang if lang in HEAD_PAGES else "en", top=top, tail=box)
    assert newsclean.clean(text).metadata.author == author


@pytest.mark.parametrize(
    "box",
    [
        # a definition under a heading: its words are written in lower case elsewhere
        ("Backup Strategy", "Backup Strategy is what he sets up first, since a backup strategy is cheap."),
        # a product's description: no person is spoken of
        ("Kraken Tech", "Kraken is the most-loved operating system for energy, powering suppliers."),
        # a testimonial's first word is no biography verb
        ("Sarah Jones", "Sarah said the team was great to work with and she would hire them again."),
    ],
)
def test_a_name_and_a_description_are_no_author_box(box: tuple[str, ...]) -> None:
    assert author_of(HEADLINES["en"], tail=box) is None


def test_a_questions_asked_stamp_counts_where_the_rules_took_it_for_a_comment() -> None:
    # Question sites print the asker's card (stamp, name, badges) in the block the comment
    # rules read as a thread: the "asked" stamp still dates the page and names its asker.
    lines = ["Share", "Follow", "asked Aug 5, 2016 at 4:16", "ewok", "4,701 18 18 gold badges"]
    page_ = Page.from_text("\n".join(lines), "en", phrases=PhraseBook())
    labels = [Label.COMMENTS] * len(page_.lines)
    published, updated = head._marked_date(page_, labels, 0, len(lines) - 1, None)
    asker, line = head._first_poster(page_, labels, 0, len(lines) - 1)
    assert (published.iso if published else None, updated) == ("2016-08-05T04:16", None)
    assert (asker.author if asker else None, line) == ("ewok", 3)
    # Any other stamp in a comment stays the comment's.
    lines[2] = "Posted Aug 5, 2016 at 4:16"
    page_ = Page.from_text("\n".join(lines), "en", phrases=PhraseBook())
    assert head._marked_date(page_, labels, 0, len(lines) - 1, None) == (None, None)


# -- a dated byline far from the headline: a photo, its credit and a caption between ----------


@pytest.mark.parametrize(
    ("lang", "line", "author", "iso"),
    [
        (
            "en",
            "By Genaveve Bradshaw ⋅ Senior Review Analyst ⋅ Updated March 5, 2025",
            "Genaveve Bradshaw",
            "2025-03-05",
        ),
        ("de", "Von Erika Becker · 21. November 2018", "Erika Becker", "2018-11-21"),
        ("es", "Por Lucía Fernández | 21 de noviembre de 2018", "Lucía Fernández", "2018-11-21"),
    ],
)
def test_a_dated_byline_below_the_article_start_is_read(lang: str, line: str, author: str, iso: str) -> None:
    body = HEAD_PAGES[lang]["body"]
    # the headline, then a gallery's captions and credits, then the byline and the article
    gallery = [f"Photo {k}: the bridge seen from the river bank" for k in range(40)]
    lines = [f"{HEADLINES[lang]} | Example Media", "Home", HEADLINES[lang], *gallery, line, *body]
    meta = newsclean.clean("\n".join(lines)).metadata
    assert (meta.author, meta.published or meta.updated) == (author, iso)


def test_a_teasers_dated_byline_after_the_article_is_no_author() -> None:
    body = HEAD_PAGES["en"]["body"]
    teaser = [
        "More Stories",
        "Another story about the harbour",
        "October 28, 2025 by Mariel Sheets | Community",
    ]
    lines = [
        f"{HEADLINES['en']} | Example Media",
        "Home",
        HEADLINES["en"],
        *body * 5,
        *teaser,
        "© 2024 Example",
    ]
    assert newsclean.clean("\n".join(lines)).metadata.author is None


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("By Erik Demaine.", "Erik Demaine"),  # a sentence's full stop goes
        ("By Jeff T.", "Jeff T."),  # an initial keeps its own
        ("By Harry Connick Jr.", "Harry Connick Jr."),  # so does an abbreviation
        ("Von Erika Becker.", "Erika Becker"),
    ],
)
def test_a_full_stop_after_a_byline_is_not_part_of_the_name(line: str, author: str) -> None:
    found = parse_byline(line, lead_required=True)
    assert found is not None and found.author == author


@pytest.mark.parametrize(
    ("stamp", "iso"),
    [
        ("11-29-2024, 09:03 AM #1", "2024-11-29T09:03"),
        ("#1 · May 29, 2024", "2024-05-29"),
        ("#1 29.05.2024, 10:59", "2024-05-29T10:59"),
    ],
)
def test_a_threads_date_is_its_first_posts(stamp: str, iso: str) -> None:
    # The head holds the forum's "last post" date; the post numbered #1 dates the thread.
    body = HEAD_PAGES["en"]["body"]
    headline = "Wrong refresh rate on my new graphics card"
    lines = [f"{headline} - Example Forum", "Forum", headline, "Last post: Dec 7, 2024"]
    lines += [stamp, "hostlar", *body[:3], "#2 · Dec 7, 2024", "someoneelse", *body[3:]]
    meta = newsclean.clean("\n".join(lines)).metadata
    assert (meta.published, meta.provenance["published"]) == (iso, "text:head.first_post_date")


def test_a_comment_numbered_one_does_not_date_the_article() -> None:
    body = HEAD_PAGES["en"]["body"]
    lines = [f"{HEADLINES['en']} | Example Media", "Home", HEADLINES["en"], "May 2, 2024", *body]
    lines += ["3 Comments", "Leave a reply", "#1 · May 29, 2024", "Great piece, thanks for writing it up."]
    assert newsclean.clean("\n".join(lines)).metadata.published == "2024-05-02"


# -- the title line: the page's <title>, never a head line of its own ------------------------


@pytest.mark.parametrize(
    ("lang", "headline", "dated"),
    [
        ("en", "Upgrade 2024.4.4 -> 2024.5.0 stuck on starting", "May 3, 2024"),
        ("de", "Version 2024.4.4 -> 2024.5.0 hängt beim Start", "3. Mai 2024"),
        ("es", "La versión 2024.4.4 -> 2024.5.0 se queda en el arranque", "3 de mayo de 2024"),
    ],
)
def test_head_title_line_a_version_in_the_title_dates_nothing(lang: str, headline: str, dated: str) -> None:
    # the printed headline right under the <title> line: the title's "2024.4.4" is a version
    text = page(headline, "Jane Doe", dated, lang=lang, top=f"{headline} | Example Forum")
    text = text.replace("Home\nNews\nSport\n", "")
    meta = newsclean.clean(text).metadata
    assert (meta.published, meta.provenance.get("published")) == ("2024-05-03", "text:head.date")
    assert meta.updated is None


@pytest.mark.parametrize(
    ("lang", "name", "stamps"),
    [
        ("en", "Josef Novak", ["December 19, 2025", "December 20, 2025", "December 21, 2025"]),
        ("de", "Anna Schmidt", ["19. Dezember 2025", "20. Dezember 2025", "21. Dezember 2025"]),
        ("ru", "Иван Петров", ["19 декабря 2025", "20 декабря 2025", "21 декабря 2025"]),
    ],
)
def test_a_feeds_lead_in_printing_the_headline_names_its_author(
    lang: str, name: str, stamps: list[str]
) -> None:
    # Rule head.lead_in: the article's own dateline, over a headline-like line, was taken for a
    # feed's stamp; the lines above it, the headline and the name under it, are the page's head.
    body = HEAD_PAGES[lang]["body"]
    lines = [f"{HEADLINES[lang]} | Example Media", "Home", "News", body[0], HEADLINES[lang], name]
    for k, stamp in enumerate(stamps):
        lines += [f"{stamp}, 10:1{k}", f"{HEADLINES[lang]} ({k + 1})", *body]
    meta = newsclean.clean("\n".join(lines)).metadata
    assert (meta.author, meta.provenance.get("author")) == (name, "text:head.lead_in")


# -- head.user_byline: a lead word, a user name of any shape, the post's date ------------------


@pytest.mark.parametrize(
    ("lang", "head", "user"),
    [
        ("en", ("Posted by johnanddoc on 07/03/24 02:57 PM",), "johnanddoc"),
        ("en", ("by b.scherer » Sun Dec 17, 2023 11:23 am",), "b.scherer"),
        ("en", ("by jsteinhardt", "18th Dec 2025"), "jsteinhardt"),
        ("fr", ("Publié par jdupont le 3 mai 2021 à 10:12",), "jdupont"),
        ("de", ("Von klaus_m » 31. August 2023, 15:32",), "klaus_m"),
        ("es", ("Publicado por carlos.r el 5 de septiembre de 2024",), "carlos.r"),
    ],
)
def test_a_lead_word_and_a_user_name_before_the_posts_date(
    lang: str, head: tuple[str, ...], user: str
) -> None:
    assert author_of(HEADLINES[lang], *head, lang=lang) == user


def test_a_user_byline_after_the_threads_title() -> None:
    # Nairaland's first post: "<thread title> by <user>: <time> On <date>"
    line = f"{HEADLINES['en']} by Alphabyte1: 3:21pm On Mar 09, 2023"
    assert author_of(line, top=f"{HEADLINES['en']} - Politics - Forum") == "Alphabyte1"


@pytest.mark.parametrize(
    "head",
    [
        ("by jsteinhardt", "Read the full thread"),  # no date after the name
        ("By March 3, 2025 the council had voted",),  # the month is no user name
        ("by comments on 3 May 2021",),  # a label word
        ("Sorted by relevance on 3 May 2021",),  # no lead at the line's start
    ],
)
def test_no_user_byline_without_a_posts_date(head: tuple[str, ...]) -> None:
    assert author_of(HEADLINES["en"], *head) is None


# -- forum posters: a display name in brackets, a starter's label, a poster's card -------------


@pytest.mark.parametrize(
    ("lang", "stamp", "user"),
    [
        ("en", "raoul (Raoul M.) May 3, 2024, 8:45am 1", "raoul"),
        ("de", "klaus_m (Klaus Meier) 31. August 2023, 15:32 1", "klaus_m"),
        ("ru", "ivan_p (Иван П.) 31 августа 2023, 15:32 1", "ivan_p"),
    ],
)
def test_a_user_name_and_its_display_name_before_the_head_date(lang: str, stamp: str, user: str) -> None:
    # rule head.display_name: Discourse prints the user name, then the display name in brackets
    assert author_of(HEADLINES[lang], stamp, lang=lang) == user


@pytest.mark.parametrize(
    ("lang", "line", "user"),
    [
        ("en", "sanmartinwatch Discussion starter", "sanmartinwatch"),
        ("en", "kettle42 OP", "kettle42"),
        ("de", "Kellerkind Themenstarter", "Kellerkind"),
        ("es", "carlos.r Autor del tema", "carlos.r"),
    ],
)
def test_a_user_name_before_a_starters_label(lang: str, line: str, user: str) -> None:
    # rule head.starter_label
    found = thread_starter(line)
    assert found is not None and found.author == user
    body = HEAD_PAGES[lang]["body"]
    lines = [f"{HEADLINES[lang]} | Forum", "Home", HEADLINES[lang], line, "1,204 posts", *body]
    assert newsclean.clean("\n".join(lines)).metadata.author == user


def test_a_label_is_no_thread_starter() -> None:
    assert thread_starter("Reply OP") is None


@pytest.mark.parametrize(
    ("lang", "card", "user"),
    [
        ("en", ("b.scherer", "Posts: 2", "Joined: Sun Dec 17, 2023 11:18 am"), "b.scherer"),
        ("en", ("Outer Armatonisdaristan", "Senator", "Posts: 4032"), "Outer Armatonisdaristan"),
        ("de", ("Klaus_M", "Beiträge: 12", "Registriert: 3. März 2019"), "Klaus_M"),
        ("es", ("carlos.r", "Mensajes: 87"), "carlos.r"),
        ("ru", ("ivan_p", "Сообщения: 1 204"), "ivan_p"),
    ],
)
def test_the_user_name_over_the_first_posters_card(lang: str, card: tuple[str, ...], user: str) -> None:
    # rule head.poster_card: the page's first card under its title is the first post's
    body = HEAD_PAGES[lang]["body"]
    lines = [f"{HEADLINES[lang]} | Forum", "Home", *card, HEADLINES[lang], *body, "mickyd", "Posts: 9"]
    assert newsclean.clean("\n".join(lines)).metadata.author == user


def test_a_threads_post_count_is_no_posters_card() -> None:
    body = HEAD_PAGES["en"]["body"]
    lines = [f"{HEADLINES['en']} | Forum", "Home", "Locked", "Print view", "16 posts • Page 1 of 1", *body]
    assert newsclean.clean("\n".join(lines)).metadata.author is None


@pytest.mark.parametrize(
    ("lang", "line", "author"),
    [
        ("en", "Written by by Rebecca MacFarlane", "Rebecca MacFarlane"),
        ("en", "By: By Jane Doe", "Jane Doe"),
        ("de", "Geschrieben von von Max Mustermann", "Max Mustermann"),
        ("es", "Escrito por por Lucía Fernández", "Lucía Fernández"),
    ],
)
def test_a_lead_word_printed_twice(lang: str, line: str, author: str) -> None:
    # rule byline.lead_twice: a template's "Written by" before an author field holding "by ..."
    found = parse_byline(line, lead_required=True)
    assert found is not None and found.author == author
    assert author_of(HEADLINES[lang], line, "Published on November 11, 2025", lang=lang) == author


@pytest.mark.parametrize(
    ("lang", "line", "author"),
    [
        ("en", "Nathan Lian @ Maintouch", "Nathan Lian"),
        ("de", "Erika Becker @erika_b", "Erika Becker"),
    ],
)
def test_a_handle_after_a_bare_name(lang: str, line: str, author: str) -> None:
    assert author_of(HEADLINES[lang], line, "March 2, 2026", lang=lang) == author


_STANDFIRSTS = {
    "en": "A guide to what the council decided, what it costs the city and what comes next for the bridge.",
    "de": "Ein Überblick darüber, was der Rat beschlossen hat, was es kostet und wie es weitergeht.",
}


@pytest.mark.parametrize(
    ("lang", "name", "date"),
    [("en", "Shauna Mitchell", "August 25, 2024"), ("de", "Max Mustermann", "25. August 2024")],
)
def test_the_byline_beside_the_rules_dateline_below_the_head(lang: str, name: str, date: str) -> None:
    # rule head.dated_byline on the rules' dateline: a standfirst printed twice ends the head's
    # window before the name and its date
    standfirst = _STANDFIRSTS[lang]
    assert author_of(HEADLINES[lang], standfirst, standfirst, name, date, lang=lang) == name


def test_a_footer_link_beside_a_date_is_no_author() -> None:
    tail = ("Post time: 01-04-2024", "Return Policy", "Terms & Conditions", "Privacy Policy")
    assert author_of(HEADLINES["en"], tail=tail) is None


@pytest.mark.parametrize(
    ("lang", "team", "date"),
    [
        ("en", "The Upwork Team", "Oct 10, 2025"),
        ("en", "InstaTunnel Team", "Published December 17, 2025"),
        ("de", "Das Finanztip Team", "3. März 2024"),
        ("de", "Stiftung Warentest Team", "Aktualisiert am 3. März 2024"),
    ],
)
def test_a_bare_team_beside_the_head_date(lang: str, team: str, date: str) -> None:
    # rule head.team: a team in the byline's place, its date beside it
    assert author_of(HEADLINES[lang], team, date, lang=lang) == team


@pytest.mark.parametrize("label", ["Our Team", "Meet the Team"])
def test_a_teams_menu_label_is_no_author(label: str) -> None:
    assert author_of(HEADLINES["en"], label, "Oct 10, 2025") is None


_OTHER_POSTS = {
    "en": (["December 10, 2025", "November 2, 2025"], "10 min read"),
    "de": (["10. Dezember 2025", "2. November 2025"], "10 Min. Lesezeit"),
    "ru": (["10 декабря 2025", "2 ноября 2025"], "10 мин чтения"),
}


@pytest.mark.parametrize(
    ("lang", "name", "stamp"),
    [
        ("en", "Emmanuel John", "December 18, 2025"),
        ("de", "Anna Schmidt", "18. Dezember 2025"),
        ("ru", "Иван Петров", "18 декабря 2025"),
    ],
)
def test_a_feed_whose_first_article_prints_the_headline_is_that_articles(
    lang: str, name: str, stamp: str
) -> None:
    # Rule head.own_article: the page's own article under its dated header was cut as a feed's
    # first article; its byline stands over the header, where the feed rules cut
    body = HEAD_PAGES[lang]["body"]
    others, reading = _OTHER_POSTS[lang]
    lines = [f"{HEADLINES[lang]} | Example Media", "Home", "Blog", name, f"{stamp} ⋅ {reading}"]
    lines += [HEADLINES[lang], *body]
    for k, other in enumerate(others):
        lines += [other, f"{body[0][:40]} ({k + 1})", *body[1:]]
    meta = newsclean.clean("\n".join(lines)).metadata
    assert (meta.author, meta.provenance.get("author")) == (name, "text:head.own_article")


@pytest.mark.parametrize(
    ("lang", "above", "name"),
    [
        ("en", ("May 6, 2025 / #documentation",), "Rajdeep Singh"),
        ("en", ("July 26, 2023", "8 min read"), "Ren Taylor"),
        ("de", ("6. Mai 2025",), "Max Mustermann"),
        ("es", ("6 de mayo de 2025",), "Lucía Fernández"),
    ],
)
def test_a_proper_name_under_the_headline_dated_above_it(
    lang: str, above: tuple[str, ...], name: str
) -> None:
    # rule head.under_headline: date / headline / name, then the article
    assert author_of(*above, HEADLINES[lang], name, lang=lang) == name


def test_a_heading_under_a_dated_headline_is_no_author() -> None:
    # "Steel Deck" is written in lower case in the body ("the steel frame", "the deck"): a
    # section's heading, not a person
    assert author_of("May 6, 2025", HEADLINES["en"], "Steel Deck") is None


@pytest.mark.parametrize(
    ("lang", "stamp", "name"),
    [
        ("en", "Written on Mar 17 by", "Pippin Lee"),
        ("en", "Posted on March 3 by", "Jane Doe"),
        ("de", "Veröffentlicht am 3. März von", "Max Mustermann"),
        ("es", "Publicado el 3 de marzo por", "Lucía Fernández"),
    ],
)
def test_a_dated_line_ending_with_its_lead_word_then_the_name(lang: str, stamp: str, name: str) -> None:
    # rule head.stamp_lead: the author is a link the scraper put on a line of its own (here
    # under the article, the date without its year: no other rule reads the name)
    assert author_of(HEADLINES[lang], lang=lang, tail=(stamp, name)) == name


def test_a_lead_word_ending_a_sentence_leads_no_name() -> None:
    assert author_of(HEADLINES["en"], tail=("The photo was taken on March 3 by", "Jane Doe")) is None


@pytest.mark.parametrize(
    ("lang", "name", "date"),
    [
        ("en", "Mazi", "December 19, 2025"),
        ("en", "ServiceTitan", "November 26th, 2024"),
        ("de", "Kevin", "19. Dezember 2025"),
        ("ru", "Ксения", "19 декабря 2025"),
    ],
)
def test_one_word_between_the_headline_and_its_date(lang: str, name: str, date: str) -> None:
    # rule head.single_name
    assert author_of(HEADLINES[lang], name, date, lang=lang) == name


@pytest.mark.parametrize("word", ["Council", "Decision", "Home"])
def test_a_word_the_page_writes_in_lower_case_or_a_menu_item_is_no_single_name(word: str) -> None:
    # "the council", "the decision": written in lower case in the body; "Home" is a menu item
    assert author_of(HEADLINES["en"], word, "December 19, 2025") is None


@pytest.mark.parametrize(
    ("lang", "box", "name"),
    [
        (
            "en",
            ("James Reed", "SEO Copywriter", "James is a film enthusiast, and he lives in Lisbon."),
            "James Reed",
        ),
        (
            "de",
            ("Anna Schmidt", "Leitende Redakteurin", "Anna schreibt über Städte, und sie wohnt in Köln."),
            "Anna Schmidt",
        ),
        (
            "es",
            ("Lucía Fernández", "Periodista", "Lucía escribe sobre ciudades y ella vive en Sevilla."),
            "Lucía Fernández",
        ),
    ],
)
def test_an_author_box_with_the_writers_job_between_name_and_biography(
    lang: str, box: tuple[str, ...], name: str
) -> None:
    # rule head.bio_role: the job line between the name and the biography
    assert author_of(HEADLINES[lang], lang=lang, tail=box) == name


@pytest.mark.parametrize("label", ["Author’s Profile", "Author profile"])
def test_an_author_box_labelled_as_a_profile(label: str) -> None:
    assert author_of(HEADLINES["en"], tail=("Ahmet Serhan", label, "Latest Blogs")) == "Ahmet Serhan"


@pytest.mark.parametrize(
    ("lang", "lines", "name"),
    [
        (
            "en",
            (
                "lifestyle Christy Gammel February 3, 2026 Comment",
                "Previous",
                "fashion Christy Gammel February 20, 2026",
            ),
            "Christy Gammel",
        ),
        (
            "es",
            (
                "viajes Lucía Fernández 3 de febrero de 2026 Comentario",
                "Anterior",
                "moda Lucía Fernández 20 de febrero de 2026",
            ),
            "Lucía Fernández",
        ),
    ],
)
def test_the_same_name_before_the_dates_of_a_blogs_meta_lines(
    lang: str, lines: tuple[str, ...], name: str
) -> None:
    # rule head.repeated_name: the post's meta line under it and its neighbours' name the writer
    assert author_of(HEADLINES[lang], lang=lang, tail=lines) == name


def test_a_name_before_one_date_only_is_no_repeated_name() -> None:
    tail = (
        "lifestyle Christy Gammel February 3, 2026 Comment",
        "Previous",
        "fashion Mara Holt February 20, 2026",
    )
    assert author_of(HEADLINES["en"], tail=tail) is None


@pytest.mark.parametrize(
    ("lang", "line", "author"),
    [
        (
            "en",
            "Posted on December 20, 2025 by Jean-Luc Aufranc (CNXSoft) - 5 Comments on Do you need "
            "14 USB ports on your Raspberry Pi 5 and what would you plug into them all?",
            "Jean-Luc Aufranc (CNXSoft)",
        ),
        (
            "fr",
            "Publié le 20 décembre 2025 par Jean Dupont - 5 commentaires sur Faut-il vraiment "
            "quatorze ports USB sur un Raspberry Pi et que brancherait-on dessus de toute façon ?",
            "Jean Dupont",
        ),
    ],
)
def test_a_long_line_opening_with_a_date_and_a_byline(lang: str, line: str, author: str) -> None:
    # rule head.stamped_lead: "Posted on <date> by <name> - 5 Comments on <the headline>"
    assert author_of(line, HEADLINES["en"], lang=lang) == author


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "November 28, 2025 / Steel Deck / Wellness"),
        ("es", "28 de noviembre de 2025 / Estructura Acero / Bienestar"),
    ],
)
def test_sections_among_the_parts_of_a_dated_line_are_no_author(lang: str, line: str) -> None:
    # a part of a dated line is a name only when it is a proper name: "steel", "deck",
    # "estructura", "acero" are written in lower case in the body (the section's words)
    assert author_of(HEADLINES[lang], line, lang=lang) is None


def test_a_one_word_forum_masthead_over_the_first_post_is_no_author() -> None:
    body = HEAD_PAGES["en"]["body"]
    lines = ["Wrong refresh rate - Example Forum", "Wrong refresh rate", "Forum", "May 3, 2024", *body]
    assert newsclean.clean("\n".join(lines)).metadata.author is None
