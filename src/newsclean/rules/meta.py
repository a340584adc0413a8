"""meta: datelines, bylines, desks, credits and agency tags (removed and parsed into metadata)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import regex

from newsclean.analysis.page import Page
from newsclean.analysis.phrases import Mode
from newsclean.analysis.sections import DATELINE_OTHER_WORDS, menu_run
from newsclean.analysis.structure import Structure
from newsclean.engine.context import Claim, Context
from newsclean.engine.ruler import rule
from newsclean.labels import Gives, Label
from newsclean.text import dates, features

_DATELINE_MAX_WORDS = 16
_DATELINE_LONG_WORDS = 40  # a published-and-updated line, counted with its dates

_BYLINE_MAX_WORDS = 8
_CREDIT_LEAD_MAX_WORDS = 7
# "levantnews-alarabiya-agencies", "AFP-JIJI", "reuters/ap": one token joined by - / _ or +.
_TAG = regex.compile(r"^[\p{L}\p{N}]+(?:[-/_+][\p{L}\p{N}]+)+$")
# "/এলকে/", "(AP)", "[mk]", "-- JT": a few letters in slashes or brackets, alone on a line.
_INITIALS = regex.compile(
    r"^(?:/\s*[\p{L}\p{M}.]{1,12}\s*/|\(\s*[\p{L}\p{M}.]{1,12}\s*\)|\[\s*[\p{L}\p{M}.]{1,12}\s*\])$"
)


@rule(
    "meta.dateline",
    Label.META,
    presets=("default", "conservative", "html"),
    gives=Gives.DATELINE,
    reason="a date line by the article's head or end, not a sentence",
)
def dateline(ctx: Context) -> Iterable[Claim]:
    """What it removes: the article's dateline (publication and update time, parsed).

    Why: "26 September 2022, 15:55 Updated: ...", "Nov 18, 2019 at 9:24 pm ET", "Published
    25.02.2026" sit under the headline or at the article's end; they are metadata.
    Example: ``২৬ সেপ্টেম্বর ২০২২, ১৫:৫৫আপডেট : ২৬ সেপ্টেম্বর ২০২২, ১৫:৫৭``.
    A long line counts when it is long only because of its dates (published and updated, a
    byline): at most ten other words, and it does not end like a sentence.
    Keeps: sentences that mention a date (they are long and sentence-shaped), and date lines
    inside related lists (they belong to other stories).
    """
    page, st = ctx.page, ctx.structure
    for i in sorted({*st.head_lines, *st.tail_lines}):
        f = page.features[i]
        if f.blank or not f.digits or f.words > _DATELINE_LONG_WORDS or i in st.section_lines:
            continue
        if f.terminal and (f.words > _DATELINE_MAX_WORDS or page.body_like(i)):
            continue  # a sentence (long or prose): never a dateline, with dates or without (below)
        found = dates.find_dates(f.text)
        if not found:
            continue
        # "Veröffentlicht am 7. Juli 2026 um 03:08 Uhr | Aktualisiert: 07.07.2026, 07:37 Uhr" is
        # long only because of its dates; a sentence keeps its words when they are removed.
        published_and_updated = _long_dateline(f.text, found)
        if (f.words > _DATELINE_MAX_WORDS or page.body_like(i)) and not published_and_updated:
            continue
        if dates.is_stamp(f.text) or f.words <= 10 or found[0].has_time or published_and_updated:
            yield i


def _long_dateline(text: str, found: list[dates.DateMatch]) -> bool:
    """Published and updated dates with a few words around them, not a sentence."""
    return (
        len(found) >= 2
        and features.TERMINAL.search(text) is None
        and dates.words_besides_dates(text, found) <= DATELINE_OTHER_WORDS
    )


@rule(
    "meta.byline",
    Label.META,
    presets=("default", "conservative", "html"),
    phrases=("meta.byline", "meta.desk"),
    gives=Gives.BYLINE,
    reason="an author or desk line (phrase lists meta.byline, meta.desk) by the article's head or end",
)
def byline(ctx: Context) -> Iterable[Claim]:
    """What it removes: author lines and desk credits near the headline or at the article's end.

    Why: "By Jane Doe", "Автор: ...", "International desk", "আন্তর্জাতিক ডেস্ক", "Staff
    reporter" name who wrote the piece (parsed as ``author``), not what it says.
    Example: ``by Bryan DeArdo``; ``আন্তর্জাতিক ডেস্ক``.
    Keeps: sentences starting with "By ..." (long or sentence-shaped); lines far from the article;
    menus ("Фото | Главная").
    """
    page, st = ctx.page, ctx.structure
    leads = page.matching("meta.byline", Mode.LEAD, max_words=_BYLINE_MAX_WORDS)
    desks = page.matching("meta.desk", Mode.CONTAINS, max_words=4)
    for i in sorted(leads | desks):
        f = page.features[i]
        if (f.terminal and f.words > 4) or menu_run(f.text):  # "Фото | Главная" is a menu
            continue
        if st.in_head(i) or st.in_tail(i):
            yield i


@rule(
    "meta.credit",
    Label.META,
    presets=("default", "conservative", "html"),
    phrases=("meta.credit", "meta.credit_lead"),
    after=("related.inline", "ad.marker"),
    gives=Gives.CREDIT,
    reason="a source or credit line (phrase lists meta.credit, meta.credit_lead)",
)
def credit(ctx: Context) -> Iterable[Claim]:
    """What it removes: source and credit lines ("Source: Reuters", "সূত্র: রয়টার্স", "Фото: ТАСС").

    Why: the credit names the agency the story came from (parsed as ``source``); it is not text.
    Credits written as a phrase without a colon ("(With inputs from Reuters)", "Avec AFP",
    "Con información de EFE", "Mit Material von dpa") count when short and at the article's
    head or end.
    Example: ``Source: Reuters``; ``Photo: AFP``; ``Avec Reuters``.
    Keeps: long lines (a caption with a sentence is body when the gold keeps captions);
    sentences that start with "Avec ..." / "With ..."; menus ("Photo | Video").
    """
    page, st, decided = ctx.page, ctx.structure, ctx.decided
    found = {
        i for i in page.matching("meta.credit", Mode.PREFIX, max_words=12) if not menu_run(page.lines[i])
    }
    for i in page.matching("meta.credit_lead", Mode.LEAD, max_words=_CREDIT_LEAD_MAX_WORDS):
        if not page.features[i].terminal and (
            st.in_head(i) or st.in_tail(i) or _after_removed_tail(page, st, decided, i)
        ):
            found.add(i)
    return found


def _after_removed_tail(page: Page, st: Structure, decided: Sequence[Label | None], i: int) -> bool:
    """Line ``i`` follows the article with only lines already removed in between (an ad label,
    "Read also: ..." links): the credit closes the article however many of those there are."""
    end = st.article_end(i)
    if end is None or i in st.section_lines:
        return False
    return end < i and all(page.features[j].blank or decided[j] is not None for j in range(end + 1, i))


@rule(
    "meta.agency_tag",
    Label.META,
    presets=("default", "html"),
    phrases=("meta.agency",),
    gives=Gives.SOURCE_LINE,
    reason="a one-token agency tag after the article (phrase list meta.agency)",
)
def agency_tag(ctx: Context) -> Iterable[Claim]:
    """What it removes: a one-token agency tag after the article (``site-agencies``).

    Why: CMSs append the credit as one joined token: ``levantnews-alarabiyaenglish-agencies``,
    ``AFP-JIJI``. One of its parts is an agency word from the ``meta.agency`` list.
    Example: ``alarabiya-agencies``.
    Keeps: hyphenated words inside sentences; tags far from the article's end.
    """
    page, st = ctx.page, ctx.structure
    agency = page.phrases.casefolded("meta.agency")
    for i in st.tail_lines:
        f = page.features[i]
        if f.blank or " " in f.text or not _TAG.match(f.text):
            continue
        parts = regex.split(r"[-/_+]", f.text.casefold())
        if any(p in agency or p.endswith("news") for p in parts):
            yield i


@rule(
    "meta.initials",
    Label.META,
    presets=("default",),
    reason="initials in slashes or brackets closing the article",
)
def initials(ctx: Context) -> Iterable[Claim]:
    """What it removes: editor's or agency initials closing an article (``/এলকে/``, ``(AP)``).

    Why: many newsrooms sign a piece with initials in slashes or brackets on the last line.
    Example: ``/এলকে/``; ``(mk)``.
    Keeps: bracketed text longer than a dozen letters; such lines away from the article's end.
    """
    page, st = ctx.page, ctx.structure
    feats = page.features
    return [
        i
        for i in st.tail_lines
        if not feats[i].blank and feats[i].words <= 2 and _INITIALS.match(feats[i].text)
    ]
