"""Per-page line lists equal their per-line definitions (rules and cores iterate the lists):
head_lines / tail_lines, the lines with a digit, the non-blank lines; and what is built on them."""

from __future__ import annotations

import newsclean
from newsclean.analysis.cores import best_run
from newsclean.analysis.page import Page
from newsclean.analysis.structure import Structure, analyse
from newsclean.text.dates import year_in

from .conftest import BODIES, page
from .test_families import LISTS


def _page(text: str) -> tuple[Page, Structure]:
    _ruler, phrases = newsclean.Cleaner().for_site(None)
    p = Page.from_text(text, phrases=phrases)
    return p, analyse(p)


def _texts(language: str) -> list[str]:
    menu = ["Home", "World", "Sport", "Culture"]
    one = page(language, head=menu, tail=["", "(AP)", "Share", *menu, "© 2024"])
    short = "\n".join([*menu, BODIES[language][0]])
    # The article goes on past its core over a closing list: its tail follows the list.
    intro, items = LISTS.get(language, LISTS["en"])
    listed = page(language, head=menu, tail=[intro, *items, "(AP)", "", *menu])
    # A feed: a lead-in, then articles under "date, time" stamps (a segment each, a core each).
    feed = "\n".join(
        [
            *menu,
            *(line for k in range(3) for line in (f"0{k + 1}.03.2024, 10:{k}5", *page(language).split("\n"))),
        ]
    )
    return [one, one + "\n\n" + one, short, listed, feed, "", "\n".join(menu)]


def test_head_and_tail_lines_match_the_per_line_tests(language: str) -> None:
    for text in _texts(language):
        p, st = _page(text)
        assert st.head_lines == [i for i in range(len(p)) if st.in_head(i)]
        assert st.tail_lines == [i for i in range(len(p)) if st.in_tail(i)]


def test_a_feed_has_a_head_and_a_tail_in_every_article(language: str) -> None:
    """Head and tail lines are found per segment: each article of a feed has its own."""
    _p, st = _page(_texts(language)[4])
    assert len(st.segments) >= 3
    for (first, last), core in zip(st.segments, st.cores, strict=True):
        if core is not None:
            assert any(first <= i <= last for i in st.head_lines)
            assert any(first <= i <= last for i in st.tail_lines)


def test_pages_with_an_article_have_head_and_tail_lines(language: str) -> None:
    _p, st = _page(_texts(language)[1])
    assert len(st.head_lines) >= 2 and len(st.tail_lines) >= 2


def _best_run_reference(
    p: Page, scores: list[float], first: int, last: int
) -> tuple[tuple[int, int] | None, float]:
    """Kadane over every line of ``first..last``, skipping blank lines as it meets them."""
    best, span, run, start = 0.0, None, 0.0, first
    for i in range(first, last + 1):
        if p.features[i].blank:
            continue
        if run <= 0:
            run, start = scores[i], i
        else:
            run += scores[i]
        if run > best:
            best, span = run, (start, i)
    return span, best


def test_line_lists_and_what_walks_them(language: str) -> None:
    for text in _texts(language):
        p, st = _page(text)
        feats = p.features
        assert p.digit_lines == tuple(i for i, f in enumerate(feats) if any(c.isdecimal() for c in f.text))
        assert p.nonblank_lines == tuple(i for i, f in enumerate(p.features) if not f.blank)
        assert p.year == year_in(p.text)  # found on the digit lines alone
        n = len(p)
        for first, last in [(0, n - 1), (1, n - 2), (n // 2, n - 1), (0, n // 3)]:
            expected_run = _best_run_reference(p, st.scores, first, last)
            assert best_run(st.scores, p.nonblank_lines, first, last) == expected_run
        for first, last in st.segments:
            words = set().union(*(p.features[j].tokens for j in range(first, last + 1) if p.prose[j]))
            expected = {w for w in words if len(w) > 2} - p.stopwords
            assert p.run_words(first, last) == expected
