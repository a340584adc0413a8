"""How much of the gold's structure newsclean's Markdown keeps: list items and headings.

    python -m benchmarks.structure FILE.jsonl [--mode html|text] [--split dev|holdout|all]

WCXB's gold bodies are Markdown-like: list items keep their "- " or "1. " marker, and
headings stand as short paragraphs of their own. For every page whose gold has such an
element, this counts the share of them that ``Document.markdown`` marks the same way:

- a gold list item is found when a Markdown list item ("- ", "* ", "+ ", "N. ") has the
  same words;
- a gold heading (a paragraph of at most 12 words, not ending like a sentence and not a list
  item, with a paragraph of 12 words or more right under it) is found when a Markdown heading
  ("#" to "######") has the same words.

Scores are over elements (all pages pooled), with how many pages had one.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

import regex

from benchmarks.data import SPLITS, load_bench, select_split

_ITEM = regex.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+(.*)$")
_HEADING = regex.compile(r"^#{1,6}\s+(.*)$")
_WORD = regex.compile(r"\w+")
_HEADING_MAX_WORDS = 12
_PARAGRAPH_MIN_WORDS = 12
_SENTENCE_END = (".", "!", "?", ":", ";", ",", "…")


def _key(text: str) -> str:
    return " ".join(_WORD.findall(text.casefold()))


def gold_items(gold: str) -> list[str]:
    """The words of every list item of the gold."""
    return [_key(m.group(1)) for line in gold.splitlines() if (m := _ITEM.match(line))]


def gold_headings(gold: str) -> list[str]:
    """The words of every heading-shaped paragraph of the gold (see the module docstring)."""
    paragraphs = [p.strip() for p in regex.split(r"\n\s*\n", gold) if p.strip()]
    found = []
    for paragraph, following in itertools.pairwise(paragraphs):
        words = len(_WORD.findall(paragraph))
        if (
            "\n" not in paragraph
            and 0 < words <= _HEADING_MAX_WORDS
            and not paragraph.endswith(_SENTENCE_END)
            and not _ITEM.match(paragraph)
            and not _HEADING.match(paragraph)
            and len(_WORD.findall(following.split("\n")[0])) >= _PARAGRAPH_MIN_WORDS
        ):
            found.append(_key(paragraph))
    return found


def marked(markdown: str, pattern: regex.Pattern[str]) -> set[str]:
    """The words of every Markdown line that ``pattern`` (item or heading) matches."""
    return {_key(m.group(1)) for line in markdown.splitlines() if (m := pattern.match(line))}


def share(pairs: Iterable[tuple[list[str], set[str]]]) -> tuple[float | None, int, int]:
    """Share of gold elements found, over all pages; plus elements and pages counted."""
    found = total = pages = 0
    for gold, have in pairs:
        if gold:
            pages += 1
            total += len(gold)
            found += sum(element in have for element in gold)
    return (found / total if total else None), total, pages


def main(argv: Sequence[str] | None = None) -> int:
    """Print the list-item and heading shares for each file."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.structure", description=__doc__)
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--mode", choices=("html", "text"), default="html")
    parser.add_argument("--split", choices=SPLITS, default="all")
    args = parser.parse_args(argv)
    import newsclean

    cleaner = newsclean.Cleaner(time_budget=None)
    for path in args.files:
        docs = select_split(load_bench(path), args.split)
        items, headings = [], []
        for doc in docs:
            if args.mode == "html":
                markdown = cleaner.clean(doc.page, format="html", url=doc.url).markdown
            else:
                markdown = cleaner.clean(doc.text, format="text").markdown
            items.append((gold_items(doc.gold), marked(markdown, _ITEM)))
            headings.append((gold_headings(doc.gold), marked(markdown, _HEADING)))
        for name, pairs in (("list items", items), ("headings", headings)):
            rate, total, pages = share(pairs)
            cell = "-" if rate is None else f"{rate:.3f}"
            print(f"{path.name} ({args.mode}, {args.split}): {name} found {cell} of {total} on {pages} pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
