"""What the mypyc-compiled build relies on, checked in whichever build runs the suite.

``tox -e compiled`` runs the whole suite against the compiled build; these tests pin the pieces
that differ between builds: the page's memoised answers are kept in both, rule docs and sources come
from the shipped ``.py`` files when the functions are compiled, ``newsclean.compiled`` tells
the truth, the Ruler can be weakly referenced.
"""

from __future__ import annotations

import importlib
import sys
import weakref
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import pytest
from tests.rules.conftest import BODIES, TITLES

import newsclean
from newsclean.analysis import page
from newsclean.analysis.page import Page
from newsclean.analysis.phrases import Mode, PhraseBook
from newsclean.analysis.structure import analyse
from newsclean.cli import main as cli
from newsclean.engine import labelling as label
from newsclean.engine.ruler import Ruler, compiled_source, function_doc
from newsclean.rules import DEFAULT_RULES, ads
from newsclean.text import features


def _page(language: str) -> Page:
    text = "\n".join([TITLES[language], "", *BODIES[language]])
    return Page.from_text(text, language, phrases=PhraseBook())


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_page_memo_answers_once(language: str) -> None:
    """The page's parameterised answers are memoised in both builds (rules ask them again)."""
    p = _page(language)
    assert p.matching("related.heading", Mode.LINE) is p.matching("related.heading", Mode.LINE)
    assert p.content_words(2) is p.content_words(2)
    assert p.year is p.year or p.year is None
    assert p.phrases.automaton is p.phrases.automaton


def test_pages_do_not_share_their_structure() -> None:
    first, second = _page("en"), _page("en")
    one, two = analyse(first), analyse(second)
    assert one.zone == two.zone and one.zone is not two.zone
    assert one == analyse(first) and one is not analyse(first)  # a frozen value, computed anew


def test_compiled_flag_says_where_the_hot_stages_came_from() -> None:
    suffixes = tuple(EXTENSION_SUFFIXES)
    files = [module.__file__ or "" for module in (features, label, page)]
    assert isinstance(newsclean.compiled, bool)
    assert newsclean.compiled == all(f.endswith(suffixes) for f in files)
    assert newsclean.compiled or all(f.endswith(".py") for f in files)


def test_cli_version_names_the_build(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["--version"])
    build = "mypyc-compiled" if newsclean.compiled else "pure Python"
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"newsclean {newsclean.__version__} ({build})"


def test_every_rule_is_documented_in_both_builds() -> None:
    for r in DEFAULT_RULES:
        assert r.doc.startswith("What it "), r.name
        assert r.doc == function_doc(r.fn) == r.doc.strip()


def test_a_compiled_rules_doc_and_source_come_from_its_py_file() -> None:
    source = compiled_source(ads.marker.fn)
    if newsclean.compiled:
        assert source is not None and source[0].endswith(str(Path("rules", "ads.py")))
        lines = Path(source[0]).read_text(encoding="utf-8").splitlines()
        decorator = " ".join(lines[source[1] - 1 : source[1] + 1])  # it may span lines
        assert decorator.startswith("@rule(") and '"ad.marker"' in decorator
    else:
        assert source is None  # interpreted: the function's own __doc__ and code object
    assert ads.marker.doc == function_doc(ads.marker.fn) != ""


class _NativeLike:
    """Stands for a compiled function: a name and a module, no ``__doc__``, no ``__code__``."""

    __doc__ = None

    def __init__(self, module: str, name: str) -> None:
        self.__module__ = module
        self.__name__ = name

    def __call__(self) -> None:
        return None


def test_function_doc_reads_a_codeless_functions_docstring_from_source(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "fake_rulepack"
    package.mkdir()
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "mod.py").write_text(
        "def deco(f):\n    return f\n\n\n@deco\ndef claims():\n"
        '    """What it removes: a Zeile, une ligne, строка.\n\n    Why: tested.\n    """\n',
        encoding="utf-8",
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    importlib.import_module("fake_rulepack.mod")
    try:
        fake = _NativeLike("fake_rulepack.mod", "claims")
        assert function_doc(fake) == "What it removes: a Zeile, une ligne, строка.\n\n    Why: tested."
        assert compiled_source(fake) == (str(package / "mod.py"), 5)
        assert function_doc(_NativeLike("fake_rulepack.mod", "absent")) == ""
    finally:
        for name in ("fake_rulepack.mod", "fake_rulepack"):
            sys.modules.pop(name, None)


def test_a_ruler_can_be_weakly_referenced() -> None:
    ruler = Ruler(DEFAULT_RULES)
    ref = weakref.ref(ruler)
    assert ref() is ruler
