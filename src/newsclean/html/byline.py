"""The author as the page prints it, from the names trafilatura read out of its metadata.

trafilatura returns a page's authors as a "; "-joined list, split at every comma and "&":
"Maria & Katerina" comes back as "Maria; Katerina", "Dylan Bailey, MS, RD, FAND" as four
"authors", "Kaufman, Jeff T." as two. ``author`` is the byline as printed (docs/output.md), so
rule ``author.as_printed``: when the page's markup holds the names as one run, joined by commas,
"&", "and" or ";" (a meta tag's value, a byline element), that run is the author, roles after a
comma trimmed as in text mode (:func:`newsclean.metadata.bylines.trim_roles`). A page that
never prints them together keeps trafilatura's list.
"""

from __future__ import annotations

import regex

from newsclean.metadata.bylines import trim_roles

# Between two names: a comma, "&" (or its entity), "and", ";", with spaces around.
_JOIN = r"\s*(?:,|;|&amp;|&|\band\b)\s*"
_MAX_NAMES = 12


def as_printed(names: list[str], markup: str) -> str | None:
    """The run of ``names`` as the markup prints it ("Maria & Katerina"), trimmed of roles;
    None when there is a single name or the markup never prints them together."""
    if not 2 <= len(names) <= _MAX_NAMES:
        return None
    pattern = _JOIN.join(_name_pattern(name) for name in names)
    match = regex.search(rf"(?<![\w&]){pattern}(?!\w)", markup, regex.I)
    if match is None:
        return None
    printed = " ".join(match.group().replace("&amp;", "&").split())
    return trim_roles(printed) or None


def _name_pattern(name: str) -> str:
    """A name with any spacing between its words and the periods trafilatura drops after an
    initial ("Jeff T" matches "Jeff T.")."""
    words = name.split()
    return r"\s+".join(regex.escape(word) + (r"\.?" if len(word) == 1 else "") for word in words)
