"""The precision/recall dial (``favor``): which rules each setting switches, and the two rules
only ``favor="precision"`` runs.

``balanced`` (the default) is the preset as it is. ``recall`` switches off the one rule that
removes lines on structure alone, ``navigation.outside_core``: lines outside the article core
that no phrase list, pattern or section rule claimed are kept (menus and teasers that a phrase
or a heading gives away still go). ``precision`` keeps only the article's core run and trims
its edges: ``navigation.beyond_core`` removes the runs the core was extended by (the prose
after an ad block, the lists below it) and ``noise.weak_edge`` the lines at either end of the
article that are neither prose nor a sentence. docs/configuration.md has the figures.
"""

from __future__ import annotations

from collections.abc import Iterable

from newsclean.engine.context import Claim, Context
from newsclean.engine.ruler import rule
from newsclean.labels import Label

FAVORS: tuple[str, ...] = ("precision", "balanced", "recall")

#: Per setting, (rules to enable, rules to disable), applied after the preset and before the
#: caller's own ``enable``/``disable`` (which win).
SWITCHES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "precision": (("navigation.beyond_core", "noise.weak_edge"), ()),
    "balanced": ((), ()),
    "recall": ((), ("navigation.outside_core",)),
}

#: A line of this many words or more that ends like a sentence is confident enough to keep.
_SENTENCE_WORDS = 4


@rule("navigation.beyond_core", Label.NAVIGATION, presets=())
def beyond_core(ctx: Context) -> Iterable[Claim]:
    """What it removes: article lines outside the core run itself (with ``favor="precision"``
    only): the prose runs that share the core's words further down, and the lists, inline links
    and prose the article was continued into past the core's edges.

    Why: those extensions are what the default adds for recall; each is right on most pages
    and wrong on some (a teaser that shares the story's words, a list of other stories under
    a line ending in ":"). Asked for precision, only the densest run of article prose stays.
    Example: the paragraphs after ``Advertisement`` and a related box, two screens below.
    Keeps: every line of the core run.
    """
    st, decided = ctx.structure, ctx.decided
    zone, more = st.zone, st.continuation
    for i in st.article_lines:
        if decided[i] is None and zone[i] != 1:
            how = _FURTHER_RUN if zone[i] == 2 else more.get(i, "the article's continuation")
            yield i, f"outside the article's core run ({how}); favor='precision' keeps the core only"


_FURTHER_RUN = "a further run of prose sharing the core's words"


@rule("noise.weak_edge", Label.NOISE, presets=())
def weak_edge(ctx: Context) -> Iterable[Claim]:
    """What it removes: the lines at either end of each run of the article that are neither
    prose nor a sentence, up to the first line that is (with ``favor="precision"`` only).

    Why: an article's first and last lines are where the core's edge is least sure: a
    caption, a "Read more" link, a label or the site's tagline is taken in as often as a
    subheading. Inside the run, short lines between paragraphs are subheadings and stay.
    Example: ``Watch: the full interview`` just above the first paragraph.
    Keeps: prose, sentences of four words or more, and everything between the first and the
    last of them.
    """
    page, st, decided = ctx.page, ctx.structure, ctx.decided
    prose, feats, mask = page.prose, page.features, st.article_mask
    runs: list[list[int]] = []
    previous: int | None = None
    for i in st.article_lines:
        if decided[i] is not None:
            continue
        if previous is None or any(not mask[j] and feats[j].chars for j in range(previous + 1, i)):
            runs.append([])
        runs[-1].append(i)
        previous = i
    found: list[Claim] = []
    for run in runs:
        for ends, where in ((run, "first"), (run[::-1], "last")):
            for i in ends:
                f = feats[i]
                if prose[i] or (f.terminal and f.words >= _SENTENCE_WORDS):
                    break
                found.append((i, f"among the article's {where} lines before any sentence; favor='precision'"))
    return found
