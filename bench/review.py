"""The review page on a big store, in a real browser.

    python bench/review.py                       # 100,000 articles, ~20 items each
    python bench/review.py --articles 10000 --decisions 40 --keep /tmp/review-bench

Builds a store of synthetic articles with SQL (no extraction: ~20 items an
article, as a median corpus article has: 12 figures, 3 outcomes, 4 dates, 1
check, every span pointing at its words in the text), starts `extractor review`
on it in a process of its own, and in headless Chromium (/usr/bin/chromium via
Playwright) measures:

- page ready: from navigation to the first item drawn, in a new browser context
  each time (no cache), five times;
- a decision: from the key `a` to the next item drawn, the decision recorded
  (the 95th percentile over --decisions of them);
- opening and closing the store, what every request and every extract batch
  pays now that no process keeps the file open (store/access.py);
- the keys a data editor presses per item on a median corpus article.
"""

from __future__ import annotations

import argparse
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]

# One sentence per item slot, all the same length, so every span is known in SQL.
SENTENCE = "Sentence {k:02d}: the force recorded {n:03d} complaints in 2019, a report said. "
SLOTS = 20
FIGURES, OUTCOMES, DATES = range(0, 12), range(12, 15), range(15, 19)  # slot 19: the check's


def build(db: Path, articles: int) -> float:
    """Fill a new store with ``articles`` synthetic articles; returns seconds taken."""
    from extractor.store import Store

    started = time.perf_counter()
    length = len(SENTENCE.format(k=0, n=0))
    number_at = SENTENCE.index("{n:03d}") - len("{k:02d}") + 2
    year_at = SENTENCE.format(k=0, n=0).index("2019")
    text = " || ".join(f"'Sentence ' || lpad({k}::VARCHAR, 2, '0') || ': the force recorded ' || "
                       f"lpad(((i * 7 + {k} * 13) % 900 + 100)::VARCHAR, 3, '0') || "
                       f"' complaints in 2019, a report said. '" for k in range(SLOTS))
    with Store(db) as store:
        con = store.con
        con.execute(f"""
            CREATE TEMP TABLE a AS SELECT i, printf('%016x', i) AS id, {text} AS text
            FROM range({articles}) t(i)""")
        con.execute("""
            INSERT INTO articles SELECT id, 'bench/article-' || i || '.txt', 'https://news.example/' || i,
                'Force misconduct figures, part ' || i, DATE '2015-01-01' + (i % 3650)::INTEGER, 'meta', text,
                'The Example ' || (i % 40), sha256(text), 'bench', now()::TIMESTAMP FROM a""")
        tail = "'bench', now()::TIMESTAMP, true"
        span = f"k * {length} + {number_at}, k * {length} + {number_at} + 3"
        con.execute(f"""
            INSERT INTO figures SELECT substr(md5(id || 'f' || k), 1, 16), id, {span},
                substr(text, k * {length} + {number_at} + 1, 3), 'bench:figure',
                CAST(substr(text, k * {length} + {number_at} + 1, 3) AS DOUBLE), 'exact', 'count',
                'complaint', 'all', NULL, NULL, DATE '2019-01-01', DATE '2019-12-31', 'Example Police',
                'complaints', 'sentence', {tail}
            FROM a, range({FIGURES.start}, {FIGURES.stop}) r(k)""")
        con.execute(f"""
            INSERT INTO outcomes SELECT substr(md5(id || 'o' || k), 1, 16), id, {span},
                substr(text, k * {length} + {number_at} + 1, 3), 'bench:outcome', 'other', 'an officer',
                NULL, NULL, {tail}
            FROM a, range({OUTCOMES.start}, {OUTCOMES.stop}) r(k)""")
        con.execute(f"""
            INSERT INTO dates SELECT substr(md5(id || 'd' || k), 1, 16), id, k * {length} + {year_at},
                k * {length} + {year_at} + 4, '2019', 'bench:date', DATE '2019-01-01', DATE '2019-12-31',
                false, {tail}
            FROM a, range({DATES.start}, {DATES.stop}) r(k)""")
        con.execute(f"""
            INSERT INTO checks SELECT substr(md5(id || 'c'), 1, 16), id, 'sum_mismatch',
                'the parts do not add up to the total', [[{number_at}, {number_at} + 3]], 'bench:check',
                {tail}
            FROM a""")
    return time.perf_counter() - started


def open_close_ms(db: Path, times: int = 20) -> float:
    """Median milliseconds to open the store (schema checked) and close it again."""
    from extractor.store import access

    spent = []
    for _ in range(times):
        started = time.perf_counter()
        with access.session(db):
            pass
        spent.append((time.perf_counter() - started) * 1000)
    return statistics.median(spent)


def serve(db: Path) -> tuple[subprocess.Popen, str]:
    server = subprocess.Popen([sys.executable, "-m", "extractor.cli", "review", "--db", str(db),
                               "--port", "0", "--reviewer", "Bench Editor"],
                              stdout=subprocess.PIPE, text=True)
    url = re.search(r"(http://\S+)", server.stdout.readline()).group(1)
    return server, url


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def measure_page(url: str, decisions: int) -> dict:
    from playwright.sync_api import sync_playwright

    out: dict = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        # a browser already running, as an editor's is: its first page costs it a
        # renderer of its own, which is the browser's time, not the page's
        blank = browser.new_context()
        blank.new_page().goto("about:blank")
        blank.close()
        ready = []
        for _ in range(5):
            context = browser.new_context(viewport={"width": 1280, "height": 900})
            page = context.new_page()
            started = time.perf_counter()
            page.goto(url)
            page.wait_for_selector("body[data-ready=true]", timeout=120_000)
            page.wait_for_selector("#queue li.item[aria-selected=true]")
            ready.append(time.perf_counter() - started)
            context.close()
        out["ready_s"] = ready
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        page = context.new_page()
        page.goto(url)
        page.wait_for_selector("body[data-ready=true]", timeout=120_000)
        page.select_option("#f-status", "unreviewed")
        page.wait_for_selector("body[data-pending='0']", state="attached")
        spent = []
        for _ in range(decisions):
            before = page.get_attribute("#queue li.item[aria-selected=true]", "data-id")
            started = time.perf_counter()
            page.keyboard.press("a")
            page.wait_for_function(
                "(b) => document.body.dataset.pending === '0' && "
                "document.querySelector('#queue li.item[aria-selected=true]')?.dataset.id !== b", arg=before)
            spent.append((time.perf_counter() - started) * 1000)
            if "recorded" not in (page.text_content("#message") or ""):
                raise SystemExit(f"a decision failed: {page.text_content('#message')}")
        out["decision_ms"] = spent
        context.close()
        browser.close()
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--decisions", type=int, default=60)
    parser.add_argument("--keep", metavar="DIR", help="build (or reuse) the store in DIR and keep it")
    args = parser.parse_args()
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="review-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / f"bench-{args.articles}.duckdb"
    try:
        if not db.exists():
            print(f"building {args.articles:,} articles ... ", end="", flush=True)
            print(f"{build(db, args.articles):.1f} s, {db.stat().st_size / 1e6:.0f} MB")
        print(f"open + close the store: {open_close_ms(db):.1f} ms (median of 20)")
        server, url = serve(db)
        try:
            found = measure_page(url, args.decisions)
        finally:
            server.terminate()
            server.wait()
        ready, spent = found["ready_s"], found["decision_ms"]
        print(f"page ready: {ready[0]:.2f} s the first time, then median {statistics.median(ready[1:]):.2f} s, "
              f"worst {max(ready):.2f} s, each in a new browser context (target < 1 s)")
        print(f"a decision: median {statistics.median(spent):.0f} ms, 95th percentile "
              f"{percentile(spent, 0.95):.0f} ms, max {max(spent):.0f} ms over {len(spent)} "
              "(target p95 < 150 ms)")
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
