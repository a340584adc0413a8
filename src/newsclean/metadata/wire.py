"""Rule ``source.wire_dateline``: the agency a wire story's first paragraph names in its
dateline, "WASHINGTON (Reuters) - ...", "Berlin (dpa) - ...", "MADRID, 3 Mar. (EUROPA PRESS) -
...", "МОСКВА, 3 марта. /ТАСС/. ...", "(서울=연합뉴스) 김효정 기자 = ...".

Agencies print their name in brackets or slashes between the place (and date) and the story,
then a dash, an equals sign or a full stop; the story's sentence starts after it. That place,
at the head of the article's first paragraph, is what makes the bracket an agency: nothing is
read from a bracket anywhere else."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from newsclean.metadata.bylines import name_then_role
from newsclean.text import dates

# The place and date before the agency: at most 40 characters, no ":" or "(" or "/"; then the
# agency in brackets (the part after "=" in Korea's "(서울=연합뉴스)") or in slashes and a full
# stop (TASS's "/ТАСС/."); then a dash, "=", the reporter and "=", or the full stop.
_WIRE = regex.compile(
    r"^\s*(?P<place>[^():/=\n]{0,40}?)[,.]?\s*"
    r"(?:\((?:[^()=\n]{1,20}=)?(?P<agency>[^()=/\n]{2,40}?)\)\s*\.?|/(?P<slashed>[^/()\n]{2,30}?)/\.)"
    r"\s*(?:(?P<reporter>\S{1,5}\s+\S+)\s*=|[-–—=]+|(?<=\.\s*))\s*\S"
)
#: A small-letter word of an agency's name is an initialism of at most this many letters.
_SMALL_INITIALISM = 4
#: An agency's name is a few words.
_AGENCY_MAX_WORDS = 4
#: A place and date before it are a few words, none of them a sentence's lower-case function word.
_PLACE_MAX_WORDS = 6


@dataclass(frozen=True, slots=True)
class WireDateline:
    """What a wire dateline names: the agency and, in Korean wire copy, the reporter."""

    agency: str
    reporter: str | None


def wire_dateline(text: str) -> WireDateline | None:
    """The agency (and reporter) the dateline opening ``text`` names, or None."""
    m = _WIRE.match(text)
    if m is None:
        return None
    agency = (m.group("agency") or m.group("slashed") or "").strip(" .,")
    words = agency.split()
    if not words or len(words) > _AGENCY_MAX_WORDS or not all(_name_word(w) for w in words):
        return None
    place = m.group("place")
    if len(place.split()) > _PLACE_MAX_WORDS or not _place(place):
        return None
    reporter = m.group("reporter")  # "김효정 기자": rule byline.name_then_role
    return WireDateline(agency, None if reporter is None else name_then_role(reporter))


def _name_word(word: str) -> bool:
    """A word of an agency's name: capitalised, in a script without case, or a short initialism
    written small ("dpa", "epd", "apa")."""
    first = next((c for c in word if c.isalpha()), "")
    return bool(first) and (not first.islower() or (word.isalpha() and len(word) <= _SMALL_INITIALISM))


def _place(text: str) -> bool:
    """A dateline's place and date ("SANTA FE, N.M.", "MADRID, 3 Mar.", "МОСКВА, 3 марта"): no
    word starting with a small letter but a date's ("The council (which ...) -" is a sentence)."""
    rest = dates.without_dates(text, dates.find_dates(text, default_year=dates.ANY_YEAR))
    return all(not w[0].islower() for w in rest.replace(",", " ").split() if w[0].isalpha())
