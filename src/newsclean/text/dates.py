"""Dates in any numerals and calendar words, normalised to ISO 8601.

Handles ``DD.MM.YYYY[, HH:MM]``, ``YYYY-MM-DD[THH:MM]``, ``26 September 2022, 15:55``,
``September 26, 2022 at 9:24 pm``, ``19. Juli 2015, 04:56 Uhr``, ``1 de enero de 2015``,
``30 juin 2015 à 18h01``, ``02-12-2025``, ``04-Aug-2021``, ``07/03/24 02:57 PM`` (a two-digit
year when a time follows), ``2025/4/29``, ``Sep 26`` (year taken from context), month names
of the languages in ``data/months.toml`` and any Unicode decimal digits (Bengali
২০২২, Arabic-Indic ٢٠٢٢...), since Python's ``int`` reads them all; CJK ``2019年11月19日 10:00`` and Korean
``2019년 11월 19일``. A numeric date is read day first; one whose first number cannot be a
month (``19/11/2019``) is ``order="dmy"``, one whose second cannot (``11/19/2019``) is read
month first, ``order="mdy"``, and one that could be either (``02/03/2020``) is
``order="ambiguous"``: the metadata decides from the page (:func:`swap_day_month`). A time
zone after the time (``+01:00``, ``GMT``, ``UTC``, ``Z``) is kept as an offset in ``iso``.
"""

from __future__ import annotations

import tomllib
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

import ahocorasick_rs
import regex

_D = r"\d"
#: Rule ``dates.glued_month``: a month name whose capital follows a small letter with no space
#: ("Mental HealthDECEMBER 22, 2022", "NewsMarch 3, 2024"): a page's markup put a category and
#: its date in two elements with nothing between, and the visible text joined their words. The
#: case change marks the seam; a word that merely ends in a month's letters ("Bermay") has none.
_GLUED = r"(?-i:(?<=\p{Ll})(?=\p{Lu}))"
# A clock time right after a date ("07/03/24 02:57 PM", "10.11.15, 11:26"): rule dates.short_year.
_SHORT_YEAR_TIME = r"[,\s]*(?:at\s+|um\s+|à\s+)?\d{1,2}[:.h]\d{2}(?!\d)"
_ANY_DIGIT = regex.compile(r"\d")


@cache
def _months() -> dict[str, int]:
    raw = tomllib.loads(resources.files("newsclean.data").joinpath("months.toml").read_text("utf-8"))
    table: dict[str, int] = {}
    for names in raw.values():
        for number, forms in enumerate(names, start=1):
            for form in forms:
                table[unicodedata.normalize("NFC", form).casefold()] = number
    return table


@cache
def _patterns() -> tuple[tuple[regex.Pattern[str], bool], ...]:
    """The date patterns, in order of precedence, each with whether its year is required."""
    names = sorted(_months(), key=len, reverse=True)
    month = "(?P<mon>" + "|".join(regex.escape(n) for n in names) + r")\.?"
    # Words and marks between a date and its time: "at", "в", "à", "às", "a las", "um", "kl.",
    # Arabic "الساعة" (the hour) and comma "،".
    joint = r"(?:at|в|às|à|a\s+las?|um|kl\.?|الساعة|[,،\-–—|])?"
    # 09:50, 09.50, 18h01 (French), then an optional am/pm or "Uhr"; never the start of another
    # date ("10.08.2025 – 23.08.2026": "23.08" is a day and a month, not 23:08).
    time = (
        rf"(?:[,،\s]*{joint}\s*(?P<hh>{_D}{{1,2}})(?:[:.]|h(?=\d))(?P<mi>{_D}{{2}})(?::{_D}{{2}})?(?![\d]|[./]\d)"
        r"(?:\s*(?P<ap>[ap]\.?m\.?))?)?"
    )
    # "26", "26th", "1er", "26-го", "19." (German), then "de" in Spanish/Portuguese ("1 de enero").
    day = rf"(?P<dd>{_D}{{1,2}})(?:st|nd|rd|th|er|-?го|-?е|\.)?"
    of = r"(?:(?:de|del)\s+)?"
    year = rf"{of}(?P<yy>{_D}{{4}})"
    # A time zone after the time: "+01:00", "+0100", "GMT", "UTC+3", "Z" (named US zones too).
    zone = (
        r"(?:\s*(?P<tz>[+-]\d{2}:?\d{2}|Z(?!\w)"
        r"|(?:GMT|UTC)(?:\s*[+-]\d{1,2}(?::?\d{2})?)?|[ECMP][SD]?T(?!\w)))?"
    )
    time = time[:-2] + zone + ")?"
    # A time printed before the date: "00:00, 1 января 2015", "18:46 03.05.2015".
    lead = rf"(?:(?<![\d:])(?P<hh>{_D}{{1,2}}):(?P<mi>{_D}{{2}})\s*[,|]?\s*)?"
    flags = regex.IGNORECASE
    year_required = (True, True, True, False, True, True, True, False, False)
    patterns = (
        # 2019年11月19日 10:00 (Chinese, Japanese) / 2019년 11월 19일 (Korean)
        regex.compile(
            rf"(?<!\d)(?P<yy>{_D}{{4}})\s*[年년]\s*(?P<mm>{_D}{{1,2}})\s*[月월]\s*(?P<dd>{_D}{{1,2}})\s*[日일]?"
            + time,
            flags,
        ),
        # 2026-02-25T09:50 / 2026-02-25 09:50
        regex.compile(
            rf"(?<!\d)(?P<yy>{_D}{{4}})-(?P<mm>{_D}{{2}})-(?P<dd>{_D}{{2}})"
            rf"(?:[T\s]+(?P<hh>{_D}{{2}}):(?P<mi>{_D}{{2}})(?::\d{{2}}(?:\.\d+)?)?{zone})?(?!\d)",
            flags,
        ),
        # 25.02.2026, 09:50  /  25/02/2026 09:50  /  02-12-2025 (one separator, twice)
        regex.compile(
            rf"{lead}(?<![\d.\-])(?P<dmy>)(?P<dd>{_D}{{1,2}})(?P<sep>[./-])(?P<mm>{_D}{{1,2}})(?P=sep)"
            rf"(?P<yy>{_D}{{4}})(?!\d)" + time,
            flags,
        ),
        # 07/03/24 02:57 PM, 10.11.15 11:26 UTC (rule dates.short_year: a year of two digits,
        # read 20yy up to 68 and 19yy after, when a clock time follows: "3.5.11" is a version
        # number, "3/26/04" a search form's example, "Updated on 09/12/25" often a date the
        # page's gold ignores)
        regex.compile(
            rf"{lead}(?<![\d./\-])(?P<dmy>)(?P<dd>{_D}{{1,2}})(?P<sep>[./-])(?P<mm>{_D}{{1,2}})(?P=sep)"
            rf"(?P<y2>{_D}{{2}})(?![\d./\-])(?={_SHORT_YEAR_TIME})" + time,
            flags,
        ),
        # 2025/4/29, 2025.04.29 (year first, as East Asian and some European sites print it)
        regex.compile(
            rf"(?<![\d./])(?P<yy>{_D}{{4}})(?P<ysep>[./])(?P<mm>{_D}{{1,2}})(?P=ysep)(?P<dd>{_D}{{1,2}})(?![\d.]\d)"
            + time,
            flags,
        ),
        # 2015 жылғы 1 қаңтар, 00:00 (Kazakh and other Turkic: year, its suffix word, day, month)
        regex.compile(
            rf"(?<!\d)(?P<yy>{_D}{{4}})\s*(?:жылғы|жылы|ж\.|yılı)\s+(?P<dd>{_D}{{1,2}})\s+{month}(?!\w)"
            + time,
            flags,
        ),
        # 04-Aug-2021, 04-ago-2021 5:11:10 (day, month's name and year joined by hyphens)
        regex.compile(rf"{lead}(?<![\w-]){day}-{month}-(?P<yy>{_D}{{4}})(?![\w-])" + time, flags),
        # 26 September 2022, 15:55
        regex.compile(
            rf"{lead}(?<!\w){day}\s+{of}{month}(?:\s*,?\s*{year}(?:\s*г\.?)?)?(?!\w)" + time, flags
        ),
        # September 26, 2022 at 9:24 pm; "Mental HealthDECEMBER 22, 2022" (_GLUED)
        regex.compile(rf"(?:(?<!\w)|{_GLUED}){month}\s+{day}(?:\s*,?\s*{year})?(?!\w)" + time, flags),
    )
    return tuple(zip(patterns, year_required, strict=True))


#: Date candidates examined per line, at most: a dateline or a stamp holds one to three, an
#: archive row a dozen; a line of thousands (a calendar dump, a hostile page) would otherwise cost
#: the overlap test below once per pair. The first ones found, by pattern precedence, are kept.
MAX_CANDIDATES_PER_LINE = 64

# Four digits in a row: what a pattern whose year is not optional needs (a cheap test first).
# Without a default year a date is kept only with its year, so a line without them holds none.
_YEAR_DIGITS = regex.compile(r"\d{4}")


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A date found in text: ISO form, whether it had a time, and where it was."""

    iso: str
    has_time: bool
    year_given: bool
    start: int
    end: int
    #: Numeric dates only: "dmy" or "mdy" when the numbers decide, "ambiguous" when both fit.
    order: str = ""


#: A year for dates printed without one where only their presence or place matters (a line that
#: dates something, where a name stops): any year reads them.
ANY_YEAR = 2000


def find_dates(text: str, *, default_year: int | None = None) -> list[DateMatch]:
    """Every date in ``text``, in order, as ISO 8601 (dates without a year need ``default_year``)."""
    if not _ANY_DIGIT.search(text):  # every format has digits: skip the patterns (most lines)
        return []
    # Rules ask without a default year, metadata with the page's; the answers differ only when
    # a date without its year came up (most datelines print the year): reuse the first one.
    found, yearless = _find_dates(text, None)
    if yearless and default_year is not None:
        found, _yearless = _find_dates(text, default_year)
    return list(found)


def clear_cache() -> None:
    """Forget every line's dates. For timing: a pass over pages already cleaned once would
    otherwise reuse their answers (a page's own repeats, and a real stream's, still hit)."""
    _find_dates.cache_clear()


@lru_cache(maxsize=4096)  # rules ask about the same lines again (half the calls on news pages)
def _find_dates(text: str, default_year: int | None) -> tuple[tuple[DateMatch, ...], bool]:
    """The dates, and whether a candidate without a year came up (``default_year`` mattered)."""
    found: list[DateMatch] = []
    taken: list[tuple[int, int]] = []
    yearless = False
    month_starts = _month_starts(text)
    four_digits = _YEAR_DIGITS.search(text) is not None
    candidates = 0
    for pattern, needs_year in _patterns():
        if needs_year and not four_digits:
            continue  # it cannot match (most lines with digits: counts, times, prices)
        for m in _scan(pattern, text, month_starts):
            candidates += 1
            if candidates > MAX_CANDIDATES_PER_LINE:
                break
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            groups = m.groupdict()
            yearless = yearless or not (groups.get("yy") or groups.get("y2"))
            parsed = _to_iso(groups, default_year)
            if parsed is not None:
                iso, has_time, year_given, order = parsed
                found.append(DateMatch(iso, has_time, year_given, m.start(), m.end(), order))
                taken.append((m.start(), m.end()))
    found.sort(key=lambda d: d.start)
    return tuple(found), yearless


@cache
def _month_names() -> ahocorasick_rs.AhoCorasick:
    return ahocorasick_rs.AhoCorasick(sorted({name.translate(_DOTLESS) for name in _months()}))


# IGNORECASE also pairs i with İ and ı with I, which casefolding keeps apart: fold them to i.
_DOTLESS = str.maketrans(
    {"\N{LATIN CAPITAL LETTER I WITH DOT ABOVE}": "i", "\N{LATIN SMALL LETTER DOTLESS I}": "i"}
)
_WORD_CHAR = regex.compile(r"\w")


def _month_starts(text: str) -> list[int] | None:
    r"""Where a month name may start in ``text`` (case-insensitively, after a non-word character,
    at the start, or glued to a word by a case change: ``_GLUED``): ``[]`` when nowhere, ``None``
    when folding changed the text's length (so positions cannot be mapped back, though some
    name occurs).

    Exact as a pre-test for the month patterns (which need ``(?<!\w)``, ``_GLUED`` or ``\s``
    before the name): characters ``IGNORECASE`` pairs are equal once folded here, folding works
    character by character, and no non-word character folds to a word character (tests check
    all three); glued starts are tested with the pattern's own letter classes (``_SEAM``).
    """
    folded = (text if text.isascii() else text.translate(_DOTLESS)).casefold()
    hits = _month_names().find_matches_as_indexes(folded, overlapping=True)
    if not hits:
        return []
    if len(folded) != len(text):
        return None
    starts = [
        start
        for _name, start, _end in hits
        if start == 0 or not _WORD_CHAR.match(folded, start - 1) or _glued(text, start)
    ]
    return sorted(set(starts))


_SEAM = regex.compile(r"\p{Ll}\p{Lu}")  # _GLUED's case change, in the same engine and tables


def _glued(text: str, start: int) -> bool:
    """A month name starting at ``start`` glued to the word before it (``_GLUED``)."""
    return _SEAM.match(text, start - 1) is not None


_MONTH_FIRST = rf"(?:(?<!\w)|{_GLUED})(?P<mon>"


def _scan(
    pattern: regex.Pattern[str], text: str, month_starts: list[int] | None
) -> Iterator[regex.Match[str]]:
    """``pattern.finditer(text)``, skipping the work that ``month_starts`` shows to be vain.

    The month-name alternation is slow (200+ names tried at every position): a pattern that
    needs a month name is skipped when there is none, and one that starts with the name is
    tried only where a name starts (same matches, in the same order, as ``finditer``).
    """
    if month_starts is None or "(?P<mon>" not in pattern.pattern:
        yield from pattern.finditer(text)
        return
    if not month_starts:
        return
    if not pattern.pattern.startswith(_MONTH_FIRST):
        yield from pattern.finditer(text)
        return
    cursor = 0
    for start in month_starts:
        if start >= cursor:
            m = pattern.match(text, start)
            if m is not None:
                yield m
                cursor = m.end()


def _to_iso(g: dict[str, str | None], default_year: int | None) -> tuple[str, bool, bool, str] | None:
    try:
        day = int(g["dd"] or "")
        mon, yy, y2 = g.get("mon"), g.get("yy"), g.get("y2")
        month = _months()[mon.casefold()] if mon else int(g.get("mm") or "")
        year = int(yy) if yy else _century(int(y2)) if y2 else default_year
    except (KeyError, ValueError):
        return None
    order = ""
    if g.get("dmy") is not None:  # the a/b/yyyy pattern: which number is the month?
        order = _numeric_order(day, month)
        if order == "mdy":
            day, month = month, day
    if year is None or not (1 <= month <= 12 and 1 <= day <= 31 and 1900 <= year <= 2100):
        return None
    iso = f"{year:04d}-{month:02d}-{day:02d}"
    if g.get("hh") and g.get("mi"):
        hour, minute = int(g["hh"] or ""), int(g["mi"] or "")
        ampm = (g.get("ap") or "").replace(".", "").lower()
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        if hour < 24 and minute < 60:
            stamp = f"{iso}T{hour:02d}:{minute:02d}{iso_offset(g.get('tz'))}"
            return stamp, True, bool(g.get("yy") or g.get("y2")), order
    return iso, False, bool(g.get("yy") or g.get("y2")), order


def _century(year: int) -> int:
    """A two-digit year as POSIX ``strptime`` reads it: 00-68 are 20xx, 69-99 are 19xx."""
    return year + (2000 if year < 69 else 1900)


def _numeric_order(first: int, second: int) -> str:
    """How a numeric ``a/b/yyyy`` date reads: "dmy" or "mdy" when one number cannot be a month
    (or both are the same), "ambiguous" when either order gives a date."""
    if second > 12 and first <= 12:
        return "mdy"
    if first > 12 or first == second:
        return "dmy"
    return "ambiguous"


# Offsets of the zone abbreviations news sites print (standard and daylight time).
_ZONES = {"GMT": "+00:00", "UTC": "+00:00", "Z": "+00:00", "ET": "-05:00", "EST": "-05:00",
          "EDT": "-04:00", "CT": "-06:00", "CST": "-06:00", "CDT": "-05:00", "MT": "-07:00",
          "MST": "-07:00", "MDT": "-06:00", "PT": "-08:00", "PST": "-08:00", "PDT": "-07:00"}  # fmt: skip
_OFFSET = regex.compile(r"([+-])(\d{1,2}):?(\d{2})?")


def iso_offset(zone: str | None) -> str:
    """ISO 8601 offset of a printed time zone ("+0100" -> "+01:00", "GMT" -> "+00:00")."""
    if not zone:
        return ""
    zone = zone.strip().upper()
    named = _ZONES.get(zone)
    if named is not None:
        return named
    m = _OFFSET.search(zone)
    if m is None:
        return ""
    return f"{m.group(1)}{int(m.group(2)):02d}:{m.group(3) or '00'}"


def swap_day_month(iso: str) -> str:
    """``iso`` with day and month exchanged (an ambiguous numeric date read month first), or
    unchanged when the result is no date."""
    day, month = int(iso[8:10]), int(iso[5:7])
    if day > 12:
        return iso
    return f"{iso[:5]}{day:02d}-{month:02d}{iso[10:]}"


_STAMP_REST = regex.compile(r"^[\s\p{P}\p{S}\d]*(?:[\p{L}\p{M}]{1,8}[\s\p{P}\p{S}\d]*){0,2}$")
_TIME = regex.compile(r"(?<!\d)\d{1,2}:\d{2}(?!\d)")


def is_stamp(text: str) -> bool:
    """True when a line is only dates, times, counts and at most two short words.

    ``25.02.2026, 09:50 14346`` and ``date 2026-02-28 27.02.2026, 13:04 6956`` are stamps;
    a sentence that mentions a date is not.
    """
    if _YEAR_DIGITS.search(text) is None:  # most lines: no date with its year (see _YEAR_DIGITS)
        return False
    matches = find_dates(text)
    if not matches:
        return False
    return _STAMP_REST.match(without_dates(text, matches)) is not None


def side_by_side(text: str, found: list[DateMatch]) -> tuple[frozenset[int], frozenset[int]]:
    """Rule ``dates.side_by_side``: of ``found`` (the dates of ``text``), the indexes of the
    earlier and of the later date of each pair printed next to each other, of two days, with
    nothing but spaces between ("May 21, 2025 April 24, 2025", "2024-04-18T13:00:39+00:00
    March 22nd, 2024": a theme printing a post's modified and published dates together, in
    either order). The later is the update: a page is updated after it is published."""
    earlier: set[int] = set()
    later: set[int] = set()
    for k in range(1, len(found)):
        first, second = found[k - 1], found[k]
        if text[first.end : second.start].strip() or first.iso[:10] == second.iso[:10]:
            continue
        old, new = (k - 1, k) if first.iso[:10] < second.iso[:10] else (k, k - 1)
        earlier.add(old)
        later.add(new)
    return frozenset(earlier - later), frozenset(later)


_RANGE_JOINT = regex.compile(r"\s*[-–—]\s*")


def in_ranges(text: str, found: list[DateMatch]) -> frozenset[int]:
    """Rule ``dates.range``: of ``found`` (the dates of ``text``), the indexes of those joined to
    the next or previous one by a dash alone ("Aug 10, 2025 – Aug 23, 2026", "Feb 1 – Jun 7,
    2026"): a period (an exhibition's, a sale's, an event's), not the day a page appeared."""
    joined: set[int] = set()
    for k in range(1, len(found)):
        if _RANGE_JOINT.fullmatch(text[found[k - 1].end : found[k].start]) is not None:
            joined.update((k - 1, k))
    return frozenset(joined)


_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+")  # with marks: a Bengali vowel sign is part of its word


def words_besides_dates(text: str, found: list[DateMatch] | None = None) -> int:
    """How many words ``text`` has once its dates (``found``, or found here) are removed."""
    return len(_WORD.findall(without_dates(text, find_dates(text) if found is None else found)))


def without_dates(text: str, found: list[DateMatch]) -> str:
    """``text`` with each date of ``found`` (in order, not overlapping) replaced by a space, in one
    pass (cutting them out one by one copies the line once per date)."""
    parts, at = [], 0
    for d in found:
        parts.append(text[at : d.start])
        at = d.end
    parts.append(text[at:])
    return " ".join(parts)


def has_time(text: str) -> bool:
    """True when the text holds a clock time (``09:50``)."""
    return _TIME.search(text) is not None


_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def year_in(text: str) -> int | None:
    """The most frequent plausible year mentioned in ``text`` (context for ``Sep 26``)."""
    years: dict[int, int] = {}
    for m in _YEAR.finditer(text):
        y = int(m.group())
        years[y] = years.get(y, 0) + 1
    return max(years, key=lambda y: (years[y], y)) if years else None
