"""noise.duplicate: article text printed twice (captions, structured-data copies) is kept once."""

from __future__ import annotations

import pytest
from tests.rules.conftest import BODIES, decisions, page

import newsclean

# Photo captions of twenty words or more, as alt text and caption print them twice.
CAPTIONS = {
    "en": "Workers inspect the underside of the old bridge on Monday morning, a day before the council vote "
    "that kept it open for another year.",
    "ru": "Рабочие осматривают нижнюю часть старого моста в понедельник утром, за день до голосования "
    "совета, "
    "который оставил его открытым ещё на целый год.",
    "kk": "Жұмысшылар дүйсенбі күні таңертең ескі көпірдің астыңғы бөлігін тексеруде, бұл кеңестің көпірді "
    "тағы бір жылға ашық қалдыру туралы дауыс беруінен бір күн бұрын болған еді.",
    "ar": "عمال يفحصون الجزء السفلي من الجسر القديم صباح يوم الاثنين، قبل يوم واحد من تصويت مجلس المدينة "
    "الذي أبقى الجسر مفتوحا لعام آخر بعد نقاش طويل.",
    "bn": "সোমবার সকালে শ্রমিকরা পুরনো সেতুটির নিচের অংশ পরীক্ষা করছেন, নগর পরিষদের ভোটের এক দিন আগে, "
    "যে ভোটে সেতুটি আরও এক বছর খোলা রাখার সিদ্ধান্ত হয় এবং বাসিন্দারা খুশি হন।",
}


def _body_lines(text: str) -> list[str]:
    return [line.text for line in newsclean.clean(text).lines if line.kept]


def test_a_long_caption_printed_twice_is_kept_once(language: str) -> None:
    caption = CAPTIONS[language]
    assert len(caption.split()) >= 20
    text = page(language, middle=[caption, caption])
    kept = _body_lines(text)
    assert kept.count(caption) == 1
    assert all(line in kept for line in BODIES[language])
    removed = [line.rule for line in newsclean.clean(text).lines if line.text == caption and not line.kept]
    assert removed == ["noise.duplicate"]


@pytest.mark.parametrize("refrain", ["We will not give up the bridge!", "Мост наш, и мы его не отдадим!"])
def test_a_short_line_repeated_in_the_article_stays_twice(refrain: str) -> None:
    """A refrain or a slogan is short: both copies are the article's."""
    text = page("en" if refrain.isascii() else "ru", middle=[refrain, refrain])
    assert _body_lines(text).count(refrain) == 2


def test_the_article_run_together_on_one_line_is_removed(language: str) -> None:
    """A structured-data copy of the article (its paragraphs on one line) goes; the paragraphs stay."""
    joined = " ".join(BODIES[language])
    assert len(joined.split()) >= 40
    got = decisions(page(language, tail=["", joined]))
    assert got[joined] == ("noise", "noise.duplicate")
    assert all(got[line] == ("body", "body.core") for line in BODIES[language])


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_a_long_paragraph_quoting_the_article_is_kept(lang: str) -> None:
    """A paragraph that repeats two sentences of the article around as much text of its own is not
    a copy of the article."""
    body = BODIES[lang]
    own = CAPTIONS[lang]
    quoting = f"{body[0]} {own} {body[1]}"
    assert len(quoting.split()) >= 40
    got = decisions(page(lang, tail=["", quoting]))
    assert got[quoting][1] != "noise.duplicate"
