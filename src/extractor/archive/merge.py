"""Shards into the store: each in one transaction, then the conflicts of what came
in, in one query (checks.recheck.flag_merged).

The rules are extract's. An article this extractor version has stored already is
not written again, so merging a shard twice changes nothing. The same text in
several shards is stored once, from the lowest input position, whatever order the
shards are named in. An article stored by another version is replaced as extract
replaces it: its rows no longer produced stay, not current, for the reviews that
may point at them; rows a human added are never touched. Conflicts are what
extract stores reading the merged articles in their input order after the
articles stored before: so a plain extract of the same inputs, and a merge of its
shards in any order, give the same tables (timestamps aside).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..review.decisions import HUMAN_PREFIX
from ..store import Store
from ..store.rows import SHARD_TABLES, column_types
from .shards import shard_paths


@dataclass
class MergeSummary:
    shards: int = 0
    articles: int = 0
    conflicts: int = 0


def _parquet(path: Path) -> str:
    return "read_parquet('" + str(path).replace("'", "''") + "')"


def _choose(store: Store, shards: list[Path]) -> None:
    """Fill ``merged_positions`` with the articles to write: of each id, the copy at
    the lowest position, unless this version has stored that article already."""
    files = ", ".join("'" + str(s / "articles.parquet").replace("'", "''") + "'" for s in shards)
    store.con.execute("CREATE OR REPLACE TEMP TABLE merged_positions AS "
                      "SELECT s.id AS article_id, min(s.position) AS position "
                      f"FROM read_parquet([{files}]) s WHERE NOT EXISTS (SELECT 1 FROM articles a "
                      "WHERE a.id = s.id AND a.extractor_version = s.extractor_version) GROUP BY s.id")


def _load(store: Store, shard: Path) -> int:
    """One shard's chosen articles and their rows, in one transaction."""
    con = store.con
    with store._transaction(f"merging {shard}"):
        con.execute("CREATE OR REPLACE TEMP TABLE shard_ids AS SELECT s.id FROM "
                    f"{_parquet(shard / 'articles.parquet')} s JOIN merged_positions m "
                    "ON m.article_id = s.id AND m.position = s.position")
        con.execute("CREATE OR REPLACE TEMP TABLE again AS SELECT id FROM articles "
                    "WHERE id IN (SELECT id FROM shard_ids)")
        con.execute("DELETE FROM articles WHERE id IN (SELECT id FROM again)")
        for table in SHARD_TABLES:
            source = _parquet(shard / f"{table}.parquet")
            key = "id" if table == "articles" else "article_id"
            if table != "articles":
                con.execute(f"UPDATE {table} SET current = false WHERE current AND rule NOT LIKE "
                            f"'{HUMAN_PREFIX}%' AND article_id IN (SELECT id FROM again)")
                con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT id FROM again) AND id IN "
                            f"(SELECT id FROM {source} WHERE article_id IN (SELECT id FROM again))")
            columns = list(column_types(table))
            listed = ", ".join(f'"{c}"' for c in columns)
            con.execute(f"INSERT INTO {table} ({listed}) SELECT {listed} FROM {source} "
                        f"WHERE {key} IN (SELECT id FROM shard_ids)")
        count = con.execute("SELECT count(*) FROM shard_ids").fetchone()[0]
        con.execute("DROP TABLE shard_ids")
        con.execute("DROP TABLE again")
    return count


def merge(store: Store, shards: list[str], version: str) -> MergeSummary:
    """Load ``shards`` (shard folders, or folders of them) into ``store``."""
    from ..checks.recheck import flag_merged

    paths = shard_paths(shards)
    summary = MergeSummary(shards=len(paths))
    if not paths:
        return summary
    _choose(store, paths)
    try:
        for shard in paths:
            summary.articles += _load(store, shard)
        summary.conflicts = flag_merged(store, version)
    finally:
        store.con.execute("DROP TABLE IF EXISTS merged_positions")
    return summary
