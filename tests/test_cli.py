"""The command line on good and bad input: one-line errors, never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SEED = Path(__file__).parent.parent / "fixtures" / "seeds" / "002_57aee15e49533314.txt"
ARTICLE = (
    "Council keeps the old bridge open\n\n"
    "The city council voted on Tuesday to keep the old bridge open for another year, officials said.\n"
    "Engineers had warned that the structure needed urgent repairs, but the budget was cut in March.\n"
    "Advertisement\n"
)


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "HYPOTHESIS_NO_PLUGINS": "1"}
    return subprocess.run(
        [sys.executable, "-m", "newsclean", *args],
        input=stdin,
        capture_output=True,
        timeout=120,
        env=env,
    )


def assert_no_traceback(proc: subprocess.CompletedProcess[bytes]) -> None:
    assert b"Traceback" not in proc.stderr, proc.stderr.decode(errors="replace")


def test_clean_json_contract() -> None:
    proc = run("clean", "--format", "json", "--lines", str(SEED))
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    for key in (
        "text",
        "title",
        "published",
        "updated",
        "author",
        "source",
        "publisher",
        "language",
        "views",
        "url",
        "articles",
        "lines",
        "warnings",
    ):
        assert key in out
    assert len(out["articles"]) == 9
    text = SEED.read_text(encoding="utf-8")
    assert [line["n"] for line in out["lines"]] == list(range(1, text.count("\n") + 2))
    for line in out["lines"]:
        assert text[line["start"] : line["end"]] == line["text"]


def test_clean_text_from_stdin() -> None:
    proc = run("clean", stdin=ARTICLE.encode())
    assert proc.returncode == 0
    assert b"Advertisement" not in proc.stdout
    assert b"voted on Tuesday" in proc.stdout


def test_explain_shows_rules() -> None:
    proc = run("explain", "-", stdin=ARTICLE.encode())
    assert proc.returncode == 0
    assert b"ad.marker" in proc.stdout and b"drop" in proc.stdout


def test_rules_list_and_one_rule() -> None:
    listing = run("rules")
    assert listing.returncode == 0 and b"related.inline" in listing.stdout
    one = run("rules", "copyright.notice")
    assert one.returncode == 0
    assert b"Why" in one.stdout and b"presets" in one.stdout
    as_json = json.loads(run("rules", "ad.*", "--format", "json").stdout)
    assert [r["name"] for r in as_json] == ["ad.marker"]


def test_unknown_rule_is_one_line_with_the_valid_names() -> None:
    proc = run("rules", "ads.banerr")
    assert proc.returncode == 1
    assert_no_traceback(proc)
    assert b"ad.marker" in proc.stderr


@pytest.mark.parametrize(
    ("name", "payload"),
    [
        ("garbage.bin", bytes(range(256)) * 40),
        (
            "invalid-utf8.txt",
            b"Headline\n\nThe mayor said \xff\xfe on Monday that the road would open soon.\n",
        ),
        (
            "nul.txt",
            b"Headline\x00\n\nThe mayor\x00 said on Monday that the road would open in the spring.\n",
        ),
        ("empty.txt", b""),
        (
            "cp1251.txt",
            "Мэр заявил в понедельник, что дорогу откроют весной следующего года.".encode("cp1251"),
        ),
    ],
)
def test_bad_bytes_are_cleaned_with_warnings_not_tracebacks(
    tmp_path: Path, name: str, payload: bytes
) -> None:
    path = tmp_path / name
    path.write_bytes(payload)
    proc = run("clean", "--format", "json", str(path))
    assert_no_traceback(proc)
    assert proc.returncode == 0
    out = json.loads(proc.stdout)
    assert "\x00" not in out["text"]
    if name == "cp1251.txt":
        assert "Мэр" in out["text"]


@pytest.mark.parametrize("kind", ["missing", "directory-json-text"])
def test_unreadable_inputs_exit_nonzero_with_one_line(tmp_path: Path, kind: str) -> None:
    target = tmp_path / "nope.txt" if kind == "missing" else tmp_path
    proc = run("clean", "--format", "text", str(target)) if kind == "missing" else run("explain", str(target))
    assert proc.returncode != 0
    assert_no_traceback(proc)
    assert len(proc.stderr.decode().strip().splitlines()) == 1


def test_folder_is_cleaned_file_by_file(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text(ARTICLE, encoding="utf-8")
    proc = run("clean", "--format", "jsonl", str(tmp_path))
    assert proc.returncode == 0
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [Path(r["id"]).name for r in records] == ["a.txt", "b.txt"]


def test_huge_file_is_refused_by_the_documented_limit(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    line = b"The city council voted on Tuesday to keep the old bridge open for another year.\n"
    with path.open("wb") as fh:
        for _ in range(50_000_000 // len(line) + 1):
            fh.write(line)
    proc = run("clean", str(path))
    assert proc.returncode == 1
    assert_no_traceback(proc)
    assert b"--max-bytes" in proc.stderr


def test_max_bytes_can_be_lowered() -> None:
    proc = run("clean", "--max-bytes", "10", "-", stdin=ARTICLE.encode())
    assert proc.returncode == 1
    assert b"over the limit" in proc.stderr


STRUCTURED = Path(__file__).parent.parent / "fixtures" / "html" / "structured.html"


def test_clean_markdown_format() -> None:
    proc = run("clean", "--format", "markdown", str(STRUCTURED))
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.decode().splitlines()
    assert "## What it cost" in lines
    assert "| Section | Length | Cost |" in lines


def test_explain_html_accounts_for_the_whole_page() -> None:
    proc = run("explain", "--color", "never", str(STRUCTURED))
    assert proc.returncode == 0, proc.stderr
    dom = [line for line in proc.stdout.decode().splitlines() if " html.dom " in line]
    assert any("navigation" in line and "Home News Sport" in line for line in dom)
    assert all(" drop " in line for line in dom)
    rules = run("rules", "html.dom")
    assert rules.returncode == 0, rules.stderr
    assert b"trafilatura left out" in rules.stdout
