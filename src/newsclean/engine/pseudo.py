"""The pseudo-rules: names in the line account that no rule function decides.

``blank`` and ``default.keep`` are decided by the labelling stage itself, ``title.html`` by
HTML mode after the rules ran, ``head.byline_line``, ``head.date_line`` and
``head.headline_line`` by the metadata stage from the article head it read,
``structure.continuation`` (named in the reasons of the lines ``body.core`` keeps past the
core) by :func:`newsclean.analysis.structure.analyse`. They are
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


def head_byline(ctx: Context) -> Iterable[Claim]:
    """What it removes: the line the article head read its byline from, labelled ``meta``.

    Why: the head reader (newsclean.metadata.head) finds a byline by its place, beside the
    headline and the date, where no phrase marks it: a bare name ("Kelia Losa Reinoso") under
    the headline, "Tom Krisher, Ap Auto Writer" above the first paragraph. The rules, run
    before it, saw a short line outside the article's core (``navigation``) or, inside the
    core, a line of the article. The line the ``author`` came from is metadata: its label says
    so, and a byline-shaped line (not a sentence, at most 20 words) leaves the body.
    Example: ``Kelia Losa Reinoso`` between the headline and ``August 25, 2025``.
    Keeps: a sentence the author was read from ("SANTA FE (AP) — A cat who ..."), a list's
    item, lines other rules gave a label of their own (a comment); everything while
    ``meta.byline`` is disabled (and with the ``none`` preset).
    """
    return ()


def head_date(ctx: Context) -> Iterable[Claim]:
    """What it removes: the line the article head read the publication or update date from,
    labelled ``meta``.

    Why: a date by the headline is the article's dateline wherever it stands; the rules, run
    before the head was read, may have called it the page's date (``navigation.page_date``), a
    line outside the core, or kept it in the body ("Nov 18, 2019 at 9:24 pm ET • 2 min read"
    above the first paragraph). The line ``published`` or ``updated`` came from is metadata;
    a dateline-shaped line (not a sentence, at most 20 words) leaves the body.
    Example: ``Updated: 18 Nov 2019, 19:11`` under the byline.
    Keeps: a sentence that states the date ("The council met on 18 November 2019."), a list's
    item; everything while ``meta.dateline`` is disabled (and with the ``none`` preset).
    """
    return ()


def head_headline(ctx: Context) -> Iterable[Claim]:
    """What it removes: the line the article head read as the headline, labelled ``title``.

    Why: the rules may take a headline for a menu item (a short line outside the core) or for a
    related link (sites repeat it in a list further down); the head reader, which places
    headline, byline and date together, says which line is the headline, and its label follows.
    Example: ``Top 10 Health and Nutrition Trends to Watch`` above the byline and date.
    Keeps: everything it kept; only lines already removed above the article change label, and
    only while ``title.heading`` is active.
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

HEAD_BYLINE = Rule(
    "head.byline_line",
    Label.META,
    head_byline,
    function_doc(head_byline),
    frozenset(),
    reason="the byline the article head read the author from",
)

HEAD_DATE = Rule(
    "head.date_line",
    Label.META,
    head_date,
    function_doc(head_date),
    frozenset(),
    reason="the dateline the article head read the date from",
)

HEAD_HEADLINE = Rule(
    "head.headline_line",
    Label.TITLE,
    head_headline,
    function_doc(head_headline),
    frozenset(),
    reason="the headline the article head read the title from",
)

#: Every pseudo-rule, by name.
PSEUDO_RULES: dict[str, Rule] = {
    r.name: r
    for r in (
        BLANK,
        DEFAULT_KEEP,
        TITLE_HTML,
        CONTINUATION,
        HTML_DOM,
        HTML_CODE,
        HEAD_BYLINE,
        HEAD_DATE,
        HEAD_HEADLINE,
    )
}
