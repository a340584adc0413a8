"""noise: lines that carry nothing: stray symbols, lone characters, cookie and script notices."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from newsclean.labels import Label
from newsclean.page import Page
from newsclean.phrases import Mode
from newsclean.ruler import rule


@rule("noise.symbol", Label.NOISE, presets=("default", "conservative"))
def symbol(page: Page, decided: Sequence[Label | None]) -> Iterable[int]:
    """What it removes: lines with no letters and no digits, or a single character.

    Why: separators ("-", "***", "•"), icon glyphs and stray one-character lines are what a
    scraper leaves where an image, a button or a rule was. They never carry article text.
    Example: ``-``, ``|``, ``»``, ``X``.
    Keeps: lines with a word or a number in them (``1.``, ``5G``).
    """
    for i, f in enumerate(page.features):
        if not f.blank and (f.letters + f.digits == 0 or f.chars == 1):
            yield i


@rule("noise.cookie", Label.NOISE, phrases=("noise.cookie",))
def cookie(page: Page, decided: Sequence[Label | None]) -> Iterable[int]:
    """What it removes: cookie banners, "enable JavaScript" and ad-blocker notices.

    Why: consent and browser notices sit on every page of a site and say nothing of the article.
    Example: ``We use cookies to improve your experience. Accept all``.
    Keeps: prose inside the article core that mentions cookies (a recipe, a privacy story).
    """
    for i in page.matching("noise.cookie", Mode.CONTAINS, max_words=40):
        if not page.in_core(i) or not page.body_like(i):
            yield i
