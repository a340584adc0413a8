"""Text-mode speed on a JSONL benchmark file: documents per CPU second, per-stage times, a profile.

Usage (from the project root, ``PYTHONPATH=src``)::

    python tools/speed.py                       # docs/s over scrapinghub.dev (one warm-up pass)
    python tools/speed.py --stages              # CPU ms per document and stage (inclusive, own)
    python tools/speed.py --profile 25          # cProfile, the 25 costliest functions

CPU time (``time.process_time``) rather than wall time: the machine is shared, and CPU time of one
process is what the speed target is about. Peak RSS is the process's own maximum.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import resource
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from functools import cached_property
from typing import Any

import newsclean
from newsclean import pipeline

DEFAULT = "/work/shared/bench/scrapinghub.dev.jsonl"


def load(path: str, field: str) -> list[str]:
    """The ``field`` of every record."""
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line)[field] for line in fh if line.strip()]


def _forget() -> None:
    """Empty per-line result caches: the timed pass must not reuse the warm-up pass's answers."""
    from newsclean.text import dates

    dates.clear_cache()


def rate(texts: list[str], repeat: int) -> float:
    """Documents per CPU second, best of ``repeat`` passes after one warm-up pass."""
    cleaner = newsclean.Cleaner()
    for text in texts:
        cleaner.clean(text, format="text")
    best = float("inf")
    for _ in range(repeat):
        _forget()
        t0 = time.process_time()
        for text in texts:
            cleaner.clean(text, format="text")
        best = min(best, time.process_time() - t0)
    return len(texts) / best


def stages(texts: list[str]) -> dict[str, tuple[float, float]]:
    """CPU ms per document for each pipeline stage, rule and lazily computed page structure:
    inclusive, and the stage's own time (less the stages nested in it).

    Page structure (``page.*``) is computed on first use, inside whichever rule asks first; its
    inclusive time is counted both there and under its own name (and nested ones inside their
    callers); the own time is counted once, where it is spent.
    """
    from dataclasses import replace

    from newsclean.analysis.page import Page
    from newsclean.metadata import assemble as assemble_module

    totals: dict[str, float] = defaultdict(float)
    own: dict[str, float] = defaultdict(float)
    nested: list[float] = [0.0]  # per open stage: time spent in stages nested inside it
    restore: list[tuple[Any, str, Any]] = []

    def timed(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            nested.append(0.0)
            t0 = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                spent = time.process_time() - t0
                inner = nested.pop()
                totals[name] += spent
                own[name] += spent - inner
                nested[-1] += spent

        return wrapper

    def patch(owner: Any, attr: str, name: str) -> None:
        original = getattr(owner, attr)
        restore.append((owner, attr, original))
        setattr(owner, attr, timed(name, original))

    for name in ("fix_text", "split_lines", "detect_language", "line_features", "assemble"):
        patch(pipeline, name, name)
    patch(assemble_module, "page_metadata", "metadata")
    for name, prop in vars(Page).items():  # every lazily computed piece of page structure
        if not isinstance(prop, cached_property):
            continue
        restore.append((prop, "func", prop.func))
        prop.func = timed(f"page.{name}", prop.func)
    original_label = pipeline.label_page
    chains: dict[tuple[Any, ...], list[Any]] = {}  # wrapped once: rewrapping per page cost ~0.1 ms/doc

    def label_page(page: Any, rules: Any, *, deadline: float | None = None) -> Any:
        key = tuple(rules)
        wrapped = chains.get(key)
        if wrapped is None:
            wrapped = chains[key] = [replace(r, fn=timed(f"rule {r.name}", _eager(r.fn))) for r in rules]
        return original_label(page, wrapped, deadline=deadline)

    restore.append((pipeline, "label_page", original_label))
    pipeline.label_page = timed("label_page", label_page)  # type: ignore[assignment]
    cleaner = newsclean.Cleaner()
    try:
        for text in texts:  # warm-up
            cleaner.clean(text, format="text")
        totals.clear()
        own.clear()
        _forget()
        t0 = time.process_time()
        for text in texts:
            cleaner.clean(text, format="text")
        totals["total"] = own["total"] = time.process_time() - t0
    finally:
        for owner, attr, original in reversed(restore):
            setattr(owner, attr, original)
    scale = 1000 / len(texts)
    return {name: (scale * t, scale * own[name]) for name, t in totals.items()}


def _eager(fn: Callable[..., Any]) -> Callable[..., Any]:
    """A rule that returns its claims as a list (rules may be generators: time their whole run)."""
    return lambda page, labels: list(fn(page, labels))


def main(argv: list[str] | None = None) -> int:
    """Print the figures asked for."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("path", nargs="?", default=DEFAULT)
    parser.add_argument("--field", default="text")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--stages", action="store_true")
    parser.add_argument("--profile", type=int, default=0, metavar="N")
    args = parser.parse_args(argv)
    texts = load(args.path, args.field)
    if args.profile:
        cleaner = newsclean.Cleaner()
        for text in texts:
            cleaner.clean(text, format="text")
        profiler = cProfile.Profile()
        profiler.enable()
        for text in texts:
            cleaner.clean(text, format="text")
        profiler.disable()
        pstats.Stats(profiler).sort_stats("tottime").print_stats(args.profile)
    if args.stages:
        print(f"{'ms/doc CPU':28s} {'incl.':>7s} {'own':>7s}")
        for name, (ms, own_ms) in sorted(stages(texts).items(), key=lambda kv: -kv[1][0]):
            print(f"{name:28s} {ms:7.3f} {own_ms:7.3f}")
    docs = rate(texts, args.repeat)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{len(texts)} docs, {docs:.1f} docs/s ({1000 / docs:.2f} ms/doc CPU), peak RSS {peak:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
