"""Loading Parquet shards (archive/shards.py) into the tables by scans, each in one
transaction, by extract's rules (archive/merge.py says which and in what order).

The temporary table ``merged_positions`` names the articles a merge writes and
their input positions; the ordered conflict query (conflict_pass.py) reads it.
"""

from __future__ import annotations

from pathlib import Path

from ..review.decisions import HUMAN_PREFIX
from .rows import SHARD_TABLES, column_types


def _parquet(path: Path) -> str:
    return "read_parquet('" + str(path).replace("'", "''") + "')"


class ShardLoads:
    """Shard loading of Store (see store/__init__.py)."""

    def choose_merged(self, shards: list[Path]) -> None:
        """Fill ``merged_positions`` with the articles to write: of each id, the copy at
        the lowest position, unless this version has stored that article already."""
        files = ", ".join("'" + str(s / "articles.parquet").replace("'", "''") + "'" for s in shards)
        self._query("CREATE OR REPLACE TEMP TABLE merged_positions AS "
                    "SELECT s.id AS article_id, min(s.position) AS position "
                    f"FROM read_parquet([{files}]) s WHERE NOT EXISTS (SELECT 1 FROM articles a "
                    "WHERE a.id = s.id AND a.extractor_version = s.extractor_version) GROUP BY s.id")

    def forget_merged(self) -> None:
        self._query("DROP TABLE IF EXISTS merged_positions")

    def load_shard(self, shard: Path) -> int:
        """The shard's articles that ``merged_positions`` names at their position, and
        their rows, in one transaction: an article stored before (by another version)
        has its rows marked not current and those with the same ids replaced, as
        save_many does. Returns the articles written."""
        con = self.con
        with self._transaction(f"merging {shard}"):
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
                listed = ", ".join(f'"{c}"' for c in column_types(table))
                con.execute(f"INSERT INTO {table} ({listed}) SELECT {listed} FROM {source} "
                            f"WHERE {key} IN (SELECT id FROM shard_ids)")
            count = con.execute("SELECT count(*) FROM shard_ids").fetchone()[0]
            con.execute("DROP TABLE shard_ids")
            con.execute("DROP TABLE again")
        return count
