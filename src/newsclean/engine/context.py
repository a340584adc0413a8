"""What a rule receives: one :class:`Context` (the page, its structure, what is decided so far).

A rule is ``fn(ctx) -> Iterable[int | tuple[int, str]]``: it yields the index of each line it
claims, or the index and a short reason in words ("under the related heading on line 12; ..."),
which reaches ``Line.reason`` in the output. A rule yielding a bare index gets its default
reason (the first line of its documentation).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from newsclean.analysis.page import Page
from newsclean.analysis.structure import Structure
from newsclean.labels import Label

#: What a rule yields for a line it claims: the line's index, or the index and a reason.
Claim = int | tuple[int, str]


@dataclass(frozen=True, slots=True)
class Context:
    """The page (lines, features, phrase hits), its structure, and the labels decided so far.

    ``decided`` is a snapshot taken before the rule runs (``None``: undecided); rules never
    change it: the labelling stage applies their claims once they are done.
    """

    page: Page
    structure: Structure
    decided: tuple[Label | None, ...]

    @classmethod
    def of(cls, page: Page, structure: Structure, decided: Iterable[Label | None] | None = None) -> Context:
        """A context over ``page`` (nothing decided yet unless ``decided`` says otherwise), for
        running one rule on its own (tests, notebooks)."""
        if decided is None:  # as the labelling stage starts: blank lines are decided
            blank = Label.BLANK
            return cls(page, structure, tuple([None if f.chars else blank for f in page.features]))
        return cls(page, structure, tuple(decided))
