"""The page's element tree for newsclean's own reading of it (the visible text, the page account).

libxml2's HTML parser with lxml's default settings: the tree ``lxml.html.document_fromstring``
builds, without ``lxml.html``'s element classes (each element a walk touches then costs a
Python lookup of its class; nothing here uses their methods) and without the table of ``id``
attributes (nothing here looks one up). trafilatura parses the page on its own, with its own
settings (comments dropped), so its tree cannot stand in for this one.
"""

from __future__ import annotations

from functools import cache
from typing import Any


def page_tree(markup: str) -> Any | None:
    """The root element of ``markup``, or None when lxml finds no document in it."""
    import lxml.etree

    try:
        return lxml.etree.fromstring(markup, _parser())
    except (lxml.etree.ParserError, ValueError):  # e.g. a str with an XML encoding declaration
        return None


@cache
def _parser() -> Any:
    import lxml.etree

    return lxml.etree.HTMLParser(collect_ids=False)
