"""ads: advertisement markers and "story continues below" slots."""

from __future__ import annotations

from collections.abc import Iterable

from newsclean.analysis.phrases import Mode
from newsclean.engine.context import Claim, Context
from newsclean.engine.ruler import rule
from newsclean.labels import Label


@rule(
    "ad.marker",
    Label.AD,
    presets=("default", "conservative", "html", "html-any"),
    phrases=("ad.marker",),
    reason="the whole line is an ad label (phrase list ad.marker)",
)
def marker(ctx: Context) -> Iterable[Claim]:
    """What it removes: a line that is only an ad label or an ad-slot notice.

    Why: ad slots leave their label behind in the page text ("ads", "Advertisement",
    "Реклама", "বিজ্ঞাপন", "Anzeige") wherever the banner was, often mid-article.
    Example: ``Advertisement``, ``- ads -``, ``Story continues below advertisement``.
    Keeps: sentences about advertising: the whole line must be the label.
    """
    page = ctx.page
    return page.matching("ad.marker", Mode.LINE, max_words=8)
