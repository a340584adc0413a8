"""Adversarial scaling: CPU time and peak memory of one ``clean()`` per input shape and size.

    python -m benchmarks.scaling [--sizes 1 10 50] [--shapes ...] [--modes text html]
        [--limits none|cli] [--cap SECONDS] [--markdown]

Each case runs in a fresh child process: imports and model warm-up (a small page cleaned first)
happen before the measured call, CPU is the child's user+system time around ``clean()`` alone,
memory is the child's peak resident set minus its resident set after warm-up. ``--cap`` stops a
case with ``RLIMIT_CPU`` (reported as ``>cap``), ``--max-memory`` with ``RLIMIT_AS``.
``--limits none`` (default) measures the raw
cost (no time budget, no size limit); ``--limits cli`` uses the CLI's defaults, so a case over
them reports the typed error it ended with and the CPU it took to get there.

Shapes (``--shapes``), each built to the requested size in MB (10^6 bytes of UTF-8):

* ``real``: bench article texts (or HTML pages) concatenated;
* ``long-line``: the real text with every newline a space (one line);
* ``short-lines``: one-character lines;
* ``dates``: one line of dates ("12 March 2021, 2021-03-12, ...");
* ``deep``: markup nested 10,000 elements deep around real paragraphs (text mode sees it as text).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path("/work/shared/bench/scrapinghub.dev.jsonl")
SHAPES = ("real", "long-line", "short-lines", "dates", "deep")
MB = 1_000_000
_DATES = ("12 March 2021", "2021-03-12", "March 12, 2021", "12.03.2021", "Mar 12 2021 10:45")
_DEPTH = 10_000


def _bench_pages(field: str) -> list[str]:
    pages = []
    with BENCH.open(encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            value = record.get(field)
            if field == "html" and not isinstance(value, str):
                value = record.get("text", "")
            pages.append(value)
    return [p for p in pages if p]


def _fill(parts: list[str], size: int, sep: str) -> str:
    out: list[str] = []
    total = 0
    i = 0
    while total < size:
        piece = parts[i % len(parts)]
        out.append(piece)
        total += len(piece.encode("utf-8")) + len(sep)
        i += 1
    return sep.join(out).encode("utf-8")[:size].decode("utf-8", "ignore")


def make_shape(shape: str, size: int, mode: str) -> str:
    """An input of ``shape``, about ``size`` bytes, for ``mode`` ("text" or "html")."""
    texts = _bench_pages("text")
    if shape == "real":
        if mode == "html":
            paragraphs = [f"<p>{line}</p>" for t in texts for line in t.split("\n") if line.strip()]
            body = _fill(paragraphs, size - 200, "\n")
            return f"<!doctype html><html><head><title>Scaling page</title></head><body>{body}</body></html>"
        return _fill(texts, size, "\n\n")
    if shape == "long-line":
        one = _fill(texts, size, " ").replace("\n", " ")
        return f"<html><body><p>{one}</p></body></html>" if mode == "html" else one
    if shape == "short-lines":
        lines = "x\n" * (size // 2)
        return f"<html><body><pre>{lines}</pre></body></html>" if mode == "html" else lines
    if shape == "dates":
        line = _fill(list(_DATES), size, ", ")
        return f"<html><body><p>{line}</p></body></html>" if mode == "html" else line
    if shape == "deep":
        opening, closing = "<div>" * _DEPTH, "</div>" * _DEPTH
        paragraphs = [f"<p>{line}</p>" for t in texts for line in t.split("\n") if line.strip()]
        body = _fill(paragraphs, max(size - len(opening) - len(closing) - 100, 1000), "\n")
        return f"<html><body>{opening}{body}{closing}</body></html>"
    raise SystemExit(f"unknown shape {shape!r}; known: {', '.join(SHAPES)}")


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def run_case(shape: str, size_mb: float, mode: str, limits: str) -> dict[str, object]:
    """One measured ``clean()`` (in this process; the parent runs it in a child)."""
    import newsclean
    from newsclean.config import CleanConfig
    from newsclean.errors import NewscleanError

    data = make_shape(shape, int(size_mb * MB), mode)
    if limits == "cli":
        from newsclean.cli import main as cli

        config = CleanConfig(**getattr(cli, "CLI_DEFAULTS", {}))
    else:
        config = CleanConfig(time_budget=None, max_bytes=10**10)
    cleaner = newsclean.Cleaner(config)
    getattr(cleaner, "warm_up", lambda: None)()
    cleaner.clean("Warm-up headline\n\nA first sentence of the warm-up page, long enough to count.")
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = _cpu()
    wall = time.monotonic()
    outcome = "ok"
    try:
        cleaner.clean(data, format=mode)  # type: ignore[arg-type]
    except NewscleanError as exc:
        outcome = type(exc).__name__
    return {
        "shape": shape,
        "mode": mode,
        "mb": size_mb,
        "cpu": round(_cpu() - start, 2),
        "wall": round(time.monotonic() - wall, 2),
        "peak_mib": round(max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss_before, 0) / 1024, 1),
        "outcome": outcome,
    }


def _child(args: argparse.Namespace, shape: str, size: float, mode: str) -> dict[str, object]:
    cmd = [sys.executable, "-m", "benchmarks.scaling", "--child", shape, str(size), mode, args.limits]

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_CPU, (args.cap, args.cap + 5))
        memory = int(args.max_memory * 2**30)
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))

    proc = subprocess.run(cmd, capture_output=True, text=True, preexec_fn=cap, check=False)
    if proc.returncode != 0 or not proc.stdout.strip():
        tail = proc.stderr.strip().splitlines()[-1:] if proc.stderr.strip() else []
        return {
            "shape": shape,
            "mode": mode,
            "mb": size,
            "cpu": None,
            "peak_mib": None,
            "outcome": f">{args.cap}s" if proc.returncode in (-24, -9) else _failure(tail),
        }
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


def _failure(tail: list[str]) -> str:
    """A child's end in a few words (``MemoryError`` when ``--max-memory`` stopped it)."""
    text = " ".join(tail)
    return (
        "over --max-memory" if "MemoryError" in text or "Cannot allocate" in text else f"failed: {text[:80]}"
    )


def main(argv: list[str] | None = None) -> int:
    """Run the cases and print the table (``--markdown`` for docs/limits.md)."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", nargs="*", type=float, default=[1, 10, 50])
    parser.add_argument("--shapes", nargs="*", default=list(SHAPES))
    parser.add_argument("--modes", nargs="*", default=["text", "html"])
    parser.add_argument("--limits", choices=("none", "cli"), default="none")
    parser.add_argument("--cap", type=int, default=120, help="CPU seconds per case before it is stopped")
    parser.add_argument("--max-memory", type=float, default=6.0, help="GiB of address space per case")
    parser.add_argument("--json", type=Path, help="also write the rows as JSON")
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        shape, size, mode, limits = args.child
        print(json.dumps(run_case(shape, float(size), mode, limits)))
        return 0
    rows = []
    print("| mode | shape | MB | CPU s | x 1 MB | peak MiB | outcome |")
    print("|---|---|---|---|---|---|---|")
    for mode in args.modes:
        for shape in args.shapes:
            base = None
            for size in args.sizes:
                row = _child(args, shape, size, mode)
                rows.append(row)
                cpu = row["cpu"]
                if base is None and isinstance(cpu, float | int):
                    base = max(float(cpu), 0.01)
                ratio = f"{float(cpu) / base:.1f}" if isinstance(cpu, float | int) and base else "-"
                shown = f"{cpu:.2f}" if isinstance(cpu, float | int) else "-"
                cells = (mode, shape, f"{size:g}", shown, ratio, row["peak_mib"], row["outcome"])
                print("| " + " | ".join(map(str, cells)) + " |", flush=True)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("NEWSCLEAN_NO_PLUGINS", "1")
    sys.exit(main())
