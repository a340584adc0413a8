"""HTML mode: trafilatura finds the article and its metadata, newsclean's phrase rules clean it.

trafilatura does the DOM work (main text as lines, JSON-LD/meta-tag metadata). Its output is
already mostly article, so the text-mode pass runs only the rules of the ``html`` preset
(``HTML_PRESET``; the structural rules built for whole-page dumps do not declare it): phrase
and section rules remove what trafilatura let through, each removal explained. When
trafilatura returns too little, the page's visible text goes through full text mode instead,
with a warning. docs/html.md has the measurements behind each choice.
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING, Any

import regex

from newsclean.analysis.page import Page
from newsclean.analysis.structure import analyse
from newsclean.budget import check
from newsclean.comments import group_comments
from newsclean.engine.labelling import Labelled, label_page
from newsclean.engine.pseudo import HTML_CODE, TITLE_HTML
from newsclean.engine.ruler import Ruler
from newsclean.html.account import with_page_account
from newsclean.html.attributes import few_attributes
from newsclean.html.extract import (
    Extracted,
    declares_article,
    declares_discussion,
    declares_product,
    extract,
    title_tag_metadata,
    visible_text,
    with_replies,
)
from newsclean.html.markdown import render_later
from newsclean.html.tree import trafilatura_tree
from newsclean.html.visible import page_metadata
from newsclean.labels import Label
from newsclean.metadata.assemble import assemble
from newsclean.metadata.merge import site_publisher
from newsclean.metadata.relative import Reference
from newsclean.model import Deferred, Metadata
from newsclean.text.decode import as_text
from newsclean.text.features import line_features
from newsclean.text.fix import fix_text
from newsclean.text.lines import split_lines

if TYPE_CHECKING:
    from newsclean.model import Document
    from newsclean.pipeline import Cleaner

#: The preset of the rules that run on trafilatura's output; the rules built for whole-page
#: dumps (structure, titles, feeds) do not declare it: there they cost body text (docs/html.md).
HTML_PRESET = "html"
#: The preset of the rules that run on every HTML page, whatever it declares (a product, a
#: listing, documentation): what is page furniture on any page (a copyright notice, an ad
#: label, the headline printed again), not what only an article's shape tells apart (a byline,
#: a related section; docs/html.md has the measurements).
PAGE_PRESET = "html-any"
#: Markup beyond this many characters is cut before parsing: bounds trafilatura's run time.
MAX_MARKUP_CHARS = 2_000_000
# Fall back to the visible text when trafilatura keeps under _MIN_WORDS words and under
# _MIN_SHARE of the page's visible words, unless the page declares a product (its description
# is short by nature; around it the visible text is the shop's menus: WCXB product 0599 went
# from F1 0.99 to 0.72 through the fallback).
_MIN_SHARE = 0.15
_MIN_WORDS = 100
_WORD = regex.compile(r"\w+")
_NUL = regex.compile("\x00+")
#: Rule name recorded for the extracted text's line that repeats the page title.
TITLE_RULE = TITLE_HTML.name
_TITLE_SEARCH_LINES = 5
_HTML_RULERS: weakref.WeakKeyDictionary[Ruler, dict[str, Ruler]] = weakref.WeakKeyDictionary()


def clean_html(
    cleaner: Cleaner,
    data: str | bytes,
    *,
    url: str | None,
    language: str | None,
    encoding: str | None,
    deadline: float | None,
    content_type: str | None = None,
    warnings: list[str] | None = None,
    reference_date: Reference | None = None,
) -> Document:
    """Extract the article from HTML with trafilatura, then run newsclean's rules on it."""
    warnings = [] if warnings is None else warnings
    markup = _markup(data, encoding, warnings, content_type)
    check("before the HTML extraction")
    parsed = trafilatura_tree(markup) if markup.strip() else None  # one parse for both readings
    extracted = extract(
        markup,
        url,
        cleaner.config.favor,
        links=cleaner.config.include_links,
        images=cleaner.config.include_images,
        tree=None if parsed is None else parsed.tree,
    )
    found = _words(extracted.text) if extracted else 0
    check("after the HTML extraction")
    short = found < _MIN_WORDS and not (found and declares_product(markup))
    # after trafilatura: this reading changes the tree
    visible = visible_text(markup, parsed.tree if parsed is not None and parsed.same_text else None)
    check("after reading the visible text")
    base = extracted.metadata if extracted else title_tag_metadata(markup)
    if short and found < _MIN_SHARE * _words(visible):
        warnings.append("trafilatura found too little article text; cleaned the page's visible text instead")
        return cleaner.clean_text(
            visible,
            url=url,
            language=language,
            warnings=warnings,
            deadline=deadline,
            source_mode="html-fallback",
            base_metadata=site_publisher(base, visible.splitlines(), url),
            reference_date=reference_date,
        )
    body = extracted.text if extracted else ""
    article = declares_article(markup)
    if extracted is not None and (not article or declares_discussion(markup)):
        extracted = with_replies(extracted)
        article = article or declares_discussion(markup)
    page = _extracted_page(cleaner, extracted, base, url, language, warnings)
    base = page_metadata(
        cleaner,
        markup,
        base,
        url=url,
        deadline=deadline,
        reference_date=reference_date,
        body=body,
        visible=visible,
        language=page.language,
    )
    doc = _clean_extracted(
        cleaner,
        extracted,
        page,
        base,
        url,
        warnings,
        deadline,
        reference_date,
        rules=article,
        markup=markup,
    )
    return with_page_account(doc, markup) if cleaner.config.page_account else doc


def _markup(data: str | bytes, encoding: str | None, warnings: list[str], content_type: str | None) -> str:
    """Decoded markup without NUL bytes (lxml refuses them), cut to ``MAX_MARKUP_CHARS``, no tag
    with more than a thousand attributes (:mod:`newsclean.html.attributes`)."""
    markup = as_text(data, encoding=encoding, warnings=warnings, content_type=content_type)
    if "\x00" in markup:
        markup = _NUL.sub("", markup)
        warnings.append("removed NUL bytes from the markup")
    if len(markup) > MAX_MARKUP_CHARS:
        markup = _without_bulky(markup)
        warnings.append("removed scripts, styles and SVG drawings from an oversized page before parsing")
    if len(markup) > MAX_MARKUP_CHARS:
        markup = markup[:MAX_MARKUP_CHARS]
        warnings.append(f"markup cut to its first {MAX_MARKUP_CHARS:,} characters before parsing")
    return few_attributes(markup, warnings)


def _without_bulky(markup: str) -> str:
    """``markup`` minus ``<script>`` (JSON-LD kept), ``<style>`` and ``<svg>`` elements, in linear
    time: none of them is text trafilatura keeps (it drops ``<svg>`` whole), and inline drawings
    can be most of a page (WCXB's SQLite ``SELECT`` page: 1.95 of its 2.03 million characters are
    syntax diagrams, and cutting the markup at 2 million lost the second half of the article).

    ``str.find`` instead of a regex, each tag's next position remembered: an unclosed
    ``<script`` must not make every later search scan to the end of a 10 MB page.
    """
    lowered = markup.lower()
    kept: list[str] = []
    pos = 0
    following = {tag: lowered.find(f"<{tag}") for tag in ("script", "style", "svg")}
    while True:
        for tag, at in following.items():
            if 0 <= at < pos:
                following[tag] = lowered.find(f"<{tag}", pos)
        found = [(at, tag) for tag, at in following.items() if at >= 0]
        if not found:
            break
        start, tag = min(found)
        close = lowered.find(f"</{tag}", start)
        if close < 0:
            break
        end = lowered.find(">", close) + 1 or len(markup)
        kept.append(markup[pos:start])
        if "ld+json" in lowered[start : lowered.find(">", start) + 1]:
            kept.append(markup[start:end])
        pos = end
    kept.append(markup[pos:])
    return "".join(kept)


def _words(text: str) -> int:
    """Word count, the unit of the fallback thresholds."""
    return len(_WORD.findall(text))


def _extracted_page(
    cleaner: Cleaner,
    extracted: Extracted | None,
    base: Metadata,
    url: str | None,
    language: str | None,
    warnings: list[str],
) -> Page:
    """trafilatura's text repaired and measured: its lines, features and language (the
    language is the page's: the visible head is read in it too, :func:`page_metadata`)."""
    fixed = fix_text(extracted.text if extracted else "")
    warnings.extend(fixed.steps)
    check("after repairing the extracted text")
    _ruler, phrases = cleaner.for_site(url)
    page = Page.from_text(fixed.text, language, phrases=phrases, fallback_language=base.language)
    check("after measuring the lines")
    return page


def _clean_extracted(
    cleaner: Cleaner,
    extracted: Extracted | None,
    page: Page,
    base: Metadata,
    url: str | None,
    warnings: list[str],
    deadline: float | None,
    reference_date: Reference | None = None,
    *,
    rules: bool = True,
    markup: str = "",
) -> Document:
    """Text mode over trafilatura's lines with the HTML ruler (structural rules off); Markdown
    and tables from trafilatura's tree less the removed lines (made on their first read:
    :func:`newsclean.html.markdown.render_later`), comments from its comment tree.
    ``rules=False`` (a page that declares neither an article nor a discussion) runs only the
    rules of ``PAGE_PRESET``. ``markup`` is the page: a flat tree's Markdown gets the page's
    headings and lists back from it."""
    site_ruler, _phrases = cleaner.for_site(url)
    structure = analyse(page)
    check("after analysing the page's structure")
    active = html_ruler(site_ruler, HTML_PRESET if rules else PAGE_PRESET).active()
    labelled = label_page(page, structure, active, deadline=deadline)
    if rules:
        _mark_title(page, labelled, base.title)
    if extracted is not None and extracted.body is not None:
        _keep_code(page, labelled, extracted.body)
    rendered: Deferred | None = None
    if extracted is not None and extracted.body is not None:
        kept = [
            (f.text, label is Label.BODY) for f, label in zip(page.features, labelled.labels, strict=True)
        ]
        rendered = render_later(extracted.body, kept, markup)  # made on first read
    comment_lines = split_lines(fix_text(extracted.comments).text)[0] if extracted else []
    return assemble(
        page,
        structure,
        labelled,
        url=url,
        warnings=warnings,
        source_mode="html",
        base_metadata=base,
        markdown="" if rendered is None else rendered,
        tables=() if rendered is None else rendered,
        comments=group_comments(line_features(comment_lines, page.stopwords)),
        reference_date=reference_date,
        active_rules=frozenset(r.name for r in active),
    )


def _mark_title(page: Page, labelled: Labelled, title: str | None) -> None:
    """Label the headline trafilatura repeats at the top of its text (``title.html``)."""
    if title is None:
        return
    wanted = _WORD.findall(title.casefold())
    for i, f in enumerate(page.features[:_TITLE_SEARCH_LINES]):
        if not f.blank and _WORD.findall(f.text.casefold()) == wanted:
            labelled.labels[i], labelled.rules[i] = Label.TITLE, TITLE_RULE
            labelled.reasons[i], labelled.gives[i] = TITLE_HTML.reason, None
            return


def _keep_code(page: Page, labelled: Labelled, body: Any) -> None:
    """Give back to the body the lines a rule removed that are lines of a code element in
    trafilatura's tree (``html.code``): code is quoted verbatim."""
    removed = [
        i for i, label in enumerate(labelled.labels) if label not in (Label.BODY, Label.BLANK, Label.TITLE)
    ]
    if not removed:
        return
    code = {line.strip() for element in body.iter("code") for line in "".join(element.itertext()).split("\n")}
    for i in removed:
        if page.features[i].text.strip() in code:
            labelled.labels[i], labelled.rules[i] = Label.BODY, HTML_CODE.name
            labelled.reasons[i], labelled.gives[i] = HTML_CODE.reason, None


def html_ruler(ruler: Ruler, preset: str = HTML_PRESET) -> Ruler:
    """``ruler`` within ``preset`` (its enabled rules that declare it), built once per ruler
    and preset and cached."""
    per_preset = _HTML_RULERS.setdefault(ruler, {})
    cached = per_preset.get(preset)
    if cached is None:
        cached = per_preset[preset] = ruler.copy().within_preset(preset)
    return cached
