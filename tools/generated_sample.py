"""A fixed, repeatable sample of generated pages, shared by the measuring tools in this folder."""

from __future__ import annotations

from collections.abc import Iterable

from hypothesis import HealthCheck, Phase, given, seed, settings

from newsclean.strategies import GeneratedPage, pages

DEFAULT_SEED = 20260301


def distinct_pages(
    n: int, seed_value: int = DEFAULT_SEED, languages: Iterable[str] | None = None
) -> list[GeneratedPage]:
    """``n`` distinct pages (single articles and feeds) drawn with a fixed seed, without shrinking.

    Hypothesis' generator also mutates pages it drew before, so some draws repeat: repeats (same
    source text) are skipped, and up to twice ``n`` draws are made to find ``n`` distinct pages.
    Hypothesis also mixes literals from the code under test into its draws, so a code change
    can change the sample: compare two versions on one stored sample, not on two draws.
    """
    found: list[GeneratedPage] = []
    seen: set[str] = set()

    @seed(seed_value)
    @settings(
        max_examples=2 * n,
        database=None,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(pages(feed=None, languages=tuple(languages) if languages is not None else None))
    def draw(page: GeneratedPage) -> None:
        if len(found) < n and page.source_text not in seen:
            seen.add(page.source_text)
            found.append(page)

    if n > 0:
        draw()
    return found
