"""Third-party rule packs, registered under the entry-point group ``newsclean.rules``.

A pack's entry point names a callable ``register(ruler)`` that places its rules with
``ruler.push / before / after``. Packs load lazily, on the first Cleaner that asks, and never
when ``NEWSCLEAN_NO_PLUGINS`` is set.
"""

from __future__ import annotations

import os
from functools import cache
from importlib.metadata import EntryPoint, entry_points

from newsclean.engine.ruler import Ruler
from newsclean.errors import PluginError

GROUP = "newsclean.rules"


@cache
def _entry_points() -> tuple[EntryPoint, ...]:
    return tuple(entry_points(group=GROUP))


def installed() -> list[tuple[str, str]]:
    """(entry point name, distribution version) of each installed pack."""
    out = []
    for ep in _entry_points():
        dist = ep.dist
        out.append((ep.name, f"{dist.name} {dist.version}" if dist is not None else "?"))
    return out


def apply_plugins(ruler: Ruler) -> None:
    """Let every installed pack register its rules on ``ruler``; failures raise PluginError."""
    if os.environ.get("NEWSCLEAN_NO_PLUGINS"):
        return
    for ep in _entry_points():
        try:
            register = ep.load()
            register(ruler)
        except Exception as exc:
            raise PluginError(ep.name, exc) from exc
