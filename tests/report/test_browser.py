"""The report in a real browser (headless Chromium from the system, driven by Playwright): it opens
offline without errors, its legend matches its lines, a line's rule shows on hover and on keyboard
focus, the toggle hides and shows removed lines by mouse and keyboard, and page text stays text.

Chromium missing is a failure, not a skip (see conftest.browser)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Locator, Page, expect
from tests.report.conftest import BENCH, FEED, SEED, clean_file, hostile_doc
from tools.report_screenshot import POINTED_RULE, screenshot

from newsclean.labels import Label
from newsclean.model import Document, Line


@dataclass
class Opened:
    """A report open in a page, with what the page complained about and what it asked for."""

    page: Page
    doc: Document
    url: str
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)

    def assert_quiet(self) -> None:
        """No console error, no uncaught exception, no request but the report itself."""
        assert self.errors == []
        assert set(self.requests) <= {self.url}


@pytest.fixture
def open_report(browser: Browser, tmp_path: Path) -> Iterator[object]:
    contexts = []

    def opener(doc: Document) -> Opened:
        report = tmp_path / f"report{len(contexts)}.html"
        report.write_text(doc.to_html(name="test page"), encoding="utf-8")
        context = browser.new_context(viewport={"width": 1100, "height": 800})
        contexts.append(context)
        page = context.new_page()
        opened = Opened(page, doc, report.as_uri())
        page.on("console", lambda m: m.type in ("error", "warning") and opened.errors.append(m.text))
        page.on("pageerror", lambda e: opened.errors.append(str(e)))
        page.on("dialog", lambda d: (opened.errors.append(f"dialog: {d.message}"), d.dismiss()))
        page.on("request", lambda r: opened.requests.append(r.url))
        page.goto(opened.url)
        return opened

    yield opener
    for context in contexts:
        context.close()


def first_removed(opened: Opened) -> tuple[Locator, Line]:
    """The first removed non-blank line: its element and the Line."""
    line = next(line for line in opened.doc.lines if not line.kept and line.label.value != "blank")
    return opened.page.locator(f"li.line:has(span.n:text-is('{line.n}'))"), line


PAGES = {"seed": SEED, "bench": BENCH, "feed": FEED}


@pytest.mark.parametrize("name", PAGES)
def test_opens_offline_without_errors(open_report, name: str) -> None:
    opened = open_report(clean_file(PAGES[name]))
    # The toggle is hidden until the report's script runs: visible means the script was allowed
    # by the page's policy and ran without error.
    expect(opened.page.get_by_role("button", name="Hide removed lines")).to_be_visible()
    # Long values (the bench page's URL) wrap: nothing is wider than the window.
    assert opened.page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    opened.assert_quiet()


@pytest.mark.parametrize("name", ["seed", "bench"])
def test_legend_shows_each_label_in_the_colour_of_its_lines(open_report, name: str) -> None:
    opened = open_report(clean_file(PAGES[name]))
    # For each legend row: its label, its badge's text, whether the badge is rendered, the
    # badge's colour and the colour of the first line with that label.
    rows = opened.page.locator("table.legend tbody tr").evaluate_all(
        """rows => rows.map(r => {
            const badge = r.querySelector('.badge');
            const line = document.querySelector(`li.line[data-label="${r.dataset.label}"]`);
            return [r.dataset.label, badge.textContent, badge.checkVisibility(),
                    getComputedStyle(badge).borderTopColor, getComputedStyle(line).borderLeftColor];
        })"""
    )
    assert {row[0] for row in rows} == {line.label.value for line in opened.doc.lines}
    for label, text, shown, badge_colour, line_colour in rows:
        assert (text, shown, badge_colour) == (label, True, line_colour)
    colours = [row[3] for row in rows]
    assert len(set(colours)) == len(colours), rows  # one colour per label
    opened.assert_quiet()


def test_hover_shows_the_rule(open_report) -> None:
    opened = open_report(clean_file(BENCH))
    line, removed = first_removed(opened)
    tip = line.locator(".why")
    expect(tip).to_be_hidden()
    line.hover()
    expect(tip).to_be_visible()
    expect(tip).to_contain_text(f"removed as {removed.label.value} by rule {removed.rule}: {removed.reason}")
    opened.page.mouse.move(0, 0)
    expect(tip).to_be_hidden()
    opened.assert_quiet()


def test_keyboard_reaches_the_toggle_and_each_removed_line(open_report) -> None:
    opened = open_report(clean_file(SEED))
    page = opened.page
    toggle = page.get_by_role("button", name="Hide removed lines")
    page.keyboard.press("Tab")
    expect(toggle).to_be_focused()
    # Tab goes on to the first removed line, whose rule shows while it has the focus.
    page.keyboard.press("Tab")
    line, removed = first_removed(opened)
    expect(line).to_be_focused()
    expect(line.locator(".why")).to_be_visible()
    expect(line.locator(".why")).to_contain_text(f"by rule {removed.rule}: {removed.reason}")
    # Escape hides the tip without moving the focus (WCAG 1.4.13).
    page.keyboard.press("Escape")
    expect(line.locator(".why")).to_be_hidden()
    expect(line).to_be_focused()
    # Every removed line is a tab stop, in order.
    removed = [ln for ln in opened.doc.lines if not ln.kept and ln.label.value != "blank"]
    for expected in removed[1:]:
        page.keyboard.press("Tab")
        focused = page.evaluate("document.activeElement.querySelector('.n').textContent")
        assert int(focused) == expected.n
        expect(page.locator(":focus .why")).to_be_visible()
    opened.assert_quiet()


@pytest.mark.parametrize("key", ["Space", "Enter"])
def test_toggle_by_keyboard(open_report, key: str) -> None:
    opened = open_report(clean_file(SEED))
    page = opened.page
    page.keyboard.press("Tab")
    _check_toggle(opened, lambda: page.keyboard.press(key))


def test_toggle_by_mouse(open_report) -> None:
    opened = open_report(clean_file(BENCH))
    toggle = opened.page.get_by_role("button", name="Hide removed lines")
    _check_toggle(opened, toggle.click)


def visible(lines: Locator) -> list[bool]:
    """Whether each of ``lines`` is rendered (one round trip for hundreds of lines)."""
    return lines.evaluate_all("els => els.map(e => e.checkVisibility())")


def _check_toggle(opened: Opened, press: object) -> None:
    page = opened.page
    toggle = page.get_by_role("button", name="Hide removed lines")
    removed = page.locator("li.line[data-kept='false']")
    kept = page.locator("li.line[data-kept='true']")
    count = removed.count()
    assert count > 0 and kept.count() > 0
    expect(toggle).to_have_attribute("aria-pressed", "false")
    press()  # type: ignore[operator]
    expect(toggle).to_have_attribute("aria-pressed", "true")
    expect(page.get_by_role("status")).to_have_text(re.compile(rf"^{count} removed"))
    assert visible(removed) == [False] * count
    expect(kept.first).to_be_visible()
    expect(kept.last).to_be_visible()
    press()  # type: ignore[operator]
    expect(toggle).to_have_attribute("aria-pressed", "false")
    expect(page.get_by_role("status")).to_have_text("All lines shown")
    assert visible(removed) == [True] * count
    opened.assert_quiet()


def test_screen_reader_gets_label_rule_and_toggle_state(open_report) -> None:
    opened = open_report(clean_file(SEED))
    page = opened.page
    expect(page.get_by_role("button", name="Hide removed lines", pressed=False)).to_be_visible()
    line, removed = first_removed(opened)
    label = removed.label.value
    expect(line).to_have_accessible_description(
        f"removed as {label} by rule {removed.rule}: {' '.join(removed.reason.split())}"
    )
    expect(line.locator(".badge")).to_have_text(f"removed: {label}")
    opened.assert_quiet()


def test_page_text_stays_text(open_report) -> None:
    doc = hostile_doc()
    opened = open_report(doc)
    texts = opened.page.locator("li.line span.text").all_text_contents()
    assert texts == [line.text for line in doc.lines]
    assert opened.page.locator("li.line b, li.line img, li.line svg, li.line script").count() == 0
    opened.assert_quiet()  # no dialog: no alert() ran


def test_feed_articles_in_order(open_report) -> None:
    opened = open_report(clean_file(FEED))
    headings = opened.page.locator("section.article > h2").all_text_contents()
    assert [h.split(":", 1)[0] for h in headings] == [
        f"Article {i} of {len(opened.doc.articles)}" for i in range(1, len(opened.doc.articles) + 1)
    ]
    opened.assert_quiet()


def test_screenshot_for_the_docs(browser: Browser, tmp_path: Path) -> None:
    report = tmp_path / "report.html"
    report.write_text(clean_file(SEED).to_html(name=SEED.name), encoding="utf-8")
    out = tmp_path / "report.png"
    screenshot(browser, report, out)
    data = out.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    assert len(data) > 20_000  # a real picture, not a blank page
    assert POINTED_RULE in report.read_text(encoding="utf-8")


def _luminance(rgb: str) -> float:
    channels = [int(c) / 255 for c in re.findall(r"\d+", rgb)[:3]]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _contrast(a: str, b: str) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_text_contrast_meets_wcag_aa(open_report) -> None:
    opened = open_report(clean_file(SEED))
    # A line of every label (those the page lacks are added for the check), then for each piece
    # of text (badges, line numbers and texts, tips, tables, hints): its colour and the first
    # opaque background behind it.
    pairs = opened.page.evaluate(
        """labels => {
            const list = document.querySelector('ol.lines');
            for (const label of labels) {
                const li = document.createElement('li');
                li.className = `line l-${label}`;
                li.dataset.label = label;
                li.innerHTML = '<span class="n">0</span><span><span class="badge">x</span></span>' +
                    '<span class="text">x</span><span class="why">x</span>';
                list.append(li);
            }
            const texts = '.badge, li.line .text, li.line .n, .why, th, td, .hint, .summary';
            return [...document.querySelectorAll(texts)].map(e => {
                let back = e;
                while (back && getComputedStyle(back).backgroundColor === 'rgba(0, 0, 0, 0)') {
                    back = back.parentElement;
                }
                const bg = back ? getComputedStyle(back).backgroundColor : 'rgb(255, 255, 255)';
                const label = e.closest('[data-label]')?.dataset.label ?? '';
                return [`${e.tagName} ${e.className} ${label}`, getComputedStyle(e).color, bg];
            });
        }""",
        [label.value for label in Label],
    )
    low = {what: round(_contrast(fg, bg), 2) for what, fg, bg in pairs if _contrast(fg, bg) < 4.5}
    assert {what.rsplit(" ", 1)[-1] for what, _, _ in pairs} >= {label.value for label in Label}
    assert low == {}
