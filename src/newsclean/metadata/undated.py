"""A printed headline without the date a blog prints on the same line (rule ``head.dated_headline``).

A blog's post list and many post pages print the date and the heading as one line ("Dec 18
2025 Preparing a transition in Debusine"); the page's ``<title>`` ("Preparing a transition in
Debusine | Colin Watson's blog") says where the story starts. A date is no part of a title.
Text mode (``metadata.fields``) and HTML mode (``html.headline``) both ask this module.
"""

from __future__ import annotations

from newsclean.text import dates

#: The rest of the line must keep this many words to be taken for the headline.
MIN_WORDS = 3
_JOINERS = " -–—|:·•,"


def undated(printed: str, title: str) -> str | None:
    """``printed`` without a date it starts with, when what follows is the start of ``title``
    (the ``<title>``, compared case folded, up to a word's end) and has ``MIN_WORDS`` words or
    more; None when ``printed`` starts with no date or the rest is not the title's start."""
    found = dates.find_dates(printed)
    if not found or found[0].start != 0:
        return None
    rest = printed[found[0].end :].lstrip(_JOINERS)
    folded, whole = rest.casefold(), title.casefold()
    if len(rest.split()) < MIN_WORDS or not whole.startswith(folded):
        return None
    cut_inside_a_word = whole[len(folded) : len(folded) + 1].isalnum()
    return None if cut_inside_a_word else rest
