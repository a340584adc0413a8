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
from newsclean.html.headline import same_text
from newsclean.metadata.merge import merge_visible, site_publisher
from newsclean.metadata.relative import Reference
from newsclean.model import Metadata

if TYPE_CHECKING:
    from newsclean.pipeline import Cleaner

#: Lines of the visible text read above and below the headline: kickers and section names sit
#: above it; byline, date and standfirst below, sometimes after a share bar and a lead image.
BEFORE = 5
AFTER = 40


def page_metadata(
    cleaner: Cleaner,
    markup: str,
    base: Metadata,
    *,
    url: str | None,
    deadline: float | None,
    reference_date: Reference | None,
) -> Metadata:
    """``base`` merged with the visible head's reading and given a publisher (module docstring)."""
    lines = visible_text(markup).splitlines()
    head = head_window(lines, base.title)
    if head:
        seen = cleaner.clean_text(head, url=url, deadline=deadline, reference_date=reference_date).metadata
        base = merge_visible(base, seen, head, url=url)
    return site_publisher(base, lines, url)


def head_window(lines: list[str], title: str | None) -> str:
    """The visible lines around the first one that reads as ``title``, or "" when none does."""
    if not title:
        return ""
    for i, line in enumerate(lines):
        if same_text(line, title):
            return "\n".join(lines[max(0, i - BEFORE) : i + AFTER])
    return ""
