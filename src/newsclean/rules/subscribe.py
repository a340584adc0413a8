"""subscribe: newsletter, sign-up, paywall and donation prompts."""

from __future__ import annotations

from collections.abc import Iterable

from newsclean.analysis.phrases import Mode
from newsclean.engine.context import Claim, Context
from newsclean.engine.ruler import rule
from newsclean.labels import Label

_MAX_WORDS = 30


@rule(
    "subscribe.prompt",
    Label.SUBSCRIBE,
    presets=("default", "conservative", "html"),
    phrases=("subscribe.prompt",),
    reason="a subscribe, sign-up or donation prompt (phrase list subscribe.prompt)",
)
def prompt(ctx: Context) -> Iterable[Claim]:
    """What it removes: short calls to subscribe, sign up, log in to read on, or donate.

    Why: newsletter boxes and paywall prompts recur on every page of a site.
    Example: ``Newsletter``; ``Subscribe to our mailing list to get the new updates!``
    Keeps: article prose that mentions subscriptions: inside the core a prompt must be short
    (under 12 words) or not sentence-shaped. And a line whose every phrase of the list is the
    article's subject, named by several prose lines of the page (``Page.subject_phrases``: an
    article about newsletters or free trials has headings and list items that name them, "What
    is the State of AI newsletter?", "- Free trial: 30 days").
    """
    page, st = ctx.page, ctx.structure
    for i in page.matching("subscribe.prompt", Mode.CONTAINS, max_words=_MAX_WORDS):
        f = page.features[i]
        if (st.in_core(i) and page.body_like(i) and f.words >= 12) or page.on_subject("subscribe.prompt", i):
            continue
        yield i
