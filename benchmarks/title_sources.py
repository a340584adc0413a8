"""Where each gold title of a bench file comes from, and how many a text-only extractor can reach.

Readability's gold title is its own output: the page's ``og:title`` (or ``twitter:title``,
``dc:title``) when there is one, else its cleaning of ``<title>``. In TEXT mode only the page's
visible text is given, so a gold title that is not a line of the text, nor a part of a line cut at
a title separator (``|``, ``-``, ``–``, ``—``, ``:``, ``·``...), cannot be produced by any rule.
This prints, per document, the gold title's origin and newsclean's answer, then the ceiling::

    python -m benchmarks.title_sources /work/shared/bench/readability.dev.jsonl
"""

from __future__ import annotations

import argparse
from pathlib import Path

import lxml.html
import regex

import newsclean
from benchmarks.data import BenchDoc, load_bench
from benchmarks.metric import normalize_meta

_META_TITLES = ("og:title", "twitter:title", "dc:title")
_SEPARATOR = regex.compile(r"(\s+[|\-–—:·•»/\\>]+\s+|:\s+|\s*::\s*)")


def meta_title(html: str) -> str | None:
    """The first og:title / twitter:title / dc:title of the page, None when it has none."""
    try:
        tree = lxml.html.fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return None
    for name in _META_TITLES:
        for node in tree.xpath(f'//meta[@property="{name}" or @name="{name}"]'):
            content = node.get("content")
            if content and content.strip():
                return str(content)
    return None


def _norm(value: str | None) -> str | None:
    return normalize_meta("title", value)


def derivable(gold: str, text: str) -> str | None:
    """How the gold title can be read from the text: ``line``, ``cut`` (a run of separator-split
    parts of a line), or None."""
    want = _norm(gold)
    lines = [line for line in text.splitlines() if line.strip()]
    if any(_norm(line) == want for line in lines):
        return "line"
    for line in lines:
        pieces = _SEPARATOR.split(line)  # part, separator, part, ...: parts at even indices
        for start in range(0, len(pieces), 2):
            for end in range(start, len(pieces), 2):
                if _norm("".join(pieces[start : end + 1])) == want:
                    return "cut"
    return None


def report(docs: list[BenchDoc]) -> tuple[int, int, int]:
    """Print one row per document with a gold title; return (documents, reachable, right)."""
    total = reachable = right = 0
    for doc in docs:
        gold = doc.gold_meta.get("title")
        if not gold:
            continue
        total += 1
        how = derivable(gold, doc.text)
        origin = "og" if _norm(meta_title(doc.html)) == _norm(gold) else "-"
        ours = newsclean.clean(doc.text, format="text").metadata.title
        hit = _norm(ours) == _norm(gold)
        reachable += how is not None
        right += hit
        mark = "ok " if hit else "-- "
        print(f"{mark}{doc.id:28} meta:{origin:3} text:{how or 'none':5}", end=" ")
        print(f"gold={gold[:60]!r} ours={(ours or '')[:60]!r}")
    return total, reachable, right


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    args = parser.parse_args()
    for path in args.files:
        total, reachable, right = report(load_bench(path))
        print(
            f"\n{path.name}: {total} gold titles; {reachable} derivable from the text "
            f"(ceiling {reachable / max(total, 1):.3f}); newsclean text mode right on {right} "
            f"({right / max(total, 1):.3f})"
        )


if __name__ == "__main__":
    main()
