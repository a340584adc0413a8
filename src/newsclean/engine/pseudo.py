"""The pseudo-rules: names in the line account that no rule function decides.

``blank`` and ``default.keep`` are decided by the labelling stage itself, ``title.html`` by
HTML mode after the rules ran, ``structure.continuation`` (named in the reasons of the lines
``body.core`` keeps past the core) by :func:`newsclean.analysis.structure.analyse`. They are
documented like rules, so that every name any output prints resolves with ``newsclean rules
NAME``; they are never in a rule chain.
"""

from __future__ import annotations

from collections.abc import Iterable

from newsclean.engine.context import Claim, Context
from newsclean.engine.ruler import Rule, function_doc
from newsclean.labels import Label


def blank(ctx: Context) -> Iterable[Claim]:
    """What it removes: a line with no visible characters (decided before any rule runs).

    Why: blank lines separate paragraphs; they carry no text, so they are neither kept nor
    counted as removed.
    Example: the empty line between two paragraphs.
    Keeps: nothing (a blank line is never body text).
    """
    return ()


def keep(ctx: Context) -> Iterable[Claim]:
    """What it keeps: a line no active rule claimed.

    Why: rules remove what they recognise; what none of them recognises stays body text,
    so the ``none`` preset keeps every line and a disabled rule never loses text.
    Example: every line of a page cleaned with ``--preset none``.
    Removes: nothing.
    """
    return ()


def html_title(ctx: Context) -> Iterable[Claim]:
    """What it removes: the headline at the top of trafilatura's text in HTML mode (kept as ``title``).

    Why: trafilatura repeats the page's title above the article text; HTML mode labels the
    line among the first five whose words are the title's, after the rules ran.
    Example: ``Council keeps the old bridge open`` above the story's paragraphs.
    Keeps: the article's paragraphs; a line only resembling the title.
    """
    return ()


def html_dom(ctx: Context) -> Iterable[Claim]:
    """What it removes: a line of the page's visible text that trafilatura left out of the
    article (menus, footers, sidebars, comment and share boxes), before any rule ran.

    Why: trafilatura reads the markup (block structure, link density, the page's own element
    names) and keeps the main text; newsclean's rules only see what it kept. The label comes
    from the innermost element around the line that names what it is: ``<nav>``, ``<header>``,
    ``<footer>``, ``<form>`` are navigation, ``<aside>`` related, a box whose class or id says
    comments, cookie, newsletter, ad, related, copyright or share gets that label; anything else
    is noise.
    Example: ``Home | World | Sport`` in ``<nav>`` (navigation), ``Accept cookies`` in
    ``<div class="cookie-banner">`` (noise).
    Keeps: nothing of its own (trafilatura decided); shown only with ``page_account=True``
    (``newsclean explain`` on HTML).
    """
    return ()


def html_code(ctx: Context) -> Iterable[Claim]:
    """What it keeps: a line of a code block (``<pre>``, ``<code>``) in HTML mode, whatever
    phrase rule claimed it.

    Why: code is quoted verbatim, and its words can look like page furniture to a phrase rule:
    a ``return 'Loading...'`` like a loading notice, a ``// Unsubscribe from the old id``
    comment like a subscribe prompt. HTML mode knows which lines trafilatura found in a code
    element and gives them back to the body after the rules ran.
    Example: ``return 'Loading...';`` in a React tutorial's example.
    Removes: nothing; a line outside code is labelled by the rules as usual.
    """
    return ()


def continuation(ctx: Context) -> Iterable[Claim]:
    """What it keeps: the lines that continue an article past its core's edge (kept by ``body.core``).

    Why: the core is the densest run of prose; a bullet list (short lines), the sentence
    ending in ":" that introduces it, an inline "See also | ..." link, an ad label or a lone
    "Read More" button can cut it, leaving the article's paragraphs on the other side outside.
    Walking out from the core's edge (up to 40 lines, within the segment), the article goes on
    over such lines and the prose after them, until something else: a heading, a menu, a
    related or comments section, a line repeated on the page, more than three ads in a row.
    Short lines held on the way (a short list item, a list's introduction, a short sentence or
    question) are kept only when prose or a list item lies beyond them, or, walking up, when
    the article's dateline does (they are its lead). Each line's reason says what it was
    taken as ("continues the article below its core (structure.continuation): a list item").
    Example: a story's paragraphs, ``Officials listed three steps:``, three ``- ...`` items,
    then two more paragraphs: the list and the paragraphs after it are the article.
    Removes: nothing; lines the walk does not reach stay outside the article
    (``navigation.outside_core``).
    """
    return ()


BLANK = Rule("blank", Label.BLANK, blank, function_doc(blank), frozenset(), reason="a blank line")
DEFAULT_KEEP = Rule(
    "default.keep", Label.BODY, keep, function_doc(keep), frozenset(), reason="no active rule claimed it"
)
TITLE_HTML = Rule(
    "title.html",
    Label.TITLE,
    html_title,
    function_doc(html_title),
    frozenset(),
    reason="the headline trafilatura repeats above the article (the page's title)",
)

HTML_DOM = Rule(
    "html.dom",
    Label.NAVIGATION,
    html_dom,
    function_doc(html_dom),
    frozenset(),
    reason="trafilatura left it out of the article",
)

HTML_CODE = Rule(
    "html.code",
    Label.BODY,
    html_code,
    function_doc(html_code),
    frozenset(),
    reason="a line of a code block on the page (kept verbatim)",
)

CONTINUATION = Rule(
    "structure.continuation",
    Label.BODY,
    continuation,
    function_doc(continuation),
    frozenset(),
    reason="continues the article past its core",
)

#: Every pseudo-rule, by name.
PSEUDO_RULES: dict[str, Rule] = {
    r.name: r for r in (BLANK, DEFAULT_KEEP, TITLE_HTML, CONTINUATION, HTML_DOM, HTML_CODE)
}
