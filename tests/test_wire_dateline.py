"""Rule source.wire_dateline: the agency a wire story's first paragraph names in its dateline
(metadata/wire.py), in the forms agencies print it, and the brackets that are no agency."""

from __future__ import annotations

import pytest
from tests.head_pages import HEAD_PAGES, HEADLINES

import newsclean
from newsclean.metadata.wire import wire_dateline


@pytest.mark.parametrize(
    ("lead", "agency", "reporter"),
    [
        ("WASHINGTON (Reuters) - The council voted on Tuesday.", "Reuters", None),
        ("SANTA FE, N.M. (AP) — A cat who has been missing for five years was found.", "AP", None),
        ("NEW DELHI, Nov 19 (Reuters) - India said on Tuesday.", "Reuters", None),
        ("Berlin (dpa) - Der Stadtrat hat am Dienstag beschlossen.", "dpa", None),
        ("MADRID, 3 Mar. (EUROPA PRESS) - El concejo decidió el martes.", "EUROPA PRESS", None),
        ("PARIS (AFP) - Le conseil municipal a décidé mardi.", "AFP", None),
        ("МОСКВА, 3 марта. /ТАСС/. Городской совет во вторник проголосовал.", "ТАСС", None),
        ("القاهرة (رويترز) - قال مسؤولون يوم الثلاثاء", "رويترز", None),
        ("(서울=연합뉴스) 김효정 기자 = 시의회는 월요일 낡은 다리를 개방하기로 했다.", "연합뉴스", "김효정"),
    ],
)
def test_wire_datelines(lead: str, agency: str, reporter: str | None) -> None:
    found = wire_dateline(lead)
    assert found is not None
    assert (found.agency, found.reporter) == (agency, reporter)


@pytest.mark.parametrize(
    "line",
    [
        "The council (which met on Monday) - said it would.",  # a sentence's aside
        "He said (and I quote) - nothing at all.",
        "The ministry (MFA) said on Monday that it would.",  # no dash after the bracket
        "Home / Stays / About Digital Nomads / Travel Slow",  # a breadcrumb's slashes
        "In 2019 (see below) - the figures rose.",
    ],
)
def test_brackets_that_name_no_agency(line: str) -> None:
    assert wire_dateline(line) is None


@pytest.mark.parametrize(
    ("lang", "lead", "agency"),
    [
        ("en", "WASHINGTON (Reuters) - ", "Reuters"),
        ("de", "Berlin (dpa) - ", "dpa"),
        ("es", "MADRID, 3 Mar. (EUROPA PRESS) - ", "EUROPA PRESS"),
        ("ru", "МОСКВА, 3 марта. /ТАСС/. ", "ТАСС"),
    ],
)
def test_the_first_paragraphs_dateline_gives_the_source(lang: str, lead: str, agency: str) -> None:
    first, *rest = HEAD_PAGES[lang]["body"]
    page = "\n".join(["Home", "News", HEADLINES[lang], lead + first, *rest])
    meta = newsclean.clean(page, format="text").metadata
    assert meta.source == agency
    assert meta.provenance["source"] == "text:source.wire_dateline"


def test_a_bracket_later_in_the_story_is_no_source() -> None:
    first, second, *rest = HEAD_PAGES["en"]["body"]
    page = "\n".join(["Home", "News", HEADLINES["en"], first, "WASHINGTON (Reuters) - " + second, *rest])
    assert newsclean.clean(page, format="text").metadata.source is None


def test_a_korean_wire_story_names_its_reporter() -> None:
    story = [
        "(서울=연합뉴스) 김효정 기자 = 시의회는 월요일 낡은 다리를 1년 더 개방하기로 결정했다.",
        "주민들은 수년째 새 다리 건설을 기다리고 있으며 교통 체증이 계속되고 있다고 말했다.",
        "공사는 내년 봄에 시작될 예정이며 완공까지 약 3년이 걸릴 것으로 보인다.",
    ]
    meta = newsclean.clean(
        "\n".join(["홈", "뉴스", "낡은 다리, 1년 더 개통", *story]), format="text"
    ).metadata
    assert (meta.source, meta.author) == ("연합뉴스", "김효정")
