"""related.inline: "SEE MORE: <headline>" between paragraphs is a link to another story."""

from __future__ import annotations

from tests.rules.conftest import decisions, page


def test_see_more_link_mid_article() -> None:
    link = "SEE MORE: Council to decide on the future of the old bridge next month"
    got = decisions(page("en", middle=[link]))
    assert got[link] == ("related", "related.inline")


def test_a_sentence_starting_with_see_more_is_body() -> None:
    """Without the separator after it, "See more" opens an article sentence."""
    sentence = "See more of the old bridge this spring, the council said, as repairs begin on its east side."
    got = decisions(page("en", middle=[sentence]))
    assert got[sentence] == ("body", "body.core")
