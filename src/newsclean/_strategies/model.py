"""The values the strategies draw: generated pages with their gold, and the small building blocks."""

from __future__ import annotations

from dataclasses import dataclass

from newsclean.labels import Label


@dataclass(frozen=True, slots=True)
class GoldMetadata:
    """What a correct cleaner reads from the page (``None``: the page does not say).

    Dates are ISO 8601 (``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM``), local time as printed.
    ``author`` is the person of a "By ..." line or the whole desk line ("International Desk").
    For a feed these are the first article's values.
    """

    title: str | None
    published: str | None = None
    updated: str | None = None
    author: str | None = None
    source: str | None = None
    language: str | None = None
    views: int | None = None


@dataclass(frozen=True, slots=True)
class GoldArticle:
    """One article of a generated page: its metadata, body and 1-based inclusive line range."""

    title: str
    body: str
    lines: tuple[int, int]
    published: str | None = None
    updated: str | None = None
    author: str | None = None
    source: str | None = None
    views: int | None = None


@dataclass(frozen=True, slots=True)
class Gold:
    """The expected result of cleaning a generated page.

    - ``body``: the clean text exactly as newsclean should output it: the body lines joined
      by ``"\\n"``; a feed's articles joined by a blank line (``"\\n\\n"``).
    - ``labels``: one :class:`~newsclean.labels.Label` per line of the page split on ``"\\n"``.
    - ``kinds``: per line, what the generator put there (``"related.heading"``,
      ``"meta.dateline"``, ``"body.paragraph"``...): finer than the label, for diagnostics.
    - ``articles``: one entry per article (a single-article page has one).
    """

    body: str
    labels: tuple[Label, ...]
    kinds: tuple[str, ...]
    metadata: GoldMetadata
    articles: tuple[GoldArticle, ...]


@dataclass(frozen=True, slots=True)
class GeneratedPage:
    """A messy news page and its gold.

    ``text`` is what to feed a cleaner: a ``str``, or ``bytes`` in ``encoding`` when the
    strategy was asked for encodings. ``source_text`` is the page as a clean ``str`` (no
    mojibake, not encoded): what a cleaner's repaired text should equal. ``mojibake`` names the
    codec the text was wrongly decoded with (``None``: no mojibake). ``features`` lists the
    boilerplate kinds and options present, e.g. ``{"related", "copyright", "blank:units"}``.
    """

    text: str | bytes
    gold: Gold
    source_text: str
    language: str
    feed: bool
    encoding: str | None = None
    mojibake: str | None = None
    features: frozenset[str] = frozenset()

    @property
    def lines(self) -> list[str]:
        """The lines of ``source_text`` (split on ``"\\n"``), one per gold label."""
        return self.source_text.split("\n")

    @property
    def decoded(self) -> str:
        """``text`` as a ``str`` (decoded with ``encoding`` when it is ``bytes``)."""
        if isinstance(self.text, bytes):
            return self.text.decode(self.encoding or "utf-8")
        return self.text


@dataclass(frozen=True, slots=True)
class Dateline:
    """A printed date line and its reading (``updated`` when the line carries an update time)."""

    text: str
    published: str
    updated: str | None
    language: str


@dataclass(frozen=True, slots=True)
class FeedHeader:
    """A feed item header ``DD.MM.YYYY, HH:MM VIEWS`` and what it says."""

    text: str
    published: str
    views: int


@dataclass(frozen=True, slots=True)
class BoilerplateBlock:
    """Consecutive boilerplate lines that all carry ``label``; ``kind`` is the finer name."""

    label: Label
    kind: str
    lines: tuple[str, ...]
    language: str

    @property
    def text(self) -> str:
        """The lines joined by ``"\\n"``."""
        return "\n".join(self.lines)


for _cls in (
    GoldMetadata,
    GoldArticle,
    Gold,
    GeneratedPage,
    Dateline,
    FeedHeader,
    BoilerplateBlock,
):
    _cls.__module__ = "newsclean.strategies"
