"""Stage 6: labelled lines -> Document: clean text, articles with their metadata, the line account."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from newsclean.analysis.page import Page
from newsclean.analysis.structure import Structure
from newsclean.comments import text_comments
from newsclean.engine.labelling import Labelled
from newsclean.labels import Label
from newsclean.markdown import text_markdown
from newsclean.metadata.fields import page_metadata
from newsclean.metadata.head_lines import label_head_lines
from newsclean.metadata.relative import Reference
from newsclean.metadata.site import host_name, title_site_part
from newsclean.model import (
    METADATA_FIELDS,
    Article,
    Comment,
    Deferred,
    Document,
    LineSource,
    Metadata,
    Table,
)


def assemble(
    page: Page,
    structure: Structure,
    labelled: Labelled,
    *,
    url: str | None,
    warnings: Sequence[str],
    source_mode: str = "text",
    base_metadata: Metadata | None = None,
    markdown: str | Deferred | None = None,
    tables: tuple[Table, ...] | Deferred = (),
    comments: tuple[Comment, ...] | None = None,
    reference_date: Reference | None = None,
    active_rules: frozenset[str],
) -> Document:
    """Build the Document: one article per feed article (the whole page otherwise).

    Lines above a feed's first header (the lead-in) make an article of their own when any of
    them is body, so that every body line reaches ``Document.text`` (with ``preset="none"``
    every line is body). ``markdown`` and ``comments`` come from the markup in HTML mode
    (``markdown`` and ``tables`` may be made on first read: :class:`newsclean.model.Deferred`);
    without them both are read off the labelled lines (newsclean.markdown, newsclean.comments).
    ``active_rules`` (names) say which lines the article head may relabel
    (:func:`newsclean.metadata.head_lines.label_head_lines`).
    """
    labels = labelled.labels
    heads = set(structure.feed_headers)
    spans = [seg for seg in structure.segments if seg[0] in heads or _has_body(labels, seg)] or [
        (0, max(len(page) - 1, 0))
    ]
    articles: list[Article] = []
    notes = list(warnings)
    feats = page.features
    body_label = Label.BODY  # read once: an enum member lookup per line costs as much as the test
    for first, last in spans:
        meta, head = page_metadata(
            page,
            structure,
            labelled,
            first,
            last,
            language=page.language,
            url=url,
            notes=notes,
            reference_date=reference_date,
        )
        label_head_lines(page, labelled, head, meta, first, active_rules)
        body = [feats[i].text for i in range(first, last + 1) if labels[i] is body_label]
        if base_metadata is not None:
            meta = _prefer(base_metadata, meta)
        else:
            meta = text_publisher(meta, page, first, url)
        articles.append(Article("\n".join(body), meta, (first + 1, last + 1)))
    text = "\n\n".join(a.text for a in articles if a.text)
    metadata = articles[0].metadata if articles else Metadata(language=page.language, url=url)
    if base_metadata is None and len(articles) > 1:
        metadata = main_article_date(metadata, articles)
    return Document(
        text=text,
        metadata=metadata,
        articles=tuple(articles),
        lines=LineSource(page.lines, page.starts, labels, labelled.rules, labelled.reasons),
        warnings=tuple(notes),
        fixed_text=page.text,
        source_mode=source_mode,
        markdown=text_markdown(feats, labels) if markdown is None else markdown,
        tables=tables,
        comments=text_comments(feats, labels, labelled.rules) if comments is None else comments,
    )


#: Provenance prefix of a date taken from the page's main article (rule ``date.main_article``).
MAIN_ARTICLE = "text:main_article/"


def main_article_date(metadata: Metadata, articles: Sequence[Article]) -> Metadata:
    """Rule ``date.main_article``: a page read as a feed whose first part dates nothing (a
    lead-in above the first dated header: the site's menus and a teaser) is dated by its main
    article, the one with the most body text: a single story whose related links made the page
    look like a feed prints its date in that story's header ("March 2, 2026" / headline / body)."""
    if metadata.published is not None or metadata.updated is not None:
        return metadata
    main = max(articles, key=lambda a: len(a.text))
    found = main.metadata
    if found.published is None and found.updated is None:
        return metadata
    provenance = dict(metadata.provenance)
    for name in ("published", "updated"):
        if name in found.provenance:
            provenance[name] = MAIN_ARTICLE + found.provenance[name].removeprefix("text:")
    return dataclasses.replace(
        metadata, published=found.published, updated=found.updated, provenance=provenance
    )


def text_publisher(meta: Metadata, page: Page, first: int, url: str | None) -> Metadata:
    """Text mode's ``publisher``, the site's name: rule ``publisher.title``, the name the page's
    title line puts beside the story ("Story | The Independent": ``text:title_site``), beats the
    copyright line's holder (often a parent company: "The Atlantic Monthly Group" on CityLab);
    without either, rule ``publisher.host``: the URL's host (``url:host``)."""
    site = None
    if first == 0 and meta.title and page.nonblank_lines:
        site = title_site_part(page.features[page.nonblank_lines[0]].text, meta.title)
    if site is not None:
        return _with(meta, "publisher", site, "text:title_site")
    if meta.publisher is None and (host := host_name(url)) is not None:
        return _with(meta, "publisher", host, "url:host")
    return meta


def _with(meta: Metadata, name: str, value: str, origin: str) -> Metadata:
    provenance = dict(meta.provenance)
    provenance[name] = origin
    return dataclasses.replace(meta, provenance=provenance, **{name: value})  # type: ignore[arg-type]


def _has_body(labels: Sequence[Label], span: tuple[int, int]) -> bool:
    body_label = Label.BODY
    return any(labels[i] is body_label for i in range(span[0], span[1] + 1))


def _prefer(primary: Metadata, fallback: Metadata) -> Metadata:
    """Field by field, ``primary`` where it has a value, else ``fallback`` (provenance follows)."""
    values: dict[str, object] = {}
    provenance = dict(fallback.provenance)
    for name in METADATA_FIELDS:
        mine = getattr(primary, name)
        if mine is not None:
            values[name] = mine
            provenance[name] = primary.provenance.get(name, "html")
        else:
            values[name] = getattr(fallback, name)
    if primary.author is not None and primary.authors is None:
        # ``authors`` goes with the ``author`` it splits: the page's declared "A; B" list here.
        values["authors"] = tuple(name for part in primary.author.split(";") if (name := part.strip()))
    provenance.pop("authors", None)
    return Metadata(provenance=provenance, **values)  # type: ignore[arg-type]
