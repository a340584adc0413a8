"""Rule ``date.main_article`` (metadata/assemble.py): a page read as a feed whose first part
dates nothing is dated by its main article."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

import newsclean
from newsclean.metadata.assemble import MAIN_ARTICLE, main_article_date
from newsclean.model import Article, Metadata

PAGES: dict[str, dict[str, Any]] = tomllib.loads(
    (Path(__file__).parent / "data" / "feed_like_pages.toml").read_text("utf-8")
)


def feed_like(lang: str) -> str:
    """One story under a lead-in (menus and a teaser sentence), then a list of dated teasers."""
    p = PAGES[lang]
    teasers = [line for entry in p["teasers"] for line in entry]
    return "\n".join(
        [f"{p['headline']} | Example Media", "Home", "News", "Sport", "Weather", p["lead_in"], "Subscribe",
         p["date"], p["headline"], *p["body"], p["more"], *teasers, "© 2026 Example Media"]
    )  # fmt: skip


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_feed_like_page_is_dated_by_its_main_article(lang: str) -> None:
    doc = newsclean.clean(feed_like(lang))
    assert len(doc.articles) > 2 and doc.articles[0].metadata.published is None  # read as a feed
    meta = doc.metadata
    assert (meta.published, meta.provenance["published"]) == ("2026-03-02", MAIN_ARTICLE + "feed.header")


def _article(text: str, published: str | None = None) -> Article:
    meta = Metadata(published=published, provenance={"published": "text:feed.header"} if published else {})
    return Article(text, meta, (1, 1))


def test_the_main_article_is_the_longest_not_the_first_dated() -> None:
    articles = [
        _article("menu"),
        _article("short teaser", "2026-02-24"),
        _article("a long story " * 20, "2026-03-02"),
    ]
    assert main_article_date(articles[0].metadata, articles).published == "2026-03-02"


def test_a_dated_first_part_is_kept() -> None:
    articles = [_article("intro", "2026-01-01"), _article("a long story " * 20, "2026-03-02")]
    assert main_article_date(articles[0].metadata, articles).published == "2026-01-01"
