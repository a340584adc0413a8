"""Bench files (/work/shared/bench/*.jsonl) -> documents decoded once, before anything is timed."""

from __future__ import annotations

import base64
import codecs
import gzip
import hashlib
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import charset_normalizer
import regex

from benchmarks.metric import META_FIELDS

SPLITS = ("all", "dev", "holdout")
HOLDOUT_MODULUS = 5

# UTF-32 LE's BOM starts with UTF-16 LE's, so it is tried first.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_DECLARED = regex.compile(rb"""<meta\b[^>]{0,300}?charset\s*=\s*["']?\s*([\w.:-]{2,40})""", regex.I)
_DECLARED_WINDOW = 8192


@dataclass(frozen=True, slots=True)
class BenchDoc:
    """One bench page with both inputs ready: raw bytes, decoded HTML and the TEXT-mode text."""

    id: str
    url: str | None
    page: bytes
    html: str
    text: str
    gold: str
    gold_meta: dict[str, str]
    page_type: str | None = None

    @property
    def text_bytes(self) -> int:
        """Size of the TEXT-mode input in UTF-8, for MB/s of systems that read ``text``."""
        return len(self.text.encode("utf-8"))


def decode_page(data: bytes) -> str:
    """Decode page bytes the way the bench README specifies, so every system sees the same text.

    Order: byte-order mark, strict UTF-8, the charset the page declares (a page declaring
    UTF-8 with broken bytes gets replacement characters), charset_normalizer's guess, and
    UTF-8 with replacement characters when nothing fits.
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data.decode(name, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _DECLARED.search(data[:_DECLARED_WINDOW])
    if declared is not None:
        name = declared.group(1).decode("ascii", errors="replace")
        try:
            if codecs.lookup(name).name == "utf-8":
                return data.decode("utf-8", errors="replace")
            return data.decode(name)
        except (LookupError, UnicodeDecodeError):
            pass
    best = charset_normalizer.from_bytes(data).best()
    if best is not None:
        return str(best)
    return data.decode("utf-8", errors="replace")


def in_holdout(doc_id: str) -> bool:
    """Deterministic held-out fifth: stable across runs, machines and file order."""
    return int(hashlib.sha1(doc_id.encode("utf-8")).hexdigest(), 16) % HOLDOUT_MODULUS == 0


def select_split(docs: Sequence[BenchDoc], split: str) -> list[BenchDoc]:
    """Documents of ``split``: "holdout" (see ``in_holdout``), "dev" (the rest) or "all"."""
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}; expected one of {', '.join(SPLITS)}")
    if split == "all":
        return list(docs)
    want_holdout = split == "holdout"
    return [doc for doc in docs if in_holdout(doc.id) == want_holdout]


def iter_bench(path: Path, split: str = "all") -> Iterator[BenchDoc]:
    """Bench documents of ``split``, one JSONL line at a time (WCXB's file is 85 MB: rows are
    parsed one by one, and a row outside the split is dropped before its page is ungzipped)."""
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}; expected one of {', '.join(SPLITS)}")
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            row = json.loads(line)
            if split != "all" and in_holdout(row["id"]) != (split == "holdout"):
                continue
            yield _bench_doc(row)


def _bench_doc(row: dict[str, Any]) -> BenchDoc:
    page = gzip.decompress(base64.b64decode(row["html_gz_b64"]))
    gold_meta = row.get("gold_meta") or {}
    page_type = gold_meta.get("page_type")
    return BenchDoc(
        id=row["id"],
        url=row.get("url"),
        page=page,
        html=decode_page(page),
        text=row["text"],
        gold=row["gold"],
        gold_meta={field: value for field in META_FIELDS if isinstance(value := gold_meta.get(field), str)},
        page_type=page_type if isinstance(page_type, str) else None,
    )


def load_bench(path: Path, split: str = "all") -> list[BenchDoc]:
    """Read a bench JSONL file, ungzipping and decoding the pages of ``split`` up front (so that
    nothing of it is timed)."""
    return list(iter_bench(path, split))
