"""body: positive evidence. Lines of the article core are the article."""

from __future__ import annotations

from collections.abc import Iterable

from newsclean.engine.context import Claim, Context
from newsclean.engine.ruler import rule
from newsclean.labels import Label


@rule("body.core", Label.BODY, presets=("default",))
def core(ctx: Context) -> Iterable[Claim]:
    """What it keeps: every undecided line inside the article core or a further article run.

    Why: the core is the run of lines with the highest body score (long, sentence-shaped,
    rich in the language's function words), cut at strong boilerplate and preferring the run
    just below the headline; short lines inside it are the article's own subheadings, list
    items and captions. Prose runs elsewhere on the page whose lines share the core's
    vocabulary are the same article, interrupted by an ad block, a video player or a related
    box (``Structure.zone``); this generalises to any site that splits its article. The article
    also goes on past the core's edge over a bullet list, the line ending in ":" that
    introduces it and inline links, into the prose beyond (``Structure.continuation``; each
    such line's reason says what the walk from the core's edge took it as).
    Example: the paragraphs of a story, with its ``- bullet;`` list, and the paragraphs that
    resume after ``Advertisement`` and a teaser list.
    Removes: nothing (it only keeps).
    """
    st = ctx.structure
    zone, more, index = st.zone, st.continuation, st.segment_index
    in_core = [
        _IN_CORE if c is None else f"in the article core (lines {c[0] + 1}-{c[1] + 1})" for c in st.cores
    ]
    for i in st.article_lines:
        if zone[i] == 1:
            yield i, in_core[index[i]]
        elif zone[i] == 2:
            yield i, _FURTHER_RUN
        else:
            yield i, more.get(i, _IN_CORE)


_IN_CORE = "in the article core"
_FURTHER_RUN = "a further run of prose sharing the article core's words (the article, interrupted)"
