"""The budget bounds what it could not interrupt before: C code (a worker process killed past a hard
limit) and Python code in a thread that is not the main one (an asynchronous exception).

A page "stuck in C code" is simulated faithfully: a rule blocks SIGALRM, as C code that checks no
signals effectively does, then sleeps in C. Without the worker's hard limit it returns only after
``STUCK_SECONDS``, long after every bound asserted here (generous caps, no tight timing).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from tests.test_plugins import install_pack

from newsclean import CleanConfig, Cleaner, Label, rule
from newsclean.batch.isolated import IsolatedCleaner, hard_limit
from newsclean.batch.run import run_batch
from newsclean.budget import REARM, enforced
from newsclean.engine.ruler import Ruler
from newsclean.errors import BudgetError
from newsclean.rules import DEFAULT_RULES

STUCK_SECONDS = 40
BUDGET = 0.2
CONFIG = CleanConfig(time_budget=BUDGET, load_plugins=False)
ARTICLE = (
    "Council keeps the old bridge open\n\n"
    "The city council voted on Tuesday to keep the old bridge open for another year, officials said.\n"
    "Engineers had warned that the structure needed urgent repairs, but the budget was cut in March.\n"
)


@rule("custom.stuck", Label.NOISE)
def _stuck(page: Any, labels: Sequence[Label | None]) -> list[int]:
    """On a page with a STUCK line: uninterruptible for STUCK_SECONDS (SIGALRM blocked, a C sleep)."""
    if any("STUCK" in line for line in page.lines):
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        time.sleep(STUCK_SECONDS)
    return []


@rule("custom.dies", Label.NOISE)
def _dies(page: Any, labels: Sequence[Label | None]) -> list[int]:
    """On a page with a DIE line: the process is killed, as the kernel's OOM killer would."""
    if any("DIE" in line for line in page.lines):
        os.kill(os.getpid(), signal.SIGKILL)
    return []


def stuck_cleaner() -> Cleaner:
    """Module level: worker processes build it."""
    return Cleaner(CONFIG, ruler=Ruler(DEFAULT_RULES).push(_stuck).push(_dies))


@pytest.fixture(scope="module", autouse=True)
def _warm() -> None:
    """Workers are forked from this process: warmed up here, they start in milliseconds."""
    Cleaner(CONFIG).warm_up()


def test_hard_limit_is_a_multiple_of_the_budget() -> None:
    assert hard_limit(CleanConfig(time_budget=10.0)) == 31.0
    assert hard_limit(CleanConfig(time_budget=None)) is None


def test_isolated_cleaner_kills_a_page_stuck_in_c_code_and_goes_on() -> None:
    with IsolatedCleaner(make_cleaner=stuck_cleaner) as isolated:
        assert isolated.clean(ARTICLE).text == stuck_cleaner().clean(ARTICLE).text
        start = time.monotonic()
        with pytest.raises(BudgetError, match="worker process was killed"):
            isolated.clean(ARTICLE + "STUCK\n")
        assert time.monotonic() - start < STUCK_SECONDS / 2  # 1.6 s expected
        assert isolated.clean(ARTICLE).text  # a new worker cleans the next page


def test_isolated_cleaner_passes_errors_and_documents_through() -> None:
    with IsolatedCleaner(CONFIG) as isolated:
        doc = isolated.clean(ARTICLE, format="text", url="https://example.com/a")
        assert (
            doc.to_dict()
            == Cleaner(CONFIG).clean(ARTICLE, format="text", url="https://example.com/a").to_dict()
        )
    with IsolatedCleaner(CONFIG.merged(time_budget=0.0)) as isolated, pytest.raises(BudgetError):
        isolated.clean(ARTICLE * 20)  # the budget's own error, raised in the worker


def _lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("workers", [1, 2])
def test_batch_kills_a_stuck_worker_and_keeps_every_record(tmp_path: Path, workers: int) -> None:
    records = [{"id": i, "text": ARTICLE + ("STUCK\n" if i == 2 else "")} for i in range(6)]
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    start = time.monotonic()
    summary = run_batch([str(source)], out, workers=workers, isolate=True, make_cleaner=stuck_cleaner)
    assert time.monotonic() - start < STUCK_SECONDS / 2
    got = _lines(out)
    assert [r["id"] for r in got] == list(range(6))
    assert got[2]["error"].startswith("BudgetError:") and "killed" in got[2]["error"]
    assert all("newsclean" in r for i, r in enumerate(got) if i != 2)
    assert summary.errored == 1


def test_batch_records_a_worker_that_died(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    lines = [
        {"id": "a", "text": ARTICLE},
        {"id": "b", "text": ARTICLE + "DIE\n"},
        {"id": "c", "text": ARTICLE},
    ]
    source.write_text("".join(json.dumps(r) + "\n" for r in lines), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    run_batch([str(source)], out, workers=2, make_cleaner=stuck_cleaner)
    got = _lines(out)
    assert [r["id"] for r in got] == ["a", "b", "c"]
    assert "worker process died" in got[1]["error"]
    assert "newsclean" in got[0] and "newsclean" in got[2]


PACK = f"""
import signal, time
from newsclean import Label, rule

@rule("pack.stuck", Label.NOISE)
def stuck(page, decided):
    '''What it removes: nothing. Why: a test of the hard limit. Example: STUCK. Keeps: all.'''
    if any("STUCK" in line for line in page.lines):
        signal.pthread_sigmask(signal.SIG_BLOCK, {{signal.SIGALRM}})
        time.sleep({STUCK_SECONDS})
    return []

def register(ruler):
    ruler.push(stuck)
"""


def _install_pack(where: Path) -> dict[str, str]:
    install_pack(where, PACK, name="stuckpack")
    env = {k: v for k, v in os.environ.items() if k != "NEWSCLEAN_NO_PLUGINS"}
    return {**env, "PYTHONPATH": os.pathsep.join([str(where), env.get("PYTHONPATH", "")])}


def test_cli_clean_kills_a_page_stuck_in_c_code(tmp_path: Path) -> None:
    env = _install_pack(tmp_path)
    page = tmp_path / "page.txt"
    page.write_text(ARTICLE + "STUCK\n", encoding="utf-8")
    start = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "-m", "newsclean", "clean", "--time-budget", str(BUDGET), str(page)],
        capture_output=True,
        text=True,
        env=env,
        timeout=STUCK_SECONDS * 3,
        check=False,
    )
    assert time.monotonic() - start < STUCK_SECONDS / 2 + 10  # + the interpreter's start
    assert proc.returncode == 1
    assert proc.stderr.count("\n") == 1 and "worker process was killed" in proc.stderr


# --- threads: an asynchronous BudgetError ------------------------------------------------------


@rule("custom.spins", Label.NOISE)
def _spins(page: Any, labels: Sequence[Label | None]) -> list[int]:
    """A runaway pure-Python loop: it returns after STUCK_SECONDS unless interrupted, and says so."""
    end = time.monotonic() + STUCK_SECONDS
    while time.monotonic() < end:
        pass
    _FINISHED.set()
    return []


_FINISHED = threading.Event()


def _in_thread(fn: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}

    def run() -> None:
        start = time.monotonic()
        try:
            out["result"] = fn()
        except BaseException as exc:
            out["error"] = exc
        out["seconds"] = time.monotonic() - start

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(STUCK_SECONDS * 2)
    return out


def test_a_runaway_python_rule_in_a_thread_is_interrupted() -> None:
    _FINISHED.clear()
    cleaner = Cleaner(CONFIG, ruler=Ruler(DEFAULT_RULES).push(_spins))
    cleaner.warm_up()
    out = _in_thread(lambda: cleaner.clean(ARTICLE))
    assert isinstance(out.get("error"), BudgetError)
    assert type(out["error"]) is BudgetError  # the watchdog's own subclass stays inside
    assert not _FINISHED.is_set()  # stopped inside the loop, not by the check after the rule
    assert out["seconds"] < STUCK_SECONDS / 4  # BUDGET plus noise expected


def test_no_budget_error_reaches_a_thread_after_its_page() -> None:
    def pages_then_spin() -> int:
        for _ in range(20):  # pages that end well before their deadline
            with enforced(time.monotonic() + 0.02):
                pass
        with enforced(time.monotonic() + 0.02):  # and one that was interrupted
            end = time.monotonic() + STUCK_SECONDS
            try:
                while time.monotonic() < end:
                    pass
            except BudgetError:
                pass
        end, spins = time.monotonic() + 10 * REARM, 0
        while time.monotonic() < end:  # the watchdog would re-send every REARM seconds
            spins += 1
        return spins

    out = _in_thread(pages_then_spin)
    assert "error" not in out, out.get("error")
    assert out["result"] > 0
