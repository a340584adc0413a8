"""comments: rating widgets, comment forms and comment sections."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from newsclean.analysis.page import Page
from newsclean.analysis.phrases import Mode
from newsclean.analysis.structure import Structure
from newsclean.engine.context import Claim, Context
from newsclean.engine.ruler import rule
from newsclean.labels import Label
from newsclean.text import dates


@rule(
    "comments.widget",
    Label.COMMENTS,
    presets=("default", "conservative", "html"),
    phrases=("comments.widget",),
    reason="rating or comment-form furniture (phrase list comments.widget)",
)
def widget(ctx: Context) -> Iterable[Claim]:
    """What it removes: rating widgets and comment-form furniture.

    Why: blog engines and CMS plugins print the same prompts under every article.
    Example: ``How useful was this post?``, ``Click on a star to rate it!``,
    ``Your email address will not be published. Required fields are marked *``.
    Keeps: long prose lines (over 30 words) that happen to contain such a phrase.
    """
    page = ctx.page
    return page.matching("comments.widget", Mode.CONTAINS, max_words=30)


@rule("comments.heading", Label.COMMENTS, presets=("default", "html"), phrases=("comments.heading",))
def heading(ctx: Context) -> Iterable[Claim]:
    """What it removes: the heading of a comment section or form.

    Why: "Leave a Reply", "Comments (12)", "Комментарии" open the readers' part of the page.
    Example: ``Leave a Reply``.
    Keeps: the same word as a subheading inside the article core when prose follows it.
    """
    page, st = ctx.page, ctx.structure
    for i in page.matching("comments.heading", Mode.LINE, max_words=8):
        if not st.in_article(i):
            yield i, "outside the article"
        elif any(s.heading == i for s in st.sections):
            yield i, "opens a comment section below the article"


@rule("comments.section", Label.COMMENTS, presets=("default",))
def section(ctx: Context) -> Iterable[Claim]:
    """What it removes: everything under a comment heading, until the article resumes.

    Why: readers' comments are prose and look like body text line by line; only their
    position (after a comment heading) tells them apart.
    Example: the lines after ``Comments`` up to the footer.
    Keeps: prose that resumes the article's topic (a heading mistaken for a comment heading).
    """
    st = ctx.structure
    for i, s in st.section_lines.items():
        if s.kind == "comments":
            yield i, s.reason


_AUTHOR_MAX_WORDS = 4
_STAMP_MAX_WORDS = 12
_THREAD_MIN_COMMENTS = 3
# A comment (name, date, text) spans at most this many lines: starts further apart are not one thread.
_COMMENT_MAX_LINES = 16
_HEADING_COUNT_MAX_WORDS = 16
# "Published:" / "Updated:" over a date is a dateline split in two, not a commenter.
_DATE_LABEL_LISTS = ("meta.published", "meta.updated", "meta.byline")


@rule("comments.thread", Label.COMMENTS, presets=("default",), after=("feed.*",))
def thread(ctx: Context) -> Iterable[Claim]:
    """What it removes: a thread of readers' comments without a heading the phrase lists know.

    Why: comment systems print every comment as the commenter's name (often ending in a colon),
    the date and time, then the text; three such comments within a few lines of one another
    are a thread, whatever the language ("jane says:", "Hans schreibt:", "Марина пишет:").
    The comments are prose and would pass for the article; the count above the first
    ("34 responses to ...") goes too.
    Example: ``joetoronto says:`` / ``November 19, 2019 at 6:44 am`` / the comment.
    Keeps: an article's "Name:" lines not followed by a date (an interview's speakers); one
    or two dated notes, or dated parts far apart (a byline and dateline, then updates);
    "Published:" or "Updated:" over a date (a dateline on two lines); a thread with no prose
    above it (a forum's page: the discussion is its content, the first post under the title).
    """
    page, st, decided = ctx.page, ctx.structure, ctx.decided
    timed = _names_over_times(page, decided)
    # Only names in a close run of three can open a thread's comments: their stamps alone are
    # parsed (dropping the others only widens the gaps between the rest).
    close = [i for run in _threads(list(timed)) for i in run]
    labels = _date_labels(page) if close else frozenset()
    feats = page.features
    starts = [i for i in close if i not in labels and dates.is_stamp(feats[timed[i]].text)]
    for run in _threads(starts):
        if not _thread_is_the_page(page, st, run[0]):
            yield from _thread_lines(page, st, run, decided)


def _thread_is_the_page(page: Page, st: Structure, start: int) -> bool:
    """No prose above the thread's first comment in its segment (the page's first line aside: a
    scraped ``<title>`` may be long; and headings: a thread's title may be a question): the
    page is the discussion (a forum thread, the first post under the thread's title), not an
    article with comments."""
    first = st.segment_of(start)[0]
    top = page.nonblank_lines[0] if page.nonblank_lines else -1
    prose = page.prose
    return not any(prose[j] and not page.headline_like(j) for j in range(first, start) if j != top)


def _threads(starts: list[int]) -> Iterable[list[int]]:
    """Runs of comment starts close enough to be one thread, of three comments or more."""
    run: list[int] = []
    for i in starts:
        if run and i - run[-1] > _COMMENT_MAX_LINES:
            if len(run) >= _THREAD_MIN_COMMENTS:
                yield run
            run = []
        run.append(i)
    if len(run) >= _THREAD_MIN_COMMENTS:
        yield run


def _thread_lines(
    page: Page, st: Structure, starts: list[int], decided: Sequence[Label | None]
) -> Iterable[Claim]:
    """The thread's count line above it, then each comment up to the next (the last one up to
    boilerplate or the article's edge)."""
    above = page.prev_nonblank(starts[0])
    why = f"in a thread of {len(starts)} readers' comments (name, date, text) from line {starts[0] + 1}"
    if above is not None and _comment_count(page, above):
        yield above, f"counts the comments of the thread below (line {starts[0] + 1})"
    mask = st.article_mask
    last = min(st.segment_of(starts[-1])[1] + 1, starts[-1] + _COMMENT_MAX_LINES)
    for a, b in zip(starts, [*starts[1:], last], strict=True):
        for j in range(a, b):
            if j in page.boilerplate_hits or not mask[j]:
                break
            if decided[j] is None:
                yield j, why


def _names_over_times(page: Page, decided: Sequence[Label | None]) -> dict[int, int]:
    """Commenters' names (a few words, often ending in a colon) -> the short line under each with
    a clock time (the comment's date and time, if a stamp); neither claimed yet (a feed's source
    line over the next stamp is the feed's)."""
    feats = page.features
    found = {}
    for j in page.digit_lines:
        stamp = feats[j]
        if stamp.words > _STAMP_MAX_WORDS or decided[j] is not None or not dates.has_time(stamp.text):
            continue
        i = page.prev_nonblank(j)
        if i is None or decided[i] is not None:
            continue
        f = feats[i]
        if f.words <= _AUTHOR_MAX_WORDS and (not f.terminal or f.text.endswith((":", "："))):
            found[i] = j
    return found


def _date_labels(page: Page) -> frozenset[int]:
    """Lines led by "Published:", "Updated:" or "By": a dateline's or byline's label, not a name."""
    return frozenset[int]().union(*(page.matching(key, Mode.LEAD) for key in _DATE_LABEL_LISTS))


def _comment_count(page: Page, i: int) -> bool:
    """The thread's heading: a short non-prose line with a count ("34 responses to ...")."""
    f = page.features[i]
    return f.digits > 0 and not page.prose[i] and f.words <= _HEADING_COUNT_MAX_WORDS
