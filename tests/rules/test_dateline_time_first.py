"""meta.dateline: a published-and-updated line whose clock times come before the dates."""

from __future__ import annotations

import pytest
from tests.rules.conftest import BODIES, TITLES

import newsclean


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019"),
        ("ru", "Опубликовано: 10:48, вт, 19 ноября 2019 | Обновлено: 11:05, вт, 19 ноября 2019"),
        ("kk", "Жарияланды: 10:48, 19.11.2019 | Жаңартылды: 11:05, 19.11.2019 | Тілші: Айгүл Серікқызы"),
    ],
)
def test_times_before_the_dates_still_make_a_dateline(lang: str, line: str) -> None:
    """Long only because of its dates and day names: metadata, not a sentence of the article."""
    text = "\n".join([TITLES[lang], BODIES[lang][0], line, *BODIES[lang][1:]])
    doc = newsclean.clean(text)
    labels = {ln.text: (ln.label.value, ln.rule) for ln in doc.lines}
    assert labels[line] == ("meta", "meta.dateline")
    assert (doc.metadata.published or "").startswith("2019-11-19")
    assert all(labels[body] == ("body", "body.core") for body in BODIES[lang])
