"""The dates a page declares for machines: when it was published and when it was last modified.

A page says when it was published in its markup: schema.org ``datePublished`` (JSON-LD or
microdata), Open Graph ``article:published_time``, Dublin Core ``dcterms.issued``; and when it
was changed: ``dateModified``, ``article:modified_time``, ``og:updated_time``,
``dcterms.modified``. htmldate (trafilatura's date reader) reads some of these, but it returns
the first date it trusts in its own order: a date in the URL, then the ``<meta>`` tags, where a
"modified" tag is its fallback, and only then JSON-LD. A page whose meta tags give only
``article:modified_time`` and whose JSON-LD gives ``datePublished`` gets the modified date
(WCXB 0097, 0103, 0107). This module reads both declarations directly, for the rules of
:func:`newsclean.html.extract.with_declared_dates`.

Where several objects declare dates (a JSON-LD ``@graph``, a forum thread and its posts), the
first object's value counts: the page's own entity comes first, nested items (``comment``,
``itemListElement``, answers, reviews) are not the page's.
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

import regex

from newsclean.html.tags import ATTRIBUTES, attributes
from newsclean.text.dates import iso_offset

#: Declarations are read from the start of the markup (the head, and JSON-LD in the body).
WINDOW = 1_000_000
_TAG = regex.compile(rf"<(?:meta|time)\b{ATTRIBUTES}>", regex.I)
_JSONLD = regex.compile(
    r"""<script\b[^>]*type\s*=\s*["']?application/ld\+json["']?[^>]*>(.*?)</script\s*>""", regex.I | regex.S
)
# A JSON-LD block wrapped for old parsers: "<![CDATA[ ... ]]>", "<!-- ... -->", "//<![CDATA[".
_WRAPPER = regex.compile(r"^\s*(?://\s*)?(?:<!\[CDATA\[|<!--)|(?://\s*)?(?:\]\]>|-->)\s*$")
#: Names (``property``, ``name`` or ``itemprop``) of the tags that declare each date.
PUBLISHED_NAMES = frozenset(
    ("article:published_time", "og:published_time", "datepublished", "dcterms.issued", "dc.date.issued")
)
#: schema.org ``dateCreated``: a question's "asked" date, a post's creation; the publication date
#: of a page that declares no ``datePublished`` (Stack Exchange's questions, WCXB 0567, 5176).
CREATED_NAMES = frozenset(("datecreated",))
MODIFIED_NAMES = frozenset(
    ("article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "dc.date.modified")
)
# A tag that may declare a date: one of the names above in it (the others are not parsed).
_DATE_NAME = regex.compile(r"published|modified|updated|created|issued", regex.I)
#: JSON-LD keys whose values are other things than the page (its comments, list items, answers).
_NESTED = frozenset(("comment", "itemListElement", "hasPart", "review", "suggestedAnswer", "acceptedAnswer"))
#: JSON-LD nested deeper than this is not looked into (adversarial markup).
_MAX_DEPTH = 8
# "2024-01-11", "2024-01-11T19:30:00-05:00", "2025-11-25 08:33:24", "2024-03-05T07:02:39+0000".
_ISO = regex.compile(
    r"\s*(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?\s*$",
    regex.I,
)


@dataclass(frozen=True, slots=True)
class Declared:
    """The page's declared publication and modification dates, ISO 8601, None when not declared."""

    published: str | None = None
    modified: str | None = None


def declared_dates(markup: str) -> Declared:
    """The first publication (else creation) and modification dates the page declares (module
    docstring): JSON-LD first (the page's entity), then ``<meta>`` and ``<time>`` tags; values
    that are not ISO 8601 dates are skipped."""
    first: dict[frozenset[str], str] = {}
    for key, value in _declarations(markup[:WINDOW]):
        for names in (PUBLISHED_NAMES, CREATED_NAMES, MODIFIED_NAMES):
            if key in names and names not in first and (iso := as_iso(value)) is not None:
                first[names] = iso
        if PUBLISHED_NAMES in first and MODIFIED_NAMES in first:
            break  # nothing later can change the answer
    return Declared(first.get(PUBLISHED_NAMES) or first.get(CREATED_NAMES), first.get(MODIFIED_NAMES))


def as_iso(value: str) -> str | None:
    """An ISO 8601 date as newsclean writes it: the day, and the time to the minute with its
    offset when the value has a time ("2024-01-11T19:30:00-05:00" -> "2024-01-11T19:30-05:00");
    None for anything else (a date in words, an invalid day)."""
    m = _ISO.match(value)
    if m is None:
        return None
    year, month, day, hour, minute, zone = m.groups()
    try:
        datetime(int(year), int(month), int(day))
    except ValueError:
        return None
    iso = f"{year}-{month}-{day}"
    if hour is None or minute is None or int(hour) > 23 or int(minute) > 59:
        return iso
    return f"{iso}T{hour}:{minute}{iso_offset(zone)}"


def _declarations(markup: str) -> Iterator[tuple[str, str]]:
    """(name, value) of every date declaration: JSON-LD objects' keys, then tags' attributes."""
    for block in _JSONLD.finditer(markup):
        if '"date' not in block.group(1):
            continue
        try:
            data = json.loads(_WRAPPER.sub("", block.group(1)), strict=False)
        except (ValueError, RecursionError):
            continue
        yield from _jsonld_dates(data, 0)
    for tag in _TAG.finditer(markup):
        if not _DATE_NAME.search(tag.group()):
            continue
        attrs = attributes(tag.group())
        value = attrs.get("content") or attrs.get("datetime")
        if not value:
            continue
        for key in (attrs.get("property"), attrs.get("name"), attrs.get("itemprop")):
            for name in (key or "").casefold().split():
                yield name, html.unescape(value)


def _jsonld_dates(data: object, depth: int) -> Iterator[tuple[str, str]]:
    """The date keys of JSON-LD objects, outer objects first, ``@graph`` members as outer ones."""
    if depth > _MAX_DEPTH:
        return
    if isinstance(data, list):
        for item in data:
            yield from _jsonld_dates(item, depth + 1)
        return
    if not isinstance(data, dict):
        return
    for key in ("datePublished", "dateCreated", "dateModified"):
        value = data.get(key)
        if isinstance(value, str):
            yield key.casefold(), value
    for key, value in data.items():
        if key not in _NESTED and isinstance(value, dict | list):
            yield from _jsonld_dates(value, depth + 1)
