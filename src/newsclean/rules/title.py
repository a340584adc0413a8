"""title: the article's headline, found even when the page text starts with site chrome."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from newsclean import dates
from newsclean.labels import Label
from newsclean.page import Page
from newsclean.ruler import rule
from newsclean.rules._zones import HEAD_LINES, article_start


def choose_title(page: Page, first: int, core_start: int) -> int | None:
    """The line most likely to be the headline of the article whose core starts at ``core_start``.

    Candidates are headline-shaped lines in the few lines above the core. A candidate that the
    page's first line (the HTML ``<title>``, when a scraper kept it) contains, or that is
    printed twice, wins; otherwise the one nearest the core.
    """
    first_line = page.features[first].text.casefold() if page.features else ""
    best: tuple[float, int] | None = None
    lo = max(first, core_start - HEAD_LINES)
    for i in range(core_start - 1, lo - 1, -1):
        f = page.features[i]
        if f.blank or i in page.boilerplate_hits or i in page.section_lines or not page.headline_like(i):
            continue
        if f.words < 3 or dates.find_dates(f.text):
            continue
        score = -0.15 * (core_start - i)
        folded = f.text.casefold()
        if i != first and folded in first_line:
            score += 3.0
        if f.repeats > 1:
            score += 1.0
        if f.words >= 5:
            score += 0.5
        if best is None or score > best[0]:
            best = (score, i)
    return best[1] if best else None


@rule("title.heading", Label.TITLE)
def heading(page: Page, decided: Sequence[Label | None]) -> Iterable[int]:
    """What it removes: the article's headline from the body (kept as ``title``).

    Why: the headline is metadata, not body text; it sits just above the article's core,
    after menus and before the byline and dateline.
    Example: ``Kazakhstan says it won't recognize referendums in eastern Ukraine`` above the story.
    Keeps: subheadings inside the core; feed headlines (``feed.title`` takes those).
    """
    heads = set(page.feed_headers)
    for (first, _last), core in zip(page.segments, page.cores, strict=True):
        if core is None or first in heads:
            continue
        i = choose_title(page, first, article_start(page, core))
        if i is not None and decided[i] is None:
            yield i
