"""Pages the report tests render, and the browser that opens them (one per session)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, sync_playwright
from tools.report_screenshot import MISSING, chromium_path, launch

import newsclean
from newsclean.model import Document

FIXTURES = Path(__file__).parent.parent.parent / "fixtures"
#: An English page with eight labels (seed pages carry hand-labelled gold; fixtures/README.md).
SEED = FIXTURES / "seeds" / "000_56ea79d265d3360d.txt"
#: A feed dump: nine articles, one under another in the report.
FEED = FIXTURES / "seeds" / "002_57aee15e49533314.txt"
#: A ScrapingHub benchmark page's text (fixtures/README.md): long menus, related links, ads.
BENCH = FIXTURES / "bench" / "scrapinghub_7916ecca969f.txt"
BENCH_URL = (
    "https://www.aljazeera.com/news/2019/11/"
    "service-members-killed-afghanistan-helicopter-crash-191120070028895.html"
)
#: Text that would be markup, script and attribute breakers if it were not escaped.
HOSTILE = (
    'Mayor\'s "plan" <b>passes</b> & <i>wins</i>\n\n'
    "The city council voted on Tuesday to keep the old bridge open for another year, officials said.\n"
    "Engineers had warned that the structure needed urgent repairs, but the budget was cut in March.\n"
    '<script>alert("x")</script>\n'
    "<img src=x onerror=alert(1)> Advertisement\n"
    "Share this: \"'><svg onload=alert(2)>\n"
)


def clean_file(path: Path) -> Document:
    """The Document of a fixture page, as the CLI would clean it."""
    return newsclean.clean(path.read_bytes(), url=BENCH_URL if path == BENCH else None)


def hostile_doc() -> Document:
    """A text-mode Document whose lines and title are full of markup."""
    return newsclean.clean(HOSTILE, format="text")


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """Headless Chromium (Debian's package, through Playwright), one for the whole session.

    Fails, never skips, when Chromium is missing: CI installs it (.ci/run), and a report no
    browser has opened is not tested."""
    if chromium_path() is None:
        pytest.fail(MISSING, pytrace=False)
    with sync_playwright() as playwright:
        chromium = launch(playwright)
        yield chromium
        chromium.close()
