"""HTML mode (placeholder until the HTML issue lands): not yet implemented."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsclean.errors import InputError

if TYPE_CHECKING:
    from newsclean.model import Document
    from newsclean.pipeline import Cleaner


def clean_html(
    cleaner: Cleaner,
    data: str | bytes,
    *,
    url: str | None,
    language: str | None,
    encoding: str | None,
    deadline: float | None,
) -> Document:
    """Extract the article from HTML with trafilatura, then run newsclean's rules on it."""
    raise InputError("HTML mode is not available yet; pass format='text' with the page's text")
