"""The one label vocabulary shared by rules, output and the gold files.

Finer distinctions live in the rule name (``related.also_read``), never in new labels.
"""

from __future__ import annotations

from enum import StrEnum


class Label(StrEnum):
    """What a line of a page is. ``BODY`` and ``TITLE`` are article content; the rest is not."""

    TITLE = "title"
    BODY = "body"
    META = "meta"
    RELATED = "related"
    NAVIGATION = "navigation"
    COPYRIGHT = "copyright"
    AD = "ad"
    SUBSCRIBE = "subscribe"
    COMMENTS = "comments"
    NOISE = "noise"
    BLANK = "blank"


#: Labels whose lines make up the clean body text.
KEPT_LABELS: frozenset[Label] = frozenset({Label.BODY})
