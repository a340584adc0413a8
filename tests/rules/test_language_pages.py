"""One news page per language, beyond the languages the seeds cover: Chinese (both scripts),
Japanese, Korean, Portuguese, Italian, Indonesian, Turkish, Polish, Dutch and Ukrainian.

Each page (tests/data/language_pages.toml) is written for this test. It exercises that
language's phrase list (data/phrases/<code>.toml), its month names (data/months.toml), its
byline leads and the copyright holder's reader on what such a page prints.
"""

from __future__ import annotations

import datetime
import tomllib
from pathlib import Path
from typing import Any

import pytest

from newsclean import clean
from newsclean.labels import Label

PAGES: dict[str, dict[str, Any]] = tomllib.loads(
    (Path(__file__).parents[1] / "data" / "language_pages.toml").read_text(encoding="utf-8")
)


def _text(page: dict[str, Any]) -> str:
    lines = [*page["menu"], "", *page["head"], "", *page["body"], "", *page["related"], ""]
    return "\n".join([*lines, page["comments"], page["copyright"]])


def _labels(code: str) -> dict[str, Label]:
    return {line.text: line.label for line in clean(_text(PAGES[code]), format="text").removed}


@pytest.mark.parametrize("code", list(PAGES))
def test_the_article_is_kept_whole_and_alone(code: str) -> None:
    assert clean(_text(PAGES[code]), format="text").text.splitlines() == PAGES[code]["body"]


@pytest.mark.parametrize("code", list(PAGES))
def test_the_related_list_goes_under_its_heading(code: str) -> None:
    related = PAGES[code]["related"]
    labels = _labels(code)
    assert [labels.get(line) for line in related] == [Label.RELATED] * len(related)


@pytest.mark.parametrize("code", list(PAGES))
def test_the_comment_heading_and_the_copyright_line_go(code: str) -> None:
    labels = _labels(code)
    assert labels.get(PAGES[code]["comments"]) is Label.COMMENTS
    assert labels.get(PAGES[code]["copyright"]) is Label.COPYRIGHT


@pytest.mark.parametrize("code", list(PAGES))
def test_the_head_and_the_copyright_line_give_the_metadata(code: str) -> None:
    page = PAGES[code]
    meta = clean(_text(page), format="text").metadata
    expected = tuple(page[field] or None for field in ("author", "source", "publisher"))
    assert (meta.author, meta.source, meta.publisher) == expected
    assert meta.title == page["head"][0]
    assert meta.published is not None and meta.published.startswith("2019-11-19")
    assert meta.language == code.split("-")[0]


REFERENCE = datetime.datetime(2024, 5, 2, 12, 0, tzinfo=datetime.UTC)


@pytest.mark.parametrize("code", list(PAGES))
def test_a_relative_date_resolves_against_the_reference(code: str) -> None:
    page = dict(PAGES[code])
    page["head"] = [*page["head"][:-1], page["relative"]]  # "3 hours ago" in place of the date
    meta = clean(_text(page), format="text", reference_date=REFERENCE).metadata
    assert meta.published == "2024-05-02T09:00+00:00"
