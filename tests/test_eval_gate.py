"""Extraction quality may not fall below where it stands: scores pinned a little
under the measured ones (README), so a change that loses ground fails here."""

from pathlib import Path

import pytest

from extractor.evaluate import evaluate_dir
from extractor.ingest.read import read_source
from extractor.pipeline import extract_article

ROOT = Path(__file__).resolve().parents[1]
SHARED_EVAL = ROOT.parent / "shared" / "eval"
SHARED_EVAL2 = ROOT.parent / "shared" / "eval2"


def score(gold_dir: Path) -> dict:
    return evaluate_dir(gold_dir, lambda path: extract_article(read_source(str(path))).to_spec()).to_json()


def test_corpus_scores_hold():
    s = score(ROOT / "corpus")
    assert s["articles"] >= 12
    assert s["published_acc"] == 1.0
    assert s["figures"]["f1"] >= 0.97
    assert s["outcomes"]["f1"] >= 0.97
    assert s["dates"]["f1"] >= 0.97
    assert s["headline_complete_f1"] >= 0.76


@pytest.mark.skipif(not SHARED_EVAL.is_dir(), reason="needs ../shared/eval beside the repo")
def test_shared_eval_scores_hold():
    s = score(SHARED_EVAL)
    assert s["published_acc"] >= 0.95
    assert s["figures"]["f1"] >= 0.97
    assert s["figures"]["complete_f1"] >= 0.83
    assert s["outcomes"]["f1"] >= 0.99
    assert s["dates"]["f1"] >= 0.97
    assert s["headline_complete_f1"] >= 0.86


@pytest.mark.skipif(not SHARED_EVAL2.is_dir(), reason="needs ../shared/eval2 beside the repo")
def test_shared_eval2_scores_hold():
    s = score(SHARED_EVAL2)
    assert s["published_acc"] >= 0.98
    assert s["figures"]["f1"] >= 0.92
    assert s["figures"]["p"] >= 0.95
    assert s["outcomes"]["f1"] >= 0.98
    assert s["outcome_fields"]["subject"] >= 0.96
    assert s["dates"]["f1"] >= 0.96
    assert s["headline_complete_f1"] >= 0.75


# Corpus articles written for one issue, and the first-sight batches once they were
# scored (docs/first-sight.md): pinned so that later work does not lose them. Their
# first-sight rows, not these pins, say how the tool does on unseen articles.
@pytest.mark.parametrize("folder,headline,outcomes_f1", [
    ("structure", 0.87, 0.98),
    ("twins", 0.97, 0.97),
    ("first-sight/batch-1", 0.91, 0.93),
    ("first-sight/batch-2", 0.92, 0.96),
    ("first-sight/batch-3", 0.92, 0.97),
    ("first-sight/batch-4", 0.90, 0.96),
    ("first-sight/batch-5", 0.88, 0.95),  # first sight 0.579 / 0.786; development material since
    ("first-sight/batch-6", 0.81, 0.95),  # first sight 0.348 / 0.852 (scored before the session's last fixes)
    ("first-sight/batch-7", 0.85, 0.94),  # first sight 0.658 / 0.730 (held out, scored once on 2026-12-06)
    ("first-sight/batch-8", 0.43, 0.94),  # first sight 0.387 / 0.750 (held out, scored once on 2026-12-06)
    ("probe", 0.82, 0.93),  # written to find failures; 0.586 / 0.773 before the rules written from them
    ("first-sight/batch-9", 0.88, 0.97),  # first sight 0.454 / 0.790 (held out, scored once on 2026-12-06)
    ("first-sight/batch-10", 0.92, 0.95),  # first sight 0.507 / 0.711 (held out, scored once on 2026-12-06)
    ("probe10", 0.82, 0.96),  # written to find failures; 0.506 / 0.658 before the rules written from them
    ("first-sight/batch-11", 0.75, 0.93),  # first sight 0.534 / 0.757 (held out, scored once on 2026-12-06)
    ("first-sight/batch-12", 0.76, 0.92),  # first sight 0.497 / 0.800 (held out, scored once on 2026-12-06)
    ("probe11", 0.76, 0.94),  # written to find failures; 0.611 / 0.755 before the rules written from them
    ("probe11us", 0.80, 0.92),  # written to find failures; 0.478 / 0.790 before the rules written from them
    ("first-sight/batch-13", 0.59, 0.84),  # first sight 0.494 / 0.681 (held out, scored once on 2026-12-06)
    ("first-sight/batch-14", 0.60, 0.80),  # first sight 0.546 / 0.732 on 39 (held out, scored once on 2026-12-06)
    ("first-sight/batch-15", 0.59, 0.89),  # first sight 0.461 / 0.775 (held out, scored once on 2026-12-07)
    ("first-sight/batch-16", 0.60, 0.76),  # first sight 0.581 / 0.738 (held out, scored once on 2026-12-07)
    ("first-sight/batch-17", 0.40, 0.68),  # first sight 0.392 / 0.660 (held out, scored once on 2026-12-07)
    ("first-sight/batch-18", 0.47, 0.70),  # first sight 0.479 / 0.707 (held out, scored once on 2026-12-07)
    ("first-sight/batch-19", 0.50, 0.63),  # first sight 0.504 / 0.636 on all 40, 0.470 / 0.642 on 39 (held out, scored once on 2026-12-07)
    ("first-sight/batch-20", 0.35, 0.59),  # first sight 0.352 / 0.595 on all 40, 0.432 on 39 without its Hansard table (held out, scored once on 2026-12-07)
    ("first-sight/batch-21", 0.40, 0.70),  # first sight 0.404 / 0.707 (held out, scored once on 2026-12-07)
])
def test_corpus_batches_hold(folder, headline, outcomes_f1):
    s = score(ROOT / "corpus" / folder)
    assert s["headline_complete_f1"] >= headline
    assert s["outcomes"]["f1"] >= outcomes_f1


# Dates and publication dates of the first-sight batches, once their date misses were
# worked on as development material (docs/first-sight.md keeps their first-sight rows).
@pytest.mark.parametrize("folder,dates_f1,published", [
    ("first-sight/batch-1", 0.95, 0.99),
    ("first-sight/batch-2", 0.97, 0.99),
    ("first-sight/batch-3", 0.95, 0.99),
    ("first-sight/batch-4", 0.94, 0.99),
    ("first-sight/batch-5", 0.97, 0.99),
    ("first-sight/batch-6", 0.95, 0.99),
    ("first-sight/batch-7", 0.90, 0.99),
    ("first-sight/batch-8", 0.95, 0.99),
    ("first-sight/batch-9", 0.95, 0.94),  # one page dates itself only in a table row
    ("first-sight/batch-10", 0.83, 0.94),  # one release dated only by its dateline
    ("first-sight/batch-11", 0.96, 0.99),
    ("first-sight/batch-12", 0.94, 0.97),  # two pages whose gold date the reader does not take
    ("first-sight/batch-13", 0.92, 0.99),
    ("first-sight/batch-14", 0.89, 0.97),  # most of its date misses are in pages with no date
    ("first-sight/batch-15", 0.91, 0.99),
    ("first-sight/batch-16", 0.92, 0.97),  # one page's date the reader does not take
    ("first-sight/batch-17", 0.88, 0.89),  # four pages whose own date the reader does not take
    ("first-sight/batch-18", 0.88, 0.94),  # two pages whose own date the reader does not take
    ("first-sight/batch-19", 0.88, 0.97),  # one page whose own date the reader does not take
    ("first-sight/batch-20", 0.84, 0.87),  # two pages whose own date the reader does not take (a station's "11-27-06 -" lead, a court opinion's title)
    ("first-sight/batch-21", 0.87, 0.99),  # first sight 0.880 / 1.000
])
def test_first_sight_dates_hold(folder, dates_f1, published):
    s = score(ROOT / "corpus" / folder)
    assert s["dates"]["f1"] >= dates_f1
    assert s["published_acc"] >= published


# Figures of batch-4 once its figure misses were worked on as development material
# (docs/first-sight.md keeps its first-sight row): precision and every field right.
def test_batch4_figures_hold():
    s = score(ROOT / "corpus" / "first-sight" / "batch-4")
    assert s["figures"]["p"] >= 0.95
    assert s["figures"]["complete_f1"] >= 0.82


# Figures of batch-5 once its figure misses were worked on as development material
# (docs/first-sight.md keeps its first-sight row: P 0.83, complete-F1 0.48).
def test_batch5_figures_hold():
    s = score(ROOT / "corpus" / "first-sight" / "batch-5")
    assert s["figures"]["p"] >= 0.97
    assert s["figures"]["complete_f1"] >= 0.78


# The statistics pages written for issue 15 (docs/statistics-pages.md): figures only.
def test_statistics_pages_hold():
    s = score(ROOT / "corpus" / "statistics")
    assert s["figures"]["p"] >= 0.98
    assert s["figures"]["complete_f1"] >= 0.86
