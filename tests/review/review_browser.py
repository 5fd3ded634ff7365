"""The review page's browser for the tests that import it: Debian's /usr/bin/chromium,
headless, driven by Playwright (never a downloaded browser), one context per editor."""

from __future__ import annotations

from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]

try:
    from playwright import sync_api
except ImportError:  # the test extra is not installed: the browser tests skip
    sync_api = None


def need_browser() -> None:
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not at /usr/bin/chromium (apt-get install chromium; .ci/run does)")
    if sync_api is None:
        pytest.skip("playwright (the test extra) is not installed")


@pytest.fixture(scope="module")
def browser():
    need_browser()
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Editor:
    """One person at the review page, in a browser context of their own."""

    def __init__(self, browser, url: str, width: int = 1280):
        self.context = browser.new_context(viewport={"width": width, "height": 900})
        self.page = self.context.new_page()
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.page.on("dialog", lambda dialog: (self.dialogs.append(dialog.message), dialog.dismiss()))
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.goto(url)
        self.page.wait_for_selector("body[data-ready=true]")

    def press(self, *keys: str) -> None:
        """Press keys one after another, each time until the page is idle again."""
        for key in keys:
            self.page.keyboard.press(key)
            self.idle()

    def idle(self) -> None:
        self.page.wait_for_selector("body[data-pending='0']", state="attached")

    def type(self, text: str) -> None:
        self.page.keyboard.type(text)

    def text(self, selector: str) -> str:
        return self.page.text_content(selector) or ""

    def selected(self) -> str:
        return self.page.get_attribute("#queue li.item[aria-selected=true]", "data-id")

    def shown_ids(self) -> list[str]:
        return self.page.eval_on_selector_all("#queue li.item", "rows => rows.map(r => r.dataset.id)")

    def filter(self, name: str, value: str) -> None:
        # the filters are ordinary selects, without shortcuts
        self.page.select_option(f"#f-{name}", value)
        self.idle()

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def editors(browser):
    opened: list[Editor] = []

    def open_page(url: str, width: int = 1280) -> Editor:
        opened.append(Editor(browser, url, width))
        return opened[-1]

    yield open_page
    for editor in opened:
        assert editor.errors == [], editor.errors
        editor.close()
