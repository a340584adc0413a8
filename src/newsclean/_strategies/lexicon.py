"""What one language contributes to generated pages: vocabulary, templates, boilerplate phrases.

The data of each language is a JSON file, ``languages/<code>.json`` (an ``about`` line, then one
key per :class:`Lexicon` field), read by :func:`load`. Every field is plain data (tuples of
strings); placeholders are ``str.format`` fields:

- sentences: ``{S}`` subject, ``{V}`` verb agreeing with it, ``{C}`` the verb's complement,
  ``{T}`` time adverbial, ``{L}`` place adverbial, ``{O}`` sentence opener, ``{Q}`` a quoted
  statement, ``{SAY}`` a speech verb, ``{N}``/``{N2}`` numbers, ``{YEAR}``, ``{PERSON}``,
  ``{COUNTRY}``/``{COUNTRY2}``;
- headlines: ``{COUNTRY}``, ``{COUNTRY2}``, ``{PERSON}``, ``{L}``, ``{TOPIC}``, ``{N}``;
- dates: ``{D}`` day, ``{DD}`` zero-padded day, ``{M}`` month name, ``{MO}`` zero-padded month,
  ``{Y}`` year, ``{HH}``/``{MM}`` time, ``{WD}`` weekday name;
- boilerplate: ``{SITE}``, ``{YEAR}``, ``{AGENCY}``, ``{PERSON}``, ``{N}``, ``{R}`` (a rating).
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, fields
from importlib import resources
from typing import Any

Strings = tuple[str, ...]
Blocks = tuple[tuple[str, ...], ...]


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The data of one language. See the module docstring for the placeholders."""

    code: str
    # -- sentences --------------------------------------------------------------------------
    persons: Strings
    subjects_sg: Strings
    subjects_pl: Strings
    predicates: tuple[tuple[str, str, str], ...]  # (verb singular, verb plural, complement)
    times: Strings
    cities: Strings  # locative phrases of cities ("in Geneva"), used by headlines too
    places: Strings  # other locative phrases ("in the capital")
    openers: Strings
    statements: Strings  # quoted speech, without final punctuation
    say_verbs: Strings
    facts: Strings  # whole sentences without final punctuation
    questions: Strings  # whole questions without the question mark
    sentence_templates: Strings  # {O} {S} {V} {C} {T} {L}; no final punctuation
    quote_templates: Strings  # {Q} {S} {SAY}; may end with their own punctuation
    list_intros: Strings  # a sentence announcing a list, ending with ":"
    list_items: Strings  # list items without punctuation
    # -- headlines --------------------------------------------------------------------------
    countries: Strings
    topics: Strings
    headline_templates: Strings
    # -- dates ------------------------------------------------------------------------------
    months: Strings  # 12 names as printed after a day number ("26 сентября")
    weekdays: Strings  # Monday first
    dateline_templates: Strings  # with a time
    dateline_date_only: Strings  # without a time
    updated_templates: Strings  # appended to a dateline: "{HH}:{MM}" of the update
    nav_date_templates: Strings
    # -- boilerplate ------------------------------------------------------------------------
    site_names: Strings
    nav_items: Strings
    desks: Strings  # a desk byline, the whole line is the author
    byline_templates: Strings  # "By {PERSON}": the person is the author
    agencies: Strings
    credit_templates: Strings  # "Source: {AGENCY}"
    also_read_prefixes: Strings
    related_headings: Strings
    copyright_templates: Strings
    ad_lines: Strings
    subscribe_blocks: Blocks
    rating_blocks: Blocks
    comment_blocks: Blocks
    cookie_blocks: Blocks
    initials: Strings = ()  # editor initials after the body ("/এলকে/")
    # -- script -----------------------------------------------------------------------------
    full_stop: str = "."
    question_mark: str = "?"
    list_bullet: str = "- "
    list_sep: str = ";"
    digits: str = "0123456789"
    date_digits: Strings = ("0123456789",)
    title_case: bool = False  # English-style Title Case is one of the headline styles

    def __post_init__(self) -> None:
        """NFC-normalise every string: newsclean compares like with like after its own NFC."""
        for f in fields(self):
            value = getattr(self, f.name)
            object.__setattr__(self, f.name, _nfc(value))

    def all_strings(self) -> list[str]:
        """Every string of the lexicon (to check which encodings can write the language)."""
        out: list[str] = []

        def walk(value: object) -> None:
            if isinstance(value, str):
                out.append(value)
            elif isinstance(value, tuple):
                for item in value:
                    walk(item)

        for f in fields(self):
            walk(getattr(self, f.name))
        return out


def _nfc(value: object) -> object:
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, tuple):
        return tuple(_nfc(item) for item in value)
    return value


#: The languages with a data file, English first (what examples shrink towards).
LANGUAGE_ORDER: tuple[str, ...] = ("en", "ru", "kk", "bn", "ar", "de", "es", "fr", "pt")


def load(code: str) -> Lexicon:
    """The lexicon of language ``code``, from ``languages/<code>.json`` (lists become tuples)."""
    path = resources.files("newsclean._strategies").joinpath("languages", f"{code}.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    data.pop("about", None)
    return Lexicon(**{name: _tuples(value) for name, value in data.items()})


def _tuples(value: Any) -> Any:
    """JSON's lists as tuples, all the way down (strings and flags as they are)."""
    if isinstance(value, list):
        return tuple(_tuples(item) for item in value)
    return value
