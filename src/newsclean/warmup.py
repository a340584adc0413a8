"""Imports and models loaded once per process, before the first page's time budget starts.

The first HTML page would otherwise pay for importing trafilatura and for dateparser's locale
tables (5-13 s measured on a loaded machine, when htmldate first needs dateparser), and the
first text page for the language model: time charged to a page that has nothing to do with it,
so small pages went over budget cold.
"""

from __future__ import annotations

from functools import cache


def warm_up(*, html: bool) -> None:
    """Load what text mode needs and, with ``html``, what HTML mode needs (each once)."""
    _text()
    if html:
        _html()


@cache
def _text() -> None:
    from newsclean.text.dates import find_dates
    from newsclean.text.language import preload

    preload()
    find_dates("12 March 2021")  # compiles the date patterns and reads the month names


@cache
def _html() -> None:
    import trafilatura  # noqa: F401  (the import is the point)
    from htmldate import extractors

    extractors.get_external_parser().get_date_data("12 March 2021")
    extractors.month_words()
