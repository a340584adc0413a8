"""``lazy``: ``functools.cached_property`` that also caches in the mypyc-compiled build.

mypyc compiles ``functools.cached_property`` into a plain property that recomputes on every
access (the page's structure once per rule: 150x slower). Under another name it leaves the
descriptor alone, but a compiled (native) instance has no ``__dict__`` to cache in, so ``lazy``
caches in the instance's ``_lazy`` dict there. Interpreted, ``lazy`` *is* ``cached_property``: the
first access stores the value in the instance's ``__dict__``, later ones never reach the
descriptor. This module must stay interpreted (out of pyproject's mypyc ``include`` list).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import Any, TypeVar, overload

_T = TypeVar("_T")


class lazy(cached_property[_T]):
    """A cached property; a class using it on compiled instances declares ``_lazy: dict[str, Any]``."""

    def __init__(self, func: Callable[[Any], _T]) -> None:
        super().__init__(func)
        # A compiled class sets its attributes without calling __set_name__.
        self.attrname = self.name = func.__name__
        self.native: bool | None = None  # instances without a __dict__ (known at first access)

    @overload
    def __get__(self, instance: None, owner: type[Any] | None = None) -> lazy[_T]: ...
    @overload
    def __get__(self, instance: object, owner: type[Any] | None = None) -> _T: ...
    def __get__(self, instance: object | None, owner: type[Any] | None = None) -> lazy[_T] | _T:
        if instance is None:
            return self
        if self.native is None:
            self.native = not hasattr(instance, "__dict__")
        if not self.native:
            return super().__get__(instance, owner)
        memo: dict[str, Any] = instance._lazy  # type: ignore[attr-defined]
        name = self.name
        if name in memo:
            value: _T = memo[name]
            return value
        value = memo[name] = self.func(instance)
        return value
