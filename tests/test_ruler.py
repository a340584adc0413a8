"""The Ruler: ordering, switching, wildcards, presets and loud failures."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import pytest

import newsclean
from newsclean import Label, Rule, Ruler, UnknownRuleError, rule
from newsclean.analysis.page import Page
from newsclean.errors import ConfigError
from newsclean.rules import DEFAULT_RULES


@rule("custom.shout", Label.NOISE)
def shout(page: Page, decided: Sequence[Label | None]) -> Iterable[int]:
    """What it removes: lines in capitals. Why: test. Example: HELLO. Keeps: the rest."""
    return [i for i, f in enumerate(page.features) if f.text.isupper() and f.letters > 3]


def test_default_chain_names_are_unique_and_namespaced() -> None:
    names = Ruler(DEFAULT_RULES).names()
    assert len(names) == len(set(names))
    assert all("." in n for n in names)


def test_before_after_replace_place_rules_by_name() -> None:
    ruler = Ruler(DEFAULT_RULES)
    ruler.before("body.core", shout)
    names = ruler.names()
    assert names[names.index("custom.shout") + 1] == "body.core"
    ruler2 = Ruler(DEFAULT_RULES).after("noise.symbol", shout)
    assert ruler2.names()[ruler2.names().index("noise.symbol") + 1] == "custom.shout"
    renamed = Rule("custom.quiet", Label.NOISE, shout.fn)
    ruler2.replace("custom.shout", renamed)
    assert "custom.quiet" in ruler2.names() and "custom.shout" not in ruler2.names()


def test_wildcards_disable_a_family() -> None:
    ruler = Ruler(DEFAULT_RULES).disable("related.*")
    assert not [r for r in ruler.active() if r.family == "related"]
    assert [r for r in ruler.active() if r.family == "copyright"]


def test_enable_only_keeps_exactly_the_matches() -> None:
    ruler = Ruler(DEFAULT_RULES).enable_only("copyright.*", "ad.marker")
    assert [r.name for r in ruler.active()] == ["copyright.notice", "ad.marker"]


def test_unknown_names_fail_and_list_valid_ones() -> None:
    ruler = Ruler(DEFAULT_RULES)
    with pytest.raises(UnknownRuleError) as info:
        ruler.disable("ads.banerr")
    assert "ad.marker" in str(info.value)
    assert isinstance(info.value, KeyError)
    with pytest.raises(UnknownRuleError):
        ruler.before("no.such", shout)


def test_duplicate_and_unnamespaced_rules_are_refused() -> None:
    ruler = Ruler(DEFAULT_RULES)
    with pytest.raises(ConfigError):
        ruler.push(DEFAULT_RULES[0])
    with pytest.raises(ConfigError):
        ruler.push(Rule("nofamily", Label.NOISE, shout.fn))


def test_presets_and_unknown_preset() -> None:
    ruler = Ruler(DEFAULT_RULES).use_preset("conservative")
    active = {r.name for r in ruler.active()}
    assert "copyright.notice" in active and "navigation.outside_core" not in active
    assert not Ruler(DEFAULT_RULES).use_preset("none").active()
    with pytest.raises(ConfigError, match="Known presets"):
        Ruler(DEFAULT_RULES).use_preset("agressive")


def test_temporarily_restores_state() -> None:
    ruler = Ruler(DEFAULT_RULES)
    before = [r.name for r in ruler.active()]
    with ruler.temporarily(disable=["meta.*"]):
        assert not [r for r in ruler.active() if r.family == "meta"]
    assert [r.name for r in ruler.active()] == before


def test_custom_rule_runs_in_a_cleaner() -> None:
    ruler = Ruler(DEFAULT_RULES).after("noise.symbol", shout)
    text = (
        "A headline here\n\nBREAKING NEWS TICKER\n"
        "The city council met on Monday and agreed to keep the bridge open."
    )
    doc = newsclean.Cleaner(ruler=ruler).clean(text)
    decided = {line.text: line.rule for line in doc.lines}
    assert decided["BREAKING NEWS TICKER"] == "custom.shout"
    assert "BREAKING" not in doc.text


def test_a_rule_that_raises_is_named() -> None:
    @rule("custom.broken", Label.NOISE)
    def broken(page: Page, decided: Sequence[Label | None]) -> Iterable[int]:
        """Raises."""
        raise ValueError("boom")

    cleaner = newsclean.Cleaner(ruler=Ruler(DEFAULT_RULES).push(broken))
    with pytest.raises(newsclean.RuleError, match=r"custom\.broken"):
        cleaner.clean("Some text here that is long enough to be a sentence of the body.")


def test_every_rule_is_documented_with_the_template() -> None:
    for r in DEFAULT_RULES:
        assert r.doc, r.name
        assert "Why" in r.doc and "Example" in r.doc, r.name
        assert "Keeps" in r.doc or "Removes" in r.doc, r.name
