"""The arguments of ``clean()`` checked at the door: a wrong type is an :class:`InputError`, a
malformed value that a crawler routinely produces (a broken URL) is dropped with a warning.

Checking here, once, keeps deep code from failing with a bare ``TypeError`` or ``urllib``'s
``ValueError`` on a page that is otherwise fine.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from newsclean.errors import InputError

FORMATS = ("auto", "text", "html")


def checked_url(url: object, warnings: list[str]) -> str | None:
    """``url`` if it parses with a host; None (with a warning) when it is malformed."""
    if url is None:
        return None
    if not isinstance(url, str):
        raise InputError(f"url must be a string or None, not {type(url).__name__}")
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018  (raises ValueError for an out-of-range or non-numeric port)
    except ValueError as exc:
        warnings.append(f"ignored the malformed url {url[:200]!r} ({exc})")
        return None
    return url


def url_host(url: str | None) -> str | None:
    """The host of a URL that passed :func:`checked_url` (None without one)."""
    if not url:
        return None
    try:
        return urlsplit(url).hostname
    except ValueError:
        return None


def checked_options(*, format: object, language: object, encoding: object, content_type: object) -> None:
    """Raise :class:`InputError` for an option of the wrong type or an unknown format."""
    if not isinstance(format, str) or format not in FORMATS:
        raise InputError(f"unknown format {format!r}; use 'auto', 'text' or 'html'")
    for name, value in (("language", language), ("encoding", encoding), ("content_type", content_type)):
        if value is not None and not isinstance(value, str):
            raise InputError(f"{name} must be a string or None, not {type(value).__name__}")


def content_type_format(content_type: str | None) -> str | None:
    """``"html"`` or ``"text"`` when an HTTP ``Content-Type`` value says which; None otherwise."""
    if not content_type:
        return None
    media = content_type.split(";", 1)[0].strip().lower()
    if media in ("text/html", "application/xhtml+xml"):
        return "html"
    if media == "text/plain":
        return "text"
    return None
