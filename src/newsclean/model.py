"""The output nouns: a labelled line, an article, a document. Frozen; ``to_dict`` is the JSON contract."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, fields
from typing import Any, Generic, NamedTuple, TypeVar, overload

from newsclean.labels import KEPT_LABELS, Label

_T = TypeVar("_T")


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
    #: Why the rule took the line, in words ("under the related heading on line 12; ...").
    reason: str = ""

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
            "reason": self.reason,
            "text": self.text,
        }


class LineSource(NamedTuple):
    """What a page's :class:`Line` tuple is made of, kept until someone reads ``Document.lines``
    (building ~180 frozen objects costs more than many pages' rules, and most callers want text)."""

    texts: Sequence[str]
    starts: Sequence[int]
    labels: Sequence[Label]
    rules: Sequence[str]
    reasons: Sequence[str]

    def build(self) -> tuple[Line, ...]:
        """The Line objects, numbered from 1."""
        new = object.__new__
        set_n, set_start, set_end, set_label, set_rule, set_text, set_reason = _line_setters()
        out = []
        for n, (text, start, label, rule, reason) in enumerate(
            zip(self.texts, self.starts, self.labels, self.rules, self.reasons, strict=True), 1
        ):
            line = new(Line)
            set_n(line, n)
            set_start(line, start)
            set_end(line, start + len(text))
            set_label(line, label)
            set_rule(line, rule)
            set_text(line, text)
            set_reason(line, reason)
            out.append(line)
        return tuple(out)


def _line_setters() -> list[Any]:
    """The slot setters of :class:`Line`, in field order: what its frozen ``__init__`` calls
    through ``object.__setattr__``, twice as fast when called directly."""
    return [vars(Line)[name].__set__ for name in ("n", "start", "end", "label", "rule", "text", "reason")]


class _LazyLines:
    """The ``Document.lines`` field: takes a tuple or a :class:`LineSource`, gives a tuple, built
    from the source on first read and kept."""

    @overload
    def __get__(self, instance: None, owner: type) -> _LazyLines: ...
    @overload
    def __get__(self, instance: object, owner: type | None = None) -> tuple[Line, ...]: ...
    def __get__(self, instance: object | None, owner: type | None = None) -> Any:
        if instance is None:
            raise AttributeError("lines")  # tells dataclasses the field has no default
        stored = instance.__dict__["_lines"]
        if isinstance(stored, LineSource):
            stored = instance.__dict__["_lines"] = stored.build()
        return stored

    def __set__(self, instance: object, value: tuple[Line, ...] | LineSource) -> None:
        instance.__dict__["_lines"] = value


@dataclass(frozen=True, slots=True)
class Metadata:
    """What a page says about itself. ``provenance`` maps a field name to where it came from."""

    title: str | None = None
    published: str | None = None
    updated: str | None = None
    author: str | None = None
    #: The people (or the organisation a byline names) of ``author``, roles split off.
    authors: tuple[str, ...] | None = None
    source: str | None = None
    publisher: str | None = None
    language: str | None = None
    views: int | None = None
    url: str | None = None
    provenance: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Metadata fields as JSON (provenance included)."""
        values = {name: getattr(self, name) for name in METADATA_FIELDS}
        if self.authors is not None:
            values["authors"] = list(self.authors)
        return {**values, "provenance": dict(self.provenance)}


#: Metadata's value fields, in output order (every field but ``provenance``).
METADATA_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Metadata) if f.name != "provenance")


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


#: A table as data: its rows, each a tuple of cell texts (the header row first when there is one).
Table = tuple[tuple[str, ...], ...]


@dataclass(frozen=True, slots=True)
class Comment:
    """One reader's comment, kept apart from the body: its text and, where the page gives them,
    who wrote it and when (as the page writes the date)."""

    text: str
    author: str | None = None
    date: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The comment's JSON mirror."""
        return {"author": self.author, "date": self.date, "text": self.text}


#: What HTML mode renders from trafilatura's tree: ``Document.markdown`` and ``Document.tables``.
Rendering = tuple[str, tuple[Table, ...]]


class Deferred:
    """``Document.markdown`` and ``Document.tables`` before anyone reads them: ``make`` gives
    both, called on the first read of either, then dropped with what it holds (HTML mode's
    render of trafilatura's tree: about 1.2 ms a ScrapingHub page and 2.5 a Readability one,
    spent only by a caller who reads them). A copy or a pickle holds what ``make`` gave, not
    ``make``: a worker process sends the Markdown back, not the trees."""

    __slots__ = ("_made", "_make")

    def __init__(self, make: Callable[[], Rendering]) -> None:
        self._make: Callable[[], Rendering] | None = make
        self._made: Rendering = ("", ())

    def get(self) -> Rendering:
        """The Markdown and the tables, made on the first call."""
        make = self._make
        if make is not None:
            self._made = make()
            self._make = None
        return self._made

    def __reduce__(self) -> tuple[Any, ...]:
        return (_made, self.get())


def _made(markdown: str, tables: tuple[Table, ...]) -> Deferred:
    """A :class:`Deferred` of values already made (what a pickled one becomes)."""
    return Deferred(lambda: (markdown, tables))


class _Rendered(Generic[_T]):
    """A field of ``Document`` that takes a value or a :class:`Deferred` (``part`` of what it
    makes: 0 the Markdown, 1 the tables) and gives the value, made on first read and kept."""

    def __init__(self, part: int, default: _T) -> None:
        self._part = part
        self._default = default
        self._key = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self._key = "_" + name

    @overload
    def __get__(self, instance: None, owner: type) -> _T: ...
    @overload
    def __get__(self, instance: object, owner: type | None = None) -> _T: ...
    def __get__(self, instance: object | None, owner: type | None = None) -> _T:
        if instance is None:
            return self._default  # what dataclasses take for the field's default
        stored = instance.__dict__[self._key]
        if isinstance(stored, Deferred):
            stored = instance.__dict__[self._key] = stored.get()[self._part]
        return stored  # type: ignore[no-any-return]

    def __set__(self, instance: object, value: _T | Deferred) -> None:
        instance.__dict__[self._key] = value


@dataclass(frozen=True)  # no slots: ``lines`` is a lazy field stored in the instance dict
class Document:
    """The result of cleaning one input.

    ``text`` is the clean body (for a feed: the articles' bodies separated by a blank line),
    ``lines`` holds every input line exactly once with its label and the deciding rule, and
    ``warnings`` says what was repaired or guessed on the way (decoding, mojibake, fallbacks).
    ``markdown`` is the same body with its structure (headings, lists, quotes, tables),
    ``tables`` the body's tables as data and ``comments`` the readers' comments, which are never
    part of ``text`` (docs/output.md). ``lines``, ``markdown`` and ``tables`` are made on first
    read (:class:`LineSource`, :class:`Deferred`): the same values, paid for by who reads them.
    """

    text: str
    metadata: Metadata
    articles: tuple[Article, ...]
    lines: _LazyLines = _LazyLines()
    warnings: tuple[str, ...] = ()
    fixed_text: str = field(default="", repr=False)
    source_mode: str = "text"
    markdown: _Rendered[str] = _Rendered(0, "")
    tables: _Rendered[tuple[Table, ...]] = _Rendered(1, ())
    comments: tuple[Comment, ...] = ()

    # Metadata shortcuts: one per field of Metadata (``doc.author`` is ``doc.metadata.author``).
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
    def updated(self) -> str | None:
        """Date of the last update, ISO 8601."""
        return self.metadata.updated

    @property
    def author(self) -> str | None:
        """The byline's name(s)."""
        return self.metadata.author

    @property
    def authors(self) -> tuple[str, ...] | None:
        """The byline's names one by one (roles and "and" split off)."""
        return self.metadata.authors

    @property
    def source(self) -> str | None:
        """The agency or outlet the story is credited to (a feed's source line)."""
        return self.metadata.source

    @property
    def publisher(self) -> str | None:
        """The site or organisation that published the page."""
        return self.metadata.publisher

    @property
    def views(self) -> int | None:
        """The view count the page prints, if any."""
        return self.metadata.views

    @property
    def url(self) -> str | None:
        """The page's URL (given, or found in the page)."""
        return self.metadata.url

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
        counts = self.removed_counts()
        out["removed_counts"] = counts
        out["removed"] = dict(counts)  # the old name, kept until 0.2 (docs/output.md)
        out["provenance"] = provenance
        out["warnings"] = list(self.warnings)
        out["markdown"] = self.markdown
        out["tables"] = [[list(row) for row in table] for table in self.tables]
        out["comments"] = [comment.to_dict() for comment in self.comments]
        return out

    def to_html(self, *, name: str | None = None) -> str:
        """A self-contained HTML report of this document (lines coloured by label, each line's
        rule and reason, metadata and its provenance), headed by ``name`` or else the title;
        see docs/report.md. The same page as ``newsclean explain --html``."""
        from newsclean.report import render_html  # Jinja2 is loaded only when a report is made

        return render_html(self, name=name)
