"""Digest of HTML mode's output on bench pages, to show that a speed change changed no output.

    python -m benchmarks.same_output FILE... --out DIGEST.json [--compare OLD.json]
        [--page-account] [--links] [--split dev|holdout|all]

Each page (its bytes, as the runner's ``newsclean-html`` system passes them) goes through
``newsclean.clean(page, format="html", url=url)`` and its output is digested part by part:
``text``, ``metadata`` (every field), ``provenance``, ``lines`` (each line's text, label and
rule: the removed lines and why), ``markdown``, ``tables``, ``comments``, ``warnings`` and
``articles``; an exception counts as an output (its type and message). ``--compare`` prints
every page and part that differ from an earlier digest and exits 1 when any does.
``--page-account`` and ``--links`` run with ``CleanConfig(page_account=True)`` /
``include_links=True, include_images=True`` (the other code paths of HTML mode). The time
budget is off, so that a slow moment of a shared machine cannot change an output.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from benchmarks.data import SPLITS, iter_bench

PARTS = ("text", "metadata", "provenance", "lines", "markdown", "tables", "comments", "warnings", "articles")


def digest(value: object) -> str:
    """A short stable hash of a JSON-able value."""
    data = json.dumps(value, sort_keys=True, ensure_ascii=False, default=str).encode("utf-8")
    return hashlib.sha256(data).hexdigest()[:16]


def page_parts(clean: Any, page: bytes, url: str | None, config: Any) -> dict[str, str]:
    """The digest of each part of one page's output (module docstring)."""
    try:
        out = clean(page, format="html", url=url, config=config).to_dict(lines=True)
    except Exception as exc:  # an error is an output too
        return {"error": digest(f"{type(exc).__name__}: {exc}")}
    lines = [(line["text"], line["label"], line.get("rule")) for line in out.pop("lines")]
    provenance = out.pop("provenance")
    parts = {
        "text": out.pop("text"),
        "lines": lines,
        "provenance": provenance,
        "markdown": out.pop("markdown"),
        "tables": out.pop("tables"),
        "comments": out.pop("comments"),
        "warnings": out.pop("warnings"),
        "articles": out.pop("articles"),
    }
    parts["metadata"] = out  # what is left: the metadata fields, source_mode, removed counts
    return {name: digest(parts[name]) for name in PARTS}


def compare(old: dict[str, dict[str, str]], new: dict[str, dict[str, str]]) -> list[str]:
    """One line per page and part that differ (or a page only one digest has)."""
    out = []
    for key in sorted(set(old) | set(new)):
        if key not in old or key not in new:
            out.append(f"{key}: only in the {'new' if key in new else 'old'} digest")
            continue
        differing = [p for p in sorted(set(old[key]) | set(new[key])) if old[key].get(p) != new[key].get(p)]
        if differing:
            out.append(f"{key}: {', '.join(differing)}")
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--compare", type=Path)
    parser.add_argument("--split", choices=SPLITS, default="all")
    parser.add_argument("--page-account", action="store_true")
    parser.add_argument("--links", action="store_true")
    args = parser.parse_args(argv)

    from newsclean import clean
    from newsclean.config import CleanConfig

    config = CleanConfig(
        time_budget=None,
        page_account=args.page_account,
        include_links=args.links,
        include_images=args.links,
    )
    digests: dict[str, dict[str, str]] = {}
    for path in args.files:
        for doc in iter_bench(path, args.split):
            digests[f"{path.name}:{doc.id}"] = page_parts(clean, doc.page, doc.url, config)
    args.out.write_text(json.dumps(digests, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(digests)} pages digested into {args.out}")
    if args.compare is None:
        return 0
    differences = compare(json.loads(args.compare.read_text(encoding="utf-8")), digests)
    print("\n".join(differences) or "no difference")
    print(f"{len(differences)} page(s) differ from {args.compare}")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
