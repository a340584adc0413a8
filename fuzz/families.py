"""Input families: each draws one ``Case`` (data, format, url, encoding, content_type) from a
``random.Random``, so a case is reproducible from its seed and index alone.

The families are the ones the robustness issue names: random bytes and Unicode, mutated real
pages (bench and seed pages), legacy encodings, BOM and ``<meta charset>`` mismatches, UTF-16/32
without a BOM, deep HTML, long lines, many dates on a line; ``str`` and ``bytes``; every format.
Inputs stay small (a few KB) so that a million of them run in an hour on one core: what is
slow at scale is measured by benchmarks/scaling.py, not here.
"""

from __future__ import annotations

import base64
import codecs
import gzip
import json
import random
from collections.abc import Callable
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path
from typing import Any

BENCH = Path("/work/shared/bench")
SEEDS = Path("/work/shared/seeds")
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
_WINDOW = 4000

LEGACY = ("cp1251", "cp1252", "cp1250", "koi8_r", "shift_jis", "gb18030", "euc_kr", "big5", "iso8859_7",
          "cp1256", "utf_16_le", "utf_16_be", "utf_32_le", "utf_32_be", "utf_8", "latin_1")  # fmt: skip
LABELS = ("utf-8", "iso-8859-1", "latin1", "ascii", "windows-1251", "utf-7", "punycode", "undefined",
          "utf-16", "x-user-defined", "iso-2022-kr", "shift_jis", "gbk", "koi8-r", "", "base64",
          "rot13", "utf-32", "hz-gb-2312")  # fmt: skip
URLS = (None, None, None, "https://example.com/news/1", "http://[::1", "http://a:99999/", "ftp://x",
        "https://www.bbc.co.uk/news/x?y=1#z", "", "http://", "//host/path", "https://ex ample.com/",
        "http://[fe80::1%25eth0]/", "mailto:someone@example.com", "https://例え.jp/記事")  # fmt: skip
SNIPPETS = ("<meta charset=\"{label}\">",
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset={label}\">",
            "\ufeff", "\x00", "\r", "\r\n", "\u2028", "\x85", "12 March 2021, 14:05", "2021-03-12T10:00",
            "<div>" * 50, "</div>" * 50, "<script>var a = '</p>';</script>", "&amp;&#0;&#xD800;&#1114112;",
            "\ud800", "\udc00x", "Ã©Ã¨â€™", "<title>T\ud83d</title>", "<html>", "<p>", "</body>",
            "Related articles", "Comments (3)", "©", "\u200b\u202e", "<![CDATA[", "<!--",
            "<?xml version='1.0'?>")  # fmt: skip


@dataclass(frozen=True, slots=True)
class Case:
    """One input and the arguments it is cleaned with."""

    family: str
    data: str | bytes
    format: str = "auto"
    url: str | None = None
    encoding: str | None = None
    content_type: str | None = None

    def to_json(self) -> dict[str, Any]:
        """A JSON form that keeps bytes and lone surrogates exactly (for reproducers)."""
        out = asdict(self)
        if isinstance(self.data, bytes):
            out["data"] = {"bytes": base64.b64encode(self.data).decode("ascii")}
        else:
            out["data"] = {"utf16": base64.b64encode(self.data.encode("utf-16-le", "surrogatepass")).decode()}
        return out

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> Case:
        """The case :meth:`to_json` wrote."""
        data = raw["data"]
        if "bytes" in data:
            value: str | bytes = base64.b64decode(data["bytes"])
        else:
            value = base64.b64decode(data["utf16"]).decode("utf-16-le", "surrogatepass")
        return cls(**{**raw, "data": value})


@cache
def corpus() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(texts, html pages) to mutate: bench and seed pages where present, the repository's
    fixtures otherwise (CI has no /work/shared)."""
    texts: list[str] = []
    pages: list[str] = []
    for path in sorted(BENCH.glob("*.jsonl")) if BENCH.is_dir() else ():
        with path.open(encoding="utf-8") as fh:
            for n, line in enumerate(fh):
                if n >= 60:
                    break
                record = json.loads(line)
                if isinstance(record.get("text"), str):
                    texts.append(record["text"])
                packed = record.get("html_gz_b64")
                if isinstance(packed, str):
                    pages.append(gzip.decompress(base64.b64decode(packed)).decode("utf-8", "replace"))
    for path in sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else ():
        texts.append(path.read_text(encoding="utf-8"))
    for path in sorted(FIXTURES.rglob("*")):
        if path.suffix in (".txt", ".html", ".htm") and path.is_file():
            content = path.read_text(encoding="utf-8", errors="replace")
            (pages if path.suffix != ".txt" else texts).append(content)
    return tuple(texts) or ("Headline\n\nA sentence of an article.",), tuple(pages) or ("<p>x</p>",)


def _window(rng: random.Random, text: str) -> str:
    if len(text) <= _WINDOW:
        return text
    start = rng.randrange(len(text) - _WINDOW)
    return text[start : start + rng.randrange(200, _WINDOW)]


def _mutate(rng: random.Random, text: str) -> str:
    chars = list(text)
    for _ in range(rng.randrange(1, 8)):
        op = rng.randrange(6)
        at = rng.randrange(len(chars) + 1)
        if op == 0 and chars:  # delete a span
            del chars[at : at + rng.randrange(1, 200)]
        elif op == 1:  # insert a snippet
            label = rng.choice(LABELS)
            chars[at:at] = rng.choice(SNIPPETS).replace("{label}", label)
        elif op == 2 and chars:  # duplicate a span
            span = chars[at : at + rng.randrange(1, 300)]
            chars[at:at] = span * rng.randrange(1, 4)
        elif op == 3:  # random code points
            chars[at:at] = [_codepoint(rng) for _ in range(rng.randrange(1, 20))]
        elif op == 4 and chars:  # join lines
            chars = [" " if c == "\n" and rng.random() < 0.5 else c for c in chars]
        else:  # split into short lines
            chars[at:at] = list("\n".join("ab"[rng.randrange(2)] for _ in range(rng.randrange(1, 50))))
    return "".join(chars)


def _codepoint(rng: random.Random) -> str:
    ranges = ((0, 0x20), (0x20, 0x7F), (0x80, 0x100), (0x100, 0x800), (0x800, 0xD800), (0xD800, 0xE000),
              (0xE000, 0x10000), (0x10000, 0x110000), (0x2000, 0x2070), (0xFFF0, 0x10000))  # fmt: skip
    lo, hi = rng.choice(ranges)
    return chr(rng.randrange(lo, hi))


def random_bytes(rng: random.Random) -> Case:
    """Bytes of any value, sometimes behind a BOM or an HTML prefix."""
    data = rng.randbytes(rng.randrange(0, 600))
    prefix = rng.choice((b"", b"", codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF32_BE, b"<html><p>"))
    return Case("random-bytes", prefix + data, rng.choice(("auto", "text", "html")))


def random_unicode(rng: random.Random) -> Case:
    """Code points of every plane, lone surrogates and controls included, as str or UTF-8 bytes."""
    text = "".join(_codepoint(rng) for _ in range(rng.randrange(0, 400)))
    data: str | bytes = text if rng.random() < 0.7 else text.encode("utf-8", "surrogatepass")
    return Case("random-unicode", data, rng.choice(("auto", "text", "html")))


def mutated_page(rng: random.Random) -> Case:
    """A window of a real text or HTML page with deletions, insertions and snippets."""
    texts, pages = corpus()
    html = rng.random() < 0.35
    source = _window(rng, rng.choice(pages if html else texts))
    text = _mutate(rng, source)
    data: str | bytes = text if rng.random() < 0.5 else text.encode("utf-8", "surrogatepass")
    return Case(
        "mutated-page",
        data,
        rng.choice(("auto", "auto", "text", "html")),
        url=rng.choice(URLS),
        content_type=rng.choice((None, None, None, f"text/html; charset={rng.choice(LABELS)}", "text/plain")),
    )


def legacy_encoding(rng: random.Random) -> Case:
    """A real page in a legacy or BOM-less UTF-16/32 encoding, declared right, wrong or not at all."""
    texts, pages = corpus()
    source = _window(rng, rng.choice(texts + pages))
    encoding = rng.choice(LEGACY)
    declared = rng.choice(
        ("", "", f'<meta charset="{rng.choice(LABELS)}">\n', f'<meta charset="{encoding}">\n')
    )
    data = (declared + source).encode(encoding, errors="replace")
    if rng.random() < 0.2:
        data = rng.choice((codecs.BOM_UTF8, codecs.BOM_UTF16_BE, codecs.BOM_UTF16_LE)) + data
    caller = rng.choice((None,) * 8 + ("utf-8", encoding, "latin-1", "utf-7", "base64", "nonsense"))
    return Case("legacy-encoding", data, rng.choice(("auto", "text", "html")), encoding=caller)


def deep_html(rng: random.Random) -> Case:
    """Markup nested deep, closed or not, around a real paragraph."""
    texts, _pages = corpus()
    depth = rng.randrange(10, 3000)
    tag = rng.choice(("div", "span", "p", "table", "li", "b"))
    inner = _window(rng, rng.choice(texts))[:500]
    closing = f"</{tag}>" * depth if rng.random() < 0.7 else ""
    page = f"<html><body>{f'<{tag}>' * depth}{inner}{closing}</body></html>"
    return Case("deep-html", page, rng.choice(("auto", "html", "text")))


def long_line(rng: random.Random) -> Case:
    """One long line: real words, or a run of one character, or dates."""
    texts, _pages = corpus()
    kind = rng.randrange(3)
    if kind == 0:
        line = _window(rng, rng.choice(texts)).replace("\n", " ") * rng.randrange(1, 6)
    elif kind == 1:
        line = rng.choice("a.-=|<>\u00e9\u0434 ") * rng.randrange(1000, 30000)
    else:
        line = ", ".join(rng.choice(("12 March 2021", "2021-03-12", "March 12, 2021", "12.03.2021 10:45"))
                         for _ in range(rng.randrange(10, 600)))  # fmt: skip
    return Case("long-line", line, rng.choice(("auto", "text", "html")))


FAMILIES: dict[str, Callable[[random.Random], Case]] = {
    "random-bytes": random_bytes,
    "random-unicode": random_unicode,
    "mutated-page": mutated_page,
    "legacy-encoding": legacy_encoding,
    "deep-html": deep_html,
    "long-line": long_line,
}
# How often each family is drawn (mutated pages, the most realistic, most often).
WEIGHTS = {
    "random-bytes": 2,
    "random-unicode": 2,
    "mutated-page": 5,
    "legacy-encoding": 3,
    "deep-html": 1,
    "long-line": 1,
}


def draw(seed: int, index: int) -> Case:
    """Case number ``index`` of the campaign seeded with ``seed``."""
    rng = random.Random(seed * 1_000_003 + index)
    family = rng.choices(list(WEIGHTS), weights=list(WEIGHTS.values()))[0]
    return FAMILIES[family](rng)
