"""How short a ``<title>``'s story may be and still lose the site's name (metadata/fields.py,
``_STORY_KEPT_WORDS`` and ``_TAIL_KEPT_WORDS``), in several languages."""

from __future__ import annotations

import pytest
from tests.rules.conftest import BODIES

import newsclean


def title_of(first: str, language: str = "en") -> str | None:
    return newsclean.clean("\n".join([first, "Menu", *BODIES[language]])).metadata.title


@pytest.mark.parametrize(
    ("first", "language", "story"),
    [
        # a story of three words opens the title: readers write it without the site's name
        ("Pest Control Coupons | Pest-R-Us Pest Services", "en", "Pest Control Coupons"),
        ("Appliances on Sale | GE and GE Profile", "en", "Appliances on Sale"),
        ("Старый мост закрыт | Городские вести", "ru", "Старый мост закрыт"),
        ("Ескі көпір жабылды | Өзен жаңалықтары", "kk", "Ескі көпір жабылды"),
    ],
)
def test_a_story_of_three_words_loses_the_sites_name(first: str, language: str, story: str) -> None:
    assert title_of(first, language) == story


@pytest.mark.parametrize(
    "first",
    [
        # two words may be a section or a page of the site: the whole line says more
        "Storefront Deals | Club Target",
        # a short first part (the site's home, a section) and the rest: a home page's title
        "Home - Ohio Artisan Collective",
        "Google - Site Reliability Engineering",
    ],
)
def test_a_shorter_story_keeps_the_whole_line(first: str) -> None:
    assert title_of(first) == first


def test_a_feeds_title_line_loses_the_sites_name_too() -> None:
    # A page read as a feed, whose lead-in (product menu with blurbs) holds the <title> line:
    # the lead-in is the page's own head, titled by its <title> line without the site's name
    # (document_title; the rules label that line the title too, and cut it the same way).
    lead = [
        "API documentation best practices guide | Example Docs",
        "Products",
        "SDKs",
        "Publish client libraries in popular languages.",
        "Docs",
        "API documentation tailored to your brand.",
        "Documentation Customers Pricing Careers Blog",
        "Sign in",
        "Start for free",
        "All Posts",
    ]
    posts = [
        ("July 25, 2019", "The most underrated food city and its best restaurants"),
        ("July 20, 2019", "Ten days on the road through the old mining towns"),
        ("July 11, 2019", "Where to eat breakfast before the early train leaves"),
    ]
    lines = list(lead)
    for stamp, title in posts:
        lines += [stamp, title, *BODIES["en"][:2]]
    meta = newsclean.clean("\n".join(lines)).metadata
    assert (meta.title, meta.provenance["title"]) == (
        "API documentation best practices guide",
        "text:document_title",
    )
