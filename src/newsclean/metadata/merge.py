"""HTML mode: the page's metadata (trafilatura's reading of its tags) merged with what the page
shows around its headline, field by field, by named rules.

trafilatura reads a page's metadata from its markup (JSON-LD, meta tags, htmldate). Those are
written for machines and are sometimes empty, stale (a "modified" date), or about something else
(a site-wide ``author`` tag, a forum's last poster). The visible head (the page's visible text
around the printed headline, read by text mode's head reader: :mod:`newsclean.html.visible`) is
what a reader writes down. The rules, each recorded in ``provenance`` as
``html:visible/<text-mode origin>`` when the visible value wins:

- ``author.visible``: a byline of the visible head (the head reader's ``text:head.*`` origins,
  not a "By ..." line elsewhere on the page) wins when the tags give no author, give one the
  head does not print (neither its names nor its run), give only some of the people it names,
  or give more parts than it prints ("Silverback Strategies; Hardware"); it never wins when it
  is the site's name or the title (a masthead or a headline read as a byline).
- ``date.visible``: the head's publication date, read from a dated line under the headline
  (``text:head.date``) or, rule ``date.marked``, from a line a publication word labels
  ("Published" / "October 14, 2025": ``text:head.marked_date``), wins when the tags give no
  date, or give a day the head does not print anywhere (a metadata date the page never shows
  near the article); an updated date alone fills only an empty ``updated``.
- ``date.declared``: a publication date the page declares in its markup (provenance
  ``html:declared``: :mod:`newsclean.html.declared`) is not replaced by a printed date of a
  later day (often the update's); a printed date wins over it when it is the same moment
  written in another zone (:func:`same_moment`: "2024-01-11T19:30 -05:00" printed as "January
  12, 2024 00:30 UTC"), or, rule ``date.earlier_printed``, when it is an earlier day: an
  update comes after the publication, never before it, so a declaration later than the date
  the article prints is the day it was moved or republished (a blog migrated to a new
  platform, a forum's JSON-LD naming a later post), not the day it first appeared.
- ``date.earlier_dateline``: the same for a dateline the rules read in the visible head
  (``text:meta.dateline``: a forum's first post, "Posted : August 19, 2018 12:33 PM") that is
  earlier than the declared publication day (a thread's JSON-LD naming a later post).
- ``date.numeric_order``: the visible head's date and the tags' guess are the two readings of
  one numeric date ("10/12/2023"): the page settles the order (:func:`_numeric_reading`).
- ``date.first_published``: a date the visible text says the page first appeared on ("This
  article was originally published on 26 Sep 2019 ... regularly updated":
  ``text:head.first_published``) wins over every other date of another day: the markup's and
  htmldate's dates are then those of the latest revision.
- ``publisher.copyright``, ``publisher.host``: see :func:`site_publisher`.

Measured on the bench (docs/html.md): author.visible +24 right, -2 on WCXB's 433 pages with an
author; date.visible +12, -6 on WCXB's 495 pages with a date and -1 on Readability's 13; the
declared date (with date.declared here) +25, -7 on WCXB and +2 on Readability; date.marked +1
and date.earlier_printed +4, -0 on WCXB; date.first_published +1, date.earlier_dateline +2,
date.numeric_order +1, none lost (docs/benchmarks.md).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from contextlib import suppress
from datetime import datetime
from urllib.parse import urlsplit

from newsclean.analysis.page import Page
from newsclean.metadata.dateorder import page_order, printed_reading
from newsclean.metadata.site import copyright_holder, host_name, names_site, squeeze
from newsclean.model import Metadata
from newsclean.text.dates import find_dates, swap_day_month

#: Provenance prefix of a value read from the page's visible head.
VISIBLE = "html:visible/"
#: Provenance of a date the page declares in its markup (``datePublished``...).
DECLARED = "html:declared"
#: The head reader's origins of a value read in the article's head (not elsewhere on the page).
_HEAD = "text:head."
#: The head reader's origins that come from a dated line of the article head: a date under the
#: headline (``text:head.date``), and one a publication word labels ("Published" / "October 14,
#: 2025": ``text:head.marked_date``, rule ``date.marked``).
_HEAD_DATES = ("text:head.date", "text:head.marked_date", "text:head.first_published")
#: The head reader's origin of a date the page says it first appeared on ("This article was
#: originally published on 26 Sep 2019": metadata/original.py), rule ``date.first_published``.
_FIRST_PUBLISHED = "text:head.first_published"
#: The origin of a date the rules read from a dateline of the visible head (a forum's first post).
_DATELINE = "text:meta.dateline"
#: Copyright lines are looked for in the last lines of the visible text (the footer).
FOOTER_LINES = 60


def merge_visible(
    base: Metadata,
    seen: Metadata | None,
    head_text: str,
    *,
    url: str | None,
    lines: Sequence[str] | None = None,
) -> Metadata:
    """``base`` (the page's tags) with the visible head's ``seen`` values where the module's rules
    prefer them; ``head_text`` is the visible text the head was read from, ``lines`` the page's
    whole visible text (its other dates settle a numeric date's order: ``date.numeric_order``)."""
    if seen is None:
        return base
    values: dict[str, object] = {}
    provenance = dict(base.provenance)
    folded = head_text.casefold()
    names = tuple(n for n in (base.publisher,) if n)
    if _author_wins(base, seen, folded, names, url):
        values["author"], values["authors"] = seen.author, seen.authors
        provenance["author"] = VISIBLE + seen.provenance.get("author", "text")
    if _date_wins(base, seen, head_text, url, lines):
        values["published"] = seen.published
        provenance["published"] = VISIBLE + seen.provenance.get("published", "text")
    if base.updated is None and base.published is None and "published" not in values and seen.updated:
        values["updated"] = seen.updated
        provenance["updated"] = VISIBLE + seen.provenance.get("updated", "text")
    if not values:
        return base
    return dataclasses.replace(base, provenance=provenance, **values)  # type: ignore[arg-type]


def _author_wins(base: Metadata, seen: Metadata, folded: str, names: Sequence[str], url: str | None) -> bool:
    """Rule ``author.visible`` (module docstring)."""
    author = seen.author
    if (
        not author
        or not seen.provenance.get("author", "").startswith(_HEAD)
        or names_site(author, names, url)
        or (base.title and squeeze(author) == squeeze(base.title))
    ):
        return False
    if base.author is None:
        return True
    mine = {part.strip().casefold() for part in base.author.split(";") if part.strip()}
    theirs = {name.casefold() for name in seen.authors or ()}
    if mine < theirs:
        return True  # the printed byline names more people: "Rui Ma, Heba Ledwon & Suparn Patra"
    if theirs and theirs < mine:
        return True  # the tags add parts the byline does not print: "Silverback Strategies; Hardware"
    printed = base.author.casefold() in folded or all(part in folded for part in mine)
    return not printed


def _date_wins(
    base: Metadata, seen: Metadata, head_text: str, url: str | None = None, lines: Sequence[str] | None = None
) -> bool:
    """Rules ``date.visible`` and ``date.declared`` (module docstring)."""
    if not seen.published or not seen.provenance.get("published", "").startswith(_HEAD_DATES):
        if seen.published and seen.provenance.get("published") == _DATELINE and _declared_later(base, seen):
            return True  # date.earlier_dateline
        return base.published is None and seen.published is not None and base.updated is None
    current = base.published or base.updated
    if current is None:
        return True
    if current[:10] == seen.published[:10]:
        return False
    if seen.provenance.get("published") == _FIRST_PUBLISHED:
        return True  # date.first_published: the page says when it first appeared
    if base.published is not None and base.provenance.get("published") == DECLARED:
        # date.earlier_printed: an update is never printed before the publication it updates
        return same_moment(base.published, seen.published) or seen.published[:10] < base.published[:10]
    reading = _numeric_reading(current, seen, head_text, url, lines)
    if reading is not None:
        return reading  # date.numeric_order
    shown = {m.iso[:10] for line in head_text.splitlines() for m in find_dates(line)}
    return current[:10] not in shown


def _numeric_reading(
    current: str, seen: Metadata, head_text: str, url: str | None, lines: Sequence[str] | None
) -> bool | None:
    """Rule ``date.numeric_order``: when the visible head's date and the tags' guess are the two
    readings of one numeric date the head prints ("10/12/2023": htmldate read day first), whether
    the head's reading wins: the page (its whole visible text, else the head) decides the order
    (:mod:`newsclean.metadata.dateorder`: the same day printed in words, the page's other
    numeric dates, the URL's country); None when
    they are not two readings of one date, or only the page's language would decide (a guess,
    and htmldate's reading stands)."""
    published = seen.published or ""
    if swap_day_month(current[:10]) != published[:10] or current[:10] == published[:10]:
        return None
    printed = [m for line in head_text.splitlines() for m in find_dates(line) if m.order == "ambiguous"]
    if not any(m.iso[:10] in (current[:10], published[:10]) for m in printed):
        return None
    page = Page.from_text("\n".join(lines) if lines else head_text, seen.language)
    day_first = next(m.iso[:10] for m in printed if m.iso[:10] in (current[:10], published[:10]))
    settled = printed_reading(page, day_first)
    if settled is not None:
        return settled[:10] == published[:10]
    order = page_order(page, url)
    if order.guessed:
        return None
    return (published[:10] == day_first) != order.month_first


def _declared_later(base: Metadata, seen: Metadata) -> bool:
    """The markup declares a publication day later than the one ``seen`` prints."""
    declared = base.published if base.provenance.get("published") == DECLARED else None
    return declared is not None and seen.published is not None and seen.published[:10] < declared[:10]


def same_moment(a: str, b: str) -> bool:
    """Whether two ISO 8601 times with offsets are the same moment ("2024-01-11T19:30-05:00" and
    "2024-01-12T00:30+00:00"): one time written in two zones, which may fall on two days."""
    try:
        first, second = datetime.fromisoformat(a), datetime.fromisoformat(b)
    except ValueError:
        return False
    if first.tzinfo is None or second.tzinfo is None:
        return False
    return first == second


def site_publisher(base: Metadata, visible_lines: Sequence[str], url: str | None) -> Metadata:
    """``base`` with a ``publisher`` named by the page when its tags name none: rule
    ``publisher.copyright``, the organisation the page's copyright line names
    (``html:visible/copyright``; "Copyright Policy", "All rights reserved" alone name none), else
    rule ``publisher.host``, the URL's host name (``url:host``: the page names its site nowhere,
    the address does). trafilatura's own fallback, the host, counts as no name."""
    address = url or base.url
    host = host_name(address)
    if base.publisher is not None and not _is_host(base.publisher, address):
        return base
    for line in reversed(visible_lines[-FOOTER_LINES:]):
        holder = copyright_holder(line) if _mentions_copyright(line) else None
        if holder is not None:
            return _with(base, "publisher", holder, VISIBLE + "copyright")
    if host is not None:
        return _with(base, "publisher", base.publisher or host, "url:host")
    return base


def _is_host(name: str, address: str | None) -> bool:
    """Whether ``name`` is the address's host ("en.wikipedia.org", "wral.com"), not a name."""
    hosts = {host_name(address)}
    with suppress(ValueError):  # a malformed address: its host is whatever host_name made of it
        hosts.add(urlsplit(address).hostname if address else None)
    return name.casefold() in {h.casefold() for h in hosts if h}  # "Le Monde.fr" is a name


def _mentions_copyright(line: str) -> bool:
    folded = line.casefold()
    return "©" in line or "copyright" in folded or "(c)" in folded


def _with(base: Metadata, name: str, value: str, origin: str) -> Metadata:
    provenance = dict(base.provenance)
    provenance[name] = origin
    return dataclasses.replace(base, provenance=provenance, **{name: value})  # type: ignore[arg-type]
