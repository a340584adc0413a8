"""related.cards: a list of teaser cards (headline, name, date, first paragraph) under the article."""

from __future__ import annotations

import pytest
from tests.rules.conftest import BODIES, TITLES, decisions, page

# Per language: a heading over the list and three cards (headline, author, date line, excerpt)
# about other stories; the excerpts are prose, so only the cards' shape tells them from the article.
CARDS = {
    "en": (
        "More from the Herald",
        [
            (
                "Farmers count the cost of a wet spring",
                "Anna Lee",
                "Wednesday November 20, 2019",
                "After weeks of rain the fields are still under water and the planting season is late.",
            ),
            (
                "Why the school board delayed its vote",
                "Tom Baker",
                "Tuesday November 19, 2019",
                "The board said it needed more time to study the plan before it would decide anything.",
            ),
            (
                "A new bakery opens on the main square",
                "Rita Moreno Diaz",
                "Tuesday November 19, 2019",
                "The owners said they had waited for years to find the right place for their shop.",
            ),
        ],
    ),
    "ru": (
        "Ещё по теме",
        [
            (
                "Фермеры подсчитывают убытки после дождливой весны",
                "Анна Ли",
                "20 ноября 2019",
                "После недель дождей поля всё ещё под водой, и посевная в этом году начнётся поздно.",
            ),
            (
                "Почему школьный совет отложил голосование",
                "Пётр Смирнов",
                "19 ноября 2019",
                "Совет заявил, что ему нужно больше времени, чтобы изучить план, прежде чем что-то решать.",
            ),
            (
                "На главной площади открылась новая пекарня",
                "Ольга Иванова",
                "19 ноября 2019",
                "Владельцы сказали, что много лет искали подходящее место для своего магазина.",
            ),
        ],
    ),
    "de": (
        "Mehr aus der Region",
        [
            (
                "Landwirte zählen die Schäden nach dem nassen Frühjahr",
                "Anna Lehmann",
                "Mittwoch, 20. November 2019",
                "Nach wochenlangem Regen stehen die Felder noch immer unter Wasser und die Aussaat ist spät.",
            ),
            (
                "Warum der Schulrat seine Abstimmung verschoben hat",
                "Thomas Becker",
                "Dienstag, 19. November 2019",
                "Der Rat sagte, er brauche mehr Zeit, um den Plan zu prüfen, bevor er etwas entscheidet.",
            ),
            (
                "Eine neue Bäckerei öffnet am Marktplatz",
                "Rita Müller",
                "Dienstag, 19. November 2019",
                "Die Besitzer sagten, sie hätten jahrelang nach dem richtigen Ort für ihren Laden gesucht.",
            ),
        ],
    ),
}

# The article's own text for German (the shared fixtures have no German page).
BODIES_DE = [
    "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke ein weiteres Jahr offen zu halten.",
    "Ingenieure hatten gewarnt, dass das Bauwerk dringend repariert werden muss, doch Geld fehlte.",
    "Die Anwohner, die die Brücke jeden Tag nutzen, zeigten sich über die Entscheidung erleichtert.",
]


def _article(language: str, tail: list[str]) -> tuple[str, list[str]]:
    """The page text and the article's paragraphs."""
    if language == "de":
        return "\n".join(["Stadtrat hält die alte Brücke offen", "", *BODIES_DE, "", *tail]), BODIES_DE
    return page(language, tail=["", *tail]), BODIES[language]


def _card_lines(cards: list[tuple[str, str, str, str]]) -> list[str]:
    return [line for card in cards for line in card]


@pytest.mark.parametrize("language", sorted(CARDS))
def test_three_teaser_cards_under_the_article_are_removed(language: str) -> None:
    heading, cards = CARDS[language]
    text, bodies = _article(language, [heading, *_card_lines(cards)])
    got = decisions(text)
    assert all(got[line] == ("body", "body.core") for line in bodies)
    assert all(got[line][0] != "body" for line in [heading, *_card_lines(cards)])
    assert got[cards[1][3]] == ("related", "related.cards")


@pytest.mark.parametrize("language", sorted(CARDS))
def test_two_cards_are_not_a_list(language: str) -> None:
    """The article's own head has the card's shape; two in a row are not evidence enough."""
    _, cards = CARDS[language]
    text, _ = _article(language, _card_lines(cards[:2]))
    assert all(rule != "related.cards" for _, rule in decisions(text).values())


@pytest.mark.parametrize("language", sorted(CARDS))
def test_a_feed_of_dated_briefs_is_kept(language: str) -> None:
    """Cards that open their segment are the page's content (a feed of briefs), not a list under it."""
    _, cards = CARDS[language]
    text = "\n".join(_card_lines(cards))
    assert all(rule != "related.cards" for _, rule in decisions(text).values())


@pytest.mark.parametrize("language", ["en", "ru"])
def test_cards_without_names_are_removed_too(language: str) -> None:
    _, cards = CARDS[language]
    nameless = [line for head, _, stamp, excerpt in cards for line in (head, stamp, excerpt)]
    text, bodies = _article(language, nameless)
    got = decisions(text)
    assert all(got[line] == ("body", "body.core") for line in bodies)
    assert all(got[line][0] != "body" for line in nameless)
    assert TITLES[language] not in nameless
