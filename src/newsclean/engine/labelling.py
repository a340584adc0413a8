"""Stage 5: run the active rules over a page; the first rule to claim a line decides it.

Every line ends with a label, the name of what decided it and a reason in words. Blank lines
and lines no rule claims are decided by two pseudo-rules, ``blank`` and ``default.keep``
(documented like rules: :mod:`newsclean.engine.pseudo`).
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import NamedTuple

from newsclean.analysis.page import Page
from newsclean.analysis.structure import Structure
from newsclean.engine.context import Context
from newsclean.engine.pseudo import BLANK, DEFAULT_KEEP
from newsclean.engine.ruler import Rule
from newsclean.errors import BudgetError, NewscleanError, RuleError
from newsclean.labels import Gives, Label

#: Rule name recorded for blank lines and for lines no active rule claimed.
BLANK_RULE = BLANK.name
DEFAULT_RULE = DEFAULT_KEEP.name


class Labelled(NamedTuple):
    """Per line: its label, the deciding rule's name, why, and what it gives the metadata."""

    labels: list[Label]
    rules: list[str]
    reasons: list[str]
    gives: list[Gives | None]


def label_page(
    page: Page, structure: Structure, rules: Sequence[Rule], *, deadline: float | None = None
) -> Labelled:
    """Labels, deciding rule names and reasons for every line of ``page``.

    Blank lines are ``blank``; lines no rule claims are kept as body by ``default.keep``
    (so the ``none`` preset keeps everything). ``deadline`` is a ``time.monotonic()`` value
    checked between rules.
    """
    n = len(page)
    blank, body = Label.BLANK, Label.BODY  # enum members read once (3.11 reads them slowly)
    labels: list[Label | None] = [None if f.chars else blank for f in page.features]
    # Claims overwrite these.
    names = [DEFAULT_RULE if f.chars else BLANK_RULE for f in page.features]
    kept_reason, blank_reason = DEFAULT_KEEP.reason, BLANK.reason
    reasons = [kept_reason if f.chars else blank_reason for f in page.features]
    gives: list[Gives | None] = [None] * n
    for r in rules:
        if deadline is not None and time.monotonic() > deadline:
            raise BudgetError(
                f"the page ran past its time budget before rule {r.name!r}; "
                "raise `time_budget` or cut the page"
            )
        try:
            claimed = list(r.fn(Context(page, structure, tuple(labels))))
        except NewscleanError:
            raise
        except Exception as exc:
            raise RuleError(r.name, exc) from exc
        label, name, default, kind = r.label, r.name, r.reason, r.gives
        for item in claimed:
            if isinstance(item, tuple):
                i, why = item
            else:
                i, why = item, default
            if 0 <= i < n and labels[i] is None:
                labels[i] = label
                names[i] = name
                reasons[i] = why
                gives[i] = kind
    return Labelled([body if lab is None else lab for lab in labels], names, reasons, gives)
