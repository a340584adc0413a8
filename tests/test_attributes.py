"""A tag with thousands of attributes is cut to its first ones before lxml parses the page
(libxml2 parses a tag's attributes in quadratic time, in C code the budget cannot interrupt)."""

from __future__ import annotations

import lxml.html
import pytest

import newsclean
from newsclean.html.attributes import MAX_ATTRIBUTES, few_attributes

ARTICLE = " ".join(["The council approved the new budget for the harbour district on Monday."] * 8)


def _crowded_page(attributes: int, *, separator: str = " ", first: str = "") -> str:
    names = separator.join(f'data-a{i}="{i}"' for i in range(attributes))
    return f"<html><body><article><p {first}{names}>{ARTICLE}</p></article></body></html>"


def _attribute_counts(markup: str) -> list[int]:
    return [len(element.attrib) for element in lxml.html.fromstring(markup).iter()]


def test_a_crowded_tag_keeps_its_first_attributes_and_its_text() -> None:
    warnings: list[str] = []
    cut = few_attributes(_crowded_page(3 * MAX_ATTRIBUTES), warnings)
    assert max(_attribute_counts(cut)) == MAX_ATTRIBUTES
    assert 'data-a0="0"' in cut and f'data-a{MAX_ATTRIBUTES}="' not in cut
    assert ARTICLE in cut
    assert len(warnings) == 1 and "1,000 attributes" in warnings[0]


@pytest.mark.parametrize(
    "first",
    [
        'title="a > b" ',  # a ">" inside a quoted value does not end the tag
        "hidden ",  # an attribute without a value
        "data-x=unquoted ",
    ],
)
def test_quoted_and_bare_attributes_count_too(first: str) -> None:
    cut = few_attributes(_crowded_page(2 * MAX_ATTRIBUTES, first=first), [])
    assert max(_attribute_counts(cut)) == MAX_ATTRIBUTES
    assert ARTICLE in cut


def test_ordinary_markup_is_left_alone() -> None:
    page = _crowded_page(MAX_ATTRIBUTES)  # exactly the limit: nothing to cut
    long_value = f'<img src="data:image/png;base64,{"A" * 50_000}" alt="x"><p>{ARTICLE * 20}</p>'
    warnings: list[str] = []
    assert few_attributes(page, warnings) == page
    assert few_attributes(long_value, warnings) == long_value
    assert warnings == []


def test_html_mode_cuts_the_tag_and_says_so() -> None:
    doc = newsclean.clean(_crowded_page(5 * MAX_ATTRIBUTES), format="html")
    assert any("attributes before parsing" in warning for warning in doc.warnings)
    assert "harbour district" in doc.text
