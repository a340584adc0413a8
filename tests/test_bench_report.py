"""The runner's comparison figures: time ratio to trafilatura, F1 by part and page type, and the
Markdown structure scores (benchmarks/run.py, benchmarks/structure.py)."""

from __future__ import annotations

from benchmarks.metric import score_document
from benchmarks.run import SystemRun, format_breakdown, time_ratio
from benchmarks.structure import _HEADING, _ITEM, gold_headings, gold_items, marked, share
from benchmarks.systems import SYSTEMS


def run_of(name: str, seconds: float, scores: list[tuple[str, str, str]]) -> SystemRun:
    run = SystemRun(SYSTEMS[name], len(scores))
    run.pass_seconds = [seconds]
    run.scores = [(doc_id, score_document(gold, out)) for doc_id, gold, out in scores]
    return run


def test_time_ratio_is_per_page_time_over_trafilatura() -> None:
    reference = run_of("trafilatura", 2.0, [("a", "x y z w", "x y z w")])
    mine = run_of("newsclean-html", 2.5, [("a", "x y z w", "x y z w")])
    assert time_ratio(mine, reference) == 1.25
    assert time_ratio(mine, None) is None


def test_breakdown_by_part() -> None:
    gold = "one two three four five"
    # "4" is in the held-out fifth (sha1 % 5 == 0), "1" and "3" are not.
    scores = [("1", gold, gold), ("4", gold, ""), ("3", gold, gold)]
    table = format_breakdown([run_of("newsclean-html", 1.0, scores)])
    rows = {line.split()[0] + " " + line.split()[1]: line.split()[-1] for line in table.splitlines()[3:]}
    assert rows == {"dev part": "1.000", "holdout part": "0.000"}


def test_structure_scores_list_items_and_headings() -> None:
    gold = (
        "Intro line of the page.\n\nWhat we offer\n\n"
        + " ".join(["word"] * 14)
        + ".\n\n- first item\n- second item"
    )
    assert gold_items(gold) == ["first item", "second item"]
    assert gold_headings(gold) == ["what we offer"]
    markdown = "## What we offer\n\nText.\n\n- first item\n\nsecond item"
    assert share([(gold_items(gold), marked(markdown, _ITEM))]) == (0.5, 2, 1)
    assert share([(gold_headings(gold), marked(markdown, _HEADING))]) == (1.0, 1, 1)
