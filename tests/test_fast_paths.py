"""Fast paths must give exactly what the slow computation they replace gives."""

from __future__ import annotations

import re
import re._parser as sre_parse
import string
import sys
from typing import Any
from unittest import mock

import ftfy.badness
import pytest
import regex
from hypothesis import example, given
from hypothesis import strategies as st

from newsclean.analysis import phrases
from newsclean.analysis.phrases import Mode, PhraseBook, _bounded, _fits, fold
from newsclean.metadata import bylines
from newsclean.text import dates, features, fix, language
from newsclean.text.lines import line_starts

_MOJIBAKE_CHARS = "".join(sorted(set("".join(ftfy.badness.MOJIBAKE_CATEGORIES.values()) + "ÂÃÎÐØÙàβ€ā")))


def _names_suspects_only(item: tuple[Any, Any]) -> bool:
    """The item matches one character, always one that ``fix.is_bad`` opens a window around."""
    op, arg = item

    def suspect(code: int) -> bool:
        return fix._SUSPECT.fullmatch(chr(code)) is not None

    if op is sre_parse.LITERAL:
        return suspect(arg)
    if op is sre_parse.IN:
        return all(
            (kind is sre_parse.LITERAL and suspect(value))
            or (kind is sre_parse.RANGE and all(map(suspect, range(value[0], value[1] + 1))))
            for kind, value in arg
        )
    return False


def test_every_badness_alternative_needs_a_suspect_character() -> None:
    """What ``fix.is_bad``'s windows rely on, checked on the installed ftfy's regex: each
    alternative has an item that only a character outside ASCII, PLAIN_PUNCTUATION and the
    unnamed scripts matches."""
    pattern = ftfy.badness.BADNESS_RE
    tree = sre_parse.parse(pattern.pattern, pattern.flags)
    [(op, (_, alternatives))] = tree.data
    assert op is sre_parse.BRANCH
    for alternative in alternatives:
        assert any(_names_suspects_only(item) for item in alternative.data), alternative
    assert tree.getwidth()[1] <= fix._BADNESS_WIDTH
    assert not pattern.flags & re.IGNORECASE


@pytest.mark.parametrize(
    "text",
    [
        "",
        "plain ASCII only",
        "CafÃ© au lait",  # French mojibake
        "Ã  la carte",  # ^ anchored alternative at the very start
        "x Ã  la carte",
        "â€œquotedâ€\x9d",
        "Ð¡Ð¾Ð±Ñ‹Ñ‚Ð¸Ñ",  # Russian as Latin-1
        "ГўВЂВ™s",  # double mojibake
        "“Curly quotes” and an en dash – fine",
        "It’s “quoted” — © 2024 • «Guillemets» ‹one› 20° ·\xa0end…",
        "â€™ mojibake among “plain” quotes – and dashes",
        "”€ after a quote",
        "Café ” Â» and Ã©",
        "中文新闻标题：“引号”与破折号——完",
        "한국어 기사 본문 “인용” — 끝",
        "עברית “ציטוט” — סוף",
        "Tiếng Việt “trích dẫn” – hết",
        "中文 Ã© 混合",
        "emoji 🙂 “quoted” Â» end",
        "Ελληνικά κείμενα",
        "日本語のテキスト",
    ],
)
def test_is_bad_matches_ftfy_on_examples(text: str) -> None:
    for variant in (text, "a" * 40 + text + "b" * 40, text * 30):
        expected = ftfy.badness.is_bad(variant)
        assert fix.is_bad(variant) == expected
        assert fix.is_bad(variant, fix._unusual(variant)) == expected  # few suspects: found by str.find
    for variant in (text, "a" * 40 + text + "b\x1b", "\ud83d" + text + "\udc00", text + "\x9d", "ﬁ " + text):
        assert fix._needs_ftfy(variant, fix._unusual(variant)) == _needs_ftfy_reference(variant)


def test_unusual_characters_hold_every_character_fix_looks_for() -> None:
    """What lets ``fix`` search its classes in :func:`fix._unusual` instead of the text."""
    usual = fix._USUAL_ASCII.decode("ascii")
    for pattern in (fix._INVISIBLE, fix._FTFY_TRIGGERS, fix._SUSPECT):
        assert not pattern.findall(usual)
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    assert fix._unusual(every) == "".join(c for c in every if c not in usual)


@given(
    st.text(alphabet=st.sampled_from("aZ .\n\t\r\x00\x1b\x7f\x85\x9d\u200b\u2028\ufeffÃ©’ж日"), max_size=40)
)
def test_fix_text_with_the_unusual_characters_shortcut_is_fix_text_without(text: str) -> None:
    with mock.patch.object(fix, "_unusual", lambda t: t):  # every class searched in the whole text
        expected = fix.fix_text(text)
    assert fix.fix_text(text) == expected


def _needs_ftfy_reference(text: str) -> bool:
    """``fix._needs_ftfy`` stated plainly: a trigger character anywhere, or ftfy's own test."""
    return fix._FTFY_TRIGGERS.search(text) is not None or ftfy.badness.is_bad(text)


@given(st.text(alphabet=st.sampled_from("aZ .\n\x1b\x9d\ud800\udc00\ufb01\ufffdÃ©’“—ж日🙂"), max_size=40))
def test_needs_ftfy_searching_only_non_ascii_characters_changes_nothing(text: str) -> None:
    assert fix._needs_ftfy(text, fix._unusual(text)) == _needs_ftfy_reference(text)


@given(
    st.text(alphabet=st.sampled_from(_MOJIBAKE_CHARS + fix.PLAIN_PUNCTUATION + "aZ .,?!\n\t€"), max_size=80)
)
def test_is_bad_matches_ftfy(text: str) -> None:
    assert fix.is_bad(text) == ftfy.badness.is_bad(text)
    assert fix.is_bad(text, fix._unusual(text)) == ftfy.badness.is_bad(text)


@given(
    st.lists(
        st.sampled_from(["ascii words ", "x" * 30, "Ã", "©", "é", " ", "€", "Â ", "\n", "’", "“", "—"]),
        max_size=30,
    )
)
def test_is_bad_matches_ftfy_on_long_ascii_gaps(parts: list[str]) -> None:
    text = "".join(parts)
    assert fix.is_bad(text) == ftfy.badness.is_bad(text)
    assert fix.is_bad(text, fix._unusual(text)) == ftfy.badness.is_bad(text)


_EDGE_CHARS = regex.compile(r"^[\p{P}\p{S}\p{Z}\d\s]*|[\p{P}\p{S}\p{Z}\d\s]*$")


def _fits_reference(line: str, start: int, end: int, mode: Mode) -> bool:
    """The plain statement of phrases._fits (slices and substitutions)."""
    before, after = line[:start], line[end:]
    opens_word = line[start].isalnum() or line[start] in "(["
    bounded = not (before[-1:].isalnum() and opens_word) and not (
        after[:1].isalnum() and line[end - 1].isalnum()
    )
    if not bounded:
        return False
    if mode is Mode.CONTAINS:
        return True
    if _EDGE_CHARS.sub("", before) != "":
        return False
    if mode is Mode.LINE:
        return _EDGE_CHARS.sub("", after) == ""
    if mode is Mode.PREFIX:
        return regex.match(r"\s*[:|»>•–—\-]", after) is not None
    return after[:1].isspace() or after[:1] == ":"


@given(
    st.text(alphabet=st.sampled_from("ab é1 :|»-–.,!(©\t·日[)"), min_size=1, max_size=24),
    st.data(),
    st.sampled_from(list(Mode)),
)
def test_fits_matches_reference(line: str, data: st.DataObject, mode: Mode) -> None:
    start = data.draw(st.integers(0, len(line) - 1))
    end = data.draw(st.integers(start + 1, len(line)))
    assert _fits(line, start, end, mode) == _fits_reference(line, start, end, mode)


_LANGUAGE_SAMPLES = [
    "The council voted on Monday to keep the old bridge open for another year.",
    "Le conseil municipal a voté lundi pour garder le vieux pont ouvert une année de plus.",
    "Der Stadtrat hat am Montag beschlossen, die alte Brücke ein weiteres Jahr offen zu halten.",
    "Городской совет в понедельник проголосовал за то, чтобы оставить старый мост открытым.",
    "市议会周一投票决定让这座旧桥再开放一年。",
    "مجلس المدينة صوت يوم الاثنين على إبقاء الجسر القديم مفتوحا لعام آخر.",
    "नगर परिषद ने सोमवार को पुराने पुल को एक और साल खुला रखने के लिए मतदान किया।",
    "x",
    "12345 !!!",
]


def _check_counts_match_py3langid(text: str) -> tuple[Any, Any, bytes]:
    """Feature counts of the numpy walk equal py3langid's own; (reference, fast, encoded) back."""
    from py3langid import langid

    reference = langid._get_identifier()
    fast = language._identifier()
    encoded = reference._encode(text)
    expected = langid.visit_counts(reference.tk_nextmove, reference._rowbase, reference.tk_output, encoded)
    got = language._visit_counts(fast._np_next, fast._np_rowbase, fast._np_output, encoded)
    assert (None if got is None else list(zip(got[0].tolist(), got[1].tolist(), strict=True))) == (
        None if expected is None else list(expected.items())
    )
    return reference, fast, encoded


@pytest.mark.parametrize("text", _LANGUAGE_SAMPLES)
def test_language_identifier_matches_py3langid(text: str) -> None:
    reference, fast, encoded = _check_counts_match_py3langid(text)
    assert fast.classify(text) == reference.classify(text)
    assert fast._raw_score(encoded).tobytes() == reference._raw_score(encoded).tobytes()


@given(st.text(max_size=60))
def test_language_counts_match_py3langid_on_any_text(text: str) -> None:
    _check_counts_match_py3langid(text)


def _detect_reference(sample: str) -> str | None:
    """detect_language's script and letter counting, stated plainly over the whole sample."""
    letters = len(regex.findall(r"\p{L}", sample))
    if letters < 3:
        return None
    for pattern, code in language._SCRIPT_LANGUAGE:
        if len(pattern.findall(sample)) * 2 > letters:
            return code
    ranked = language._identifier().rank(sample)[: 1 + language._RUNNERS_UP]
    return language._with_stop_words(sample, [str(code) for code, _score in ranked])


@pytest.mark.parametrize("text", [*_LANGUAGE_SAMPLES, "Ελληνικά and some English", "ab", "Ωx", "Straße ½"])
def test_detect_language_counts_like_the_plain_statement(text: str) -> None:
    assert language.detect_language([text]) == _detect_reference(text)


@given(st.text(alphabet=st.sampled_from("abcXYZ ,.1éßΩωж日ভ한ª\u0301"), max_size=40))
def test_detect_language_counts_like_the_plain_statement_on_any_text(text: str) -> None:
    assert language.detect_language([text]) == _detect_reference(text.strip() and text)


def _features_reference(line: str, stopwords: frozenset[str]) -> tuple[int, ...]:
    """One line's features stated with the Unicode regexes only (no ASCII shortcuts)."""
    text = line.strip()
    tokens = regex.findall(r"\w+", text.casefold())
    words = len(tokens)
    unspaced = regex.findall(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Khmer}\p{Lao}\p{Myanmar}]", text)
    if words and unspaced:
        words = max(words, len(unspaced) // 2)
    return (
        len(text),
        words,
        sum(t in stopwords for t in tokens),
        len(text) - len(regex.findall(r"[^\p{L}\p{M}]", text)),
        len(regex.findall(r"\d", text)),
        int(features.TERMINAL.search(text) is not None),
    )


@given(
    st.lists(
        st.text(
            # (the Kelvin sign, long s and dotted capital I casefold to ASCII letters)
            alphabet=st.sampled_from(
                "aB zQ1_.!?\"')]»”’…。।\t\n-éÉßΩж日ভ১٣\u0301\u212aſİ" + features.PLAIN_EXTRA
            ),
            max_size=30,
        )
    )
)
def test_line_features_match_the_unicode_statement(lines: list[str]) -> None:
    stops = frozenset({"a", "the", "és"})
    got = features.line_features(lines, stops)
    for line, f in zip(lines, got, strict=True):
        expected = _features_reference(line, stops)
        assert (f.chars, f.words, f.stops, f.letters, f.digits, int(f.terminal)) == expected
        assert f.blank == (f.chars == 0)
        assert f.folded == f.text.casefold()
        assert f.tokens == tuple(regex.findall(r"\w+", f.folded.replace("\n", " ")))
        assert f.repeats == (
            sum(other.strip().casefold() == f.text.casefold() for other in lines) if f.text else 0
        )


def test_no_ascii_character_is_a_letter_or_digit_but_a_z_and_0_9() -> None:
    """What lets ``features`` count a line's letters, digits and unspaced-script characters
    as its ASCII ones plus the patterns' matches among its other characters."""
    ascii_chars = "".join(map(chr, range(128)))
    assert (
        "".join(regex.findall(r"[\p{L}\p{M}]", ascii_chars))
        == string.ascii_uppercase + string.ascii_lowercase
    )
    assert "".join(features._DIGIT.findall(ascii_chars)) == string.digits
    assert not features._UNSPACED.findall(ascii_chars)
    assert features._UNSPACED.findall("ไทย 日本 ひら カタ ລາວ ខ្មែរ မြန်")  # the pattern is not empty


@given(st.text(alphabet=st.sampled_from("ab .!?。।\"')]»”’… \t\nж日"), max_size=30))
@example("Er sagte: „Ja.“")
@example("Он сказал «да».")
@example("日本語の文。")
def test_terminal_searched_from_the_end_finds_what_terminal_finds(text: str) -> None:
    assert (features._TERMINAL_FROM_END.search(text) is None) == (features.TERMINAL.search(text) is None)


def test_fix_character_classes_mean_the_same_in_both_engines() -> None:
    """fix's plain classes run on the stdlib engine; ``regex`` reads them the same way."""
    every = "".join(map(chr, range(0x10000)))
    for pattern in (fix._INVISIBLE, fix._FTFY_TRIGGERS):
        assert pattern.findall(every) == regex.findall(pattern.pattern, every)
        assert pattern.findall(every)  # the classes are not empty


_DATE_TOKENS = [
    "12", "2024", "3", "09:50", "9:24", "pm", "at", ",", "-", "25.02.2026", "2026-02-25",
    "September", "SEPTEMBER", "sept.", "Sep", "März", "MÄRZ", "мая", "МАЯ", "Σεπτεμβρίου",
    "ΣΕΠΤΕΜΒΡΊΟΥ", "كانون الثاني", "১২", "সেপ্টেম্বর", "th", "го", "word", "ß", "ẞ",
]  # fmt: skip


@given(st.lists(st.sampled_from(_DATE_TOKENS), max_size=10), st.sampled_from([" ", "", "  "]))
def test_find_dates_month_shortcuts_change_nothing(tokens: list[str], sep: str) -> None:
    text = sep.join(tokens)
    dates._find_dates.cache_clear()
    with (
        mock.patch.object(dates, "_month_starts", return_value=None),  # every pattern, everywhere
        mock.patch.object(dates, "_YEAR_DIGITS", regex.compile("")),  # also those needing a year
    ):
        expected = dates.find_dates(text, default_year=2024)
    dates._find_dates.cache_clear()
    assert dates.find_dates(text, default_year=2024) == expected


@pytest.mark.parametrize("name", ["september", "мая", "septiembre", "كانون الثاني", "mayıs"])
def test_month_starts_see_every_case_form(name: str) -> None:
    if name not in dates._months():
        pytest.skip(f"{name!r} is not in months.toml")
    for form in (name, name.upper(), name.title()):
        assert dates._month_starts(f"x {form} 12") in ([2], None)
        # glued to a word: a start only where a capital follows a small letter (dates._GLUED)
        assert dates._month_starts(f"x{form} 12") in ([1] if form[0].isupper() else [], None)
        assert dates._month_starts(f"X{form} 12") in ([], None)


_EVERY_CHAR = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)


def test_ignorecase_pairs_fold_alike_for_month_letters() -> None:
    """What ``dates._month_starts`` relies on: a text character that IGNORECASE pairs with a
    month name's character folds (``_DOTLESS``, then casefold) to the same character."""
    for letter in sorted(set("".join(dates._months()))):
        key = letter.translate(dates._DOTLESS).casefold()
        for c in regex.findall(regex.escape(letter), _EVERY_CHAR, flags=regex.IGNORECASE):
            assert c.translate(dates._DOTLESS).casefold() == key, (letter, c)


def test_no_non_word_character_folds_to_a_word_character() -> None:
    word = regex.compile(r"\w")
    for c in regex.findall(r"\W", _EVERY_CHAR):
        assert not word.match(c.translate(dates._DOTLESS).casefold()[-1:] or " "), hex(ord(c))


def test_plain_extra_characters_count_as_nothing_but_themselves() -> None:
    """What the fast path in ``line_features`` relies on for its non-ASCII characters."""
    for c in features.PLAIN_EXTRA:
        assert not regex.match(r"[\w\d\p{L}\p{M}\p{Lu}]", c), hex(ord(c))
        assert c.casefold() == c
        assert not features._UNSPACED.match(c)
    assert not features._PLAIN_MARKS & set(features._PLAIN_CLOSERS)


@given(st.text(alphabet=st.sampled_from("abc XYZ_1.-’é\u0301ßΣж日ভ\t" + features.PLAIN_EXTRA), max_size=60))
def test_content_words_come_from_the_line_tokens_as_the_pattern_finds_them(text: str) -> None:
    """Content words are the line's tokens of three characters or more (``\\w{3,}`` exactly)
    but stop words."""
    from newsclean.analysis import page

    stopwords = frozenset({"abc", "the", "ßσ"})
    (f,) = features.line_features([text], stopwords)
    expected = frozenset(regex.findall(r"\w{3,}", text.strip().casefold())) - stopwords
    assert page._content_words(f.tokens, stopwords) == expected


def test_line_break_pre_test_sees_every_character_the_pattern_rewrites() -> None:
    for c in regex.findall(fix._LINE_BREAKS.pattern, "".join(map(chr, range(0x10000)))):
        assert fix._has_line_break_to_fix(c), hex(ord(c))


@given(st.lists(st.sampled_from(_DATE_TOKENS), max_size=10), st.sampled_from([" ", ", "]))
def test_find_dates_with_a_default_year_reuses_the_answer_without_only_when_equal(
    tokens: list[str], sep: str
) -> None:
    """A line's dates found without a default year stand for those with one when no date
    without its year came up; else they are found again with the year."""
    text = sep.join(tokens)
    dates._find_dates.cache_clear()
    expected = list(dates._find_dates.__wrapped__(text, 2024)[0]) if dates._ANY_DIGIT.search(text) else []
    dates.find_dates(text)  # the answer without a default year, cached first
    assert dates.find_dates(text, default_year=2024) == expected


@pytest.mark.parametrize(
    ("text", "iso"),
    [("Sep 26, 09:50", "2024-09-26T09:50"), ("26 мая", "2024-05-26"), ("১২ সেপ্টেম্বর", "2024-09-12")],
)
def test_a_date_without_its_year_takes_the_default_after_a_question_without(text: str, iso: str) -> None:
    assert dates.find_dates(text) == []
    assert [d.iso for d in dates.find_dates(text, default_year=2024)] == [iso]


def test_find_dates_cache_hands_out_fresh_lists() -> None:
    first = dates.find_dates("Posted 25.02.2026, 09:50")
    first.clear()
    assert len(dates.find_dates("Posted 25.02.2026, 09:50")) == 1


@pytest.mark.parametrize("extra", [["Reuters", "AGENCIAS"], ["Агентства", "ΑΠΕ"], ["dpa"]])
def test_casefolded_phrases_are_the_list_casefolded_once(extra: list[str]) -> None:
    book = PhraseBook(["en"], {"meta.agency": extra})
    got = book.casefolded("meta.agency")
    assert got == {p.casefold() for p in book.phrases("meta.agency")}
    assert {p.casefold() for p in extra} <= got
    assert book.casefolded("meta.agency") is got
    assert book.casefolded("no.such.list") == frozenset()


def test_no_letter_may_stand_before_a_whole_line_phrase() -> None:
    """What ``phrases._placed`` relies on to reject a hit after a letter without its regex."""
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    assert not [c for c in phrases._EDGE_RUN.findall(every) if any(ch.isalpha() for ch in c)]


def test_every_whitespace_character_but_the_space_is_unprintable() -> None:
    """What ``scan_casefolded`` relies on to leave most lines as they are."""
    spaces = [c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace()]
    assert [c for c in spaces if c.isprintable()] == [" "]


@given(st.lists(st.text(alphabet=st.sampled_from("aB Z\t\xa0\u2003ßΣςİ ﬁ日ভ:|»-"), max_size=20), max_size=8))
def test_scanning_casefolded_lines_finds_what_scanning_the_lines_finds(lines: list[str]) -> None:
    book = PhraseBook(None, {"test.list": ["ss", "σ", "fi", "b z", "i̇"]})
    plain = book.scan(lines)
    folded = book.scan_casefolded([line.strip().casefold() for line in lines])
    for mode in Mode:
        assert folded.lines("test.list", mode) == plain.lines("test.list", mode)


def test_any_script_pattern_is_the_union_of_the_script_patterns() -> None:
    every = "".join(map(chr, range(0x30000)))
    union = set().union(*(pattern.findall(every) for pattern, _code in language._SCRIPT_LANGUAGE))
    assert set(language._ANY_SCRIPT.findall(every)) == union


@pytest.mark.parametrize(
    "text",
    [
        "Ελληνικά κείμενα με λίγα English words",
        "বাংলা খবর today",
        "ქართული and English and more words",
        "abc ভ",
    ],
)
def test_detect_language_decides_by_script_like_the_plain_statement(text: str) -> None:
    assert language.detect_language([text]) == _detect_reference(text)


_HIT_PHRASES = ["read more", "lire aussi", "mehr", "читать", "阅读", "ad"]


def _lines_reference(lines: list[str], mode: Mode) -> set[int]:
    """Lines where some occurrence of a phrase fits ``mode`` (every occurrence, plainly checked)."""
    found = set()
    for i, line in enumerate(lines):
        folded = fold(line)
        for phrase in _HIT_PHRASES:
            start = folded.find(phrase)
            while start >= 0:
                if _fits_reference(folded, start, start + len(phrase), mode):
                    found.add(i)
                start = folded.find(phrase, start + 1)
    return found


@given(
    st.lists(
        st.lists(
            st.sampled_from([*_HIT_PHRASES, "road", "Read", "x", "Чи", "1", " ", ": ", "»", "-", "©", "日"]),
            max_size=6,
        ).map("".join),
        max_size=6,
    )
)
@example(["ad 1", "1 ad", "© read more »", "x read more", "lire aussi: la suite", "читать 1", "阅读日"])
def test_page_hits_are_the_occurrences_that_fit_the_mode(lines: list[str]) -> None:
    """The page scan's shortcuts (word bounds and a letter before or after a hit, tested inline)
    keep exactly the hits ``_fits`` accepts, in every mode."""
    book = PhraseBook([], {"test.list": _HIT_PHRASES})
    hits = book.scan(lines)
    for mode in Mode:
        assert hits.lines("test.list", mode) == _lines_reference(lines, mode)


@given(st.lists(st.text(alphabet=st.sampled_from("ab é日\t"), max_size=6), max_size=8))
def test_line_starts_are_where_each_line_starts_in_the_joined_text(lines: list[str]) -> None:
    expected = [len("\n".join(lines[:i])) + (1 if i else 0) for i in range(len(lines))] or [0]
    assert line_starts(lines) == expected


# Phrases with letters, digits or neither at either end, overlapping one another ("» suite" in
# "lire » suite", "n°" ending where "n° 1" goes on), in several scripts.
_EDGE_PHRASES = {
    "test.words": ["lire", "suite", "n° 1", "читать", "阅读"],
    "test.marks": ["» suite", "n°", "©", "(1)", "«读»", "-"],
}


def _hits_reference(lines: list[str]) -> dict[str, list[tuple[int, int, int]]]:
    """Every occurrence of every phrase that neither starts nor ends inside a word, line by line."""
    found: dict[str, list[tuple[int, int, int]]] = {}
    for key, listed in _EDGE_PHRASES.items():
        for i, line in enumerate(lines):
            folded = fold(line)
            for phrase in listed:
                start = folded.find(phrase)
                while start >= 0:
                    if _bounded(folded, start, start + len(phrase)):
                        found.setdefault(key, []).append((i, start, start + len(phrase)))
                    start = folded.find(phrase, start + 1)
    return {key: sorted(hits) for key, hits in found.items()}


@given(
    st.lists(
        st.lists(
            st.sampled_from([*_EDGE_PHRASES["test.marks"], "lire", "suite", "1", "x", "Чи", " ", "日", ""]),
            max_size=6,
        ).map("".join),
        max_size=8,
    )
)
@example(["", "lire » suite", "", "n° 1 ©(1)", "x©x", "-x- «读»", "1n° 1", "читать阅读"])
def test_page_scan_keeps_each_bounded_occurrence_at_its_line_and_place(lines: list[str]) -> None:
    """The scan's shortcuts (edge characters known per phrase, lines found by walking the line
    starts as hits come in order of their ends) store the bounded occurrences, where they are."""
    book = PhraseBook([], _EDGE_PHRASES)
    hits = book.scan(lines)._hits
    assert {key: sorted(found) for key, found in hits.items()} == _hits_reference(lines)


@pytest.mark.parametrize(
    ("line", "counts"),
    [
        ("SELECT sum(c) FROM orders GROUP BY c;", False),  # a call, not a notice
        ("total = f(c) + g(c)", False),
        ("(c) 2024 Example Media Ltd.", True),
        ("Example Media (c) 2024", True),
        ("Example Media(c)", False),
    ],
)
def test_a_bracket_phrase_glued_to_a_word_is_no_hit(line: str, counts: bool) -> None:
    book = PhraseBook(None, {"test.notice": ["(c)"]})
    assert (book.scan([line]).lines("test.notice", Mode.CONTAINS) == {0}) is counts


_NAME_ALPHABET = "ab. _-\u0301Éé1"


@given(st.text(_NAME_ALPHABET, min_size=1, max_size=6), st.text(_NAME_ALPHABET + "<>", max_size=30))
@example("Jane Doe", "<p>By Jane Doe.</p>")
@example("Jane Doe", "<p>By Jane Doe</p>")
@example("Dr Allen", "xDr Allen Dr Allen")
def test_a_name_printed_as_it_is_is_found_as_the_per_name_pattern_finds_it(name: str, markup: str) -> None:
    from newsclean.html.byline import _printed_as_is

    expected = regex.search(rf"(?<![\w.]){regex.escape(name)}(?![\w.])", markup) is not None
    assert _printed_as_is(name, markup) == expected


def _stamp_then_lead_by_scan(text: str) -> bool:
    """``bylines.stamp_then_lead`` without its test of the line's last word: every lead word the
    pattern finds is tried."""
    stripped = text.rstrip(" :：")
    for m in bylines._lead().finditer(stripped):
        if m.end() == len(stripped) and m.start():
            before = stripped[: m.start()]
            if dates.find_dates(before, default_year=dates.ANY_YEAR) and bylines._only_stamp(before):
                return True
    return False


_STAMPS = ["Posted on March 3, 2024", "Written on Mar 17", "Publié le 3 mai 2021", "12.05.2023", "Sort"]


@given(
    st.sampled_from(_STAMPS),
    st.sampled_from(bylines._table()["byline_leads"]),
    st.sampled_from(["", " :", ":", " ", "  ：", " Jane", "by"]),
    st.sampled_from([str.lower, str.upper, str.title]),
)
@example("Posted on March 3, 2024", "written by", "", str.upper)
def test_stamp_then_lead_tests_the_last_word_as_the_scan_does(
    stamp: str, lead: str, tail: str, case: Any
) -> None:
    text = f"{stamp} {case(lead)}{tail}"
    assert bylines.stamp_then_lead(text) == _stamp_then_lead_by_scan(text)


@given(st.text(alphabet=st.sampled_from("ab .!?…。」»”\"') \u0964\u061f\u3000x\n"), max_size=12))
def test_ends_sentence_is_the_terminal_pattern(text: str) -> None:
    assert features.ends_sentence(text) == (features.TERMINAL.search(text) is not None)
