"""navigation.page_footer: the article does not go on past its site's rights notice."""

from __future__ import annotations

import pytest
from tests.rules.conftest import BODIES, decisions, page

# Teasers of other stories on the article's topic: prose the article's core would run into.
TEASERS = {
    "en": [
        "Council to decide on the future of the old bridge repairs next month, officials said on Tuesday.",
        "Residents say the bridge budget cut in March was a mistake, and they want the council to act.",
    ],
    "ru": [
        "Городской совет решит судьбу ремонта старого моста в следующем месяце, сообщили чиновники.",
        "Жители говорят, что сокращение бюджета на мост в марте было ошибкой, и ждут решения совета.",
    ],
}
# Footer notices long enough to read as prose, so that they do not cut the core by themselves.
NOTICES = {
    "en": "© 2024 Example Media Group Inc. All Rights Reserved.",
    "ru": "© 2024 Медиагруппа «Пример» и все её партнёры. Все права защищены.",
}


@pytest.mark.parametrize("lang", sorted(TEASERS))
def test_teasers_after_the_rights_notice_are_not_the_article(lang: str) -> None:
    first, second = TEASERS[lang]
    got = decisions(page(lang, tail=["", NOTICES[lang], first, "2H ago", second, "5H ago"]))
    assert got[first] == ("navigation", "navigation.page_footer")
    assert got[second] == ("navigation", "navigation.page_footer")
    assert all(got[line] == ("body", "body.core") for line in BODIES[lang])


@pytest.mark.parametrize("lang", sorted(TEASERS))
def test_a_photo_credit_without_year_or_sign_does_not_end_the_article(lang: str) -> None:
    credit = {
        "en": "The bridge at dawn, photographed by Jane Doe for Example Images. All rights reserved.",
        "ru": "Мост на рассвете, снимок Ивана Петрова для агентства «Пример». Все права защищены.",
    }[lang]
    got = decisions(page(lang, middle=[credit]))
    assert all(got[line] == ("body", "body.core") for line in BODIES[lang][1:])


def test_a_rights_notice_in_the_page_header_does_not_end_the_article() -> None:
    got = decisions(page("en", head=[NOTICES["en"], ""]))
    assert all(got[line] == ("body", "body.core") for line in BODIES["en"])
