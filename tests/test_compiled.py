"""What the mypyc-compiled build relies on, checked in whichever build runs the suite.

``tox -e compiled`` runs the whole suite against the compiled build; these tests pin the pieces
that differ between builds: the lazy page structure caches in both, rule docs and sources come
from the shipped ``.py`` files when the functions are compiled, ``newsclean.compiled`` tells
the truth, the Ruler can be weakly referenced.
"""

from __future__ import annotations

import dataclasses
import importlib
import sys
import weakref
from functools import cached_property
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path
from typing import Any

import pytest
from tests.rules.conftest import BODIES, TITLES

import newsclean
from newsclean.analysis import page
from newsclean.analysis._lazy import lazy
from newsclean.analysis.page import Page
from newsclean.analysis.phrases import PhraseBook
from newsclean.cli import main as cli
from newsclean.engine import labelling as label
from newsclean.engine.ruler import Ruler, compiled_source, function_doc
from newsclean.rules import DEFAULT_RULES, ads
from newsclean.text import features
from newsclean.text.features import line_features
from newsclean.text.lines import split_lines


class _Counted:
    """An interpreted class: ``lazy`` caches in the instance's ``__dict__``."""

    def __init__(self) -> None:
        self.calls = 0

    @lazy
    def value(self) -> list[int]:
        self.calls += 1
        return [self.calls]


class _Slotted:
    """No ``__dict__``, like a compiled (native) instance: ``lazy`` caches in ``_lazy``."""

    __slots__ = ("_lazy", "calls")

    def __init__(self) -> None:
        self.calls = 0
        self._lazy: dict[str, Any] = {}

    @lazy
    def value(self) -> list[int]:
        self.calls += 1
        return [self.calls]


@pytest.mark.parametrize("cls", [_Counted, _Slotted])
def test_lazy_computes_once_per_instance(cls: type[_Counted] | type[_Slotted]) -> None:
    one, two = cls(), cls()
    assert one.value is one.value and one.calls == 1
    assert two.value == [1] and two.value is not one.value
    assert isinstance(cls.__dict__["value"], lazy)


@pytest.mark.parametrize("cls", [Page, PhraseBook])
def test_cached_properties_are_lazy(cls: type) -> None:
    """A plain ``functools.cached_property`` would recompute on every access once compiled."""
    cached = {name: v for name, v in vars(cls).items() if isinstance(v, cached_property)}
    assert cached and all(isinstance(v, lazy) for v in cached.values()), sorted(cached)


def _page(language: str) -> Page:
    lines, starts = split_lines("\n".join([TITLES[language], "", *BODIES[language]]))
    stops = frozenset({"the", "and", "of", "и", "в", "мен", "және"})
    return Page("\n".join(lines), lines, starts, line_features(lines, stops), language, stops, PhraseBook())


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_page_structure_is_computed_once(language: str) -> None:
    """Under mypyc, ``functools.cached_property`` recomputes on every access; ``lazy`` does not."""
    p = _page(language)
    for name in ("prose", "nonblank_lines", "boilerplate_hits", "sections", "scores", "cores", "zone"):
        assert getattr(p, name) is getattr(p, name), name
    assert p.phrases.automaton is p.phrases.automaton


def test_pages_do_not_share_their_structure() -> None:
    first, second = _page("en"), _page("en")
    assert first.zone == second.zone and first.zone is not second.zone
    copy = dataclasses.replace(first)  # a copy computes its own structure, in both builds
    assert copy.zone == first.zone and copy.zone is not first.zone


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
        assert lines[source[1] - 1].startswith('@rule("ad.marker"')
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
