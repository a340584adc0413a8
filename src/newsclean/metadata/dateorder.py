"""Day or month first? Reading an ambiguous numeric date (``02/03/2020``) the way its page does.

``text.dates`` reads ``a/b/yyyy`` day first and marks it ``ambiguous`` when both numbers could
be the month. The page usually settles it, in this order of strength:

1. its other numeric dates: one that can only be read month first (``11/19/2019``) or only day
   first (``19/11/2019``) shows the site's habit;
2. the URL's country: ``.us`` writes month first, the other countries listed in
   ``data/date_order.toml`` day first (generic hosts, ``.com``, ``.io``, say nothing);
3. the page's language: English is read month first, every other language day first.

Before these, one date's own evidence: the same day printed elsewhere on the page in a form
that reads one way only ("December 02, 2025" for "02-12-2025": :func:`printed_reading`).

The third is a guess for English (British and Indian sites write day first): the reading is
then reported in ``Document.warnings``.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from urllib.parse import urlsplit

import regex

from newsclean.analysis.page import Page
from newsclean.text import dates

_NUMERIC = regex.compile(r"(?<![\d.-])\d{1,2}([./-])\d{1,2}\1\d{4}(?!\d)")


@dataclass(frozen=True, slots=True)
class Order:
    """How the page's ambiguous numeric dates read: ``month_first``, and why (``reason``);
    ``guessed`` when only the language spoke."""

    month_first: bool
    reason: str
    guessed: bool


@cache
def _countries() -> dict[str, frozenset[str]]:
    raw = resources.files("newsclean.data").joinpath("date_order.toml").read_text("utf-8")
    return {key: frozenset(values) for key, values in tomllib.loads(raw).items()}


def page_order(page: Page, url: str | None) -> Order:
    """The page's reading of ambiguous numeric dates (see the module docstring)."""
    mdy = dmy = 0
    for m in _NUMERIC.finditer(page.text):
        for found in dates.find_dates(m.group()):
            mdy += found.order == "mdy"
            dmy += found.order == "dmy"
    if mdy != dmy:
        return Order(mdy > dmy, "other dates on the page", False)
    host = urlsplit(url).hostname if url else None
    tld = host.rsplit(".", 1)[-1].casefold() if host else ""
    table = _countries()
    if tld in table["month_first"]:
        return Order(True, f"the URL's country (.{tld})", False)
    if tld in table["day_first"]:
        return Order(False, f"the URL's country (.{tld})", False)
    english = (page.language or "").split("-")[0] == "en"
    return Order(english, f"the page language ({page.language or 'unknown'})", True)


def printed_reading(page: Page, iso: str) -> str | None:
    """Rule ``dateorder.printed``: the reading of an ambiguous numeric date (``iso``, read day
    first) that the page also prints in a form that reads one way only, with the month's name
    or year first ("02-12-2025" under the headline, "December 02, 2025" in the page's list of
    recent posts); None when the page prints neither reading, or both.

    Stronger than the page's habits (:func:`page_order`): it is the same day, written twice."""
    swapped = dates.swap_day_month(iso)
    if swapped[:10] == iso[:10]:
        return None
    printed: set[str] = set()
    for i in page.digit_lines:
        printed.update(d.iso[:10] for d in dates.find_dates(page.features[i].text) if not d.order)
    day_first, month_first = iso[:10] in printed, swapped[:10] in printed
    if day_first == month_first:
        return None
    return iso if day_first else swapped


_DOTTED = regex.compile(r"(?<![\d.])\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})(?![\d.])")


def dotted_guess(order: Order, line: str) -> Order:
    """Rule ``dateorder.dotted``: where only the page's language spoke (``order.guessed``), a
    date written with dots ("10.11.15 11:26 UTC", "02.03.2020") is read day first, as the
    countries that write dates with dots do (German, Russian, Scandinavian...; a site that
    writes months first with dots shows it in its other dates: "11.24.2025")."""
    if not order.guessed or not order.month_first or _DOTTED.search(line) is None:
        return order
    return Order(False, "its dots (day.month.year)", True)


def resolve(iso: str, order: str, page_order: Order) -> str:
    """``iso`` of a date read day first, read month first when it is ambiguous and the page
    writes month first."""
    if order == "ambiguous" and page_order.month_first:
        return dates.swap_day_month(iso)
    return iso
