"""comments.thread: dated comments under "name says:" lines, in any language, are not the article."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.rules.conftest import BODIES, decisions, page

from newsclean.rules.comments import _threads

# (commenter line, stamp, comment) in several languages; the comments are prose on the topic.
THREADS = {
    "en": [
        (
            "riverside_joe says:",
            "March 4, 2024 at 6:34 am",
            "About time the council kept the old bridge open, I cross it every day on my way to work.",
        ),
        (
            "Maria K. says:",
            "March 4, 2024 at 7:02 am",
            "The council cut the budget for the bridge repairs in March and now it acts surprised by this.",
        ),
        (
            "oldtimer says:",
            "March 4, 2024 at 9:15 am",
            "Engineers warned that the old bridge needed urgent repairs years ago and nobody listened.",
        ),
    ],
    "ru": [
        (
            "Марина пишет:",
            "4 марта 2024 в 06:34",
            "Хорошо, что совет оставил старый мост открытым, я хожу по нему каждый день на работу.",
        ),
        (
            "Иван П. пишет:",
            "4 марта 2024 в 07:02",
            "Совет сократил бюджет на ремонт моста в марте, а теперь делает вид, что удивлён решением.",
        ),
        (
            "старожил пишет:",
            "4 марта 2024 в 09:15",
            "Инженеры давно предупреждали, что старому мосту нужен срочный ремонт, но никто их не слушал.",
        ),
    ],
}

# The thread's count line, in words no phrase list knows as a comments heading.
COUNTS = {
    "en": "3 thoughts on “Council keeps the old bridge open”",
    "ru": "3 мнения о «Совет оставил мост открытым»",
}


def _thread(lang: str) -> list[str]:
    return ["", COUNTS[lang], *(line for comment in THREADS[lang] for line in comment)]


@pytest.mark.parametrize("lang", sorted(THREADS))
def test_dated_comments_are_a_thread(lang: str) -> None:
    got = decisions(page(lang, tail=_thread(lang)))
    for name, stamp, text in THREADS[lang]:
        assert got[name][0] == "comments"
        assert got[stamp][0] == "comments"
        assert got[text] == ("comments", "comments.thread")
    assert got[COUNTS[lang]] == ("comments", "comments.thread")
    assert all(got[line] == ("body", "body.core") for line in BODIES[lang])


@pytest.mark.parametrize("lang", sorted(THREADS))
def test_two_dated_notes_are_not_a_thread(lang: str) -> None:
    tail = ["", *(line for comment in THREADS[lang][:2] for line in comment)]
    got = decisions(page(lang, tail=tail))
    assert all(rule != "comments.thread" for _label, rule in got.values())


def test_an_interviews_speakers_are_not_commenters() -> None:
    """ "Name:" lines followed by what the speaker said, not by a date, are the article's."""
    speakers = [
        ("Reporter:", "Why did the council keep the old bridge open for another year?"),
        ("Mayor:", "Because the residents use it every day and the repairs can wait until spring."),
        ("Reporter:", "Engineers had warned that the structure needed urgent repairs, had they not?"),
        ("Mayor:", "They did, and the money for that work will come back in the next budget."),
    ]
    got = decisions(page("en", tail=["", *(line for pair in speakers for line in pair)]))
    assert all(rule != "comments.thread" for _label, rule in got.values())


@pytest.mark.parametrize(
    ("label", "stamps"),
    [
        ("Published:", ["March 4, 2024 at 6:34 am", "March 5, 2024 at 7:02 am", "March 6, 2024 at 9:15 am"]),
        ("Опубликовано:", ["4 марта 2024 в 06:34", "5 марта 2024 в 07:02", "6 марта 2024 в 09:15"]),
    ],
)
def test_datelines_split_over_two_lines_are_not_commenters(label: str, stamps: list[str]) -> None:
    lang = "en" if label.isascii() else "ru"
    notes = [text for _name, _stamp, text in THREADS[lang]]
    tail = ["", *(line for stamp, note in zip(stamps, notes, strict=True) for line in (label, stamp, note))]
    got = decisions(page(lang, tail=tail))
    assert all(rule != "comments.thread" for _label, rule in got.values())


@pytest.mark.parametrize("lang", sorted(THREADS))
def test_commenters_without_a_colon_make_a_thread_too(lang: str) -> None:
    """Many comment systems print the bare name over the date and time."""
    tail = [
        "",
        COUNTS[lang],
        *(line for name, stamp, text in THREADS[lang] for line in (name[:-1], stamp, text)),
    ]
    got = decisions(page(lang, tail=tail))
    for _name, _stamp, text in THREADS[lang]:
        assert got[text] == ("comments", "comments.thread")
    assert all(got[line] == ("body", "body.core") for line in BODIES[lang])


def test_a_feed_with_sources_over_the_next_stamp_is_not_a_thread() -> None:
    """A feed article's short source line sits right above the next article's stamp."""
    articles = [
        ("Council keeps the old bridge open for another year", BODIES["en"][0]),
        ("Engineers warn the old bridge needs urgent repairs", BODIES["en"][1]),
        ("Residents relieved as the council keeps the bridge open", BODIES["en"][2]),
        ("Bridge repairs to start in spring, the city council says", THREADS["en"][1][2]),
    ]
    lines: list[str] = []
    for k, (headline, text) in enumerate(articles):
        lines += [f"25.02.2026, 0{k + 1}:50", headline, text, "citynews.example", ""]
    got = decisions("\n".join(lines))
    assert all(rule != "comments.thread" for _label, rule in got.values())
    assert all(got[text][0] == "body" for _headline, text in articles)


@given(st.lists(st.integers(0, 300), unique=True), st.data())
def test_threads_of_the_stamped_names_lie_in_threads_of_all_names(
    names: list[int], data: st.DataObject
) -> None:
    """The rule parses stamps only under names in a close run of three: dropping the names outside
    such runs first must leave the threads of any subset (the stamped names) as they were."""
    names.sort()
    stamped = sorted(data.draw(st.sets(st.sampled_from(names)))) if names else []
    close = {i for run in _threads(names) for i in run}
    assert list(_threads([i for i in stamped if i in close])) == list(_threads(stamped))


@pytest.mark.parametrize("lang", sorted(THREADS))
def test_a_thread_with_no_article_above_it_is_the_pages_content(lang: str) -> None:
    """A forum's page: the thread's title, a section's name, then the posts. No prose stands
    above the first post: the discussion is what the page is, and its posts stay body text."""
    posts = [line for comment in THREADS[lang] for line in comment]
    title = "Why does the council keep the old bridge open for another year?"  # a question: a heading
    text = "\n".join(["Forum", title, "Everyday living", "", *posts, "", "© 2024 Forum"])
    got = decisions(text)
    assert all(got[comment][0] == "body" for _, _, comment in THREADS[lang])


@pytest.mark.parametrize("lang", sorted(THREADS))
def test_the_same_thread_under_an_article_is_comments(lang: str) -> None:
    got = decisions(page(lang, tail=[line for comment in THREADS[lang] for line in comment]))
    assert all(got[comment] == ("comments", "comments.thread") for _, _, comment in THREADS[lang])
    assert all(got[line] == ("body", "body.core") for line in BODIES[lang])
