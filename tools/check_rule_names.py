"""Every rule name the outputs print resolves with ``newsclean rules NAME``; every removed line has a reason.

Usage (from the project root)::

    python tools/check_rule_names.py [FILE.jsonl ...] [--pages N] [--html-pages N]

For each page (the seeds under fixtures/seeds, then the first ``--pages`` records of each
benchmark file, their ``text`` in text mode and ``--html-pages`` of their ``html`` in HTML mode
where present), runs ``newsclean explain`` and ``newsclean clean --format json`` in-process,
collects the rule names they print (in the rule column, and named in a reason:
"(structure.continuation)"), and asks ``newsclean rules NAME`` for each. Exit status 1
when a name does not resolve or a removed line has no reason. tests/test_rule_names.py runs
the same check on the seeds and an HTML page.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import re
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

from newsclean.cli.main import main as cli

_ROW = re.compile(r"^\s*\d+\s+(?:keep|drop)\s+\S+\s+(\S+)\s")
# A rule or structural decision named in a reason: "(structure.continuation)".
_NAMED = re.compile(r"\(([a-z_]+\.[a-z_]+)\)")
BENCH = ("/work/shared/bench/scrapinghub.dev.jsonl", "/work/shared/bench/readability.dev.jsonl")
SEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "seeds"


def _run(argv: list[str]) -> tuple[int, str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = cli(argv)
    return code, out.getvalue()


def printed_names(path: Path, mode: str) -> tuple[set[str], list[str]]:
    """The rule names ``explain`` and ``clean --format json`` print for one file, and the
    removed lines without a reason (as "file:line")."""
    code, shown = _run(["explain", str(path), "--mode", mode, "--color", "never"])
    assert code == 0, shown
    names = {m.group(1) for row in shown.splitlines() if (m := _ROW.match(row))}
    code, dumped = _run(["clean", str(path), "--mode", mode, "--format", "json"])
    assert code == 0, dumped
    lines = json.loads(dumped)["lines"]
    names |= {line["rule"] for line in lines}
    names |= {name for line in lines for name in _NAMED.findall(line["reason"])}
    silent = [f"{path}:{line['n']}" for line in lines if line["label"] != "body" and not line["reason"]]
    return names, silent


def unresolved(names: Iterable[str]) -> list[str]:
    """The names ``newsclean rules NAME`` does not document (exit status not 0)."""
    return [name for name in sorted(names) if _run(["rules", name])[0] != 0]


def pages(bench: list[str], n: int, html: int, folder: Path) -> list[tuple[Path, str]]:
    """Seed files, then bench records written to ``folder``, each with its mode."""
    found = [(p, "text") for p in sorted(SEEDS.glob("*.txt"))]
    for path in bench:
        with open(path, encoding="utf-8") as fh:
            for k, row in enumerate(fh):
                if k >= max(n, html):
                    break
                record = json.loads(row)
                if k < n and record.get("text"):
                    target = folder / f"{Path(path).stem}-{k}.txt"
                    target.write_text(record["text"], encoding="utf-8")
                    found.append((target, "text"))
                if k < html and record.get("html"):
                    target = folder / f"{Path(path).stem}-{k}.html"
                    target.write_text(record["html"], encoding="utf-8")
                    found.append((target, "html"))
    return found


def main(argv: list[str] | None = None) -> int:
    """Check the pages; print the names seen and any failure."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("bench", nargs="*", default=list(BENCH))
    parser.add_argument("--pages", type=int, default=30, help="text pages per benchmark file")
    parser.add_argument("--html-pages", type=int, default=5, help="HTML pages per benchmark file")
    args = parser.parse_args(argv)
    names: set[str] = set()
    silent: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        chosen = pages(args.bench, args.pages, args.html_pages, Path(tmp))
        for path, mode in chosen:
            seen, quiet = printed_names(path, mode)
            names |= seen
            silent += quiet
    missing = unresolved(names)
    print(f"{len(chosen)} pages, {len(names)} rule names printed: {', '.join(sorted(names))}")
    print(f"unresolved: {', '.join(missing) or 'none'}; removed lines without a reason: {len(silent)}")
    return 1 if missing or silent else 0


if __name__ == "__main__":
    sys.exit(main())
