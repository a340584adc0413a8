"""How long can HTML mode run in C code the time budget cannot interrupt? Adversarial markup at the
markup cap (``MAX_MARKUP_CHARS``), each page cleaned in a fresh process.

    python -m benchmarks.c_time [--shapes ...] [--budgets 0.1 0.5 1 2 4] [--fractions 0.25 0.5 0.75]
        [--cap SECONDS]

For each shape: the wall time of ``clean(page, format="html")`` with no budget (``total``), then,
for each budget (those given, and the ``--fractions`` of ``total``, so that late C calls are
caught too), the wall time until ``clean()`` returned or raised ``BudgetError``. The
*overshoot* (time past the budget) is what the budget could not interrupt: the rest of the C call
running when the alarm fired (lxml parsing, a trafilatura XPath pass). The worst overshoot over
the budgets is reported with its ratio to the budget. docs/limits.md has the figures.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time

CAP = 2_000_000  # newsclean.html.mode.MAX_MARKUP_CHARS
_WORDS = "the council voted to keep the old bridge open for another year officials said "


def _repeat(unit: str, head: str = "<html><body>", tail: str = "</body></html>") -> str:
    n = (CAP - len(head) - len(tail)) // len(unit)
    return head + unit * n + tail


def shape(name: str) -> str:
    """Markup of about ``CAP`` characters built to stress one part of the parsers."""
    if name == "deep-div":  # libxml2 stops at 256 levels unless told otherwise
        n = CAP // 12
        return "<html><body>" + "<div>" * n + "text" + "</div>" * n + "</body></html>"
    if name == "deep-unclosed":  # never closed: the parser's recovery keeps every level open
        return _repeat("<div><span><b>")
    if name == "attributes":  # one element with ~150,000 attributes
        attrs = "".join(f' a{i}="x"' for i in range(CAP // 12))
        return f"<html><body><p{attrs[: CAP - 40]}>{_WORDS}</p></body></html>"
    if name == "tiny-elements":
        return _repeat("<p>a</p>")
    if name == "tiny-spans":
        return _repeat("<span>a</span>", "<html><body><p>", "</p></body></html>")
    if name == "table-cells":
        return _repeat("<td>a", "<html><body><table><tr>", "</tr></table></body></html>")
    if name == "nested-tables":
        return _repeat("<table><tr><td>")
    if name == "list-items":
        return _repeat("<li>" + _WORDS, "<html><body><ul>", "</ul></body></html>")
    if name == "links":
        return _repeat('<a href="/x">a</a> ', "<html><body><p>", "</p></body></html>")
    if name == "entities":
        return _repeat("&amp;&#x1F600;&eacute;&bogus;", "<html><body><p>", "</p></body></html>")
    if name == "misnested":  # <b><i>..</b></i>: the adoption-agency kind of repair
        return _repeat("<b><i>x</b></i>", "<html><body><p>", "</p></body></html>")
    if name == "comments":
        return _repeat("<!-- c -->a", "<html><body><p>", "</p></body></html>")
    if name == "paragraphs":  # plain prose in many paragraphs: the realistic worst for trafilatura
        return _repeat("<p>" + _WORDS * 3 + "</p>\n")
    if name == "one-text-node":
        return _repeat(_WORDS, "<html><body><p>", "</p></body></html>")
    if name == "br-lines":
        return _repeat(_WORDS[:20] + "<br>", "<html><body><p>", "</p></body></html>")
    raise ValueError(name)


SHAPES = (
    "deep-div",
    "deep-unclosed",
    "attributes",
    "tiny-elements",
    "tiny-spans",
    "table-cells",
    "nested-tables",
    "list-items",
    "links",
    "entities",
    "misnested",
    "comments",
    "paragraphs",
    "one-text-node",
    "br-lines",
)

_CHILD = """
import json, sys, time
from benchmarks.c_time import shape
from newsclean import CleanConfig, Cleaner, BudgetError
name, budget = sys.argv[1], (None if sys.argv[2] == "none" else float(sys.argv[2]))
page = shape(name)
cleaner = Cleaner(CleanConfig(time_budget=budget, max_bytes=10**8, load_plugins=False))
cleaner.warm_up()
cleaner.clean("<html><body><p>warm up</p></body></html>", format="html")
start = time.monotonic()
try:
    doc = cleaner.clean(page, format="html")
    outcome = f"ok ({len(doc.text):,} chars)"
except BudgetError:
    outcome = "BudgetError"
print(json.dumps({"seconds": time.monotonic() - start, "outcome": outcome}))
"""


def _run(name: str, budget: float | None, cap: float) -> dict[str, object]:
    try:
        proc = subprocess.run(
            [sys.executable, "-c", _CHILD, name, "none" if budget is None else str(budget)],
            capture_output=True,
            text=True,
            timeout=cap,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return {"seconds": cap, "outcome": f">{cap:g} s"}
    if proc.returncode:
        return {"seconds": float("nan"), "outcome": proc.stderr.strip().splitlines()[-1]}
    result: dict[str, object] = json.loads(proc.stdout)
    return result


def main(argv: list[str] | None = None) -> int:
    """Print one Markdown row per shape."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shapes", nargs="+", default=list(SHAPES), choices=SHAPES)
    parser.add_argument("--budgets", nargs="+", type=float, default=[0.1, 0.5, 1.0, 2.0, 4.0])
    parser.add_argument("--fractions", nargs="+", type=float, default=[0.25, 0.5, 0.75])
    parser.add_argument("--cap", type=float, default=300.0, help="wall seconds per run")
    args = parser.parse_args(argv)
    print("| shape | markup chars | no budget: s | outcome | worst overshoot s (budget) | x budget |")
    print("|---|---|---|---|---|---|")
    for name in args.shapes:
        started = time.monotonic()
        total = _run(name, None, args.cap)
        worst, at = 0.0, 0.0
        seconds = float(total["seconds"])  # type: ignore[arg-type]
        budgets = sorted({*args.budgets, *(round(f * seconds, 2) for f in args.fractions)})
        for budget in budgets:
            if budget >= seconds or budget <= 0:
                continue
            over = float(_run(name, budget, args.cap)["seconds"]) - budget  # type: ignore[arg-type]
            if over > worst:
                worst, at = over, budget
        ratio = f"{(worst + at) / at:.1f}" if at else "-"
        print(
            f"| {name} | {len(shape(name)):,} | {float(total['seconds']):.2f} | {total['outcome']} "  # type: ignore[arg-type]
            f"| {worst:.2f} ({at:g}) | {ratio} |",
            flush=True,
        )
        print(f"  ({name}: {time.monotonic() - started:.0f} s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
