"""The docs site builds with warnings as errors, and what a reader clicks leads somewhere.

``mkdocs build --strict`` (mkdocs.yml at the repository root) already fails on a broken link
between pages, a missing anchor, a docstring mkdocstrings cannot find, or a rule whose
docstring lacks its sections (tools/docs_site.py). Once, per test run, into a temporary folder;
the tests below then read the built HTML as a browser would get it.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from newsclean.engine.pseudo import PSEUDO_RULES
from newsclean.rules import DEFAULT_RULES

ROOT = Path(__file__).parent.parent
pytest.importorskip("mkdocs")
pytest.importorskip("material")
pytest.importorskip("mkdocstrings_handlers.python")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("site")
    command = [
        sys.executable,
        "-m",
        "mkdocs",
        "build",
        "--strict",
        "-f",
        str(ROOT / "mkdocs.yml"),
        "-d",
        str(out),
    ]
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    done = subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, check=False, env=env, timeout=300
    )
    assert done.returncode == 0, done.stderr[-5000:]
    return out


class _Page(HTMLParser):
    """The links, image sources and element ids of one HTML page."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if found.get("id"):
            self.ids.add(found["id"] or "")
        for name in ("href", "src"):
            if found.get(name) and tag in {"a", "img", "link", "script"}:
                self.links.append(found[name] or "")


def parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def article_text(path: Path) -> str:
    html = path.read_text(encoding="utf-8")
    body = html[html.index("<article") : html.index("</article>")]
    return re.sub(r"<[^>]+>", "", body)


def test_every_internal_link_and_anchor_resolves(site: Path) -> None:
    pages = {p: parse(p) for p in site.rglob("*.html")}
    broken = []
    for path, page in pages.items():
        for link in page.links:
            parts = urlsplit(link)
            if parts.scheme or link.startswith(("//", "mailto:", "javascript:")):
                continue
            base = site if parts.path.startswith("/") else path.parent  # 404.html: from the root
            target = (base / unquote(parts.path).lstrip("/")).resolve() if parts.path else path
            if target.is_dir():
                target = target / "index.html"
            if not target.exists():
                broken.append(f"{path.relative_to(site)}: {link}")
            elif parts.fragment and target.suffix == ".html":
                ids = pages[target].ids if target in pages else parse(target).ids
                if unquote(parts.fragment) not in ids:
                    broken.append(f"{path.relative_to(site)}: {link} (no such anchor)")
    assert len(pages) > 10
    assert not broken


def test_the_rule_reference_is_generated_from_the_registry(site: Path) -> None:
    text = article_text(site / "reference" / "rules" / "index.html")
    for r in DEFAULT_RULES:
        assert r.name in text
    assert text.count("Why:") == len(DEFAULT_RULES) + len(PSEUDO_RULES)


def test_the_api_reference_has_the_public_objects(site: Path) -> None:
    text = article_text(site / "api" / "index.html")
    for name in ("clean(", "Cleaner(", "Document", "Line(", "Article(", "Metadata(", "Ruler", "Mode"):
        assert name in text, name
    for name in ("UnknownRuleError", "run_batch", "clean_dataframe", "pages("):
        assert name in text, name
    assert ":class:" not in text
    html = (site / "api" / "index.html").read_text(encoding="utf-8")
    assert "<blockquote>" not in html  # a docstring's >>> example is code, not a quote
    assert "&gt;&gt;&gt; </span>" in html


def test_the_benchmark_figures_are_drawn_from_the_committed_run(site: Path) -> None:
    page = parse(site / "benchmarks" / "index.html")
    figures = [link for link in page.links if link.endswith(".svg")]
    assert len(figures) == 2
    for link in figures:
        svg = ((site / "benchmarks") / link).resolve().read_text(encoding="utf-8")
        assert "<svg" in svg and "newsclean-text" in svg and "trafilatura" in svg
