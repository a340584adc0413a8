"""noise.caption: a photo caption closed by its credit is not article text, in any language."""

from __future__ import annotations

import pytest
from tests.rules.conftest import BODIES, decisions, page

from newsclean.rules.noise import _credited

# A caption between the first paragraphs, closed by the photo's credit in the site's style.
CAPTIONS = {
    "en": "The old bridge seen from the river bank on Tuesday morning Credit: Getty Images",
    "ru": "Старый мост во вторник утром, вид с набережной (Фото: РИА Новости)",
    "kk": "Ескі көпір сейсенбі күні таңертең Фото: Жасұлан Қожахметов",
    "bn": "মঙ্গলবার সকালে নদীর তীর থেকে পুরনো সেতু। ছবি: সংগৃহীত",
    "ar": "الجسر القديم كما بدا صباح الثلاثاء من ضفة النهر (الصورة: رويترز)",
}
# Lines with a credit word and a colon that are not a credited caption, per language.
NOT_CAPTIONS = [
    "He would not say much about the photo: it had been taken years before the trial",
    "Das Bild: Ein Mann steht vor der Brücke und wartet auf den Bus.",
    "Фото: ТАСС",
    "La foto: una mujer cruza el puente a las seis de la mañana.",
]


@pytest.mark.parametrize("language", sorted(CAPTIONS))
def test_a_credited_caption_in_the_article_is_removed(language: str) -> None:
    caption = CAPTIONS[language]
    got = decisions(page(language, middle=[caption]))
    assert got[caption] == ("noise", "noise.caption")
    assert all(got[line] == ("body", "body.core") for line in BODIES[language])


@pytest.mark.parametrize(
    "line",
    [
        "Protesters gather outside the university campus (Image: GETTY )",
        "Le pont vu depuis la rive gauche Crédit photo : AFP",
        "Die Brücke am Dienstagmorgen (Foto: dpa/Bernd Weißbrod)",
        "El puente visto desde la orilla del río Foto: EFE",
    ],
)
def test_credit_shapes_across_sites(line: str) -> None:
    words = frozenset(
        ["credit", "image", "photo", "crédit", "crédit photo", "foto", "bild", "imagen", "fotografía"]
    )
    assert _credited(line, words)


@pytest.mark.parametrize("line", NOT_CAPTIONS)
def test_sentences_and_lone_credits_are_not_credited_captions(line: str) -> None:
    words = frozenset(["photo", "bild", "фото", "foto"])
    assert not _credited(line, words)


def test_a_caption_without_a_credit_stays() -> None:
    caption = "The old bridge seen from the river bank on Tuesday morning"
    got = decisions(page("en", middle=[caption]))
    assert got[caption][1] != "noise.caption"
