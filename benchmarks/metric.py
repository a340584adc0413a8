"""Scoring: the ScrapingHub article-extraction-benchmark body metric and metadata exact match.

Body text is compared as multisets of 4-token shingles, so the score rewards keeping the
article's words in order without caring about line breaks or markup. The rules (see
docs/benchmarks.md) are those of the ScrapingHub benchmark, with the edge cases made explicit:

- tokens are ``\\w+`` runs (case kept) under the ``regex`` module's Unicode word definition,
  so words with combining marks (Bengali, Devanagari) stay whole; on Latin, Cyrillic and
  Greek text this is the same as Python's ``re``;
- a text with 1-3 tokens has one shingle (its whole token tuple); a text without tokens
  (empty, or punctuation only) has none and counts as *empty*;
- empty output: precision is undefined (``None``) and the document is left out of corpus P;
  its recall is 0 (or 1 if the gold is empty too);
- empty gold: recall is 1 (nothing was missed); precision is 0 for any non-empty output.
"""

from __future__ import annotations

import statistics
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import regex

SHINGLE_SIZE = 4
META_FIELDS: tuple[str, ...] = ("title", "author", "date", "sitename", "lang")

Shingle = tuple[str, ...]

_TOKEN = regex.compile(r"\w+")
_SPACE = regex.compile(r"\s+")
# Applied after casefolding: "By Jane", "by: Jane", "BY  Jane" -> "jane"; "Byron" is kept.
_BYLINE = regex.compile(r"^by\b[\s:]*")
_ISO_DAY = regex.compile(r"\d{4}-\d{2}-\d{2}")
_SUBTAG_SEP = regex.compile(r"[-_]")


def tokenize(text: str) -> list[str]:
    """Split into word tokens, case kept: the unit both body scores count in."""
    return _TOKEN.findall(text)


def shingles(text: str, size: int = SHINGLE_SIZE) -> Counter[Shingle]:
    """Multiset of ``size`` consecutive tokens; short texts give one shingle, empty ones none."""
    tokens = tokenize(text)
    if not tokens:
        return Counter()
    if len(tokens) < size:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1))


@dataclass(frozen=True, slots=True)
class DocScore:
    """One document's body score; ``precision`` is None when the output has no shingles."""

    precision: float | None
    recall: float
    gold_shingles: int
    output_shingles: int

    @property
    def f1(self) -> float:
        """Harmonic mean of P and R, with an empty output's precision taken as 0 (for ranking)."""
        p = self.precision or 0.0
        return 2 * p * self.recall / (p + self.recall) if p + self.recall > 0 else 0.0


def score_document(gold: str, output: str) -> DocScore:
    """Precision and recall of ``output`` against ``gold`` over multisets of shingles.

    A shingle repeated k times in the output only matches as many times as the gold has it,
    so duplicating a paragraph lowers precision.
    """
    gold_sh = shingles(gold)
    out_sh = shingles(output)
    overlap = sum((gold_sh & out_sh).values())
    n_gold = sum(gold_sh.values())
    n_out = sum(out_sh.values())
    precision = overlap / n_out if n_out else None
    recall = overlap / n_gold if n_gold else 1.0
    return DocScore(precision, recall, n_gold, n_out)


@dataclass(frozen=True, slots=True)
class CorpusScore:
    """Corpus body figures: P over non-empty outputs, R over all documents, F1 of the two."""

    precision: float
    recall: float
    f1: float
    documents: int
    empty_outputs: int


def corpus_score(scores: Sequence[DocScore]) -> CorpusScore:
    """Average per-document scores the way the ScrapingHub benchmark does.

    P is the mean precision over documents whose output is non-empty (0 if every output is
    empty), R the mean recall over all documents, and F1 = 2PR/(P+R) (0 when P+R = 0).
    """
    if not scores:
        raise ValueError("no documents to score")
    precisions = [s.precision for s in scores if s.precision is not None]
    p = statistics.fmean(precisions) if precisions else 0.0
    r = statistics.fmean(s.recall for s in scores)
    f1 = 2 * p * r / (p + r) if p + r > 0 else 0.0
    return CorpusScore(p, r, f1, len(scores), len(scores) - len(precisions))


def normalize_text(value: str) -> str:
    """NFKC, casefold and collapse whitespace, so that only real differences are mismatches."""
    folded = unicodedata.normalize("NFKC", value).casefold()
    return _SPACE.sub(" ", folded).strip()


def normalize_meta(field: str, value: str | None) -> str | None:
    """Comparable form of one metadata value; None when missing or blank.

    ``author`` loses a leading "By", ``date`` is cut to its leading YYYY-MM-DD (a value
    without one is compared whole), ``lang`` keeps its primary subtag ("en-US" -> "en").
    """
    if value is None:
        return None
    text = normalize_text(value)
    if field == "author":
        text = _BYLINE.sub("", text, count=1)
    elif field == "date":
        day = _ISO_DAY.match(text)
        if day is not None:
            text = day.group()
    elif field == "lang":
        text = _SUBTAG_SEP.split(text, maxsplit=1)[0]
    return text or None


def meta_match(field: str, gold: str | None, predicted: str | None) -> bool | None:
    """Exact match after normalisation; None (not scored) when the gold lacks the field."""
    gold_norm = normalize_meta(field, gold)
    if gold_norm is None:
        return None
    return gold_norm == normalize_meta(field, predicted)


@dataclass(frozen=True, slots=True)
class MetaRate:
    """One metadata field over the documents whose gold has it (``scored``).

    ``matched``: exact matches; ``returned``: documents where the system gave a value (a match
    is always a returned value); ``extra``: values given where the gold has none (not scored:
    the gold may just lack the field, but on WCXB, whose gold names every author and date a
    reader sees, they are mostly inventions).
    """

    matched: int
    scored: int
    returned: int = 0
    extra: int = 0

    @property
    def rate(self) -> float | None:
        """Share of matches; None when no gold document has the field."""
        return self.matched / self.scored if self.scored else None

    @property
    def returned_rate(self) -> float | None:
        """Share of scored documents where a value was returned (recall's ceiling)."""
        return self.returned / self.scored if self.scored else None

    @property
    def wrong_rate(self) -> float | None:
        """Share of returned values that do not match the gold (1 - precision); None if none."""
        return (self.returned - self.matched) / self.returned if self.returned else None


MetaValues = Mapping[str, str | None]


def meta_rates(
    pairs: Iterable[tuple[MetaValues, MetaValues]],
    fields: Sequence[str] = META_FIELDS,
) -> dict[str, MetaRate]:
    """Exact matches, returned values and extra values per field over (gold, predicted) pairs;
    a missing prediction is a miss."""
    matched = dict.fromkeys(fields, 0)
    scored = dict.fromkeys(fields, 0)
    returned = dict.fromkeys(fields, 0)
    extra = dict.fromkeys(fields, 0)
    for gold, predicted in pairs:
        for field in fields:
            given = normalize_meta(field, predicted.get(field)) is not None
            hit = meta_match(field, gold.get(field), predicted.get(field))
            if hit is None:
                extra[field] += given
                continue
            scored[field] += 1
            matched[field] += hit
            returned[field] += given
    return {field: MetaRate(matched[field], scored[field], returned[field], extra[field]) for field in fields}
