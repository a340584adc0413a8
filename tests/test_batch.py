"""`newsclean batch` end to end: one output record per input record, in order, errors recorded,
every format round-tripped, and a run killed with SIGKILL resumed without loss or duplicates.
"""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from newsclean import CleanConfig, Cleaner, Label, rule
from newsclean.batch.io import resume_point
from newsclean.batch.run import RecordOptions, run_batch

SEEDS = sorted((Path(__file__).parent.parent / "fixtures" / "seeds").glob("*.txt"))
CONFIG = CleanConfig(max_bytes=30_000, load_plugins=False)
ARTICLE = (
    "Council keeps the old bridge open\n\n"
    "The city council voted on Tuesday to keep the old bridge open for another year, officials said.\n"
    "Engineers had warned that the structure needed urgent repairs, but the budget was cut in March.\n"
    "Advertisement\n"
)
HTML = (
    "<html><head><title>Bridge stays open</title></head><body><nav><a href='/'>Home</a></nav>"
    "<article><h1>Bridge stays open</h1><p>The city council voted on Tuesday to keep the old "
    "bridge open for another year, officials said at the meeting.</p><p>Engineers had warned that "
    "the structure needed urgent repairs, but the budget was cut in March.</p></article>"
    "<footer>© 2026 City News. All rights reserved.</footer></body></html>"
)


@rule("custom.explode", Label.NOISE)
def _explode(page: Any, labels: Sequence[Label | None]) -> list[int]:
    """Raises on pages that ask for it, to test a failing rule."""
    if any("EXPLODE" in line for line in page.lines):
        raise ZeroDivisionError("asked to")
    return []


def exploding_cleaner() -> Cleaner:
    """The default rules plus one that raises; module level so worker processes can unpickle it."""
    cleaner = Cleaner(CONFIG)
    cleaner.ruler.push(_explode)
    return cleaner


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsclean", "batch", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "NEWSCLEAN_NO_PLUGINS": "1", **(env or {})},
        check=False,
    )


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def write_lines(path: Path, lines: Sequence[str]) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def expected(cleaner: Cleaner, record: dict[str, Any], **kw: Any) -> dict[str, Any]:
    """What batch must produce for a good record: single-document clean(), lines left out.

    A good record never fails: an exception here fails the test (HTML mode must work)."""
    doc = cleaner.clean(record["text"], url=record.get("url"), **kw)
    meta = doc.to_dict(lines=False)
    del meta["text"]
    for article in meta["articles"]:
        del article["lines"]
    return {**record, "text": doc.text, "newsclean": meta}


def mixed_input(tmp_path: Path, *, int_id: bool = True) -> tuple[Path, list[Any]]:
    """Good records of every kind between bad ones; returns the file and what each line holds.

    ``int_id=False`` keeps every id a string (Parquet needs one type per column).
    """
    good = [
        {"id": "seed0", "text": SEEDS[0].read_text(encoding="utf-8"), "url": "https://akorda.kz/x"},
        {"id": 7 if int_id else "7", "text": ARTICLE, "extra": [1, 2]},
        {"id": "html", "text": HTML},
        {"text": "Headline\n\nA sentence of the article that is long enough to count here."},
    ]
    lines: list[Any] = [
        good[0],
        "{bad json",
        ["not", "an", "object"],
        {"id": "no-text"},
        good[1],
        {"id": "num", "text": 42},
        {"id": "big", "text": "word " * 7_000},
        good[2],
        {"id": "boom", "text": ARTICLE + "EXPLODE\n"},
        '"just a string"',
        good[3],
    ]
    rows = [x if isinstance(x, str) else json.dumps(x) for x in lines]
    rows.insert(3, "   ")  # blank lines are not records, but line numbers still count them
    return write_lines(tmp_path / "in.jsonl", rows), lines


@pytest.mark.parametrize("workers", [1, 2])
def test_mixed_records_keep_count_order_and_errors(tmp_path: Path, workers: int) -> None:
    source, lines = mixed_input(tmp_path)
    out = tmp_path / f"out{workers}.jsonl"
    summary = run_batch([str(source)], out, config=CONFIG, workers=workers, make_cleaner=exploding_cleaner)
    got = read_jsonl(out)
    assert len(got) == len(lines) == summary.records
    cleaner = exploding_cleaner()
    assert summary.errored == 7
    assert got[0] == expected(cleaner, lines[0])
    assert got[1]["line"] == 2 and got[1]["input"] == str(source)
    assert got[1]["error"].startswith("bad JSON line")
    assert got[2] == {"error": "not a JSON object but list", "input": str(source), "line": 3}
    assert got[3]["id"] == "no-text" and "'text' is missing" in got[3]["error"]
    assert got[4] == expected(cleaner, lines[4])
    assert got[5]["id"] == "num" and "of type int" in got[5]["error"]
    assert got[6]["id"] == "big" and got[6]["error"].startswith("InputError: input is 35,000 bytes")
    assert got[7] == expected(cleaner, lines[7])
    assert got[7]["newsclean"]["source_mode"] == "html" and got[7]["text"]
    assert got[8]["id"] == "boom" and got[8]["error"].startswith("RuleError: rule 'custom.explode'")
    assert got[9]["line"] == 11 and "not a JSON object but str" in got[9]["error"]
    assert got[10] == expected(cleaner, lines[10])
    assert all("error" not in r for r in (got[0], got[4], got[10]))
    assert not (tmp_path / f"out{workers}.jsonl.partial").exists()


def test_two_workers_equal_one(tmp_path: Path) -> None:
    records = [{"id": i, "text": f"Story {i}\n\n{ARTICLE}"} for i in range(40)]
    source = write_lines(tmp_path / "in.jsonl", [json.dumps(r) for r in records])
    one = run_cli(str(source), "-o", str(tmp_path / "one.jsonl"), "--workers", "1")
    two = run_cli(str(source), "-o", str(tmp_path / "two.jsonl"), "--workers", "2")
    assert one.returncode == two.returncode == 0, one.stderr + two.stderr
    assert (tmp_path / "one.jsonl").read_bytes() == (tmp_path / "two.jsonl").read_bytes()
    assert "records: 40 in, 40 out, 0 errored" in two.stderr


def test_time_budget_and_lines_option(tmp_path: Path) -> None:
    source = write_lines(tmp_path / "in.jsonl", [json.dumps({"id": 1, "text": ARTICLE})])
    slow = run_cli(str(source), "-o", str(tmp_path / "a.jsonl"), "--time-budget", "0.000000001")
    assert slow.returncode == 0, slow.stderr
    assert read_jsonl(tmp_path / "a.jsonl")[0]["error"].startswith("BudgetError:")
    full = run_cli(str(source), "-o", str(tmp_path / "b.jsonl"), "--lines")
    assert full.returncode == 0, full.stderr
    record = read_jsonl(tmp_path / "b.jsonl")[0]
    lines = record["newsclean"]["lines"]
    assert [line["n"] for line in lines] == [line.n for line in Cleaner().clean(ARTICLE).lines]
    assert record["newsclean"]["removed"] == Cleaner().clean(ARTICLE).removed_counts()


@pytest.mark.parametrize("suffix", [".jsonl.gz", ".jsonl.zst", ".parquet"])
def test_compressed_and_parquet_round_trip(tmp_path: Path, suffix: str) -> None:
    source, lines = mixed_input(tmp_path, int_id=False)
    plain = tmp_path / "plain.jsonl"
    run_batch([str(source)], plain, config=CONFIG, make_cleaner=exploding_cleaner)
    first = tmp_path / f"first{suffix}"
    run_batch([str(source)], first, config=CONFIG, make_cleaner=exploding_cleaner)
    back = tmp_path / "back.jsonl"  # the compressed/Parquet output read as input again
    run_batch([str(first)], back, config=CONFIG.merged(preset="none"), workers=2)
    want, got = read_jsonl(plain), read_jsonl(back)
    assert len(got) == len(want) == len(lines)
    for before, after in zip(want, got, strict=True):
        if "error" in before:
            assert "newsclean" not in after and after.get("error")
        else:  # the none preset keeps every line: text survives the second pass unchanged
            assert after["text"] == before["text"] and after.get("id") == before.get("id")
    if suffix != ".parquet":
        assert read_parquet_or_lines(first) == want


def read_parquet_or_lines(path: Path) -> list[dict[str, Any]]:
    if path.suffix == ".zst":
        import zstandard

        with path.open("rb") as f, zstandard.ZstdDecompressor().stream_reader(f) as r:
            return [json.loads(line) for line in r.read().splitlines()]
    return read_jsonl(path)


def test_parquet_columns(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    source, _ = mixed_input(tmp_path, int_id=False)
    plain = tmp_path / "out.jsonl"
    run_batch([str(source)], plain, config=CONFIG)
    out = tmp_path / "out.parquet"
    result = run_cli(str(source), "-o", str(out), "--workers", "1", "--max-bytes", "30000")
    assert result.returncode == 0, result.stderr
    table = pq.read_table(out)
    assert table.num_rows == 11
    assert {"id", "text", "newsclean", "error", "line"} <= set(table.column_names)
    assert table.column("error").null_count == sum("error" not in r for r in read_jsonl(plain))


def test_folder_of_pages(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    (pages / "sub").mkdir(parents=True)
    (pages / "b.txt").write_text(ARTICLE, encoding="utf-8")
    (pages / "sub" / "a.html").write_text(HTML, encoding="utf-8")
    (pages / "c.txt").write_bytes(b"x" * 40_000)
    (pages / "ignored.bin").write_bytes(b"\0")
    out = tmp_path / "out.jsonl"
    result = run_cli(str(pages), "-o", str(out), "--max-bytes", "30000")
    assert result.returncode == 0, result.stderr
    got = read_jsonl(out)
    assert [r["id"] for r in got] == ["b.txt", "c.txt", "sub/a.html"]
    assert got[0]["text"] == Cleaner().clean(ARTICLE).text
    assert got[1]["error"].startswith("InputError: input is 40,000 bytes")
    assert got[2] == expected(Cleaner(), {"id": "sub/a.html", "text": HTML}, format="html")
    assert got[2]["newsclean"]["source_mode"] == "html" and got[2]["text"]


def test_resume_after_kill_equals_uninterrupted_run(tmp_path: Path) -> None:
    texts = [p.read_text(encoding="utf-8") for p in SEEDS]
    records = [{"id": i, "text": f"{ARTICLE}\n{texts[i % len(texts)][: 300 + 20 * i]}"} for i in range(200)]
    rows = [json.dumps(r) for r in records]
    rows[50] = "{torn"
    source = write_lines(tmp_path / "in.jsonl", rows)
    whole = tmp_path / "whole.jsonl"
    assert run_cli(str(source), "-o", str(whole), "--workers", "2").returncode == 0

    out = tmp_path / "out.jsonl"
    partial = tmp_path / "out.jsonl.partial"
    cmd = [sys.executable, "-m", "newsclean", "batch", str(source), "-o", str(out), "--workers", "2"]
    env = {**os.environ, "NEWSCLEAN_NO_PLUGINS": "1"}
    proc = subprocess.Popen(cmd, env=env, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (not partial.exists() or partial.stat().st_size < 20_000):
        time.sleep(0.02)
    os.killpg(proc.pid, signal.SIGKILL)  # the parent and its workers, like a crash
    proc.wait()
    done = resume_point(partial)
    assert 0 < done < len(records), "the kill should land mid-run"
    with partial.open("ab") as f:  # a write torn by the crash
        f.write(b'{"id": 999, "te')
    blocked = run_cli(str(source), "-o", str(out))
    assert blocked.returncode == 1 and "--resume" in blocked.stderr
    resumed = run_cli(str(source), "-o", str(out), "--resume", "--workers", "2")
    assert resumed.returncode == 0, resumed.stderr
    assert f"plus {done:,} done before --resume" in resumed.stderr
    assert out.read_bytes() == whole.read_bytes()
    assert not partial.exists()


def test_bad_arguments_are_one_line_errors(tmp_path: Path) -> None:
    source = write_lines(tmp_path / "in.jsonl", [json.dumps({"id": 1, "text": ARTICLE})])
    bad = run_cli(str(source), "-o", str(tmp_path / "out.csv"))
    assert bad.returncode == 1 and "unknown format" in bad.stderr and "Traceback" not in bad.stderr
    missing = run_cli(str(tmp_path / "nope.jsonl"), "-o", str(tmp_path / "o.jsonl"))
    assert missing.returncode == 1 and "does not exist" in missing.stderr
    nowhere = run_cli(str(source), "-o", str(tmp_path / "no" / "dir.jsonl"))
    assert nowhere.returncode == 1 and "cannot write" in nowhere.stderr


def test_missing_pyarrow_names_the_extra(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from newsclean.errors import MissingExtraError

    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    source = write_lines(tmp_path / "in.jsonl", [json.dumps({"id": 1, "text": ARTICLE})])
    with pytest.raises(MissingExtraError, match=r"pip install 'newsclean\[parquet\]'"):
        run_batch([str(source)], tmp_path / "out.parquet", options=RecordOptions())
