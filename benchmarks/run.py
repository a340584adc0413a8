"""Run every system over the same bench pages in one process; print one table row per system.

    python -m benchmarks.run FILE.jsonl [FILE2 ...] [--systems NAME ...] [--split dev|holdout|all]
        [--json OUT] [--worst N] [--system-detail NAME] [--repeat N] [--by-type] [--score-only]

Per system and file: a scoring pass (which is also the warm-up), ``--repeat`` timed passes
(the fastest one gives docs/s and MB/s), and an untimed tracemalloc pass for peak memory.
Pages are ungzipped and decoded before any of it. docs/benchmarks.md explains the columns.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import importlib.metadata
import json
import logging
import platform
import resource
import sys
import time
import tracemalloc
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import newsclean
from benchmarks.data import SPLITS, BenchDoc, in_holdout, load_bench
from benchmarks.metric import (
    META_FIELDS,
    CorpusScore,
    DocScore,
    MetaRate,
    MetaValues,
    corpus_score,
    meta_rates,
    score_document,
)
from benchmarks.systems import DEFAULT_SYSTEMS, REFERENCE_SYSTEM, SYSTEMS, Adapter, System, Unavailable

MIB = 1024 * 1024
# Libraries that log every page they give up on; the runner counts failures itself.
_NOISY_LOGGERS = ("trafilatura", "htmldate", "courlan", "justext")


@dataclass
class SystemRun:
    """Everything measured for one system on one bench file."""

    system: System
    documents: int
    note: str = ""
    available: bool = True
    errors: int = 0
    scores: list[tuple[str, DocScore]] = field(default_factory=list)
    predicted: list[MetaValues] = field(default_factory=list)
    body: CorpusScore | None = None
    meta: dict[str, MetaRate] = field(default_factory=dict)
    pass_seconds: list[float] = field(default_factory=list)
    input_bytes: int = 0
    peak_traced_bytes: int = 0

    @property
    def best_seconds(self) -> float:
        """Fastest timed pass: the least disturbed by the rest of the machine."""
        return min(self.pass_seconds)

    @property
    def docs_per_s(self) -> float:
        """Documents per second on the fastest timed pass."""
        return self.documents / self.best_seconds

    @property
    def mb_per_s(self) -> float:
        """Input megabytes (10^6 bytes of this system's input) per second, fastest pass."""
        return self.input_bytes / 1e6 / self.best_seconds


def scoring_pass(run: SystemRun, adapter: Adapter, docs: Sequence[BenchDoc]) -> None:
    """Run once over all pages, score them, and decide whether the system is usable.

    NotImplementedError on any page, or a failure on every page, makes the system
    unavailable; other per-page exceptions count as errors with an empty output.
    """
    pairs = []
    for doc in docs:
        try:
            extraction = adapter(doc)
            text, meta = extraction.text, extraction.meta
        except NotImplementedError as exc:
            run.available, run.note = False, f"not implemented: {exc}"
            return
        except Exception as exc:
            run.errors += 1
            if not run.note:
                run.note = f"first error on {doc.id}: {type(exc).__name__}: {exc}"
            text, meta = "", {}
        run.scores.append((doc.id, score_document(doc.gold, text)))
        run.predicted.append(meta)
        pairs.append((doc.gold_meta, meta))
    if run.errors == len(docs):
        run.available, run.note = False, f"failed on every document ({run.note})"
        return
    run.body = corpus_score([score for _, score in run.scores])
    run.meta = meta_rates(pairs, run.system.meta_fields)


def _run_all(adapter: Adapter, docs: Sequence[BenchDoc]) -> None:
    """One pass whose results are thrown away (errors were counted in the scoring pass)."""
    for doc in docs:
        with contextlib.suppress(Exception):
            adapter(doc)


def _forget_results() -> None:
    """Empty newsclean's per-line date cache, so that a timed pass does not reuse the answers of
    the scoring pass over the very same pages (about 3% of text mode's time)."""
    dates = sys.modules.get("newsclean.text.dates")
    if dates is not None:
        dates.clear_cache()


def timed_passes(adapter: Adapter, docs: Sequence[BenchDoc], repeat: int) -> list[float]:
    """Wall-clock seconds of ``repeat`` full passes, each after a garbage collection and with
    newsclean's caches emptied."""
    seconds = []
    for _ in range(repeat):
        gc.collect()
        _forget_results()
        start = time.perf_counter()
        _run_all(adapter, docs)
        seconds.append(time.perf_counter() - start)
    return seconds


def traced_peak(adapter: Adapter, docs: Sequence[BenchDoc]) -> int:
    """Peak bytes allocated through Python's allocator during one pass (not C-level mallocs)."""
    gc.collect()
    tracemalloc.start()
    try:
        _run_all(adapter, docs)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def run_system(
    system: System, docs: Sequence[BenchDoc], repeat: int, quick: bool = False, *, timed: bool = True
) -> SystemRun:
    """Score, time and measure one system over ``docs``; ``quick``: the scoring pass is the
    timed pass (warm-up included) and memory is not measured (for big files on a busy machine);
    ``timed`` False (or ``repeat`` 0): scores only."""
    run = SystemRun(system, len(docs))
    try:
        adapter = system.load()
    except Unavailable as exc:
        run.available, run.note = False, str(exc)
        return run
    _progress(f"  {system.name}: scoring")
    gc.collect()
    _forget_results()
    start = time.perf_counter()
    scoring_pass(run, adapter, docs)
    if not run.available or repeat == 0 or not timed:  # scores only
        return run
    if quick:
        run.pass_seconds = [time.perf_counter() - start]
        run.input_bytes = sum(system.input_bytes(doc) for doc in docs)
        return run
    _progress(f"  {system.name}: {repeat} timed pass(es)")
    run.input_bytes = sum(system.input_bytes(doc) for doc in docs)
    run.pass_seconds = timed_passes(adapter, docs, repeat)
    _progress(f"  {system.name}: memory")
    run.peak_traced_bytes = traced_peak(adapter, docs)
    return run


def _progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _cell(value: float | None, digits: int = 3) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def _align(rows: Sequence[Sequence[str]], left: frozenset[int] = frozenset({0})) -> str:
    """Columns padded to their widest cell: names (``left``) left-aligned, numbers right."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = [
            cell.ljust(width) if i in left else cell.rjust(width)
            for i, (cell, width) in enumerate(zip(row, widths, strict=True))
        ]
        lines.append("  ".join(cells).rstrip())
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines)


TABLE_HEADER = (
    "system",
    "P",
    "R",
    "F1",
    "empty",
    "errors",
    *META_FIELDS,
    "docs/s",
    "MB/s",
    "x traf",
    "peak MiB",
)


def time_ratio(run: SystemRun, reference: SystemRun | None) -> float | None:
    """Time per page of ``run`` over the reference system's (trafilatura's default) on the same
    pages, fastest timed pass of each; None without a reference in the run."""
    if reference is None or not reference.available or not reference.pass_seconds:
        return None
    return run.best_seconds / reference.best_seconds


def _reference(runs: Sequence[SystemRun]) -> SystemRun | None:
    return next((run for run in runs if run.system.name == REFERENCE_SYSTEM), None)


def _row(run: SystemRun, reference: SystemRun | None = None) -> list[str]:
    assert run.body is not None  # only called for available systems
    meta = [_cell(run.meta[name].rate, 2) if name in run.meta else "-" for name in META_FIELDS]
    return [
        run.system.name,
        _cell(run.body.precision),
        _cell(run.body.recall),
        _cell(run.body.f1),
        str(run.body.empty_outputs),
        str(run.errors),
        *meta,
        *(
            (f"{run.docs_per_s:.1f}", f"{run.mb_per_s:.2f}", _cell(time_ratio(run, reference), 2))
            if run.pass_seconds
            else ("-", "-", "-")
        ),
        f"{run.peak_traced_bytes / MIB:.1f}" if run.peak_traced_bytes else "-",
    ]


def format_report(path: Path, split: str, docs: Sequence[BenchDoc], runs: Sequence[SystemRun]) -> str:
    """The table for one file, with its caption and notes on unavailable or failing systems."""
    html_mb = sum(len(doc.page) for doc in docs) / 1e6
    text_mb = sum(doc.text_bytes for doc in docs) / 1e6
    gold_counts = ", ".join(f"{name} {sum(name in doc.gold_meta for doc in docs)}" for name in META_FIELDS)
    lines = [
        f"{path.name}: {len(docs)} documents (split {split}), "
        f"{html_mb:.2f} MB HTML, {text_mb:.2f} MB text; metadata gold: {gold_counts}",
        "",
    ]
    available = [run for run in runs if run.available]
    if available:
        reference = _reference(runs)
        lines.append(_align([TABLE_HEADER, *(_row(run, reference) for run in available)]))
    for run in runs:
        if not run.available:
            lines.append(f"unavailable: {run.system.name}: {run.note}")
        elif run.errors:
            lines.append(f"{run.system.name}: {run.errors} error(s), {run.note}")
    return "\n".join(lines)


def format_breakdown(runs: Sequence[SystemRun]) -> str:
    """Body F1 of the dev and held-out parts of the pages run (see ``in_holdout``), per system:
    whether a system's edge over another holds on pages nobody tuned for (page types:
    ``format_by_type``)."""
    available = [run for run in runs if run.available]
    if not available:
        return ""
    groups: dict[str, set[str]] = {"dev part": set(), "holdout part": set()}
    for doc_id, _ in available[0].scores:
        groups["holdout part" if in_holdout(doc_id) else "dev part"].add(doc_id)
    rows: list[list[str]] = [["pages", "docs", *(run.system.name for run in available)]]
    for name, ids in groups.items():
        if not ids:
            continue
        cells = [
            _cell(corpus_score([score for doc_id, score in run.scores if doc_id in ids]).f1)
            for run in available
        ]
        rows.append([name, str(len(ids)), *cells])
    return "body F1 by part:\n" + _align(rows)


META_HEADER = ("system", "field", "gold", "exact", "returned", "wrong", "extra")


def format_meta_detail(docs: Sequence[BenchDoc], runs: Sequence[SystemRun]) -> str:
    """Per system and metadata field: exact-match rate, share of pages with a value returned,
    share of returned values that are wrong (over pages whose gold has the field), and values
    returned where the gold has none. Empty when no page has metadata gold."""
    rows: list[Sequence[str]] = [META_HEADER]
    for run in runs:
        if not run.available:
            continue
        for name in run.system.meta_fields:
            rate = run.meta.get(name)
            if rate is None or not rate.scored:
                continue
            rows.append(
                (
                    run.system.name,
                    name,
                    str(rate.scored),
                    _cell(rate.rate, 2),
                    _cell(rate.returned_rate, 2),
                    _cell(rate.wrong_rate, 2),
                    str(rate.extra),
                )
            )
    if len(rows) == 1:
        return ""
    return (
        "metadata per field (exact, returned and wrong over the pages whose gold has the field):\n"
        + _align(rows, left=frozenset({0, 1}))
    )


@dataclass(frozen=True, slots=True)
class TypeScore:
    """One system's figures on the pages of one page type."""

    documents: int
    body: CorpusScore
    meta: dict[str, MetaRate]


def by_type(run: SystemRun, docs: Sequence[BenchDoc]) -> dict[str, TypeScore]:
    """The run's body score and metadata rates per gold page type (pages without one: "-")."""
    groups: dict[str, list[int]] = {}
    for k, doc in enumerate(docs):
        groups.setdefault(doc.page_type or "-", []).append(k)
    out = {}
    for page_type, members in sorted(groups.items(), key=lambda item: (-len(item[1]), item[0])):
        body = corpus_score([run.scores[k][1] for k in members])
        pairs = [(docs[k].gold_meta, run.predicted[k]) for k in members]
        out[page_type] = TypeScore(len(members), body, meta_rates(pairs, run.system.meta_fields))
    return out


_TYPE_FIELDS = ("title", "author", "date")


def format_by_type(docs: Sequence[BenchDoc], runs: Sequence[SystemRun]) -> str:
    """Body F1 and metadata exact/wrong rates (title, author, date) per page type and system."""
    header = ("page type", "docs", "system", "F1", *(f"{name} exact/wrong" for name in _TYPE_FIELDS))
    rows: list[Sequence[str]] = [header]
    tables = {run.system.name: by_type(run, docs) for run in runs if run.available}
    if not tables:
        return ""
    for page_type in next(iter(tables.values())):
        for name, table in tables.items():
            score = table[page_type]
            cells = []
            for meta_name in _TYPE_FIELDS:
                rate = score.meta.get(meta_name)
                cells.append(
                    "-"
                    if rate is None or not rate.scored
                    else f"{_cell(rate.rate, 2)}/{_cell(rate.wrong_rate, 2)}"
                )
            rows.append((page_type, str(score.documents), name, _cell(score.body.f1), *cells))
    return "by page type:\n" + _align(rows, left=frozenset({0, 2}))


def format_worst(run: SystemRun, count: int, docs: Sequence[BenchDoc]) -> str:
    """The ``count`` documents with the lowest F1 for one system, for error analysis."""
    if not run.available:
        return f"worst documents: {run.system.name} is unavailable ({run.note})"
    urls = {doc.id: doc.url or "" for doc in docs}
    worst = sorted(run.scores, key=lambda item: (item[1].f1, item[0]))[:count]
    rows = [("id", "P", "R", "F1", "gold sh", "out sh", "url")]
    rows += [
        (
            doc_id,
            _cell(score.precision),
            _cell(score.recall),
            _cell(score.f1),
            str(score.gold_shingles),
            str(score.output_shingles),
            urls[doc_id],
        )
        for doc_id, score in worst
    ]
    table = _align(rows, left=frozenset({0, len(rows[0]) - 1}))
    return f"worst {len(worst)} documents for {run.system.name}:\n{table}"


def run_to_json(run: SystemRun) -> dict[str, Any]:
    """All figures of one system run, per-document scores included."""
    out: dict[str, Any] = {
        "available": run.available,
        "note": run.note,
        "reads": run.system.reads,
        "documents": run.documents,
        "errors": run.errors,
    }
    if not run.available or run.body is None:
        return out
    out.update(
        precision=run.body.precision,
        recall=run.body.recall,
        f1=run.body.f1,
        empty_outputs=run.body.empty_outputs,
        metadata={name: _rate_json(rate) for name, rate in run.meta.items()},
        docs_per_s=run.docs_per_s if run.pass_seconds else None,
        seconds_per_page=run.best_seconds / run.documents if run.pass_seconds else None,
        mb_per_s=run.mb_per_s if run.pass_seconds else None,
        pass_seconds=run.pass_seconds,
        input_bytes=run.input_bytes,
        peak_traced_bytes=run.peak_traced_bytes,
        per_document=[
            {"id": doc_id, "precision": s.precision, "recall": s.recall, "f1": s.f1}
            for doc_id, s in run.scores
        ],
    )
    return out


def _rate_json(rate: MetaRate) -> dict[str, Any]:
    return {
        "matched": rate.matched,
        "scored": rate.scored,
        "rate": rate.rate,
        "returned": rate.returned,
        "returned_rate": rate.returned_rate,
        "wrong_rate": rate.wrong_rate,
        "extra": rate.extra,
    }


def by_type_json(run: SystemRun, docs: Sequence[BenchDoc]) -> dict[str, Any]:
    """:func:`by_type` as JSON: per page type, documents, body P/R/F1 and metadata rates."""
    return {
        page_type: {
            "documents": score.documents,
            "precision": score.body.precision,
            "recall": score.body.recall,
            "f1": score.body.f1,
            "metadata": {name: _rate_json(rate) for name, rate in score.meta.items()},
        }
        for page_type, score in by_type(run, docs).items()
    }


def _versions() -> dict[str, str | None]:
    versions: dict[str, str | None] = {}
    for package in ("newsclean", "trafilatura", "justext", "regex"):
        try:
            versions[package] = importlib.metadata.version(package)
        except importlib.metadata.PackageNotFoundError:
            versions[package] = None
    return versions


def build_line() -> str:
    """Which newsclean produced the figures: version, pure or mypyc-compiled, and where from."""
    where = Path(newsclean.__file__ or "?").parent
    return f"newsclean {newsclean.__version__}, {newsclean.build} build ({where})\n"


def peak_rss_bytes() -> int:
    """The whole process's peak resident set (ru_maxrss is KiB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """Command line; --system-detail defaults to the first selected system."""
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.run",
        description="Score and time newsclean and baselines on bench JSONL files.",
    )
    parser.add_argument("files", nargs="+", type=Path, help="bench .jsonl files")
    parser.add_argument(
        "--systems",
        nargs="+",
        choices=list(SYSTEMS),
        default=list(DEFAULT_SYSTEMS),
        metavar="NAME",
        help=f"systems to run (default: {', '.join(DEFAULT_SYSTEMS)}): {', '.join(SYSTEMS)}",
    )
    parser.add_argument(
        "--split",
        choices=SPLITS,
        default="all",
        help="dev: tuning documents; holdout: sha1(id) %% 5 == 0; all (default)",
    )
    parser.add_argument("--json", type=Path, metavar="OUT", help="write all figures as JSON")
    parser.add_argument(
        "--worst",
        type=int,
        default=0,
        metavar="N",
        help="list the N lowest-F1 documents of --system-detail",
    )
    parser.add_argument(
        "--system-detail",
        choices=list(SYSTEMS),
        metavar="NAME",
        help="system that --worst lists (default: the first of --systems)",
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help="one pass per system: the scoring pass is also timed, no memory pass",
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        metavar="N",
        help="timed passes per system after the warm-up (default 1; the fastest is reported; "
        "0: scores only, no timing or memory pass)",
    )
    parser.add_argument(
        "--score-only",
        action="store_true",
        help="skip the timed and memory passes (speed columns show '-'): quality figures only",
    )
    parser.add_argument(
        "--by-type",
        action="store_true",
        help="break body F1 and metadata down by gold page type (always on for files that have one)",
    )
    args = parser.parse_args(argv)
    if args.repeat < 0:
        parser.error("--repeat must be 0 (scores only) or more")
    if args.system_detail is None:
        args.system_detail = args.systems[0]
    elif args.worst and args.system_detail not in args.systems:
        parser.error(f"--system-detail {args.system_detail} is not among --systems")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark, print a table per file, write --json; returns the exit status."""
    args = parse_args(argv)
    for name in _NOISY_LOGGERS:
        logging.getLogger(name).setLevel(logging.CRITICAL)
    report: dict[str, Any] = {
        "split": args.split,
        "repeat": args.repeat,
        "python": platform.python_version(),
        "versions": _versions(),
        "files": [],
    }
    print(build_line())
    report["newsclean_compiled"] = newsclean.compiled
    for path in args.files:
        _progress(f"{path}: loading")
        docs = load_bench(path, args.split)
        if not docs:
            print(f"{path.name}: no documents in split {args.split}\n")
            continue
        runs = [
            run_system(SYSTEMS[name], docs, args.repeat, args.quick, timed=not args.score_only)
            for name in args.systems
        ]
        print(format_report(path, args.split, docs, runs))
        parts = format_breakdown(runs)
        if parts:
            print(f"\n{parts}")
        meta_table = format_meta_detail(docs, runs)
        if meta_table:
            print(f"\n{meta_table}")
        typed = args.by_type or any(doc.page_type for doc in docs)
        if typed:
            print(f"\n{format_by_type(docs, runs)}")
        if args.worst:
            detail = next(run for run in runs if run.system.name == args.system_detail)
            print()
            print(format_worst(detail, args.worst, docs))
        print()
        report["files"].append(
            {
                "path": str(path),
                "documents": len(docs),
                "systems": {
                    run.system.name: {
                        **run_to_json(run),
                        **({"by_type": by_type_json(run, docs)} if typed and run.available else {}),
                    }
                    for run in runs
                },
            }
        )
    report["peak_rss_bytes"] = peak_rss_bytes()
    print(f"process peak RSS: {report['peak_rss_bytes'] / MIB:.0f} MiB")
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
