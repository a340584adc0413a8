"""The headline the page prints (its ``<h1>``), preferred to a declared title that carries more.

A page's ``<title>`` and ``og:title`` are written for search results and sharing: they carry
the site's name ("Story | Site") or a rewording for search ("Best X in 2026 (Compared)"). The
``<h1>`` is what a reader sees above the article. When an ``<h1>`` shares most of the declared
title's words (``MIN_OVERLAP``, Jaccard over word sets), it is the same headline as printed and
wins; an ``<h1>`` that shares few (a site banner, a section name) is left alone.
"""

from __future__ import annotations

import html

import regex

#: Share of words (Jaccard) an ``<h1>`` must share with the declared title to replace it.
MIN_OVERLAP = 0.4
#: Only the first few ``<h1>`` elements are looked at (the article's comes first).
MAX_H1 = 5
_MAX_WORDS = 40
_H1 = regex.compile(r"<h1\b[^>]*>(.*?)</h1\s*>", regex.I | regex.S)
_TAG = regex.compile(r"<[^>]*>")
_WORD = regex.compile(r"\w+")


def printed_headline(markup: str, title: str | None) -> str | None:
    """The ``<h1>`` text that best matches ``title`` (see the module docstring), or None."""
    if not title:
        return None
    wanted = set(_WORD.findall(title.casefold()))
    if not wanted:
        return None
    best, best_score = None, 0.0
    for k, m in enumerate(_H1.finditer(markup)):
        if k >= MAX_H1:
            break
        text = " ".join(html.unescape(_TAG.sub(" ", m.group(1))).split())
        words = set(_WORD.findall(text.casefold()))
        if not words or len(text.split()) > _MAX_WORDS:
            continue
        score = len(words & wanted) / len(words | wanted)
        if score > best_score:
            best, best_score = text, score
    return best if best_score >= MIN_OVERLAP else None
