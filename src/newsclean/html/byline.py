"""The author as the page prints it, from the names trafilatura read out of its metadata.

Rule ``author.tail``: a name read from metadata or byline markup often runs on into what
follows it on the page: a job title ("Liz Kenny Former McKinsey Consultant"), a forum member's
status ("Latawiec Member Joined Oct"), a post count ("Pup 1"). The name ends at the first such
word (``data/author_tails.toml``); a part that starts with one is no name, and a part made only
of label words ("Written by", "Author", "Sign In") is dropped.

trafilatura returns a page's authors as a "; "-joined list, split at every comma and "&":
"Maria & Katerina" comes back as "Maria; Katerina", "Dylan Bailey, MS, RD, FAND" as four
"authors", "Kaufman, Jeff T." as two. ``author`` is the byline as printed (docs/output.md), so
rule ``author.as_printed``: when the page's markup holds the names as one run, joined by commas,
"&", "and" or ";" (a meta tag's value, a byline element), that run is the author, roles after a
comma trimmed as in text mode (:func:`newsclean.metadata.bylines.trim_roles`). A page that
never prints them together keeps trafilatura's list.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources

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


@cache
def _words(key: str) -> frozenset[str]:
    raw = resources.files("newsclean.data").joinpath("author_tails.toml").read_text("utf-8")
    return frozenset(str(word).casefold() for word in tomllib.loads(raw)[key])


def without_tail(name: str) -> str | None:
    """``name`` up to its first tail word or number (rule ``author.tail``); None when nothing of
    a name is left or the whole value is a label ("Written by")."""
    tokens = name.split()
    folded = [token.casefold().strip(".,:;()") for token in tokens]
    if all(token in _words("label_words") for token in folded):
        return None
    tails = _words("tail_words")
    for k, token in enumerate(folded):
        if token in tails or token.isdigit():
            return " ".join(tokens[:k]) or None
    return name


# A character that glues onto a name printed next to it: a word's, or a period.
_GLUING = regex.compile(r"[\w.]")


def _printed_as_is(name: str, markup: str) -> bool:
    """Whether ``markup`` holds ``name`` as it is, with no word character or period glued on
    either side: a literal search, not a pattern built per name (regex compiles a new pattern in
    Python, about 0.25 ms, and every page brings new names)."""
    at = markup.find(name)
    while at >= 0:
        end = at + len(name)
        if not (at and _GLUING.match(markup, at - 1)) and not _GLUING.match(markup, end):
            return True
        at = markup.find(name, at + 1)
    return False


# Between the words of a name as a page may print it: spaces, or a user name's "_", "." or "-".
_NAME_GLUE = r"(?:\s+|[._-])"


def page_spelling(name: str, markup: str) -> str | None:
    """How the markup spells ``name`` when trafilatura changed it (rule ``author.spelling``): with
    the periods after initials and titles it drops ("Dr Allen" -> "Dr. Allen"), or as the user
    name it title-cased ("Q Admin" -> "q_admin"). None when the markup has ``name`` as it is, or
    nothing like it."""
    words = name.split()
    if not words or _printed_as_is(name, markup):
        return None
    last = len(words) - 1  # a period after the last word ends a sentence, unless it is an initial
    pattern = _NAME_GLUE.join(
        regex.escape(word) + (r"\.?" if k < last or len(word) == 1 else "") for k, word in enumerate(words)
    )
    match = regex.search(rf"(?<![\w.@-]){pattern}(?![\w@-])", markup, regex.I)
    return " ".join(match.group().split()) if match else None
