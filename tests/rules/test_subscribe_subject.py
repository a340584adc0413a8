"""subscribe.prompt keeps what an article about newsletters (or free trials) says about them: a
phrase of the list that several prose lines of the page name is the article's subject, and a
short line naming only such phrases (a heading, a list item) is the article's, not a prompt."""

from __future__ import annotations

import pytest

import newsclean

# Per language: the article (headline, prose naming the subject, short subject lines), then a
# prompt that names another phrase of the list as well, which stays a prompt.
PAGES = {
    "en": (
        [
            "The State of AI newsletter turns two",
            "Two years ago a researcher started writing a monthly newsletter about artificial "
            "intelligence, and it has since found a large audience among investors and engineers.",
            "What is the State of AI newsletter?",
            "The State of AI is a monthly newsletter that sums up the key developments in research, "
            "industry and politics for its readers in a single long issue.",
            "- The newsletter is published once a month.",
            "Who writes the newsletter?",
            "The newsletter is written by an investor who has followed the field for many years and "
            "who also publishes a long annual report every autumn.",
            "Readers say the newsletter is the one place where research results and company news are "
            "put side by side, and they forward it to their colleagues.",
        ],
        "Sign up for our newsletter",
    ),
    "de": (
        [
            "Der Newsletter der Stadtbibliothek wird zehn Jahre alt",
            "Vor zehn Jahren hat die Stadtbibliothek ihren ersten Newsletter verschickt, und seitdem "
            "ist die Zahl der Leser jedes Jahr gewachsen.",
            "Was steht im Newsletter?",
            "Der Newsletter stellt jeden Monat neue Bücher vor und nennt die Termine der Lesungen, "
            "die in den Stadtteilen stattfinden.",
            "- Der Newsletter erscheint am ersten Montag des Monats.",
            "Wer schreibt den Newsletter?",
            "Geschrieben wird der Newsletter von zwei Mitarbeiterinnen, die auch die Lesungen in der "
            "Bibliothek planen und die Gäste einladen.",
            "Viele Leser sagen, dass sie durch den Newsletter auf Bücher gestoßen sind, die sie sonst "
            "nie in die Hand genommen hätten.",
        ],
        "Jetzt anmelden und Newsletter erhalten",
    ),
    "es": (
        [
            "El boletín de la biblioteca municipal cumple diez años",
            "Hace diez años la biblioteca envió su primer boletín, y desde entonces el número de sus "
            "lectores ha crecido cada año.",
            "¿Qué cuenta el boletín?",
            "El boletín presenta cada mes los libros nuevos y anuncia los encuentros con autores que "
            "se celebran en las bibliotecas de los barrios.",
            "- El boletín sale el primer lunes de cada mes.",
            "¿Quién escribe el boletín?",
            "Escriben el boletín dos bibliotecarias que también organizan los encuentros de la "
            "biblioteca e invitan a los autores.",
            "Muchos lectores dicen que gracias al boletín descubrieron libros que de otro modo nunca "
            "habrían abierto.",
        ],
        "Suscríbete y recibe el boletín",
    ),
}


# Per language: prose on another subject (no phrase of the list in it).
OTHER = {
    "en": [
        "The city council voted on Tuesday to keep the old bridge open for another year, officials said.",
        "Engineers had warned that the structure needed urgent repairs, but the budget for the work was cut.",
        "Residents who cross the river every day said they were relieved that the bridge would stay open.",
    ],
    "de": [
        "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke ein weiteres Jahr offen zu halten.",
        "Ingenieure hatten gewarnt, dass das Bauwerk dringend repariert werden muss, doch das Geld fehlt.",
        "Anwohner, die jeden Tag über den Fluss fahren, sind erleichtert, dass die Brücke offen bleibt.",
    ],
    "es": [
        "El ayuntamiento decidió el martes mantener abierto el viejo puente durante un año más.",
        "Los ingenieros advirtieron que la estructura necesitaba reparaciones urgentes, pero falta dinero.",
        "Los vecinos que cruzan el río cada día dijeron que estaban aliviados de que el puente siga abierto.",
    ],
}


@pytest.mark.parametrize("language", sorted(PAGES))
def test_an_article_about_newsletters_keeps_its_headings_and_items(language: str) -> None:
    article, prompt = PAGES[language]
    text = "\n".join([article[0], *OTHER[language][:2], *article[1:], prompt])
    document = newsclean.clean(text, format="text", language=language)
    labels = {line.text: (line.label.value, line.rule) for line in document.lines}
    for line in article[1:]:
        assert labels[line][0] == "body", (line, labels[line])
    assert labels[prompt] == ("subscribe", "subscribe.prompt")


@pytest.mark.parametrize("language", sorted(PAGES))
def test_the_same_lines_in_an_article_on_another_subject_are_prompts(language: str) -> None:
    """The headings and items above, set in an article about something else (the list's phrase
    named by none of its prose lines), are prompts: only the subject keeps them."""
    article, _prompt = PAGES[language]
    short = [line for line in article[1:] if len(line.split()) < 10]
    other = OTHER[language]
    text = "\n".join([article[0], other[0], *short[:1], *other[1:], *short[1:]])
    document = newsclean.clean(text, format="text", language=language)
    labels = {line.text: line.rule for line in document.lines}
    assert all(labels[line] == "subscribe.prompt" for line in short), labels


def test_a_prompt_printed_twice_is_no_subject() -> None:
    """Two copies of one long prompt are one line of prose, not the article's subject."""
    box = (
        "Get the best stories of the week delivered to your inbox every Friday by signing up to "
        "our newsletter today."
    )
    text = "\n".join([PAGES["en"][0][0], box, *PAGES["en"][0][1:2], "Newsletter", box])
    document = newsclean.clean(text, format="text", language="en")
    assert [line.rule for line in document.lines if line.text == "Newsletter"] == ["subscribe.prompt"]


@pytest.mark.parametrize("line", ["Рассылка", "Наша рассылка", "Подпишитесь на рассылку"])
def test_russian_newsletter_words_in_any_case_are_prompts(line: str) -> None:
    """The list names each form of "рассылка": a phrase matches whole words, so a stem would
    match none of them."""
    text = "\n".join(["Городской совет оставил мост открытым", line, *OTHER_RU])
    document = newsclean.clean(text, format="text", language="ru")
    assert [entry.rule for entry in document.lines if entry.text == line] == ["subscribe.prompt"]


OTHER_RU = [
    "Городской совет во вторник проголосовал за то, чтобы оставить старый мост открытым ещё на год.",
    "Инженеры предупреждали, что сооружение нуждается в срочном ремонте, но бюджет сократили в марте.",
    "Жители, которые каждый день переходят реку, сказали, что рады, что мост останется открытым.",
]
