"""Generate a large JSONL corpus for `newsclean batch` scale runs: varied pages, a share of bad records.

Material: the seed pages (several languages) and the bench files' whole-page `text` fields. Each good
record is a window of lines from one or two pages, so sizes and boilerplate vary. About ``--bad``
of the records are bad, split evenly over the kinds batch must survive:

* ``bad_json``      a line that is not JSON
* ``not_object``    a JSON array or string
* ``no_text``       an object without the text field
* ``non_string``    a text field holding a number
* ``bad_utf8``      a line with bytes that are not UTF-8
* ``oversize``      a text over ``--oversize`` bytes (run batch with a lower ``--max-bytes``)

A sidecar ``OUT.kinds`` lists each record's kind, one per line, for checking the output.

    python -m benchmarks.make_corpus --records 100000 -o /tmp/corpus.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

SHARED = Path("/work/shared")
BAD_KINDS = ("bad_json", "not_object", "no_text", "non_string", "bad_utf8", "oversize")


def material(shared: Path) -> list[list[str]]:
    """Every source page as a list of lines."""
    pages = [p.read_text(encoding="utf-8") for p in sorted((shared / "seeds").glob("*.txt"))]
    for bench in sorted((shared / "bench").glob("*.jsonl")):
        with bench.open(encoding="utf-8") as f:
            pages.extend(json.loads(line)["text"] for line in f)
    return [page.splitlines() for page in pages if page.strip()]


def good_text(rng: random.Random, pages: list[list[str]]) -> str:
    """A window of one page, sometimes followed by a window of another (a feed-like dump)."""
    parts = []
    for _ in range(1 if rng.random() < 0.8 else 2):
        lines = rng.choice(pages)
        start = rng.randrange(max(1, len(lines) // 3))
        parts.append("\n".join(lines[start : start + rng.randint(8, 200)]))
    return "\n\n".join(parts)


def bad_line(kind: str, rng: random.Random, i: int, oversize: int) -> bytes:
    """One bad record of ``kind`` as the raw bytes of its line."""
    if kind == "bad_json":
        return b'{"id": "doc-%d", "text": "unterminated' % i
    if kind == "not_object":
        return json.dumps(rng.choice([[i, "x"], f"doc-{i}"])).encode()
    if kind == "no_text":
        return json.dumps({"id": f"doc-{i}", "body": "wrong field"}).encode()
    if kind == "non_string":
        return json.dumps({"id": f"doc-{i}", "text": i}).encode()
    if kind == "bad_utf8":
        return b'{"id": "doc-%d", "text": "caf\xe9 \xff"}' % i
    return json.dumps({"id": f"doc-{i}", "text": "word " * (oversize // 5 + 1)}).encode()


def main() -> None:
    """Write the corpus and its ``.kinds`` sidecar."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("--bad", type=float, default=0.05, help="share of bad records (0.05)")
    parser.add_argument("--oversize", type=int, default=120_000, help="bytes of an oversize text")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--shared", type=Path, default=SHARED, help="folder with seeds/ and bench/")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    pages = material(args.shared)
    hosts = ("akorda.kz", "example.com", "news.example.org", "tengrinews.kz", "prothomalo.com")
    with args.output.open("wb") as out, args.output.with_name(args.output.name + ".kinds").open("w") as kinds:
        bad = 0
        for i in range(args.records):
            if rng.random() < args.bad:
                kind = BAD_KINDS[bad % len(BAD_KINDS)]
                bad += 1
                line = bad_line(kind, rng, i, args.oversize)
            else:
                kind = "good"
                record = {
                    "id": f"doc-{i}",
                    "url": f"https://{rng.choice(hosts)}/{i}",
                    "text": good_text(rng, pages),
                }
                line = json.dumps(record, ensure_ascii=False).encode("utf-8")
            out.write(line + b"\n")
            kinds.write(kind + "\n")


if __name__ == "__main__":
    main()
