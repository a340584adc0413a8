"""The docs keep up with the code: every rule is documented, README's commands are CI's."""

from __future__ import annotations

from pathlib import Path

from newsclean.rules import DEFAULT_RULES

ROOT = Path(__file__).parent.parent


def test_every_rule_is_in_the_rules_table() -> None:
    table = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    missing = [r.name for r in DEFAULT_RULES if f"`{r.name}`" not in table]
    assert not missing


def test_ci_runs_exactly_the_readme_test_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    command = "python3 -m venv .venv && .venv/bin/pip install -e '.[test]' && .venv/bin/pytest"
    assert command in readme
    assert command in ci
