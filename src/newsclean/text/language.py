"""Language of a page and its stop words.

py3langid (which ships its model) identifies the language from the page's longest sentences; a
page written in a script used by one major language (Bengali, Greek, Georgian, Armenian,
Hebrew, Thai...) is decided by script alone, which is reliable even on a headline. Stop words
come from jusText's lists (100 languages), NFC-normalised like the text they are matched against.
"""

from __future__ import annotations

import string
import unicodedata
from functools import cache
from importlib import resources
from typing import Any

import numpy as np
import regex

from newsclean.text.features import ends_sentence

# ISO 639-1 code -> jusText stop-list name.
_JUSTEXT_NAMES: dict[str, str] = {
    "af": "Afrikaans",
    "sq": "Albanian",
    "ar": "Arabic",
    "hy": "Armenian",
    "az": "Azerbaijani",
    "eu": "Basque",
    "be": "Belarusian",
    "bn": "Bengali",
    "bs": "Bosnian",
    "br": "Breton",
    "bg": "Bulgarian",
    "ca": "Catalan",
    "hr": "Croatian",
    "cs": "Czech",
    "da": "Danish",
    "nl": "Dutch",
    "en": "English",
    "eo": "Esperanto",
    "et": "Estonian",
    "fi": "Finnish",
    "fr": "French",
    "gl": "Galician",
    "ka": "Georgian",
    "de": "German",
    "el": "Greek",
    "gu": "Gujarati",
    "ht": "Haitian",
    "he": "Hebrew",
    "hi": "Hindi",
    "hu": "Hungarian",
    "is": "Icelandic",
    "id": "Indonesian",
    "ga": "Irish",
    "it": "Italian",
    "jv": "Javanese",
    "kn": "Kannada",
    "kk": "Kazakh",
    "ko": "Korean",
    "ku": "Kurdish",
    "ky": "Kyrgyz",
    "la": "Latin",
    "lv": "Latvian",
    "lt": "Lithuanian",
    "lb": "Luxembourgish",
    "mk": "Macedonian",
    "ms": "Malay",
    "ml": "Malayalam",
    "mt": "Maltese",
    "mr": "Marathi",
    "ne": "Nepali",
    "nb": "Norwegian_Bokmal",
    "no": "Norwegian_Bokmal",
    "nn": "Norwegian_Nynorsk",
    "oc": "Occitan",
    "fa": "Persian",
    "pl": "Polish",
    "pt": "Portuguese",
    "qu": "Quechua",
    "ro": "Romanian",
    "ru": "Russian",
    "sr": "Serbian",
    "sk": "Slovak",
    "sl": "Slovenian",
    "es": "Spanish",
    "su": "Sundanese",
    "sw": "Swahili",
    "sv": "Swedish",
    "tl": "Tagalog",
    "ta": "Tamil",
    "te": "Telugu",
    "tr": "Turkish",
    "tk": "Turkmen",
    "uk": "Ukrainian",
    "ur": "Urdu",
    "uz": "Uzbek",
    "vi": "Vietnamese",
    "cy": "Welsh",
    "fy": "West_Frisian",
    "yo": "Yoruba",
    "ig": "Igbo",
    "tg": "Tajik",
}

# Scripts that (in news) belong to one language: the script decides before any model does.
_SCRIPT_LANGUAGE: tuple[tuple[regex.Pattern[str], str], ...] = tuple(
    (regex.compile(rf"\p{{{script}}}"), code)
    for script, code in (
        ("Bengali", "bn"),
        ("Greek", "el"),
        ("Georgian", "ka"),
        ("Armenian", "hy"),
        ("Hebrew", "he"),
        ("Thai", "th"),
        ("Gujarati", "gu"),
        ("Tamil", "ta"),
        ("Telugu", "te"),
        ("Kannada", "kn"),
        ("Malayalam", "ml"),
        ("Hangul", "ko"),
        ("Hiragana", "ja"),
        ("Katakana", "ja"),
        ("Khmer", "km"),
        ("Lao", "lo"),
        ("Myanmar", "my"),
        ("Sinhala", "si"),
        ("Ethiopic", "am"),
        ("Gurmukhi", "pa"),
    )
)
_ANY_SCRIPT = regex.compile("[" + "".join(p.pattern for p, _code in _SCRIPT_LANGUAGE) + "]")
_LETTER = regex.compile(r"\p{L}")
_NON_ASCII = regex.compile(r"[^\x00-\x7f]+")
_ASCII_LETTERS = string.ascii_letters.encode()
#: py3langid's runners-up that may win over a first choice without stop words (``_with_stop_words``).
_RUNNERS_UP = 2
_STOP_WORD_SHARE = 0.15
_NO_LANGUAGE = "zxx"  # py3langid's class for text with no linguistic content
_WORD = regex.compile(r"\w+")
_SAMPLE_CHARS = 1500  # py3langid is as sure on 1,500 characters of prose, and 3x faster
_MIN_SENTENCE_CHARS = 200  # fewer characters of sentences than this: the other lines join them


def detect_language(lines: list[str]) -> str | None:
    """ISO 639-1 code of the page's main language, or None when there is too little text.

    Reads the page's longest sentences (:func:`_sample`: not its menus, lists or markup), and
    lets stop words overrule a first choice newsclean has none for (:func:`_with_stop_words`).
    """
    sample = _sample(lines)
    # Every script below lies outside ASCII, and ASCII's letters are A-Z and a-z: count the
    # ASCII part with bytes.translate and run the patterns only over the non-ASCII characters.
    beyond_ascii = "".join(_NON_ASCII.findall(sample))
    # (In UTF-8 an ASCII byte is an ASCII character; str.translate was 10x slower.)
    encoded = sample.encode("utf-8", "surrogatepass")
    letters = len(encoded) - len(encoded.translate(None, _ASCII_LETTERS))
    if beyond_ascii:
        letters += len(_LETTER.findall(beyond_ascii))
    if letters < 3:
        return None
    # No script can hold half the letters when all of them together do not: one pass, not 20.
    decided_by_script = beyond_ascii and len(_ANY_SCRIPT.findall(beyond_ascii)) * 2 > letters
    for pattern, code in _SCRIPT_LANGUAGE if decided_by_script else ():
        found = len(pattern.findall(beyond_ascii))
        if found * 2 > letters:
            return code
    ranked = _identifier().rank(sample)[: 1 + _RUNNERS_UP]
    return _with_stop_words(sample, [str(code) for code, _score in ranked])


def _with_stop_words(sample: str, codes: list[str]) -> str | None:
    """py3langid's first choice, unless newsclean has no stop words for it and the sample is
    made of a runner-up's stop words: the model's minor classes (Nigerian Pidgin, Central
    Bikol) win some English pages of short product lines, where "the", "and", "to" still make a
    fifth of the words. Its class for "no linguistic content" is no language (None)."""
    first = codes[0]
    if stopwords(first):
        return first
    words = [w.casefold() for w in _WORD.findall(sample)]
    for code in codes[1:]:
        listed = stopwords(code)
        if listed and words and sum(w in listed for w in words) >= _STOP_WORD_SHARE * len(words):
            return code
    return None if first == _NO_LANGUAGE else first


def _sample(lines: list[str]) -> str:
    """The page's longest sentences up to ``_SAMPLE_CHARS``; its longest other lines only when
    the sentences hold fewer than ``_MIN_SENTENCE_CHARS``.

    Sentences first: the longest lines of a whole-page dump are often lists (a country picker,
    a chapter's commenters, an archive of months) or markup, which py3langid reads as another
    language ("Afghanistan Albania Algeria ..." as Central Bikol, a tracking ``<img>`` as "no
    language"). A line that ends a sentence, in any script (:func:`~newsclean.text.features.ends_sentence`,
    the test the line features use), is prose.
    """
    nonblank = [line for line in lines if line.strip()]
    sentences = [line for line in nonblank if ends_sentence(line)]
    ranked = sorted(sentences, key=len, reverse=True)
    if sum(map(len, ranked)) < _MIN_SENTENCE_CHARS:
        ranked += sorted((line for line in nonblank if not ends_sentence(line)), key=len, reverse=True)
    picked: list[str] = []
    total = 0
    for line in ranked:
        picked.append(line)
        total += len(line)
        if total >= _SAMPLE_CHARS:
            break
    return "\n".join(picked)


# py3langid's tokenizer is an Aho-Corasick automaton over byte n-grams of at most this many bytes:
# the state after a byte depends only on the last ``_NGRAM_MAX`` bytes (tests check it on text).
_NGRAM_MAX = 6


def preload() -> None:
    """Load the language model now (~85 MB of tables): workers forked afterwards share its pages."""
    _identifier()


@cache
def _identifier() -> Any:
    """py3langid's default model, with its byte-by-byte Python walk replaced by a numpy one.

    The walk (``visit_counts``) costs 1-2 ms per page; here every position's state is computed
    at once, walking the last ``_NGRAM_MAX`` bytes before it, and the feature counts come out
    in first-occurrence order, like py3langid's ``Counter``, so the scores are the same floats
    (tests/test_fast_paths.py compares them bit for bit).
    """
    from py3langid import langid

    base = langid._get_identifier()
    return _FastIdentifier(
        base.nb_ptc,
        base.nb_pc,
        base.nb_classes,
        base.tk_nextmove,
        base.tk_output,
        norm_probs=base._norm_probs,
        min_confidence=base.min_confidence,
        tk_row=base.tk_row,
    )


def _fast_class() -> type:
    from py3langid.langid import LanguageIdentifier

    class FastIdentifier(LanguageIdentifier):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._np_next = np.frombuffer(self.tk_nextmove, dtype=np.uint32)
            self._np_rowbase = np.asarray(self._rowbase, dtype=np.int64)
            self._np_output = np.asarray(self.tk_output, dtype=np.int64)
            # The model's float16 table, cast once (57 MB): numpy casts the gathered rows to
            # float32 before the product anyway, so the scores are the same floats, 3x sooner.
            self._table32 = np.asarray(self.nb_ptc, dtype=np.float32)

        def _raw_score(self, text: bytes) -> Any:
            visits = _visit_counts(self._np_next, self._np_rowbase, self._np_output, text)
            if visits is None:
                return super()._raw_score(text)  # no features: py3langid's own fill
            # py3langid's ``_sparse_score`` on the same arrays it builds from its Counter.
            kinds, counts = visits
            return np.log1p(counts.astype(np.float32)) @ self._table32.take(kinds, axis=0) + self.nb_pc

    return FastIdentifier


def _visit_counts(
    next_state: np.ndarray, rowbase: np.ndarray, output: np.ndarray, text: bytes
) -> tuple[np.ndarray, np.ndarray] | None:
    """Features of ``text`` and their counts, as py3langid's ``visit_counts`` gives them (keys and
    values of its Counter, same order), as arrays: what its scoring turns the Counter into."""
    data = np.frombuffer(text, dtype=np.uint8).astype(np.int64)
    n = len(data)
    if not n:
        return None
    states = np.zeros(n, dtype=np.int64)
    # ``take`` rather than fancy indexing: the same gathers, without the general indexing machinery.
    for back in range(min(_NGRAM_MAX, n) - 1, -1, -1):
        states[back:] = next_state.take(rowbase.take(states[back:]) + data[: n - back])
    features = output.take(states)
    features = features[features >= 0]
    if not len(features):
        return None
    # Distinct features in order of first occurrence, and their counts, without sorting:
    # ``minimum.at`` (unbuffered, so repeated indexes all count) leaves each feature's first
    # position; the positions holding it are the first occurrences, in page order. The
    # scratch arrays span every feature id (~100,000) but only the page's ~1,000 entries are
    # set and read: ``empty``, not ``full`` or ``bincount``, which fill 800 KB each.
    n = len(features)
    size = int(features.max()) + 1
    positions = np.arange(n)
    first = np.empty(size, dtype=np.int64)
    first[features] = n
    np.minimum.at(first, features, positions)
    kinds = features[first.take(features) == positions]
    counts = np.empty(size, dtype=np.int64)
    counts[kinds] = 0
    np.add.at(counts, features, 1)
    return kinds.astype(np.intp), counts.take(kinds)


_FastIdentifier = _fast_class()


@cache
def stopwords(language: str | None) -> frozenset[str]:
    """jusText's stop words for ``language`` (ISO 639-1), casefolded and NFC; empty if unknown.

    Where jusText's list misses the words news prose is made of (it was counted on Wikipedia),
    ``data/stopwords/<code>.txt`` adds them.
    """
    if language is None:
        return frozenset()
    code = language.lower().split("-")[0]
    words = _justext_stopwords(code) | _supplement(code)
    return frozenset(unicodedata.normalize("NFC", w).casefold() for w in words)


def _justext_stopwords(code: str) -> frozenset[str]:
    name = _JUSTEXT_NAMES.get(code)
    if name is None:
        return frozenset()
    import justext

    try:
        return frozenset(justext.get_stoplist(name))
    except ValueError:
        return frozenset()


def _supplement(code: str) -> frozenset[str]:
    """The words of ``data/stopwords/<code>.txt`` (one a line, ``#`` comments), if there is one."""
    path = resources.files("newsclean.data").joinpath("stopwords", f"{code}.txt")
    if not path.is_file():
        return frozenset()
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return frozenset(line for line in lines if line and not line.startswith("#"))
