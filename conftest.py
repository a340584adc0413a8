"""Every example in README.md and docs/*.md runs as a test, with Sybil (docs/contributing.md).

- ```` ```python ```` blocks run in order, one namespace per document; a block starting with
  ``>>>`` is a doctest and its output is checked.
- ```` ```sh ```` blocks run with bash (``-euo pipefail``); a block that is not self-contained
  (it installs, needs a corpus or takes minutes) is preceded by ``<!-- skip: next "why" -->``.
- ```` ```toml ```` blocks whose first line is ``# newsclean.toml`` are written to that file and
  loaded with ``CleanConfig.from_file`` (a later block can pass ``--config newsclean.toml``);
  other TOML (a ``pyproject.toml`` snippet) is shown only.
- ``<!-- invisible-code-block: python ... -->`` holds set-up a reader need not see (it still runs).

Each document runs in its own scratch folder holding links to the repository's ``fixtures/``,
``benchmarks/`` and ``tools/``, and ``.venv`` pointing at the running environment, so examples
can read the seed pages and write files without touching the clone.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from sybil import Example, Sybil
from sybil.parsers.markdown import ClearNamespaceParser, CodeBlockParser, PythonCodeBlockParser, SkipParser

from newsclean import CleanConfig

ROOT = Path(__file__).parent
LINKED = ("fixtures", "benchmarks", "tools")
SHELL_TIMEOUT = 120
CONFIG_MARK = "# newsclean.toml"


def _enter_scratch(namespace: dict[str, Any]) -> None:
    scratch = Path(tempfile.mkdtemp(prefix="newsclean-docs-"))
    for name in LINKED:
        (scratch / name).symlink_to(ROOT / name, target_is_directory=True)
    (scratch / ".venv").symlink_to(sys.prefix, target_is_directory=True)
    namespace["_scratch"], namespace["_cwd"] = scratch, os.getcwd()
    os.chdir(scratch)


def _leave_scratch(namespace: dict[str, Any]) -> None:
    os.chdir(namespace["_cwd"])
    shutil.rmtree(namespace["_scratch"], ignore_errors=True)


def _run_shell(example: Example) -> str | None:
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")
    done = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", str(example.parsed)],
        capture_output=True,
        text=True,
        env=env,
        timeout=SHELL_TIMEOUT,
        check=False,
    )
    if done.returncode:
        return (
            f"exit status {done.returncode}\nstdout:\n{done.stdout[-3000:]}\nstderr:\n{done.stderr[-3000:]}"
        )
    return None


def _write_config(example: Example) -> str | None:
    source = str(example.parsed)
    if source.startswith(CONFIG_MARK):
        Path(CONFIG_MARK.removeprefix("# ")).write_text(source, encoding="utf-8")
        CleanConfig.from_file(CONFIG_MARK.removeprefix("# "))
    return None


pytest_collect_file = Sybil(
    parsers=[
        PythonCodeBlockParser(),
        CodeBlockParser("sh", _run_shell),
        CodeBlockParser("toml", _write_config),
        SkipParser(),
        ClearNamespaceParser(),
    ],
    patterns=["README.md", "docs/*.md"],
    setup=_enter_scratch,
    teardown=_leave_scratch,
).pytest()
