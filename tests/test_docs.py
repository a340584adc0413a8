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
