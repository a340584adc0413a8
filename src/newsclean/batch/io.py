"""Streaming readers and writers for ``newsclean batch``.

In: JSONL (plain, .gz, .zst), Parquet, folders of pages. Out: a resumable JSONL ``.partial``
file, turned into the final format (from the output suffix) only when the run succeeds.

Nothing here holds more than one batch of records: inputs are read line by line or row group by
row group, and the partial file is only ever appended to.
"""

from __future__ import annotations

import contextlib
import gzip
import io
import json
import os
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsclean.errors import InputError, MissingExtraError, OutputError

PAGE_SUFFIXES = (".txt", ".text", ".html", ".htm", ".xhtml")
_JSONL_SUFFIXES = (".jsonl", ".ndjson", ".json")
_PARQUET_ROWS = 1024
_SYNC_SECONDS = 5.0


@dataclass(frozen=True, slots=True)
class RawLine:
    """A JSONL line, parsed in the worker so that a bad line becomes an error record there."""

    source: str
    n: int
    data: bytes


@dataclass(frozen=True, slots=True)
class PageFile:
    """One page of a folder input; ``path`` is relative to the folder and becomes the record id."""

    path: str
    data: bytes


Unit = RawLine | PageFile | dict[str, Any]


def _import(module: str, extra: str, why: str) -> Any:
    try:
        return __import__(module, fromlist=["_"])
    except ImportError as exc:
        raise MissingExtraError(module.split(".")[0], extra, why) from exc


def _kind(path: Path) -> str:
    name = path.name.lower()
    for codec in ("", ".gz", ".zst"):
        if any(name.endswith(s + codec) for s in _JSONL_SUFFIXES):
            return "jsonl"
    if name.endswith(".parquet"):
        return "parquet"
    raise InputError(
        f"{str(path)!r}: unknown format; use .jsonl (optionally .gz or .zst), .parquet, or a folder of pages"
    )


class Inputs:
    """Every input unit in order; ``done`` counts input bytes consumed (for progress and ETA)."""

    def __init__(self, names: Sequence[str]) -> None:
        self.paths = [Path(n) for n in names]
        for path in self.paths:
            if not path.exists():
                raise InputError(f"{str(path)!r} does not exist")
            if not path.is_dir():
                _kind(path)
        self.total = sum(_size(p) for p in self.paths)
        self.done = 0

    def __iter__(self) -> Iterator[Unit]:
        for path in self.paths:
            if path.is_dir():
                yield from self._pages(path)
            elif _kind(path) == "parquet":
                yield from self._parquet(path)
            else:
                yield from self._jsonl(path)

    def _jsonl(self, path: Path) -> Iterator[RawLine]:
        start = self.done
        with path.open("rb") as raw:
            stream = _wrap(raw, path)
            for n, line in enumerate(stream, 1):
                self.done = start + raw.tell()
                if line.strip():
                    yield RawLine(str(path), n, line)
            stream.close()

    def _parquet(self, path: Path) -> Iterator[dict[str, Any]]:
        pq = _import("pyarrow.parquet", "parquet", "reading Parquet")
        start, size = self.done, path.stat().st_size
        file = pq.ParquetFile(path)
        rows, total = 0, max(file.metadata.num_rows, 1)
        for batch in file.iter_batches(batch_size=_PARQUET_ROWS):
            for row in batch.to_pylist():
                rows += 1
                self.done = start + size * rows // total
                yield row

    def _pages(self, folder: Path) -> Iterator[PageFile]:
        found = sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in PAGE_SUFFIXES)
        for path in found:
            data = path.read_bytes()
            self.done += len(data)
            yield PageFile(path.relative_to(folder).as_posix(), data)


def _size(path: Path) -> int:
    if path.is_dir():
        return sum(
            p.stat().st_size for p in path.rglob("*") if p.is_file() and p.suffix.lower() in PAGE_SUFFIXES
        )
    return path.stat().st_size


def _wrap(raw: io.BufferedReader, path: Path) -> io.BufferedIOBase:
    """Undo .gz / .zst compression over ``raw``, streaming (``raw.tell()`` tracks progress)."""
    name = path.name.lower()
    if name.endswith(".gz"):
        return gzip.GzipFile(fileobj=raw, mode="rb")
    if name.endswith(".zst"):
        zstd = _import("zstandard", "zstd", "reading .zst")
        return io.BufferedReader(zstd.ZstdDecompressor().stream_reader(raw, closefd=False))
    return raw


def partial_path(output: Path) -> Path:
    """Where a run writes until it succeeds: plain JSONL whatever the final format."""
    return output.with_name(output.name + ".partial")


def resume_point(partial: Path) -> int:
    """How many complete records ``partial`` holds; a torn last line (killed mid-write) is cut."""
    if not partial.exists():
        return 0
    count, keep = 0, 0
    with partial.open("rb") as f:
        offset = 0
        for line in f:
            offset += len(line)
            if line.endswith(b"\n"):
                count, keep = count + 1, offset
    if keep != partial.stat().st_size:
        os.truncate(partial, keep)
    return count


def fingerprint_path(partial: Path) -> Path:
    """Where a run records which inputs its partial file belongs to."""
    return partial.with_name(partial.name + ".inputs")


def input_fingerprint(names: Sequence[str]) -> dict[str, Any]:
    """The inputs of a run as ``--resume`` checks them: paths, sizes and modification times."""
    entries = []
    for name in names:
        path = Path(name)
        stat = path.stat()
        entries.append({"path": str(path.resolve()), "size": _size(path), "mtime": int(stat.st_mtime)})
    return {"inputs": entries}


def check_resume(partial: Path, names: Sequence[str]) -> None:
    """Refuse to continue a partial file written for other inputs (or changed ones)."""
    recorded = fingerprint_path(partial)
    if not recorded.exists():
        return  # written before fingerprints: the record count is still checked at the end
    try:
        previous = json.loads(recorded.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(
            f"cannot read {str(recorded)!r} ({exc}); delete the partial file to start over"
        ) from exc
    if previous != input_fingerprint(names):
        raise InputError(
            f"{str(partial)!r} was written for other inputs (or they changed since): "
            "--resume would mix records of different corpora. Delete it to start over."
        )


def write_fingerprint(partial: Path, names: Sequence[str]) -> None:
    """Record the inputs a new partial file belongs to."""
    try:
        fingerprint_path(partial).write_text(json.dumps(input_fingerprint(names)), encoding="utf-8")
    except OSError as exc:
        raise OutputError(f"cannot write {str(partial)!r}'s input list: {exc.strerror or exc}") from exc


class PartialWriter:
    """Appends whole lines to the partial file; flushed every write, fsynced every few seconds.
    A failed write (a full disk) raises :class:`OutputError`; the records before it stay valid."""

    def __init__(self, path: Path, *, append: bool) -> None:
        self._path = path
        try:
            self._file = path.open("ab" if append else "wb")
        except OSError as exc:
            raise OutputError(f"cannot write {str(path)!r}: {exc.strerror or exc}") from exc
        self._synced = time.monotonic()

    def write(self, lines: Sequence[bytes]) -> None:
        """Append whole lines in one write, so a kill can tear at most the last one."""
        try:
            self._file.write(b"".join(lines))
            self._file.flush()
            if time.monotonic() - self._synced > _SYNC_SECONDS:
                self.sync()
        except OSError as exc:
            raise self._failed(exc) from exc

    def sync(self) -> None:
        """Push written records to disk, so a machine crash loses at most a few seconds."""
        self._file.flush()
        os.fsync(self._file.fileno())
        self._synced = time.monotonic()

    def close(self) -> None:
        """Sync and close (also on Ctrl-C: what was written stays valid for ``--resume``)."""
        if self._file.closed:
            return
        try:
            self.sync()
        except OSError:
            pass  # the write that failed has said so; closing must not hide it
        finally:
            with contextlib.suppress(OSError):
                self._file.close()

    def _failed(self, exc: OSError) -> OutputError:
        return OutputError(
            f"cannot write {str(self._path)!r}: {exc.strerror or exc}. The complete records so far "
            "are kept: free some space, then rerun with --resume"
        )


def check_output(output: Path) -> None:
    """Fail before any work when the output suffix is unknown or its extra is missing."""
    if _kind(output) == "parquet":
        _import("pyarrow.parquet", "parquet", "writing Parquet")
    elif output.name.lower().endswith(".zst"):
        _import("zstandard", "zstd", "writing .zst")


def finish(partial: Path, output: Path) -> None:
    """Turn the complete partial file into ``output`` (format from its suffix) and remove it."""
    try:
        _finish(partial, output)
    except OSError as exc:
        raise OutputError(
            f"cannot write {str(output)!r}: {exc.strerror or exc}. The records are kept in {str(partial)!r}"
        ) from exc
    fingerprint_path(partial).unlink(missing_ok=True)


def _finish(partial: Path, output: Path) -> None:
    name = output.name.lower()
    if _kind(output) == "parquet":
        tmp = output.with_name(output.name + ".tmp")
        _to_parquet(partial, tmp)
    elif name.endswith((".gz", ".zst")):
        tmp = output.with_name(output.name + ".tmp")
        with partial.open("rb") as src, _open_write(tmp) as dst:
            while block := src.read(1 << 20):
                dst.write(block)
    else:
        os.replace(partial, output)
        return
    os.replace(tmp, output)
    partial.unlink()


def _open_write(path: Path) -> io.BufferedIOBase:
    if path.name.lower().endswith(".gz.tmp"):
        return gzip.open(path, "wb")
    zstd = _import("zstandard", "zstd", "writing .zst")
    return zstd.ZstdCompressor().stream_writer(path.open("wb"), closefd=True)  # type: ignore[no-any-return]


def _to_parquet(partial: Path, out: Path) -> None:
    """Two streaming passes: unify the schema of every batch (fields vary by record), then write."""
    pa = _import("pyarrow", "parquet", "writing Parquet")
    pq = _import("pyarrow.parquet", "parquet", "writing Parquet")
    try:
        # pa.array infers a struct over the keys of every row (from_pylist reads only the first)
        schemas = [pa.schema(pa.array(rows).type) for rows in _json_batches(partial)]
        schema = pa.unify_schemas(schemas, promote_options="permissive") if schemas else pa.schema([])
        with pq.ParquetWriter(out, schema) as writer:
            for rows in _json_batches(partial):
                writer.write_table(pa.Table.from_pylist(rows, schema=schema))
    except (pa.ArrowInvalid, pa.ArrowTypeError) as exc:
        raise InputError(
            f"the records do not fit one Parquet schema ({exc}): a field holds values of "
            f"different types. Write .jsonl instead; the records are kept in {str(partial)!r}"
        ) from exc


def _json_batches(path: Path) -> Iterator[list[dict[str, Any]]]:
    rows: list[dict[str, Any]] = []
    with path.open("rb") as f:
        for line in f:
            rows.append(json.loads(line))
            if len(rows) == _PARQUET_ROWS:
                yield rows
                rows = []
    if rows:
        yield rows
