"""Where a line sits relative to its article: shared by the rule families."""

from __future__ import annotations

from newsclean.page import Page

#: Lines after the core's end that still belong to the article's tail (credits, tags, datelines).
TAIL_LINES = 6
#: Lines before the core's start that may hold the title, byline and dateline.
HEAD_LINES = 16


def before_core(page: Page, i: int) -> bool:
    """Line ``i`` is above its segment's article core (or the segment has no core)."""
    core = page.core_of(i)
    return core is None or i < core[0]


def after_core(page: Page, i: int) -> bool:
    """Line ``i`` is below its segment's article core."""
    core = page.core_of(i)
    return core is not None and i > core[1]


def outside_core(page: Page, i: int) -> bool:
    """Line ``i`` is not within its segment's core (``not page.in_core(i)``, without the call)."""
    return not page.lines or page.zone[i] == 0


def in_head(page: Page, i: int) -> bool:
    """Line ``i`` is in the few lines above the core, or the core's first lines."""
    core = page.core_of(i)
    if core is None:
        return False
    return core[0] - HEAD_LINES <= i <= core[0] + 2


def in_tail(page: Page, i: int) -> bool:
    """Line ``i`` is among the core's last lines or just after it, outside any section."""
    core = page.core_of(i)
    if core is None or i in page.section_lines:
        return False
    return core[1] - 3 <= i <= core[1] + TAIL_LINES


def near_tail_of_core(page: Page, i: int) -> bool:
    """Line ``i`` is one of the last two non-blank lines of the core."""
    core = page.core_of(i)
    if core is None:
        return False
    tail = [j for j in range(core[1], core[0] - 1, -1) if not page.features[j].blank][:2]
    return i in tail
