"""The fuzz driver: clean drawn cases, catch what is not a newsclean error, shrink and save it.

    python -m fuzz.run [--count N | --minutes M] [--seed S] [--start I] [--jobs J] [--out DIR]

A *crash* is any exception that is not a :class:`newsclean.NewscleanError` (``InputError``,
``DecodeError``, ``BudgetError``... are answers), or a document whose JSON is not valid UTF-8.
A *slow* case takes over ``--slow`` seconds. Each crash is shrunk (chunks removed while the
same exception type stays) and written to ``--out`` as ``<hash>.json``, which
tests/test_fuzz.py replays forever after. Progress and a summary go to stderr; the summary is
also printed as one JSON line on stdout.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import multiprocessing
import os
import sys
import time
import traceback
from dataclasses import dataclass, field, replace
from pathlib import Path

from fuzz.families import Case, draw

CRASHES = Path(__file__).resolve().parent / "crashes"
_SHRINK_TRIES = 300


@dataclass
class Outcome:
    """Counts of one worker's run."""

    cases: int = 0
    errors: dict[str, int] = field(default_factory=dict)  # newsclean errors by class: expected
    crashes: list[dict[str, object]] = field(default_factory=list)
    slow: list[dict[str, object]] = field(default_factory=list)
    seconds: float = 0.0


def _cleaner() -> object:
    import newsclean

    cleaner = newsclean.Cleaner(time_budget=5.0, load_plugins=False)
    getattr(cleaner, "warm_up", lambda: None)()  # (absent before issue 15: replaying old code)
    return cleaner


def failure(cleaner: object, case: Case) -> str | None:
    """None when ``case`` cleans or fails with a newsclean error; else the crash's signature."""
    from newsclean import NewscleanError

    try:
        options = {"url": case.url, "encoding": case.encoding, "content_type": case.content_type}
        doc = cleaner.clean(  # type: ignore[attr-defined]
            case.data, format=case.format, **{k: v for k, v in options.items() if v is not None}
        )
        json.dumps(doc.to_dict(), ensure_ascii=False).encode("utf-8")
        for line in doc.lines:
            if doc.fixed_text[line.start : line.end] != line.text:
                return "AssertionError: a line's offsets do not point at its text"
    except NewscleanError:
        return None
    except Exception as exc:  # the point: anything else is a crash
        frame = traceback.extract_tb(exc.__traceback__)[-1]
        return f"{type(exc).__name__} at {Path(frame.filename).name}:{frame.name}"
    return None


def shrink(cleaner: object, case: Case, signature: str) -> Case:
    """A smaller case with the same crash signature (chunks of the data removed, halves first)."""
    data = case.data
    tries = 0
    chunk = max(len(data) // 2, 1)
    while chunk >= 1 and tries < _SHRINK_TRIES:
        at, changed = 0, False
        while at < len(data) and tries < _SHRINK_TRIES:
            smaller = data[:at] + data[at + chunk :]
            tries += 1
            if failure(cleaner, replace(case, data=smaller)) == signature:
                data, changed = smaller, True
            else:
                at += chunk
        if not changed:
            chunk //= 2
    return replace(case, data=data)


def save(case: Case, signature: str, out: Path) -> Path:
    """Write a reproducer (the case and its crash) named by its content's hash."""
    out.mkdir(parents=True, exist_ok=True)
    raw = {"signature": signature, "case": case.to_json()}
    name = hashlib.sha1(json.dumps(raw, sort_keys=True).encode()).hexdigest()[:12]
    path = out / f"{name}.json"
    path.write_text(json.dumps(raw, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return path


def work(seed: int, start: int, step: int, count: int | None, until: float, out: str, slow: float) -> Outcome:
    """Cases ``start, start + step, ...`` until ``count`` of them or the clock reaches ``until``."""
    os.environ["NEWSCLEAN_NO_PLUGINS"] = "1"
    cleaner = _cleaner()
    outcome = Outcome()
    began = time.monotonic()
    index = start
    seen: set[str] = set()
    while (count is None or outcome.cases < count) and time.time() < until:
        case = draw(seed, index)
        t = time.monotonic()
        signature = failure(cleaner, case)
        took = time.monotonic() - t
        outcome.cases += 1
        if took > slow:
            outcome.slow.append({"index": index, "family": case.family, "seconds": round(took, 2)})
        if signature is not None:
            entry: dict[str, object] = {"index": index, "family": case.family, "signature": signature}
            if signature not in seen:
                seen.add(signature)
                entry["file"] = str(save(shrink(cleaner, case, signature), signature, Path(out)))
            outcome.crashes.append(entry)
        if outcome.cases % 5000 == 0:
            rate = outcome.cases / (time.monotonic() - began)
            print(f"fuzz[{start}]: {outcome.cases:,} cases, {len(outcome.crashes)} crashes, {rate:.0f}/s",
                  file=sys.stderr, flush=True)  # fmt: skip
        index += step
    outcome.seconds = time.monotonic() - began
    return outcome


def _work_star(args: tuple[int, int, int, int | None, float, str, float]) -> Outcome:
    return work(*args)


def main(argv: list[str] | None = None) -> int:
    """Run the campaign; exit 1 when a crash was found."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--count", type=int, help="cases in all (default: until --minutes)")
    parser.add_argument("--minutes", type=float, default=None, help="stop after this long")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--start", type=int, default=0, help="first case index")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes")
    parser.add_argument("--out", default=str(CRASHES), help="folder for reproducers")
    parser.add_argument("--slow", type=float, default=2.0, help="seconds that make a case slow")
    args = parser.parse_args(argv)
    if args.count is None and args.minutes is None:
        args.minutes = 1.0
    until = time.time() + (args.minutes * 60 if args.minutes is not None else 10**9)
    per_job = None if args.count is None else -(-args.count // args.jobs)
    tasks = [
        (args.seed, args.start + j, args.jobs, per_job, until, args.out, args.slow) for j in range(args.jobs)
    ]
    began = time.monotonic()
    if args.jobs == 1:
        outcomes = [_work_star(tasks[0])]
    else:
        with multiprocessing.get_context("fork").Pool(args.jobs) as pool:
            outcomes = pool.map(_work_star, tasks)
    summary = {
        "cases": sum(o.cases for o in outcomes),
        "crashes": [c for o in outcomes for c in o.crashes],
        "slow": sorted((s for o in outcomes for s in o.slow), key=lambda s: -float(s["seconds"]))[:50],
        "slow_count": sum(len(o.slow) for o in outcomes),
        "wall_seconds": round(time.monotonic() - began, 1),
        "seed": args.seed,
    }
    print(json.dumps(summary))
    return 1 if summary["crashes"] else 0


if __name__ == "__main__":
    sys.exit(main())
