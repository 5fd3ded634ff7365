"""The twin pairs of corpus/twins: each erroneous twin raises exactly the check kind its
error calls for, and its consistent twin raises none (unresolved_date aside). The gold
files are held to the same rules as corpus/'s (corpus/validate.py)."""

import importlib.util
from pathlib import Path

import pytest

from extractor.ingest.read import read_source
from extractor.pipeline import extract_article

TWINS = Path(__file__).resolve().parents[2] / "corpus" / "twins"

EXPECTED = {
    "base-share-fenland-dismissals": "share_mismatch",
    "ratio-wessex-suspensions": "share_mismatch",
    "percent-severnside-upheld": "share_mismatch",
    "breakdown-mercia-drug-tests": "sum_mismatch",
    "since-pennine-dismissals": "sum_mismatch",
    "span-fenland-dismissals": "span_mismatch",
    "weekday-pennine-hearing": "weekday_mismatch",
    "headline-mercia-sergeant": "contradiction",
}


def kinds(path: Path) -> list[str]:
    return [c.kind for c in extract_article(read_source(str(path))).checks if c.kind != "unresolved_date"]


def test_every_pair_is_in_the_folder_and_the_table():
    names = {p.name.removesuffix("-ok.txt") for p in TWINS.glob("*-ok.txt")}
    assert names == set(EXPECTED) and len(names) >= 8
    assert all((TWINS / f"{name}-error.txt").is_file() for name in names)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_the_erroneous_twin_raises_its_kind_once(name):
    assert kinds(TWINS / f"{name}-error.txt") == [EXPECTED[name]]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_the_consistent_twin_raises_nothing(name):
    assert kinds(TWINS / f"{name}-ok.txt") == []


def test_the_gold_files_follow_the_corpus_rules(monkeypatch):
    spec = importlib.util.spec_from_file_location("corpus_validate", TWINS.parent / "validate.py")
    validate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(validate)
    monkeypatch.setattr(validate, "HERE", TWINS)
    golds = sorted(TWINS.glob("*.json"))
    assert len(golds) == 2 * len(EXPECTED)
    assert {g.name: validate.check(g) for g in golds} == {g.name: [] for g in golds}
