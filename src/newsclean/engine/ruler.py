"""Rules and the Ruler that orders them.

A rule is a small frozen object: a ``family.rule`` name, the label it votes for, and a pure
function ``fn(page, decided) -> Iterable[int]`` returning the indexes of the lines it claims.
Rules see the whole page at once, so a phrase rule runs one compiled regex over the page text
instead of one call per line; ``decided`` is what earlier rules said (``None`` = undecided).
The first rule to claim a line decides it. The order is data (``rules.DEFAULT_RULES``) and the
Ruler edits it by name: push / before / after / replace / enable / disable / enable_only.
"""

from __future__ import annotations

import ast
import fnmatch
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from newsclean.errors import ConfigError, UnknownRuleError
from newsclean.labels import Label

if TYPE_CHECKING:
    from newsclean.analysis.page import Page

RuleFn = Callable[["Page", Sequence[Label | None]], Iterable[int]]
"""(page, labels decided so far) -> indexes of the lines this rule labels."""


@dataclass(frozen=True, slots=True)
class Rule:
    """A named, documented labelling rule.

    ``presets`` names the presets that enable it; ``phrases`` the phrase lists it reads
    (users extend those per language and per site without writing Python).
    """

    name: str
    label: Label
    fn: RuleFn = field(repr=False, compare=False)
    doc: str = field(default="", repr=False, compare=False)
    presets: frozenset[str] = frozenset({"default"})
    phrases: tuple[str, ...] = ()

    @property
    def family(self) -> str:
        """The part of the name before the dot (``related`` for ``related.also_read``)."""
        return self.name.split(".", 1)[0]


def rule(
    name: str,
    label: Label,
    *,
    presets: Iterable[str] = ("default",),
    phrases: Iterable[str] = (),
) -> Callable[[RuleFn], Rule]:
    """Decorator: turn a page function into a :class:`Rule`, its docstring becoming the rule's doc."""

    def wrap(fn: RuleFn) -> Rule:
        return Rule(name, label, fn, function_doc(fn), frozenset(presets), tuple(phrases))

    return wrap


def function_doc(fn: Callable[..., object]) -> str:
    """``fn``'s docstring, stripped. A mypyc-compiled function keeps none (its ``__doc__`` is
    None, it has no ``__code__``): its docstring is read from the module's ``.py`` file, which
    the compiled wheel ships next to the extension, so both builds document rules alike."""
    if fn.__doc__ is not None or hasattr(fn, "__code__"):
        return (fn.__doc__ or "").strip()
    found = compiled_source(fn)
    if found is None:
        return ""
    return (ast.get_docstring(_definitions(found[0])[fn.__name__], clean=False) or "").strip()


def compiled_source(fn: Callable[..., object]) -> tuple[str, int] | None:
    """The ``.py`` file and first line (its first decorator's) of a compiled module-level
    function, or None when ``fn`` is interpreted or its source is not installed.

    Found through the parent package's ``__path__``: while a compiled module runs its body
    (when its rules register), it has no ``__file__`` yet."""
    if hasattr(fn, "__code__"):
        return None
    package, _, module = getattr(fn, "__module__", "").rpartition(".")
    parent = sys.modules.get(package)
    for folder in getattr(parent, "__path__", ()):
        path = str(Path(folder, f"{module}.py"))
        node = _definitions(path).get(fn.__name__) if Path(path).is_file() else None
        if node is not None:
            return path, min([node.lineno] + [d.lineno for d in node.decorator_list])
    return None


@cache
def _definitions(path: str) -> dict[str, ast.FunctionDef]:
    """The module-level functions defined in a source file, by name (parsed once per file)."""
    tree = ast.parse(Path(path).read_text(encoding="utf-8"), filename=path)
    return {node.name: node for node in tree.body if isinstance(node, ast.FunctionDef)}


@dataclass(slots=True)
class _Slot:
    rule: Rule
    enabled: bool = True


class Ruler:
    """The ordered, editable chain of rules. Every method that names rules accepts wildcards."""

    def __init__(self, rules: Iterable[Rule] = ()) -> None:
        self._slots: list[_Slot] = []
        for r in rules:
            self.push(r)

    # --- reading -----------------------------------------------------------------------
    def names(self) -> list[str]:
        """Every rule's name, in order, enabled or not."""
        return [slot.rule.name for slot in self._slots]

    def active(self) -> list[Rule]:
        """The enabled rules, in order."""
        return [slot.rule for slot in self._slots if slot.enabled]

    def get(self, name: str) -> Rule:
        """The rule called ``name``; :class:`UnknownRuleError` lists the valid names otherwise."""
        return self._slots[self._index(name)].rule

    def __iter__(self) -> Iterator[Rule]:
        return iter(self.active())

    def __len__(self) -> int:
        return len(self._slots)

    # --- placing -----------------------------------------------------------------------
    def push(self, new: Rule) -> Ruler:
        """Append a rule at the end of the chain."""
        self._check_new(new)
        self._slots.append(_Slot(new))
        return self

    def before(self, anchor: str, new: Rule) -> Ruler:
        """Insert ``new`` just before the rule named ``anchor``."""
        self._check_new(new)
        self._slots.insert(self._index(anchor), _Slot(new))
        return self

    def after(self, anchor: str, new: Rule) -> Ruler:
        """Insert ``new`` just after the rule named ``anchor``."""
        self._check_new(new)
        self._slots.insert(self._index(anchor) + 1, _Slot(new))
        return self

    def replace(self, name: str, new: Rule) -> Ruler:
        """Put ``new`` in the place of the rule called ``name`` (the names may differ)."""
        i = self._index(name)
        if new.name != name and new.name in self.names():
            raise ConfigError(f"a rule named {new.name!r} is already in the chain")
        self._slots[i] = _Slot(new, self._slots[i].enabled)
        return self

    # --- switching ---------------------------------------------------------------------
    def enable(self, *patterns: str) -> Ruler:
        """Enable the rules matching each pattern (``"ads.*"``); unknown patterns raise."""
        for i in self._matching(patterns):
            self._slots[i].enabled = True
        return self

    def disable(self, *patterns: str) -> Ruler:
        """Disable the rules matching each pattern; unknown patterns raise."""
        for i in self._matching(patterns):
            self._slots[i].enabled = False
        return self

    def enable_only(self, *patterns: str) -> Ruler:
        """Enable exactly the rules matching the patterns, disabling every other rule."""
        keep = set(self._matching(patterns))
        for i, slot in enumerate(self._slots):
            slot.enabled = i in keep
        return self

    def use_preset(self, preset: str) -> Ruler:
        """Enable exactly the rules that declare ``preset`` (``"none"`` disables all)."""
        known = {p for slot in self._slots for p in slot.rule.presets} | {"none"}
        if preset not in known:
            raise ConfigError(f"unknown preset {preset!r}. Known presets: {', '.join(sorted(known))}")
        for slot in self._slots:
            slot.enabled = preset in slot.rule.presets
        return self

    @contextmanager
    def temporarily(self, *, disable: Iterable[str] = (), enable: Iterable[str] = ()) -> Iterator[Ruler]:
        """Switch rules for the duration of a ``with`` block, then restore the previous state."""
        saved = [slot.enabled for slot in self._slots]
        try:
            if disable:
                self.disable(*disable)
            if enable:
                self.enable(*enable)
            yield self
        finally:
            for slot, was in zip(self._slots, saved, strict=True):
                slot.enabled = was

    def copy(self) -> Ruler:
        """An independent copy (the rules themselves are immutable and shared)."""
        other = Ruler()
        other._slots = [replace(slot) for slot in self._slots]
        return other

    # --- internals ---------------------------------------------------------------------
    def _check_new(self, new: Rule) -> None:
        if new.name in self.names():
            raise ConfigError(f"a rule named {new.name!r} is already in the chain; use replace() to swap it")
        if "." not in new.name:
            raise ConfigError(f"rule name {new.name!r} must be 'family.rule'")

    def _index(self, name: str) -> int:
        for i, slot in enumerate(self._slots):
            if slot.rule.name == name:
                return i
        raise UnknownRuleError(name, self.names())

    def _matching(self, patterns: Iterable[str]) -> list[int]:
        found: list[int] = []
        for pattern in patterns:
            hits = [i for i, s in enumerate(self._slots) if fnmatch.fnmatchcase(s.rule.name, pattern)]
            if not hits:
                raise UnknownRuleError(pattern, self.names())
            found.extend(hits)
        return found
