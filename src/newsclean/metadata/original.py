"""Rule ``head.first_published``: the date a page says it first appeared on, wherever it says so.

Pages that are republished, moved or kept up to date print the date they first appeared in a
sentence of their own: "This article was originally published on 26 Sep 2019 at 4:12pm but
has been regularly updated", "First published on November 19, 2019 / 8:16 AM", "Erstmals
veröffentlicht am 3. März 2021". The date under the headline is then the latest revision's,
and the publication date is the one the sentence names. The words are the phrase list
``meta.first_published`` of the page's language; the date must follow them within
``GAP_WORDS`` words ("on", a weekday), on the same line or at the start of the next (the page
set the date in an element of its own), its year printed (or in the URL), outside comments (a
commenter quoting an old post says nothing of the page).
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from newsclean.analysis.page import Page
from newsclean.analysis.phrases import Mode
from newsclean.labels import Label
from newsclean.text import dates

#: Words allowed between the phrase and its date: "originally published on Wednesday, March 2".
GAP_WORDS = 2
_WORDS = regex.compile(r"\w+")


def first_published(
    page: Page, labels: Sequence[Label], first: int, last: int, url_year: int | None
) -> tuple[int, dates.DateMatch] | None:
    """The line and the date of the first "originally published on <date>" of lines
    ``first..last`` (module docstring), or None."""
    marks = page.phrases.pattern("meta.first_published", Mode.CONTAINS)
    if marks is None:
        return None
    comments = Label.COMMENTS
    for i in sorted(page.matching("meta.first_published", Mode.CONTAINS)):
        if not first <= i <= last or labels[i] is comments:
            continue
        text = page.features[i].text
        for m in marks.finditer(text):
            rest = text[m.end() :]
            line, date = i, _date_after(rest, url_year)
            below = page.next_nonblank(i, last + 1)
            if date is None and below is not None and len(_WORDS.findall(rest)) <= GAP_WORDS:
                # "This article was originally published on" / "26 Sep 2019 at 4:12pm" / "but..."
                line, date = below, _date_after(rest + " " + page.features[below].text, url_year)
            if date is not None:
                return line, date
    return None


def _date_after(text: str, url_year: int | None) -> dates.DateMatch | None:
    """The date ``text`` starts with, after at most ``GAP_WORDS`` words, its year known."""
    found = dates.find_dates(text, default_year=url_year or 1900)
    if not found or len(_WORDS.findall(text[: found[0].start])) > GAP_WORDS:
        return None
    return found[0] if found[0].year_given or url_year is not None else None
