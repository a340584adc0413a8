"""Boilerplate blocks and whole pages (single articles and feeds) with their gold."""

from __future__ import annotations

import codecs
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cache

import ftfy
import ftfy.bad_codecs  # registers "sloppy-windows-1252"
from hypothesis import assume
from hypothesis import strategies as st

from newsclean._strategies.dates import bangla_calendar, fill_date
from newsclean._strategies.lexicon import Lexicon
from newsclean._strategies.model import (
    BoilerplateBlock,
    GeneratedPage,
    Gold,
    GoldArticle,
    GoldMetadata,
)
from newsclean._strategies.text import (
    DATETIMES,
    LEXICONS,
    bullet_list,
    capitalise,
    dateline,
    excerpt,
    feed_header,
    headline,
    number,
    paragraph,
)
from newsclean.labels import Label

#: Boilerplate kinds a page may hold, in the order pages draw them, with the label their lines get.
KIND_LABELS: dict[str, Label] = {
    "navigation": Label.NAVIGATION,
    "byline": Label.META,
    "dateline": Label.META,
    "also_read": Label.RELATED,
    "credit": Label.META,
    "related": Label.RELATED,
    "copyright": Label.COPYRIGHT,
    "ad": Label.AD,
    "subscribe": Label.SUBSCRIBE,
    "rating": Label.COMMENTS,
    "comment_form": Label.COMMENTS,
    "cookie": Label.NOISE,
}
BOILERPLATE_KINDS: tuple[str, ...] = tuple(KIND_LABELS)
#: Feed items name their source by domain or agency.
DOMAINS: tuple[str, ...] = ("akorda.kz", "gov.kz", "mfa.gov.kz", "kazinform.kz", "primeminister.kz", "un.org")
MOJIBAKE_CODECS: dict[str, str] = {"cp1252": "sloppy-windows-1252", "latin-1": "latin-1"}
# ftfy with only its repairs on: quotes stay curly, line breaks and entities stay as they are.
_FTFY_REPAIR = ftfy.TextFixerConfig(
    uncurl_quotes=False, fix_line_breaks=False, unescape_html=False, explain=False
)
# Characters the generator adds outside the lexicons.
_EXTRA_CHARS = "©\u00a0|·-:/.,;*!?()0123456789 "


@dataclass(frozen=True, slots=True)
class Row:
    """One line being assembled: its text, gold label and finer kind."""

    text: str
    label: Label
    kind: str


@dataclass(slots=True)
class _Article:
    """An article being assembled."""

    title: str
    units: list[list[Row]] = field(default_factory=list)
    published: str | None = None
    updated: str | None = None
    author: str | None = None
    source: str | None = None
    views: int | None = None


# -- text helpers ---------------------------------------------------------------------------


@cache
def language_encodable(code: str, encoding: str) -> bool:
    """True when every character the generator may write in ``code`` exists in ``encoding``."""
    chars = set(_EXTRA_CHARS).union(*LEXICONS[code].all_strings())
    return can_encode("".join(sorted(chars)), encoding)


def can_encode(text: str, encoding: str) -> bool:
    """True when ``text`` can be written in ``encoding``."""
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


def mojibake_text(text: str, codec: str) -> str:
    """Encode as UTF-8, decode as ``codec`` (``cp1252``/``latin-1``), line by line where ftfy undoes it."""
    wrong = MOJIBAKE_CODECS[codec]
    out = []
    for line in text.split("\n"):
        broken = line.encode("utf-8").decode(wrong)
        out.append(broken if ftfy.fix_text(broken, _FTFY_REPAIR) == line else line)
    return "\n".join(out)


def ftfy_repairs(broken: str, original: str) -> bool:
    """True when ftfy (repairs only, quotes kept curly) turns ``broken`` back into ``original``."""
    return bool(ftfy.fix_text(broken, _FTFY_REPAIR) == original)


def normalise_encoding(name: str) -> str:
    """The codec's canonical name; raises LookupError for an unknown one."""
    return codecs.lookup(name).name


#: Fewer words than this, a question alone on a line could be a headline.
_HEADLINE_QUESTION_WORDS = 7


def _fresh(draw: st.DrawFn, make: Callable[[int], st.SearchStrategy[str]], used: set[str]) -> str:
    """Draw ``make(shift)`` for a value not yet on the page, and remember it.

    The shift (how much the page already holds) makes even the simplest choices differ from
    what came before, so pages need no rejection sampling and shrink quickly.
    """
    value = draw(make(len(used)).filter(lambda v: v not in used))
    used.add(value)
    return value


def _rows(lines: list[str], label: Label, kind: str) -> list[Row]:
    return [Row(line, label, kind) for line in lines]


def _fill(template: str, lex: Lexicon, *, site: str, year: int, n: int = 0, rating: int = 40) -> str:
    return template.format(
        SITE=site,
        YEAR=number(lex, year),
        N=number(lex, n),
        R=number(lex, rating // 10) + "." + number(lex, rating % 10),
    )


# -- boilerplate blocks ---------------------------------------------------------------------


@st.composite
def navigation_block(draw: st.DrawFn, lex: Lexicon, today: date | None = None) -> list[Row]:
    """Site name, menu items (one per line or joined by a separator), today's date."""
    if today is None:
        today = draw(DATETIMES).date()
    count = draw(st.integers(1, 6))
    items = draw(st.lists(st.sampled_from(lex.nav_items), min_size=count, max_size=count, unique=True))
    joiner = draw(st.sampled_from(("", " | ", " · ")))
    rows = (
        _rows(items, Label.NAVIGATION, "navigation.menu")
        if not joiner
        else [Row(joiner.join(items), Label.NAVIGATION, "navigation.menu")]
    )
    if draw(st.booleans()):
        rows.insert(0, Row(draw(st.sampled_from(lex.site_names)), Label.NAVIGATION, "navigation.site"))
    if draw(st.booleans()):
        when = datetime(today.year, today.month, today.day)
        digits = draw(st.sampled_from(lex.date_digits))
        dated = [
            Row(
                fill_date(draw(st.sampled_from(lex.nav_date_templates)), lex, when, digits),
                Label.NAVIGATION,
                "navigation.date",
            )
        ]
        if lex.code == "bn" and draw(st.booleans()):
            dated.append(Row(bangla_calendar(today), Label.NAVIGATION, "navigation.calendar"))
        rows = dated + rows if draw(st.booleans()) else rows + dated
    return rows


@st.composite
def footer_block(draw: st.DrawFn, lex: Lexicon) -> list[Row]:
    """A footer menu: a few section names, one per line."""
    items = draw(st.lists(st.sampled_from(lex.nav_items), min_size=1, max_size=4, unique=True))
    return _rows(items, Label.NAVIGATION, "navigation.footer")


@st.composite
def related_block(draw: st.DrawFn, lex: Lexicon, used: set[str]) -> list[Row]:
    """A heading ("You May Also Like") and 2-8 headlines, sometimes each printed twice, sometimes
    a second section; or a heading over a teaser: headline, date and an excerpt cut short with
    an ellipsis, as sites print them.

    Whole paragraphs under a related item's date could as well be the article resuming after
    the block (a real page, citylab-1 of the benchmark, does just that), and written from the
    article's own sentence pool (one topic per language) nothing would tell them apart: the cut
    excerpt is what shows a reader it is a teaser.
    """
    variant = draw(st.integers(0, 5))
    headings = draw(st.lists(st.sampled_from(lex.related_headings), min_size=1, max_size=2, unique=True))
    if variant == 5:  # a teaser article under the heading
        teaser = _fresh(draw, lambda k: headline(lex, k), used)
        when = draw(DATETIMES)
        printed = fill_date(draw(st.sampled_from(lex.dateline_date_only)), lex, when, lex.date_digits[0])
        paras = [_fresh(draw, lambda k: excerpt(lex, shift=k), used)]
        rows = [
            Row(headings[0], Label.RELATED, "related.heading"),
            Row(teaser, Label.RELATED, "related.headline"),
            Row(f"- {printed}", Label.RELATED, "related.date"),
        ]
        return rows + _rows(paras, Label.RELATED, "related.teaser")
    rows = []
    twice = variant == 4
    for heading in headings:
        titles = [_fresh(draw, lambda k: headline(lex, k), used) for _ in range(draw(st.integers(2, 8)))]
        rows.append(Row(heading, Label.RELATED, "related.heading"))
        for title in titles:
            rows += [Row(title, Label.RELATED, "related.headline")] * (2 if twice else 1)
    return rows


@st.composite
def simple_block(draw: st.DrawFn, lex: Lexicon, kind: str, site: str | None = None) -> list[Row]:
    """One block of a phrase-list kind: copyright, ad, subscribe, rating, comment_form, cookie."""
    if site is None:
        site = draw(st.sampled_from(lex.site_names))
    year = draw(st.integers(2015, 2026))
    n = draw(st.integers(2, 480))
    rating = draw(st.integers(10, 50))
    label = KIND_LABELS[kind]
    if kind == "copyright":
        lines: tuple[str, ...] = (draw(st.sampled_from(lex.copyright_templates)),)
        name = "copyright.notice"
    elif kind == "ad":
        lines, name = (draw(st.sampled_from(lex.ad_lines)),), "ad.label"
    elif kind == "subscribe":
        lines, name = draw(st.sampled_from(lex.subscribe_blocks)), "subscribe.prompt"
    elif kind == "rating":
        lines, name = draw(st.sampled_from(lex.rating_blocks)), "comments.rating"
    elif kind == "comment_form":
        lines, name = draw(st.sampled_from(lex.comment_blocks)), "comments.form"
    else:
        lines, name = draw(st.sampled_from(lex.cookie_blocks)), "noise.cookie"
    return [Row(_fill(line, lex, site=site, year=year, n=n, rating=rating), label, name) for line in lines]


@st.composite
def byline_row(draw: st.DrawFn, lex: Lexicon) -> tuple[Row, str]:
    """A desk line or a "By <person>" line, and the author it names."""
    if draw(st.booleans()):
        person = draw(st.sampled_from(lex.persons))
        return Row(
            draw(st.sampled_from(lex.byline_templates)).format(PERSON=person), Label.META, "meta.byline"
        ), person
    desk = draw(st.sampled_from(lex.desks))
    return Row(desk, Label.META, "meta.desk"), desk


@st.composite
def credit_row(draw: st.DrawFn, lex: Lexicon) -> tuple[Row, str]:
    """A credit line ("Source: Reuters") and the source it names."""
    agency = draw(st.sampled_from(lex.agencies))
    return Row(
        draw(st.sampled_from(lex.credit_templates)).format(AGENCY=agency), Label.META, "meta.credit"
    ), agency


@st.composite
def also_read_row(draw: st.DrawFn, lex: Lexicon, used: set[str]) -> Row:
    """An inline link to another story: "Also read | <headline>"."""
    prefix = draw(st.sampled_from(lex.also_read_prefixes))
    title = _fresh(draw, lambda k: headline(lex, k), used)
    return Row(prefix + title, Label.RELATED, "related.also_read")


@st.composite
def boilerplate_block(draw: st.DrawFn, lex: Lexicon, kind: str) -> BoilerplateBlock:
    """A block of one kind (any of ``BOILERPLATE_KINDS``) on its own."""
    if kind == "navigation":
        rows = draw(navigation_block(lex))
    elif kind == "dateline":
        rows = [Row(draw(dateline(lex)).text, Label.META, "meta.dateline")]
    elif kind == "related":
        rows = draw(related_block(lex, set()))
    elif kind == "also_read":
        rows = [draw(also_read_row(lex, set()))]
    elif kind == "byline":
        rows = [draw(byline_row(lex))[0]]
    elif kind == "credit":
        rows = [draw(credit_row(lex))[0]]
    else:
        rows = draw(simple_block(lex, kind))
    return BoilerplateBlock(
        label=KIND_LABELS[kind], kind=rows[0].kind, lines=tuple(r.text for r in rows), language=lex.code
    )


# -- pages ----------------------------------------------------------------------------------


def _lone_question(para: str, lex: Lexicon) -> bool:
    """A paragraph that is one question of a headline's length ("How long will the talks last?").

    Not an article's first paragraph: once the headline is cleaned away such a line opens the
    text and reads as a headline (headlines often are questions), so no labeller could tell.
    Longer questions, and short ones further down between paragraphs, are plainly the article's.
    """
    questions = {capitalise(q) + lex.question_mark for q in lex.questions}
    return para in questions and len(para.split()) < _HEADLINE_QUESTION_WORDS


@st.composite
def _body(
    draw: st.DrawFn,
    lex: Lexicon,
    used: set[str],
    min_paragraphs: int,
    max_paragraphs: int,
    features: set[str],
) -> list[list[Row]]:
    """Body units: distinct paragraphs (new to the page), sometimes one bulleted list among them."""
    count = draw(st.integers(min_paragraphs, max_paragraphs))
    lead = _fresh(draw, lambda k: paragraph(lex, shift=k).filter(lambda p: not _lone_question(p, lex)), used)
    paras = [lead] + [_fresh(draw, lambda k: paragraph(lex, shift=k), used) for _ in range(count - 1)]
    units = [[Row(p, Label.BODY, "body.paragraph")] for p in paras]
    if len(units) >= 2 and draw(st.integers(0, 5)) == 0:
        listed = [line for line in draw(bullet_list(lex, len(used))) if line not in used]
        used.update(listed)
        units.insert(draw(st.integers(1, len(units))), _rows(listed, Label.BODY, "body.list"))
        features.add("list")
    return units


@st.composite
def single_page(
    draw: st.DrawFn, lex: Lexicon, kinds: frozenset[str], min_paragraphs: int, max_paragraphs: int
) -> tuple[list[list[list[Row]]], list[_Article], set[str]]:
    """One article with optional boilerplate: returns sections of units, the article, features."""
    present = {kind for kind in BOILERPLATE_KINDS if kind in kinds and draw(st.booleans())}
    features = set(present)
    site = draw(st.sampled_from(lex.site_names))
    title = draw(headline(lex))
    used = {title}
    article = _Article(title=title)
    head: list[list[Row]] = []
    tail: list[list[Row]] = []
    body = draw(_body(lex, used, min_paragraphs, max_paragraphs, features))

    cookie_on_top = "cookie" in present and draw(st.booleans())
    if cookie_on_top:
        head.append(draw(simple_block(lex, "cookie", site)))
    if "navigation" in present:
        head.append(draw(navigation_block(lex)))
    meta: list[Row] = []
    byline: Row | None = None
    if "byline" in present:
        byline, article.author = draw(byline_row(lex))
    stamp = draw(dateline(lex)) if "dateline" in present else None
    if stamp is not None:
        article.published, article.updated = stamp.published, stamp.updated
    if byline is not None and stamp is not None and draw(st.integers(0, 3)) == 0:
        meta.append(Row(f"{byline.text} | {stamp.text}", Label.META, "meta.byline_dateline"))
        features.add("byline_dateline")
    else:
        if byline is not None:
            meta.append(byline)
        if stamp is not None:
            meta.append(Row(stamp.text, Label.META, "meta.dateline"))
    title_row = Row(title, Label.TITLE, "title")
    if stamp is not None and byline is None and draw(st.integers(0, 3)) == 0:
        head += [meta, [title_row]]  # date printed above the title
        features.add("dateline_above_title")
    else:
        head.append([title_row])
        if meta:
            head.append(meta)

    if "also_read" in present:
        for _ in range(draw(st.integers(1, 2))):
            row = draw(also_read_row(lex, used))
            body.insert(draw(st.integers(1, len(body))), [row])
    # an ad after the body (0), between paragraphs (1), or both (2)
    ad_place = draw(st.integers(0, 2)) if "ad" in present else 0
    if ad_place and len(body) >= 2:
        body.insert(draw(st.integers(1, len(body) - 1)), draw(simple_block(lex, "ad", site)))
        features.add("ad_inline")
    elif ad_place == 1:
        ad_place = 0
    if "credit" in present:
        credit, article.source = draw(credit_row(lex))
        body.append([credit])
        add_initials = bool(lex.initials) and draw(st.booleans())
        if add_initials:
            body[-1].append(Row(draw(st.sampled_from(lex.initials)), Label.META, "meta.initials"))

    trailing: list[str] = [
        k for k in ("related", "copyright", "subscribe", "rating", "comment_form") if k in present
    ]
    if "ad" in present and ad_place != 1:
        trailing.append("ad")
    if "cookie" in present and not cookie_on_top:
        trailing.append("cookie")
    for kind in draw(st.permutations(trailing)):
        if kind == "related":
            tail.append(draw(related_block(lex, used)))
        else:
            tail.append(draw(simple_block(lex, kind, site)))
    if "navigation" in present and draw(st.booleans()):
        tail.append(draw(footer_block(lex)))
        features.add("footer")
    article.units = body
    return [head, body, tail], [article], features


@st.composite
def feed_page(
    draw: st.DrawFn,
    lex: Lexicon,
    kinds: frozenset[str],
    min_articles: int,
    max_articles: int,
    min_paragraphs: int,
    max_paragraphs: int,
) -> tuple[list[list[list[Row]]], list[_Article], set[str]]:
    """Several articles, each ``DD.MM.YYYY, HH:MM VIEWS`` / title / [source] / body / [copyright]."""
    features = {"feed"}
    count = draw(st.integers(min_articles, max_articles))
    used: set[str] = set()
    titles = [_fresh(draw, lambda k: headline(lex, k), used) for _ in range(count)]
    sections: list[list[list[Row]]] = []
    if "navigation" in kinds and draw(st.booleans()):
        sections.append([draw(navigation_block(lex))])
        features.add("navigation")
    with_sources = "credit" in kinds and draw(st.booleans())
    notice = None
    if "copyright" in kinds and draw(st.booleans()):
        notice = draw(simple_block(lex, "copyright"))
        features.add("copyright")
    crawl_prefix = draw(st.integers(0, 3)) == 3
    when = draw(DATETIMES)
    articles = []
    for i, title in enumerate(titles):
        header = draw(feed_header(when=when, crawl_prefix=crawl_prefix and i == 0))
        article = _Article(title=title, published=header.published, views=header.views)
        top = [Row(header.text, Label.META, "meta.feed_header"), Row(title, Label.TITLE, "title")]
        if with_sources and draw(st.booleans()):
            article.source = draw(st.sampled_from(DOMAINS + lex.agencies))
            top.append(Row(article.source, Label.META, "meta.feed_source"))
            features.add("credit")
        body = draw(_body(lex, used, min_paragraphs, max_paragraphs, features))
        article.units = body
        units = [top, *body]
        if notice is not None:
            units.append(list(notice))
        sections.append(units)
        articles.append(article)
        when -= timedelta(minutes=draw(st.integers(5, 1500)))
    if crawl_prefix:
        features.add("crawl_prefix")
    return sections, articles, features


@st.composite
def page(
    draw: st.DrawFn,
    *,
    languages: tuple[str, ...],
    kinds: frozenset[str],
    feed: bool | None,
    min_articles: int,
    max_articles: int,
    encodings: tuple[str, ...] | None,
    mojibake: bool,
    min_paragraphs: int,
    max_paragraphs: int,
) -> GeneratedPage:
    """A whole page and its gold (arguments already validated by ``newsclean.strategies.pages``)."""
    lex = LEXICONS[draw(st.sampled_from(languages))]
    is_feed = draw(st.booleans()) if feed is None else feed
    if is_feed:
        sections, articles, features = draw(
            feed_page(lex, kinds, min_articles, max_articles, min_paragraphs, max_paragraphs)
        )
    else:
        sections, articles, features = draw(single_page(lex, kinds, min_paragraphs, max_paragraphs))
    rows, blank_style = draw(_layout(sections, is_feed))
    features.add(f"blank:{blank_style}")
    source_text = "\n".join(r.text for r in rows)
    gold = _gold(rows, articles, lex.code, is_feed)

    text = source_text
    codec = None
    if mojibake:
        codec = draw(st.sampled_from(tuple(MOJIBAKE_CODECS)))
        text = mojibake_text(source_text, codec)
        if text == source_text:
            codec = None
        else:
            features.add("mojibake")
    out: str | bytes = text
    encoding = None
    if encodings is not None:
        usable = [name for name in encodings if can_encode(text, name)]
        assume(usable)
        encoding = draw(st.sampled_from(usable))
        out = text.encode(encoding)
    return GeneratedPage(
        text=out,
        gold=gold,
        source_text=source_text,
        language=lex.code,
        feed=is_feed,
        encoding=encoding,
        mojibake=codec,
        features=frozenset(features),
    )


@st.composite
def _layout(draw: st.DrawFn, sections: list[list[list[Row]]], is_feed: bool) -> tuple[list[Row], str]:
    """Join sections of units into rows with one of the blank-line styles pages use."""
    style = draw(st.sampled_from(("none", "units", "sections")))
    blank = Row("", Label.BLANK, "blank")
    rows: list[Row] = []
    for section in sections:
        units = [unit for unit in section if unit]
        if not units:
            continue
        if rows and style != "none":
            rows.append(blank)
        for u, unit in enumerate(units):
            if u and style == "units":
                rows.append(blank)
            rows.extend(unit)
    if style != "none" and not is_feed and draw(st.booleans()):
        # a second blank line after the title, as some CMSs print
        index = next(i for i, r in enumerate(rows) if r.label is Label.TITLE)
        if index + 1 < len(rows) and rows[index + 1].label is Label.BLANK:
            rows.insert(index + 1, blank)
    if draw(st.booleans()):
        rows.append(blank)  # the file ends with a newline
    return rows, style


def _gold(rows: list[Row], articles: list[_Article], language: str, is_feed: bool) -> Gold:
    """Labels, bodies, line ranges and metadata from the assembled rows."""
    starts = [i for i, r in enumerate(rows) if r.kind == ("meta.feed_header" if is_feed else "title")]
    if not is_feed:  # a date printed above the title belongs to the article
        above = [i for i in range(starts[0]) if rows[i].kind == "meta.dateline"]
        if above:
            starts = [above[0]]
    gold_articles = []
    for a, article in enumerate(articles):
        begin = starts[a]
        body_ids = {id(row) for unit in article.units for row in unit}
        end_limit = starts[a + 1] if a + 1 < len(starts) else len(rows)
        last = max((i for i in range(begin, end_limit) if id(rows[i]) in body_ids), default=begin)
        if is_feed:  # a feed article runs to its last non-blank line (its copyright notice)
            last = max(i for i in range(begin, end_limit) if rows[i].label is not Label.BLANK)
        body = "\n".join(r.text for r in rows[begin : last + 1] if r.label is Label.BODY)
        gold_articles.append(
            GoldArticle(
                title=article.title,
                body=body,
                lines=(begin + 1, last + 1),
                published=article.published,
                updated=article.updated,
                author=article.author,
                source=article.source,
                views=article.views,
            )
        )
    first = gold_articles[0]
    return Gold(
        body="\n\n".join(a.body for a in gold_articles),
        labels=tuple(r.label for r in rows),
        kinds=tuple(r.kind for r in rows),
        metadata=GoldMetadata(
            title=first.title,
            published=first.published,
            updated=first.updated,
            author=first.author,
            source=first.source,
            language=language,
            views=first.views,
        ),
        articles=tuple(gold_articles),
    )
