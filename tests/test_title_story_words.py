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
