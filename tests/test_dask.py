"""extract --engine dask on a real local Dask cluster (2 worker processes), then merge:
the store holds what a plain extract of the same files holds."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import duckdb
import pytest

pytest.importorskip("distributed")

from extractor.cli import main  # noqa: E402
from extractor.store import Store  # noqa: E402

BODY = ("Published: {day} September 2021\n\nWestshire Police recorded {n} allegations of corruption "
        "in the three years to March 2021. PC Ann Rowe was dismissed for gross misconduct.\n")
# the archive's records count something else, so they conflict with none of the files
RECORD = "Northshire Police dismissed {m} officers for gross misconduct in 2019. Item {i}."


def table_rows(db: Path, where_files: bool = False) -> dict[str, list]:
    con = duckdb.connect(str(db), read_only=True)
    out = {}
    for table in ("articles", "figures", "outcomes", "dates", "claims", "checks"):
        columns = [c for (c,) in con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ? "
            "AND column_name <> 'extracted_at' ORDER BY ordinal_position", [table]).fetchall()]
        key = "id" if table == "articles" else "article_id"
        where = (f" WHERE {key} IN (SELECT id FROM articles WHERE source NOT LIKE '%records.jsonl#%')"
                 if where_files else "")
        out[table] = sorted(map(repr, con.execute(f"SELECT {', '.join(columns)} FROM {table}{where}").fetchall()))
    con.close()
    return out


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    root = tmp_path_factory.mktemp("dask")
    files = root / "files"
    files.mkdir()
    for day, n in ((2, 256), (3, 265), (4, 256), (5, 300), (6, 265)):
        (files / f"story-{day}.txt").write_text(BODY.format(day=day, n=n), encoding="utf-8")
    records = root / "records.jsonl"
    records.write_text("".join(json.dumps({"body": RECORD.format(m=m, i=i), "key": f"r{i}",
                                           "link": f"https://example.org/{i}", "date": "2020-01-0" + str(i)})
                               + "\n" for i, m in ((1, 12), (2, 12), (3, 15))), encoding="utf-8")
    shards = root / "shards"
    code = main(["extract", str(files), str(records), "--engine", "dask", "--shards", str(shards),
                 "--workers", "2", "--partition-size", "2", "--text-key", "body", "--id-key", "key",
                 "--url-key", "link", "--published-key", "date"])
    return root, files, records, shards, code


def test_each_partition_writes_a_shard_of_parquet_files_and_no_store(run):
    root, _, _, shards, code = run
    assert code == 0
    made = sorted(p.name for p in shards.iterdir())
    assert made == [f"shard-{i:05d}" for i in range(5)]  # 5 files in 3 partitions, 3 records in 2
    assert {p.name for p in (shards / "shard-00000").iterdir()} >= {"articles.parquet", "figures.parquet",
                                                                   "checks.parquet", "failures.jsonl"}
    assert not list(root.glob("*.duckdb"))


def test_merged_shards_hold_what_a_plain_extract_of_the_files_holds(run, tmp_path):
    _, files, _, shards, _ = run
    merged, plain = tmp_path / "merged.duckdb", tmp_path / "plain.duckdb"
    assert main(["merge", *sorted(map(str, shards.iterdir()), reverse=True), "--db", str(merged)]) == 0
    assert main(["extract", str(files), "--db", str(plain), "--format", "jsonl", "--workers", "1"]) == 0
    assert table_rows(merged, where_files=True) == table_rows(plain)
    with Store(merged) as store:
        assert len(store.checks(kind="conflict")) >= 4


def test_archive_records_become_articles_named_by_their_id_key(run, tmp_path):
    _, _, records, shards, _ = run
    db = tmp_path / "merged.duckdb"
    main(["merge", str(shards), "--db", str(db)])
    with Store(db) as store:
        articles = sorted((a.source, a.url, a.published, a.published_source)
                          for a in map(store.article, store.article_ids()) if "records.jsonl" in a.source)
    assert articles == [(f"{records}#r{i}", f"https://example.org/{i}", date(2020, 1, i), "meta")
                        for i in (1, 2, 3)]
