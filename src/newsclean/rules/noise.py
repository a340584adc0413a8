"""noise: lines that carry nothing: stray symbols, lone characters, cookie and script notices."""

from __future__ import annotations

from collections.abc import Iterable

from newsclean.analysis.page import Page
from newsclean.analysis.phrases import Mode
from newsclean.engine.context import Claim, Context
from newsclean.engine.ruler import rule
from newsclean.labels import Label


@rule(
    "noise.symbol",
    Label.NOISE,
    presets=("default", "conservative"),
    reason="no letters or digits, or a single character",
)
def symbol(ctx: Context) -> Iterable[Claim]:
    """What it removes: lines with no letters and no digits, or a single character.

    Why: separators ("-", "***", "•"), icon glyphs and stray one-character lines are what a
    scraper leaves where an image, a button or a rule was. They never carry article text.
    Example: ``-``, ``|``, ``»``, ``·``.
    Keeps: lines with a word or a number in them (``1.``, ``5G``); a one-letter line that names
    a menu's link (``X``, the social network, in phrase list navigation.menu: a menu item, left
    to ``navigation.menu``).
    """
    page = ctx.page
    menu = page.matching("navigation.menu", Mode.LINE, max_words=1)
    return [
        i
        for i, f in enumerate(page.features)
        if f.chars and (f.letters + f.digits == 0 or (f.chars == 1 and (not f.letters or i not in menu)))
    ]


@rule(
    "noise.cookie",
    Label.NOISE,
    presets=("default", "html"),
    phrases=("noise.cookie",),
    reason="a cookie, JavaScript or ad-blocker notice (phrase list noise.cookie)",
)
def cookie(ctx: Context) -> Iterable[Claim]:
    """What it removes: cookie banners, "enable JavaScript" and ad-blocker notices.

    Why: consent and browser notices sit on every page of a site and say nothing of the article.
    Example: ``We use cookies to improve your experience. Accept all``.
    Keeps: prose inside the article core that mentions cookies (a recipe, a privacy story).
    """
    page, st = ctx.page, ctx.structure
    for i in page.matching("noise.cookie", Mode.CONTAINS, max_words=40):
        if not st.in_core(i) or not page.body_like(i):
            yield i


@rule(
    "noise.cookie_button",
    Label.NOISE,
    presets=("default", "html"),
    phrases=("noise.cookie_button",),
    after=("noise.cookie",),
    reason="the button of the cookie notice above it (phrase list noise.cookie_button)",
)
def cookie_button(ctx: Context) -> Iterable[Claim]:
    """What it removes: the consent banner's button, on the line after its notice.

    Why: a scraper prints the banner's text, then its button on a line of its own; the button's
    word ("Accept", "Got it!", "Принять", "Alle akzeptieren") alone says nothing of the
    article, and only its place, right under a cookie notice, says what it belongs to.
    Example: ``We use cookies to improve your experience.`` / ``Accept``.
    Keeps: the same words anywhere else ("Close" in a menu, "OK" in a list): the line above
    must be a cookie notice that ``noise.cookie`` removed.
    """
    page, decided = ctx.page, ctx.decided
    for i in page.matching("noise.cookie_button", Mode.LINE, max_words=4):
        above = page.prev_nonblank(i)
        if (
            above is not None
            and decided[above] is Label.NOISE
            and above in page.matching("noise.cookie", Mode.CONTAINS)
        ):
            yield i


_CAPTION_MIN_WORDS = 3  # a shorter line is a credit line alone (meta.credit's)
_CAPTION_MAX_WORDS = 120  # a diagram's caption may list its parts at length
_CREDIT_MAX_WORDS = 6
_CREDIT_LEAD_WORDS = 3  # "Photo credit", "Crédit photo": the credit word is one of the last few before ":"


@rule(
    "noise.caption",
    Label.NOISE,
    presets=("default", "html"),
    phrases=("noise.caption_credit",),
    reason="a photo caption closed by its credit (phrase list noise.caption_credit)",
)
def caption(ctx: Context) -> Iterable[Claim]:
    """What it removes: a photo caption that ends in its credit.

    Why: a picture's caption sits between the paragraphs, and news sites close it with
    whom the photo is from: "Credit: Getty", "(Image: PA)", "Photograph: AFP via Getty",
    "(Foto: dpa)", "Фото: ТАСС". A sentence of the article does not end that way.
    Example: ``The hunter ate a rabbit he had killed Credit: Getty - Contributor``.
    Keeps: captions without a credit; a credit line alone (``meta.credit``'s); lines where the
    word is followed by a lower-case clause ("the photo: it was taken in May").
    """
    page, decided = ctx.page, ctx.decided
    feats, words = page.features, page.phrases.casefolded("noise.caption_credit")
    for i in page.matching("noise.caption_credit", Mode.CONTAINS, max_words=_CAPTION_MAX_WORDS):
        if decided[i] is None and _credited(feats[i].text, words):
            yield i


def _credited(text: str, words: frozenset[str]) -> bool:
    """``text`` is a caption (a few words) closed by a credit word, a colon and a short name:
    "... Credit: Getty Images", "(Foto: dpa)", "Фото : ТАСС"."""
    colon = max(text.rfind(":"), text.rfind("："))
    if colon < 0:
        return False
    who = text[colon + 1 :].strip().rstrip(")]").split()
    if not who or len(who) > _CREDIT_MAX_WORDS or any(c in text[colon:] for c in "!?;"):
        return False
    if who[-1].endswith((".", "…")):
        return False  # a sentence's end
    if who[0][:1].islower() and not text.rstrip().endswith((")", "]")):
        return False  # "the photo: it was taken ..." (a credit in brackets may be lower case)
    lead = text[:colon].split()
    for k in range(1, min(len(lead), _CREDIT_LEAD_WORDS) + 1):
        if " ".join(lead[-k:]).lstrip("([").casefold() in words:
            return len(lead) - k >= _CAPTION_MIN_WORDS
    return False


#: A repeated line this long is a second copy of a paragraph or caption, not a refrain.
_REPEAT_MIN_WORDS = 20
#: A line this long may be the whole article run together (a structured-data "articleBody").
_JOINED_MIN_WORDS = 40
_PART_MIN_WORDS = 8
_LONGER = 2
_SHINGLE = 4
#: Share of a line's word 4-grams that must occur elsewhere for it to count as a copy.
_COPY_SHARE = 0.9
#: Share of a long line's 4-grams that the other lines must hold for it to be their copy.
_JOINED_SHARE = 0.8


@rule(
    "noise.duplicate",
    Label.NOISE,
    presets=("default", "html"),
    reason="a second copy of article text (a repeated paragraph, or the paragraphs run together)",
)
def duplicate(ctx: Context) -> Iterable[Claim]:
    """What it removes: a second copy of article text: a long paragraph or caption printed twice,
    or one line that runs the article's paragraphs together.

    Why: scrapers dump an image's alt text and its caption, and a page's structured data (the
    ``articleBody`` of its JSON-LD, an AMP or print copy) next to the visible text; both sit
    inside the article and look like its prose, so the article would be kept twice.
    Example: the story's paragraphs, then one 1,600-word line holding all of them.
    Keeps: the first copy of a repeated paragraph; short repeated lines (a refrain, a
    subheading); a long line that only quotes a sentence or two of the article; a line not
    twice as long as every other kept line (only such a line is checked for being a copy).
    """
    page, st, decided = ctx.page, ctx.structure, ctx.decided
    feats = page.features
    kept = [i for i in st.article_lines if decided[i] is None]
    seen: set[str] = set()
    for i in kept:
        f = feats[i]
        if f.repeats > 1 and f.words >= _REPEAT_MIN_WORDS:
            if f.folded in seen:
                yield i
            seen.add(f.folded)
    yield from _joined_copies(page, kept)


def _joined_copies(page: Page, kept: list[int]) -> Iterable[int]:
    """A line that two or more other kept lines (and their subheadings) make up almost whole."""
    long = _much_longer(page, kept)
    if long and _run_together(page, kept, long[0]):
        return long  # copies of one text: the answer is the text's
    return ()


def _run_together(page: Page, kept: list[int], i: int) -> bool:
    """Line ``i`` is made up almost whole of two or more other kept lines, each nearly all inside
    it, two of them paragraphs (one set intersection per kept line)."""
    feats = page.features
    grams = {j: _shingles(feats[j].tokens) for j in kept}
    whole, text = grams[i], feats[i].folded
    parts = [
        j for j in kept if feats[j].folded != text and len(grams[j] & whole) >= _COPY_SHARE * len(grams[j])
    ]
    if sum(feats[j].words >= _PART_MIN_WORDS for j in parts) < 2:
        return False
    return _share(whole, set().union(*(grams[j] for j in parts))) >= _JOINED_SHARE


def _much_longer(page: Page, kept: list[int]) -> list[int]:
    """A cheap first look: the lines (one text, maybe printed twice) more than twice as long as
    any other kept line: only such a line can hold the article's paragraphs run together."""
    feats = page.features
    if not kept:
        return []
    top = max(kept, key=lambda i: feats[i].words)
    rest = max((feats[j].words for j in kept if feats[j].folded != feats[top].folded), default=0)
    if feats[top].words < max(_JOINED_MIN_WORDS, _LONGER * rest):
        return []
    return [i for i in kept if feats[i].folded == feats[top].folded]


def _shingles(words: tuple[str, ...]) -> set[tuple[str, ...]]:
    """A line's word 4-grams (a line of fewer words is its one gram)."""
    if len(words) < _SHINGLE:
        return {words}
    return set(zip(*(words[k:] for k in range(_SHINGLE)), strict=False))


def _share(part: set[tuple[str, ...]], whole: set[tuple[str, ...]]) -> float:
    return len(part & whole) / len(part) if part else 0.0
