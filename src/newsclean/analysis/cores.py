"""Where the article is: maximum-sum runs of per-line body scores (Kadane), chosen and extended.

* :func:`shape_scores`, :func:`section_scores`: per line, how much it looks like article prose
  (from its shape and phrases; then with the lines of related/comments sections pushed down);
* :func:`best_run`: the densest run of lines in a range;
* :func:`choose_core`: the segment's runs, each cut at strong boilerplate inside it (a copyright
  line, a related heading); the best one is the core, a run just below the headline counting
  several times (a gallery or a footer may hold more prose than a short article);
* :func:`extra_runs`: further prose runs outside the core whose lines share the core's
  vocabulary: the article continued after a related box, an ad block or a video player.

Weights are data (``data/thresholds.toml``). Every function is linear in the segment's length
times a small number of runs.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from newsclean.analysis.page import Page
from newsclean.analysis.sections import Section, lexical_overlap
from newsclean.analysis.thresholds import T
from newsclean.text.features import LineFeatures

Span = tuple[int, int]
_MAX_RUNS = 8


def shape_scores(page: Page) -> list[float]:
    """Per-line body score from the line alone (phrases and shape, no sections), in one pass."""
    boilerplate, interruptions, prose = page.boilerplate_hits, page.interruptions, page.prose
    # The thresholds read once.
    interruption, other_boilerplate = T.score_interruption, T.score_boilerplate
    sentence, very_short, short = T.score_sentence, T.score_very_short, T.score_short
    scores = []
    for i, f in enumerate(page.features):
        if i in boilerplate:
            scores.append(interruption if i in interruptions else other_boilerplate)
        elif prose[i]:
            scores.append(_prose_score(page, i, f))
        elif f.terminal and f.words >= 4:
            scores.append(sentence)
        else:
            scores.append(very_short if f.words <= 3 else short)
    return scores


def _prose_score(page: Page, i: int, f: LineFeatures) -> float:
    """A prose line's score: its length, a bonus for the title's words, less for a repeat."""
    score = min(f.words, T.prose_word_cap) / 12.0
    title_words = page.title_words
    if title_words and len(page.content_words(i) & title_words) >= T.title_shared_words:
        score += T.title_bonus
    return score - 1.0 if f.repeats > 1 else score


def section_scores(page: Page, shapes: Sequence[float], section_lines: dict[int, Section]) -> list[float]:
    """Per-line body score: a section's lines (other than interruptions) score as boilerplate."""
    interruptions = page.interruptions
    return [
        T.score_boilerplate if i in section_lines and i not in interruptions else shape
        for i, shape in enumerate(shapes)
    ]


def best_run(
    scores: Sequence[float], nonblank: Sequence[int], first: int, last: int
) -> tuple[Span | None, float]:
    """Maximum-sum run of non-blank lines in ``first..last`` (Kadane), and its score.

    ``nonblank``: the page's non-blank lines, ascending (blank lines are skipped, not scored;
    walking only these saves a test per line, and cores ask ~8 times a page).
    """
    best = 0.0
    best_span: Span | None = None
    run = 0.0
    run_start = first
    for i in nonblank[bisect_left(nonblank, first) : bisect_right(nonblank, last)]:
        score = scores[i]
        if run <= 0:
            run, run_start = score, i
        else:
            run += score
        if run > best:
            best, best_span = run, (run_start, i)
    return best_span, best


def runs(scores: Sequence[float], nonblank: Sequence[int], first: int, last: int) -> list[tuple[Span, float]]:
    """The segment's densest runs, each cut at strong boilerplate to its best piece (a few)."""
    found: list[tuple[Span, float]] = []
    todo = [(first, last)]
    while todo and len(found) < _MAX_RUNS:
        lo, hi = todo.pop(0)
        span, score = best_run(scores, nonblank, lo, hi)
        if span is None:
            continue
        cuts = [i for i in range(span[0], span[1] + 1) if scores[i] <= T.score_boilerplate]
        if cuts:  # keep the best piece; the rest goes back to the queue
            bounds = [span[0] - 1, *cuts, span[1] + 1]
            pieces = [
                best_run(scores, nonblank, bounds[k] + 1, bounds[k + 1] - 1) for k in range(len(bounds) - 1)
            ]
            piece, score = max(pieces, key=lambda p: p[1])
            if piece is None:
                continue
            span = piece
        if found and score < T.extra_min_score:
            continue
        found.append((span, score))
        todo += [(lo, span[0] - 1), (span[1] + 1, hi)]
    return found


def choose_core(page: Page, scores: Sequence[float], first: int, last: int) -> Span | None:
    """The segment's core: its best run, a run just below the headline counting several times."""
    found = runs(scores, page.nonblank_lines, first, last)
    if not found:
        return None
    anchors = page.headline_anchors

    def weight(run: tuple[Span, float]) -> float:
        (lo, _hi), score = run
        if any(a < lo <= a + T.anchor_lines for a in anchors):
            return score * T.anchor_boost
        return score

    return max(found, key=weight)[0]


def extra_runs(page: Page, scores: Sequence[float], first: int, last: int, core: Span) -> list[Span]:
    """Prose runs outside the core that share its vocabulary (the article, interrupted).

    A run is admitted when its prose lines, on average, have at least ``extra_min_overlap`` of
    their content words in the core (a gallery or a teaser list on other topics does not).
    """
    vocab = page.run_words(core[0], core[1])
    prose = page.prose
    found: list[Span] = []
    todo = [(first, core[0] - 1), (core[1] + 1, last)]
    while todo:
        lo, hi = todo.pop()
        if lo > hi:
            continue
        span, score = best_run(scores, page.nonblank_lines, lo, hi)
        if span is None or score < T.extra_min_score:
            continue
        shares = [
            lexical_overlap(page.content_words(j), vocab) for j in range(span[0], span[1] + 1) if prose[j]
        ]
        if shares and sum(shares) / len(shares) >= T.extra_min_overlap:
            found.append(span)
        todo += [(lo, span[0] - 1), (span[1] + 1, hi)]
    return found
