"""Hypothesis strategies for messy news pages with a known right answer.

Use them to test newsclean, or your own cleaner, on pages no fixture set will ever cover::

    from hypothesis import given
    from newsclean.strategies import pages

    @given(pages(languages=["en", "bn"]))
    def test_my_cleaner_keeps_the_body(page):
        assert my_cleaner(page.text) == page.gold.body

A page is plain text as a scraper dumps it: navigation, a title, bylines and datelines, body
paragraphs with inline "Also read | ..." links, a credit line, then related lists, copyright
notices, ads, newsletter prompts, rating widgets, comment forms and cookie banners; or a feed of
several articles under ``DD.MM.YYYY, HH:MM VIEWS`` headers. Text is templated from per-language
word lists (English, Russian, Kazakh, Bengali, Arabic, German, Spanish, French): real-looking
sentences with function words and the script's own punctuation, never random characters.

The generator is independent of newsclean's rules: it has its own phrase lists. Every strategy
takes keyword-only options, checks them when first drawn from (a bad option fails the test that
uses it, not the import), and says in its docstring what it shrinks towards.

Hypothesis is an optional dependency: ``pip install 'newsclean[strategies]'``. Installing it
also registers :class:`GeneratedPage` with ``st.from_type`` (entry point ``hypothesis``).
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable, Iterable
from typing import NamedTuple, NoReturn, ParamSpec, TypeVar

import regex

from newsclean.errors import MissingExtraError

try:
    from hypothesis import strategies as st
    from hypothesis.errors import InvalidArgument
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise MissingExtraError("hypothesis", "strategies", "newsclean.strategies") from exc

from newsclean._strategies import build
from newsclean._strategies import text as _text
from newsclean._strategies.model import (
    BoilerplateBlock,
    Dateline,
    FeedHeader,
    GeneratedPage,
    Gold,
    GoldArticle,
    GoldMetadata,
)
from newsclean.labels import Label

__all__ = [
    "BOILERPLATE_KINDS",
    "LANGUAGES",
    "BoilerplateBlock",
    "Dateline",
    "FeedHeader",
    "GeneratedPage",
    "Gold",
    "GoldArticle",
    "GoldMetadata",
    "Scores",
    "boilerplate_lines",
    "datelines",
    "feed_headers",
    "headlines",
    "mojibake",
    "pages",
    "paragraphs",
    "sentences",
    "shingle_scores",
]

#: Languages the strategies write (ISO 639-1), English first: examples shrink towards it.
LANGUAGES: tuple[str, ...] = tuple(_text.LEXICONS)
#: Boilerplate kinds ``pages(boilerplate=...)`` and ``boilerplate_lines`` know, with their label:
#: navigation (navigation), byline/dateline/credit (meta), also_read/related (related),
#: copyright, ad, subscribe, rating/comment_form (comments), cookie (noise).
BOILERPLATE_KINDS: tuple[str, ...] = build.BOILERPLATE_KINDS

_P = ParamSpec("_P")
_T = TypeVar("_T")


def _defers_errors(factory: Callable[_P, st.SearchStrategy[_T]]) -> Callable[_P, st.SearchStrategy[_T]]:
    """Turn an ``InvalidArgument`` raised while building the strategy into one raised on draw."""

    @functools.wraps(factory)
    def wrapper(*args: _P.args, **kwargs: _P.kwargs) -> st.SearchStrategy[_T]:
        try:
            return factory(*args, **kwargs)
        except InvalidArgument as err:
            error = err

            def raise_error() -> NoReturn:
                raise error

            return st.builds(raise_error)

    return wrapper


# -- argument checks ------------------------------------------------------------------------


def _languages(value: str | Iterable[str] | None, name: str) -> tuple[str, ...]:
    if value is None:
        return LANGUAGES
    codes = (value,) if isinstance(value, str) else tuple(value)
    for code in codes:
        if code not in _text.LEXICONS:
            raise InvalidArgument(
                f"{name}={value!r}: unknown language {code!r}. "
                f"newsclean.strategies writes: {', '.join(LANGUAGES)}."
            )
    if not codes:
        raise InvalidArgument(f"{name}={value!r}: give at least one of {', '.join(LANGUAGES)}.")
    return tuple(dict.fromkeys(codes))


def _label_kinds() -> dict[Label, tuple[str, ...]]:
    out: dict[Label, tuple[str, ...]] = {}
    for kind, label in build.KIND_LABELS.items():
        out[label] = (*out.get(label, ()), kind)
    return out


_LABEL_KINDS = _label_kinds()


def _kinds(value: bool | Iterable[str | Label] | None) -> frozenset[str]:
    if value is None or value is False:
        return frozenset()
    if value is True:
        return frozenset(BOILERPLATE_KINDS)
    if isinstance(value, str) and not isinstance(value, Label):
        value = [value]
    kinds: set[str] = set()
    for item in value:
        if isinstance(item, Label):
            if item not in _LABEL_KINDS:
                raise InvalidArgument(
                    f"boilerplate: {item.value!r} is not a boilerplate label; use one of "
                    f"{', '.join(sorted(label.value for label in _LABEL_KINDS))}."
                )
            kinds.update(_LABEL_KINDS[item])
        elif item in build.KIND_LABELS:
            kinds.add(item)
        elif item in {label.value for label in _LABEL_KINDS}:
            kinds.update(_LABEL_KINDS[Label(item)])
        else:
            raise InvalidArgument(
                f"boilerplate: unknown kind {item!r}. Use True, False, or kinds from "
                f"{', '.join(BOILERPLATE_KINDS)} (or their labels)."
            )
    return frozenset(kinds)


def _int(name: str, value: object, minimum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidArgument(f"{name}={value!r} must be an int.")
    if value < minimum:
        raise InvalidArgument(f"{name}={value!r} must be at least {minimum}.")
    return value


def _range(low_name: str, low: object, high_name: str, high: object, minimum: int) -> tuple[int, int]:
    lo, hi = _int(low_name, low, minimum), _int(high_name, high, minimum)
    if lo > hi:
        raise InvalidArgument(f"{low_name}={lo} is larger than {high_name}={hi}.")
    return lo, hi


def _encodings(value: Iterable[str] | None) -> tuple[str, ...] | None:
    if value is None:
        return None
    names = (value,) if isinstance(value, str) else tuple(value)
    if not names:
        raise InvalidArgument("encodings=(): give at least one encoding, or None for str pages.")
    for name in names:
        try:
            build.normalise_encoding(name)
        except (LookupError, TypeError):
            raise InvalidArgument(f"encodings: {name!r} is not a codec Python knows.") from None
    return names


def _one_language(language: str | None) -> st.SearchStrategy[str]:
    return st.sampled_from(_languages(language, "language"))


# -- strategies -----------------------------------------------------------------------------


@_defers_errors
def pages(
    *,
    languages: str | Iterable[str] | None = None,
    boilerplate: bool | Iterable[str | Label] | None = True,
    feed: bool | None = False,
    min_articles: int = 2,
    max_articles: int = 5,
    encodings: Iterable[str] | None = None,
    mojibake: bool = False,
    min_paragraphs: int = 1,
    max_paragraphs: int = 6,
) -> st.SearchStrategy[GeneratedPage]:
    """Whole news pages with their gold (:class:`GeneratedPage`).

    - ``languages``: codes from :data:`LANGUAGES` (default: all); one is drawn per page.
    - ``boilerplate``: ``True`` (every kind may appear), ``False``/``None`` (none: title and body
      only), or kinds from :data:`BOILERPLATE_KINDS` and/or labels (``Label.COMMENTS`` means
      rating widgets and comment forms). Each allowed kind is present or not, drawn per page.
    - ``feed``: ``False`` one article, ``True`` a feed of ``min_articles``..``max_articles``
      articles under ``DD.MM.YYYY, HH:MM VIEWS`` headers, ``None`` either.
    - ``encodings``: ``None`` gives ``str`` text; codec names give ``bytes`` in one of them
      (``page.encoding``), only from languages those codecs can write (Kazakh is not in cp1251).
    - ``mojibake``: UTF-8 text wrongly decoded as cp1252 or latin-1, on every line ftfy can
      repair (``page.mojibake`` names the codec; gold and ``source_text`` stay clean).
    - ``min_paragraphs``/``max_paragraphs``: body paragraphs per article (each 1-4 sentences).

    Shrinks towards one English article: a headline and one paragraph, no boilerplate, no blank
    lines, ``str`` text (a feed: ``min_articles`` such articles under their headers).
    """
    codes = _languages(languages, "languages")
    kinds = _kinds(boilerplate)
    if feed not in (True, False, None):
        raise InvalidArgument(f"feed={feed!r} must be True, False or None (either).")
    lo_articles, hi_articles = _range("min_articles", min_articles, "max_articles", max_articles, 1)
    lo_paras, hi_paras = _range("min_paragraphs", min_paragraphs, "max_paragraphs", max_paragraphs, 1)
    if not isinstance(mojibake, bool):
        raise InvalidArgument(f"mojibake={mojibake!r} must be a bool.")
    names = _encodings(encodings)
    if names is not None:
        codes = tuple(c for c in codes if any(build.language_encodable(c, e) for e in names))
        if not codes:
            raise InvalidArgument(
                f"encodings={names!r} can write none of languages={languages!r}; add utf-8, "
                "or choose languages those codecs cover."
            )
    return build.page(
        languages=codes,
        kinds=kinds,
        feed=feed,
        min_articles=lo_articles,
        max_articles=hi_articles,
        encodings=names,
        mojibake=mojibake,
        min_paragraphs=lo_paras,
        max_paragraphs=hi_paras,
    )


@_defers_errors
def sentences(*, language: str | None = None) -> st.SearchStrategy[str]:
    """One sentence ending with the script's full stop (``.``, the Bengali danda ``।``), or a
    question (``?``, Arabic ``؟``): a statement, a quote, or a fact with numbers.

    ``language``: one of :data:`LANGUAGES`, or ``None`` for any. Shrinks towards a short English
    subject-verb-object sentence.
    """
    return _one_language(language).flatmap(lambda code: _text.sentence(_text.LEXICONS[code]))


@_defers_errors
def paragraphs(
    *, language: str | None = None, min_sentences: int = 1, max_sentences: int = 4
) -> st.SearchStrategy[str]:
    """A body paragraph: ``min_sentences``..``max_sentences`` distinct sentences on one line.

    Shrinks towards one short English sentence.
    """
    lo, hi = _range("min_sentences", min_sentences, "max_sentences", max_sentences, 1)
    return _one_language(language).flatmap(lambda code: _text.paragraph(_text.LEXICONS[code], lo, hi))


@_defers_errors
def headlines(*, language: str | None = None) -> st.SearchStrategy[str]:
    """A headline: title-like, no final full stop (English ones in Title Case half the time).

    Shrinks towards an English "<Country> and <Country> discuss <topic>".
    """
    return _one_language(language).flatmap(lambda code: _text.headline(_text.LEXICONS[code]))


@_defers_errors
def boilerplate_lines(
    *, label: Label | str | None = None, language: str | None = None
) -> st.SearchStrategy[BoilerplateBlock]:
    """A block of boilerplate lines that all carry one label (:class:`BoilerplateBlock`).

    ``label``: a :class:`~newsclean.labels.Label` (or its value) other than title, body and
    blank, a kind from :data:`BOILERPLATE_KINDS`, or ``None`` for any. Related blocks are a
    heading and 2-8 headlines; comments are rating widgets or comment forms; meta lines are
    bylines, datelines or credit lines.

    Shrinks towards a one-line block: a credit, desk or one-item menu line.
    """
    if label is None:
        kinds = BOILERPLATE_KINDS
    elif isinstance(label, str) and not isinstance(label, Label) and label in build.KIND_LABELS:
        kinds = (label,)
    else:
        try:
            as_label = Label(label)
        except ValueError:
            raise InvalidArgument(
                f"label={label!r}: use a Label, its value, or a kind from {', '.join(BOILERPLATE_KINDS)}."
            ) from None
        if as_label not in _LABEL_KINDS:
            raise InvalidArgument(f"label={label!r}: title, body and blank lines are not boilerplate.")
        kinds = _LABEL_KINDS[as_label]
    codes = _languages(language, "language")
    return st.tuples(st.sampled_from(codes), st.sampled_from(kinds)).flatmap(
        lambda pair: build.boilerplate_block(_text.LEXICONS[pair[0]], pair[1])
    )


@_defers_errors
def datelines(*, language: str | None = None) -> st.SearchStrategy[Dateline]:
    """A publication date line as pages print it, with its ISO 8601 reading (:class:`Dateline`):
    ``25 September 2022, 15:55``, ``২৬ সেপ্টেম্বর ২০২২, ১৫:৫৫``, ``26 сентября 2022 г., 15:55``,
    ``25.09.2022, 15:55``, sometimes with an update time.

    Shrinks towards ``1 January 2015, 00:00`` in English.
    """
    return _one_language(language).flatmap(lambda code: _text.dateline(_text.LEXICONS[code]))


@_defers_errors
def feed_headers(*, crawl_prefix: bool | None = None) -> st.SearchStrategy[FeedHeader]:
    """A feed item header ``DD.MM.YYYY, HH:MM VIEWS`` (:class:`FeedHeader`).

    ``crawl_prefix``: ``True`` always puts a crawler's `` date YYYY-MM-DD `` in front, ``False``
    never, ``None`` sometimes. Shrinks towards ``01.01.2015, 00:00 1``.
    """
    if crawl_prefix not in (True, False, None):
        raise InvalidArgument(f"crawl_prefix={crawl_prefix!r} must be True, False or None.")
    return _text.feed_header(crawl_prefix=crawl_prefix)


@_defers_errors
def mojibake(
    text: str | st.SearchStrategy[str], /, *, codecs: Iterable[str] = ("cp1252", "latin-1")
) -> st.SearchStrategy[str]:
    """``text`` (a str or a strategy of str) encoded as UTF-8 and wrongly decoded as cp1252 or
    latin-1: "Kazakhstan’s" becomes "Kazakhstanâ€™s".

    Works line by line and only where ftfy (repairs only, quotes left curly) undoes it; other
    lines are left as they were, so ``ftfy.fix_text(result) == text`` always holds. ``cp1252``
    decodes bytes cp1252 leaves undefined as C1 controls, as browsers and ftfy do.

    Shrinks towards the cp1252 reading.
    """
    names = (codecs,) if isinstance(codecs, str) else tuple(codecs)
    for name in names:
        if name not in build.MOJIBAKE_CODECS:
            raise InvalidArgument(f"codecs: {name!r}; use {', '.join(build.MOJIBAKE_CODECS)}.")
    if not names:
        raise InvalidArgument("codecs=(): give at least one of cp1252, latin-1.")
    if isinstance(text, str):
        source: st.SearchStrategy[str] = st.just(text)
    elif isinstance(text, st.SearchStrategy):
        source = text
    else:
        raise InvalidArgument(f"mojibake() takes a str or a strategy of str, not {text!r}.")
    return st.tuples(source, st.sampled_from(names)).map(lambda pair: build.mojibake_text(*pair))


def _hypothesis_setup_hook() -> None:
    """Hypothesis entry point: ``st.from_type(GeneratedPage)`` draws :func:`pages`."""
    st.register_type_strategy(GeneratedPage, pages())


# -- measuring ------------------------------------------------------------------------------

_TOKEN = regex.compile(r"[\p{L}\p{M}\p{N}]+")


class Scores(NamedTuple):
    """Precision, recall and F1 of a cleaned text against the gold body."""

    precision: float
    recall: float
    f1: float


def shingle_scores(predicted: str, gold: str, *, n: int = 4) -> Scores:
    """Compare ``predicted`` with ``gold`` as multisets of ``n``-token shingles.

    Tokens are runs of letters, marks and digits (so Bengali and Arabic words count whole), case
    folded. A text shorter than ``n`` tokens is one shingle. Two empty texts score 1.0; an empty
    text against a non-empty one scores 0.0. Tolerant of reordering at paragraph boundaries,
    strict about missing or extra sentences: use it to assert "the body was recovered" with a
    threshold (``>= 0.9``) rather than exact equality.
    """

    def shingles(text: str) -> Counter[tuple[str, ...]]:
        tokens = [t.casefold() for t in _TOKEN.findall(text)]
        if len(tokens) < n:
            return Counter([tuple(tokens)]) if tokens else Counter()
        return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))

    got, want = shingles(predicted), shingles(gold)
    if not got and not want:
        return Scores(1.0, 1.0, 1.0)
    common = sum((got & want).values())
    precision = common / sum(got.values()) if got else 0.0
    recall = common / sum(want.values()) if want else 0.0
    f1 = 2 * precision * recall / (precision + recall) if common else 0.0
    return Scores(precision, recall, f1)
