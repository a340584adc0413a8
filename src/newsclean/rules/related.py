"""related: "Also read" links, related/popular/latest sections, teaser headlines."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from newsclean.analysis.page import Page
from newsclean.analysis.phrases import Mode
from newsclean.analysis.sections import lexical_overlap
from newsclean.analysis.structure import Structure
from newsclean.engine.context import Claim, Context
from newsclean.engine.ruler import rule
from newsclean.labels import Label
from newsclean.text import dates

_INLINE_MAX_WORDS = 40
_TEASER_MIN_WORDS = 8
_CARDS_MIN = 3  # teaser cards in a row: the article's own head has the same shape once
_CARD_NAME_MAX_WORDS = 6  # "Anthony, Maya, Nadine, and Caroline Ghosn"
_CARD_MIN_WORDS = 3  # a headline, and the text under the date
_CARD_HEADING_MAX_WORDS = 5
_CARD_STAMP_MAX_WORDS = 8
# A headline with this share of its content words in the article core is the article's own.
_ON_TOPIC = 0.25


@rule(
    "related.inline",
    Label.RELATED,
    presets=("default", "conservative", "html"),
    phrases=("related.inline",),
    reason="a link to another story: a prefix of phrase list related.inline and a separator",
)
def inline(ctx: Context) -> Iterable[Claim]:
    """What it removes: inline links to other stories inside or under the article.

    Why: "Also read | ...", "READ MORE: ...", "Читайте также: ...", "আরও পড়ুন: ..." are
    links to other articles set between paragraphs; the prefix and a separator give them away.
    Example: ``Also read | Bank of England says it 'will not hesitate' to raise rates``.
    Keeps: sentences starting with the same words but no separator ("Read more about ...").
    """
    page = ctx.page
    return page.matching("related.inline", Mode.PREFIX, max_words=_INLINE_MAX_WORDS)


@rule(
    "related.heading",
    Label.RELATED,
    presets=("default", "conservative", "html"),
    phrases=("related.heading",),
    reason="the whole line is a related/latest/popular heading (phrase list related.heading)",
)
def heading(ctx: Context) -> Iterable[Claim]:
    """What it removes: headings of related, popular, latest or recommended lists.

    Why: "You May Also Like", "Popular Posts", "Most read", "সম্পর্কিত", "সর্বশেষ খবর",
    "Читайте также" open a list of other stories (see ``related.section``).
    Example: ``You May Also Like``.
    Keeps: longer lines that merely contain such words: the whole line must be the heading;
    a menu's item ("Latest" between "Menu" and "Economy"): a heading with no article above it
    opens no list (the structure's section is the heading alone, page chrome), and a word of
    phrase list navigation.menu there is left to ``navigation.menu``.
    """
    page, st = ctx.page, ctx.structure
    chrome = {s.heading for s in st.sections if s.first > s.last}
    menu = page.matching("navigation.menu", Mode.LINE, max_words=8) if chrome else frozenset()
    return [
        i
        for i in page.matching("related.heading", Mode.LINE, max_words=8)
        if i not in chrome or i not in menu
    ]


@rule("related.section", Label.RELATED, presets=("default", "html"))
def section(ctx: Context) -> Iterable[Claim]:
    """What it removes: the lines under a related/latest/most-read heading.

    Why: such lists (headlines, teaser paragraphs, dates) run until the page's furniture or
    until the article itself resumes; teaser paragraphs look like body text line by line, so
    the section ends only at prose on the article's own topic (shared content words), and an
    excerpt cut short with an ellipsis ("...") is a teaser's even in the article's words.
    Example: ``You May Also Like`` followed by another story's headline and first paragraphs.
    Keeps: article paragraphs after a mid-article "Related" box (they share the article's
    words, or run on for several paragraphs right after the box's headlines).
    """
    st = ctx.structure
    for i, s in st.section_lines.items():
        if s.kind == "related":
            yield i, s.reason


@rule(
    "related.repeated",
    Label.RELATED,
    presets=("default",),
    reason="a headline printed more than once, outside the article",
)
def repeated(ctx: Context) -> Iterable[Claim]:
    """What it removes: headlines that appear more than once outside the article.

    Why: teaser lists print a headline twice (image alt text and link), and "latest" and
    "most read" boxes repeat one another.
    Example: the same headline on two consecutive lines below the article.
    Keeps: repeated lines inside the article core (a refrain, a quoted slogan).
    """
    page, st, decided = ctx.page, ctx.structure, ctx.decided
    feats, headline_like = page.features, page.headline_like
    return [i for i in st.outside_lines if feats[i].repeats > 1 and decided[i] is None and headline_like(i)]


@rule(
    "related.teaser",
    Label.RELATED,
    presets=("default",),
    reason="a lone headline of another story between two paragraphs (few of its words in the article)",
)
def teaser(ctx: Context) -> Iterable[Claim]:
    """What it removes: a lone headline of another story between two article paragraphs.

    Why: in-article link boxes leave a full headline (a sentence without a full stop, eight
    words or more) between paragraphs, about another story: few of its words occur in the
    article. A subheading introduces its own paragraph and shares the article's vocabulary.
    Example: ``President says two more burial sites found in liberated city`` between paragraphs.
    Keeps: short subheadings; subheadings on the article's topic (a quarter of their content
    words in the core); headlines ending in ``?`` or ``!``; anything outside the core.
    """
    page, st = ctx.page, ctx.structure
    vocab: dict[tuple[int, int], set[str]] = {}
    feats, zone = page.features, st.zone
    for i in st.article_lines:  # the core's lines are among the article's
        f = feats[i]
        if f.words < _TEASER_MIN_WORDS or f.terminal or not zone[i]:
            continue
        if not page.headline_like(i) or f.text.endswith((":", "?", "!", ";", ",")):
            continue
        if not f.text[:1].isalpha():  # list items start with a bullet, dash or number
            continue
        prev = next((j for j in range(i - 1, -1, -1) if not page.features[j].blank), None)
        nxt = page.next_nonblank(i)
        if prev is None or nxt is None or not page.body_like(prev) or not page.body_like(nxt):
            continue
        core = st.core_of(i)
        if core is not None:
            if core not in vocab:
                vocab[core] = page.run_words(core[0], core[1])
            if lexical_overlap(page.content_words(i), vocab[core]) >= _ON_TOPIC:
                continue
        yield i


@rule("related.cards", Label.RELATED, presets=("default", "html"))
def cards(ctx: Context) -> Iterable[Claim]:
    """What it removes: a list of teaser cards for other stories under the article.

    Why: "more from the site" lists print each story as a card: its headline, often the
    author's name, a date line and the first paragraph. The paragraphs are prose and the
    article's core runs over them; the shape gives them away: three or more such cards in
    a row, whatever the language, below some article text of the same segment. The short
    heading right above the first card ("More from ...") goes with them.
    Example: ``Kurt Volker throws Rudy Giuliani under the bus`` / ``Kaylee McGhee`` /
    ``Tuesday November 19, 2019`` / the story's first paragraph, three times or more.
    Keeps: the article's own headline, byline and dateline (that shape once or twice); a
    feed of dated briefs that opens its segment (there the briefs are the content).
    """
    page, st, decided = ctx.page, ctx.structure, ctx.decided
    found = [card for j in page.digit_lines if (card := _card(page, j)) is not None]
    run: list[tuple[int, int]] = []
    for card in [*found, (-1, -1)]:
        if run and page.next_nonblank(run[-1][1]) == card[0]:
            run.append(card)
            continue
        if len(run) >= _CARDS_MIN and _below_article(page, st, run[0][0]):
            yield from _card_lines(page, run, decided)
        run = [card]


def _card(page: Page, stamp: int) -> tuple[int, int] | None:
    """The first and last line of the teaser card around date line ``stamp``: a headline, an
    optional name, the date, then one line of text; None when the lines are not that shape."""
    feats = page.features
    if feats[stamp].words > _CARD_STAMP_MAX_WORDS or feats[stamp].digits < 4:
        return None  # a stamp has its year's four digits (dates.is_stamp)
    head, last = page.prev_nonblank(stamp), page.next_nonblank(stamp)
    if head is None or last is None or feats[last].words < _CARD_MIN_WORDS:
        return None
    above = page.prev_nonblank(head)
    if above is not None and _headline(page, above) and _name_like(page, head):
        head = above  # headline, name, date (a short headline over the date reads as a name)
    elif not _headline(page, head):
        return None
    return (head, last) if dates.is_stamp(feats[stamp].text) else None  # the costliest test last


def _headline(page: Page, i: int | None) -> bool:
    return i is not None and page.headline_like(i) and page.features[i].words >= _CARD_MIN_WORDS


def _name_like(page: Page, i: int) -> bool:
    f = page.features[i]
    return f.words <= _CARD_NAME_MAX_WORDS and not f.terminal and not f.digits


def _below_article(page: Page, st: Structure, first: int) -> bool:
    """The cards start below prose of their own segment's article (not a feed of briefs)."""
    core = st.core_of(first)
    lo = st.segment_of(first)[0]
    return core is not None and any(page.prose[j] for j in range(max(lo, core[0]), first))


def _card_lines(page: Page, run: list[tuple[int, int]], decided: Sequence[Label | None]) -> Iterable[Claim]:
    """The cards' lines, and a short heading right above the first ("More from ...")."""
    why = f"in a list of {len(run)} teaser cards (headline, date, first paragraph) from line {run[0][0] + 1}"
    above = page.prev_nonblank(run[0][0])
    if above is not None and decided[above] is None:
        f = page.features[above]
        if f.words <= _CARD_HEADING_MAX_WORDS and not f.terminal and page.headline_like(above):
            yield above, f"heads a list of {len(run)} teaser cards below it"
    for j in range(run[0][0], run[-1][1] + 1):
        if decided[j] is None:
            yield j, why
