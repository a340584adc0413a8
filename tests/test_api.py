"""The public surface, the output contract and configuration."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsclean
from newsclean import CleanConfig, Cleaner, ConfigError, InputError, Label

ARTICLE = (
    "Council keeps the old bridge open\n\n"
    "The city council voted on Tuesday to keep the old bridge open for another year, officials said.\n"
    "Share on Facebook\n"
    "Engineers had warned that the structure needed urgent repairs, but the budget was cut in March.\n"
)


def test_all_is_sorted_and_complete() -> None:
    public = {
        n for n in vars(newsclean) if (not n.startswith("_") and n[0].isupper()) or n in ("clean", "rule")
    }
    assert newsclean.__all__ == sorted(newsclean.__all__)
    assert public <= set(newsclean.__all__) | {"annotations"}


def test_document_is_frozen_and_serialises() -> None:
    doc = newsclean.clean(ARTICLE)
    with pytest.raises(AttributeError):
        doc.text = "x"  # type: ignore[misc]
    out = doc.to_dict()
    assert json.loads(json.dumps(out)) == out
    assert out["title"] == "Council keeps the old bridge open"
    assert out["removed"] == {"title": 1, "navigation": 1}
    assert doc.removed and all(not line.kept for line in doc.removed)


def test_kept_and_removed_lines_rebuild_the_text() -> None:
    doc = newsclean.clean(ARTICLE)
    kept = [line.text.strip() for line in doc.lines if line.label is Label.BODY]
    assert doc.text == "\n".join(kept)


def test_none_preset_keeps_everything() -> None:
    doc = newsclean.clean(ARTICLE, config=CleanConfig(preset="none"))
    assert doc.text == "\n".join(line.strip() for line in ARTICLE.splitlines() if line.strip())
    assert {line.rule for line in doc.lines} == {"default.keep", "blank"}


FEED = (
    "Главная | Политика | Экономика\n"
    "25.02.2026, 09:50 14346\nСовет оставил старый мост открытым ещё на год\n"
    "Городской совет во вторник проголосовал за то, чтобы оставить старый мост открытым ещё на год.\n"
    "25.02.2026, 08:10 9120\nПарламент принял закон о закупках\n"
    "Депутаты в понедельник одобрили законопроект о государственных закупках."
)


def test_none_preset_keeps_the_lead_in_of_a_feed() -> None:
    # Lines above the first feed header belong to no feed article: they form a lead-in article.
    doc = newsclean.clean(FEED, config=CleanConfig(preset="none"))
    assert doc.text.replace("\n\n", "\n") == FEED.strip()
    assert [a.lines for a in doc.articles] == [(1, 1), (2, 4), (5, 7)]


def test_default_preset_feed_has_no_lead_in_article() -> None:
    doc = newsclean.clean(FEED)
    assert [a.lines for a in doc.articles] == [(2, 4), (5, 7)]
    assert doc.metadata.published == "2026-02-25T09:50"


@pytest.mark.parametrize(
    "closing",
    [
        "Bundeskanzler Jan Richter sagte: „Der Dialog ist der einzige Weg zur Lösung des Konflikts.“",
        "Premiér Jan Novák řekl: „Dialog je jedinou cestou k vyřešení konfliktu.“",
        "Statsministeren sagde: »Dialogen er den eneste vej til at løse konflikten.«",
    ],
)
def test_cleaning_the_clean_text_keeps_a_quote_that_closes_with_a_low_high_mark(closing: str) -> None:
    # „…“ and »…« close with marks that open quotes in English: the line still ends a sentence.
    lines = [
        "Am Dienstag unterzeichnete der Botschafter eine Absichtserklärung über die Zusammenarbeit.",
        "Zuvor betonte ein Sprecher des Ministeriums die Bedeutung eines regelmäßigen Dialogs.",
        closing,
        "Der Leiter der Delegation überprüfte in Istanbul den Stand der gemeinsamen Projekte.",
    ]
    text = newsclean.clean("\n".join(lines)).text
    assert closing in text
    assert newsclean.clean(text).text == text


def test_overrides_and_unknown_options() -> None:
    cleaner = Cleaner(disable=("navigation.*",))
    assert "Share on Facebook" in cleaner.clean(ARTICLE).text
    with pytest.raises(ConfigError, match="unknown option"):
        Cleaner(disabel=("x",))


def test_non_text_input_is_a_typed_error() -> None:
    with pytest.raises(InputError):
        newsclean.clean(12345)  # type: ignore[arg-type]
    with pytest.raises(InputError, match="over the limit"):
        newsclean.clean("x" * 100, config=CleanConfig(max_bytes=10))


def test_config_file_with_language_and_site_phrases(tmp_path: Path) -> None:
    path = tmp_path / "newsclean.toml"
    path.write_text(
        """
disable = ["noise.cookie"]
[phrases.en]
"ad.marker" = ["Partner offer"]
[sites."example.com"]
disable = ["navigation.menu"]
[sites."example.com".phrases]
"related.inline" = ["More from Example"]
""",
        encoding="utf-8",
    )
    cleaner = Cleaner(CleanConfig.from_file(path))
    text = ARTICLE + "Partner offer\nMore from Example: the ferry is back\n"
    plain = {line.text: line.rule for line in cleaner.clean(text).lines}
    assert plain["Partner offer"] == "ad.marker"
    assert plain["More from Example: the ferry is back"] != "related.inline"
    site = {line.text: line.rule for line in cleaner.clean(text, url="https://www.example.com/a").lines}
    assert site["More from Example: the ferry is back"] == "related.inline"
    assert site["Share on Facebook"] != "navigation.menu"


@pytest.mark.parametrize(
    "content",
    ["preset = 3", 'enable = "ads.*"', "unknown = 1", '[sites."x.com"]\nbogus = 1', "not toml ["],
)
def test_bad_config_files_are_config_errors(tmp_path: Path, content: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError):
        CleanConfig.from_file(path)


def test_time_budget_is_enforced() -> None:
    with pytest.raises(newsclean.BudgetError):
        Cleaner(time_budget=0.0).clean(ARTICLE * 50)


def test_cleaner_is_deterministic_and_reusable() -> None:
    cleaner = Cleaner()
    assert (
        cleaner.clean(ARTICLE).to_dict()
        == cleaner.clean(ARTICLE).to_dict()
        == newsclean.clean(ARTICLE).to_dict()
    )
