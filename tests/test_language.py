"""Stop words: jusText's lists, with news-register supplements where a list misses them."""

from __future__ import annotations

import unicodedata

import pytest

from newsclean.analysis.thresholds import T
from newsclean.text import language
from newsclean.text.features import line_features

# News sentences written for this test: reporting verbs, perfect auxiliaries and postpositions
# that jusText's Wikipedia-counted Bengali list lacks carry most of their function words.
BENGALI_NEWS = (
    "মন্ত্রিসভা বৃহস্পতিবার সড়ক নিরাপত্তা আইনের খসড়া অনুমোদন দিয়েছে বলে জানিয়েছেন মুখপাত্র।",
    "স্থানীয় বাসিন্দারা জানিয়েছেন, নদীভাঙনে গত সপ্তাহে শতাধিক ঘরবাড়ি বিলীন গেছে।",
    "ক্রেতারা জানিয়েছেন, রাজধানীর বাজারগুলোতে গত সপ্তাহে সবজির দাম আরও বেড়েছে।",
)


def _density(line: str, stops: frozenset[str]) -> float:
    (f,) = line_features([unicodedata.normalize("NFC", line)], stops)
    return f.stops / f.words


def test_the_supplement_adds_to_jusTexts_list() -> None:
    justext_only = language._justext_stopwords("bn")
    words = language.stopwords("bn")
    assert len(words) > len(justext_only)
    assert unicodedata.normalize("NFC", "জানিয়েছেন") in words
    assert unicodedata.normalize("NFC", "জানিয়েছেন") not in justext_only


@pytest.mark.parametrize("line", BENGALI_NEWS)
def test_bengali_news_sentences_have_the_density_of_prose(line: str) -> None:
    assert _density(line, language.stopwords("bn")) >= T.prose_stop_density


@pytest.mark.parametrize("line", BENGALI_NEWS)
def test_jusTexts_bengali_list_alone_misses_them(line: str) -> None:
    old = frozenset(unicodedata.normalize("NFC", w).casefold() for w in language._justext_stopwords("bn"))
    assert _density(line, old) < T.prose_stop_density


@pytest.mark.parametrize("code", ["en", "ru", "kk", "de"])
def test_languages_without_a_supplement_keep_jusTexts_list(code: str) -> None:
    expected = {unicodedata.normalize("NFC", w).casefold() for w in language._justext_stopwords(code)}
    assert language.stopwords(code) == expected


def test_unknown_languages_have_no_stop_words() -> None:
    assert language.stopwords("xx") == frozenset()
    assert language.stopwords(None) == frozenset()
