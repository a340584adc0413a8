"""HTML -> article text and metadata: trafilatura's DOM work, and the page text for recovery.

Title precedence: a title the page declares for sharing (JSON-LD ``headline``,
``og:title``, ``twitter:title``, ``dc.title``, as trafilatura reads them) wins; a page without
one gets its ``<title>`` minus a trailing site-name segment, not trafilatura's guess from an
``<h1>``, which on such pages is often a site banner ("Archive of Our Own beta").
"""

from __future__ import annotations

import dataclasses
import html
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import regex

from newsclean.html.byline import as_printed, page_spelling, without_tail
from newsclean.html.declared import Declared, declared_dates
from newsclean.html.headline import headline
from newsclean.html.trafilatura_fields import reported_fields
from newsclean.html.tree import page_tree
from newsclean.metadata.bylines import author_part
from newsclean.metadata.merge import DECLARED
from newsclean.metadata.site import host_labels, squeeze
from newsclean.model import Metadata

_TRAFILATURA_LOGGERS = ("trafilatura", "htmldate", "courlan", "justext")


@dataclass(frozen=True, slots=True)
class Extracted:
    """trafilatura's result reduced to what newsclean uses: the main text, the comments' text,
    both as trafilatura's XML trees too (for Markdown and tables), and the metadata."""

    text: str
    metadata: Metadata
    body: Any = None
    comments: str = ""
    comments_body: Any = None


def extract(
    markup: str,
    url: str | None,
    favor: str = "balanced",
    *,
    links: bool = False,
    images: bool = False,
    tree: Any | None = None,
) -> Extracted | None:
    """trafilatura's main text, its comments apart, and metadata; None when it finds nothing.

    trafilatura runs in its default mode: its fallback extractors (readability-lxml, jusText)
    are a second opinion on exactly the hard pages (docs/html.md has the measurements).
    ``favor`` is the precision/recall setting, passed on as trafilatura's
    ``favor_precision``/``favor_recall``.
    ``links`` and ``images`` keep ``ref`` and ``graphic`` elements in the tree, for Markdown.
    ``tree`` is :func:`newsclean.html.tree.trafilatura_tree` of ``markup`` when the caller has
    it (trafilatura extracts from a copy of it and leaves it as it was); without it the markup
    is parsed here, as trafilatura parses it.
    The metadata is trafilatura's, read apart from the text and without the fields newsclean
    never reports (:mod:`newsclean.html.trafilatura_fields`).
    """
    import trafilatura
    from trafilatura.settings import Document as TrafilaturaDocument
    from trafilatura.utils import load_html

    if not markup.strip():
        return None
    with _quiet():
        try:
            tree = load_html(markup) if tree is None else tree
            if tree is None:
                return None
            declared = declared_dates(markup)
            fields = reported_fields(tree, url, date=declared.published is None)
            result = trafilatura.bare_extraction(
                tree,
                url=url or fields.url,  # as trafilatura passes on the page's own URL
                with_metadata=False,
                include_comments=True,
                include_tables=True,
                favor_precision=favor == "precision",
                favor_recall=favor == "recall",
                include_links=links,
                include_images=images,
            )
        # lxml gives up on some broken markup, and htmldate's cleaning trips lxml's own assertion
        # on some (fuzz/crashes/42683656bcfc.json: "<label><i/><r>"): no article found.
        except (ValueError, TypeError, AttributeError, AssertionError, IndexError, KeyError, RecursionError):
            return None
    if not isinstance(result, TrafilaturaDocument):
        return None
    return Extracted(
        _plain_text(result.body) if links or images else result.text or "",
        trafilatura_metadata(fields, markup, declared),
        result.body,
        result.comments or "",
        result.commentsbody,
    )


# schema.org types of a page whose replies are its content: a forum thread, a question page.
_DISCUSSION = regex.compile(
    r""""@type"\s*:\s*"(?:DiscussionForumPosting|QAPage)"|itemtype\s*=\s*["']https?://schema\.org/"""
    r"""(?:DiscussionForumPosting|QAPage)["']""",
    regex.I,
)
_DISCUSSION_WORDS = ("DiscussionForumPosting", "QAPage")


# og:type "article", or a schema.org article type in JSON-LD. One pattern per form, each
# starting with a literal: the regex engine jumps from one "<meta" (or '"@type"') to the next,
# where one alternation of the three tried every position of the page (4x slower on the bench).
_ARTICLE = tuple(
    regex.compile(pattern, regex.I)
    for pattern in (
        r"""<meta\b[^>]{0,200}?property\s*=\s*["']og:type["'][^>]{0,100}?content\s*=\s*["']article""",
        r"""<meta\b[^>]{0,200}?content\s*=\s*["']article["'][^>]{0,100}?property\s*=\s*["']og:type""",
        r""""@type"\s*:\s*\[?\s*"(?:NewsArticle|Article|BlogPosting|ReportageNewsArticle|AnalysisNewsArticle"""
        r"""|OpinionNewsArticle|TechArticle|ScholarlyArticle|LiveBlogPosting|Report)(?=")""",
    )
)


def declares_article(markup: str) -> bool:
    """Whether the page declares itself an article: ``og:type`` "article" or a schema.org
    ``Article`` type (``NewsArticle``, ``BlogPosting``...) in JSON-LD. On the bench 86 of 91
    ScrapingHub news pages and 370 of 483 WCXB articles do, against 61 of 438 WCXB pages of other
    types (products, listings, services, docs, forums, collections)."""
    return any(pattern.search(markup) is not None for pattern in _ARTICLE)


# schema.org Product in JSON-LD or microdata, or og:type "product" (one pattern per form, as
# for _ARTICLE).
_PRODUCT = tuple(
    regex.compile(pattern, regex.I)
    for pattern in (
        r'"@type"\s*:\s*\[?\s*"Product"',
        r"""itemtype\s*=\s*["']https?://schema\.org/Product["']""",
        r"""<meta\b[^>]{0,200}?property\s*=\s*["']og:type["'][^>]{0,100}?content\s*=\s*["']product""",
    )
)


def declares_product(markup: str) -> bool:
    """Whether the page declares itself a product (schema.org ``Product`` in JSON-LD or
    microdata, or ``og:type`` "product"). A product's description is often a few dozen words:
    short is not a sign that trafilatura missed it. On the bench 44 of 53 WCXB product pages
    declare one, against 17 of 868 pages of other types (collections and listings of products,
    services, one article)."""
    return "roduct" in markup and any(pattern.search(markup) is not None for pattern in _PRODUCT)


def declares_discussion(markup: str) -> bool:
    """Whether the page declares itself a discussion (schema.org ``DiscussionForumPosting`` or
    ``QAPage``, in JSON-LD or microdata). On such a page what trafilatura sets apart as comments
    is the thread: the replies, the answers. On the bench, 42 of 83 WCXB forum pages declare
    one of these, and no page of any other type (articles, products, services...) does."""
    if not any(word in markup for word in _DISCUSSION_WORDS):  # cheap test before the regex
        return False
    return _DISCUSSION.search(markup) is not None


def with_replies(found: Extracted) -> Extracted:
    """``found`` with its comments moved into the body: text, tree and all (a discussion's
    replies are its content, not readers' comments)."""
    if not found.comments.strip():
        return found
    body = found.body
    if body is not None and found.comments_body is not None:
        from copy import deepcopy

        body = deepcopy(body)
        body.extend(deepcopy(list(found.comments_body)))
    return Extracted(f"{found.text}\n{found.comments}".strip(), found.metadata, body)


def _plain_text(body: Any) -> str:
    """trafilatura's text of ``body`` as it is without links and images (its renderer writes a
    kept link as ``[text](url)`` even in plain text): ``text`` must not change with the
    Markdown options."""
    from copy import deepcopy

    import lxml.etree
    from trafilatura.xml import xmltotxt

    if body is None:
        return ""
    plain = deepcopy(body)
    lxml.etree.strip_tags(plain, "ref")
    lxml.etree.strip_elements(plain, "graphic", with_tail=False)
    return str(xmltotxt(plain, False))


_HEAD_WINDOW = 200_000
# Two patterns, each with a literal first, not one alternation: 5x faster over a page.
_DECLARED_TITLE = (
    regex.compile(
        r"""<meta\b[^>]{0,300}?(?:property|name)\s*=\s*["']?(?:og:title|twitter:title|dc\.?title)\b""",
        regex.I,
    ),
    regex.compile(r'"headline"\s*:', regex.I),
)
_TITLE_TAG = regex.compile(r"<title\b[^>]*>(.*?)</title\s*>", regex.I | regex.S)
# " | Site", " - Site", " » Site"...: a hierarchy separator with a space either side.
_SEPARATOR = regex.compile(r"\s[|\-\\/>»]\s")
_MIN_TITLE_WORDS = 3
_SHORT_TITLE_WORDS = 4


def trafilatura_metadata(result: Any, markup: str, declared: Declared | None = None) -> Metadata:
    """Metadata from trafilatura's reading (JSON-LD, meta tags, htmldate:
    :func:`newsclean.html.trafilatura_fields.reported_fields`), with provenance; ``declared``
    is :func:`newsclean.html.declared.declared_dates` of ``markup`` when the caller has it."""
    title, title_origin = _clean(result.title), "html:trafilatura"
    tag_title = _title_tag(markup)
    if tag_title is not None and not any(pattern.search(markup) for pattern in _DECLARED_TITLE):
        title, title_origin = tag_title, "html:title"
    title, title_origin = headline(
        markup, title, title_origin, site_names=_site_names(result), url=_clean(result.url)
    )
    author, author_origin = _author(result.author, markup, _site_names(result), _clean(result.url))
    meta = Metadata(
        title=title,
        published=_clean(result.date),
        author=author,
        publisher=_clean(result.sitename),
        language=_clean(result.language),
        url=_clean(result.url),
    )
    origins = {"title": title_origin, "published": "html:htmldate", "author": author_origin}
    for name in ("title", "published", "author", "publisher", "language", "url"):
        if getattr(meta, name) is not None:
            meta.provenance[name] = origins.get(name, "html:trafilatura")
    return with_declared_dates(meta, markup, declared)


def title_tag_metadata(markup: str) -> Metadata:
    """Only the ``<title>`` and the dates the page declares: what is left when trafilatura
    returned nothing at all."""
    title = _title_tag(markup)
    meta = Metadata(title=title, provenance={"title": "html:title"} if title else {})
    return with_declared_dates(meta, markup)


def with_declared_dates(meta: Metadata, markup: str, declared: Declared | None = None) -> Metadata:
    """``meta`` with the dates the page declares (rule ``date.declared``, provenance
    ``html:declared``): a declared publication date (schema.org ``datePublished``, Open Graph
    ``article:published_time``...) is ``published``, whatever htmldate found (it returns a
    URL's date, a "modified" tag or a date from the text before JSON-LD: docs/html.md has the
    figures), with the time and offset the declaration gives; a declared modification date on
    another day fills an empty ``updated``. ``declared`` is what the markup declares, when the
    caller read it already."""
    declared = declared_dates(markup) if declared is None else declared
    values: dict[str, str] = {}
    if declared.published is not None:
        values["published"] = declared.published
    published = values.get("published", meta.published)
    if (
        declared.modified is not None
        and meta.updated is None
        and (published is None or published[:10] != declared.modified[:10])
    ):
        values["updated"] = declared.modified
    if not values:
        return meta
    provenance = dict(meta.provenance)
    provenance.update(dict.fromkeys(values, DECLARED))
    return dataclasses.replace(meta, provenance=provenance, **values)  # type: ignore[arg-type]


def _title_tag(markup: str) -> str | None:
    """The ``<title>`` text without a trailing " | Site" segment (kept when too short without)."""
    match = _TITLE_TAG.search(markup, 0, _HEAD_WINDOW)
    if match is None:
        return None
    full = _clean(html.unescape(match.group(1)))
    if full is None:
        return None
    separators = list(_SEPARATOR.finditer(full))
    if not separators:
        return full
    trimmed = full[: separators[-1].start()].strip()
    if len(trimmed.split()) < _MIN_TITLE_WORDS:
        trimmed = full[separators[0].end() :].strip()
    return full if len(trimmed.split()) <= _SHORT_TITLE_WORDS else trimmed


def _site_names(result: Any) -> tuple[str, ...]:
    """The names the page gives its site (``og:site_name`` and the like, as trafilatura reads them)."""
    name = _clean(result.sitename)
    return (name,) if name else ()


def _clean(value: object) -> str | None:
    """Whitespace collapsed, or None for missing and blank values."""
    if not isinstance(value, str):
        return None
    return " ".join(value.split()) or None


# trafilatura glues the date after a byline onto the name: "By Joshua Sokol May 17, 2021" comes
# back as "Joshua Sokol May", "Supermove February 8", "ServiceTitan November"; a part may be the
# month alone ("Silverback Strategies; October").
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_TRAILING_MONTH = regex.compile(rf"\s+{_MONTH}(?:\s+\d{{1,2}})?\s*$")
_MARKUP_TAG = regex.compile(r"<[^>]*>")
_ONLY_MONTH = regex.compile(rf"{_MONTH}(?:\s+\d{{1,2}})?")


def without_month(part: str, markup: str) -> str | None:
    """Rule ``author.month``: ``part`` without a month name (and day) trafilatura glued on from
    the date printed after the byline; None when the part is only that. The page's text
    decides: the name followed by that month and a day's number is a byline and its date
    ("ServiceTitan • November 5, 2024"); followed by the month alone, a name ("Jennifer May");
    printed nowhere, a month after two words or more is a date's ("Joshua Sokol May"), after
    one word a name's."""
    if _ONLY_MONTH.fullmatch(part.strip()):
        return None
    m = _TRAILING_MONTH.search(part)
    if m is None or m.start() == 0:
        return part
    name = part[: m.start()]
    month = m.group().split()[0]
    text = _MARKUP_TAG.sub(" ", markup)
    printed = regex.search(rf"(?<!\w){_name_words(name)}[\s\W]{{1,40}}{month}(?!\w)(\W{{0,3}}\d)?", text)
    if printed is not None:
        return name if printed.group(1) else part
    return name if len(name.split()) >= 2 else part


def _name_words(name: str) -> str:
    """A pattern for ``name`` with any spacing between its words."""
    return r"\s+".join(regex.escape(word) for word in name.split())


def _author(
    value: object, markup: str, site_names: tuple[str, ...] = (), url: str | None = None
) -> tuple[str | None, str]:
    """trafilatura's "A; B" author list, each name as the page spells it, without repeats, and
    each part as a byline reads it (:func:`author_part`: "This post was written by X" -> "X";
    "Sun Dec", a date's words, dropped; :func:`without_month`); beside a person, a part that is
    the site's name (its declared name, or its host's name: "Fastarz; Ahmet Serhan" on
    fastarz.com; not "Jeff T" on jefftk.com) goes (rule ``author.site``); the
    names as one printed run when the page prints them so
    (:func:`newsclean.html.byline.as_printed`, provenance ``html:printed``)."""
    unique: dict[str, str] = {}
    for part in value.split(";") if isinstance(value, str) else ():
        name = _clean(part)
        if name is not None:
            name = without_month(name, markup)
        if name is not None:
            name = author_part(name)
        if name is not None:
            name = without_tail(name)
        if name is not None:
            unique.setdefault(name.casefold(), _as_spelled(name, markup))
    site = {squeeze(name) for name in site_names} | set(host_labels(url))
    people = [name for name in unique.values() if squeeze(name) not in site]
    names = people if people else list(unique.values())
    printed = as_printed(names, markup)
    if printed is not None:
        return printed, "html:printed"
    return "; ".join(names) or None, "html:trafilatura"


def _as_spelled(name: str, markup: str) -> str:
    """``name`` as the page spells it: trafilatura drops initials' periods ("John C Welch" ->
    "John C. Welch", "Dr Allen" -> "Dr. Allen") and rewrites user names ("q_admin" -> "Q Admin",
    "hayley.p" -> "Hayley P"). :func:`newsclean.html.byline.page_spelling` finds the page's."""
    return page_spelling(name, markup) or name


# Elements that start a new line in the visible text.
_BLOCK_TAGS = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 "  # noqa: SIM905
    "header hr li main nav ol p pre section table td th tr ul".split()
)


def visible_text(markup: str, tree: Any | None = None) -> str:
    """The page's visible text, one line per block element (for the fallback path and the
    visible head, :mod:`newsclean.html.visible`).

    The text of ``<script>``, ``<style>``, ``<noscript>`` and ``<template>`` is left out; HTML
    comments and processing instructions go, the text after them stays (React separates text
    nodes with ``<!-- -->``: "Updated: <!-- -->18 Nov 2019" is one line with its date). Most of the work is
    libxml2's, not Python's: each block element gets a line break before its text and after its
    end, and the tree is serialised as text once. Same text as walking every element in Python,
    in about 0.4 ms a ScrapingHub page (2.3 for the walk), plus the parse.

    ``tree`` is the page already parsed (:func:`newsclean.html.tree.trafilatura_tree`, read
    after trafilatura extracted from it: this reading changes it), given only when it holds the
    page's text (``Parsed.same_text``); without one the page is parsed here
    (:func:`newsclean.html.tree.page_tree`: about 1.0 ms a ScrapingHub page, 1.5 a Readability
    one).
    """
    root = page_tree(markup) if tree is None else tree
    if root is None:
        return ""
    _strip_hidden(root)
    try:
        for element in root.iter(*_BLOCK_TAGS):
            text, tail = element.text, element.tail
            element.text = "\n" + text if text else "\n"
            element.tail = "\n" + tail if tail else "\n"
        text = _serialised_text(root)
    except ValueError:
        # lxml takes no text with a control character back (the parser keeps them), and it
        # drops the old text before it finds out: such a page is read again and walked.
        root = page_tree(markup)
        _strip_hidden(root)
        text = _walked_text(root)
    return "\n".join([" ".join(line.split()) for line in text.split("\n") if line and not line.isspace()])


def _strip_hidden(root: Any) -> None:
    """Scripts, styles, ``<noscript>`` and ``<template>`` out; comments and processing
    instructions out, the text that follows them kept (as :func:`visible_text` says)."""
    import lxml.etree

    lxml.etree.strip_elements(root, "script", "style", "noscript", "template", with_tail=False)
    lxml.etree.strip_elements(root, lxml.etree.Comment, lxml.etree.ProcessingInstruction, with_tail=False)


def _serialised_text(root: Any) -> str:
    """All the text under ``root``, serialised by libxml2."""
    import lxml.etree

    return str(lxml.etree.tostring(root, method="text", encoding="unicode"))


def _walked_text(root: Any) -> str:
    """The text of ``root``'s elements, element by element, a line break at each block
    element's start and end (what :func:`visible_text` gets from libxml2 on other pages)."""
    import lxml.etree

    parts: list[str] = []
    for event, element in lxml.etree.iterwalk(root, events=("start", "end")):
        if element.tag in _BLOCK_TAGS:
            parts.append("\n")
        if event == "start" and element.text:
            parts.append(element.text)
        elif event == "end" and element.tail:
            parts.append(element.tail)
    return "".join(parts)


@contextmanager
def _quiet() -> Iterator[None]:
    """Silence trafilatura's per-page log chatter; newsclean reports through warnings."""
    loggers = [logging.getLogger(name) for name in _TRAFILATURA_LOGGERS]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)
