"""The fuzz campaign in CI: a small fixed count of every input family, and every reproducer the
campaign ever wrote (fuzz/crashes/) replayed. A crash is an exception that is not a newsclean
error, or output that is not valid UTF-8 (fuzz/run.py)."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from fuzz.families import FAMILIES, Case, draw
from fuzz.run import CRASHES, failure, work

REPRODUCERS = sorted(CRASHES.glob("*.json"))


@pytest.fixture(scope="module")
def cleaner() -> object:
    from fuzz.run import _cleaner

    return _cleaner()


def test_a_bounded_campaign_finds_no_crash(tmp_path: Path) -> None:
    outcome = work(seed=2026, start=0, step=1, count=120, until=time.time() + 600, out=str(tmp_path), slow=30)
    assert outcome.cases == 120
    assert outcome.crashes == []


def test_every_family_is_drawn() -> None:
    assert {draw(2026, i).family for i in range(400)} == set(FAMILIES)


@pytest.mark.parametrize("path", REPRODUCERS, ids=[p.stem for p in REPRODUCERS])
def test_reproducer_no_longer_crashes(cleaner: object, path: Path) -> None:
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert failure(cleaner, Case.from_json(raw["case"])) is None, raw["signature"]


def test_reproducers_round_trip_bytes_and_surrogates() -> None:
    for data in (b"\x00\xff<meta charset=utf-7>", "lone \ud800 surrogate"):
        case = Case("x", data, "html", url="http://[::1")
        assert Case.from_json(json.loads(json.dumps(case.to_json()))) == case
