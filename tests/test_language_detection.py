"""Which language a page is in: read from its sentences, not from its longest lines.

A whole-page dump's longest lines are often a country picker, a list of names or leftover
markup; py3langid's model reads those as Central Bikol, Nigerian Pidgin or "no linguistic
content" (Readability's Mozilla and Archive of Our Own pages, Yahoo Japan's tracking pixels).
"""

from __future__ import annotations

import pytest

from newsclean import clean
from newsclean.text import language

COUNTRY_PICKER = (
    "Afghanistan Albania Algeria American Samoa Andorra Angola Anguilla Antarctica Antigua and Barbuda "
    "Argentina Armenia Aruba Australia Austria Azerbaijan Bahamas Bahrain Bangladesh Barbados Belarus "
    "Belgium Belize Benin Bermuda Bhutan Bolivia Botswana Brazil Brunei Bulgaria Burkina Faso Burundi "
    "Cambodia Cameroon Canada Cape Verde Chad Chile China Colombia Comoros Costa Rica Croatia Cuba Cyprus "
    "Denmark Djibouti Dominica Ecuador Egypt Eritrea Estonia Ethiopia Fiji Finland France Gabon Gambia "
    "Georgia Germany Ghana Greece Grenada Guatemala Guinea Guyana Haiti Honduras Hungary Iceland India "
    "Indonesia Iran Iraq Ireland Israel Italy Jamaica Japan Jordan Kenya Kiribati Kuwait Laos Latvia "
    "Lebanon Lesotho Liberia Libya Lithuania Madagascar Malawi Malaysia Mali Malta Mauritania Mexico "
    "Moldova Monaco Mongolia Morocco Mozambique Namibia Nauru Nepal Nicaragua Niger Nigeria Norway Oman "
    "Pakistan Palau Panama Paraguay Peru Poland Portugal Qatar Romania Rwanda Samoa Senegal Serbia "
    "Seychelles Singapore Slovakia Somalia Spain Sudan Suriname Sweden Syria Tanzania Thailand Togo Tonga "
    "Tunisia Turkey Tuvalu Uganda Ukraine Uruguay Vanuatu Venezuela Vietnam Yemen Zambia Zimbabwe"
)
TRACKING_PIXEL = (
    '<div style="position:absolute;"><img width=1 height=1 alt="" src="http://b5.example.jp/b?'
    "P=oI9TLjE4Mi66RLpAorxEdAVuMTE4LgAAAAA2TzUA&T=16mncrita%2fX%3d1489053188%2fE%3d2078709551%2f"
    "R%3djp_hdln_te%2fK%3d5%2fV%3d2.1%2fW%3dH%2fY%3djp%2fF%3d2238182345%2fH%3dbWgtbG9naW4tc3JjPSJ5"
    "biIgcG9wc2VhcmNoLXNlcnZpY2UtY29kZT0ibndzIiBhZGN2ZXI9Ni44LjE-%2fQ%3d-1%2fS%3d1%2fJ%3d58C12604&"
    'U=1279p20p7%2fN%3dkjR_ALYWOUA-%2fC%3d-2%2fD%3dTUT%2fB%3d-2"></div>'
)
# Short articles written for this test, each in its language.
ARTICLES = {
    "en": [
        "The browser update ships on Tuesday with a new tab manager.",
        "Users can group tabs by site and mute them with one click.",
        "The team said the change came after years of requests from people who keep hundreds of tabs open.",
    ],
    "de": [
        "Das Update erscheint am Dienstag mit einer neuen Tab-Verwaltung.",
        "Nutzer können Tabs nach Seite gruppieren und mit einem Klick stummschalten.",
        "Das Team sagte, die Änderung sei seit Jahren von vielen Nutzern gewünscht worden.",
    ],
    "fr": [
        "La mise à jour sort mardi avec un nouveau gestionnaire d'onglets.",
        "Les utilisateurs peuvent grouper les onglets par site et les couper d'un clic.",
        "L'équipe a dit que le changement était attendu depuis longtemps par les lecteurs.",
    ],
    "es": [
        "La actualización llega el martes con un nuevo gestor de pestañas.",
        "Los usuarios pueden agrupar las pestañas por sitio y silenciarlas con un clic.",
        "El equipo dijo que el cambio llegó tras años de peticiones de los lectores.",
    ],
    "ru": [
        "Городской совет в понедельник проголосовал за то, чтобы оставить старый мост открытым.",
        "Жители ждут строительства нового моста уже несколько лет.",
        "Работы начнутся весной следующего года, сообщили в мэрии.",
    ],
    "ja": [
        "市議会は月曜日、古い橋をもう一年開けておくことを決めた。",
        "住民は新しい橋の建設を待っている。",
        "工事は来年の春に始まる予定だと市の担当者は説明した。",
        "橋は百年前に建てられ、毎日三千台の車が通っている。",
    ],
}


@pytest.mark.parametrize("code", ["en", "de", "fr", "es"])
def test_a_country_picker_longer_than_the_article_does_not_decide(code: str) -> None:
    page = ["Choose your country", COUNTRY_PICKER, *ARTICLES[code]]
    assert language.detect_language(page) == code


@pytest.mark.parametrize("code", ["ru", "ja", "en"])
def test_markup_left_in_the_text_does_not_decide(code: str) -> None:
    page = [TRACKING_PIXEL] * 4 + ARTICLES[code]
    assert language.detect_language(page) == code


def test_clean_reports_the_articles_language_and_uses_its_stop_words() -> None:
    text = "\n".join(["Choose your country", COUNTRY_PICKER, "", *ARTICLES["de"]])
    doc = clean(text, format="text")
    assert doc.metadata.language == "de"
    assert ARTICLES["de"][1] in doc.text


def test_markup_alone_is_no_language() -> None:
    assert language.detect_language([TRACKING_PIXEL]) is None


@pytest.mark.parametrize(
    ("sample", "ranked", "expected"),
    [
        # A first choice newsclean has no stop words for, a runner-up whose stop words make up
        # the sample: the runner-up.
        ("Sign up to get the news and the offers of the week in your inbox.", ["pcm", "en", "bcl"], "en"),
        ("Inscrivez-vous pour recevoir les offres de la semaine.", ["bcl", "fr", "pcm"], "fr"),
        # The runner-up's stop words are few: the first choice stays.
        ("Wetin dey happen for Lagos market today", ["pcm", "en", "bcl"], "pcm"),
        # A first choice with stop words of its own stays, whatever the runners-up.
        ("the and of to in", ["de", "en", "fr"], "de"),
        # "No linguistic content" is no language.
        ("%2fX%3d1489053188%2fE%3d2078709551", ["zxx", "en", "de"], None),
    ],
)
def test_stop_words_overrule_a_first_choice_without_any(
    sample: str, ranked: list[str], expected: str | None
) -> None:
    assert language._with_stop_words(sample, ranked) == expected
