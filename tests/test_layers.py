"""The package layering holds: `lint-imports` (import-linter) checks pyproject's contracts.

The stages import only the stages below them (cli, batch, pipeline, html, metadata, rules,
engine, analysis, text, then config/model and labels/errors), no sibling modules import each
other in a circle, and the page generator imports nothing of the cleaner. docs/architecture.md
explains the layers; a new import that breaks them fails here, in CI, with import-linter's
account of the offending import chain.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_import_contracts_are_kept() -> None:
    run = subprocess.run(
        [
            sys.executable,
            "-c",
            "from importlinter.cli import lint_imports_command; lint_imports_command()",
            "--no-cache",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "3 kept, 0 broken" in run.stdout, run.stdout
