"""Byline parses are remembered while one page is cleaned, and forgotten when the next starts
(newsclean.metadata.bylines.forget_parses): memory stays bounded by a page, and a page's
output does not depend on the pages cleaned before it."""

from __future__ import annotations

import newsclean
from newsclean.metadata.bylines import parse_byline

PAGE = "\n".join(
    [
        "Council keeps the old bridge open",
        "By Jane Doe and Omar Haddad",
        "March 3, 2024",
        "The city council voted on Tuesday to keep the old bridge open for another year, officials said.",
        "Engineers had warned that the structure needed urgent repairs, but the budget was cut in March.",
        "Residents who cross the river every day said they were relieved that the bridge would stay open.",
    ]
)


def test_a_pages_parses_are_forgotten_when_the_next_page_starts() -> None:
    newsclean.clean(PAGE, format="text")
    after_the_article = parse_byline.cache_info().currsize
    newsclean.clean("A short note.", format="text")
    assert after_the_article >= 2
    assert parse_byline.cache_info().currsize < after_the_article


def test_a_pages_reading_does_not_depend_on_the_page_before() -> None:
    first = newsclean.clean(PAGE, format="text").to_dict()
    newsclean.clean(PAGE.replace("Jane Doe", "Mary Major"), format="text")
    assert newsclean.clean(PAGE, format="text").to_dict() == first
