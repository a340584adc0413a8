"""related.section: a box of headlines set mid-article ends where the article's paragraphs resume,
even when those paragraphs turn to other words than the ones above the box."""

from __future__ import annotations

import pytest
from tests.rules.conftest import decisions

# Per language: the article's opening paragraphs, a related box (heading, two headlines), then
# four more paragraphs of the article on another aspect (few words in common with the opening).
ARTICLES = {
    "en": (
        "Harbour pilots return after two-year strike",
        [
            "The harbour pilots of the northern port went back to work on "
            "Monday after a strike that lasted two years.",
            "Their union signed the agreement late on Sunday night, after a "
            "final round of talks with the port authority.",
            "Ships that had waited at anchor for weeks began to move towards the docks early in the morning.",
            "The port authority said the backlog of vessels should be cleared by the end of the month.",
        ],
        "Related",
        ["Fishermen protest against new quotas", "City opens a second ferry line"],
        [
            "Older residents remember when dozens of families earned their living from piloting vessels.",
            "Many young people have since moved away, and schools in "
            "nearby villages struggle to fill classrooms.",
            "Local shops hope that busier quays will bring customers back during the coming winter months.",
            "Tourism officials also expect more cruise visitors next "
            "summer, provided the weather cooperates.",
        ],
    ),
    "es": (
        "Los prácticos del puerto vuelven al trabajo tras dos años de huelga",
        [
            "Los prácticos del puerto del norte volvieron al trabajo el lunes tras una huelga de dos años.",
            "Su sindicato firmó el acuerdo el domingo por la noche, "
            "después de una última ronda de negociaciones.",
            "Los barcos que llevaban semanas fondeados empezaron a moverse hacia los muelles por la mañana.",
            "La autoridad portuaria dijo que la cola de barcos debería despejarse antes de fin de mes.",
        ],
        "Lee también",
        ["Los pescadores protestan contra las nuevas cuotas", "La ciudad abre una segunda línea de ferry"],
        [
            "Los vecinos mayores recuerdan cuando decenas de familias vivían de guiar a los buques.",
            "Muchos jóvenes se han ido desde entonces, y a las escuelas de los pueblos les faltan alumnos.",
            "Las tiendas de la zona esperan que unos muelles con más vida traigan clientes este invierno.",
            "Las autoridades de turismo también esperan más cruceros "
            "el próximo verano, si el tiempo acompaña.",
        ],
    ),
    "de": (
        "Hafenlotsen kehren nach zweijährigem Streik zurück",
        [
            "Die Hafenlotsen des nördlichen Hafens haben am Montag nach "
            "einem zweijährigen Streik die Arbeit aufgenommen.",
            "Ihre Gewerkschaft unterschrieb die Vereinbarung am späten "
            "Sonntagabend nach einer letzten Verhandlungsrunde.",
            "Schiffe, die wochenlang vor Anker gelegen hatten, bewegten "
            "sich am frühen Morgen auf die Docks zu.",
            "Die Hafenbehörde erklärte, der Rückstau der Schiffe solle bis zum Monatsende abgebaut sein.",
        ],
        "Lesen Sie auch",
        ["Fischer protestieren gegen neue Fangquoten", "Die Stadt eröffnet eine zweite Fährlinie"],
        [
            "Ältere Bewohner erinnern sich an Zeiten, als Dutzende Familien vom Lotsendienst lebten.",
            "Viele junge Leute sind seitdem weggezogen, und Schulen in den Nachbardörfern fehlen die Kinder.",
            "Örtliche Geschäfte hoffen, dass belebte Kais im kommenden Winter wieder Kundschaft bringen.",
            "Auch die Tourismusbehörde erwartet im nächsten Sommer mehr "
            "Kreuzfahrtgäste, wenn das Wetter mitspielt.",
        ],
    ),
}


@pytest.mark.parametrize("language", sorted(ARTICLES))
def test_the_article_resumes_after_a_box_of_headlines(language: str) -> None:
    title, opening, heading, headlines, rest = ARTICLES[language]
    text = "\n".join([title, "", *opening, heading, *headlines, *rest])
    got = decisions(text)
    assert all(got[line][0] != "body" for line in [heading, *headlines])
    assert all(got[line] == ("body", "body.core") for line in [*opening, *rest])


@pytest.mark.parametrize("language", sorted(ARTICLES))
def test_teasers_one_paragraph_each_stay_in_the_section(language: str) -> None:
    """A list of teasers (a headline over one paragraph each) is not the article resuming."""
    title, opening, heading, headlines, rest = ARTICLES[language]
    teasers = [headlines[0], rest[0], headlines[1], rest[1], f"{headlines[0]}!", rest[2]]
    text = "\n".join([title, "", *opening, heading, *teasers])
    got = decisions(text)
    assert all(got[line][0] != "body" for line in teasers)
