"""Measure newsclean on generated pages: body shingle-F1, metadata exact match, failing patterns.

Usage (from the project root)::

    .venv/bin/python tools/measure_generated.py                 # 1,000 pages, fixed seed
    .venv/bin/python tools/measure_generated.py -n 200 --languages en bn --json out.json

Pages come from ``newsclean.strategies.pages(feed=None)``: every language, single articles and
feeds, any mix of boilerplate; 1,000 distinct pages by default, the same ones on every run. Each
page is cleaned with ``newsclean.clean`` and scored against its gold:

- body: multiset of 4-token shingles (``shingle_scores``), mean precision / recall / F1;
- metadata: exact match of title, published and source, per article (a single page has one; a
  feed's articles are matched in order), counted only where the gold has a value;
- lines: label accuracy on non-blank lines, and the confusions (generator kind -> label given,
  with the deciding rule) that cost the most, so the rules to fix can be read off directly.

Targets (for the lead): F1 >= 0.97, metadata exact >= 95%.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from generated_sample import DEFAULT_SEED, distinct_pages

import newsclean
from newsclean.labels import Label
from newsclean.strategies import LANGUAGES, GeneratedPage, shingle_scores

FIELDS = ("title", "published", "source")


@dataclass
class PageResult:
    """What one page scored."""

    language: str
    feed: bool
    features: list[str]
    precision: float
    recall: float
    f1: float
    lines_ok: int
    lines_total: int
    meta_hits: dict[str, list[bool]] = field(default_factory=dict)
    meta_misses: list[tuple[str, Any, Any]] = field(default_factory=list)
    confusions: list[tuple[str, str, str, str, str]] = field(default_factory=list)
    articles: tuple[int, int] = (0, 0)
    error: str | None = None


def score(page: GeneratedPage) -> PageResult:
    """Clean one page and compare with its gold."""
    try:
        doc = newsclean.clean(page.text)
    except Exception as exc:  # a crash is a result too: recorded, not fatal
        return PageResult(page.language, page.feed, sorted(page.features), 0, 0, 0, 0, 1,
                          error=f"{type(exc).__name__}: {exc}")  # fmt: skip
    scores = shingle_scores(doc.text, page.gold.body)
    result = PageResult(
        page.language, page.feed, sorted(page.features), scores.precision, scores.recall,
        scores.f1, 0, 0, articles=(len(doc.articles), len(page.gold.articles)),
    )  # fmt: skip
    for line, gold, kind in zip(doc.lines, page.gold.labels, page.gold.kinds, strict=False):
        if gold is Label.BLANK:
            continue
        result.lines_total += 1
        if line.label is gold:
            result.lines_ok += 1
        else:
            result.confusions.append((kind, gold.value, line.label.value, line.rule, line.text[:70]))
    for i, want in enumerate(page.gold.articles):
        got = doc.articles[i].metadata if i < len(doc.articles) else None
        for name in FIELDS:
            wanted = getattr(want, name)
            if wanted is None:
                continue
            value = getattr(got, name) if got is not None else None
            result.meta_hits.setdefault(name, []).append(value == wanted)
            if value != wanted:
                result.meta_misses.append((name, wanted, value))
    return result


def collect(n: int, seed_value: int, languages: Iterable[str]) -> list[PageResult]:
    """Draw ``n`` distinct pages with a fixed seed and score each (no shrinking: a survey)."""
    return [score(page) for page in distinct_pages(n, seed_value, languages)]


def _mean(values: list[float]) -> float:
    return statistics.fmean(values) if values else float("nan")


def summary(results: list[PageResult]) -> dict[str, Any]:
    """Aggregate figures, overall and by language / page kind / feature."""

    def block(rs: list[PageResult]) -> dict[str, Any]:
        hits = [h for r in rs for hs in r.meta_hits.values() for h in hs]
        per_field = {
            name: _mean([float(h) for r in rs for h in r.meta_hits.get(name, [])]) for name in FIELDS
        }
        return {
            "pages": len(rs),
            "precision": _mean([r.precision for r in rs]),
            "recall": _mean([r.recall for r in rs]),
            "f1": _mean([r.f1 for r in rs]),
            "f1_ge_0.9": _mean([float(r.f1 >= 0.9) for r in rs]),
            "line_accuracy": sum(r.lines_ok for r in rs) / max(1, sum(r.lines_total for r in rs)),
            "metadata_exact": _mean([float(h) for h in hits]),
            "metadata_by_field": per_field,
            "article_count_exact": _mean([float(r.articles[0] == r.articles[1]) for r in rs]),
        }

    by_language = {code: block([r for r in results if r.language == code]) for code in LANGUAGES}
    by_kind = {
        "single": block([r for r in results if not r.feed]),
        "feed": block([r for r in results if r.feed]),
    }
    features = sorted({f for r in results for f in r.features})
    by_feature = {f: block([r for r in results if f in r.features]) for f in features}
    confusions: Counter[tuple[str, str, str]] = Counter()
    rules: dict[tuple[str, str, str], Counter[str]] = defaultdict(Counter)
    samples: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    conf_langs: dict[tuple[str, str, str], Counter[str]] = defaultdict(Counter)
    for r in results:
        for kind, gold, got, rule, text in r.confusions:
            key = (kind, gold, got)
            confusions[key] += 1
            rules[key][rule] += 1
            conf_langs[key][r.language] += 1
            sample = f"[{r.language}] {text}"
            if len(samples[key]) < 3 and sample not in samples[key]:
                samples[key].append(sample)
    misses: Counter[tuple[str, str]] = Counter()
    miss_samples: dict[tuple[str, str], list[str]] = defaultdict(list)
    for r in results:
        for name, want, got in r.meta_misses:
            misses[(name, r.language)] += 1
            sample = f"want {want!r} got {got!r}"
            if len(miss_samples[(name, r.language)]) < 3 and sample not in miss_samples[(name, r.language)]:
                miss_samples[(name, r.language)].append(sample)
    return {
        "overall": block(results),
        "by_kind": by_kind,
        "by_language": by_language,
        "by_feature": by_feature,
        "errors": [r.error for r in results if r.error],
        "confusions": [
            {
                "kind": k[0],
                "gold": k[1],
                "got": k[2],
                "count": c,
                "rules": dict(rules[k].most_common(4)),
                "languages": dict(conf_langs[k].most_common()),
                "samples": samples[k],
            }
            for k, c in confusions.most_common(40)
        ],
        "metadata_misses": [
            {"field": k[0], "language": k[1], "count": c, "samples": miss_samples[k]}
            for k, c in misses.most_common(40)
        ],
    }


def print_report(report: dict[str, Any], elapsed: float) -> None:
    """Human-readable version of ``summary``."""
    o = report["overall"]
    print(
        f"pages {o['pages']} in {elapsed:.0f}s | body P {o['precision']:.3f} R {o['recall']:.3f} "
        f"F1 {o['f1']:.3f} (pages with F1>=0.9: {o['f1_ge_0.9']:.1%}) | line accuracy "
        f"{o['line_accuracy']:.3f} | metadata exact {o['metadata_exact']:.1%} "
        + " ".join(f"{k}={v:.1%}" for k, v in o["metadata_by_field"].items())
        + f" | article count exact {o['article_count_exact']:.1%}"
    )
    print("  targets: F1 >= 0.97, metadata exact >= 95%")
    for title, table in (("kind", report["by_kind"]), ("language", report["by_language"]),
                         ("feature", report["by_feature"])):  # fmt: skip
        print(f"\nby {title}:")
        for name, b in table.items():
            if not b["pages"]:
                continue
            fields = " ".join(f"{k}={v:.0%}" for k, v in b["metadata_by_field"].items())
            print(
                f"  {name:22} n={b['pages']:4}  F1 {b['f1']:.3f}  P {b['precision']:.3f}  "
                f"R {b['recall']:.3f}  lines {b['line_accuracy']:.3f}  meta {b['metadata_exact']:.0%}"
                f" ({fields})"
            )
    if report["errors"]:
        print(f"\nerrors ({len(report['errors'])}):", *sorted(set(report["errors"]))[:5], sep="\n  ")
    print("\nmost frequent line confusions (generator kind: gold -> got, rules, languages):")
    for c in report["confusions"][:25]:
        print(f"  {c['count']:5}  {c['kind']}: {c['gold']} -> {c['got']}  rules={c['rules']}  "
              f"langs={c['languages']}")  # fmt: skip
        for s in c["samples"][:2]:
            print(f"           e.g. {s}")
    print("\nmetadata misses (field, language):")
    for m in report["metadata_misses"][:25]:
        print(f"  {m['count']:5}  {m['field']:9} {m['language']}  e.g. {'; '.join(m['samples'][:2])}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=1000, help="pages to draw (default 1000)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="Hypothesis seed")
    parser.add_argument("--languages", nargs="*", default=list(LANGUAGES))
    parser.add_argument("--json", help="also write the full report as JSON to this file")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    results = collect(args.n, args.seed, args.languages)
    report = summary(results)
    print_report(report, time.perf_counter() - started)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as out:
            json.dump(report, out, ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
