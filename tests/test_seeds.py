"""The five hand-labelled seed pages: line labels, article count and article metadata."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsclean

SEEDS = sorted((Path(__file__).parent.parent / "fixtures" / "seeds").glob("*.gold.json"))
MIN_ACCURACY = 0.97


def _gold(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _clean(gold_path: Path) -> newsclean.Document:
    gold = _gold(gold_path)
    return newsclean.clean(gold_path.with_name(gold["file"]).read_bytes())


def test_there_are_five_seeds() -> None:
    assert len(SEEDS) == 5


def test_line_labels_match_gold_overall() -> None:
    total = right = 0
    misses = []
    for path in SEEDS:
        got = {line.n: line.label.value for line in _clean(path).lines}
        for line in _gold(path)["lines"]:
            if line["label"] == "blank":
                continue
            total += 1
            if got.get(line["n"]) == line["label"]:
                right += 1
            else:
                misses.append(f"{path.name}:{line['n']} {line['label']}->{got.get(line['n'])}")
    assert right / total >= MIN_ACCURACY, misses


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name.split("_")[0])
def test_every_line_is_accounted_for(path: Path) -> None:
    doc = _clean(path)
    assert [line.n for line in doc.lines] == [line["n"] for line in _gold(path)["lines"]]


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name.split("_")[0])
def test_articles_and_their_metadata(path: Path) -> None:
    gold = _gold(path)
    doc = _clean(path)
    assert len(doc.articles) == len(gold["articles"])
    for want, got in zip(gold["articles"], doc.articles, strict=True):
        for key in ("title", "published", "updated", "source", "views", "publisher", "language"):
            if want.get(key) is not None:
                assert getattr(got.metadata, key) == want[key], key
        if want.get("byline"):
            assert got.metadata.author == want["byline"]


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name.split("_")[0])
def test_article_bodies_match_gold(path: Path) -> None:
    gold = _gold(path)
    doc = _clean(path)
    for want, got in zip(gold["articles"], doc.articles, strict=True):
        want_lines = [line.strip() for line in want["body"].split("\n") if line.strip()]
        got_lines = got.text.split("\n")
        common = len(set(want_lines) & set(got_lines))
        assert common / max(len(want_lines), 1) >= 0.9
        assert common / max(len(got_lines), 1) >= 0.9
