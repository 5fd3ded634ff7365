"""Partitions of files and archives: paths and row ranges, positions in input order."""

from __future__ import annotations

import json

import pyarrow as pa
import pyarrow.parquet as pq

from extractor.archive.inputs import Keys, archive_articles, plan
from extractor.errors import IngestError

TEXT = "Westshire Police dismissed {} officers for gross misconduct in 2019."


def test_files_then_an_archive_are_cut_in_order_with_running_positions(tmp_path):
    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.txt").write_text(TEXT.format(3), encoding="utf-8")
    archive = tmp_path / "news.jsonl"
    # blank lines are not records
    archive.write_text("\n".join(json.dumps({"text": TEXT.format(n)}) + ("\n" if n == 4 else "")
                                 for n in range(2, 7)) + "\n", encoding="utf-8")
    parts = plan([str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), str(archive), str(tmp_path / "c.txt")], 2)
    assert [(p.position, len(p.files), p.archive is not None, p.first, p.count) for p in parts] == [
        (0, 2, False, 0, 0), (2, 0, True, 0, 2), (4, 0, True, 2, 2), (6, 0, True, 4, 1), (7, 1, False, 0, 0)]
    read = [(pos, a.text, a.source) for part in parts if part.archive for pos, a in archive_articles(part, Keys())]
    assert read == [(2 + i, TEXT.format(n), f"{archive}#{i}") for i, n in enumerate(range(2, 7))]


def test_a_parquet_archive_gives_its_keys_and_a_record_without_text_fails_alone(tmp_path):
    archive = tmp_path / "news.parquet"
    pq.write_table(pa.table({"body": [TEXT.format(4), "", TEXT.format(5)], "uid": ["x", "y", "z"],
                             "when": ["2021-03-04", None, "2021-05-06T10:00:00"]}), archive)
    keys = Keys(text="body", id="uid", published="when")
    got = [(pos, a if isinstance(a, IngestError) else (a.source, str(a.published), a.published_source))
           for part in plan([str(archive)], 2) for pos, a in archive_articles(part, keys)]
    assert got[0] == (0, (f"{archive}#x", "2021-03-04", "meta"))
    assert got[1][0] == 1 and isinstance(got[1][1], IngestError) and f"{archive}#y" in str(got[1][1])
    assert got[2] == (2, (f"{archive}#z", "2021-05-06", "meta"))
