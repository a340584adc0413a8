"""Tags with thousands of attributes, cut to their first ones before lxml parses the page.

libxml2 checks each attribute of a tag against the ones before it, so parsing one tag costs the
square of its attribute count, in C code that no time budget can interrupt: 40,000 attributes
take 5.5 s, 150,000 more than two minutes (``python -m benchmarks.c_time``, docs/limits.md).
No page prints thousands of attributes on one element; a page that does is broken or hostile,
and its extra attributes carry no article text. Cutting them keeps the parse linear in the page.

Cheap on ordinary pages: such a tag opens a run of at least ``2 * MAX_ATTRIBUTES`` characters
with no ``<`` in it (each attribute takes a space and a name), which one fast scan finds (about
0.2 ms for a 240 KB page); only a tag that opens such a run is read attribute by attribute, by a
pattern whose every quantifier is possessive (quoted values followed for at most ``MAX_QUOTED``
characters), so the work stays linear in the page. A tag whose quoted values hold a ``<`` is
read only up to that value: markup written to dodge the cut that way still parses slowly, which
only the worker process of :mod:`newsclean.batch.isolated` bounds (the CLI's default).
"""

from __future__ import annotations

import re

import regex

#: Attributes kept on one tag; the rest are dropped (with a warning).
MAX_ATTRIBUTES = 1_000
#: Longest quoted attribute value the search follows (a longer one ends the tag's attribute run).
MAX_QUOTED = 4_096

_QUOTED = "{0," + str(MAX_QUOTED) + "}+"
_VALUE = r"(?:\"[^\"]" + _QUOTED + r"\"|'[^']" + _QUOTED + r"'|[^\s<>\"']++)"
_ATTRIBUTE = r"\s++[^\s=<>\"'/]++(?:\s*+=\s*+" + _VALUE + ")?+"
_CROWDED_TAG = regex.compile(
    r"(<[A-Za-z][^\s/<>]*+(?:" + _ATTRIBUTE + "){" + str(MAX_ATTRIBUTES) + "})(?:" + _ATTRIBUTE + ")++"
)

# A literal "<" first: the scan jumps from one to the next instead of trying every position.
_LONG_RUN = re.compile(r"<[^<]{" + str(2 * MAX_ATTRIBUTES) + ",}")


def few_attributes(markup: str, warnings: list[str]) -> str:
    """``markup`` with every tag cut to its first ``MAX_ATTRIBUTES`` attributes; a warning says
    how many tags were cut."""
    kept: list[str] = []
    pos = count = 0
    for run in _LONG_RUN.finditer(markup):
        crowded = _CROWDED_TAG.match(markup, run.start()) if run.start() >= pos else None
        if crowded is None:
            continue
        kept.append(markup[pos : crowded.end(1)])
        pos = crowded.end()
        count += 1
    if not count:
        return markup
    kept.append(markup[pos:])
    warnings.append(
        f"cut {count:,} tag(s) to their first {MAX_ATTRIBUTES:,} attributes before parsing "
        "(libxml2 parses a tag's attributes in quadratic time)"
    )
    return "".join(kept)
