"""The generator's own invariants: newsclean.strategies must be right before it judges newsclean.

Nothing here calls ``newsclean.clean``; tests/test_properties.py does.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import ftfy
import justext
import pytest
import regex
from hypothesis import HealthCheck, Phase, find, given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

import newsclean.strategies as ns
from newsclean._strategies.text import LEXICONS, capitalise
from newsclean.labels import Label
from newsclean.strategies import (
    BOILERPLATE_KINDS,
    LANGUAGES,
    GeneratedPage,
    boilerplate_lines,
    datelines,
    feed_headers,
    headlines,
    mojibake,
    pages,
    paragraphs,
    sentences,
)

ISO = re.compile(r"\d{4}-\d\d-\d\d(T\d\d:\d\d)?")
FEED_HEADER = re.compile(r"( date (\d{4}-\d\d-\d\d) )?(\d\d)\.(\d\d)\.(\d{4}), (\d\d:\d\d) (\d+)")
# Script of each language's letters (Latin languages may borrow nothing else).
SCRIPTS = {
    "en": "Latin", "de": "Latin", "es": "Latin", "fr": "Latin", "pt": "Latin",
    "ru": "Cyrillic", "kk": "Cyrillic", "bn": "Bengali", "ar": "Arabic",
}  # fmt: skip
JUSTEXT = {
    "en": "English", "ru": "Russian", "kk": "Kazakh", "bn": "Bengali", "ar": "Arabic",
    "de": "German", "es": "Spanish", "fr": "French", "pt": "Portuguese",
}  # fmt: skip
REPAIR = ftfy.TextFixerConfig(uncurl_quotes=False, fix_line_breaks=False, unescape_html=False)
KIND_PREFIX_LABEL = {
    "title": Label.TITLE,
    "body": Label.BODY,
    "meta": Label.META,
    "related": Label.RELATED,
    "navigation": Label.NAVIGATION,
    "copyright": Label.COPYRIGHT,
    "ad": Label.AD,
    "subscribe": Label.SUBSCRIBE,
    "comments": Label.COMMENTS,
    "noise": Label.NOISE,
    "blank": Label.BLANK,
}
FIND = settings(database=None, max_examples=2000, suppress_health_check=list(HealthCheck))
FIRST = settings(FIND, phases=[Phase.generate])


def minimal(strategy: st.SearchStrategy[Any], condition: Callable[[Any], bool] = bool) -> Any:
    """The smallest example satisfying ``condition`` (what a failing test would shrink to)."""
    return find(strategy, condition, settings=FIND)


def simplest(strategy: st.SearchStrategy[Any]) -> Any:
    """The example Hypothesis tries first and shrinks towards: every choice at its simplest."""
    return find(strategy, lambda _: True, settings=FIRST)


# -- pages: structure of the gold -----------------------------------------------------------


@given(pages(feed=None))
def test_one_label_and_kind_per_line(page: GeneratedPage) -> None:
    assert isinstance(page.text, str)
    assert page.text == page.source_text
    assert len(page.gold.labels) == len(page.lines) == len(page.gold.kinds)
    for label, kind in zip(page.gold.labels, page.gold.kinds, strict=True):
        assert KIND_PREFIX_LABEL[kind.split(".")[0]] is label, kind
    for line, label in zip(page.lines, page.gold.labels, strict=True):
        assert (label is Label.BLANK) == (line.strip() == ""), (line, label)


@given(pages(feed=None))
def test_gold_body_is_the_body_lines_joined(page: GeneratedPage) -> None:
    gold = page.gold
    bodies = []
    for article in gold.articles:
        first, last = article.lines
        lines = page.lines[first - 1 : last]
        labels = gold.labels[first - 1 : last]
        body = "\n".join(t for t, lab in zip(lines, labels, strict=True) if lab is Label.BODY)
        assert article.body == body
        assert body, "every article has a body"
        bodies.append(body)
    assert gold.body == "\n\n".join(bodies)
    all_body = [t for t, lab in zip(page.lines, gold.labels, strict=True) if lab is Label.BODY]
    assert gold.body.replace("\n\n", "\n") == "\n".join(all_body)


@given(pages(feed=None))
def test_articles_are_in_order_and_titled(page: GeneratedPage) -> None:
    gold = page.gold
    assert len(gold.articles) >= 1
    assert page.feed == (len(gold.articles) > 1 or "feed" in page.features)
    previous_last = 0
    for article in gold.articles:
        first, last = article.lines
        assert previous_last < first <= last <= len(page.lines)
        previous_last = last
        inside = page.lines[first - 1 : last]
        labels = gold.labels[first - 1 : last]
        assert labels.count(Label.TITLE) == 1
        assert inside[labels.index(Label.TITLE)] == article.title
        assert not article.title.endswith((".", "।")), "headlines do not end with a full stop"
    meta = gold.metadata
    first_article = gold.articles[0]
    assert (meta.title, meta.published, meta.source, meta.views) == (
        first_article.title,
        first_article.published,
        first_article.source,
        first_article.views,
    )
    assert meta.language == page.language
    for article in gold.articles:
        for value in (article.published, article.updated):
            assert value is None or ISO.fullmatch(value)
        if article.updated is not None:
            assert article.published is not None
            assert article.updated >= article.published


@given(pages(feed=True, min_articles=2, max_articles=4))
def test_feed_articles_have_headers_with_their_metadata(page: GeneratedPage) -> None:
    assert 2 <= len(page.gold.articles) <= 4
    for article in page.gold.articles:
        header = page.lines[article.lines[0] - 1]
        match = FEED_HEADER.fullmatch(header)
        assert match, header
        day, month, year, hhmm, views = match.group(3, 4, 5, 6, 7)
        assert article.published == f"{year}-{month}-{day}T{hhmm}"
        assert article.views == int(views)
        if article.source is not None:
            assert article.source in page.lines[article.lines[0] : article.lines[1]]


@given(pages(feed=None))
def test_page_text_is_what_a_repairer_leaves_alone(page: GeneratedPage) -> None:
    text = page.source_text
    assert unicodedata.is_normalized("NFC", text)
    assert "\r" not in text
    assert not regex.search(r"[\p{Cc}--[\n]]", text, flags=regex.V1)
    assert ftfy.fix_text(text, REPAIR) == text
    body = [t for t, lab in zip(page.lines, page.gold.labels, strict=True) if lab is Label.BODY]
    assert all(line == line.strip() for line in body)
    assert len(set(body)) == len(body), "body lines are never repeated"


@given(pages(boilerplate=False, feed=None))
def test_no_boilerplate_means_headers_titles_and_body_only(page: GeneratedPage) -> None:
    allowed = {Label.TITLE, Label.BODY, Label.BLANK}
    if page.feed:
        allowed.add(Label.META)  # the DD.MM.YYYY, HH:MM VIEWS headers are the feed itself
        assert set(page.gold.kinds) <= {"title", "body.paragraph", "body.list", "blank",
                                          "meta.feed_header"}  # fmt: skip
    assert set(page.gold.labels) <= allowed


@given(pages(boilerplate=[Label.COMMENTS, "copyright"]))
def test_boilerplate_selection(page: GeneratedPage) -> None:
    assert set(page.gold.labels) <= {Label.TITLE, Label.BODY, Label.BLANK, Label.COMMENTS,
                                     Label.COPYRIGHT}  # fmt: skip


# -- every language, real-looking text ------------------------------------------------------


def _letters(text: str) -> list[str]:
    return regex.findall(r"\p{L}", text)


@pytest.mark.parametrize("code", LANGUAGES)
@settings(max_examples=10)
@given(data=st.data())
def test_every_language_draws_its_script(code: str, data: st.DataObject) -> None:
    page = data.draw(pages(languages=[code], feed=None))
    assert page.language == code
    letters = _letters(page.gold.body)
    script = regex.compile(rf"\p{{Script={SCRIPTS[code]}}}")
    share = sum(bool(script.match(c)) for c in letters) / len(letters)
    assert share > 0.97, f"{code} body is only {share:.0%} {SCRIPTS[code]}"


@pytest.mark.parametrize("code", LANGUAGES)
@settings(max_examples=15)
@given(data=st.data())
def test_paragraphs_read_like_prose(code: str, data: st.DataObject) -> None:
    """Function words at a natural rate, script punctuation, no stray placeholders."""
    para = data.draw(paragraphs(language=code, min_sentences=2, max_sentences=4))
    assert "{" not in para and "}" not in para
    assert "  " not in para and para == para.strip()
    words = regex.findall(r"[\p{L}\p{M}’'-]+", para.lower())
    stop = {w.lower() for w in justext.get_stoplist(JUSTEXT[code])}
    density = sum(w in stop for w in words) / len(words)
    assert density > 0.05, (density, para)
    assert len(words) >= 5


@pytest.mark.parametrize("code", LANGUAGES)
@settings(max_examples=15)
@given(data=st.data())
def test_sentences_end_with_the_scripts_punctuation(code: str, data: st.DataObject) -> None:
    sentence = data.draw(sentences(language=code))
    ends = {"bn": ("।", "?", "”"), "ar": (".", "؟")}.get(code, (".", "?", "”", "“"))
    assert sentence.endswith(ends), sentence
    if code in {"en", "ru", "kk", "de", "es", "fr"}:
        first = next(c for c in sentence if c.isalpha())
        assert first.isupper(), sentence


def test_bengali_and_arabic_use_their_own_marks() -> None:
    assert minimal(sentences(language="bn"), lambda s: s.endswith("।"))
    assert minimal(sentences(language="ar"), lambda s: s.endswith("؟"))
    assert minimal(sentences(language="es"), lambda s: s.startswith("¿"))
    assert minimal(paragraphs(language="bn"), lambda p: bool(re.search("[০-৯]", p)))


@pytest.mark.parametrize("code", LANGUAGES)
@settings(max_examples=15)
@given(data=st.data())
def test_headlines_look_like_headlines(code: str, data: st.DataObject) -> None:
    title = data.draw(headlines(language=code))
    assert not title.endswith((".", "।")) and "{" not in title
    assert 2 <= len(title.split()) <= 16


# -- building blocks ------------------------------------------------------------------------


@given(datelines())
def test_datelines_carry_their_iso_reading(stamp: ns.Dateline) -> None:
    assert ISO.fullmatch(stamp.published)
    assert stamp.text == stamp.text.strip() and "{" not in stamp.text
    year = stamp.published[:4]
    digits = str.maketrans("০১২৩৪৫৬৭৮৯٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
    assert year in stamp.text.translate(digits)
    if stamp.updated is not None:
        assert stamp.updated >= stamp.published


def test_datelines_print_the_seed_styles() -> None:
    bn = minimal(datelines(language="bn"), lambda d: d.updated is not None)
    assert "আপডেট" in bn.text and re.search("[০-৯]{4}", bn.text)
    ru = minimal(datelines(language="ru"), lambda d: "сентября" in d.text)
    assert ru.published[5:7] == "09"
    numeric = minimal(datelines(language="en"), lambda d: re.fullmatch(r"\d\d\.\d\d\.\d{4}, .*", d.text))
    day, month, year = numeric.text[:10].split(".")
    assert numeric.published.startswith(f"{year}-{month}-{day}")


@given(feed_headers())
def test_feed_headers(header: ns.FeedHeader) -> None:
    match = FEED_HEADER.fullmatch(header.text)
    assert match
    assert header.views == int(match.group(7))
    assert header.published == f"{match.group(5)}-{match.group(4)}-{match.group(3)}T{match.group(6)}"


@pytest.mark.parametrize("label", sorted({Label(v) for v in map(str, Label)} - {Label.TITLE,
                                          Label.BODY, Label.BLANK}))  # fmt: skip
@settings(max_examples=10)
@given(data=st.data())
def test_boilerplate_lines_carry_the_label_asked_for(label: Label, data: st.DataObject) -> None:
    block = data.draw(boilerplate_lines(label=label))
    assert block.label is label
    assert block.lines and all(line.strip() for line in block.lines)
    assert all("{" not in line for line in block.lines)
    assert block.kind.split(".")[0] == {
        Label.COMMENTS: "comments",
        Label.NOISE: "noise",
    }.get(label, label.value)


@given(boilerplate_lines(label="related"))
def test_related_blocks_have_a_heading_and_headlines(block: ns.BoilerplateBlock) -> None:
    assert block.kind in {"related.heading", "related.also_read"}
    if block.kind == "related.heading":
        assert len(block.lines) >= 3


@pytest.mark.parametrize("code", LANGUAGES)
@settings(max_examples=10)
@given(data=st.data())
def test_mojibake_is_undone_by_ftfy(code: str, data: st.DataObject) -> None:
    original = data.draw(paragraphs(language=code))
    broken = data.draw(mojibake(original))
    assert ftfy.fix_text(broken, REPAIR) == original
    assert broken.count("\n") == original.count("\n")


def test_mojibake_really_breaks_text() -> None:
    assert minimal(mojibake("Kazakhstan’s “plan”")) == "Kazakhstanâ€™s â€œplanâ€\x9d"
    assert minimal(mojibake("Министр заявил", codecs=["latin-1"])).startswith("Ð\x9cÐ¸")
    assert minimal(mojibake(st.just("plain ASCII"))) == "plain ASCII"


@given(pages(mojibake=True, feed=None))
def test_mojibake_pages_keep_their_lines_and_gold(page: GeneratedPage) -> None:
    assert isinstance(page.text, str)
    assert page.text.count("\n") == page.source_text.count("\n")
    assert ftfy.fix_text(page.text, REPAIR) == page.source_text
    if page.mojibake is None:
        assert page.text == page.source_text
    else:
        assert page.text != page.source_text


@given(pages(encodings=["utf-8", "utf-16", "cp1251", "cp1252"], feed=None))
def test_bytes_decode_with_the_stated_encoding(page: GeneratedPage) -> None:
    assert isinstance(page.text, bytes)
    assert page.encoding in {"utf-8", "utf-16", "cp1251", "cp1252"}
    assert page.text.decode(page.encoding) == page.source_text == page.decoded


def test_encodings_pick_only_languages_they_can_write() -> None:
    page = minimal(pages(encodings=["cp1251"]), lambda p: p.language != "en")
    assert page.language == "ru"
    for code in ("kk", "bn", "ar", "de"):
        with pytest.raises(InvalidArgument, match="can write none"):
            minimal(pages(languages=[code], encodings=["cp1251"]))


# -- shrinking ------------------------------------------------------------------------------


def test_pages_shrink_to_a_title_and_one_paragraph() -> None:
    page = simplest(pages())
    assert page.language == "en" and not page.feed
    assert page.gold.labels == (Label.TITLE, Label.BODY)
    assert page.gold.body.count(". ") == 0
    assert page.text == page.source_text  # str, no mojibake, no encoding


def test_a_page_with_related_links_shrinks_to_the_related_block() -> None:
    strategy = pages(boilerplate=["related", "also_read", "ad"], max_paragraphs=2)
    page = minimal(strategy, lambda p: Label.RELATED in p.gold.labels)
    assert page.gold.labels.count(Label.BODY) == 1
    assert page.gold.labels.count(Label.RELATED) <= 3  # an "Also read" link, or heading + 2
    assert Label.AD not in page.gold.labels and Label.BLANK not in page.gold.labels


def test_feeds_shrink_to_min_articles() -> None:
    page = simplest(pages(feed=True, min_articles=3))
    assert len(page.gold.articles) == 3
    assert page.gold.kinds == ("meta.feed_header", "title", "body.paragraph") * 3


def test_building_blocks_shrink_small() -> None:
    assert simplest(sentences()).count(" ") < 20
    assert simplest(paragraphs()).count(". ") == 0
    assert simplest(feed_headers()).text == "01.01.2015, 00:00 1"
    assert simplest(datelines()).published == "2015-01-01T00:00"
    assert len(simplest(boilerplate_lines()).lines) == 1
    assert len(minimal(boilerplate_lines()).lines) == 1


# -- the API contract ----------------------------------------------------------------------

BAD_CALLS: list[tuple[Callable[..., st.SearchStrategy[Any]], dict[str, Any]]] = [
    (pages, {"languages": ["xx"]}),
    (pages, {"languages": []}),
    (pages, {"boilerplate": ["banner"]}),
    (pages, {"boilerplate": [Label.BODY]}),
    (pages, {"feed": "yes"}),
    (pages, {"min_articles": 0}),
    (pages, {"min_articles": 4, "max_articles": 2}),
    (pages, {"min_paragraphs": 3, "max_paragraphs": 1}),
    (pages, {"max_paragraphs": 2.5}),
    (pages, {"encodings": ["no-such-codec"]}),
    (pages, {"encodings": []}),
    (pages, {"mojibake": "cp1252"}),
    (sentences, {"language": "klingon"}),
    (paragraphs, {"min_sentences": 0}),
    (headlines, {"language": "xx"}),
    (boilerplate_lines, {"label": "body"}),
    (boilerplate_lines, {"label": "banner"}),
    (datelines, {"language": "xx"}),
    (feed_headers, {"crawl_prefix": "sometimes"}),
]


@pytest.mark.parametrize(("factory", "kwargs"), BAD_CALLS, ids=lambda v: getattr(v, "__name__", str(v)))
def test_bad_arguments_fail_when_drawn_not_when_built(
    factory: Callable[..., st.SearchStrategy[Any]], kwargs: dict[str, Any]
) -> None:
    strategy = factory(**kwargs)  # building never raises: a test module must import
    with pytest.raises(InvalidArgument):
        minimal(strategy)


def test_bad_mojibake_argument_fails_when_drawn() -> None:
    with pytest.raises(InvalidArgument):
        minimal(mojibake(42))  # type: ignore[arg-type]
    with pytest.raises(InvalidArgument):
        minimal(mojibake("x", codecs=["koi8-r"]))


def test_options_are_keyword_only() -> None:
    with pytest.raises(TypeError):
        pages(["en"])  # type: ignore[misc]


def test_every_public_strategy_says_what_it_shrinks_towards() -> None:
    for name in ns.__all__:
        obj = getattr(ns, name)
        assert obj.__doc__, name
        if callable(obj) and name.islower() and name != "shingle_scores":
            assert "hrinks towards" in obj.__doc__, name
    assert set(BOILERPLATE_KINDS) >= {"navigation", "related", "copyright", "cookie"}


def test_from_type_draws_generated_pages() -> None:
    ns._hypothesis_setup_hook()  # also run by Hypothesis' entry point when installed
    page = simplest(st.from_type(GeneratedPage))
    assert isinstance(page, GeneratedPage)


def test_missing_hypothesis_gives_an_install_hint() -> None:
    code = "import sys; sys.modules['hypothesis'] = None; import newsclean.strategies"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 1
    assert "pip install 'newsclean[strategies]'" in result.stderr


def test_the_paste_and_run_example_in_the_docs_runs(tmp_path: Path) -> None:
    doc = (Path(__file__).parent.parent / "docs" / "testing.md").read_text(encoding="utf-8")
    marker = "<!-- paste-and-run"
    block = doc[doc.index(marker) :].split("```python\n", 1)[1].split("```", 1)[0]
    (tmp_path / "test_my_cleaner.py").write_text(block, encoding="utf-8")
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--hypothesis-seed=0"]
    result = subprocess.run(
        [*command, "-c", os.devnull, "--rootdir", str(tmp_path), str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stdout[-3000:]
    assert "5 passed" in result.stdout


@given(pages(feed=None))
def test_no_article_opens_with_a_question_of_a_headlines_length(page: GeneratedPage) -> None:
    # "Headline / How long will the talks last? / ..." cleaned is "How long will the talks
    # last? / ...": the question then reads as a headline, and no labeller could tell.
    lex = LEXICONS[page.language]
    questions = {capitalise(q) + lex.question_mark for q in lex.questions}
    short = {q for q in questions if len(q.split()) < 7}
    for article in page.gold.articles:
        first, last = article.lines
        rows = zip(page.lines[first - 1 : last], page.gold.labels[first - 1 : last], strict=True)
        lead = next(text for text, label in rows if label is Label.BODY)
        assert lead not in short


@given(pages(boilerplate=["related"], feed=None))
def test_teasers_are_cut_excerpts(page: GeneratedPage) -> None:
    # Whole sentences under a related item's date could be the article resuming after the block.
    teasers = [t for t, kind in zip(page.lines, page.gold.kinds, strict=True) if kind == "related.teaser"]
    assert all(t.endswith("…") and not t[:-1].endswith((".", ",", " ")) for t in teasers)
