"""A start tag read by regular expressions: where HTML mode reads what a page declares in its
``<meta>``, ``<time>``, ``<title>`` and ``<h1>`` tags (:mod:`newsclean.html.headline`,
:mod:`newsclean.html.declared`) without parsing the whole page a second time."""

from __future__ import annotations

import regex

#: A tag's attributes up to its closing ``>``: a ``>`` inside a quoted value does not close it.
ATTRIBUTES = r"""(?:[^>"']|"[^"]*"|'[^']*')*"""
_ATTRIBUTE = regex.compile(r"""([\w:.-]+)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)""")


def attributes(tag: str) -> dict[str, str]:
    """The attributes of the start tag ``tag`` ("<meta property='og:title' content=...>"): name
    casefolded -> value without its quotes (entities as written)."""
    return {name.casefold(): value.strip("\"'") for name, value in _ATTRIBUTE.findall(tag)}
