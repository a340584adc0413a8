"""The benchmark metric against hand-computed cases (a wrong metric makes every table wrong),
and the runner pieces that decide what each system sees: page decoding, splits, the C4 baseline.
"""

from __future__ import annotations

import codecs
from collections import Counter

import pytest
from benchmarks import title_sources
from benchmarks.data import BenchDoc, decode_page, in_holdout, select_split
from benchmarks.metric import (
    DocScore,
    MetaRate,
    corpus_score,
    meta_match,
    meta_rates,
    normalize_meta,
    normalize_text,
    score_document,
    shingles,
    tokenize,
)
from benchmarks.systems import c4_lines


def test_tokens_are_word_runs_with_case_kept() -> None:
    assert tokenize("Don't stop: 2024, snake_case!") == ["Don", "t", "stop", "2024", "snake_case"]


def test_bengali_words_with_vowel_signs_stay_whole() -> None:
    # Python's re splits these at the combining vowel signs: ['ব', 'ল', 'ভ', 'ষ'].
    assert tokenize("বাংলা ভাষা।") == ["বাংলা", "ভাষা"]


def test_cyrillic_tokens() -> None:
    assert tokenize("Привет, мир! Это тест.") == ["Привет", "мир", "Это", "тест"]


def test_shingles_of_six_tokens() -> None:
    assert shingles("a b c d e f") == Counter(
        [("a", "b", "c", "d"), ("b", "c", "d", "e"), ("c", "d", "e", "f")]
    )


def test_short_text_is_one_shingle_of_all_its_tokens() -> None:
    assert shingles("Hello, world") == Counter([("Hello", "world")])


@pytest.mark.parametrize("text", ["", "   \n", "— !! …"])
def test_text_without_tokens_has_no_shingles(text: str) -> None:
    assert shingles(text) == Counter()


def test_identical_texts_score_one() -> None:
    score = score_document("The quick brown fox jumps.", "The quick brown fox jumps.")
    assert score == DocScore(precision=1.0, recall=1.0, gold_shingles=2, output_shingles=2)


def test_one_changed_token_at_the_end() -> None:
    # gold abcd bcde cdef, output abcd bcde cdex: 2 of 3 on both sides.
    score = score_document("a b c d e f", "a b c d e x")
    assert score.precision == pytest.approx(2 / 3)
    assert score.recall == pytest.approx(2 / 3)
    assert score.f1 == pytest.approx(2 / 3)


def test_extra_output_lowers_precision_only() -> None:
    score = score_document("one two three four five", "one two three four five six seven")
    assert score.precision == pytest.approx(2 / 4)
    assert score.recall == 1.0
    assert score.f1 == pytest.approx(2 * 0.5 * 1.0 / 1.5)


def test_layout_and_punctuation_do_not_matter() -> None:
    score = score_document("One two three four five", "One\ntwo — three,\n\nfour (five)")
    assert (score.precision, score.recall) == (1.0, 1.0)


def test_repeated_output_is_matched_as_a_multiset() -> None:
    # Output "w x y z" twice has 5 shingles; only one "w x y z" is in the gold.
    score = score_document("w x y z", "w x y z w x y z")
    assert score.output_shingles == 5
    assert score.precision == pytest.approx(1 / 5)
    assert score.recall == 1.0


def test_gold_repeats_limit_matches_of_output_repeats() -> None:
    # gold abcd x2 + bcda, cdab, dabc (5); output abcd x3 + bcda, cdab, dabc x2 each (9).
    # Matches: min(2,3) + 1 + 1 + 1 = 5. A set-based metric would report precision 1.
    score = score_document("a b c d a b c d", "a b c d a b c d a b c d")
    assert (score.gold_shingles, score.output_shingles) == (5, 9)
    assert score.precision == pytest.approx(5 / 9)
    assert score.recall == 1.0


def test_short_texts_need_the_whole_tuple() -> None:
    assert score_document("Hello world", "Hello world!").precision == 1.0
    assert score_document("Hello world", "Hello world again").recall == 0.0
    assert score_document("Hello world", "hello world").recall == 0.0  # case kept


def test_bengali_and_cyrillic_scores() -> None:
    assert score_document("আমি বাংলায় গান গাই।", "আমি বাংলায় গান গাই").recall == 1.0
    mixed = score_document("Москва столица России и город", "Москва столица России и деревня")
    assert mixed.precision == pytest.approx(1 / 2)


def test_empty_output_has_no_precision_and_zero_recall() -> None:
    score = score_document("some gold text here", "")
    assert score.precision is None
    assert score.recall == 0.0
    assert score.f1 == 0.0


def test_empty_gold_and_empty_output() -> None:
    score = score_document("", "")
    assert score.precision is None
    assert score.recall == 1.0


def test_empty_gold_with_output_has_zero_precision() -> None:
    score = score_document("", "anything at all here")
    assert score.precision == 0.0
    assert score.recall == 1.0


def test_corpus_precision_leaves_out_empty_outputs() -> None:
    scores = [
        DocScore(1.0, 1.0, 10, 10),
        DocScore(None, 0.0, 10, 0),
        DocScore(0.5, 0.25, 8, 4),
    ]
    result = corpus_score(scores)
    assert result.precision == pytest.approx(0.75)
    assert result.recall == pytest.approx(1.25 / 3)
    p, r = 0.75, 1.25 / 3
    assert result.f1 == pytest.approx(2 * p * r / (p + r))
    assert (result.documents, result.empty_outputs) == (3, 1)


def test_corpus_f1_is_not_the_mean_of_document_f1() -> None:
    scores = [DocScore(1.0, 0.2, 5, 1), DocScore(0.2, 1.0, 1, 5)]
    result = corpus_score(scores)
    assert result.f1 == pytest.approx(0.6)
    assert sum(s.f1 for s in scores) / 2 == pytest.approx(1 / 3)


def test_corpus_with_only_empty_outputs() -> None:
    result = corpus_score([DocScore(None, 0.0, 3, 0), DocScore(None, 0.0, 7, 0)])
    assert (result.precision, result.recall, result.f1) == (0.0, 0.0, 0.0)
    assert result.empty_outputs == 2


def test_empty_corpus_is_an_error() -> None:
    with pytest.raises(ValueError, match="no documents"):
        corpus_score([])


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("  Hello\u00a0 World\n", "hello world"),
        ("ＡＢＣ ﬁle", "abc file"),
        ("Straße", "strasse"),
        ("ПРИВЕТ\tМир", "привет мир"),
    ],
)
def test_normalize_text(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


@pytest.mark.parametrize(
    ("field", "raw", "expected"),
    [
        ("author", "By Jane Doe", "jane doe"),
        ("author", "BY:  Jane  Doe", "jane doe"),
        ("author", "Byron Smith", "byron smith"),
        ("title", "By the River", "by the river"),
        ("date", "2015-07-10T09:53:00-04:00", "2015-07-10"),
        ("date", "July 10, 2015", "july 10, 2015"),
        ("lang", "en-US", "en"),
        ("lang", "pt_BR", "pt"),
        ("title", "   ", None),
        ("title", None, None),
    ],
)
def test_normalize_meta(field: str, raw: str | None, expected: str | None) -> None:
    assert normalize_meta(field, raw) == expected


def test_meta_match_cases() -> None:
    assert meta_match("author", "Jane Doe", "By Jane Doe") is True
    assert meta_match("date", "2015-07-10T09:53:00-04:00", "2015-07-10") is True
    assert meta_match("date", "2015-07-10", "2015-07-11T00:00") is False
    assert meta_match("lang", "en", "en-GB") is True
    assert meta_match("lang", "de", "en") is False
    assert meta_match("title", "Title", None) is False
    assert meta_match("title", None, "Title") is None
    assert meta_match("sitename", "", "CNN") is None


def test_meta_rates_count_only_documents_whose_gold_has_the_field() -> None:
    pairs = [
        ({"title": "A Story", "lang": "en"}, {"title": "a  story", "lang": "en-US"}),
        ({"title": "Other"}, {}),
        ({}, {"title": "ignored", "author": "ignored"}),
    ]
    rates = meta_rates(pairs)
    # The third page's values are "extra": returned where the gold has none, not scored.
    assert rates["title"] == MetaRate(matched=1, scored=2, returned=1, extra=1)
    assert rates["lang"] == MetaRate(matched=1, scored=1, returned=1, extra=0)
    assert rates["author"] == MetaRate(matched=0, scored=0, returned=0, extra=1)
    assert rates["author"].rate is None
    assert rates["title"].rate == pytest.approx(0.5)


def test_meta_rates_say_how_often_a_returned_value_is_wrong() -> None:
    pairs = [
        ({"author": "Jane Doe"}, {"author": "By Jane Doe"}),  # right
        ({"author": "Jane Doe"}, {"author": "Home"}),  # returned, wrong
        ({"author": "Jane Doe"}, {"author": "  "}),  # blank: not returned
        ({"author": "Jane Doe"}, {}),  # not returned
    ]
    rate = meta_rates(pairs, ("author",))["author"]
    assert (rate.matched, rate.scored, rate.returned) == (1, 4, 2)
    assert rate.returned_rate == pytest.approx(0.5)
    assert rate.wrong_rate == pytest.approx(0.5)
    assert MetaRate(matched=0, scored=3).wrong_rate is None  # nothing returned: no precision


# The runner's own pieces that decide what every system is scored on.


def test_c4_lines_keeps_sentences_in_any_script() -> None:
    text = "\n".join(
        [
            "Home » News » World",
            "Short one.",
            "This line has no terminal punctuation",
            "  This line ends a sentence.  ",
            "He said “it works, really.”",
            "বাংলা ভাষা খুব সুন্দর।",
            "Это тоже предложение!",
            "Is this a question?",
            "— . . .",
        ]
    )
    assert c4_lines(text).splitlines() == [
        "This line ends a sentence.",
        "He said “it works, really.”",
        "বাংলা ভাষা খুব সুন্দর।",
        "Это тоже предложение!",
        "Is this a question?",
    ]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (codecs.BOM_UTF8 + "café".encode(), "café"),
        ("<p>café</p>".encode("utf-16"), "<p>café</p>"),
        # Strict UTF-8 is tried before the declared charset.
        (
            '<meta charset="iso-8859-1"><p>café</p>'.encode(),
            '<meta charset="iso-8859-1"><p>café</p>',
        ),
        (
            b'<meta charset="windows-1252"><p>caf\xe9 \x93q\x94</p>',
            '<meta charset="windows-1252"><p>café “q”</p>',
        ),
        (b'<meta charset="UTF-8"><p>caf\xe9</p>', '<meta charset="UTF-8"><p>caf\ufffd</p>'),
    ],
)
def test_decode_page_order(data: bytes, expected: str) -> None:
    assert decode_page(data) == expected


def test_splits_partition_the_documents_about_one_fifth_held_out() -> None:
    docs = [
        BenchDoc(id=f"doc-{i}", url=None, page=b"", html="", text="", gold="", gold_meta={})
        for i in range(1000)
    ]
    dev = {doc.id for doc in select_split(docs, "dev")}
    holdout = {doc.id for doc in select_split(docs, "holdout")}
    assert dev.isdisjoint(holdout)
    assert dev | holdout == {doc.id for doc in select_split(docs, "all")}
    assert 150 <= len(holdout) <= 250
    assert holdout == {doc.id for doc in docs if in_holdout(doc.id)}


@pytest.mark.parametrize(
    ("gold", "text", "expected"),
    [
        ("Budget talks stall", "Menu\nBudget talks stall\nBody text here.", "line"),
        ("Budget talks stall", "Budget talks stall | The Daily Planet\nMenu", "cut"),
        ("Переговоры зашли в тупик", "Переговоры зашли в тупик — Новости дня\nГлавная", "cut"),
        ("Daily Planet", "Budget talks stall | The Daily Planet", None),
        ("Budget talks", "Budget talks stall | The Daily Planet", None),
    ],
)
def test_title_is_derivable_from_a_line_or_a_cut(gold: str, text: str, expected: str | None) -> None:
    assert title_sources.derivable(gold, text) == expected


def test_meta_title_prefers_open_graph_and_survives_broken_html() -> None:
    page = (
        '<html><head><title>Talks stall | Planet</title><meta name="twitter:title" content="T">'
        '<meta property="og:title" content="Talks stall"></head></html>'
    )
    assert title_sources.meta_title(page) == "Talks stall"
    assert title_sources.meta_title("<html><head><title>x</title></head></html>") is None
    assert title_sources.meta_title("") is None


def test_timed_passes_do_not_reuse_the_scoring_pass_dates() -> None:
    from benchmarks.run import timed_passes

    from newsclean.text import dates

    dates.find_dates("Published 12 March 2024, 10:15")
    cached_at_call: list[int] = []

    def adapter(doc: BenchDoc) -> None:
        cached_at_call.append(dates._find_dates.cache_info().currsize)
        dates.find_dates(doc.text)

    doc = BenchDoc("x", None, b"", "", "Обновлено 3 мая 2023", "", {})
    assert len(timed_passes(adapter, [doc], repeat=2)) == 2
    assert cached_at_call == [0, 0]
