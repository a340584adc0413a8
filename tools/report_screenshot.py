"""The report's screenshot in the docs (docs/img/report.png), made by the browser the tests use.

Usage (from the project root, with the test extra installed and Debian's ``chromium``)::

    python -m tools.report_screenshot                  # writes docs/img/report.png
    python -m tools.report_screenshot --out /tmp/r.png

It renders the report of a seed page, opens it in headless Chromium, points at a removed line so
its rule and reason show, and saves the page. tests/report/test_browser.py calls
:func:`screenshot` too, so the picture in the docs is made by code that CI runs.

Chromium is Debian's package driven by Playwright through ``executable_path``: nothing is
downloaded (``playwright install`` would fetch a browser build, which this project never does).
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
from pathlib import Path

from playwright.sync_api import Browser, Playwright, sync_playwright

import newsclean

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "fixtures" / "seeds" / "000_56ea79d265d3360d.txt"
OUT = ROOT / "docs" / "img" / "report.png"
#: The line pointed at: a teaser of another story inside the article, removed by related.teaser.
POINTED_RULE = "related.teaser"
VIEWPORT = {"width": 1100, "height": 1180}

MISSING = (
    "Chromium not found: the HTML report's browser tests drive Debian's `chromium` package "
    "(`apt-get install -y chromium`; .ci/run installs it when missing), or set "
    "NEWSCLEAN_CHROMIUM to a Chromium or Chrome executable. `playwright install` is not needed."
)


def chromium_path() -> str | None:
    """The Chromium to drive: $NEWSCLEAN_CHROMIUM, else ``chromium`` on the PATH."""
    return (
        os.environ.get("NEWSCLEAN_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    )


def launch(playwright: Playwright) -> Browser:
    """Headless Chromium from the system (raises RuntimeError with :data:`MISSING` when absent)."""
    path = chromium_path()
    if path is None:
        raise RuntimeError(MISSING)
    return playwright.chromium.launch(executable_path=path, headless=True)


def screenshot(browser: Browser, report: Path, out: Path) -> None:
    """Open ``report`` (an HTML file), point at a removed line, save the visible page as PNG."""
    context = browser.new_context(viewport=VIEWPORT, device_scale_factor=1)
    try:
        page = context.new_page()
        page.goto(report.as_uri())
        line = page.locator(f'.line:has(.why code:text-is("{POINTED_RULE}"))').first
        line.hover()
        out.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(out))
    finally:
        context.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    doc = newsclean.clean(SEED.read_bytes())
    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        report = Path(folder) / "report.html"
        report.write_text(doc.to_html(name=SEED.name), encoding="utf-8")
        browser = launch(playwright)
        screenshot(browser, report, args.out)
        browser.close()
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
