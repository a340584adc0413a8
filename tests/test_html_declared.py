"""The dates a page declares in its markup (html/declared.py): which declaration counts, in
which order, and how its value is written. Each test breaks when its rule does."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclean.html.declared import Declared, as_iso, declared_dates
from newsclean.metadata.merge import same_moment


def _jsonld(body: str) -> str:
    return f'<script type="application/ld+json">{body}</script>'


def test_jsonld_published_comes_before_a_meta_tag() -> None:
    markup = '<meta property="article:published_time" content="2022-05-26T15:20:28+00:00">' + _jsonld(
        '{"@type": "Article", "datePublished": "2025-12-01"}'
    )
    assert declared_dates(markup).published == "2025-12-01"


def test_meta_and_time_tags_declare_dates() -> None:
    markup = (
        '<meta property="article:modified_time" content="2024-05-03T10:57:58+00:00">'
        '<time itemprop="datePublished" datetime="2024-03-17T19:47:39+00:00">March 17</time>'
    )
    assert declared_dates(markup) == Declared("2024-03-17T19:47+00:00", "2024-05-03T10:57+00:00")


def test_created_counts_only_without_a_published_date() -> None:
    asked = '<time itemprop="dateCreated" datetime="2011-08-25 09:34:39Z"></time>'
    assert declared_dates(asked).published == "2011-08-25T09:34+00:00"
    both = asked + '<meta itemprop="datePublished" content="2011-09-01">'
    assert declared_dates(both).published == "2011-09-01"


def test_nested_items_are_not_the_page() -> None:
    # a forum thread: the thread's date, not its first reply's or a listed item's
    body = (
        '{"@type": "DiscussionForumPosting", "comment": [{"datePublished": "2024-01-02"}], '
        '"itemListElement": [{"datePublished": "2023-01-01"}], "datePublished": "2024-01-01T10:00:00Z"}'
    )
    assert declared_dates(_jsonld(body)).published == "2024-01-01T10:00+00:00"


def test_graph_members_are_read_and_wrappers_dropped() -> None:
    body = (
        '<![CDATA[ {"@graph": [{"@type": "WebPage", "dateModified": "2018-04-22"}, '
        '{"datePublished": "2015-10-15"}]} ]]>'
    )
    assert declared_dates(_jsonld(body)) == Declared("2015-10-15", "2018-04-22")


def test_broken_json_and_words_are_skipped() -> None:
    markup = _jsonld('{"datePublished": ') + '<meta property="article:published_time" content="Feb 08, 2022">'
    assert declared_dates(markup) == Declared()


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2024-01-11", "2024-01-11"),
        ("2024-01-11T19:30:00-05:00", "2024-01-11T19:30-05:00"),
        ("2024-03-05T07:02:39+0000", "2024-03-05T07:02+00:00"),
        ("2025-12-19T22:02:58.705Z", "2025-12-19T22:02+00:00"),
        ("2025-11-25 08:33:24", "2025-11-25T08:33"),
        ("2024-02-30", None),
        ("Feb 08, 2022", None),
        ("01/07/16", None),
    ],
)
def test_as_iso(value: str, iso: str | None) -> None:
    assert as_iso(value) == iso


def test_same_moment_in_two_zones() -> None:
    assert same_moment("2024-01-11T19:30-05:00", "2024-01-12T00:30+00:00")
    assert not same_moment("2024-01-11T19:30-05:00", "2024-01-12T00:30")  # no zone: not comparable
    assert not same_moment("2024-01-11", "2024-01-11")
    assert not same_moment("2024-01-11T19:30-05:00", "2024-01-11T19:30+00:00")


@given(st.text(max_size=300))
def test_any_markup_gives_iso_dates_or_nothing(markup: str) -> None:
    found = declared_dates(markup)
    for value in (found.published, found.modified):
        assert value is None or as_iso(value) == value
