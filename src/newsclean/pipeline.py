"""clean() and Cleaner: bytes -> text -> lines -> labels -> Document, with one rule set reused."""

from __future__ import annotations

import time
from typing import Any, Literal

from newsclean.analysis.page import Page
from newsclean.analysis.phrases import PhraseBook
from newsclean.analysis.structure import analyse
from newsclean.arguments import checked_options, checked_url, content_type_format, url_host
from newsclean.budget import check, enforced
from newsclean.config import CleanConfig, SiteConfig
from newsclean.engine.labelling import label_page
from newsclean.engine.plugins import apply_plugins
from newsclean.engine.ruler import Ruler
from newsclean.errors import ConfigError, InputError
from newsclean.metadata.assemble import assemble
from newsclean.metadata.bylines import forget_parses
from newsclean.metadata.relative import Reference
from newsclean.model import Document, LineSource, Metadata
from newsclean.rules import DEFAULT_RULES, not_text
from newsclean.rules import favor as favor_rules
from newsclean.text.decode import as_text
from newsclean.text.fix import fix_text
from newsclean.warmup import warm_up

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
        _use_favor(base, self.config.favor)
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
        content_type: str | None = None,
        reference_date: Reference | None = None,
    ) -> Document:
        """Clean one page (plain text or HTML, ``str`` or ``bytes``) into a :class:`Document`.

        ``encoding`` forces a codec for bytes; ``content_type`` is the HTTP ``Content-Type``
        header value the page was served with (its charset is read as browsers read it, and
        ``text/html`` / ``text/plain`` decide ``format="auto"``). A malformed ``url`` is ignored
        with a warning; arguments of the wrong type raise :class:`InputError`. The config's
        ``max_bytes`` and ``time_budget`` bound the call (docs/limits.md).

        ``reference_date`` (when the page was fetched: a ``date``, or a ``datetime`` for times)
        resolves relative dates in the article head ("3 hours ago", "вчера"); without it they
        are left out, with a warning.
        """
        if not isinstance(data, (str, bytes, bytearray, memoryview)):
            raise InputError(f"clean() takes str or bytes, not {type(data).__name__}")
        checked_options(format=format, language=language, encoding=encoding, content_type=content_type)
        warnings: list[str] = []
        url = checked_url(url, warnings)
        raw = bytes(data) if isinstance(data, (bytearray, memoryview)) else data
        size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
        if size > self.config.max_bytes:
            raise InputError(
                f"input is {size:,} bytes, over the limit of {self.config.max_bytes:,}. "
                "Raise it with CleanConfig(max_bytes=...) or `--max-bytes`, or split the input."
            )
        if format == "auto":
            declared = content_type_format(content_type)
            format = "html" if declared == "html" or (declared is None and _looks_like_html(raw)) else "text"
        warm_up(html=format == "html")  # imports and models load outside any page's budget
        forget_parses()  # the byline parses remembered are this page's
        budget = self.config.time_budget
        deadline = None if budget is None else time.monotonic() + budget
        with enforced(deadline):
            if format == "html":
                from newsclean.html.mode import clean_html

                return clean_html(
                    self,
                    raw,
                    url=url,
                    language=language,
                    encoding=encoding,
                    deadline=deadline,
                    content_type=content_type,
                    warnings=warnings,
                    reference_date=reference_date,
                )
            text = as_text(raw, encoding=encoding, warnings=warnings, content_type=content_type)
            check("after decoding")
            return self.clean_text(
                text,
                url=url,
                language=language,
                warnings=warnings,
                deadline=deadline,
                reference_date=reference_date,
            )

    def warm_up(self) -> None:
        """Load every import and model a page may need (trafilatura, dateparser's tables, the
        language model) now, so that the first page's time budget is spent on the page."""
        warm_up(html=True)

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
        check("after repairing the text")
        ruler, phrases = self.for_site(url)
        page = Page.from_text(fixed.text, language, phrases=phrases)
        check("after measuring the lines")
        structure = analyse(page)
        check("after analysing the page's structure")
        active = ruler.active()
        labelled = label_page(page, structure, active, deadline=deadline)
        if not_text.not_text.name in labelled.rules:  # no article, no language, and the reader is told why
            notes.append(not_text.WARNING)
            return Document(
                text="",
                metadata=Metadata(url=url),
                articles=(),
                lines=LineSource(page.lines, page.starts, labelled.labels, labelled.rules, labelled.reasons),
                warnings=tuple(notes),
                fixed_text=page.text,
                source_mode=source_mode,
            )
        return assemble(
            page,
            structure,
            labelled,
            url=url,
            warnings=notes,
            source_mode=source_mode,
            base_metadata=base_metadata,
            reference_date=reference_date,
            active_rules=frozenset(r.name for r in active),
        )

    def for_site(self, url: str | None) -> tuple[Ruler, PhraseBook]:
        """The rule chain and phrase lists for ``url``'s site (site config applied, cached)."""
        host = url_host(url)
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


def _use_favor(ruler: Ruler, favor: str) -> None:
    """Switch the rules of the precision/recall setting ``favor`` (those in ``ruler``: a
    caller's own chain may lack them)."""
    if favor not in favor_rules.SWITCHES:
        raise ConfigError(f"unknown favor {favor!r}; use one of {', '.join(map(repr, favor_rules.FAVORS))}")
    enable, disable = favor_rules.SWITCHES[favor]
    names = set(ruler.names())
    if on := [n for n in enable if n in names]:
        ruler.enable(*on)
    if off := [n for n in disable if n in names]:
        ruler.disable(*off)


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
    favor: str | None = None,
    content_type: str | None = None,
    reference_date: Reference | None = None,
) -> Document:
    """Clean one page. For many pages build a :class:`Cleaner` once and call its ``clean``.
    ``reference_date``: see :meth:`Cleaner.clean`.

    ``favor`` (``"precision"``, ``"balanced"``, ``"recall"``) overrides ``config.favor``.

    Limits: without a ``config`` the library defaults apply (inputs over 10,000,000 bytes raise
    :class:`InputError`, a page still running after 30 seconds raises :class:`BudgetError`);
    pass ``CleanConfig(time_budget=None)`` for no time limit. The CLI and batch use tighter
    defaults (docs/limits.md).

    >>> doc = clean("Breaking story\\n\\nThe council voted on Monday to keep the old bridge open.")
    >>> doc.title, doc.text
    ('Breaking story', 'The council voted on Monday to keep the old bridge open.')
    """
    if config is None:
        key = favor or "balanced"
        cleaner = _DEFAULT.get(key)
        if cleaner is None:
            cleaner = _DEFAULT[key] = Cleaner(favor=key)
    else:
        cleaner = Cleaner(config.merged(favor=favor) if favor else config)
    return cleaner.clean(
        data,
        format=format,
        url=url,
        language=language,
        encoding=encoding,
        content_type=content_type,
        reference_date=reference_date,
    )
