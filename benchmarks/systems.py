"""The compared systems, each a small adapter from a bench document to body text and metadata.

Libraries are imported when a system is loaded, not at import time, so a missing or
unfinished one (newsclean's core while it is being written) makes that system unavailable
instead of breaking the runner.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache, partial
from typing import Any

from benchmarks.data import BenchDoc
from benchmarks.metric import META_FIELDS, MetaValues, tokenize


class Unavailable(Exception):
    """A system cannot run here; the message says why."""


@dataclass(frozen=True, slots=True)
class Extraction:
    """What a system returns for one page: body text and the metadata fields it fills."""

    text: str
    meta: MetaValues = field(default_factory=dict)


Adapter = Callable[[BenchDoc], Extraction]


@dataclass(frozen=True, slots=True)
class System:
    """A named system: ``reads`` is the input it gets ("html" or "text"), for MB/s.

    ``meta_fields`` lists the metadata it extracts; other fields are shown as "-", not 0.
    ``load`` imports the library and returns the adapter, or raises ``Unavailable``.
    """

    name: str
    reads: str
    meta_fields: tuple[str, ...]
    load: Callable[[], Adapter]

    def input_bytes(self, doc: BenchDoc) -> int:
        """Bytes of this system's input for one document."""
        return len(doc.page) if self.reads == "html" else doc.text_bytes


def _newsclean_meta(document: Any) -> MetaValues:
    """Map newsclean's Metadata onto the bench fields.

    sitename is ``publisher`` (the copyright holder: the site), else ``source`` (a credited
    outlet or agency), which is only sometimes the site itself. date is ``published``, else
    ``updated``: the gold's date is the one the page shows (on a page that prints only "Updated
    March 11" that date), as trafilatura's ``date`` is (htmldate with ``original_date``: the
    publication date when it finds one, else the date it finds).
    """
    meta = document.metadata
    return {
        "title": meta.title,
        "author": meta.author,
        "date": meta.published or meta.updated,
        "sitename": meta.publisher or meta.source,
        "lang": meta.language,
    }


def _newsclean_clean() -> Callable[..., Any]:
    """``newsclean.clean``, or Unavailable while the core has not landed."""
    try:
        import newsclean
    except ImportError as exc:
        raise Unavailable(f"cannot import newsclean: {exc}") from exc
    clean = getattr(newsclean, "clean", None)
    if clean is None:
        raise Unavailable("newsclean.clean does not exist yet (core not landed)")
    return clean  # type: ignore[no-any-return]


def _load_newsclean_text(favor: str | None = None) -> Adapter:
    clean = _newsclean_clean()
    options = {"favor": favor} if favor else {}

    def run(doc: BenchDoc) -> Extraction:
        document = clean(doc.text, format="text", **options)
        return Extraction(document.text, _newsclean_meta(document))

    return run


def _load_newsclean_html(favor: str | None = None, *, markdown: bool = False) -> Adapter:
    """HTML mode; ``markdown`` also reads ``Document.markdown``, which is made on first read
    (the ``newsclean-html-markdown`` diagnostic: the time of a caller who wants Markdown)."""
    clean = _newsclean_clean()
    options = {"favor": favor} if favor else {}

    def run(doc: BenchDoc) -> Extraction:
        document = clean(doc.page, format="html", url=doc.url, **options)
        if markdown:
            _ = document.markdown
        return Extraction(document.text, _newsclean_meta(document))

    return run


def _load_trafilatura(
    fast: bool = False, favor_recall: bool = False, favor_precision: bool = False
) -> Adapter:
    """One ``bare_extraction`` call gives the body ``extract()`` returns plus metadata.

    ``extract()``'s default text is the body, then the comments, NFC-normalised; rebuilding it
    here (identical on all 138 bench pages) spares trafilatura a second parse for metadata.
    The switches are ``bare_extraction``'s: the diagnostic variants, which show where
    trafilatura's own modes disagree.
    """
    try:
        import trafilatura
        from trafilatura.settings import Document
    except ImportError as exc:
        raise Unavailable(f"cannot import trafilatura: {exc}") from exc

    def run(doc: BenchDoc) -> Extraction:
        result = trafilatura.bare_extraction(
            doc.html,
            url=doc.url,
            with_metadata=True,
            fast=fast,
            favor_recall=favor_recall,
            favor_precision=favor_precision,
        )
        if not isinstance(result, Document):  # None: trafilatura found no text
            return Extraction("")
        body = result.text or ""
        if result.commentsbody is not None:
            body = f"{body}\n{result.comments or ''}".strip()
        meta = {
            "title": result.title,
            "author": result.author,
            "date": result.date,
            "sitename": result.sitename,
        }
        return Extraction(unicodedata.normalize("NFC", body), meta)

    return run


# Page languages are identified on a prefix of the visible text: enough, and cheap (~2 ms).
_LANGID_PREFIX = 5000
# ISO 639-1 (as py3langid names them) -> jusText stoplist, for languages common in news.
_JUSTEXT_STOPLISTS = {
    "ar": "Arabic",
    "bg": "Bulgarian",
    "bn": "Bengali",
    "ca": "Catalan",
    "cs": "Czech",
    "da": "Danish",
    "de": "German",
    "el": "Greek",
    "en": "English",
    "es": "Spanish",
    "et": "Estonian",
    "fa": "Persian",
    "fi": "Finnish",
    "fr": "French",
    "he": "Hebrew",
    "hi": "Hindi",
    "hr": "Croatian",
    "hu": "Hungarian",
    "id": "Indonesian",
    "it": "Italian",
    "ko": "Korean",
    "lt": "Lithuanian",
    "lv": "Latvian",
    "ms": "Malay",
    "nl": "Dutch",
    "no": "Norwegian_Bokmal",
    "nb": "Norwegian_Bokmal",
    "pl": "Polish",
    "pt": "Portuguese",
    "ro": "Romanian",
    "ru": "Russian",
    "sk": "Slovak",
    "sl": "Slovenian",
    "sr": "Serbian",
    "sv": "Swedish",
    "ta": "Tamil",
    "tr": "Turkish",
    "uk": "Ukrainian",
    "ur": "Urdu",
    "vi": "Vietnamese",
}


def _load_justext() -> Adapter:
    """jusText with the stoplist of the page's language, English when not covered.

    The language comes from py3langid on the page's visible text (the bench ``text`` field,
    made from the same HTML), timed with jusText: ``<html lang>`` was no help here (some
    English pages declare "de"). The right stoplist adds 0.03 (ScrapingHub) to 0.05 F1.
    """
    try:
        import justext
        import py3langid
    except ImportError as exc:
        raise Unavailable(f"cannot import justext or py3langid: {exc}") from exc
    stoplist = lru_cache(maxsize=None)(justext.get_stoplist)

    def run(doc: BenchDoc) -> Extraction:
        language = py3langid.classify(doc.text[:_LANGID_PREFIX])[0]
        name = _JUSTEXT_STOPLISTS.get(language, "English")
        paragraphs = justext.justext(doc.html, stoplist(name))
        return Extraction("\n".join(p.text for p in paragraphs if not p.is_boilerplate))

    return run


def _load_keep_everything() -> Adapter:
    return lambda doc: Extraction(doc.text)


# C4 keeps lines that end a sentence; here in any script, closing quotes allowed after the mark.
_TERMINAL = ".!?…।॥。！？؟۔"
_CLOSERS = "\"'”’»›」』"
_SENTENCE_END = re.compile(f"[{re.escape(_TERMINAL)}][{re.escape(_CLOSERS)}]*$")
C4_MIN_WORDS = 3


def c4_lines(text: str) -> str:
    """Keep lines that end in terminal punctuation and have at least 3 (``\\w+``) words."""
    kept = (line.strip() for line in text.splitlines())
    return "\n".join(
        line for line in kept if _SENTENCE_END.search(line) and len(tokenize(line)) >= C4_MIN_WORDS
    )


def _load_c4_lines() -> Adapter:
    return lambda doc: Extraction(c4_lines(doc.text))


_TRAFILATURA_META = ("title", "author", "date", "sitename")
#: The system every other one's time per page is compared with (the runner's "x traf" column).
REFERENCE_SYSTEM = "trafilatura"

SYSTEMS: dict[str, System] = {
    system.name: system
    for system in (
        System("newsclean-text", "text", META_FIELDS, _load_newsclean_text),
        System("newsclean-html", "html", META_FIELDS, _load_newsclean_html),
        System("newsclean-html-markdown", "html", META_FIELDS, partial(_load_newsclean_html, markdown=True)),
        # the precision/recall dial (docs/configuration.md); not in the default run
        *(
            System(f"newsclean-{mode}-{favor}", mode, META_FIELDS, functools.partial(load, favor))
            for mode, load in (("text", _load_newsclean_text), ("html", _load_newsclean_html))
            for favor in ("precision", "recall")
        ),
        System("trafilatura", "html", _TRAFILATURA_META, _load_trafilatura),
        System("trafilatura-fast", "html", _TRAFILATURA_META, partial(_load_trafilatura, fast=True)),
        System(
            "trafilatura-recall", "html", _TRAFILATURA_META, partial(_load_trafilatura, favor_recall=True)
        ),
        System(
            "trafilatura-precision",
            "html",
            _TRAFILATURA_META,
            partial(_load_trafilatura, favor_precision=True),
        ),
        System("justext", "html", (), _load_justext),
        System("keep-everything", "text", (), _load_keep_everything),
        System("c4-lines", "text", (), _load_c4_lines),
    )
}

#: What a run without ``--systems`` scores: every system but the favor settings' variants, the
#: trafilatura variants and the Markdown reader (diagnostics).
DEFAULT_SYSTEMS: tuple[str, ...] = tuple(
    name
    for name in SYSTEMS
    if not name.startswith("trafilatura-") and not name.endswith(("-precision", "-recall", "-markdown"))
)
