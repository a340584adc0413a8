"""Check a `newsclean batch` output against its input, record for record.

For a corpus written by ``benchmarks.make_corpus`` (with its ``.kinds`` sidecar) this checks that the
output has exactly one record per input line, in order; that every bad record carries an ``error``
(and its ``id`` when the input had a readable one); and that every good record equals what a
single-document ``newsclean.clean()`` call gives for the same text and URL (clean text and the
``newsclean`` field), recomputed here independently of the batch code.

    python -m benchmarks.check_batch /tmp/corpus.jsonl /tmp/out.jsonl --workers 2  # batch run --no-lines
    python -m benchmarks.check_batch /tmp/corpus.jsonl /tmp/out.jsonl --compare other.jsonl

``--compare`` also checks that two outputs (e.g. an interrupted-and-resumed run and an
uninterrupted one) are byte-identical line for line. Exit status 1 on the first kind of mismatch,
with the offending line numbers.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections import Counter
from collections.abc import Iterator
from multiprocessing import Pool
from pathlib import Path
from typing import Any

import newsclean

_CHUNK = 64


def expected(record: dict[str, Any]) -> dict[str, Any]:
    """The output record a single ``clean()`` call implies for a good input record."""
    doc = newsclean.clean(record["text"], url=record.get("url"))
    meta = doc.to_dict(lines=False)
    del meta["text"]
    for article in meta["articles"]:
        del article["lines"]
    return {**record, "text": doc.text, "newsclean": meta}


def check_chunk(rows: list[tuple[int, str, bytes, bytes]]) -> list[str]:
    """Problems found in a run of (line number, kind, input line, output line)."""
    problems = []
    for n, kind, raw, out in rows:
        got = json.loads(out)
        if kind == "good":
            # Round-trip through JSON as the batch output did, so tuples and lists compare equal.
            want = json.loads(json.dumps(expected(json.loads(raw)), ensure_ascii=False))
            if got != want:
                problems.append(f"line {n}: good record differs from clean()")
        elif "error" not in got or "newsclean" in got:
            problems.append(f"line {n}: {kind} record has no error field")
        elif kind in ("no_text", "non_string", "oversize") and got.get("id") != json.loads(raw).get("id"):
            problems.append(f"line {n}: {kind} error record lost its id")
    return problems


def _kinds(corpus: Path) -> Path:
    return corpus.with_name(corpus.name + ".kinds")


def _count(path: Path) -> int:
    with path.open("rb") as f:
        return sum(1 for _ in f)


def _rows(corpus: Path, output: Path) -> Iterator[tuple[int, str, bytes, bytes]]:
    with corpus.open("rb") as src, output.open("rb") as out, _kinds(corpus).open() as kind_file:
        for n, (raw, line, kind) in enumerate(zip(src, out, kind_file, strict=True), 1):
            yield n, kind.strip(), raw, line


def _chunks(rows: Iterator[tuple[int, str, bytes, bytes]]) -> Iterator[list[tuple[int, str, bytes, bytes]]]:
    while chunk := list(itertools.islice(rows, _CHUNK)):
        yield chunk


def compare(a: Path, b: Path) -> int:
    """Line numbers where two outputs differ (0 when identical), counting a length mismatch."""
    with a.open("rb") as fa, b.open("rb") as fb:
        for n, (la, lb) in enumerate(itertools.zip_longest(fa, fb), 1):
            if la != lb:
                return n
    return 0


def main() -> None:
    """Check and print a summary; exit 1 on any problem."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("output", type=Path)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--compare", type=Path, help="another output that must be byte-identical")
    args = parser.parse_args()
    if args.compare and (n := compare(args.output, args.compare)):
        sys.exit(f"{args.output} and {args.compare} differ at line {n}")
    counts = {p.name: _count(p) for p in (args.corpus, _kinds(args.corpus), args.output)}
    if len(set(counts.values())) != 1:
        sys.exit(f"record counts differ: {counts}")
    kinds: Counter[str] = Counter()
    problems: list[str] = []
    with Pool(args.workers) as pool:
        for chunk, found in zip(
            _chunks(_rows(args.corpus, args.output)),
            pool.imap(check_chunk, _chunks(_rows(args.corpus, args.output))),
            strict=True,
        ):
            kinds.update(kind for _, kind, _, _ in chunk)
            problems.extend(found)
    total = sum(kinds.values())
    print(f"{total:,} records in both files; kinds: {dict(sorted(kinds.items()))}")
    if args.compare:
        print(f"{args.output} and {args.compare} are byte-identical")
    if problems:
        print("\n".join(problems[:20]))
        sys.exit(f"{len(problems):,} problems")
    print("every bad record carries an error; every good record equals clean()")


if __name__ == "__main__":
    main()
