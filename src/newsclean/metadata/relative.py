"""Relative dates in an article head ("3 hours ago", "вчера"), resolved against a reference.

A relative date names a day only together with the moment the page was fetched: the caller
gives it (``clean(..., reference_date=...)``). Without one the date is left out and a warning
says so: a page's date is never invented. Months and years ("2 months ago") name no day and are
not read. The words are in ``data/relative_dates.toml``; the arithmetic is ``datetime``'s.
"""

from __future__ import annotations

import datetime
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

import regex

Reference = datetime.date | datetime.datetime


@dataclass(frozen=True, slots=True)
class Relative:
    """A relative date found in a line: how long before the reference, and the words."""

    minutes: int
    text: str


@cache
def _patterns() -> tuple[tuple[regex.Pattern[str], dict[str, int]], ...]:
    raw = tomllib.loads(resources.files("newsclean.data").joinpath("relative_dates.toml").read_text("utf-8"))
    out = []
    for table in raw.values():
        units: dict[str, int] = {str(k).casefold(): int(v) for k, v in table["units"].items()}
        unit = "(?P<unit>" + "|".join(regex.escape(u) for u in sorted(units, key=len, reverse=True)) + r")\w*"
        number = r"(?P<n>\d+|an?|one|один|одну)"
        forms = [rf"(?<!\w){regex.escape(b)}\s+{number}\s*{unit}" for b in table.get("before", [])]
        # "3 hours ago", and "3小时前" (CJK writes no space before "ago")
        forms += [rf"(?<!\w){number}\s*{unit}\.?\s*{regex.escape(a)}(?!\w)" for a in table.get("after", [])]
        forms += [rf"(?<!\w)(?P<y>{regex.escape(w)})(?!\w)" for w in table.get("yesterday", [])]
        forms += [rf"(?<!\w)(?P<t>{regex.escape(w)})(?!\w)" for w in table.get("today", [])]
        out.append((regex.compile("|".join(f"(?:{f})" for f in forms), regex.I), units))
    return tuple(out)


def find_relative(text: str) -> Relative | None:
    """The first relative date in ``text``, or None."""
    for pattern, units in _patterns():
        m = pattern.search(text)
        if m is None:
            continue
        if m.group("y"):
            return Relative(1440, m.group())
        if m.group("t"):
            return Relative(0, m.group())
        n = m.group("n").casefold()
        count = int(n) if n.isdigit() else 1
        stem = m.group("unit").casefold()
        return Relative(count * units[stem], m.group())
    return None


def resolve(found: Relative, reference: Reference) -> str | None:
    """ISO 8601 of ``found`` before ``reference``: with the time (and the reference's offset)
    for minutes and hours when the reference has a time, else the day; None for minutes and
    hours before a reference without a time (the day itself is then unknown)."""
    if isinstance(reference, datetime.datetime):
        moment = reference - datetime.timedelta(minutes=found.minutes)
        if found.minutes % 1440:
            return moment.isoformat(timespec="minutes")
        return moment.date().isoformat()
    if found.minutes % 1440:
        return None
    return (reference - datetime.timedelta(days=found.minutes // 1440)).isoformat()
