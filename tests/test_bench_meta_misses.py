"""benchmarks.meta_misses: which kind of miss a metadata answer is, and where the gold stands."""

from __future__ import annotations

import pytest
from benchmarks.meta_misses import classify, gold_lines

LINES = ["Council keeps the old bridge open", "By Jane Doe", "Published: Nov 24, 2025", "The council voted."]


@pytest.mark.parametrize(
    ("field", "gold", "answer", "kind"),
    [
        ("author", "Jane Doe", "Jane Doe", None),
        ("author", "Jane Doe", "By Jane Doe", None),  # the benchmark drops a leading "By"
        ("author", "Jane Doe", None, "none"),
        ("author", "Jane Doe", "John Roe", "wrong"),
        ("author", "Ann Other", None, "absent"),
        ("date", "2025-11-24", "2025-11-24T10:00", None),
        ("date", "2025-11-24", None, "none"),
        ("date", "2025-11-24", "2025-11-25", "wrong"),
        ("date", "2024-03-01", "2025-11-24", "absent"),
    ],
)
def test_kinds_of_miss(field: str, gold: str, answer: str | None, kind: str | None) -> None:
    assert classify(field, gold, answer, LINES) == kind


@pytest.mark.parametrize(
    "line", ["24/11/2025", "11/24/2025", "2025-11-24", "2025/11/24", "24th November 2025", "Nov. 24, 2025"]
)
def test_a_gold_date_is_found_in_the_ways_pages_print_it(line: str) -> None:
    assert gold_lines("date", "2025-11-24", ["Home", line]) == [1]
    assert gold_lines("date", "2025-11-23", ["Home", line]) == []
