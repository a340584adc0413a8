"""Time per page of one system over another's, the two alternating page by page (CPU time).

    python -m benchmarks.interleaved FILE... [--systems newsclean-html trafilatura] [--rounds 2]
        [--split dev|holdout|all]

The runner's ``x traf`` times each system's whole pass apart, so on a shared machine a burst of
someone else's work lands on one system and not the other. Here each page is cleaned by the
first system, then by the second, ``--rounds`` times, and each system keeps its fastest CPU time
(``time.process_time``) per page: what a neighbour takes from the machine falls on both alike.
Before every call newsclean's per-line date cache is emptied (the runner empties it once a pass),
so no call reuses another's answers. Prints, per file, the time per page of each system and the
ratio of the first to the second.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from benchmarks.data import SPLITS, load_bench
from benchmarks.run import _forget_results
from benchmarks.systems import SYSTEMS, Adapter


def best_times(adapters: Sequence[Adapter], docs: Sequence[object], rounds: int) -> list[float]:
    """Per adapter, the sum over pages of its fastest CPU seconds on each page."""
    totals = [0.0] * len(adapters)
    for doc in docs:
        best = [float("inf")] * len(adapters)
        for _ in range(rounds):
            for k, adapter in enumerate(adapters):
                _forget_results()
                start = time.process_time()
                adapter(doc)  # type: ignore[arg-type]
                best[k] = min(best[k], time.process_time() - start)
        for k, seconds in enumerate(best):
            totals[k] += seconds
    return totals


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument(
        "--systems", nargs=2, default=["newsclean-html", "trafilatura"], choices=sorted(SYSTEMS)
    )
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--split", choices=SPLITS, default="all")
    args = parser.parse_args(argv)
    adapters = [SYSTEMS[name].load() for name in args.systems]
    for path in args.files:
        docs = load_bench(path, args.split)
        for doc in docs[:3]:  # imports and models load outside the timing
            for adapter in adapters:
                adapter(doc)
        gc.collect()
        totals = best_times(adapters, docs, args.rounds)
        pairs = zip(args.systems, totals, strict=True)
        per_page = "  ".join(f"{name} {1000 * total / len(docs):.1f} ms" for name, total in pairs)
        print(f"{path.name}: {len(docs)} pages, {per_page}, ratio {totals[0] / totals[1]:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
