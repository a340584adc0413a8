"""Freeze newsclean's text-mode output on a fixed corpus, then check that a change keeps it identical.

Usage (from the project root, ``PYTHONPATH=src``)::

    python tools/compare_snapshot.py --write   # before a refactor: store inputs and outputs
    python tools/compare_snapshot.py           # after: re-clean every input, report differences

The corpus is every page of the benchmark dev files (``text`` field), every seed page, and
``--generated`` pages drawn with a fixed seed from ``newsclean.strategies`` (every language, so the
non-ASCII paths are covered too). Inputs are stored next to the outputs, so a later change to the
generators does not change what is compared. An output is
``json.dumps(newsclean.clean(text).to_dict(), sort_keys=True)``. Exit status 1 when anything differs.

Meant for performance work and refactors: a speed-up must not change a single byte of output.
One field is left out of the comparison: each line's ``reason`` (added with the rule context,
issue 12). It says in words why a rule took the line, so a snapshot written before it existed
still compares, and rewording a reason is not an output change; every other field (label, rule,
text, offsets, metadata, provenance, warnings) must match exactly.
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
from pathlib import Path

import newsclean

BENCH = ("/work/shared/bench/scrapinghub.dev.jsonl", "/work/shared/bench/readability.dev.jsonl")
SEEDS = "/work/shared/seeds"
SEED_VALUE = 20260301


def corpus(bench: list[str], seeds: str, generated: int) -> dict[str, str]:
    """Name -> input text, in a stable order."""
    texts: dict[str, str] = {}
    for path in bench:
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh):
                texts[f"{Path(path).stem}-{n:04d}"] = json.loads(line)["text"]
    for seed_file in sorted(Path(seeds).glob("*.txt")):
        texts[f"seed-{seed_file.stem}"] = seed_file.read_text(encoding="utf-8")
    for n, text in enumerate(_generated(generated)):
        texts[f"generated-{n:04d}"] = text
    return texts


def _generated(n: int) -> list[str]:
    from generated_sample import distinct_pages

    return [p.text if isinstance(p.text, str) else p.source_text for p in distinct_pages(n, SEED_VALUE)]


def output(text: str) -> str:
    """The frozen form of one page's result."""
    return json.dumps(newsclean.clean(text, format="text").to_dict(), sort_keys=True)


def comparable(frozen: str) -> str:
    """``frozen`` without the lines' ``reason`` fields (see the module docstring)."""
    record = json.loads(frozen)
    for line in record.get("lines", ()):
        line.pop("reason", None)
    return json.dumps(record, sort_keys=True)


def main(argv: list[str] | None = None) -> int:
    """Write or compare the snapshot."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--dir", default="/tmp/speed_snapshot", help="snapshot folder")
    parser.add_argument("--write", action="store_true", help="store inputs and outputs (overwrites)")
    parser.add_argument("--generated", type=int, default=300, help="generated pages (with --write)")
    parser.add_argument("--bench", nargs="*", default=list(BENCH))
    parser.add_argument("--seeds", default=SEEDS)
    args = parser.parse_args(argv)
    folder = Path(args.dir)
    if args.write:
        folder.mkdir(parents=True, exist_ok=True)
        texts = corpus(args.bench, args.seeds, args.generated)
        (folder / "inputs.json").write_text(json.dumps(texts), encoding="utf-8")
        outputs = {name: output(text) for name, text in texts.items()}
        (folder / "outputs.json").write_text(json.dumps(outputs), encoding="utf-8")
        print(f"wrote {len(outputs)} outputs to {folder}")
        return 0
    texts = json.loads((folder / "inputs.json").read_text(encoding="utf-8"))
    expected = json.loads((folder / "outputs.json").read_text(encoding="utf-8"))
    differing = 0
    for name, text in texts.items():
        got = comparable(output(text))
        if got != comparable(expected[name]):
            differing += 1
            if differing <= 5:
                print(f"--- {name} differs:")
                old = json.dumps(json.loads(expected[name]), indent=1, sort_keys=True).splitlines()
                new = json.dumps(json.loads(got), indent=1, sort_keys=True).splitlines()
                print("\n".join(list(difflib.unified_diff(old, new, lineterm="", n=1))[:40]))
    print(f"{len(texts) - differing}/{len(texts)} identical (line reasons aside), {differing} differ")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
