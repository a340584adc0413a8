"""The precision/recall dial: ``favor`` in Cleaner, clean(), the config file and the CLI.

The figures on the bench files are in docs/configuration.md (measured with benchmarks/); here:
the settings nest (what precision keeps, balanced keeps; what balanced keeps, recall keeps),
balanced is the default, every line removed by a setting names the rule that did it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings

import newsclean
from newsclean import CleanConfig, Cleaner, ConfigError, Document
from newsclean.cli.main import main
from newsclean.rules.favor import FAVORS, SWITCHES
from newsclean.strategies import GeneratedPage, pages

SEEDS = sorted((Path(__file__).parent.parent / "fixtures" / "seeds").glob("*.txt"))
CLEANERS = {favor: Cleaner(favor=favor, load_plugins=False) for favor in FAVORS}


def kept(doc: Document) -> set[int]:
    return {line.n for line in doc.lines if line.kept}


def check_nested(text: str | bytes) -> None:
    docs = {favor: cleaner.clean(text) for favor, cleaner in CLEANERS.items()}
    assert kept(docs["precision"]) <= kept(docs["balanced"]) <= kept(docs["recall"])
    switched = {name for on, off in SWITCHES.values() for name in (*on, *off)}
    for favor in ("precision", "recall"):
        for line, base in zip(docs[favor].lines, docs["balanced"].lines, strict=True):
            if line.kept != base.kept:  # a line the setting moved names a switched rule
                assert {line.rule, base.rule} & switched, (favor, line, base)


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_settings_nest_on_the_seed_pages(seed: Path) -> None:
    check_nested(seed.read_bytes())


@settings(deadline=None)
@given(page=pages(feed=None))
def test_settings_nest_on_generated_pages(page: GeneratedPage) -> None:
    check_nested(page.text)


STORY = [
    "The city council voted on Tuesday to keep the old bridge open for another year, officials said.",
    "Engineers had warned that the structure needed urgent repairs, but the budget was cut in March.",
    "The council said the bridge would be inspected every month and closed if engineers found cracks.",
    "Residents who cross the bridge every day welcomed the vote, saying a detour would add an hour.",
]


def rules_of(favor: str, lines: list[str]) -> list[str]:
    doc = CLEANERS[favor].clean("\n".join(lines))
    return [line.rule for line in doc.lines]


def test_recall_keeps_what_only_structure_removed() -> None:
    page = ["Council keeps the old bridge open", "Watch the full interview", *STORY, "Photo gallery"]
    assert rules_of("balanced", page)[1] == "navigation.outside_core"
    assert rules_of("recall", page)[1] == "default.keep"
    assert rules_of("recall", page)[-1] == "default.keep"


def test_precision_keeps_only_the_core_run() -> None:
    page = ["Council keeps the old bridge open", *STORY, "The engineers listed the options:"]
    page += ["- repair the deck", "- close the bridge to trucks", "- build a new bridge"]
    assert rules_of("balanced", page)[-4:] == ["body.core"] * 4  # the list the article goes on into
    assert rules_of("precision", page)[-4:] == ["navigation.beyond_core"] * 4
    assert rules_of("precision", page)[1:5] == ["body.core"] * 4


def test_balanced_is_the_default_everywhere() -> None:
    assert CleanConfig().favor == "balanced"
    text = SEEDS[0].read_bytes()
    default = Cleaner(load_plugins=False).clean(text)
    assert [(line.label, line.rule) for line in default.lines] == [
        (line.label, line.rule) for line in CLEANERS["balanced"].clean(text).lines
    ]


def test_clean_takes_favor_and_it_overrides_the_config() -> None:
    text = SEEDS[1].read_bytes()
    expected = CLEANERS["recall"].clean(text).text
    assert newsclean.clean(text, favor="recall").text == expected
    assert newsclean.clean(text, config=CleanConfig(favor="precision"), favor="recall").text == expected


def test_favor_from_a_config_file_and_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "newsclean.toml"
    config.write_text('favor = "recall"\n', encoding="utf-8")
    assert CleanConfig.from_file(config).favor == "recall"
    seed = str(SEEDS[1])
    expected = CLEANERS["recall"].clean(SEEDS[1].read_bytes()).text
    for argv in (["--config", str(config)], ["--favor", "recall"]):
        assert main(["clean", "--format", "json", *argv, seed]) == 0
        assert json.loads(capsys.readouterr().out)["text"] == expected


@pytest.mark.parametrize("bad", ["Recall", "max", ""])
def test_an_unknown_setting_is_a_config_error(bad: str) -> None:
    with pytest.raises(ConfigError, match="precision"):
        Cleaner(favor=bad)


def test_explicit_switches_win_over_the_setting() -> None:
    ruler = Cleaner(favor="recall", enable=["navigation.outside_core"]).ruler
    assert "navigation.outside_core" in {r.name for r in ruler.active()}
    ruler = Cleaner(favor="precision", disable=["noise.weak_edge"]).ruler
    names = {r.name for r in ruler.active()}
    assert "navigation.beyond_core" in names and "noise.weak_edge" not in names
