"""navigation.headline_repeat: the headline printed again inside the article is not body text."""

from __future__ import annotations

import pytest
from tests.rules.conftest import BODIES, TITLES, decisions, page

import newsclean

# Menu words a breadcrumb prints before the headline.
CRUMBS = {"en": "Home News Local", "bn": "প্রচ্ছদ খবর", "kk": "Басты бет Жаңалықтар", "ar": "الرئيسية أخبار"}


def test_the_headline_printed_again_in_the_article_is_removed(language: str) -> None:
    title = TITLES[language]
    text = page(language, middle=[title])
    got = decisions(text)
    rules = [rule for line, rule in newsclean_lines(text) if line == title]
    assert rules[0] == "title.heading"
    # Between two paragraphs, related.teaser may claim it first where the article's words are
    # inflected (Russian): either way the copy is not body.
    assert rules[1] in ("navigation.headline_repeat", "related.teaser")
    assert language == "ru" or rules[1] == "navigation.headline_repeat"
    assert all(got[line] == ("body", "body.core") for line in BODIES[language])


@pytest.mark.parametrize("language", sorted(CRUMBS))
def test_a_breadcrumb_ending_in_the_headline_is_removed(language: str) -> None:
    crumb = f"{CRUMBS[language]} {TITLES[language]}"
    got = decisions(page(language, middle=[crumb]))
    assert got[crumb] == ("navigation", "navigation.headline_repeat")


def test_the_pages_title_line_counts_as_the_headline() -> None:
    """The <title> a scraper keeps on the first line, with the site's name after a bar."""
    title = TITLES["kk"]
    text = f"{title} | Қала жаңалықтары\n" + page("kk", middle=[title])
    got = [rule for line, rule in newsclean_lines(text) if line == title]
    assert "navigation.headline_repeat" in got


def test_a_short_title_repeated_as_a_subheading_is_kept() -> None:
    """Three words are too few to tell a repeated headline from the article's own subheading."""
    text = "\n".join(
        ["Bridge stays open", "", BODIES["en"][0], "Bridge stays open", BODIES["en"][1], BODIES["en"][2]]
    )
    assert all(rule != "navigation.headline_repeat" for _line, rule in newsclean_lines(text))


def test_a_line_that_only_starts_like_the_headline_is_kept() -> None:
    title = TITLES["en"]
    sentence = f"{title}, the council said on Tuesday after a long debate about the repairs."
    got = decisions(page("en", middle=[sentence]))
    assert got[sentence] == ("body", "body.core")


def newsclean_lines(text: str) -> list[tuple[str, str]]:
    """(text, rule) of every non-blank line, in order (repeated lines included)."""
    return [(line.text.strip(), line.rule) for line in newsclean.clean(text).lines if line.text.strip()]
