"""The walk up from the article's core (structure.continuation) keeps the short lines it held
when it reaches the article's head: its dateline, or its headline under the dateline or on the
page's first line. A feed article that opens with a short sentence and a list keeps them."""

from __future__ import annotations

import pytest

import newsclean
from newsclean.labels import Label

#: Per language: a headline, a short first sentence, a list's introduction, two items, then a
#: paragraph long enough to be the core.
ARTICLES = {
    "en": (
        "Minister meets the ambassador of India",
        "Local officials welcomed the decision yesterday.",
        "The agreement covers several areas:",
        ["- cooperation in education and science;", "- digital public services."],
        "More than 840 people took part in the event, and the foreign minister stressed the importance "
        "of the partnership for both countries in the years ahead.",
    ),
    "ar": (
        "أحمد المنصوري يلتقي سفير الهند",
        "رحب المسؤولون المحليون بقرار استئناف الرحلات الجوية المباشرة أمس.",
        "ويشمل الاتفاق عدة مجالات:",
        ["- التعاون في مجالي التعليم والعلوم؛", "- رقمنة الخدمات الحكومية."],
        "شارك في الفعالية أكثر من 840 شخص. أكد وزير الخارجية خالد العتيبي أهمية الشراكة بين البلدين "
        "في السنوات المقبلة وقال إن العمل سيستمر.",
    ),
    "ru": (
        "Министр встретился с послом Индии",
        "Местные власти вчера приветствовали это решение.",
        "Соглашение охватывает несколько направлений:",
        ["- сотрудничество в сфере образования и науки;", "- цифровизация госуслуг."],
        "В мероприятии приняли участие более 840 человек, а министр иностранных дел подчеркнул "
        "важность партнёрства для обеих стран в ближайшие годы.",
    ),
}


def _lines(lang: str) -> list[str]:
    headline, first, intro, items, paragraph = ARTICLES[lang]
    return [headline, "", first, "", intro, *items, "", paragraph]


@pytest.mark.parametrize("lang", sorted(ARTICLES))
def test_a_feed_articles_short_lead_under_its_dated_headline_is_body(lang: str) -> None:
    second = ["", "02.01.2015, 10:00 7", ARTICLES[lang][0] + " (2)", "", ARTICLES[lang][4]]
    page = "\n".join(["Home", "News", "", "01.01.2015, 00:00 6", *_lines(lang), *second])
    doc = newsclean.clean(page, format="text")
    kept = {line.text for line in doc.lines if line.label is Label.BODY}
    _, first, intro, items, paragraph = ARTICLES[lang]
    assert {first, intro, *items, paragraph} <= kept


@pytest.mark.parametrize("lang", sorted(ARTICLES))
def test_a_short_lead_under_the_pages_first_line_headline_is_body(lang: str) -> None:
    doc = newsclean.clean("\n".join(_lines(lang)), format="text")
    kept = {line.text for line in doc.lines if line.label is Label.BODY}
    assert ARTICLES[lang][1] in kept
    assert ARTICLES[lang][0] not in kept  # the headline is the title
