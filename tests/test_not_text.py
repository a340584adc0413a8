"""Not text in, nothing out (issue 14): input that is not language gives an empty body, no
language, a warning and the rule on every line; real pages, in every language, never do."""

from __future__ import annotations

import base64
import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsclean
from newsclean import Document
from newsclean.labels import Label
from newsclean.strategies import LANGUAGES, GeneratedPage, pages, paragraphs

FIXTURES = Path(__file__).parent.parent / "fixtures"
RULE = "noise.not_text"


def _random_bytes() -> bytes:
    return random.Random(14).randbytes(3000)


def _base64() -> bytes:
    return base64.b64encode(random.Random(15).randbytes(3000))


def _base64_mime() -> bytes:
    return base64.encodebytes(random.Random(16).randbytes(3000))


def _hex_dump() -> bytes:
    data = random.Random(17).randbytes(1600)
    rows = []
    for at in range(0, len(data), 16):
        chunk = data[at : at + 16]
        groups = " ".join(chunk[i : i + 2].hex() for i in range(0, 16, 2))
        shown = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        rows.append(f"{at:08x}: {groups}  {shown}")
    return "\n".join(rows).encode()


def _fixture(name: str) -> bytes:
    return (FIXTURES / "not_text" / name).read_bytes()


JUNK = {
    "random bytes": _random_bytes,
    "base64": _base64,
    "base64, MIME lines": _base64_mime,
    "hex dump": _hex_dump,
    "minified JavaScript": lambda: _fixture("app.min.js"),
    "minified CSS": lambda: _fixture("style.min.css"),
}


def fired(doc: Document) -> bool:
    return any(line.rule == RULE for line in doc.lines)


@pytest.mark.parametrize("kind", list(JUNK))
def test_not_text_gives_nothing_a_warning_and_the_reason(kind: str) -> None:
    doc = newsclean.clean(JUNK[kind](), format="text")
    assert doc.text == ""
    assert doc.language is None
    assert doc.articles == ()
    assert any(w.startswith("not text:") and RULE in w for w in doc.warnings)
    visible = [line for line in doc.lines if line.text.strip()]
    assert visible and all(line.rule == RULE and line.label is Label.NOISE for line in visible)
    assert all(line.reason.startswith("the input is not language: ") for line in visible)
    assert doc.to_dict()["removed_counts"] == {"noise": len(visible)}


def test_the_rule_can_be_switched_off() -> None:
    doc = newsclean.Cleaner(disable=[RULE]).clean(_base64(), format="text")
    assert not fired(doc)
    assert not any(w.startswith("not text:") for w in doc.warnings)


def test_it_is_documented_in_the_rule_registry() -> None:
    rule = newsclean.Cleaner().ruler.get(RULE)
    assert rule.label is Label.NOISE and "conservative" in rule.presets
    assert "What it removes:" in rule.doc and "Keeps:" in rule.doc


# --- never on real pages ---------------------------------------------------------------------------
@pytest.mark.parametrize("seed", sorted((FIXTURES / "seeds").glob("*.txt")), ids=lambda p: p.stem)
def test_never_on_the_seed_pages(seed: Path) -> None:
    assert not fired(newsclean.clean(seed.read_bytes()))


@settings(deadline=None)
@given(page=pages(feed=None))  # every language of LANGUAGES, one drawn per page
def test_never_on_generated_pages(page: GeneratedPage) -> None:
    assert not fired(newsclean.clean(page.text))


@settings(deadline=None)
@given(language=st.sampled_from(LANGUAGES), data=st.data())
def test_never_on_a_page_of_one_short_paragraph(language: str, data: st.DataObject) -> None:
    text = data.draw(paragraphs(language=language, min_sentences=1, max_sentences=2))
    assert not fired(newsclean.clean(text, format="text"))


@pytest.mark.parametrize(
    "text",
    [
        # a forum thread with a traceback, a docs page with code, a table of scores, Japanese with
        # markup left in: the kinds of real page nearest to "not text" on the benchmark
        "\n".join(
            [
                "Integration fails after the update",
                "After the upgrade the integration stops loading and the log shows this error:",
                'File "/usr/src/homeassistant/homeassistant/core.py", line 817, in async_create_task',
                "self.verify_event_loop_thread('async_create_task')",
                "RuntimeError: Detected code that calls async_create_task from a thread.",
                "Has anyone else seen this since the last release, and is there a workaround?",
            ]
        ),
        "\n".join(
            [
                "Reading a config file",
                "Call the loader with the path of the file and keep the result:",
                "cfg = Config.from_file(Path('settings.toml'))  # raises ConfigError",
                "for key, value in sorted(cfg.items()): print(f'{key}={value!r}')",
                "The loader checks every type and names the key that is wrong.",
            ]
        ),
        "\n".join(
            [
                "Premier League table",
                *(f"{n}. Team {n} 38 {30 - n} 5 {n} 88:{30 + n} {90 - n}" for n in range(1, 21)),
            ]
        ),
        "トレンドマイクロは3月9日、<p>スマホ向けのセキュリティアプリ</p>の発売を開始すると発表した。"
        "1年版ライセンスは2900円（税込）で、2年版ライセンスは5000円（税込）。App Storeで販売される。",
    ],
    ids=["traceback", "code docs", "score table", "japanese with markup"],
)
def test_never_on_pages_near_the_line(text: str) -> None:
    assert not fired(newsclean.clean(text, format="text"))
