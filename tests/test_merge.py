"""extractor merge: shards into the store by extract's rules (shards written in process
here; tests/test_dask.py writes them on a cluster)."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from extractor import __version__
from extractor.archive.inputs import plan
from extractor.archive.merge import merge
from extractor.archive.shards import extract_partition
from extractor.cli import main
from extractor.records import Figure
from extractor.store import Store

BODY = ("Published: {day} September 2021\n\nWestshire Police recorded {n} allegations of corruption "
        "in the three years to March 2021.\n")


def dump(db: Path) -> dict[str, list]:
    con = duckdb.connect(str(db), read_only=True)
    out = {t: sorted(map(repr, con.execute(f"SELECT * EXCLUDE (extracted_at) FROM {t}").fetchall()))
           for t in ("articles", "figures", "outcomes", "dates", "claims", "checks")}
    con.close()
    return out


def write_shards(folder: Path, sources: list[str], size: int, version: str = __version__) -> Path:
    shards = folder / "shards"
    for part in plan(sources, size):
        extract_partition(part, str(shards), version)
    return shards


@pytest.fixture
def stories(tmp_path):
    folder = tmp_path / "files"
    folder.mkdir()
    for day, n in ((2, 256), (3, 265), (4, 300), (5, 256)):
        (folder / f"s{day}.txt").write_text(BODY.format(day=day, n=n), encoding="utf-8")
    return folder


def test_merging_again_changes_nothing(tmp_path, stories):
    shards = write_shards(tmp_path, [str(stories)], 2)
    db = tmp_path / "m.duckdb"
    with Store(db) as store:
        first = merge(store, [str(shards)], __version__)
    before = dump(db)
    with Store(db) as store:
        again = merge(store, [str(shards)], __version__)
    assert (first.articles, first.conflicts > 0) == (4, True)
    assert (again.articles, again.conflicts) == (0, 0) and dump(db) == before


def test_the_same_text_in_two_shards_is_stored_once_from_the_first_input(tmp_path, stories):
    copy = tmp_path / "later" / "copy.txt"
    copy.parent.mkdir()
    copy.write_text((stories / "s2.txt").read_text(encoding="utf-8"), encoding="utf-8")
    shards = write_shards(tmp_path, [str(stories), str(copy)], 4)
    for order in (sorted, lambda s: sorted(s, reverse=True)):
        db = tmp_path / f"m-{order.__name__}.duckdb"
        with Store(db) as store:
            merge(store, [str(p) for p in order(shards.iterdir())], __version__)
            sources = sorted(store.article(aid).source for aid in store.article_ids())
        assert sources == sorted(str(stories / f"s{d}.txt") for d in (2, 3, 4, 5))


def test_an_article_of_another_version_is_replaced_keeping_what_reviews_need(tmp_path, stories):
    old = write_shards(tmp_path / "old", [str(stories / "s2.txt")], 1, version="0.0.1")
    db = tmp_path / "m.duckdb"
    with Store(db) as store:
        merge(store, [str(old)], "0.0.1")
        aid = store.article_ids()[0]
        stale = store.figures(article_id=aid)[0][1]
        store.con.execute("UPDATE figures SET id = 'withdrawn', span_start = 0 WHERE id = ?", [stale.id])
        human = Figure(id="h1", span=(0, 9), text="Published", value=1, rule="human:editor")
        store.append_review(item_id="h1", item_kind="figure", reviewer="ann", decision="add",
                            before=None, after={"value": 1}, reason=None, seen_version=0, new_item=(aid, human))
    new = write_shards(tmp_path / "new", [str(stories / "s2.txt")], 1)
    with Store(db) as store:
        assert merge(store, [str(new)], __version__).articles == 1
        rows = dict(store.con.execute("SELECT id, current FROM figures").fetchall())
        assert rows["withdrawn"] is False and rows["h1"] is True and rows[stale.id] is True
        assert store.con.execute("SELECT extractor_version FROM articles").fetchall() == [(__version__,)]
        assert len(store.review_log("h1")) == 1


def test_a_half_written_shard_is_not_merged(tmp_path, stories):
    shards = write_shards(tmp_path, [str(stories)], 2)
    (shards / "shard-00001").rename(shards / ".shard-00001.123.4")
    with Store(tmp_path / "m.duckdb") as store:
        assert merge(store, [str(shards)], __version__).articles == 2


def test_merge_on_the_command_line_then_checks(tmp_path, stories, capsys):
    shards = write_shards(tmp_path, [str(stories)], 3)
    db = tmp_path / "m.duckdb"
    assert main(["merge", str(shards), "--db", str(db)]) == 0
    assert "merged 4 new articles from 2 shards" in capsys.readouterr().err
    assert main(["checks", "--db", str(db), "--kind", "conflict", "--recompute"]) == 0
    assert capsys.readouterr().out.count("! conflict") == 4


TABLE_PAGE = """<html><head><title>Dismissals at Wessex Police</title></head>
<body><article><h1>Dismissals at Wessex Police</h1><p>Published 3 May 2023</p>
<h2>The force dismissed more officers in 2022 than in any year since 2015, its figures show.</h2>
<p>Dismissed officers</p>
<table><tr><th>Outcome</th><th>2021</th><th>2022</th><th>Total</th></tr>
<tr><td>Dismissed</td><td>4</td><td>6</td><td>10</td></tr>
<tr><td>Resigned</td><td>2</td><td>1</td><td>3</td></tr>
<tr><td>Total</td><td>6</td><td>7</td><td>13</td></tr></table></article></body></html>"""


def test_a_merged_page_keeps_its_layout_encoding_and_table_totals(tmp_path):
    from extractor.ingest.read import read_source
    from extractor.pipeline import extract_article

    page = tmp_path / "files" / "wessex.html"
    page.parent.mkdir()
    page.write_text(TABLE_PAGE, encoding="utf-8")
    expected = extract_article(read_source(str(page)))
    expected.assign_ids()
    shards = write_shards(tmp_path, [str(page)], 1)
    with Store(tmp_path / "m.duckdb") as store:
        merge(store, [str(shards)], __version__)
        merged = store.load(expected.article.id)
    assert merged == expected
    assert merged.article.blocks[2].kind == "heading" and merged.article.encoding == "utf-8"
    assert {f.role for f in merged.figures} == {"part", "total"}
