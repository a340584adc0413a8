"""trafilatura's metadata of a page, less the fields newsclean never reports.

``bare_extraction(with_metadata=True)`` runs trafilatura's ``extract_metadata``, which reads the
title, author, URL, date (htmldate), site name, and then the page's categories, tags and
license: the last three search every link of the page with XPath expressions (``contains()``
over each ``href``, every footer link), 3.2 of its 6.2 ms a ScrapingHub page, and newsclean
reports none of them. :func:`reported_fields` calls trafilatura's own readers of the fields
newsclean reports, in ``extract_metadata``'s order and with its defaults, and HTML mode asks
``bare_extraction`` for the text alone (``with_metadata=False``). On the 1,059 pages of the
dev files the two give the same title, author, date, site name, URL and host, and the same
text: trafilatura's readers leave the tree as they found it, so reading the metadata first
(on the caller's tree) or inside ``bare_extraction`` (on its copy) is the same.
tests/test_trafilatura_fields.py compares the two readings field by field, so a trafilatura
release that reads a field differently shows there.
"""

from __future__ import annotations

import logging
from typing import Any

_LOG = logging.getLogger(__name__)


def reported_fields(tree: Any, url: str | None, *, date: bool = True) -> Any:
    """trafilatura's ``Document`` of ``tree`` with the title, author, URL, host, date and site
    name its ``extract_metadata`` would give (categories, tags and license left empty); ``url``
    is the page's address when the caller knows it. ``date=False`` leaves the date out (no
    htmldate run): for a page that declares its publication date, which wins over htmldate's
    answer (rule ``date.declared``). The tree is only read."""
    from courlan import extract_domain
    from htmldate import find_date
    from trafilatura.metadata import (
        META_URL,
        examine_meta,
        extract_author,
        extract_meta_json,
        extract_sitename,
        extract_title,
        extract_url,
    )

    found = examine_meta(tree)
    if found.author and " " not in found.author:  # trafilatura's test: one word is no name
        found.author = None
    try:
        found = extract_meta_json(tree, found)
    except Exception as error:  # as trafilatura does: its JSON-LD reader has bugs, the page is still read
        _LOG.debug("trafilatura's JSON-LD reader failed: %s", error)
    found.title = found.title or extract_title(tree)
    found.author = found.author or extract_author(tree)
    found.url = found.url or extract_url(tree, url)
    if found.url:
        found.hostname = extract_domain(found.url, fast=True)
    if date:
        found.date = find_date(tree, **{**_date_params(), "url": found.url})
    found.sitename = found.sitename or extract_sitename(tree)
    if found.sitename:
        found.sitename = _site_name(found.sitename)
    elif found.url and (host := META_URL.match(found.url)):
        found.sitename = host[1]
    found.clean_and_trim()
    return found


def _site_name(name: str) -> str:
    """A site name as trafilatura writes it: a Twitter handle's "@" dropped, a lower-case
    name that is not a host capitalised ("example" -> "Example")."""
    name = name.lstrip("@")
    if name and "." not in name and not name[0].isupper():
        return name.title()
    return name


def _date_params() -> dict[str, Any]:
    """htmldate's settings as ``bare_extraction`` passes them: the extensive search unless
    trafilatura's settings file turns it off, and no date after today (made on each call, as
    trafilatura makes it: a long-running process moves into new days)."""
    from trafilatura.settings import DEFAULT_CONFIG, set_date_params

    return set_date_params(DEFAULT_CONFIG.getboolean("DEFAULT", "EXTENSIVE_DATE_SEARCH"))
