"""clean() and Cleaner: bytes -> text -> lines -> labels -> Document, with one rule set reused."""

from __future__ import annotations

import time
from typing import Any, Literal
from urllib.parse import urlsplit

from newsclean.analysis.page import Page
from newsclean.analysis.phrases import PhraseBook
from newsclean.analysis.structure import analyse
from newsclean.config import CleanConfig, SiteConfig
from newsclean.engine.labelling import label_page
from newsclean.engine.plugins import apply_plugins
from newsclean.engine.ruler import Ruler
from newsclean.errors import InputError
from newsclean.metadata.assemble import assemble
from newsclean.metadata.relative import Reference
from newsclean.model import Document, Metadata
from newsclean.rules import DEFAULT_RULES
from newsclean.text.decode import as_text
from newsclean.text.fix import fix_text

Format = Literal["auto", "text", "html"]
_HTML_SNIFF = 2048


class Cleaner:
    """A configured rule set, compiled once and reused for many documents.

    >>> cleaner = Cleaner(disable=["related.*"])
    >>> cleaner.clean("Headline\\n\\nA sentence of the article that is long enough to count.").text
    'A sentence of the article that is long enough to count.'
    """

    def __init__(
        self, config: CleanConfig | None = None, *, ruler: Ruler | None = None, **overrides: Any
    ) -> None:
        """``config`` (or keyword ``overrides`` of its options); ``ruler`` replaces the built-in chain.

        With a ``ruler``, its order and switches are kept (no preset, no plugins); ``enable`` and
        ``disable`` of the config still apply on top.
        """
        self.config = (
            (config or CleanConfig()).merged(**overrides) if overrides else (config or CleanConfig())
        )
        if ruler is not None:  # a caller's chain keeps its own order and switches
            base = ruler.copy()
        else:
            base = Ruler(DEFAULT_RULES)
            if self.config.load_plugins:
                apply_plugins(base)
            base.use_preset(self.config.preset)
        if self.config.enable:
            base.enable(*self.config.enable)
        if self.config.disable:
            base.disable(*self.config.disable)
        self.ruler = base
        self._phrases = PhraseBook(self.config.phrase_languages, _flatten(self.config.phrases))
        self._site_cache: dict[str, tuple[Ruler, PhraseBook]] = {}

    def clean(
        self,
        data: str | bytes,
        *,
        format: Format = "auto",
        url: str | None = None,
        language: str | None = None,
        encoding: str | None = None,
        reference_date: Reference | None = None,
    ) -> Document:
        """Clean one page (plain text or HTML, ``str`` or ``bytes``) into a :class:`Document`.

        ``reference_date`` (when the page was fetched: a ``date``, or a ``datetime`` for times)
        resolves relative dates in the article head ("3 hours ago", "вчера"); without it they
        are left out, with a warning."""
        if not isinstance(data, (str, bytes, bytearray, memoryview)):
            raise InputError(f"clean() takes str or bytes, not {type(data).__name__}")
        raw = bytes(data) if isinstance(data, (bytearray, memoryview)) else data
        size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
        if size > self.config.max_bytes:
            raise InputError(
                f"input is {size:,} bytes, over the limit of {self.config.max_bytes:,}. "
                "Raise it with CleanConfig(max_bytes=...) or `--max-bytes`, or split the input."
            )
        deadline = None if self.config.time_budget is None else time.monotonic() + self.config.time_budget
        if format == "auto":
            format = "html" if _looks_like_html(raw) else "text"
        if format == "html":
            from newsclean.html.mode import clean_html

            return clean_html(
                self,
                raw,
                url=url,
                language=language,
                encoding=encoding,
                deadline=deadline,
                reference_date=reference_date,
            )
        if format != "text":
            raise InputError(f"unknown format {format!r}; use 'auto', 'text' or 'html'")
        warnings: list[str] = []
        text = as_text(raw, encoding=encoding, warnings=warnings)
        return self.clean_text(
            text,
            url=url,
            language=language,
            warnings=warnings,
            deadline=deadline,
            reference_date=reference_date,
        )

    def clean_text(
        self,
        text: str,
        *,
        url: str | None = None,
        language: str | None = None,
        warnings: list[str] | None = None,
        deadline: float | None = None,
        source_mode: str = "text",
        base_metadata: Metadata | None = None,
        reference_date: Reference | None = None,
    ) -> Document:
        """Text mode proper: fix, split, label, assemble (HTML mode calls this on extracted text)."""
        notes = list(warnings or [])
        fixed = fix_text(text)
        notes.extend(fixed.steps)
        ruler, phrases = self.for_site(url)
        page = Page.from_text(fixed.text, language, phrases=phrases)
        structure = analyse(page)
        labelled = label_page(page, structure, ruler.active(), deadline=deadline)
        return assemble(
            page,
            structure,
            labelled,
            url=url,
            warnings=notes,
            source_mode=source_mode,
            base_metadata=base_metadata,
            reference_date=reference_date,
        )

    def for_site(self, url: str | None) -> tuple[Ruler, PhraseBook]:
        """The rule chain and phrase lists for ``url``'s site (site config applied, cached)."""
        host = urlsplit(url).hostname if url else None
        site = self.config.site_for(host)
        if site is None or host is None:
            return self.ruler, self._phrases
        cached = self._site_cache.get(host)
        if cached is None:
            cached = self._site_cache[host] = self._site_rules(site)
        return cached

    def _site_rules(self, site: SiteConfig) -> tuple[Ruler, PhraseBook]:
        ruler = self.ruler.copy()
        if site.enable:
            ruler.enable(*site.enable)
        if site.disable:
            ruler.disable(*site.disable)
        extra = _flatten(self.config.phrases)
        for key, phrases in site.phrases.items():
            extra[key] = (*extra.get(key, ()), *phrases)
        return ruler, PhraseBook(self.config.phrase_languages, extra)


def _flatten(per_language: Any) -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for lists in per_language.values():
        for key, phrases in lists.items():
            out[key] = (*out.get(key, ()), *phrases)
    return out


def _looks_like_html(data: str | bytes) -> bool:
    head = data[:_HTML_SNIFF]
    sample = head.decode("latin-1") if isinstance(head, bytes) else head
    lowered = sample.lstrip().lower()
    if lowered.startswith(("<!doctype html", "<html", "<?xml")):
        return True
    return (
        sum(lowered.count(tag) for tag in ("<p", "<div", "<a ", "<span", "<br", "<meta", "<head", "<body"))
        >= 3
    )


_DEFAULT: dict[str, Cleaner] = {}


def clean(
    data: str | bytes,
    *,
    format: Format = "auto",
    url: str | None = None,
    language: str | None = None,
    config: CleanConfig | None = None,
    encoding: str | None = None,
    reference_date: Reference | None = None,
) -> Document:
    """Clean one page. For many pages build a :class:`Cleaner` once and call its ``clean``.
    ``reference_date``: see :meth:`Cleaner.clean`.

    >>> doc = clean("Breaking story\\n\\nThe council voted on Monday to keep the old bridge open.")
    >>> doc.title, doc.text
    ('Breaking story', 'The council voted on Monday to keep the old bridge open.')
    """
    if config is None:
        cleaner = _DEFAULT.get("default")
        if cleaner is None:
            cleaner = _DEFAULT["default"] = Cleaner()
    else:
        cleaner = Cleaner(config)
    return cleaner.clean(
        data, format=format, url=url, language=language, encoding=encoding, reference_date=reference_date
    )
