"""Which printed date is the article's: ``dateorder.printed`` (metadata/dateorder.py) and
``date.teaser_list`` (metadata/fields.py)."""

from __future__ import annotations

import pytest
from tests.head_pages import HEAD_PAGES, HEADLINES

import newsclean
from newsclean.analysis.page import Page
from newsclean.analysis.phrases import Mode

HEADLINE = "Council keeps the old bridge open after long debate"


def page(*head: str, tail: tuple[str, ...] = ()) -> str:
    body = HEAD_PAGES["en"]["body"]
    return "\n".join(
        [f"{HEADLINE} | Example Media", "Home", "News", HEADLINE, *head, *body, *tail, "© 2025 Example"]
    )


@pytest.mark.parametrize(
    ("printed", "iso"),
    [
        ("December 02, 2025", "2025-12-02"),  # the month's name settles "02-12-2025"
        ("2 December 2025", "2025-12-02"),
        ("2025-12-02", "2025-12-02"),  # year first reads one way only
        ("February 12, 2025", "2025-02-12"),
    ],
)
def test_an_ambiguous_date_reads_as_the_page_prints_the_same_day(printed: str, iso: str) -> None:
    doc = newsclean.clean(page("Jane Doe", "02-12-2025", tail=("Recent Posts", "Another story", printed)))
    assert doc.metadata.published == iso
    assert not any("ambiguous" in w for w in doc.warnings)  # decided, not guessed


def test_both_readings_printed_leave_it_to_the_page_habits() -> None:
    tail = ("Recent Posts", "One story", "December 02, 2025", "Another story", "February 12, 2025")
    doc = newsclean.clean(page("Jane Doe", "02-12-2025", tail=tail))
    assert doc.metadata.published == "2025-02-12"  # English: month first, a guess
    assert any("ambiguous" in w and "guessed" in w for w in doc.warnings)


def test_a_list_of_dated_teasers_dates_no_article() -> None:
    """Rule ``date.teaser_list``: three datelines a title apart under the story are its related
    posts' dates; the story printed none."""
    teasers = ("More Posts", "River festival returns", "Jun 11, 2024", "New bus line opens", "Jun 11, 2024",
               "Library opens on Sundays", "May 2, 2024")  # fmt: skip
    meta = newsclean.clean(page(tail=teasers)).metadata
    assert meta.published is None


@pytest.mark.parametrize(
    "tail",
    [
        ("More Posts", "River festival returns", "Jun 11, 2024", "New bus line opens", "Jun 9, 2024"),
        ("More Posts", "River festival returns", "The festival will run for three days with music.",
         "Jun 11, 2024", "New bus line opens", "The line will run every ten minutes from Monday on.",
         "Jun 9, 2024",
         "Library opens on Sundays", "The library will open on Sundays from next month.", "May 2, 2024"),
    ],
)  # fmt: skip
def test_fewer_or_sparser_datelines_are_not_a_teaser_list(tail: tuple[str, ...]) -> None:
    meta = newsclean.clean(page(tail=tail)).metadata
    assert meta.published is not None


@pytest.mark.parametrize(
    ("lang", "label", "date"),
    [
        ("en", "Last update:", "July 16, 2025"),
        ("en", "Updated", "July 16, 2025"),
        ("de", "Aktualisiert:", "16. Juli 2025"),
        ("es", "Actualizado:", "16 de julio de 2025"),
        ("ru", "Обновлено:", "16 июля 2025"),
    ],
)
def test_an_update_label_alone_above_its_date(lang: str, label: str, date: str) -> None:
    """Rule ``head.update_label``: the label and its value in two elements, printed apart."""
    headline = HEADLINES[lang]
    lines = [f"{headline} | Example Media", "Home", "News", headline, "Jane Doe", label, date]
    meta = newsclean.clean("\n".join([*lines, *HEAD_PAGES[lang]["body"]])).metadata
    assert (meta.published, meta.updated) == (None, "2025-07-16")


@pytest.mark.parametrize(
    ("stamp", "tail", "iso", "how"),
    [
        ("10.11.15 11:26 UTC", (), "2015-11-10T11:26+00:00", "guessed from its dots"),
        ("10/11/15 11:26 UTC", (), "2015-10-11T11:26+00:00", "guessed from the page language"),
        ("09.10.2024", ("Older posts", "11.24.2025"), "2024-09-10", "decided by other dates"),
    ],
)
def test_dots_read_day_first_where_only_the_language_would_say(
    stamp: str, tail: tuple[str, ...], iso: str, how: str
) -> None:
    """Rule ``dateorder.dotted``: an English page's "10.11.15" is day first, as dotted dates
    are written; its other dates still decide first ("11.24.2025": a site writing months first)."""
    doc = newsclean.clean(page("Jane Doe", stamp, tail=tail))
    assert doc.metadata.published == iso
    assert any("ambiguous" in w and how in w for w in doc.warnings)


@pytest.mark.parametrize(
    ("lang", "line", "published", "updated"),
    [
        ("en", "May 21, 2025 April 24, 2025 by Jane Doe", "2025-04-24", "2025-05-21"),
        ("en", "Jane Doe 2024-04-18T13:00:39+00:00 March 22nd, 2024", "2024-03-22", "2024-04-18T13:00+00:00"),
        ("en", "April 24, 2025 May 21, 2025", "2025-04-24", "2025-05-21"),
        ("de", "21. Mai 2025 24. April 2025", "2025-04-24", "2025-05-21"),
        ("es", "21 de mayo de 2025 24 de abril de 2025", "2025-04-24", "2025-05-21"),
        ("ru", "21 мая 2025 24 апреля 2025", "2025-04-24", "2025-05-21"),
    ],
)
def test_two_dates_side_by_side_are_publication_and_update(
    lang: str, line: str, published: str, updated: str
) -> None:
    """Rule ``dates.side_by_side``: a theme prints a post's modified and published dates
    together, in either order; the earlier is the publication."""
    headline = HEADLINES[lang]
    lines = [f"{headline} | Example Media", "Home", "News", headline, line, *HEAD_PAGES[lang]["body"]]
    meta = newsclean.clean("\n".join(lines)).metadata
    assert (meta.published, meta.updated) == (published, updated)


def test_dates_apart_are_no_pair() -> None:
    # words between: "Jun 7, 2016 to Mar 22, 2026" is a range; the first date stays the date
    meta = newsclean.clean(page("Jane Doe", "From May 21, 2025 to April 24, 2026")).metadata
    assert meta.published == "2025-05-21"


@pytest.mark.parametrize(
    ("lang", "last", "first"),
    [
        ("en", "Last post: December 1, 2025", "Jane Doe November 28, 2025"),
        ("de", "Letzter Beitrag: 1. Dezember 2025", "Max Mustermann 28. November 2025"),
        ("es", "Último mensaje: 1 de diciembre de 2025", "Ana García 28 de noviembre de 2025"),
        ("ru", "Последнее сообщение: 1 декабря 2025", "Иван Петров 28 ноября 2025"),
    ],
)
def test_a_threads_last_post_is_its_update(lang: str, last: str, first: str) -> None:
    """A forum's "Last post:" (phrase list ``meta.updated``) dates the thread's latest activity."""
    headline = HEADLINES[lang]
    lines = [f"{headline} | Example Forum", "Home", "Forum", headline, last, first, *HEAD_PAGES[lang]["body"]]
    meta = newsclean.clean("\n".join(lines)).metadata
    assert (meta.published, meta.updated) == ("2025-11-28", "2025-12-01")


@pytest.mark.parametrize(
    ("lang", "label", "date"),
    [
        ("en", "Publish date", "15 November 2018"),
        ("en", "Publication date:", "November 15, 2018"),
        ("de", "Veröffentlichungsdatum:", "15. November 2018"),
        ("es", "Fecha de publicación:", "15 de noviembre de 2018"),
    ],
)
def test_a_publication_date_label_over_its_date(lang: str, label: str, date: str) -> None:
    """Phrase list ``meta.published``: "Publish date" / "15 November 2018" in the page's facts
    (a guide's "Published" box), a label the marked-date reader (``text:head.marked_date``) and
    the comments rules (a label over a date is no commenter) take for a publication label."""
    headline = HEADLINES[lang]
    facts = ["Topics", label, date, "Reviewed", "8 October 2020"]
    text = "\n".join([f"{headline} | Example Media", headline, *HEAD_PAGES[lang]["body"], *facts])
    page = Page.from_text(text, lang)
    marks = page.phrases.pattern("meta.published", Mode.LEAD)
    assert marks is not None and marks.match(label + " ")  # as the marked-date reader asks
    assert newsclean.clean(text).metadata.published == "2018-11-15"


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        (
            "en",
            "Posted by msmash on Friday January 12, 2024 @11:40AM from the pros-and-cons dept. of the site",
        ),
        ("en", "Posted by admin on January 12, 2024 in Uncategorized with 3 comments and more to read below"),
    ],
)
def test_a_publication_mark_then_a_byline_then_the_date(lang: str, line: str) -> None:
    """Rule ``head.posted_by``: "Posted by <name> on <date> ..." far from the head is a marked
    date although a byline stands between the mark and the date."""
    headline = HEADLINES[lang]
    lines = [f"{headline} | Example Media", "Home", "News", headline, *HEAD_PAGES[lang]["body"], line]
    meta = newsclean.clean("\n".join(lines)).metadata
    assert (meta.published or "")[:10] == "2024-01-12"
    assert meta.provenance["published"] == "text:head.marked_date"
