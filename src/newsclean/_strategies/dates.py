"""Dates printed the way pages print them, and their ISO 8601 reading."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from newsclean._strategies.lexicon import Lexicon

ASCII_DIGITS = "0123456789"

# Bangladesh's revised calendar (2019): Boishakh 1 is 14 April; six months of 31 days, Falgun
# 29 days (30 in a Gregorian leap year), the others 30.
_BANGLA_MONTHS = (
    "বৈশাখ",
    "জ্যৈষ্ঠ",
    "আষাঢ়",
    "শ্রাবণ",
    "ভাদ্র",
    "আশ্বিন",
    "কার্তিক",
    "অগ্রহায়ণ",
    "পৌষ",
    "মাঘ",
    "ফাল্গুন",
    "চৈত্র",
)


def localise_digits(text: str, digits: str) -> str:
    """Rewrite ASCII digits with another script's digits (``digits`` lists 0-9)."""
    if digits == ASCII_DIGITS:
        return text
    return text.translate(str.maketrans(ASCII_DIGITS, digits))


def fill_date(template: str, lex: Lexicon, when: datetime, digits: str) -> str:
    """Fill a date template (``{D} {M} {Y}, {HH}:{MM}``...) for ``when`` in ``lex``'s language."""
    day = str(when.day)
    if lex.code == "fr" and when.day == 1:
        day = "1er"
    fields = {
        "D": localise_digits(day, digits),
        "DD": localise_digits(f"{when.day:02d}", digits),
        "M": lex.months[when.month - 1],
        "MO": localise_digits(f"{when.month:02d}", digits),
        "Y": localise_digits(str(when.year), digits),
        "HH": localise_digits(f"{when.hour:02d}", digits),
        "MM": localise_digits(f"{when.minute:02d}", digits),
        "WD": lex.weekdays[when.weekday()],
    }
    return template.format(**fields)


def has_time(template: str) -> bool:
    """True when the template prints a time of day."""
    return "{HH}" in template


def iso(when: datetime, *, with_time: bool) -> str:
    """``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM``: the output contract's two date shapes."""
    return when.strftime("%Y-%m-%dT%H:%M" if with_time else "%Y-%m-%d")


def bangla_calendar(day: date) -> str:
    """The Bengali-calendar date line Bangladeshi sites print under the Gregorian one."""
    year = day.year - 593 if (day.month, day.day) >= (4, 14) else day.year - 594
    start = date(day.year if (day.month, day.day) >= (4, 14) else day.year - 1, 4, 14)
    offset = (day - start).days
    leap_year = start.year + 1
    falgun = 30 if (leap_year % 4 == 0 and (leap_year % 100 != 0 or leap_year % 400 == 0)) else 29
    lengths = (31, 31, 31, 31, 31, 31, 30, 30, 30, 30, falgun, 30)
    month = 0
    while offset >= lengths[month]:
        offset -= lengths[month]
        month += 1
    digits = "০১২৩৪৫৬৭৮৯"
    day_number = localise_digits(str(offset + 1), digits)
    return f"{day_number} {_BANGLA_MONTHS[month]} {localise_digits(str(year), digits)}"


def minutes_later(when: datetime, minutes: int) -> datetime:
    """``when`` plus ``minutes``, kept on the same calendar day (updates print the day too)."""
    later = when + timedelta(minutes=minutes)
    if later.date() != when.date():
        later = when.replace(hour=23, minute=59)
    return later
