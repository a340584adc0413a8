"""HTML mode's metadata: trafilatura's, checked against what the page shows around its headline.

trafilatura's text often starts below the byline and the date (it keeps the article's body), so
text mode's head reader, run on that text, rarely finds them. The page's visible text still has
them: the lines around the printed headline (``BEFORE`` above it, ``AFTER`` below) are read by
text mode's head reader (the same rules as a text page), and the two readings are merged by the
rules of :mod:`newsclean.metadata.merge`. The site's name, when the tags give none, comes from
the visible copyright line or the URL's host (:func:`newsclean.metadata.merge.site_publisher`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsclean.html.extract import visible_text
from newsclean.html.headline import norm_text, prints_title
from newsclean.metadata.merge import merge_visible, site_publisher
from newsclean.metadata.relative import Reference
from newsclean.model import Metadata

if TYPE_CHECKING:
    from newsclean.pipeline import Cleaner

#: Lines of the visible text read above and below the headline: kickers and section names sit
#: above it; byline, date and standfirst below, sometimes after a share bar and a lead image.
BEFORE = 5
AFTER = 40
#: A body line this long is prose, not a kicker or a caption: it anchors the article's start.
MIN_PARAGRAPH_WORDS = 8


def page_metadata(
    cleaner: Cleaner,
    markup: str,
    base: Metadata,
    *,
    url: str | None,
    deadline: float | None,
    reference_date: Reference | None,
    body: str = "",
    visible: str | None = None,
    language: str | None = None,
) -> Metadata:
    """``base`` merged with the visible head's reading and given a publisher (module docstring);
    ``body`` is the extracted article text, whose first paragraph anchors the head; ``visible``
    is the page's visible text when the caller has it already (:func:`visible_text` of
    ``markup``), so that the page is not parsed twice; ``language`` is the page's, as the
    article's text gave it (the head is read in the article's language, not in the one its
    menus and labels suggest; None: detected on the head)."""
    lines = (visible_text(markup) if visible is None else visible).splitlines()
    head = head_window(lines, base.title, _first_paragraph(body))
    if head:
        head = titled(head, base.title)
        seen = cleaner.clean_text(
            head, url=url, language=language, deadline=deadline, reference_date=reference_date
        ).metadata
        base = merge_visible(base, seen, head, url=url, lines=lines)
    return site_publisher(base, lines, url)


def head_window(lines: list[str], title: str | None, paragraph: str | None = None) -> str:
    """The visible lines around the line that reads as ``title``, or "" when none does; when
    none reads exactly so, a line that prints ``title`` and the label rule ``title.label`` cut
    from it ("Thread - Page 3"). A title printed more than once (a menu, a teaser list, then the
    article) is taken where the article starts: its last occurrence before the body's first
    ``paragraph``."""
    if not title:
        return ""
    want = norm_text(title)  # once a page, not once a line
    size = len(want)
    # norm_text never lengthens an ASCII line (NFKC, case folding and the quote table leave its
    # characters as they are; only spaces go): a shorter one cannot read as the title, nor print
    # it with a label, and most visible lines (menu items, labels) are shorter. Tested in
    # tests/test_html_visible.py.
    normed = {i: norm_text(line) for i, line in enumerate(lines) if len(line) >= size or not line.isascii()}
    found = [i for i, line in normed.items() if line == want]
    if not found:  # a title without its label ("Thread - Page 3"): the line that prints both
        found = [i for i, line in normed.items() if prints_title(line, want)]
    if not found:
        return ""
    at = found[0]
    if paragraph is not None and len(found) > 1:
        start = next((i for i, line in enumerate(lines) if line.startswith(paragraph)), None)
        if start is not None:
            at = max((i for i in found if i < start), default=at)
    return "\n".join(lines[max(0, at - BEFORE) : at + AFTER])


def titled(head: str, title: str | None) -> str:
    """Rule ``head.title_line``: the visible ``head`` read as a scraped page is, the page's title
    on its first line (text mode's head reader finds the printed headline as the line below it
    that shares its words, and reads the head around that line; a window that starts with a
    menu item would make the menu item the title, and a date above the headline a date above
    nothing). A window that starts with the title already is left as it is: its title line is
    there, and a second one would stand above the headline as a head line of its own."""
    if not title or norm_text(head.split("\n", 1)[0]) == norm_text(title):
        return head
    return f"{title}\n{head}"


def _first_paragraph(body: str) -> str | None:
    """The start of the body's first line of prose (``MIN_PARAGRAPH_WORDS`` words or more)."""
    for line in body.splitlines():
        words = line.split()
        if len(words) >= MIN_PARAGRAPH_WORDS:
            return " ".join(words[:MIN_PARAGRAPH_WORDS])
    return None
