"""Shared fixtures: a real DuckDB store built by extracting corpus/ articles,
for the review desk, its HTTP server, its page in a browser and the export."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest

from extractor import __version__
from extractor.ingest.read import read_source
from extractor.pipeline import extract_article
from extractor.checks.recheck import save_with_checks
from extractor.review.app import make_server
from extractor.store import Store

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
# Figures, outcomes, dates, and checks of two kinds: the gazette's parts do not
# sum to its total (sum_mismatch) and the two Pennine reports disagree (conflict).
REVIEW_ARTICLES = ("local-news-detective-jailed-2022.txt", "ldrs-pennine-corruption-allegations-gazette.txt",
                   "ldrs-pennine-corruption-allegations-times.txt")

# Untrusted text that would run if the page ever turned data into HTML.
HOSTILE_TEXT = """Westshire officer dismissed <script>window.__pwned = "title"</script>

PC Eve Hart was dismissed for gross misconduct, a panel said on 3 March 2023.
<img src=x onerror="window.__pwned = 'img'"> Two officers were placed on the barred list.
<svg onload="window.__pwned = 'svg'"></svg><script>alert("xss")</script>
"""


def extract_into(db: Path, *sources: Path) -> None:
    """Extract each source into the store at ``db``, checks and all, as the CLI does."""
    with Store(db) as store:
        for source in sources:
            save_with_checks(store, extract_article(read_source(str(source))), __version__)


@pytest.fixture(scope="session")
def corpus_db_template(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("review-template")
    hostile = folder / "westshire-hostile.txt"
    hostile.write_text(HOSTILE_TEXT, encoding="utf-8")
    db = folder / "template.duckdb"
    extract_into(db, *(CORPUS / name for name in REVIEW_ARTICLES), hostile)
    return db


@pytest.fixture
def corpus_db(corpus_db_template, tmp_path) -> Path:
    """A fresh copy of the extracted store for one test to change."""
    db = tmp_path / "review.duckdb"
    shutil.copyfile(corpus_db_template, db)
    return db


@pytest.fixture
def serve():
    """serve(db, **options) -> a review server running on 127.0.0.1 (a free
    port) over the store at ``db``; stopped and closed after the test."""
    running = []

    def start(db: Path, **options):
        store = Store(db)
        server = make_server(store, port=0, **options)
        thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        thread.start()
        running.append((server, thread, store))
        return server

    yield start
    for server, thread, store in running:
        server.shutdown()
        server.server_close()
        thread.join()
        store.close()
