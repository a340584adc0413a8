"""analyse() and single rules on ten-line pages, without clean() in between.

A page is built with ``Page.from_text``, its structure with ``analyse``, and a rule runs on a
``Context``: what each stage gives is checked where it is made.
"""

from __future__ import annotations

from collections.abc import Iterable

import pytest
from tests.rules.conftest import BODIES, TITLES

from newsclean import Label, Rule, RuleChainError, Ruler, rule
from newsclean.analysis.page import Page
from newsclean.analysis.structure import Structure, analyse
from newsclean.engine.context import Claim, Context
from newsclean.rules import DEFAULT_RULES, body, meta, navigation, related, title

TEASERS = [
    "Storm closes the harbour for two days",
    "Ferry operator announces a new timetable",
]
# 0 title, 1 byline, 2 blank, 3-5 paragraphs, 6 related heading, 7-8 teasers, 9 footer
TEN_LINES = [
    TITLES["en"],
    "By Jane Doe",
    "",
    *BODIES["en"],
    "Related Articles",
    *TEASERS,
    "Terms of use",
]


def _analysed(lines: list[str]) -> tuple[Page, Structure]:
    page = Page.from_text("\n".join(lines), "en")
    return page, analyse(page)


def _claims(r: Rule, page: Page, st: Structure) -> dict[int, str]:
    """What one rule claims on a fresh page (nothing decided but blank lines), with reasons."""
    out: dict[int, str] = {}
    for item in r.fn(Context.of(page, st)):
        i, why = item if isinstance(item, tuple) else (item, r.reason)
        out[i] = why
    return out


def test_structure_of_a_ten_line_page() -> None:
    page, st = _analysed(TEN_LINES)
    assert len(page) == 10 and page.language == "en"
    assert st.feed_headers == () and st.segments == ((0, 9),)
    assert st.cores == ((3, 5),)  # the three paragraphs
    assert [(s.kind, s.heading, s.first, s.last) for s in st.sections] == [("related", 6, 7, 9)]
    assert "no article text resumes below it" in st.sections[0].end_reason
    assert set(st.section_lines) == {7, 8, 9}
    assert st.article_lines == (3, 4, 5)
    assert st.outside_lines == (0, 1, 6, 7, 8, 9)
    assert st.in_head(0) and st.in_head(1) and not st.in_head(9)
    assert st.core_of(8) == (3, 5) and st.segment_of(8) == (0, 9)


def test_a_section_ends_where_the_article_resumes() -> None:
    """A mid-article box: the section stops before prose on the article's topic, and says so."""
    resumed = "The council said the old bridge would stay open while engineers plan the urgent repairs."
    lines = [
        TITLES["en"],
        "",
        *BODIES["en"][:2],
        "Related Articles",
        *TEASERS,
        resumed,
        BODIES["en"][2],
        "",
        "Home",
    ]
    _page, st = _analysed(lines)
    (section,) = st.sections
    assert (section.heading, section.first, section.last) == (4, 5, 6)
    assert section.end_reason == "it ends where prose on the article's topic resumes (line 8)"
    assert section.reason.startswith("under the related heading on line 5; ")


def test_the_continuation_walk_gives_its_reasons() -> None:
    lines = [
        TITLES["en"],
        "",
        *BODIES["en"],
        "The council listed the steps it will take next:",
        "- repairs to the deck",
        "- new lighting",
        "- a new footpath",
        "The work will be paid for from the city's reserve fund, the mayor said on Tuesday evening.",
        "Home",
    ]
    _page, st = _analysed(lines)
    assert st.cores == ((2, 4),)  # the list's short lines cut the densest run
    below = "continues the article below its core (structure.continuation): "
    assert st.continuation[5] == below + "a list's introduction, with the list beyond it"
    assert st.continuation[6] == st.continuation[8] == below + "a list item"
    assert st.continuation[7] == below + "a short list item, with more of the article beyond it"
    assert st.continuation[9] == below + "a paragraph"
    assert 10 not in st.continuation and st.article_mask[9] and not st.article_mask[10]
    assert st.article_ends == (9,)


def test_a_feed_is_split_into_segments() -> None:
    lines = [
        "Home",
        "01.03.2024, 10:05",
        TITLES["en"],
        *BODIES["en"][:2],
        "02.03.2024, 11:15",
        "Engineers finish the survey of the old bridge ahead of schedule",
        *BODIES["en"][1:],
    ]
    _page, st = _analysed(lines)
    assert st.feed_headers == (1, 5)
    assert st.segments == ((0, 0), (1, 4), (5, 8))
    assert st.cores[1] == (3, 4) and st.cores[2] == (7, 8)


def test_single_rules_on_a_ten_line_page() -> None:
    page, st = _analysed(TEN_LINES)
    assert _claims(related.section, page, st) == dict.fromkeys([7, 8, 9], st.sections[0].reason)
    outside = _claims(navigation.outside_core, page, st)
    assert set(outside) == {0, 1, 6, 7, 8, 9}
    assert outside[9] == "outside the article (its core: lines 4-6) and not continuing it"
    assert set(_claims(meta.byline, page, st)) == {1}
    heading = _claims(title.heading, page, st)
    assert list(heading) == [0] and heading[0].startswith("the headline above the article")
    kept = _claims(body.core, page, st)
    assert kept == dict.fromkeys([3, 4, 5], "in the article core (lines 4-6)")
    assert _claims(meta.byline, page, st)[1] == meta.byline.reason  # the rule's declared reason
    assert "phrase lists meta.byline, meta.desk" in meta.byline.reason


def test_a_rule_sees_what_is_decided() -> None:
    """``decided`` is the labels so far: a rule reading it sees the title taken before it."""
    page, st = _analysed(TEN_LINES)
    decided = [None if f.chars else Label.BLANK for f in page.features]
    decided[0] = Label.TITLE
    ctx = Context.of(page, st, decided)
    assert ctx.decided[0] is Label.TITLE and isinstance(ctx.decided, tuple)
    assert 0 not in _claims(related.repeated, page, st) or ctx.decided[0] is Label.TITLE


def test_the_ruler_checks_what_rules_need() -> None:
    chain = list(DEFAULT_RULES)
    repeat = navigation.headline_repeat
    early = [r for r in chain if r is not repeat]
    early.insert(early.index(title.heading), repeat)  # after feed.title, before title.heading
    with pytest.raises(RuleChainError, match=r"must run after title.heading"):
        Ruler(early)
    with pytest.raises(RuleChainError, match=r"names no rule in the chain"):
        Ruler([r for r in chain if r.family != "title"])
    ruler = Ruler(chain)
    with pytest.raises(RuleChainError):
        ruler.before("title.heading", Rule("x.early", Label.NOISE, lambda ctx: (), after=("title.*",)))
    assert "x.early" not in ruler.names()  # a refused placement leaves the chain as it was
    with pytest.raises(RuleChainError, match="gives 'author'"):
        Rule("x.meta", Label.META, lambda ctx: (), gives="author")  # type: ignore[arg-type]


def test_a_rule_written_for_page_and_decided_still_runs() -> None:
    """The old signature ``fn(page, decided)`` is adapted: it gets ``ctx.page`` and ``ctx.decided``."""

    @rule("custom.first", Label.NOISE)
    def first_line(page: Page, decided: Iterable[Label | None]) -> Iterable[Claim]:
        """What it removes: the first line."""
        return [0] if page.lines else []

    page, st = _analysed(TEN_LINES)
    assert _claims(first_line, page, st) == {0: "the first line"}


def test_lowercase_words_are_read_once_a_page() -> None:
    """The head's proper-name test asks for every candidate name; the page is scanned once."""
    page = Page.from_text("Anna Weber\nAnna writes about the iPhone and van Gogh.\nDer Fall McDonald", "en")
    words = page.lowercase_words()
    assert words == {"writes", "about", "the", "iphone", "and", "van"}
    assert page.lowercase_words() is words
