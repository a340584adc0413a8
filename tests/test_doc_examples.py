"""Doc examples that must run the way a reader runs them: as a script, or as a fresh pytest run.

Sybil (conftest.py at the root) runs the other examples of README.md and docs/ in-process; these
two need a process of their own, so their blocks carry a skip note naming this file.
"""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
# The variables by which Hypothesis detects a CI service (hypothesis._settings._CI_VARS).
CI_VARIABLES = frozenset(
    {
        "CI",
        "__TOX_ENVIRONMENT_VARIABLE_ORIGINAL_CI",
        "TF_BUILD",
        "bamboo.buildKey",
        "BUILDKITE",
        "CIRCLECI",
        "CIRRUS_CI",
        "CODEBUILD_BUILD_ID",
        "GITHUB_ACTIONS",
        "GITLAB_CI",
        "HEROKU_TEST_RUN_ID",
        "TEAMCITY_VERSION",
    }
)
SEEDS = sorted((ROOT / "fixtures" / "seeds").glob("*.txt"))[:8]


def block_after(doc: str, marker: str) -> str:
    """The Python code block right after ``marker`` in docs/``doc``."""
    text = (ROOT / "docs" / doc).read_text(encoding="utf-8")
    return text[text.index(marker) :].split("```python\n", 1)[1].split("```", 1)[0]


@pytest.mark.slow
def test_the_dask_example_runs_as_a_script(tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    pytest.importorskip("distributed")
    records = [{"id": p.stem, "text": p.read_text(encoding="utf-8")} for p in SEEDS]
    crawl = tmp_path / "crawl"
    crawl.mkdir()
    for half, rows in enumerate((records[:4], records[4:])):
        with gzip.open(crawl / f"part{half}.jsonl.gz", "wt", encoding="utf-8") as f:
            f.writelines(json.dumps(r) + "\n" for r in rows)
    frame = pd.DataFrame([{"id": r["id"], "body": r["text"]} for r in records])
    frame.to_parquet(crawl / "pages.parquet")
    (tmp_path / "clean_corpus.py").write_text(block_after("batch.md", "## Dask"), encoding="utf-8")

    env = dict(os.environ, DASK_DISTRIBUTED__DASHBOARD__ENABLED="false")
    done = subprocess.run(
        [sys.executable, "clean_corpus.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
        env=env,
    )
    assert done.returncode == 0, done.stderr[-3000:]

    bag_files = sorted((tmp_path / "clean" / "records").iterdir())
    assert bag_files and all(f.name.endswith(".jsonl.gz") for f in bag_files)
    out = [json.loads(line) for f in bag_files for line in gzip.decompress(f.read_bytes()).splitlines()]
    assert [r["id"] for r in out] == [r["id"] for r in records]
    assert all(r["newsclean"]["removed"] for r in out)
    cleaned = pd.read_parquet(tmp_path / "clean" / "frame")
    assert list(cleaned["id"]) == [r["id"] for r in records]
    assert [json.loads(v)["title"] for v in cleaned["newsclean"]] == [r["newsclean"]["title"] for r in out]


def test_a_property_test_of_clean_needs_deadline_none(tmp_path: Path) -> None:
    marker = "<!-- paste-and-run: tests/test_doc_examples.py"
    block = block_after("testing.md", marker)
    assert "@settings(deadline=None)" in block

    # Hypothesis turns deadlines off by itself when it sees a CI service: run as on a laptop.
    env = {k: v for k, v in os.environ.items() if k not in CI_VARIABLES}

    def pytest_run(source: str) -> subprocess.CompletedProcess[str]:
        (tmp_path / "test_clean_property.py").write_text(source, encoding="utf-8")
        command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--hypothesis-seed=0"]
        return subprocess.run(
            [*command, "-c", os.devnull, "--rootdir", str(tmp_path), str(tmp_path)],
            capture_output=True,
            text=True,
            check=False,
            cwd=tmp_path,
            timeout=240,
            env=env,
        )

    as_written = pytest_run(block)
    assert as_written.returncode == 0, as_written.stdout[-3000:]
    # What the page warns about: Hypothesis' default deadline (200 ms) against a first call of
    # about a second (models and phrase lists load), in a fresh process as a reader's would be.
    without = pytest_run(block.replace("@settings(deadline=None)", "@settings()"))
    assert without.returncode == 1
    assert "DeadlineExceeded" in without.stdout or "Flaky" in without.stdout, without.stdout[-3000:]
