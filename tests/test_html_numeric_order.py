"""Rule ``date.numeric_order`` (metadata/merge.py): the visible head's "10/12/2023" against
htmldate's other reading of it, settled by the page when the page can settle it."""

from __future__ import annotations

import pytest

import newsclean
from newsclean.metadata.merge import merge_visible

HEAD = "Skiplagging in the relocation process\n10/12/2023 7:38 PM\nJane Doe"
HTMLDATE = newsclean.Metadata(published="2023-12-10", provenance={"published": "html:htmldate"})
SEEN = newsclean.Metadata(
    published="2023-10-12T19:38", language="en", provenance={"published": "text:head.date"}
)


@pytest.mark.parametrize(
    ("others", "url", "head_wins"),
    [
        (["Latest Insights", "11/19/2023"], None, True),  # another date reads month first only
        (["Latest Insights", "19/11/2023"], None, False),  # ...or day first only
        (["Related", "October 12, 2023"], None, True),  # the same day in words
        (["Verwandt", "12. Oktober 2023"], None, True),
        (["Related", "10 December 2023"], None, False),
        ([], "https://example.us/post", True),  # the URL's country
        ([], "https://example.de/post", False),
        ([], "https://example.com/post", False),  # only the language: a guess, htmldate stands
    ],
)
def test_the_page_settles_which_reading_of_a_numeric_date_is_right(
    others: list[str], url: str | None, head_wins: bool
) -> None:
    lines = ["Menu", *HEAD.splitlines(), "Body text of the story.", *others]
    merged = merge_visible(HTMLDATE, SEEN, HEAD, url=url, lines=lines)
    assert (merged.published == SEEN.published) is head_wins
    if head_wins:
        assert merged.provenance["published"] == "html:visible/text:head.date"
