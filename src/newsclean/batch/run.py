"""Batch cleaning: one output record per input record, in order, over a bounded worker pool.

``clean_record`` is the record contract shared by the CLI and the Dask adapter; ``run_batch``
streams inputs through worker processes (one :class:`Cleaner` per worker, built once; a worker
still on one record past the hard limit is killed, the record gets a ``BudgetError`` and a new
worker goes on: ``newsclean.batch.isolated``) into a resumable partial file. See docs/batch.md.
"""

from __future__ import annotations

import functools
import itertools
import json
import multiprocessing
import sys
from collections import Counter
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsclean.batch.io import (
    Inputs,
    PageFile,
    PartialWriter,
    RawLine,
    Unit,
    check_output,
    check_resume,
    finish,
    partial_path,
    resume_point,
    write_fingerprint,
)
from newsclean.batch.isolated import WorkerPool
from newsclean.config import CleanConfig
from newsclean.errors import InputError
from newsclean.pipeline import Cleaner, Format
from newsclean.text.language import preload as preload_language_model

#: Records per task sent to a worker: large enough to amortise pickling, small enough to stream.
CHUNK = 16
#: Tasks in flight per worker: keeps every worker busy while memory stays bounded.
WINDOW_PER_WORKER = 4


@dataclass(frozen=True, slots=True)
class RecordOptions:
    """Where a record keeps its text, id and URL, and how to clean it."""

    text_field: str = "text"
    id_field: str = "id"
    url_field: str = "url"
    mode: Format = "auto"
    lines: bool = False
    language: str | None = None
    encoding: str | None = None
    url: str | None = None


def clean_record(cleaner: Cleaner, unit: object, options: RecordOptions) -> dict[str, Any]:
    """The output record for one input unit; any failure becomes an ``error`` field, not a raise."""
    where: dict[str, Any] = {}
    record: object = unit
    if isinstance(unit, RawLine):
        where = {"input": unit.source, "line": unit.n}
        try:
            record = json.loads(unit.data)
        except (ValueError, UnicodeDecodeError) as exc:
            return {"error": f"bad JSON line: {exc}", **where}
    elif isinstance(unit, PageFile):
        record = {options.id_field: unit.path, options.text_field: unit.data}
    if not isinstance(record, dict):
        return {"error": f"not a JSON object but {type(record).__name__}", **where}
    try:
        return _cleaned(cleaner, record, options, _page_mode(unit, options.mode))
    except Exception as exc:  # any failure, ours or a dependency's, is this record's error
        return _failed_record(record, options, exc)


def _failed_record(record: dict[str, Any], options: RecordOptions, exc: Exception) -> dict[str, Any]:
    failed = {"error": f"{type(exc).__name__}: {exc}"}
    if options.id_field in record:
        failed = {options.id_field: record[options.id_field], **failed}
    return failed


def failed_unit(unit: Unit, options: RecordOptions, exc: Exception) -> ChunkResult:
    """The result of a unit whose worker was killed past the hard limit (or died): its error
    record, with its id when the unit has one."""
    record: object = {options.id_field: unit.path} if isinstance(unit, PageFile) else None
    if isinstance(unit, RawLine):
        try:
            record = json.loads(unit.data)
        except (ValueError, UnicodeDecodeError):
            record = None
    failed = _failed_record(record if isinstance(record, dict) else {}, options, exc)
    return ChunkResult([to_line(failed)], 1, Counter())


def _page_mode(unit: object, mode: Format) -> Format:
    if mode != "auto" or not isinstance(unit, PageFile):
        return mode
    return "html" if unit.path.lower().endswith((".html", ".htm", ".xhtml")) else "text"


def _cleaned(
    cleaner: Cleaner, record: dict[str, Any], options: RecordOptions, mode: Format
) -> dict[str, Any]:
    text = record.get(options.text_field)
    if not isinstance(text, (str, bytes)):
        what = "missing" if text is None else f"of type {type(text).__name__}, not a string"
        raise InputError(f"field {options.text_field!r} is {what}; choose the text field with --text-field")
    url = record.get(options.url_field)
    doc = cleaner.clean(
        text,
        format=mode,
        url=url if isinstance(url, str) else options.url,
        language=options.language,
        encoding=options.encoding,
    )
    meta = doc.to_dict(lines=options.lines)
    del meta["text"]
    if not options.lines:
        for article in meta["articles"]:
            del article["lines"]
    return {**record, options.text_field: doc.text, "newsclean": meta}


def to_line(record: dict[str, Any]) -> bytes:
    """One JSONL line; a record with lone surrogates gets ASCII escapes, to stay valid UTF-8."""
    try:
        return (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")
    except UnicodeEncodeError:
        return (json.dumps(record) + "\n").encode("ascii")


@dataclass(slots=True)
class Summary:
    """What a run did, printed at the end."""

    resumed: int = 0
    records: int = 0
    errored: int = 0
    removed: Counter[str] = field(default_factory=Counter)

    def add(self, result: ChunkResult) -> None:
        """Count one chunk's records."""
        self.records += len(result.lines)
        self.errored += result.errored
        self.removed.update(result.removed)

    def text(self) -> str:
        """A few lines for stderr."""
        out = [f"records: {self.records:,} in, {self.records:,} out, {self.errored:,} errored"]
        if self.resumed:
            out[0] += f" (plus {self.resumed:,} done before --resume)"
        removed = ", ".join(f"{label} {n:,}" for label, n in self.removed.most_common())
        out.append(f"removed lines: {removed or 'none'}")
        return "\n".join(out)


@dataclass(frozen=True, slots=True)
class ChunkResult:
    """A worker's answer: serialized lines (so the parent only writes bytes) and their counts."""

    lines: list[bytes]
    errored: int
    removed: Counter[str]


def clean_chunk(cleaner: Cleaner, units: Iterable[Unit], options: RecordOptions) -> ChunkResult:
    """Clean and serialize a run of units."""
    lines, errored, removed = [], 0, Counter[str]()
    for unit in units:
        record = clean_record(cleaner, unit, options)
        if "newsclean" not in record:  # only error records lack it
            errored += 1
        else:
            removed.update(record["newsclean"]["removed"])
        lines.append(to_line(record))
    return ChunkResult(lines, errored, removed)


def _merged(results: list[ChunkResult]) -> ChunkResult:
    """One chunk's result from its records' results."""
    removed = Counter[str]()
    for result in results:
        removed.update(result.removed)
    return ChunkResult([line for r in results for line in r.lines], sum(r.errored for r in results), removed)


class _RecordJob:
    """A worker's job: one unit in, its serialized record out (picklable, for spawned workers)."""

    def __init__(self, options: RecordOptions) -> None:
        self.options = options

    def __call__(self, cleaner: Cleaner, unit: Unit) -> ChunkResult:
        return clean_chunk(cleaner, [unit], self.options)


def _pooled(
    workers: int,
    make: Callable[[], Cleaner],
    options: RecordOptions,
    window: int,
    chunks: Iterator[list[Unit]],
) -> Generator[ChunkResult, None, None]:
    """Chunks cleaned by ``workers`` processes (``WorkerPool``: a worker still on a record past the
    hard limit is killed). When they are forked, the language model is loaded first so that all
    of them share one copy of its tables instead of each loading its own."""
    if multiprocessing.get_start_method() == "fork":
        preload_language_model()
    failed = functools.partial(_failed_unit, options)
    pool = WorkerPool(workers, make, _RecordJob(options), failed, window=window)
    try:
        for results in pool.map(chunks):
            yield _merged(results)
    finally:
        pool.close()


def _failed_unit(options: RecordOptions, unit: Unit, exc: Exception) -> ChunkResult:
    return failed_unit(unit, options, exc)


def _inline(
    cleaner: Cleaner, options: RecordOptions, chunks: Iterator[list[Unit]]
) -> Generator[ChunkResult, None, None]:
    for chunk in chunks:
        yield clean_chunk(cleaner, chunk, options)


def run_batch(
    inputs: Sequence[str],
    output: str | Path,
    *,
    config: CleanConfig | None = None,
    options: RecordOptions | None = None,
    workers: int = 1,
    isolate: bool | None = None,
    resume: bool = False,
    progress: bool = False,
    make_cleaner: Callable[[], Cleaner] | None = None,
) -> Summary:
    """Clean every record of ``inputs`` into ``output`` (format from its suffix).

    ``workers=1`` cleans in this process, unless ``isolate`` is true; more (or ``isolate=True``)
    start worker processes, and a worker still on one record after ``hard_limit(config)``
    seconds (3x the time budget + 1 s) is killed and replaced: that record gets a
    ``BudgetError``, the run goes on. ``make_cleaner`` (a picklable callable, default
    ``Cleaner(config)``) builds each worker's Cleaner, e.g. with a custom Ruler; its config's
    time budget sets the hard limit. Until success the records go to ``OUTPUT.partial``, which
    ``resume=True`` continues.
    """
    output = Path(output)
    options = options or RecordOptions()
    make = make_cleaner or functools.partial(Cleaner, config or CleanConfig())
    check_output(output)
    source = Inputs(inputs)
    partial = partial_path(output)
    if partial.exists() and not resume:
        raise InputError(
            f"{str(partial)!r} is left from an interrupted run: pass --resume to continue it, or delete it"
        )
    if resume and partial.exists():
        check_resume(partial, inputs)
    summary = Summary(resumed=resume_point(partial) if resume else 0)
    counted = _Counted(iter(source))
    units = itertools.islice(counted, summary.resumed, None)
    writer = PartialWriter(partial, append=resume)
    if not resume or summary.resumed == 0:
        write_fingerprint(partial, inputs)
    window = max(workers, 1) * WINDOW_PER_WORKER
    chunks = iter(lambda: list(itertools.islice(units, CHUNK)), [])
    if workers > 1 or isolate:
        results = _pooled(workers, make, options, window, chunks)
    else:
        results = _inline(make(), options, chunks)
    bar = _progress_bar(summary.resumed) if progress else None
    try:
        for result in results:
            writer.write(result.lines)
            summary.add(result)
            if bar is not None:
                _advance(bar, len(result.lines), source.done / max(source.total, 1))
    finally:
        writer.close()
        results.close()  # stops the workers
        if bar is not None:
            bar.close()
    if counted.n < summary.resumed:
        raise InputError(
            f"{str(partial)!r} holds {summary.resumed:,} records but the input has {counted.n:,}: "
            "it belongs to another run. Delete it to start over."
        )
    finish(partial, output)
    return summary


class _Counted(Iterator[Unit]):
    """An iterator of input units that counts them (``--resume`` checks the count)."""

    def __init__(self, units: Iterator[Unit]) -> None:
        self._units = units
        self.n = 0

    def __next__(self) -> Unit:
        unit = next(self._units)
        self.n += 1
        return unit


def _advance(bar: Any, n: int, share: float) -> None:
    """Move the bar by ``n`` records; the total (hence the ETA) is estimated from the ``share`` of
    input bytes done so far."""
    if share > 0:
        bar.total = max(bar.n + n, round((bar.n + n) / share))
    bar.update(n)


def _progress_bar(initial: int) -> Any:
    """A tqdm bar of records (rate, ETA) on a terminal's stderr; None when not a terminal."""
    if not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return tqdm(initial=initial, unit="rec", desc="newsclean", file=sys.stderr, dynamic_ncols=True)
