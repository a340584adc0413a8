"""Every miss of one metadata field, classed, with the head of the page's text: what to fix next.

A miss is one of three kinds:

- ``absent``: the gold value is in no line of the text (a date in no format the text prints, an
  author only a meta tag names): the ceiling, no text-mode rule can reach it;
- ``none``: the gold is in the text, nothing was returned;
- ``wrong``: the gold is in the text, something else was returned.

Each miss prints gold, answer, provenance, the lines holding the gold value (``>>``) and the
first ``--lines`` lines of the text; the counts per kind come last::

    python -m benchmarks.meta_misses /work/shared/bench/wcxb.dev.jsonl --field author --kind none
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import regex

from benchmarks.data import SPLITS, BenchDoc, iter_bench
from benchmarks.metric import meta_match, normalize_meta, normalize_text
from benchmarks.systems import SYSTEMS

KINDS = ("absent", "none", "wrong")
_MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
)  # fmt: skip


def date_patterns(iso: str) -> list[regex.Pattern[str]]:
    """Ways an English page prints the day ``iso`` (YYYY-MM-DD...): numeric in both orders and
    year first, month names and their three-letter forms, with or without ordinals."""
    year, month, day = iso[:4], int(iso[5:7]), int(iso[8:10])
    name = _MONTHS[month - 1]
    mon = f"(?:{name}|{name[:3]})\\w*\\.?"
    d = f"0?{day}(?:st|nd|rd|th)?"
    m = f"0?{month}"
    forms = [
        rf"(?<!\d){year}\D{m}\D0?{day}(?!\d)",
        rf"(?<!\d){d}\D{m}\D{year}",
        rf"(?<!\d){m}\D0?{day}\D{year}",
        rf"(?<!\d){d}\s+{mon},?\s+{year}",
        rf"{mon}\s+{d},?\s+{year}",
    ]
    return [regex.compile(form, regex.I) for form in forms]


def gold_lines(field: str, gold: str, lines: Sequence[str]) -> list[int]:
    """Indexes of the lines that hold the gold value (a date in any of ``date_patterns``)."""
    if field == "date":
        patterns = date_patterns(gold)
        return [i for i, line in enumerate(lines) if any(p.search(line) for p in patterns)]
    wanted = normalize_meta(field, gold) or ""
    return [i for i, line in enumerate(lines) if wanted and wanted in normalize_text(line)]


def classify(field: str, gold: str, predicted: str | None, lines: Sequence[str]) -> str | None:
    """The kind of miss (``KINDS``), or None when the answer matches."""
    if meta_match(field, gold, predicted):
        return None
    if not gold_lines(field, gold, lines):
        return "absent"
    return "none" if normalize_meta(field, predicted) is None else "wrong"


def report(docs: Sequence[BenchDoc], system: str, field: str, kind: str | None, lines: int) -> str:
    """The misses of ``field`` by ``system`` on ``docs`` (of one ``kind``, or all), and the counts."""
    adapter = SYSTEMS[system].load()
    out: list[str] = []
    counts: Counter[str] = Counter()
    for doc in docs:
        gold = doc.gold_meta.get(field)
        if not gold:
            continue
        predicted = adapter(doc).meta.get(field)
        text_lines = doc.text.split("\n")
        found = classify(field, gold, predicted, text_lines)
        if found is None:
            continue
        counts[found] += 1
        if kind is not None and found != kind:
            continue
        where = gold_lines(field, gold, text_lines)
        out.append(
            f"=== {doc.id} [{found}] {doc.page_type or ''} gold={gold!r} answer={predicted!r} at={where[:6]}"
        )
        out.extend(
            f"{'>>' if i in where else '  '}{i:4d} {line[:150]}" for i, line in enumerate(text_lines[:lines])
        )
    scored = sum(1 for doc in docs if doc.gold_meta.get(field))
    out.append(f"{field}: {scored} pages with gold, misses " + ", ".join(f"{k} {counts[k]}" for k in KINDS))
    return "\n".join(out)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.meta_misses", description=__doc__.split("\n")[0]
    )
    parser.add_argument("file", type=Path, help="a bench .jsonl file with metadata gold")
    parser.add_argument("--field", default="author", choices=("title", "author", "date", "sitename", "lang"))
    parser.add_argument("--kind", choices=KINDS, help="list only misses of this kind (counts cover all)")
    parser.add_argument("--system", default="newsclean-text", choices=list(SYSTEMS))
    parser.add_argument("--split", default="all", choices=SPLITS)
    parser.add_argument("--lines", type=int, default=40, help="lines of each page's text to show")
    args = parser.parse_args(argv)
    docs = list(iter_bench(args.file, args.split))
    print(report(docs, args.system, args.field, args.kind, args.lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
