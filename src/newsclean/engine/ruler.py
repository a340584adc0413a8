"""Rules and the Ruler that orders them.

A rule is a small frozen object: a ``family.rule`` name, the label it votes for, and a pure
function ``fn(ctx) -> Iterable[int | tuple[int, str]]`` yielding the lines it claims, each
alone or with a short reason (:mod:`newsclean.engine.context`). Rules see the whole page at
once (``ctx.page``), its structure (``ctx.structure``) and what earlier rules said
(``ctx.decided``, ``None`` = undecided). The first rule to claim a line decides it.

A rule declares what it needs and gives: ``after`` (patterns of rules that must be in the
chain before it, e.g. ``("title.*",)`` for a rule that reads the decided title), ``gives``
(what its lines give the metadata, :class:`~newsclean.labels.Gives`). The Ruler checks the
chain whenever it is built or edited and raises :class:`~newsclean.errors.RuleChainError` on
a missing or misplaced dependency. The order is data (``rules.DEFAULT_RULES``) and the Ruler
edits it by name: push / before / after / replace / enable / disable / enable_only.

A function written for the old signature ``fn(page, decided)`` (two parameters) still works:
:class:`Rule` adapts it, handing it ``ctx.page`` and ``ctx.decided`` (the page's structure is
no longer on the page: such a rule that reads it fails with a RuleError naming it).
"""

from __future__ import annotations

import ast
import fnmatch
import functools
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any

from newsclean.engine.context import Claim, Context
from newsclean.errors import ConfigError, RuleChainError, UnknownRuleError
from newsclean.labels import GIVEN_FIELDS, Gives, Label

RuleFn = Callable[[Context], Iterable[Claim]]
"""ctx -> the lines this rule labels, each an index or (index, reason)."""

#: The presets the built-in rules declare (``none`` disables every rule; ``html``: the rules
#: that run on trafilatura's output in HTML mode; ``html-any``: those of them that run on any
#: HTML page, whatever kind of page it declares).
BUILTIN_PRESETS = frozenset({"default", "conservative", "html", "html-any", "none"})


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
    #: Patterns of rules that must be in the chain before this one (it reads their decisions).
    after: tuple[str, ...] = ()
    #: What this rule's lines give the metadata (None: nothing).
    gives: Gives | None = None
    #: The reason given to a line claimed without one (default: the doc's first sentence).
    reason: str = field(default="", compare=False)

    def __post_init__(self) -> None:
        if not self.reason:
            object.__setattr__(self, "reason", _first_sentence(self.doc) or self.name)
        if self.gives is not None and not isinstance(self.gives, Gives):
            try:
                object.__setattr__(self, "gives", Gives(self.gives))
            except ValueError:
                known = ", ".join(g.value for g in Gives)
                raise RuleChainError(self.name, f"gives {self.gives!r}, not one of: {known}") from None
        if isinstance(self.after, str):
            raise RuleChainError(self.name, "declares `after` as one string; give a tuple of patterns")
        if _old_signature(self.fn):
            object.__setattr__(self, "fn", _adapted(self.fn))

    @property
    def family(self) -> str:
        """The part of the name before the dot (``related`` for ``related.also_read``)."""
        return self.name.split(".", 1)[0]

    @property
    def fields(self) -> tuple[str, ...]:
        """The metadata fields this rule's lines may fill."""
        return GIVEN_FIELDS[self.gives] if self.gives is not None else ()


def _first_sentence(doc: str) -> str:
    """A doc's first paragraph without its "What it removes: " lead or final full stop."""
    first = " ".join(doc.split("\n\n", 1)[0].split())
    for prefix in ("What it removes: ", "What it keeps: "):
        first = first.removeprefix(prefix)
    return first.rstrip(".")


def _old_signature(fn: Callable[..., Any]) -> bool:
    """``fn`` takes ``(page, decided)``, the signature rules had before the context (an
    interpreted function only: a compiled built-in rule is written for the context)."""
    code = getattr(fn, "__code__", None)
    return code is not None and code.co_argcount == 2 and not hasattr(fn, "__wrapped__")


def _adapted(fn: Callable[..., Iterable[Claim]]) -> RuleFn:
    """A context rule calling the two-parameter ``fn(page, decided)``."""

    @functools.wraps(fn)
    def with_context(ctx: Context) -> Iterable[Claim]:
        return fn(ctx.page, ctx.decided)

    return with_context


def rule(
    name: str,
    label: Label,
    *,
    presets: Iterable[str] = ("default",),
    phrases: Iterable[str] = (),
    after: Iterable[str] = (),
    gives: Gives | None = None,
    reason: str = "",
) -> Callable[[RuleFn], Rule]:
    """Decorator: turn a function of the context into a :class:`Rule`, its docstring becoming
    the rule's doc (``after``, ``gives``: see the module docstring; ``reason``: what a line the
    function yields without one is told, by default the doc's first sentence)."""

    def wrap(fn: RuleFn) -> Rule:
        return Rule(
            name, label, fn, function_doc(fn), frozenset(presets), tuple(phrases), tuple(after), gives, reason
        )

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
        for r in rules:  # names first, then the whole chain's order at once
            self._check_new(r)
            self._slots.append(_Slot(r))
        check_chain([slot.rule for slot in self._slots])

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
        return self._placed(len(self._slots), _Slot(new))

    def before(self, anchor: str, new: Rule) -> Ruler:
        """Insert ``new`` just before the rule named ``anchor``."""
        self._check_new(new)
        return self._placed(self._index(anchor), _Slot(new))

    def after(self, anchor: str, new: Rule) -> Ruler:
        """Insert ``new`` just after the rule named ``anchor``."""
        self._check_new(new)
        return self._placed(self._index(anchor) + 1, _Slot(new))

    def replace(self, name: str, new: Rule) -> Ruler:
        """Put ``new`` in the place of the rule called ``name`` (the names may differ)."""
        i = self._index(name)
        if new.name != name and new.name in self.names():
            raise ConfigError(f"a rule named {new.name!r} is already in the chain")
        slots = [*self._slots]
        slots[i] = _Slot(new, self._slots[i].enabled)
        check_chain([slot.rule for slot in slots])
        self._slots = slots
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
        self._check_preset(preset)
        for slot in self._slots:
            slot.enabled = preset in slot.rule.presets
        return self

    def within_preset(self, preset: str) -> Ruler:
        """Disable the rules that do not declare ``preset``; the others keep their switch
        (HTML mode runs the enabled rules of the ``html`` preset)."""
        self._check_preset(preset)
        for slot in self._slots:
            if preset not in slot.rule.presets:
                slot.enabled = False
        return self

    def _check_preset(self, preset: str) -> None:
        known = {p for slot in self._slots for p in slot.rule.presets} | BUILTIN_PRESETS
        if preset not in known:
            raise ConfigError(f"unknown preset {preset!r}. Known presets: {', '.join(sorted(known))}")

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
    def _placed(self, at: int, slot: _Slot) -> Ruler:
        """Insert ``slot`` at ``at`` if the chain stays valid (:func:`check_chain`)."""
        slots = [*self._slots]
        slots.insert(at, slot)
        check_chain([s.rule for s in slots])
        self._slots = slots
        return self

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


def check_chain(rules: Iterable[Rule]) -> None:
    """Raise :class:`RuleChainError` unless every rule's ``after`` patterns name rules placed
    before it in ``rules`` (enabled or not: a disabled rule simply decides nothing)."""
    chain = list(rules)
    names = [r.name for r in chain]
    for k, r in enumerate(chain):
        for pattern in r.after:
            hits = [j for j, name in enumerate(names) if fnmatch.fnmatchcase(name, pattern)]
            if not hits:
                raise RuleChainError(
                    r.name,
                    f"runs after {pattern!r}, which names no rule in the chain; "
                    "add that rule (it may stay disabled) or drop this one",
                )
            late = [names[j] for j in hits if j > k]
            if late:
                raise RuleChainError(
                    r.name, f"must run after {', '.join(late)} (it reads their decisions); place it later"
                )
