"""Page structure: a comment thread under an article is not a feed of articles."""

from __future__ import annotations

import pytest
from tests.rules.conftest import BODIES, TITLES

import newsclean

# Per language: the commenter line ("jane says:"), the first line of each comment (headline-shaped,
# like a feed's headline) and a long second paragraph.
COMMENTS = {
    "en": (
        "{} says:",
        "Who is going to pay for all of this",
        "I have crossed that bridge every morning for twenty years and I can tell you that the council "
        "has ignored every warning from the engineers, so this decision changes nothing for us.",
    ),
    "ru": (
        "{} пишет:",
        "Кто будет платить за всё это",
        "Я каждое утро двадцать лет хожу по этому мосту и могу сказать, что совет игнорировал все "
        "предупреждения инженеров, поэтому это решение для нас ничего не меняет, к сожалению.",
    ),
    "kk": (
        "{} жазады:",
        "Мұның бәріне кім төлейді екен",
        "Мен жиырма жыл бойы күн сайын таңертең осы көпірден өтемін және кеңес инженерлердің барлық "
        "ескертулерін елемеді деп айта аламын, сондықтан бұл шешім біз үшін ештеңені өзгертпейді.",
    ),
}
NAMES = ["river_fan", "oldtown42", "mayorwatch", "bridgeuser", "ferryman"]


def thread(language: str) -> list[str]:
    author, first, second = COMMENTS[language]
    lines = []
    for k, name in enumerate(NAMES):
        lines += [author.format(name), f"March {k + 1}, 2024 at 10:{k}5 am", first, second]
    return lines


@pytest.mark.parametrize("language", sorted(COMMENTS))
def test_comment_thread_is_not_a_feed(language: str) -> None:
    text = "\n".join([TITLES[language], *BODIES[language], *thread(language)])
    doc = newsclean.clean(text)
    assert len(doc.articles) == 1
    assert doc.metadata.title == TITLES[language]
    assert all(paragraph in doc.text for paragraph in BODIES[language])


def test_the_same_stamps_without_commenter_lines_are_a_feed() -> None:
    # Control: what makes the thread above a thread is the "name says:" line over each stamp.
    lines = [line for line in thread("en") if not line.endswith("says:")]
    doc = newsclean.clean("\n".join([TITLES["en"], *BODIES["en"], *lines]))
    assert len(doc.articles) > 1
