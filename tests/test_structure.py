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


# A cookie notice (prose, but boilerplate), its button, then a "latest news" heading right above
# the article: the heading is page chrome and must not take the article as its section.
COOKIE_THEN_HEADING = {
    "en": ("We use cookies to improve your experience on our website. By continuing to browse the "
           "site you agree to our use of cookies.", "Accept", "Latest news"),
    "ru": ("Мы используем файлы cookie, чтобы сделать сайт удобнее для вас. Продолжая пользоваться "
           "сайтом, вы соглашаетесь с этим.", "Принять", "Последние новости"),
    "de": ("Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis auf unserer Website zu bieten, "
           "wenn Sie weiter surfen, stimmen Sie dem zu.", "Akzeptieren", "Meistgelesen"),
}  # fmt: skip
GERMAN = [
    "Stadtrat lässt die alte Brücke ein weiteres Jahr offen",
    "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke ein weiteres Jahr offen zu halten.",
    "Die Ingenieure hatten vor dringenden Reparaturen gewarnt, doch das Budget wurde im März gekürzt.",
]


@pytest.mark.parametrize("language", sorted(COOKIE_THEN_HEADING))
def test_a_heading_under_a_cookie_notice_does_not_take_the_article(language: str) -> None:
    notice, button, heading = COOKIE_THEN_HEADING[language]
    title = TITLES.get(language, GERMAN[0])
    bodies = BODIES.get(language, GERMAN[1:])
    doc = newsclean.clean("\n".join([notice, button, heading, title, *bodies]))
    assert doc.metadata.title == title
    assert all(line in doc.text for line in bodies)


# Feed articles whose text is one short question each (a teaser): still a feed of two articles.
QUESTION_FEEDS = {
    "en": [("Council keeps the old bridge open", "Who will pay for the repairs this time?"),
           ("Ferry service returns next spring", "Will the fares go up again this year?")],
    "ru": [("Совет оставил старый мост открытым", "Кто на этот раз заплатит за ремонт?"),
           ("Паромное сообщение вернётся весной", "Подорожают ли билеты в этом году?")],
}  # fmt: skip


@pytest.mark.parametrize("language", sorted(QUESTION_FEEDS))
def test_a_feed_of_short_questions_is_a_feed(language: str) -> None:
    lines = []
    for k, (headline, question) in enumerate(QUESTION_FEEDS[language]):
        lines += [f"0{k + 1}.03.2024, 10:{k}5", headline, question]
    doc = newsclean.clean("\n".join(lines))
    assert len(doc.articles) == 2
    assert all(question in doc.text for _, question in QUESTION_FEEDS[language])
