"""`extractor checks --explain ID` (explain.py): one stored check with the records it rests
on, read back from a DuckDB file on disk."""

import json

import pytest

from extractor.cli import main
from extractor.errors import StoreError
from extractor.checks.explain import find_check
from extractor.store import Store

ARTICLE = """Mercia dismissals

Published: 4 March 2024

Mercia Constabulary dismissed 64 officers in 2023. With about 3,200 officers serving in the force, that is 3.2 per cent of its workforce.
"""


@pytest.fixture
def stored(tmp_path, capsys):
    source = tmp_path / "mercia.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "store.duckdb"
    assert main(["extract", str(source), "--db", str(db), "--format", "json"]) == 0
    capsys.readouterr()
    assert main(["checks", "--db", str(db), "--format", "json"]) == 0
    checks = json.loads(capsys.readouterr().out)
    return db, [c for c in checks if c["kind"] == "share_mismatch"][0]


def test_explain_shows_the_check_and_every_field_of_the_figures_it_rests_on(stored, capsys):
    db, check = stored
    assert main(["checks", "--db", str(db), "--explain", check["id"][:6]]) == 0
    shown = capsys.readouterr().out
    assert shown.startswith(f"check {check['id']}  share_mismatch  (rule share_of_base)")
    assert check["message"] in shown
    assert "[1] “3.2 per cent”" in shown and "[3] “64”" in shown
    assert "value=64.0  qualifier=exact  unit=count  counted=officer" in shown
    assert "period_from=2023-01-01  period_to=2023-12-31" in shown
    assert "in: With about 3,200 officers serving in the force" in shown


def test_an_unknown_id_is_an_error_not_a_crash(stored, capsys):
    db, _ = stored
    assert main(["checks", "--db", str(db), "--explain", "ffffffff"]) == 2
    assert "no current check ffffffff" in capsys.readouterr().err
    with Store(str(db)) as store, pytest.raises(StoreError):
        find_check(store, "ffffffff")
