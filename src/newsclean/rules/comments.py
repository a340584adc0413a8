"""comments: rating widgets, comment forms and comment sections."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from newsclean.labels import Label
from newsclean.page import Page
from newsclean.phrases import Mode
from newsclean.ruler import rule
from newsclean.rules._zones import outside_core


@rule("comments.widget", Label.COMMENTS, presets=("default", "conservative"), phrases=("comments.widget",))
def widget(page: Page, decided: Sequence[Label | None]) -> Iterable[int]:
    """What it removes: rating widgets and comment-form furniture.

    Why: blog engines and CMS plugins print the same prompts under every article.
    Example: ``How useful was this post?``, ``Click on a star to rate it!``,
    ``Your email address will not be published. Required fields are marked *``.
    Keeps: long prose lines (over 30 words) that happen to contain such a phrase.
    """
    return page.matching("comments.widget", Mode.CONTAINS, max_words=30)


@rule("comments.heading", Label.COMMENTS, phrases=("comments.heading",))
def heading(page: Page, decided: Sequence[Label | None]) -> Iterable[int]:
    """What it removes: the heading of a comment section or form.

    Why: "Leave a Reply", "Comments (12)", "Комментарии" open the readers' part of the page.
    Example: ``Leave a Reply``.
    Keeps: the same word as a subheading inside the article core when prose follows it.
    """
    for i in page.matching("comments.heading", Mode.LINE, max_words=8):
        if outside_core(page, i) or any(s.heading == i for s in page.sections):
            yield i


@rule("comments.section", Label.COMMENTS)
def section(page: Page, decided: Sequence[Label | None]) -> Iterable[int]:
    """What it removes: everything under a comment heading, until the article resumes.

    Why: readers' comments are prose and look like body text line by line; only their
    position (after a comment heading) tells them apart.
    Example: the lines after ``Comments`` up to the footer.
    Keeps: prose that resumes the article's topic (a heading mistaken for a comment heading).
    """
    for i, s in page.section_lines.items():
        if s.kind == "comments":
            yield i
