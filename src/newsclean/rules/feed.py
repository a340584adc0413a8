"""feed: article headers of feed-like dumps (several articles in one file).

A feed article starts with a stamp line (date, time, optionally a view count), then its
headline, then optionally a short source line (a domain, an agency, an acronym).
"""

from __future__ import annotations

from collections.abc import Iterable

from newsclean.engine.context import Claim, Context
from newsclean.engine.ruler import rule
from newsclean.labels import Gives, Label

_SOURCE_MAX_WORDS = 4


@rule(
    "feed.header",
    Label.META,
    presets=("default", "conservative"),
    gives=Gives.FEED_STAMP,
    reason="a feed stamp (date and time) opening an article, with a headline under it",
)
def header(ctx: Context) -> Iterable[Claim]:
    """What it removes: the stamp that opens each article of a feed dump (parsed into metadata).

    Why: aggregators and ministry/agency feeds print ``DD.MM.YYYY, HH:MM VIEWS`` (or an ISO
    date, or a crawl-date prefix) above every headline; it gives published date and views.
    Example: ``25.02.2026, 09:50 14346`` followed by a headline.
    Keeps: dates inside sentences; a lone date not followed by a headline.
    """
    st = ctx.structure
    return st.feed_headers


@rule(
    "feed.title", Label.TITLE, presets=("default", "conservative"), reason="the headline under a feed stamp"
)
def title(ctx: Context) -> Iterable[Claim]:
    """What it removes: the headline right after a feed stamp (kept as the article's title).

    Why: in a feed the line after the stamp is the headline, whatever its shape.
    Example: ``Kazakhstan names ambassador to Republic of Rwanda`` after ``25.02.2026, 17:25 13106``.
    Keeps: everything after the headline.
    """
    page, st = ctx.page, ctx.structure
    for h in st.feed_headers:
        j = page.next_nonblank(h)
        if j is not None:
            yield j


@rule(
    "feed.source",
    Label.META,
    presets=("default", "conservative"),
    gives=Gives.SOURCE_LINE,
    reason="a short source line under a feed headline, prose below it",
)
def source(ctx: Context) -> Iterable[Claim]:
    """What it removes: a short source line under a feed headline (parsed as ``source``).

    Why: feeds credit the originating site or agency on its own line: a domain, an acronym,
    an agency name. It is at most a few words, has no sentence punctuation, and prose follows.
    Example: ``akorda.kz``, ``MFA``, ``gov.kz``, ``Reuters``.
    Keeps: a first paragraph (long, sentence-shaped) directly under the headline.
    """
    page, st = ctx.page, ctx.structure
    for h in st.feed_headers:
        t = page.next_nonblank(h)
        s = page.next_nonblank(t) if t is not None else None
        if s is None:
            continue
        f = page.features[s]
        after = page.next_nonblank(s)
        if (
            f.words <= _SOURCE_MAX_WORDS
            and not f.terminal
            and f.chars <= 40
            and after is not None
            # prose follows (in whatever language), if only one short sentence
            and (page.features[after].words >= 8 or page.prose[after] or page.features[after].terminal)
        ):
            yield s
