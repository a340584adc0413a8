"""Readers' comments as data: the lines the ``comments.*`` rules took off the body, grouped.

Text mode knows a comment by its position (under a comment heading, or in a thread of name
and time stamps), so the grouping follows the same marks: a short line with a clock time or a
date opens a comment, the short line right above it (a name) is its author, and the lines up
to the next stamp are its text. A comment section without stamps gives one comment per line.
Widgets ("Leave a reply", "12 comments") and the headings themselves are not comments.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsclean.labels import Label
from newsclean.model import Comment
from newsclean.text import dates
from newsclean.text.features import LineFeatures

#: Rules whose lines are the comments themselves (the others remove widgets and headings).
COMMENT_TEXT_RULES = frozenset({"comments.section", "comments.thread"})
_STAMP_MAX_WORDS = 12
_AUTHOR_MAX_WORDS = 4


def text_comments(
    features: Sequence[LineFeatures], labels: Sequence[Label], rules: Sequence[str]
) -> tuple[Comment, ...]:
    """The comments of a page, in page order, from its comment lines."""
    return group_comments(
        [
            f
            for f, label, rule in zip(features, labels, rules, strict=True)
            if label is Label.COMMENTS and rule in COMMENT_TEXT_RULES
        ]
    )


def group_comments(features: Sequence[LineFeatures]) -> tuple[Comment, ...]:
    """Comment lines (in page order) grouped into comments at their name and time stamps."""
    lines = [i for i, f in enumerate(features) if not f.blank]
    stamps = {i for i in lines if _is_stamp(features[i])}
    comments: list[Comment] = []
    author: str | None = None
    date: str | None = None
    text: list[str] = []
    for k, i in enumerate(lines):
        f = features[i]
        following = lines[k + 1] if k + 1 < len(lines) else None
        if following in stamps and f.words <= _AUTHOR_MAX_WORDS and not f.terminal:
            _flush(comments, text, author, date)
            author, date, text = f.text.rstrip(":："), None, []
        elif i in stamps:
            if text:
                _flush(comments, text, author, date)
                author, text = None, []
            date = f.text
        elif stamps:
            if author is not None or date is not None or f.terminal or f.words > _AUTHOR_MAX_WORDS:
                text.append(f.text)  # a short line before the first comment is the section's heading
        else:
            comments.append(Comment(f.text))
    _flush(comments, text, author, date)
    return tuple(comments)


def _is_stamp(line: LineFeatures) -> bool:
    """A short line with a clock time or a date: a comment's time stamp."""
    return (
        line.digits > 0
        and line.words <= _STAMP_MAX_WORDS
        and (dates.has_time(line.text) or bool(dates.find_dates(line.text)))
    )


def _flush(comments: list[Comment], text: list[str], author: str | None, date: str | None) -> None:
    if text:
        comments.append(Comment("\n".join(text), author, date))
