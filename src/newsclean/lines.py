"""Stage 3: fixed text -> lines with their character spans (the unit every rule labels)."""

from __future__ import annotations

from itertools import accumulate


def split_lines(text: str) -> tuple[list[str], list[int]]:
    """Lines of ``text`` split on ``\\n`` and the offset where each starts.

    An empty text is one empty line, like ``"".split("\\n")``, so every input has a line 1.
    """
    lines = text.split("\n")
    starts = list(accumulate((len(line) + 1 for line in lines[:-1]), initial=0))
    return lines, starts
