"""Stage 3: fixed text -> lines with their character spans (the unit every rule labels)."""

from __future__ import annotations

from itertools import accumulate, repeat
from operator import add


def split_lines(text: str) -> tuple[list[str], list[int]]:
    """Lines of ``text`` split on ``\\n`` and the offset where each starts.

    An empty text is one empty line, like ``"".split("\\n")``, so every input has a line 1.
    """
    lines = text.split("\n")
    return lines, line_starts(lines)


def line_starts(lines: list[str]) -> list[int]:
    """Where each line starts in ``"\\n".join(lines)`` (``map`` and ``accumulate``: no Python
    step per line)."""
    return list(accumulate(map(add, map(len, lines[:-1]), repeat(1)), initial=0))
