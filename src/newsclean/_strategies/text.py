"""Sentences, paragraphs, headlines and datelines in one language (Hypothesis composites)."""

from __future__ import annotations

from datetime import datetime, timedelta

from hypothesis import strategies as st

from newsclean._strategies.dates import fill_date, has_time, iso, localise_digits, minutes_later
from newsclean._strategies.lexicon import LANGUAGE_ORDER, Lexicon, load
from newsclean._strategies.model import Dateline, FeedHeader

#: Every language the generator writes, English first (what examples shrink towards).
LEXICONS: dict[str, Lexicon] = {code: load(code) for code in LANGUAGE_ORDER}

# A sentence already ends when it ends with one of these (closing quotes carry their own stop).
_TERMINAL = (
    ".",
    "!",
    "?",
    "\N{DEVANAGARI DANDA}",
    "\N{ARABIC QUESTION MARK}",
    "\N{HORIZONTAL ELLIPSIS}",
    "\N{RIGHT DOUBLE QUOTATION MARK}",
    "\N{LEFT DOUBLE QUOTATION MARK}",
)
# An excerpt keeps at least this many words, and no punctuation before its ellipsis.
_EXCERPT_MIN_WORDS = 4
_CUT_PUNCTUATION = " ,;:-\N{EN DASH}\N{EM DASH}\N{ARABIC COMMA}\"'«»„“”"
_SMALL_WORDS = frozenset(
    ["a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to", "with"]
)

#: Dates pages are drawn from: shrinks towards 2015-01-01 00:00.
DATETIMES = st.datetimes(min_value=datetime(2015, 1, 1), max_value=datetime(2026, 12, 31, 23, 59)).map(
    lambda when: when.replace(second=0, microsecond=0)
)


def capitalise(text: str) -> str:
    """Upper-case the first letter, skipping leading quotes and marks (no-op in caseless scripts)."""
    for i, char in enumerate(text):
        if char.isalpha():
            return text[:i] + char.upper() + text[i + 1 :]
        if char.isdigit():
            return text
    return text


def title_case(text: str) -> str:
    """English headline Title Case: every word capitalised except short function words."""
    words = text.split(" ")
    return " ".join(
        word if (i and word in _SMALL_WORDS) else capitalise(word) for i, word in enumerate(words)
    )


def finish(text: str, lex: Lexicon) -> str:
    """Collapse spaces, capitalise, and end with the language's full stop unless already ended."""
    text = capitalise(" ".join(text.split()))
    return text if text.endswith(_TERMINAL) else text + lex.full_stop


def number(lex: Lexicon, value: int) -> str:
    """``value`` in the language's digits."""
    return localise_digits(str(value), lex.digits)


def pick(draw: st.DrawFn, options: tuple[str, ...], shift: int = 0) -> str:
    """One of ``options``; ``shift`` rotates the choice, so that the simplest draws made with
    different shifts differ (pages stay valid, and quick to shrink, without rejection)."""
    return options[(draw(st.integers(0, len(options) - 1)) + shift) % len(options)]


@st.composite
def two_countries(draw: st.DrawFn, lex: Lexicon, shift: int = 0) -> tuple[str, str]:
    """Two different countries of ``lex``."""
    count = len(lex.countries)
    first = (draw(st.integers(0, count - 1)) + shift) % count
    second = (first + draw(st.integers(1, count - 1))) % count
    return lex.countries[first], lex.countries[second]


@st.composite
def sentence(draw: st.DrawFn, lex: Lexicon, shift: int = 0) -> str:
    """One sentence: subject-verb-complement (most), a quote, a fact with numbers, or a question."""
    kind = draw(st.integers(0, 19))
    person = pick(draw, lex.persons, shift)
    if kind < 12:
        plural = draw(st.booleans())
        subject = pick(draw, lex.subjects_pl if plural else lex.subjects_sg, shift)
        index = (draw(st.integers(0, len(lex.predicates) - 1)) + shift) % len(lex.predicates)
        verb_sg, verb_pl, complement = lex.predicates[index]
        template = pick(draw, lex.sentence_templates, shift)
        slots = {
            "S": subject.format(PERSON=person),
            "V": verb_pl if plural else verb_sg,
            "C": complement,
            "T": pick(draw, lex.times, shift) if "{T}" in template else "",
            "L": pick(draw, lex.cities + lex.places, shift) if "{L}" in template else "",
            "O": pick(draw, lex.openers, shift) if "{O}" in template else "",
        }
        return finish(template.format(**slots), lex)
    if kind < 16:
        subject = pick(draw, lex.subjects_sg, shift).format(PERSON=person)
        template = pick(draw, lex.quote_templates, shift)
        statement = pick(draw, lex.statements, shift)
        return finish(template.format(Q=statement, S=subject, SAY=pick(draw, lex.say_verbs, shift)), lex)
    if kind < 19:
        first, second = draw(two_countries(lex, shift))
        template = pick(draw, lex.facts, shift)
        text = template.format(
            N=number(lex, draw(st.integers(12, 950))),
            N2=number(lex, draw(st.integers(5, 20))),
            YEAR=number(lex, draw(st.integers(1991, 2023))),
            COUNTRY=first,
            COUNTRY2=second,
            PERSON=person,
        )
        return finish(text, lex)
    return capitalise(pick(draw, lex.questions, shift)) + lex.question_mark


@st.composite
def paragraph(
    draw: st.DrawFn, lex: Lexicon, min_sentences: int = 1, max_sentences: int = 4, shift: int = 0
) -> str:
    """One paragraph (one line of a page): distinct sentences joined by a space."""
    count = draw(st.integers(min_sentences, max_sentences))
    sentences: list[str] = []
    for k in range(count):
        sentences.append(draw(sentence(lex, shift + k).filter(lambda s: s not in sentences)))
    return " ".join(sentences)


@st.composite
def excerpt(draw: st.DrawFn, lex: Lexicon, shift: int = 0) -> str:
    """A teaser's excerpt: one sentence cut a few words before its end, with an ellipsis."""
    words = draw(sentence(lex, shift)).split()
    keep = max(_EXCERPT_MIN_WORDS, len(words) - draw(st.integers(1, 3)))
    return " ".join(words[:keep]).rstrip(_CUT_PUNCTUATION) + "…"


@st.composite
def bullet_list(draw: st.DrawFn, lex: Lexicon, shift: int = 0) -> list[str]:
    """An announcing sentence ending with a colon, then 2-4 "- item;" lines, the last one ended."""
    intro = pick(draw, lex.list_intros, shift)
    count = draw(st.integers(2, min(4, len(lex.list_items))))
    first = draw(st.integers(0, len(lex.list_items) - 1)) + shift
    items = [lex.list_items[(first + k) % len(lex.list_items)] for k in range(count)]
    lines = [intro]
    lines += [f"{lex.list_bullet}{item}{lex.list_sep}" for item in items[:-1]]
    lines.append(f"{lex.list_bullet}{items[-1]}{lex.full_stop}")
    return lines


@st.composite
def headline(draw: st.DrawFn, lex: Lexicon, shift: int = 0) -> str:
    """A headline: no final full stop; English ones are in Title Case half of the time."""
    template = pick(draw, lex.headline_templates, shift)
    first, second = draw(two_countries(lex, shift))
    text = template.format(
        COUNTRY=first,
        COUNTRY2=second,
        PERSON=pick(draw, lex.persons, shift),
        L=pick(draw, lex.cities, shift),
        TOPIC=pick(draw, lex.topics, shift),
        N=number(lex, draw(st.integers(2, 40))),
    )
    text = capitalise(text)
    if lex.title_case and draw(st.booleans()):
        text = title_case(text)
    return text


@st.composite
def dateline(draw: st.DrawFn, lex: Lexicon) -> Dateline:
    """A publication date line in one of the language's printed forms (maybe with an update)."""
    when = draw(DATETIMES)
    with_time = draw(st.integers(0, 3)) != 3
    digits = draw(st.sampled_from(lex.date_digits))
    template = draw(st.sampled_from(lex.dateline_templates if with_time else lex.dateline_date_only))
    text = fill_date(template, lex, when, digits)
    updated = None
    if has_time(template) and draw(st.integers(0, 3)) == 3:
        later = minutes_later(when, draw(st.integers(1, 600)))
        text += fill_date(draw(st.sampled_from(lex.updated_templates)), lex, later, digits)
        updated = iso(later, with_time=True)
    return Dateline(
        text=text, published=iso(when, with_time=has_time(template)), updated=updated, language=lex.code
    )


@st.composite
def feed_header(
    draw: st.DrawFn, when: datetime | None = None, crawl_prefix: bool | None = None
) -> FeedHeader:
    """``DD.MM.YYYY, HH:MM VIEWS``, sometimes behind a crawler's `` date YYYY-MM-DD `` prefix."""
    if when is None:
        when = draw(DATETIMES)
    views = draw(st.integers(1, 99_999))
    text = f"{when:%d.%m.%Y, %H:%M} {views}"
    if crawl_prefix is None:
        crawl_prefix = draw(st.integers(0, 4)) == 4
    if crawl_prefix:
        crawled = when + timedelta(days=draw(st.integers(0, 3)))
        text = f" date {crawled:%Y-%m-%d} {text}"
    return FeedHeader(text=text, published=iso(when, with_time=True), views=views)
