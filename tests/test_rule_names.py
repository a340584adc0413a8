"""Every rule name any output prints resolves with ``newsclean rules NAME`` (the pseudo-rules
``blank``, ``default.keep`` and ``title.html`` too), and every removed line says why.

tools/check_rule_names.py runs the same check over benchmark pages.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from tests.test_html import article_page

from newsclean.analysis.zones import CONTINUATION
from newsclean.engine.pseudo import PSEUDO_RULES
from newsclean.rules import DEFAULT_RULES

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
from check_rule_names import SEEDS, printed_names, unresolved


@pytest.mark.parametrize("seed", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.stem)
def test_seed_pages_print_documented_rules_and_reasons(seed: Path) -> None:
    names, silent = printed_names(seed, "text")
    assert {"blank", "body.core"} <= names
    assert unresolved(names) == []
    assert silent == []


def test_html_mode_prints_documented_rules(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(article_page(leftovers="<p>Share on Facebook</p>"), encoding="utf-8")
    names, silent = printed_names(page, "html")
    assert "title.html" in names
    assert unresolved(names) == []
    assert silent == []


def test_every_rule_and_pseudo_rule_resolves() -> None:
    assert CONTINUATION in PSEUDO_RULES  # the walk named in reasons is documented
    names = [r.name for r in DEFAULT_RULES] + list(PSEUDO_RULES)
    assert unresolved(names) == []
    assert unresolved(["default.kept"]) == ["default.kept"]  # a name nothing documents
