"""Third-party rule packs through the ``newsclean.rules`` entry point, with a real dist on sys.path."""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import pytest

import newsclean
from newsclean.engine import plugins


def install_pack(where: Path, body: str, name: str = "testpack") -> None:
    """An installed plugin pack in ``where`` (put it on the path): module ``nc_<name>`` with
    ``body``, and a distribution whose ``newsclean.rules`` entry point ``<name>`` is its
    ``register``."""
    (where / f"nc_{name}.py").write_text(textwrap.dedent(body), encoding="utf-8")
    dist = where / f"nc_{name}-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: nc-{name}\nVersion: 1.0\n", encoding="utf-8"
    )
    (dist / "entry_points.txt").write_text(
        f"[newsclean.rules]\n{name} = nc_{name}:register\n", encoding="utf-8"
    )


@pytest.fixture
def pack_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delenv("NEWSCLEAN_NO_PLUGINS", raising=False)
    plugins._entry_points.cache_clear()
    yield tmp_path
    plugins._entry_points.cache_clear()
    sys.modules.pop("nc_testpack", None)


PACK = """
from newsclean import Label, rule

@rule("pack.promo", Label.AD)
def promo(page, decided):
    '''What it removes: promo codes. Why: test. Example: PROMO. Keeps: the rest.'''
    return [i for i, f in enumerate(page.features) if f.text.startswith("PROMO")]

def register(ruler):
    ruler.after("noise.symbol", promo)
"""


def test_pack_registers_its_rules(pack_path: Path) -> None:
    install_pack(pack_path, PACK)
    assert ("testpack", "nc-testpack 1.0") in plugins.installed()
    cleaner = newsclean.Cleaner()
    assert "pack.promo" in cleaner.ruler.names()
    doc = cleaner.clean(
        "Headline of a story\n\nPROMO code SAVE10 today\n"
        "The mayor said on Friday that the new road will open in the spring."
    )
    assert {line.text: line.rule for line in doc.lines}["PROMO code SAVE10 today"] == "pack.promo"


def test_packs_can_be_switched_off(pack_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    install_pack(pack_path, PACK)
    assert "pack.promo" not in newsclean.Cleaner(load_plugins=False).ruler.names()
    monkeypatch.setenv("NEWSCLEAN_NO_PLUGINS", "1")
    assert "pack.promo" not in newsclean.Cleaner().ruler.names()


def test_a_broken_pack_raises_plugin_error(pack_path: Path) -> None:
    install_pack(pack_path, "def register(ruler):\n    raise RuntimeError('bad pack')\n")
    with pytest.raises(newsclean.PluginError, match="testpack"):
        newsclean.Cleaner()
