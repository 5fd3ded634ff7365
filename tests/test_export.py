"""Export: the reviewed rows, corrections applied, with where each came from and
who decided it, as csv, json or parquet, from the library and the command line."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import duckdb
import pytest

from extractor.cli import main
from extractor.errors import ReviewError
from extractor.export import COLUMNS, columns_for, export, export_rows, sentence_of, write_csv
from extractor.review.service import ReviewDesk, load_reviewed
from extractor.store import Store

NAMES = [name for name, _ in COLUMNS]


@pytest.fixture
def decided(corpus_db):
    """The corpus store with one item of each decision: accepted, corrected,
    rejected, added, and one accepted then undone. Returns {what: item id}."""
    with Store(corpus_db) as store:
        desk = ReviewDesk(store)
        items = load_reviewed(store)
        figures = [i for i in items if i.kind == "figure"]
        outcome = next(i for i in items if i.kind == "outcome")
        ids = {"accepted": outcome.id, "corrected": figures[0].id, "rejected": figures[1].id,
               "undone": figures[2].id}
        desk.decide(item_id=outcome.id, decision="accept", reviewer="Ann Editor", version=0)
        desk.decide(item_id=figures[0].id, decision="correct", reviewer="Bob", version=0,
                    values={"org": "Home Office", "category": "theft"})
        desk.decide(item_id=figures[1].id, decision="reject", reviewer="Ann Editor", version=0,
                    reason="a year, not a count")
        undone = desk.decide(item_id=figures[2].id, decision="accept", reviewer="Ann Editor", version=0)
        desk.decide(item_id=figures[2].id, decision="undo", reviewer="Ann Editor", version=undone.version)
        article = store.load(outcome.article_id).article
        start = article.text.index(outcome.values["text"])
        added = desk.add(article_id=outcome.article_id, kind="outcome",
                         span=(start, start + len(outcome.values["text"])),
                         values={"outcome": "other", "subject": "Added Person"}, reviewer="Cat")
        ids["added"] = added.id
    return corpus_db, ids


def rows_by_id(rows) -> dict[str, dict]:
    return {row["item_id"]: row for row in rows}


def test_accepted_means_accepted_or_corrected_and_nothing_else(decided):
    db, ids = decided
    with Store(db) as store:
        rows = rows_by_id(dict(zip(NAMES, row)) for row in export_rows(store, "accepted"))
    assert set(rows) == {ids["accepted"], ids["corrected"], ids["added"]}


def test_each_status_exports_its_own_rows(decided):
    db, ids = decided
    with Store(db) as store:
        assert {r[NAMES.index("item_id")] for r in export_rows(store, "rejected")} == {ids["rejected"]}
        assert {r[NAMES.index("item_id")] for r in export_rows(store, "corrected")} == {ids["corrected"]}
        unreviewed = {r[NAMES.index("item_id")] for r in export_rows(store, "unreviewed")}
        assert ids["undone"] in unreviewed and ids["accepted"] not in unreviewed
        assert len(export_rows(store, "all")) == len(load_reviewed(store))
        with pytest.raises(ReviewError, match="unknown status 'maybe'"):
            export_rows(store, "maybe")


def test_csv_rows_carry_corrections_provenance_and_the_decision(decided, tmp_path):
    db, ids = decided
    out = tmp_path / "reviewed.csv"
    with Store(db) as store:
        assert export(store, out, "csv") == 3
        article_text = {aid: store.load(aid).article.text for aid in store.article_ids()}
    rows = rows_by_id(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert list(next(iter(rows.values()))) == NAMES

    corrected = rows[ids["corrected"]]
    assert (corrected["org"], corrected["category"], corrected["status"]) == ("Home Office", "theft", "corrected")
    assert corrected["corrected_fields"] == "category,org"
    assert corrected["reviewer"] == "Bob" and corrected["decided_at"]
    assert corrected["source"].endswith(".txt")
    start, end = int(corrected["span_start"]), int(corrected["span_end"])
    assert article_text[corrected["article_id"]][start:end] == corrected["quote"]

    added = rows[ids["added"]]
    assert (added["outcome"], added["subject"], added["reviewer"]) == ("other", "Added Person", "Cat")
    assert added["added_by_reviewer"] == "true"
    assert rows[ids["accepted"]]["reviewer"] == "Ann Editor"


def test_json_and_parquet_hold_the_same_rows_with_their_types(decided, tmp_path):
    db, ids = decided
    with Store(db) as store:
        export(store, tmp_path / "r.json", "json")
        export(store, tmp_path / "r.parquet", "parquet")
    as_json = rows_by_id(json.loads((tmp_path / "r.json").read_text(encoding="utf-8")))
    con = duckdb.connect()
    try:
        cursor = con.execute(f"SELECT * FROM read_parquet('{tmp_path / 'r.parquet'}')")
        names = [d[0] for d in cursor.description]
        as_parquet = rows_by_id(dict(zip(names, row)) for row in cursor.fetchall())
    finally:
        con.close()
    assert set(as_json) == set(as_parquet) == {ids["accepted"], ids["corrected"], ids["added"]}
    corrected = as_parquet[ids["corrected"]]
    assert corrected["org"] == as_json[ids["corrected"]]["org"] == "Home Office"
    assert isinstance(corrected["value"], float) and isinstance(corrected["span_start"], int)
    assert corrected["decided_at"].year >= 2024  # a TIMESTAMP, not text


def test_the_cli_writes_csv_to_stdout_and_a_file_with_o(decided, tmp_path, capsys):
    db, ids = decided
    assert main(["export", "--db", str(db)]) == 0
    out, err = capsys.readouterr()
    assert set(rows_by_id(csv.DictReader(io.StringIO(out)))) == {ids["accepted"], ids["corrected"], ids["added"]}
    assert "exported 3 accepted rows" in err
    target = tmp_path / "rejected.json"
    assert main(["export", "--db", str(db), "--status", "rejected", "--format", "json", "-o", str(target)]) == 0
    (row,) = json.loads(target.read_text(encoding="utf-8"))
    assert row["item_id"] == ids["rejected"] and row["reason"] == "a year, not a count"


def test_the_cli_says_what_is_wrong(decided, tmp_path, capsys):
    db, _ = decided
    assert main(["export", "--db", str(db), "--format", "parquet"]) == 2
    assert "parquet is binary: name a file with -o" in capsys.readouterr().err
    assert main(["export", "--db", str(tmp_path / "none.duckdb")]) == 2
    assert "no such store" in capsys.readouterr().err
    assert main(["export", "--db", str(db), "-o", str(tmp_path / "no" / "dir" / "x.csv")]) == 2
    assert "cannot write the export" in capsys.readouterr().err


def test_a_claim_is_reviewed_like_any_item_and_exports_its_kind_and_status(tmp_path):
    from conftest import CORPUS, extract_into

    db = tmp_path / "claims.duckdb"
    extract_into(db, CORPUS / "ldrs-severnside-complaints-rise-herald.txt")
    with Store(db) as store:
        desk = ReviewDesk(store)
        claim = next(i for i in load_reviewed(store)
                     if i.kind == "claim" and i.values["status"] == "fails")
        desk.decide(item_id=claim.id, decision="correct", reviewer="Ann Editor", version=0,
                    values={"status": "holds"})
        with pytest.raises(ReviewError, match="status"):
            desk.decide(item_id=claim.id, decision="correct", reviewer="Ann Editor",
                        version=desk.item(claim.id).version, values={"status": "maybe"})
        row = rows_by_id(dict(zip(NAMES, r)) for r in export_rows(store, "accepted"))[claim.id]
    assert row["item_kind"] == "claim" and row["status"] == "corrected"
    assert row["claim_kind"] == "change" and row["claim_status"] == "holds"
    assert row["corrected_fields"] == "status" and row["reviewer"] == "Ann Editor"


# -- a table a desk can publish from ----------------------------------------------

def test_each_row_says_where_its_item_comes_from_and_when_it_was_decided(decided):
    db, ids = decided
    with Store(db) as store:
        rows = rows_by_id(dict(zip(NAMES, row)) for row in export_rows(store, "accepted"))
        corrected = rows[ids["corrected"]]
        article = store.article(corrected["article_id"])
    assert corrected["title"] == article.title and corrected["published"] == article.published
    assert corrected["quote"] in corrected["sentence"] and corrected["sentence"] in " ".join(article.text.split())
    assert corrected["decided_at"].utcoffset().total_seconds() == 0


@pytest.mark.parametrize("text, part, sentence", [
    ("The IOPC said 172 referrals were made. Two officers were dismissed.", "172",
     "The IOPC said 172 referrals were made."),
    ("The IOPC said 172 referrals were made. Two officers were dismissed.", "Two",
     "Two officers were dismissed."),
    ("A headline with 12 complaints\nThe body of the piece follows.", "12", "A headline with 12 complaints"),
    ('He said: "We had 40 cases." Then he left.', "40", 'He said: "We had 40 cases."'),
    ("No full stop around 7 here", "7", "No full stop around 7 here"),
])
def test_the_sentence_is_the_one_around_the_words(text, part, sentence):
    start = text.index(part)
    assert sentence_of(text, start, start + len(part)) == sentence


def test_a_kind_gets_a_table_of_its_own_columns(decided, tmp_path):
    db, ids = decided
    with Store(db) as store:
        assert export(store, tmp_path / "outcomes.csv", "csv", "accepted", kind="outcome") == 2
        with pytest.raises(ReviewError, match="unknown kind 'person'"):
            export(store, tmp_path / "x.csv", "csv", kind="person")
    rows = list(csv.DictReader(io.StringIO((tmp_path / "outcomes.csv").read_text(encoding="utf-8"))))
    assert {r["item_id"] for r in rows} == {ids["accepted"], ids["added"]}
    assert list(rows[0]) == [name for name, _ in columns_for("outcome")]
    assert "subject" in rows[0] and "qualifier" not in rows[0] and "check_kind" not in rows[0]


def test_csv_cells_a_spreadsheet_would_run_are_quoted_and_numbers_keep_their_sign(tmp_path):
    columns = (("reason", "VARCHAR"), ("value", "DOUBLE"), ("quote", "VARCHAR"), ("subject", "VARCHAR"))
    out = io.StringIO()
    write_csv(out, columns, [
        ("=HYPERLINK(\"http://evil\")", -3.0, "-12 officers", "@SUM(A1)"),
        ("+1 call", 2.5, "\tTabbed", "\rCR"),
        ("plain", None, "it's 40", "x"),
    ])
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert rows[1] == ["'=HYPERLINK(\"http://evil\")", "-3", "'-12 officers", "'@SUM(A1)"]
    assert rows[2] == ["'+1 call", "2.5", "'\tTabbed", "'\rCR"]
    assert rows[3] == ["plain", "", "it's 40", "x"]


def test_bom_starts_a_csv_for_excel_and_only_when_asked(decided, tmp_path, capsys):
    db, _ = decided
    assert main(["export", "--db", str(db), "--bom", "-o", str(tmp_path / "excel.csv")]) == 0
    assert main(["export", "--db", str(db), "-o", str(tmp_path / "plain.csv")]) == 0
    assert (tmp_path / "excel.csv").read_bytes().startswith(b"\xef\xbb\xbfarticle_id,")
    assert (tmp_path / "plain.csv").read_bytes().startswith(b"article_id,")
    assert main(["export", "--db", str(db), "--kind", "figure", "--format", "json"]) == 0
    out, err = capsys.readouterr()
    assert "exported 1 accepted figure rows" in err
    (row,) = json.loads(out)
    assert row["decided_at"].endswith("+00:00") and "subject" not in row


# -- the data dictionary ------------------------------------------------------------

SCHEMA_DOC = Path(__file__).resolve().parents[1] / "docs" / "schema.md"


def documented() -> dict[str, set[str]]:
    """docs/schema.md's columns: {"store table": names} and {"export": names}."""
    found: dict[str, set[str]] = {}
    section = None
    for line in SCHEMA_DOC.read_text(encoding="utf-8").splitlines():
        if heading := re.match(r"### `(\w+)`", line):
            section = heading.group(1)
        elif line.startswith("## Export columns"):
            section = "export"
        elif line.startswith("## "):
            section = None
        elif section and (cell := re.match(r"\| `(\w+)` \|", line)):
            found.setdefault(section, set()).add(cell.group(1))
    return found


def test_every_store_table_and_column_is_in_the_data_dictionary(tmp_path):
    Store(tmp_path / "fresh.duckdb").close()
    con = duckdb.connect(str(tmp_path / "fresh.duckdb"), read_only=True)
    try:
        columns = con.execute("SELECT table_name, column_name FROM information_schema.columns "
                              "WHERE table_schema = 'main'").fetchall()
    finally:
        con.close()
    doc = documented()
    for table, column in columns:
        assert column in doc.get(table, set()), f"docs/schema.md lacks {table}.{column}"
    assert {t for t, _ in columns} == set(doc) - {"export"}


def test_every_export_column_is_in_the_data_dictionary():
    doc = documented()["export"]
    for kind in (None, "figure", "outcome", "date", "claim", "check"):
        missing = [name for name, _ in columns_for(kind) if name not in doc]
        assert not missing, f"docs/schema.md lacks export columns {missing}"
