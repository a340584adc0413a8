"""The site's name: recognising it in a title part or a heading, and finding it on the page.

A site names itself in many places: ``og:site_name``, a JSON-LD ``publisher``, the copyright
line at the foot ("© 2019 Dow Jones & Company, Inc."), the last part of its ``<title>``
("Story | Site"), and its host name. This module answers two questions with the same evidence:

- :func:`names_site`: is this piece of text (a title part, an ``<h1>``) the site's name rather
  than the story's? It is when, letters and digits only, it equals a known name, it is part of
  the host ("Gentoo" on wiki.gentoo.org), or the host's own name is part of it ("Liberty
  University" on liberty.edu, short text only).
- :func:`copyright_holder`: the organisation a copyright line names, or None when the line
  names none ("Copyright Policy", "All rights reserved" alone).
- :func:`host_name`: the host's name, the last resort for ``publisher`` (its provenance says so).
"""

from __future__ import annotations

from collections.abc import Collection
from functools import cache
from urllib.parse import urlsplit

import regex

from newsclean.analysis.phrases import packaged_languages, packaged_phrases
from newsclean.text.dates import find_dates

_NON_WORD = regex.compile(r"[\W_]+")
#: Host labels that say nothing about the site: "www", "blog", "m"..., and the public suffixes
#: that are a label of their own in two-part endings ("co.uk", "com.au").
_GENERIC_LABELS = frozenset(
    "www www2 m mobile amp blog blogs news en de fr es it ru home web site shop store "  # noqa: SIM905
    "com co org net gov edu ac or ne go gob nic".split()
)
#: A site's name is short: a text of more words is a story part even when it names the host.
MAX_SITE_WORDS = 5
#: A host label shorter than this is too common a string to recognise a site by.
MIN_LABEL_CHARS = 4


def squeeze(text: str) -> str:
    """``text`` casefolded with everything but letters and digits removed: "Ars-Technica" and
    "arstechnica.com" compare by their letters."""
    return _NON_WORD.sub("", text.casefold())


def host_labels(url: str | None) -> tuple[str, ...]:
    """The host's meaningful labels, most specific first: "https://wiki.gentoo.org/x" ->
    ("wiki", "gentoo"); the top-level domain and generic labels ("www", "co") dropped."""
    if not url:
        return ()
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
    except ValueError:
        return ()
    labels = [label for label in host.casefold().split(".") if label]
    return tuple(label for label in labels[:-1] if label not in _GENERIC_LABELS)


def names_site(text: str, names: Collection[str], url: str | None, *, loose: bool = False) -> bool:
    """Whether ``text`` is the site's name: it equals one of ``names`` (letters and digits
    compared) or it is part of the host ("Silicon Exposed" on siliconexposed.blogspot.com).
    ``loose`` (for a title's last part, where a site's name is expected) also accepts a text of
    at most ``MAX_SITE_WORDS`` words that contains the host's name ("Liberty University" on
    liberty.edu); a heading that does ("Ridge Wallet" on ridge.com) may well be the story's."""
    key = squeeze(text)
    if not key:
        return False
    if any(key == squeeze(name) for name in names if name):
        return True
    labels = host_labels(url)
    host = "".join(labels)
    if len(key) >= MIN_LABEL_CHARS and key in host:
        return True
    if not loose or len(text.split()) > MAX_SITE_WORDS:
        return False
    return any(len(label) >= MIN_LABEL_CHARS and label in key for label in labels)


def host_name(url: str | None) -> str | None:
    """The host's name without "www." and the like ("https://www.wral.com/x" -> "wral.com"):
    what is left to name the site when the page names it nowhere."""
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
    except ValueError:
        return None
    labels = host.split(".")
    while len(labels) > 2 and labels[0].casefold() in _GENERIC_LABELS:
        labels = labels[1:]
    return ".".join(labels) if len(labels) >= 2 and all(labels) else None


# "Copyright © 2019-2024 Dow Jones & Company, Inc. All rights reserved.": the holder is what
# follows the mark and the years, up to the end of the sentence or a rights clause.
_COPYRIGHT = regex.compile(
    r"(?:copyright|\(c\)|[©ⓒ]|&copy;)(?:\s*(?:copyright|\(c\)|[©ⓒ]|&copy;))*"
    r"[\s,.:]*(?:(?:\d{4}(?:\s*[-–—]\s*\d{2,4})?|\d{4}\s*,)[\s,.:]*)*"
    r"(?:by\s+)?(?P<holder>[^.|\n।。]*(?:\.(?=\s*(?:,|\w{2,4}\.|$))[^.|\n।。]*)*)",
    regex.I,
)
#: Words that follow "Copyright" in a link or a heading, not a holder's name.
_NOT_HOLDER = frozenset(
    "policy notice notices information info terms statement complaints infringement law act "  # noqa: SIM905
    "and all rights reserved the this our of to for agent issues dispute disputes claims".split()
)
_MAX_HOLDER_WORDS = 8
# A company form whose abbreviation keeps its period: "Dow Jones & Company, Inc."
_COMPANY_ABBREVIATION = regex.compile(r"(?:Inc|Ltd|Co|Corp|Pty|Bhd|S\.A|N\.V|B\.V|S\.p\.A)$")
# What a footer prints after the holder's name: the years ("© Shillington 2025") or the site's
# software version ("© 2026 Helly Hansen v3.39.2"), neither part of the name.
_TRAILING_STAMP = regex.compile(r"(?:[\s,]+(?:\d{4}(?:\s*[-–—]\s*\d{2,4})?|v\d+(?:\.\d+)*))+$", regex.I)
# A holder's name starts with a capital, a digit or "&", or a letter of a script without case.
_HOLDER_WORD = regex.compile(r"\p{Lu}|\d|&|(?=\p{L})(?!\p{Ll})")


@cache
def _rights() -> regex.Pattern[str]:
    """A rights notice and all after it ("All rights reserved", "版权所有", "무단전재"): the
    phrases of every packaged ``copyright.reserved`` list. A phrase in a cased script starts a
    word; Han, kana and Hangul have no word boundaries to ask for ("新华网版权所有")."""
    lists = [packaged_phrases(code).get("copyright.reserved", ()) for code in packaged_languages()]
    phrases = {phrase for listed in lists for phrase in listed}
    alternatives = []
    for phrase in sorted(phrases, key=len, reverse=True):
        body = r"\s+".join(regex.escape(part) for part in phrase.split())
        cased = phrase[:1].lower() != phrase[:1].upper()
        alternatives.append(rf"(?<!\w){body}" if cased else body)
    return regex.compile(rf"\s*[-–—,;:|]?\s*(?:{'|'.join(alternatives)}).*$", regex.IGNORECASE)


def copyright_holder(line: str) -> str | None:
    """The organisation a copyright line names: "Copyright ©2019 Dow Jones & Company, Inc." ->
    "Dow Jones & Company, Inc."; None for "Copyright Policy", "© 2024 All rights reserved" and
    lines where what follows is a sentence rather than a name."""
    match = _COPYRIGHT.search(line)
    if match is None:
        return None
    holder = _rights().sub("", match.group("holder"))
    holder = _TRAILING_STAMP.sub("", " ".join(holder.split())).strip(" ,;:-–—|")
    words = holder.split()
    if not words or len(words) > _MAX_HOLDER_WORDS:
        return None
    if all(word.casefold().strip(",.") in _NOT_HOLDER for word in words):
        return None
    if not _HOLDER_WORD.match(words[0]) or not any(any(c.isalpha() for c in w) for w in words):
        return None
    end = match.start("holder") + match.group("holder").find(holder) + len(holder)
    if _COMPANY_ABBREVIATION.search(holder) and line[end : end + 1] == ".":
        holder += "."
    return holder


# A title line's separators between the story and the site's name ("Story | Site", "Site: Story").
# A separator (no colon) ending where a title's middle part starts: "tag - " of "tag - Story - Site".
_SEPARATOR_BEFORE = regex.compile(r"\s[|\-–—·•»/\\>]+\s$")
_TITLE_SEPARATOR = regex.compile(r"\s[|\-–—·•»/\\>:]+\s|:\s|\s::\s?")


def title_site_part(line: str, title: str) -> str | None:
    """The site's name a page's title line puts beside the story: the last part of ``line``
    after ``title`` ("Story | The Independent", "Story (with Pictures) | eHow"), or the first
    part before it ("Quanta: Story"), at most ``MAX_SITE_WORDS`` words; None when ``line`` holds
    nothing else, something longer or a date ("Story - Feb. 1, 2016"), or does not start or end
    with ``title`` (or hold it between separators: "tag - Story - Site")."""
    line, title = " ".join(line.split()), " ".join(title.split())
    if line == title or not title:
        return None
    if line.startswith(title):
        parts = _TITLE_SEPARATOR.split(line[len(title) :])
        name = parts[-1] if len(parts) > 1 else ""
    elif line.endswith(title):
        parts = _TITLE_SEPARATOR.split(line[: -len(title)])
        name = parts[0] if len(parts) > 1 else ""
    elif (middle := line.find(f" {title} ")) > 0:
        # "tag - Story - Site" (rule head.tag_part): the site's name is still the last part, when
        # the same separator (no colon: "Amazon.com: Story : Category") stands on both sides.
        lead = _SEPARATOR_BEFORE.search(line, 0, middle + 1)
        tail = _TITLE_SEPARATOR.match(line, middle + 1 + len(title))
        same = lead is not None and tail is not None and lead.group().strip() == tail.group().strip()
        name = _TITLE_SEPARATOR.split(line)[-1] if same else ""
    else:
        return None
    name = name.strip(" :|")
    words = name.split()
    if not words or len(words) > MAX_SITE_WORDS or not any(c.isalpha() for c in name) or find_dates(name):
        return None
    return name
