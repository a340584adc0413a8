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


class Gives(StrEnum):
    """What a rule's lines give the metadata, and so how the metadata stage reads them.

    A rule declares it (``@rule(..., gives=Gives.BYLINE)``); the metadata stage picks its
    parser by it, never by the rule's name, so a renamed or a plugin rule is read the same way.
    """

    FEED_STAMP = "feed_stamp"  # a feed article's date, time and view count
    DATELINE = "dateline"  # published / updated dates
    BYLINE = "byline"  # the author (or a source, "Source: Agencies", led by a credit word)
    CREDIT = "credit"  # the source, after its "Source:" / "With inputs from" lead
    SOURCE_LINE = "source_line"  # the source, the whole line ("akorda.kz", "afp-jiji")
    PUBLISHER = "publisher"  # the publisher named by a copyright notice
    PAGE_DATE = "page_date"  # a date above the headline: the published date when nothing else gives one


#: The metadata fields each kind of line may fill.
GIVEN_FIELDS: dict[Gives, tuple[str, ...]] = {
    Gives.FEED_STAMP: ("published", "updated", "views"),
    Gives.DATELINE: ("published", "updated"),
    Gives.BYLINE: ("author", "source"),
    Gives.CREDIT: ("source",),
    Gives.SOURCE_LINE: ("source",),
    Gives.PUBLISHER: ("publisher",),
    Gives.PAGE_DATE: ("published", "updated"),
}
