"""Weights and thresholds of the page structure, read once from ``data/thresholds.toml``.

They are data, not code: the file documents where each value comes from (seed pages, then a
grid search on the dev part of the benchmarks).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from importlib import resources


@dataclass(frozen=True, slots=True)
class Thresholds:
    """See ``data/thresholds.toml`` for the meaning and origin of every value."""

    prose_stop_density: float
    prose_word_cap: int
    title_bonus: float
    title_shared_words: int
    anchor_lines: int
    anchor_boost: float
    score_boilerplate: float
    score_interruption: float
    score_sentence: float
    score_short: float
    score_very_short: float
    extra_min_score: float
    extra_min_overlap: float
    section_topic_overlap: float
    section_chrome_ratio: float
    subject_lines: int
    subject_line_words: int


def load() -> Thresholds:
    """The packaged thresholds."""
    text = resources.files("newsclean.data").joinpath("thresholds.toml").read_text(encoding="utf-8")
    return Thresholds(**tomllib.loads(text))


T = load()
