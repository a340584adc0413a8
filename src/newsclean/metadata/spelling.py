"""A printed headline spelled as the page's declared title spells it (rule ``title_spelling``).

A page names its story twice: the headline it prints above the article and the ``<title>`` it
declares ("Story | Site"). Where both have the same words, in the same order, they may still
differ between the words: typographic quotes ("Anthony’s" printed, "Anthony's" declared), a
dash or a colon one of them drops ("Staple Tee 5001" under "Staple Tee - 5001 | Shop"). The
printed line says which part of the title is the story; the declared title is the name the page
gives itself, the one readers copy. Text mode (``metadata.fields``) and HTML mode
(``html.headline``) both ask this module.
"""

from __future__ import annotations

import regex

# A spaced separator of a ``<title>``'s parts, or a bar: not a closing guillemet inside a quote.
_SPACED_PART = regex.compile(r"\s+[|\-–—:•·»/\\]\s+|\s*\|\s*")
_WORD = regex.compile(r"\w+")
_LEADING = regex.compile(r"^\W*")
_TRAILING = regex.compile(r"\W*$")
# Heading anchors and symbols ("## Story", "Story ⋆"): no part of a title's words.
_MARKS_ONLY = regex.compile(r"[\s#¶§\p{S}]+")


def title_spelling(title: str, printed: str) -> str | None:
    """The part of ``title`` (up to a spaced separator, or whole) with the words of ``printed``,
    in order, as ``title`` spells it; None when there is none or it is spelled the same.

    A guillemet closing a quote inside the title ("«Vape Wave»…") ends no part; marks at the
    part's ends that the printed headline lacks ("## Story", "Story ⋆") are dropped. A word the
    printed line breaks in two ("Planning C ycle": a letter styled apart in the markup) reads as
    the title's word: the letters are compared, not where the spaces fall.
    """
    wanted = "".join(w.casefold() for w in _WORD.findall(printed))
    if not wanted:
        return None
    for cut in [m.start() for m in _SPACED_PART.finditer(title)] + [len(title)]:
        part = _edges_as_printed(" ".join(title[:cut].split()), printed)
        if "".join(w.casefold() for w in _WORD.findall(part)) == wanted:
            return part if part != printed else None
    return None


def _edges_as_printed(part: str, printed: str) -> str:
    """``part`` without the marks at its ends that the printed headline lacks ("## Story",
    "Story ⋆"); punctuation at its ends stays ("Story?"), as do symbols the headline prints
    too ("<table>", "C++")."""
    for edge in (_LEADING, _TRAILING):
        run = edge.search(part)
        mine = edge.search(printed)
        if run is None or mine is None or not run.group() or run.group() == mine.group():
            continue
        if _MARKS_ONLY.fullmatch(run.group()):
            part = (part[: run.start()] + part[run.end() :]).strip()
    return part
