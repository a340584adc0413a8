"""The output nouns: a labelled line, an article, a document. Frozen; ``to_dict`` is the JSON contract."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from newsclean.labels import KEPT_LABELS, Label


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the decoded, fixed input with the label a rule gave it.

    ``n`` is 1-based; ``start``/``end`` are character offsets into ``Document.fixed_text``
    (the line without its newline), so ``fixed_text[start:end] == text``.
    """

    n: int
    start: int
    end: int
    label: Label
    rule: str
    text: str

    @property
    def kept(self) -> bool:
        """True when the line belongs to the clean body."""
        return self.label in KEPT_LABELS

    def to_dict(self) -> dict[str, Any]:
        """The line's JSON mirror."""
        return {
            "n": self.n,
            "start": self.start,
            "end": self.end,
            "label": self.label.value,
            "rule": self.rule,
            "text": self.text,
        }


@dataclass(frozen=True, slots=True)
class Metadata:
    """What a page says about itself. ``provenance`` maps a field name to where it came from."""

    title: str | None = None
    published: str | None = None
    updated: str | None = None
    author: str | None = None
    source: str | None = None
    publisher: str | None = None
    language: str | None = None
    views: int | None = None
    url: str | None = None
    provenance: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Metadata fields as JSON (provenance included)."""
        return {
            "title": self.title,
            "published": self.published,
            "updated": self.updated,
            "author": self.author,
            "source": self.source,
            "publisher": self.publisher,
            "language": self.language,
            "views": self.views,
            "url": self.url,
            "provenance": dict(self.provenance),
        }


@dataclass(frozen=True, slots=True)
class Article:
    """One article of a page (a feed dump holds several). ``lines`` is the 1-based inclusive range."""

    text: str
    metadata: Metadata
    lines: tuple[int, int]

    def to_dict(self) -> dict[str, Any]:
        """The article's JSON mirror: metadata fields flattened beside text and line range."""
        out = self.metadata.to_dict()
        out["text"] = self.text
        out["lines"] = [self.lines[0], self.lines[1]]
        return out


@dataclass(frozen=True, slots=True)
class Document:
    """The result of cleaning one input.

    ``text`` is the clean body (for a feed: the articles' bodies separated by a blank line),
    ``lines`` holds every input line exactly once with its label and the deciding rule, and
    ``warnings`` says what was repaired or guessed on the way (decoding, mojibake, fallbacks).
    """

    text: str
    metadata: Metadata
    articles: tuple[Article, ...]
    lines: tuple[Line, ...]
    warnings: tuple[str, ...] = ()
    fixed_text: str = field(default="", repr=False)
    source_mode: str = "text"

    # Metadata shortcuts: the fields people reach for first.
    @property
    def title(self) -> str | None:
        """The (first) article's title."""
        return self.metadata.title

    @property
    def published(self) -> str | None:
        """Publication date, ISO 8601."""
        return self.metadata.published

    @property
    def language(self) -> str | None:
        """ISO 639-1 code of the page's language."""
        return self.metadata.language

    @property
    def removed(self) -> tuple[Line, ...]:
        """Every line that is not in the clean body, with its label and rule."""
        return tuple(line for line in self.lines if not line.kept)

    def removed_counts(self) -> dict[str, int]:
        """How many non-blank lines each label removed."""
        counts: dict[str, int] = {}
        for line in self.lines:
            if not line.kept and line.label is not Label.BLANK:
                counts[line.label.value] = counts.get(line.label.value, 0) + 1
        return counts

    def to_dict(self, *, lines: bool = True) -> dict[str, Any]:
        """The JSON contract of docs/output.md (``lines=False`` leaves the per-line account out)."""
        out: dict[str, Any] = {"text": self.text}
        meta = self.metadata.to_dict()
        provenance = meta.pop("provenance")
        out.update(meta)
        out["source_mode"] = self.source_mode
        out["articles"] = [article.to_dict() for article in self.articles]
        if lines:
            out["lines"] = [line.to_dict() for line in self.lines]
        out["removed"] = self.removed_counts()
        out["provenance"] = provenance
        out["warnings"] = list(self.warnings)
        return out
