"""Stage 1: bytes -> str. BOM, then a declared charset, then strict UTF-8, then charset-normalizer.

The decision is recorded (``Decoded.decided_by``) so a wrong guess can be traced and overridden.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

import charset_normalizer
import regex

from newsclean.errors import DecodeError

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# <meta charset="..."> or http-equiv content="...; charset=..." in the first few KB of HTML.
_DECLARED = regex.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", regex.I)
_DECLARED_WINDOW = 4096
# Share of U+FFFD or C0 controls above which a decoding is considered garbage.
_GARBAGE_SHARE = 0.3


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text and the evidence that chose its encoding."""

    text: str
    encoding: str
    decided_by: str  # "bom" | "declared" | "utf-8" | "charset-normalizer" | "replacement" | "caller"
    warnings: tuple[str, ...] = ()


def decode(data: bytes, *, encoding: str | None = None) -> Decoded:
    """Decode page bytes, trying the most reliable evidence first.

    Order: an encoding given by the caller, a byte-order mark, a charset declared in the
    page, strict UTF-8, charset-normalizer's best guess, and finally UTF-8 with replacement
    characters (with a warning), so that something is always returned for non-empty input.
    """
    if encoding:
        try:
            return Decoded(data.decode(encoding), encoding, "caller")
        except (LookupError, UnicodeDecodeError) as exc:
            raise DecodeError(
                f"the bytes are not valid {encoding!r} ({exc}). "
                "Leave the encoding out to let newsclean guess it."
            ) from exc
    for bom, name in _BOMS:
        if data.startswith(bom):
            return Decoded(data.decode(name, errors="replace"), name, "bom")
    declared = _declared_charset(data)
    if declared is not None:
        try:
            return Decoded(data.decode(declared), declared, "declared")
        except UnicodeDecodeError:
            if declared.replace("_", "-").lower() in {"utf-8", "utf8"}:
                text = data.decode("utf-8", errors="replace")
                return Decoded(
                    text,
                    "utf-8",
                    "declared",
                    ("page declares UTF-8 but has invalid bytes; replaced",),
                )
        except LookupError:
            pass
    try:
        return Decoded(data.decode("utf-8"), "utf-8", "utf-8")
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data).best()
    if best is not None and best.encoding:
        text = str(best)
        if not _looks_like_garbage(text):
            return Decoded(
                text, best.encoding, "charset-normalizer", (f"encoding guessed as {best.encoding}",)
            )
    text = data.decode("utf-8", errors="replace")
    return Decoded(
        text,
        "utf-8",
        "replacement",
        ("no encoding fits the bytes; invalid bytes replaced with U+FFFD",),
    )


def _declared_charset(data: bytes) -> str | None:
    match = _DECLARED.search(data[:_DECLARED_WINDOW])
    if match is None:
        return None
    name = match.group(1).decode("ascii", errors="ignore").strip().lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _looks_like_garbage(text: str) -> bool:
    if not text:
        return False
    bad = sum(1 for ch in text if ch == "\ufffd" or (ord(ch) < 32 and ch not in "\n\r\t"))
    return bad / len(text) > _GARBAGE_SHARE
