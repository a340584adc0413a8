"""The docs keep up with the code: every rule is documented, README's commands are CI's."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsclean.rules import DEFAULT_RULES

ROOT = Path(__file__).parent.parent


def test_the_rule_reference_documents_every_rule() -> None:
    pytest.importorskip("mkdocs")
    from tools.docs_site import rule_sections, rules_page

    page = rules_page()
    for r in DEFAULT_RULES:
        assert f"## `{r.name}`" in page
        assert all(text in page for text in rule_sections(r.doc).values())


def test_a_rule_doc_without_its_sections_is_refused() -> None:
    pytest.importorskip("mkdocs")
    from tools.docs_site import rule_sections

    doc = "What it removes: a.\n    Why: b, over\n    two lines.\n    Example: c.\n    Keeps: d."
    assert rule_sections(doc) == {
        "What it removes": "a.",
        "Why": "b, over two lines.",
        "Example": "c.",
        "Keeps": "d.",
    }
    with pytest.raises(ValueError, match="Why"):
        rule_sections("What it removes: a.\nExample: c.\nKeeps: d.")
    with pytest.raises(ValueError, match="heading before"):
        rule_sections("Intro.\nWhat it removes: a.\nWhy: b.\nExample: c.\nKeeps: d.")


def test_ci_runs_exactly_the_readme_test_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    command = "python3 -m venv .venv && .venv/bin/pip install -e '.[test]' && .venv/bin/pytest"
    assert command in readme
    assert command in ci


def test_the_cli_help_points_to_documentation_an_install_has() -> None:
    # It named docs/configuration.md, which an installed package does not have.
    import importlib
    import re
    from dataclasses import fields

    from newsclean.cli.main import _parser
    from newsclean.config import CleanConfig

    helps = [
        a.help or "" for sub in _parser()._subparsers._group_actions for a in sub.choices["clean"]._actions
    ]
    config_help = next(h for h in helps if "TOML" in h)
    module = re.search(r"python -m pydoc ([\w.]+)", config_help)
    assert module, config_help
    doc = importlib.import_module(module.group(1)).__doc__ or ""
    assert all(f"``{f.name}``" in doc for f in fields(CleanConfig))


def test_the_rule_template_in_the_architecture_page_runs() -> None:
    """docs/architecture.md's template is a working rule: it claims the promo line, with its reason."""
    import re

    from newsclean import Cleaner, Ruler
    from newsclean.analysis.page import Page
    from newsclean.analysis.phrases import PhraseBook
    from newsclean.analysis.structure import analyse
    from newsclean.engine.context import Context

    page_text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    block = re.search(r"### Rule template\n\n```python\n(.*?)```", page_text, re.S)
    assert block is not None
    namespace: dict[str, object] = {}
    exec(block.group(1), namespace)
    code = namespace["code"]
    text = (
        "Council keeps the bridge open\n\n"
        "The city council voted on Tuesday to keep the old bridge open for another year, officials said.\n"
        "Use code SAVE10 for 10% off\n"
        "Engineers had warned that the structure needed urgent repairs, but the budget was cut in March."
    )
    page = Page.from_text(text, "en", phrases=PhraseBook(extra={"promo.code": ["use code"]}))
    claims = list(code.fn(Context.of(page, analyse(page))))  # type: ignore[attr-defined]
    assert [i for i, _why in claims] == [3]
    ruler = Ruler(DEFAULT_RULES).after("noise.symbol", code)  # type: ignore[arg-type]
    doc = Cleaner(ruler=ruler, phrases={"en": {"promo.code": ["use code"]}}).clean(text)
    assert [line.n for line in doc.lines if line.rule == "promo.code"] == [4]
