"""Document.lines is built lazily from the page: it must read, compare and travel like a tuple."""

from __future__ import annotations

import copy
import dataclasses
import pickle

import pytest

import newsclean
from newsclean.labels import Label
from newsclean.model import Line, LineSource

PAGES = [
    "Startseite | Politik\n\nDie Regierung hat am Montag den Haushalt vorgestellt, der Kritik erntet.",
    "Главная\nПравительство в понедельник представило новый бюджет, который вызвал много критики.\n",
    "Home\r\nThe council met on Monday.\r\n\r\nIt approved the new budget after a long debate.",
]


def test_line_source_builds_what_the_constructor_builds() -> None:
    labels = [Label.BODY, Label.BLANK, Label.BODY]
    source = LineSource(["ab", "", "cde"], [0, 3, 4], labels, ["x", "blank", "y"], ["why x", "", "why y"])
    expected = (
        Line(1, 0, 2, Label.BODY, "x", "ab", "why x"),
        Line(2, 3, 3, Label.BLANK, "blank", ""),
        Line(3, 4, 7, Label.BODY, "y", "cde", "why y"),
    )
    assert source.build() == expected


@pytest.mark.parametrize("text", PAGES)
def test_lines_cover_the_fixed_text(text: str) -> None:
    doc = newsclean.clean(text)
    assert isinstance(doc.lines, tuple)
    assert doc.lines is doc.lines  # built once, then kept
    for line in doc.lines:
        assert doc.fixed_text[line.start : line.end] == line.text
    assert [line.n for line in doc.lines] == list(range(1, len(doc.lines) + 1))


@pytest.mark.parametrize("text", PAGES)
def test_documents_copy_pickle_and_compare(text: str) -> None:
    doc = newsclean.clean(text)
    other = newsclean.clean(text)
    assert doc == other
    assert pickle.loads(pickle.dumps(other)) == doc
    assert copy.deepcopy(doc) == doc
    assert dataclasses.replace(doc, warnings=("x",)).lines == doc.lines
    assert [f.name for f in dataclasses.fields(doc)][3] == "lines"
    assert "lines=(Line(" in repr(doc)


def test_lines_cannot_be_reassigned() -> None:
    doc = newsclean.clean(PAGES[0])
    with pytest.raises(dataclasses.FrozenInstanceError):
        doc.lines = ()  # type: ignore[misc]


@pytest.mark.parametrize("text", PAGES)
def test_a_document_pickled_before_its_lines_are_read_keeps_them(text: str) -> None:
    doc = newsclean.clean(text)
    restored = pickle.loads(pickle.dumps(doc))
    assert restored.lines == newsclean.clean(text).lines
    assert restored.to_dict() == newsclean.clean(text).to_dict()
