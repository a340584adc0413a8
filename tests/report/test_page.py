"""The report's HTML without a browser: escaping, no requests, counts, metadata, feeds, the CLI."""

from __future__ import annotations

import base64
import hashlib
import tomllib
from collections import Counter
from pathlib import Path

import lxml.html
import pytest
from tests.report.conftest import BENCH, FEED, FIXTURES, SEED, clean_file, hostile_doc

import newsclean
from newsclean.cli.main import main
from newsclean.labels import Label
from newsclean.model import METADATA_FIELDS, Document, Line, Metadata

LABELS_TOML = Path(__file__).parents[2] / "src" / "newsclean" / "report" / "labels.toml"
HOSTILE_NAME = "<script>alert(\"name\")</script> & 'quoted'"


def tree(html: str) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(html)


def test_every_label_has_a_legend_description() -> None:
    described = tomllib.loads(LABELS_TOML.read_text(encoding="utf-8"))["labels"]
    assert set(described) == {label.value for label in Label}
    assert all(text.strip() for text in described.values())


def test_page_text_and_name_are_escaped() -> None:
    doc = hostile_doc()
    html = doc.to_html(name=HOSTILE_NAME)
    assert "<script>alert" not in html
    assert "<b>passes" not in html
    assert "<svg" not in html
    page = tree(html)
    # One script (the report's own), no element the page's text could have made.
    assert len(page.xpath("//script")) == 1
    assert not page.xpath("//b | //i | //img | //svg | //*[@onerror] | //*[@onload]")
    # Every line's text comes back exactly, as text.
    shown = [li.xpath("string(span[@class='text'])") for li in page.xpath("//li[contains(@class,'line')]")]
    assert shown == [line.text for line in doc.lines]
    assert page.xpath("string(//h1/span)") == HOSTILE_NAME
    assert page.xpath("string(//title)") == f"newsclean report: {HOSTILE_NAME}"


@pytest.mark.parametrize("path", [SEED, BENCH, FEED], ids=["seed", "bench", "feed"])
def test_report_makes_no_request(path: Path) -> None:
    html = clean_file(path).to_html()
    page = tree(html)
    assert not page.xpath("//link | //img | //iframe | //object | //embed | //base | //form")
    for element in page.iter():
        for attribute in ("src", "href", "action", "srcset", "poster", "data"):
            value = element.get(attribute)
            assert value is None or value.startswith("#"), (element.tag, attribute, value)
    style = page.xpath("string(//style)")
    assert "url(" not in style
    assert "@import" not in style
    policy = page.xpath("string(//meta[@http-equiv='Content-Security-Policy']/@content)")
    assert "default-src 'none'" in policy


def _csp_source(block: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(block.encode()).digest()).decode() + "'"


def test_policy_allows_exactly_the_inline_style_and_script() -> None:
    html = clean_file(SEED).to_html()
    page = tree(html)
    policy = page.xpath("string(//meta[@http-equiv='Content-Security-Policy']/@content)")
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";"))
    assert directives["style-src"] == _csp_source(page.xpath("string(//style)"))
    assert directives["script-src"] == _csp_source(page.xpath("string(//script)"))


@pytest.mark.parametrize("path", [SEED, BENCH], ids=["seed", "bench"])
def test_legend_counts_every_label_on_the_page(path: Path) -> None:
    doc = clean_file(path)
    page = tree(doc.to_html())
    legend = {
        row.get("data-label"): int(row.xpath("string(td[@class='count'])"))
        for row in page.xpath("//table[@class='legend']/tbody/tr")
    }
    assert legend == dict(Counter(line.label.value for line in doc.lines))


@pytest.mark.parametrize("path", [SEED, BENCH, FEED], ids=["seed", "bench", "feed"])
def test_every_line_once_in_order_with_its_label_rule_and_reason(path: Path) -> None:
    doc = clean_file(path)
    page = tree(doc.to_html())
    rows = page.xpath("//li[contains(@class,'line')]")
    assert [int(li.xpath("string(span[@class='n'])")) for li in rows] == [line.n for line in doc.lines]
    for li, line in zip(rows, doc.lines, strict=True):
        assert li.get("data-label") == line.label.value
        assert li.get("data-kept") == ("true" if line.kept else "false")
        if line.label is Label.BLANK:
            continue
        tip = page.get_element_by_id(li.get("aria-describedby"))
        assert tip.get("role") == "tooltip"
        assert tip.xpath("string(code)") == line.rule
        assert line.reason and " ".join(tip.text_content().split()).endswith(
            f": {' '.join(line.reason.split())}"
        )
        # A removed line is a tab stop, so a keyboard reaches its rule; a kept one is not.
        assert (li.get("tabindex") == "0") == (not line.kept)


def test_metadata_with_provenance() -> None:
    doc = clean_file(FIXTURES / "seeds" / "003_6730c9a6d0574d03.txt")
    page = tree(doc.to_html())
    rows = {
        row.xpath("string(th)"): [cell.text_content() for cell in row.xpath("td")]
        for row in page.xpath("//table[@class='metadata']/tbody/tr")
    }
    assert list(rows) == list(METADATA_FIELDS)
    found = 0
    for name in METADATA_FIELDS:
        value = getattr(doc.metadata, name)
        if value is None:
            assert rows[name][0] == "not found"
        else:
            found += 1
            shown = "; ".join(value) if isinstance(value, tuple) else str(value)
            source = (
                doc.metadata.provenance.get(name) or doc.metadata.provenance["author"]
            )  # authors: author's
            assert rows[name] == [shown, source]
    assert found >= 5  # title, author, published, updated, source, language


def test_feed_articles_one_under_another() -> None:
    doc = clean_file(FEED)
    assert len(doc.articles) > 1
    page = tree(doc.to_html())
    assert f"· {len(doc.articles)} articles" in " ".join(page.xpath("string(//p[@class='summary'])").split())
    sections = page.xpath("//section[contains(@class,'article')]")
    assert len(sections) == len(doc.articles)
    for index, (section, article) in enumerate(zip(sections, doc.articles, strict=True), 1):
        assert (
            section.xpath("string(h2)") == f"Article {index} of {len(doc.articles)}: {article.metadata.title}"
        )
        numbers = [int(n) for n in section.xpath(".//li/span[@class='n']/text()")]
        assert numbers == list(range(article.lines[0], article.lines[1] + 1))
        shown = {dt.text_content(): dd.xpath("string(code)") for dt, dd in _pairs(section)}
        expected = {k: v for k, v in article.metadata.provenance.items() if getattr(article.metadata, k)}
        assert shown == expected


def _pairs(section: lxml.html.HtmlElement) -> list[tuple[lxml.html.HtmlElement, lxml.html.HtmlElement]]:
    return [(div.xpath("dt")[0], div.xpath("dd")[0]) for div in section.xpath("dl/div")]


def test_summary_counts() -> None:
    doc = clean_file(SEED)
    summary = " ".join(tree(doc.to_html()).xpath("string(//p[@class='summary'])").split())
    kept = sum(line.kept for line in doc.lines)
    blank = sum(line.label is Label.BLANK for line in doc.lines)
    removed = len(doc.lines) - kept - blank
    assert f"{len(doc.lines)} lines: {kept} kept in the body, {removed} removed, {blank} blank" in summary


def test_cli_writes_the_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "report.html"
    assert main(["explain", "--html", str(out), str(SEED)]) == 0
    assert out.read_text(encoding="utf-8") == clean_file(SEED).to_html(name=SEED.name)
    captured = capsys.readouterr()
    assert captured.out == ""
    assert str(out) in captured.err


def test_cli_report_to_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", "--html", "-", str(SEED)]) == 0
    assert capsys.readouterr().out == clean_file(SEED).to_html(name=SEED.name)


def test_cli_unwritable_report_is_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", "--html", str(tmp_path / "missing" / "r.html"), str(SEED)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("newsclean: cannot write") and "Traceback" not in err


def test_ci_installs_chromium_before_the_test_command() -> None:
    ci = (FIXTURES.parent / ".ci" / "run").read_text(encoding="utf-8")
    install = ci.index("apt-get install -y chromium")
    assert ci.index("command -v chromium") < install < ci.index(".venv/bin/pytest")
    assert "playwright install" not in ci.replace("`playwright install`", "")


def test_reason_shown_when_the_rule_gives_one() -> None:
    lines = (
        Line(1, 0, 9, Label.NAVIGATION, "navigation.menu", "Home News", reason="a menu <of links>"),
        Line(2, 10, 20, Label.BODY, "body.core", "Body text.", reason=""),
    )
    doc = Document(text="Body text.", metadata=Metadata(), articles=(), lines=lines)
    page = tree(doc.to_html())
    tips = [" ".join(tip.text_content().split()) for tip in page.xpath("//span[@role='tooltip']")]
    assert tips == [
        "removed as navigation by rule navigation.menu: a menu <of links>",
        "kept as body by rule body.core",
    ]


def test_html_mode_report_shows_the_mode_and_html_provenance() -> None:
    from tests.test_html import LD_JSON, article_page

    doc = newsclean.clean(article_page(head=f'<script type="application/ld+json">{LD_JSON}</script>'))
    assert doc.source_mode == "html"
    page = tree(doc.to_html())
    assert page.xpath("string(//p[@class='summary'])").startswith("html mode")
    sources = {
        row.xpath("string(th)"): row.xpath("string(td/code)")
        for row in page.xpath("//table[@class='metadata']/tbody/tr")
    }
    html_fields = {name for name, source in doc.metadata.provenance.items() if source.startswith("html:")}
    assert html_fields  # the page's JSON-LD gives title, date, author...
    assert all(sources[name] == doc.metadata.provenance[name] for name in html_fields)
