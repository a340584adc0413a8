"""Built-in rule families and their default order (the order is data: reorder here)."""

from __future__ import annotations

from newsclean.engine.ruler import Rule
from newsclean.rules import (
    ads,
    body,
    comments,
    copyright,
    favor,
    feed,
    meta,
    navigation,
    noise,
    not_text,
    related,
    subscribe,
    title,
)

#: The default chain. Earlier rules win: strong, specific evidence first, structure last.
DEFAULT_RULES: tuple[Rule, ...] = (
    not_text.not_text,
    noise.symbol,
    feed.header,
    feed.title,
    feed.source,
    copyright.notice,
    comments.widget,
    related.inline,
    related.heading,
    comments.heading,
    comments.thread,
    related.cards,
    ads.marker,
    subscribe.prompt,
    noise.cookie,
    noise.cookie_button,
    title.heading,
    navigation.page_date,
    meta.dateline,
    meta.agency_tag,
    meta.byline,
    meta.credit,
    noise.caption,
    meta.initials,
    navigation.menu,
    related.section,
    comments.section,
    related.repeated,
    related.teaser,
    navigation.breadcrumb,
    navigation.short_run,
    navigation.outside_core,
    navigation.page_footer,
    navigation.headline_repeat,
    noise.duplicate,
    favor.beyond_core,
    favor.weak_edge,
    body.core,
)

__all__ = ["DEFAULT_RULES"]
