"""copyright: copyright and reproduction notices, also when they repeat after every article."""

from __future__ import annotations

from collections.abc import Iterable

from newsclean.analysis.phrases import Mode
from newsclean.engine.context import Claim, Context
from newsclean.engine.ruler import rule
from newsclean.labels import Gives, Label

_MAX_WORDS = 60


@rule(
    "copyright.notice",
    Label.COPYRIGHT,
    presets=("default", "conservative", "html", "html-any"),
    phrases=("copyright.notice",),
    gives=Gives.PUBLISHER,
    reason="a copyright or reproduction notice (phrase list copyright.notice)",
)
def notice(ctx: Context) -> Iterable[Claim]:
    """What it removes: copyright, "all rights reserved" and "may not be reproduced" notices.

    Why: sites stamp them in footers and, in feeds, after every article; they name the
    publisher (parsed into ``publisher``) but are not article text.
    Example: ``© 2024 Example News. All rights reserved.``;
    ``This information may not be reproduced without reference to <Agency>.``
    Keeps: article sentences that merely talk about copyright: a notice inside the article core
    must be short, repeated on the page, carry ``©``, or be one of the core's last two lines.
    """
    page, st = ctx.page, ctx.structure
    for i in page.matching("copyright.notice", Mode.CONTAINS, max_words=_MAX_WORDS):
        f = page.features[i]
        if not st.in_core(i) or not page.body_like(i) or f.repeats > 1 or "©" in f.text or i in st.core_tails:
            yield i
