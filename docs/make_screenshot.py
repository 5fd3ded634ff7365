"""Take docs/review.png: the review page over three corpus articles, a few decisions made.

    .venv/bin/python docs/make_screenshot.py

Needs Debian's chromium at /usr/bin/chromium and playwright (the test extra).
"""

from __future__ import annotations

import sys
import tempfile
import threading
from pathlib import Path

from playwright.sync_api import sync_playwright

from extractor.ingest.read import read_source
from extractor.pipeline import extract_article
from extractor.checks.recheck import save_with_checks
from extractor.review.app import make_server
from extractor.store import Store

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ("local-news-detective-jailed-2022.txt", "iopc-apsp-proceedings-release-2021.txt",
            "ldrs-pennine-corruption-allegations-times.txt")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def main(out: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "review.duckdb")
        for name in ARTICLES:
            # a relative source, as a user would type it
            source = f"corpus/{name}"
            result = extract_article(read_source(str(ROOT / source)))
            result.article.source = source
            save_with_checks(store, result, "screenshot")
        server = make_server(store, reviewer="Ann Editor")
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
                page = browser.new_page(viewport={"width": 1280, "height": 800})
                page.goto(server.url)
                page.wait_for_selector("body[data-ready=true]")
                idle = "body[data-pending='0']"

                def press(*keys: str) -> None:
                    for key in keys:
                        page.keyboard.press(key)
                        page.wait_for_selector(idle, state="attached")

                press("a", "a", "a", "x")
                page.keyboard.type("the same sentencing as the item above")
                press("Enter", "a")
                # on to the first figure, and open its fields for a correction
                selected_kind = "#queue li.item[aria-selected=true] .kind"
                while not page.text_content(selected_kind).startswith("figure"):
                    press("j")
                press("e")
                page.screenshot(path=str(out))
                browser.close()
        finally:
            server.shutdown()
            server.server_close()
            store.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "review.png")
