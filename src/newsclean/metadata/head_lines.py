"""The lines the article head was read from get its labels (``head.byline_line``,
``head.date_line``, ``head.headline_line``): the rules ran before the head was read and could
only guess what a short line by the headline was."""

from __future__ import annotations

from newsclean.analysis.page import Page
from newsclean.engine.labelling import Labelled
from newsclean.engine.pseudo import HEAD_BYLINE, HEAD_DATE, HEAD_HEADLINE
from newsclean.engine.ruler import Rule
from newsclean.labels import Gives, Label
from newsclean.metadata.bylines import head_words
from newsclean.metadata.head import Head
from newsclean.model import Metadata
from newsclean.text import dates, features

#: Labels a rule gives a line it has no better name for: the head's reading replaces them.
_GUESSED = frozenset({Label.NAVIGATION, Label.NOISE, Label.RELATED})
#: A body line longer than this is prose that names its author or date, not a byline.
_SHAPED_MAX_WORDS = 20


def label_head_lines(
    page: Page, labelled: Labelled, head: Head, metadata: Metadata, first: int, active: frozenset[str]
) -> None:
    """Relabel, in place, the lines the ``author``, ``published`` and ``updated`` values came
    from (when the head gave them) and the headline line of the article starting on ``first``.

    A line labelled body changes only when it is shaped like a byline or a dateline (short, not
    a sentence): the metadata stays what it is, a sentence that names them stays in the body.
    Each relabelling acts only while the rule that removes such lines is ``active`` (a rule
    name): ``meta.byline``, ``meta.dateline``, ``title.heading``; the ``none`` preset keeps
    every line, and a user who disables ``meta.*`` keeps bylines in the body.
    """
    origin = metadata.provenance
    byline = head.byline_line
    if byline is not None and "meta.byline" in active and origin.get("author") == f"text:{head.byline_rule}":
        # The rules' headline may be the byline (rules head.headline_above_byline, title.not_byline).
        guessed = _GUESSED | {Label.TITLE} if head.headline != byline else _GUESSED
        _relabel(page, labelled, byline, HEAD_BYLINE, f" ({metadata.author})", guessed, body=True)
    dated = (
        (head.published, "published", f"text:{head.date_rule}", metadata.published),
        (head.updated, "updated", "text:head.date", metadata.updated),
    )
    for found, name, expected, value in dated:
        if found is None or (
            labelled.gives[found.line] is Gives.PAGE_DATE and _header_date(page, found.line)
        ):
            continue  # the site header's date ("Saturday, July 16, 2022" over the menus) stays so
        if "meta.dateline" in active and origin.get(name) == expected:
            _relabel(page, labelled, found.line, HEAD_DATE, f" ({name} {value})", _GUESSED, body=True)
    headline = head.headline
    if (
        headline is not None
        and "title.heading" in active
        and Label.BODY not in labelled.labels[first:headline]
    ):
        # Above the article only: a copy inside it is a repeat, whichever copy the head read.
        _relabel(page, labelled, headline, HEAD_HEADLINE, "", _GUESSED, body=False)


def _relabel(
    page: Page, labelled: Labelled, i: int, rule: Rule, detail: str, guessed: frozenset[Label], *, body: bool
) -> None:
    """Give line ``i`` the label of ``rule`` when a rule only guessed at it (a label of
    ``guessed``), or, with ``body``, kept a byline- or dateline-shaped line in the body."""
    label = labelled.labels[i]
    if features.LIST_ITEM.match(page.features[i].text) is not None:
        return  # a list's item ("- 8 January 2015" under "Latest"): the list's, whatever the head read
    if label in guessed or (body and label is Label.BODY and _shaped(page, i)):
        labelled.labels[i], labelled.rules[i] = rule.label, rule.name
        labelled.reasons[i], labelled.gives[i] = rule.reason + detail, None


#: Weekdays written as two words joined by a hyphen (Portuguese "quarta-feira"), which a line's
#: tokens split.
_HYPHENATED = tuple(day for day in head_words("weekdays") if "-" in day)


def _header_date(page: Page, i: int) -> bool:
    """A site header's date, as the rules took it: today's date with its weekday and no clock
    time ("Saturday, July 16, 2022", "শনিবার, ২০ এপ্রিল ২০২৪"); a story's dateline the rules
    took for one gives its time ("1 January 2015, 00:00") or no weekday ("20 juin 2019")."""
    f = page.features[i]
    if any(d.has_time for d in dates.find_dates(f.text)):
        return False
    weekdays = head_words("weekdays")  # "quarta-feira" is one weekday of two tokens
    return any(token in weekdays for token in f.tokens) or any(day in f.folded for day in _HYPHENATED)


def _shaped(page: Page, i: int) -> bool:
    """Not a sentence of the article: short, no prose, no full stop ending it after five words."""
    f = page.features[i]
    return f.words <= _SHAPED_MAX_WORDS and not (f.terminal and f.words > 5) and not page.body_like(i)
