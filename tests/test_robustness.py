"""Bad arguments and bad input: a typed error or a warning, never a traceback from deep inside.

One test (or parametrized group) per exception class found by the fuzz campaign of issue 15;
each failed on the code before the fix (docs/limits.md lists them).
"""

from __future__ import annotations

import json
import math
import re
import time
from collections.abc import Sequence
from typing import Any

import pytest

from newsclean import (
    BudgetError,
    CleanConfig,
    Cleaner,
    ConfigError,
    InputError,
    Label,
    RuleError,
    Ruler,
    clean,
    rule,
)
from newsclean.rules import DEFAULT_RULES

ARTICLE = (
    "Council keeps the old bridge open\n\n"
    "The city council voted on Tuesday to keep the old bridge open for another year, officials said.\n"
    "Engineers had warned that the structure needed urgent repairs, but the budget was cut in March.\n"
)
PAGE = (
    "<html><head>{head}<title>Bridge stays open</title></head><body><article><h1>Bridge stays open</h1>"
    "<p>The city council voted on Tuesday to keep the old bridge open for another year, officials "
    "said at the meeting. \u201cWe had no choice,\u201d the mayor said.</p><p>Engineers had warned "
    "that the structure needed urgent repairs, but the budget was cut in March.</p></article></body></html>"
)


def utf8_json(doc: Any) -> bytes:
    """The document's JSON as UTF-8: raises when a lone surrogate got through."""
    return json.dumps(doc.to_dict(), ensure_ascii=False).encode("utf-8")


# --- malformed URLs ---------------------------------------------------------------------------


@pytest.mark.parametrize("url", ["http://[::1", "http://a:99999/", "https://[zz]/x", "http://[fe80::1%"])
def test_malformed_url_is_ignored_with_a_warning(url: str) -> None:
    doc = clean(ARTICLE, url=url)
    assert "open for another year" in doc.text
    assert any("malformed url" in w for w in doc.warnings)
    assert doc.metadata.url is None


def test_url_of_the_wrong_type_is_an_input_error() -> None:
    with pytest.raises(InputError, match="url"):
        clean(ARTICLE, url=42)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "kwargs",
    [{"format": "pdf"}, {"format": 3}, {"language": 3}, {"encoding": b"utf-8"}, {"content_type": 1}],
)
def test_arguments_of_the_wrong_type_are_input_errors(kwargs: dict[str, Any]) -> None:
    with pytest.raises(InputError):
        clean(ARTICLE, **kwargs)


@pytest.mark.parametrize("data", ["", b"", "\n\n", b"\xef\xbb\xbf", " "])
def test_empty_input_gives_an_empty_document(data: str | bytes) -> None:
    doc = clean(data)
    assert doc.text == ""
    utf8_json(doc)


# --- declared charsets -----------------------------------------------------------------------


@pytest.mark.parametrize("label", ["undefined", "utf-7", "punycode", "base64", "rot13", "iso-2022-kr"])
def test_charsets_that_are_not_web_encodings_are_ignored_with_a_warning(label: str) -> None:
    data = PAGE.format(head=f'<meta charset="{label}">').encode("utf-8")
    doc = clean(data)
    assert "\u201cWe had no choice,\u201d" in doc.text
    assert any(label in w and "not a web encoding" in w for w in doc.warnings)
    utf8_json(doc)


@pytest.mark.parametrize("label", ["iso-8859-1", "latin1", "ascii", "US-ASCII", "l1"])
def test_latin1_declared_is_read_as_windows_1252_like_browsers(label: str) -> None:
    data = PAGE.format(head=f'<meta charset="{label}">').encode("cp1252")
    assert clean(data).text.count("\u201c") == 1  # curly quotes, not C1 controls dropped


def test_content_type_header_charset_and_format() -> None:
    data = PAGE.format(head="").encode("cp1251", errors="replace").replace(b"bridge", "мост".encode("cp1251"))
    doc = clean(data, content_type="text/html; charset=windows-1251")
    assert "мост" in doc.text
    assert doc.source_mode.startswith("html")
    as_text = clean(ARTICLE.encode(), content_type="text/plain; charset=utf-8")
    assert as_text.source_mode == "text"


def test_a_utf7_page_cannot_smuggle_surrogates() -> None:
    # "+3AA-" is UTF-7 for a lone U+DC00; the <title> reaches the output without ftfy's repair.
    page = (
        PAGE.format(head='<meta charset="utf-7">')
        .replace("<title>Bridge", "<title>+3AA-Bridge")
        .replace("<h1>Bridge", "<h1>+3AA-Bridge")  # the printed headline is the title (html:h1)
    )
    doc = clean(page.encode("ascii", "replace"))
    utf8_json(doc)
    assert doc.title is not None
    assert doc.title.startswith("+3AA-Bridge")  # read as UTF-8: the label was ignored


# --- lone surrogates -------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["text", "html"])
def test_lone_surrogates_are_replaced_with_a_warning(fmt: str) -> None:
    page = PAGE.format(head="").replace("Bridge stays open</title>", "Bridge \ud800stays open</title>")
    data = page.replace("the mayor", "the \udc00mayor") if fmt == "html" else ARTICLE + "odd \ud83d line\n"
    doc = clean(data, format=fmt)  # type: ignore[arg-type]
    encoded = utf8_json(doc)
    assert b"\xef\xbf\xbd" in encoded or "\ufffd" in (doc.title or "")
    assert any("surrogate" in w for w in doc.warnings)


def test_surrogate_pairs_in_a_str_are_joined_not_replaced() -> None:
    doc = clean(ARTICLE + "Emoji \ud83d\ude00 in a sentence that is long enough to be kept as body.\n")
    assert "\U0001f600" in doc.text


# --- rules that misbehave --------------------------------------------------------------------


@rule("custom.strings", Label.NOISE)
def _yields_strings(page: Any, labels: Sequence[Label | None]) -> list[Any]:
    """Claims lines by their text instead of their index."""
    return ["1", None]


@rule("custom.floats", Label.NOISE)
def _yields_floats(page: Any, labels: Sequence[Label | None]) -> list[Any]:
    """Claims line 1.5."""
    return [1.5]


@pytest.mark.parametrize("bad", [_yields_strings, _yields_floats])
def test_a_rule_yielding_something_else_than_line_indexes_is_a_rule_error(bad: Any) -> None:
    cleaner = Cleaner(ruler=Ruler(DEFAULT_RULES).push(bad))
    with pytest.raises(RuleError, match=re.escape(bad.name)):
        cleaner.clean(ARTICLE)


# --- config values of the wrong type ---------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("max_bytes", "10"),
        ("max_bytes", -1),
        ("max_bytes", 0),
        ("max_bytes", True),
        ("max_bytes", 1.5),
        ("time_budget", math.nan),
        ("time_budget", math.inf),
        ("time_budget", -1.0),
        ("time_budget", "30"),
        ("time_budget", True),
        ("disable", "related.*"),
        ("enable", 3),
        ("phrase_languages", "en"),
        ("phrases", 3),
        ("phrases", {"en": ["a"]}),
        ("phrases", {"en": {"ads.lines": "Advertisement"}}),
        ("sites", [1]),
        ("sites", {"example.com": 3}),
        ("sites", {"example.com": {"disable": "ads.*"}}),
        ("preset", 1),
        ("load_plugins", "yes"),
    ],
)
def test_config_values_of_the_wrong_type_name_the_key(key: str, value: Any) -> None:
    with pytest.raises(ConfigError, match=key):
        Cleaner(**{key: value})
    with pytest.raises(ConfigError, match=key):
        CleanConfig.from_dict({key: value})


def test_config_lists_are_accepted_and_become_tuples() -> None:
    config = CleanConfig(disable=["related.*"], phrases={"en": {"ads.lines": ["Sponsored"]}})  # type: ignore[arg-type]
    assert config.disable == ("related.*",)
    assert config.phrases["en"]["ads.lines"] == ("Sponsored",)


# --- the time budget bounds what runs long ---------------------------------------------------

_CATASTROPHIC = re.compile(r"(a+)+$")


@rule("custom.backtracks", Label.NOISE)
def _backtracks(page: Any, labels: Sequence[Label | None]) -> list[int]:
    """A plugin's regex with catastrophic backtracking (minutes on a 40-character line)."""
    return [i for i, line in enumerate(page.lines) if _CATASTROPHIC.search(line)]


def test_a_runaway_rule_is_interrupted_near_its_budget() -> None:
    budget = 0.5
    cleaner = Cleaner(ruler=Ruler(DEFAULT_RULES).push(_backtracks), time_budget=budget)
    cleaner.warm_up()
    start = time.monotonic()
    with pytest.raises(BudgetError):
        cleaner.clean(ARTICLE + "a" * 40 + "!\n")
    # Generous: minutes without the alarm, the budget plus scheduling noise with it.
    assert time.monotonic() - start < budget * 20
