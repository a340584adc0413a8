"""html: what HTML mode decides outside the rule chain, registered so ``newsclean rules`` can
show it. Neither runs as a rule (no preset turns them on, and they yield nothing): HTML mode
applies them itself (newsclean.html)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from newsclean.analysis.page import Page
from newsclean.engine.ruler import rule
from newsclean.labels import Label


@rule("html.dom", Label.NAVIGATION, presets=())
def dom(page: Page, decided: Sequence[Label | None]) -> Iterable[int]:
    """What it removes: a line of the page's visible text that trafilatura left out of the
    article (menus, footers, sidebars, comment and share boxes), before any rule ran.

    Why: trafilatura reads the markup (block structure, link density, the page's own element
    names) and keeps the main text; newsclean's rules only see what it kept. The label comes
    from the innermost element around the line that names what it is: ``<nav>``, ``<header>``,
    ``<footer>``, ``<form>`` are navigation, ``<aside>`` related, a box whose class or id says
    comments, cookie, newsletter, ad, related, copyright or share gets that label; anything else
    is noise.
    Example: ``Home | World | Sport`` in ``<nav>`` (navigation), ``Accept cookies`` in
    ``<div class="cookie-banner">`` (noise).
    Keeps: nothing of its own (trafilatura decided); shown only with ``page_account=True``
    (``newsclean explain`` on HTML).
    """
    return ()


@rule("title.html", Label.TITLE, presets=())
def title(page: Page, decided: Sequence[Label | None]) -> Iterable[int]:
    """What it removes: the headline trafilatura repeats at the top of the article text.

    Why: the title is metadata (``Document.title``), not body; trafilatura keeps the page's
    ``<h1>`` as the article's first line.
    Example: ``Council keeps the old bridge open`` on the first line, the same words as the
    page's title.
    Keeps: a line further down, or one whose words differ from the title's; looks at the first
    five lines only.
    """
    return ()
