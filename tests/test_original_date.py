"""Rule ``head.first_published`` (metadata/original.py) and its HTML-mode counterpart
``date.first_published`` (metadata/merge.py): the date a page says it first appeared on."""

from __future__ import annotations

import pytest
from tests.head_pages import HEAD_PAGES, HEADLINES

import newsclean
from newsclean.metadata.merge import merge_visible

# The head's own date (the latest revision's) in each language.
HEAD_DATES = {"en": "May 2, 2024", "de": "2. Mai 2024", "es": "2 de mayo de 2024", "ru": "2 мая 2024"}


def page(lang: str, *tail: str) -> str:
    """A scraped page: ``<title>``, a menu, the headline and its date, the body, then ``tail``."""
    body = HEAD_PAGES[lang]["body"]
    return "\n".join(
        [
            f"{HEADLINES[lang]} | Example Media",
            "Home",
            "News",
            HEADLINES[lang],
            HEAD_DATES[lang],
            *body,
            *tail,
        ]
    )


@pytest.mark.parametrize(
    ("lang", "line", "iso"),
    [
        (
            "en",
            "This article was originally published on 26 Sep 2019 at 4:12pm and updated since.",
            "2019-09-26T16:12",
        ),
        ("en", "First published on Wednesday, March 2, 2022", "2022-03-02"),
        ("de", "Dieser Beitrag wurde erstmals veröffentlicht am 3. März 2021.", "2021-03-03"),
        ("es", "Este artículo fue publicado originalmente el 2 de febrero de 2015.", "2015-02-02"),
        ("ru", "Впервые опубликовано 1 января 2015 года.", "2015-01-01"),
    ],
)
def test_the_first_publication_a_page_states_is_its_date(lang: str, line: str, iso: str) -> None:
    meta = newsclean.clean(page(lang, line)).metadata
    assert (meta.published, meta.provenance["published"]) == (iso, "text:head.first_published")
    assert meta.updated is not None and meta.updated.startswith("2024-05-02")  # the revision's date


def test_the_date_may_stand_on_the_next_line() -> None:
    # the page set the date in an element of its own: the visible text breaks the sentence
    lines = ("This article was originally published on", "26 Sep 2019 at 4:12pm", "but has been updated.")
    assert newsclean.clean(page("en", *lines)).metadata.published == "2019-09-26T16:12"


@pytest.mark.parametrize(
    "line",
    [
        "This story was originally published by Modern Farmer.",  # no date
        "First published in the spring issue and reprinted here on March 2, 2022.",  # a date far on
        "Originally published in 2019.",  # no day
    ],
)
def test_no_date_right_after_the_words_says_nothing(line: str) -> None:
    meta = newsclean.clean(page("en", line)).metadata
    assert (meta.published, meta.provenance["published"]) == ("2024-05-02", "text:head.date")


def _seen(published: str, origin: str) -> newsclean.Metadata:
    return newsclean.Metadata(published=published, provenance={"published": origin})


def test_html_the_first_publication_beats_the_tags_and_htmldate() -> None:
    """Rule ``date.first_published``: htmldate's date, printed under the headline, is the revision's."""
    base = newsclean.Metadata(published="2022-09-30", provenance={"published": "html:htmldate"})
    head = "The pros and cons of living in a tiny home\nChris Carroll\n30 Sep 2022, 11:07am"
    won = merge_visible(base, _seen("2019-09-26T16:12", "text:head.first_published"), head, url=None)
    assert (won.published, won.provenance["published"]) == (
        "2019-09-26T16:12",
        "html:visible/text:head.first_published",
    )
    # the same rule does not let an ordinary head date displace a date the head prints
    kept = merge_visible(base, _seen("2019-09-26", "text:head.date"), head, url=None)
    assert kept.published == "2022-09-30"


@pytest.mark.parametrize(
    ("printed", "wins"),
    [("2018-08-19T12:33", True), ("2019-12-14T16:42", False), ("2020-01-05", False)],
)
def test_html_a_dateline_earlier_than_the_declared_date_wins(printed: str, wins: bool) -> None:
    """Rule ``date.earlier_dateline``: a forum's first post printed "Posted : August 19, 2018"
    in the visible head, its JSON-LD declaring a later day (the thread's last activity)."""
    base = newsclean.Metadata(published="2019-12-14T16:42+00:00", provenance={"published": "html:declared"})
    merged = merge_visible(base, _seen(printed, "text:meta.dateline"), "Thread\nPosted : ...", url=None)
    assert (merged.published == printed) is wins
    # a date htmldate guessed (not declared by the page) is not displaced by an earlier dateline
    guessed = newsclean.Metadata(published="2019-12-14", provenance={"published": "html:htmldate"})
    assert (
        merge_visible(guessed, _seen(printed, "text:meta.dateline"), "x", url=None).published == "2019-12-14"
    )
