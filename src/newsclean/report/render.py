"""Document -> the values the report template shows -> one HTML page (see the package docstring)."""

from __future__ import annotations

import base64
import hashlib
import tomllib
from dataclasses import dataclass, fields
from functools import cache
from importlib import metadata, resources
from typing import TYPE_CHECKING, Any

import jinja2

from newsclean.labels import Label

if TYPE_CHECKING:  # the report renders the model it is handed; at run time model imports report
    from newsclean.model import Article, Document, Line, Metadata

_PACKAGE = "newsclean.report"


@dataclass(frozen=True, slots=True)
class _Section:
    """A run of lines shown together: one feed article (with its heading and metadata), or the
    whole page when it holds one article, or lines that belong to no article."""

    heading: str | None
    metadata: list[dict[str, Any]] | None
    lines: list[dict[str, Any]]


def render_html(doc: Document, *, name: str | None = None) -> str:
    """The report of ``doc`` as one HTML page; ``name`` (say, the file name) heads it, else the
    page's title does."""
    lines = doc.lines
    counts = dict.fromkeys(Label, 0)
    for line in lines:
        counts[line.label] += 1
    kept = sum(1 for line in lines if line.kept)
    blank = counts[Label.BLANK]
    descriptions = _descriptions()
    css, js = _asset("report.css"), _asset("report.js")
    template = _environment().get_template("report.html.j2")
    return template.render(
        heading=name or doc.title or "untitled page",
        version=_version(),
        source_mode=doc.source_mode,
        language=doc.language or "",
        total=len(lines),
        kept=kept,
        blank=blank,
        removed=len(lines) - kept - blank,
        legend=[
            {"label": label.value, "description": descriptions[label.value], "count": counts[label]}
            for label in Label
            if counts[label]
        ],
        absent=[label.value for label in Label if not counts[label]],
        metadata=_metadata_rows(doc.metadata),
        warnings=list(doc.warnings),
        article_count=len(doc.articles),
        sections=_sections(doc.articles, lines),
        css=css,
        js=js,
        css_hash=_csp_hash(css),
        js_hash=_csp_hash(js),
    )


def _sections(articles: tuple[Article, ...], lines: tuple[Line, ...]) -> list[_Section]:
    """Lines grouped for display: a feed's articles one under another, each headed by its title
    and metadata; lines outside every article (a feed's page header) in sections of their own."""
    if len(articles) <= 1:
        return [_Section(None, None, [_line_view(line) for line in lines])]
    sections: list[_Section] = []
    n = 1
    for index, article in enumerate(articles, 1):
        first, last = article.lines
        if first > n:
            sections.append(_outside(lines[n - 1 : first - 1]))
        title = article.metadata.title or "untitled"
        sections.append(
            _Section(
                f"Article {index} of {len(articles)}: {title}",
                _metadata_rows(article.metadata),
                [_line_view(line) for line in lines[first - 1 : last]],
            )
        )
        n = last + 1
    if n <= len(lines):
        sections.append(_outside(lines[n - 1 :]))
    return sections


def _outside(lines: tuple[Line, ...]) -> _Section:
    return _Section("Outside any article", None, [_line_view(line) for line in lines])


def _line_view(line: Line) -> dict[str, Any]:
    return {
        "n": line.n,
        "label": line.label.value,
        "kept": line.kept,
        "rule": line.rule,
        "reason": line.reason,
        "text": line.text,
    }


def _metadata_rows(meta: Metadata) -> list[dict[str, Any]]:
    """One row per metadata field, in the output order (``provenance`` is a column, not a row)."""
    names = [f.name for f in fields(meta) if f.name != "provenance"]
    return [{"field": name, **_shown(meta, name)} for name in names]


def _shown(meta: Metadata, name: str) -> dict[str, Any]:
    """A field's value as the report prints it (a list of names joined by "; ") and its source;
    ``authors`` is ``author`` split into names, so it comes from where ``author`` came from."""
    value = getattr(meta, name)
    source = meta.provenance.get(name) or (meta.provenance.get("author") if name == "authors" else None)
    return {"value": "; ".join(value) if isinstance(value, tuple) else value, "provenance": source}


def _csp_hash(source: str) -> str:
    """The Content-Security-Policy source expression that allows exactly this inline block."""
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")


@cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader(_PACKAGE, "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )


@cache
def _asset(name: str) -> str:
    return resources.files(_PACKAGE).joinpath("templates", name).read_text(encoding="utf-8")


@cache
def _descriptions() -> dict[str, str]:
    data = tomllib.loads(resources.files(_PACKAGE).joinpath("labels.toml").read_text(encoding="utf-8"))
    labels: dict[str, str] = data["labels"]
    return labels


def _version() -> str:
    """newsclean's version for the page's generator tag (a report attached to a bug says what made it)."""
    try:
        return metadata.version("newsclean")
    except metadata.PackageNotFoundError:  # run from a source tree that is not installed
        return "(not installed)"
