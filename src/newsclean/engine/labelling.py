"""Stage 4c: run the active rules over a page; the first rule to claim a line decides it."""

from __future__ import annotations

import time
from collections.abc import Sequence
from operator import index

from newsclean.analysis.page import Page
from newsclean.engine.ruler import Rule
from newsclean.errors import BudgetError, NewscleanError, RuleError
from newsclean.labels import Label

#: Rule name recorded for blank lines and for lines no active rule claimed.
BLANK_RULE = "blank"
DEFAULT_RULE = "default.keep"


def label_page(
    page: Page, rules: Sequence[Rule], *, deadline: float | None = None
) -> tuple[list[Label], list[str]]:
    """Labels and deciding rule names for every line of ``page``.

    Blank lines are ``blank``; lines no rule claims are kept as body by ``default.keep``
    (so the ``none`` preset keeps everything). ``deadline`` is a ``time.monotonic()`` value
    checked between rules.
    """
    n = len(page)
    blank, body = Label.BLANK, Label.BODY  # enum members read once (3.11 reads them slowly)
    labels: list[Label | None] = [None if f.chars else blank for f in page.features]
    names = [DEFAULT_RULE if f.chars else BLANK_RULE for f in page.features]  # claims overwrite
    for r in rules:
        if deadline is not None and time.monotonic() > deadline:
            raise BudgetError(
                f"the page ran past its time budget before rule {r.name!r}; "
                "raise `time_budget` or cut the page"
            )
        try:
            claimed = list(map(index, r.fn(page, labels)))  # line indexes: anything else is the rule's error
        except NewscleanError:
            raise
        except Exception as exc:
            raise RuleError(r.name, exc) from exc
        label, name = r.label, r.name
        for i in claimed:
            if 0 <= i < n and labels[i] is None:
                labels[i] = label
                names[i] = name
    return [body if lab is None else lab for lab in labels], names
