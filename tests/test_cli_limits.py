"""The command line at its limits: devices, pipes, closed and full streams, bad config files,
batch runs on a full disk or resumed on the wrong partial file. One line on stderr, a non-zero
exit, never a traceback."""

from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest

ARTICLE = (
    "Council keeps the old bridge open\n\n"
    "The city council voted on Tuesday to keep the old bridge open for another year, officials said.\n"
    "Engineers had warned that the structure needed urgent repairs, but the budget was cut in March.\n"
)
ENV = {**os.environ, "HYPOTHESIS_NO_PLUGINS": "1", "NEWSCLEAN_NO_PLUGINS": "1"}


def run(*args: str, **kwargs: object) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "newsclean", *args],
        capture_output=True,
        timeout=180,
        env=ENV,
        check=False,
        **kwargs,  # type: ignore[arg-type]
    )


def one_error_line(proc: subprocess.CompletedProcess[bytes]) -> str:
    err = proc.stderr.decode(errors="replace")
    assert "Traceback" not in err, err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert proc.returncode != 0
    return lines[0]


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_reading_a_device_stops_at_the_limit() -> None:
    # st_size is 0 for a device: a read that trusted it ran until the kernel killed it.
    def small_memory() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))

    proc = run("clean", "--max-bytes", "1000", "/dev/zero", preexec_fn=small_memory)
    assert "over the limit of 1,000 bytes" in one_error_line(proc)


def test_reading_a_pipe_stops_at_the_limit() -> None:
    proc = run("clean", "--max-bytes", "1000", "-", input=b"x" * 100_000)
    assert "over the limit" in one_error_line(proc)


def test_closed_stdin() -> None:
    proc = run("clean", "-", stdin=subprocess.DEVNULL, preexec_fn=lambda: os.close(0))
    assert "stdin" in one_error_line(proc)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_full_disk_on_stdout(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(ARTICLE, encoding="utf-8")
    with open("/dev/full", "wb") as full:
        proc = subprocess.run(
            [sys.executable, "-m", "newsclean", "clean", "--format", "json", str(page)],
            stdout=full,
            stderr=subprocess.PIPE,
            env=ENV,
            timeout=180,
            check=False,
        )
    assert "cannot write the output" in one_error_line(proc)


def test_broken_pipe_is_quiet_and_not_success(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(ARTICLE * 200, encoding="utf-8")
    read, write = os.pipe()
    os.close(read)  # the reader is gone before the first write
    proc = subprocess.run(
        [sys.executable, "-m", "newsclean", "clean", "--format", "json", str(page)],
        stdout=write,
        stderr=subprocess.PIPE,
        env=ENV,
        timeout=180,
        check=False,
    )
    os.close(write)
    assert proc.returncode != 0
    assert proc.stderr == b""


@pytest.mark.parametrize(
    ("toml", "key"),
    [("phrases = 3", "phrases"), ("sites = [1, 2]", "sites"), ("max_bytes = -1", "max_bytes"),
     ("max_bytes = true", "max_bytes"), ("time_budget = nan", "time_budget"),
     ('disable = "ads.*"', "disable")],
)  # fmt: skip
def test_config_file_values_of_the_wrong_type(tmp_path: Path, toml: str, key: str) -> None:
    config = tmp_path / "newsclean.toml"
    config.write_text(toml + "\n", encoding="utf-8")
    proc = run("clean", "--config", str(config), "-", input=ARTICLE.encode())
    assert key in one_error_line(proc)


def test_cli_default_budget_is_ten_seconds() -> None:
    from newsclean.cli.main import CLI_DEFAULTS, _parser, build_cleaner

    cleaner = build_cleaner(_parser().parse_args(["clean", "-"]))
    assert cleaner.config.time_budget == CLI_DEFAULTS["time_budget"] == 10.0
    assert cleaner.config.max_bytes == CLI_DEFAULTS["max_bytes"]
    unlimited = build_cleaner(_parser().parse_args(["clean", "--time-budget", "0", "-"]))
    assert unlimited.config.time_budget is None


# --- batch ------------------------------------------------------------------------------------


def write_records(path: Path, n: int) -> Path:
    path.write_text(
        "".join(json.dumps({"id": i, "text": ARTICLE}) + "\n" for i in range(n)),
        encoding="utf-8",
    )
    return path


def test_batch_on_a_full_disk_is_one_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from newsclean.cli.main import main
    from newsclean.warmup import warm_up

    source = write_records(tmp_path / "in.jsonl", 40)
    warm_up(html=False)  # the language model unpacks to a temporary file: before the limit
    limits = resource.getrlimit(resource.RLIMIT_FSIZE)
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (2048, limits[1]))  # writes past 2 KB fail, as on a full disk
    try:
        code = main(["batch", str(source), "-o", str(tmp_path / "out.jsonl"), "--workers", "1"])
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, limits)
        signal.signal(signal.SIGXFSZ, previous)
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 1
    assert len(err) == 1, err
    assert "cannot write" in err[0]
    assert "--resume" in err[0]


def test_resume_refuses_a_partial_of_other_inputs(tmp_path: Path) -> None:
    first = write_records(tmp_path / "first.jsonl", 30)
    out = tmp_path / "out.jsonl"
    assert run("batch", str(first), "-o", str(out), "--workers", "1").returncode == 0
    (tmp_path / "out.jsonl.partial").write_bytes(out.read_bytes())
    (tmp_path / "out.jsonl.partial.inputs").write_text(json.dumps({"inputs": []}), encoding="utf-8")
    other = write_records(tmp_path / "other.jsonl", 20)
    proc = run("batch", str(other), "-o", str(out), "--workers", "1", "--resume")
    assert "other inputs" in one_error_line(proc)


def test_resume_refuses_a_partial_with_more_records_than_the_input(tmp_path: Path) -> None:
    source = write_records(tmp_path / "in.jsonl", 20)
    out = tmp_path / "out.jsonl"
    assert run("batch", str(source), "-o", str(out), "--workers", "1").returncode == 0
    lines = out.read_bytes().splitlines(keepends=True)
    (tmp_path / "out.jsonl.partial").write_bytes(b"".join(lines + lines[:5]))  # 25 records, no fingerprint
    out.unlink()
    proc = run("batch", str(source), "-o", str(out), "--workers", "1", "--resume")
    assert "25 records but the input has 20" in one_error_line(proc)
    assert not out.exists()
