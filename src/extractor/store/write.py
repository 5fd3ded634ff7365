"""Writing articles and their items: each call one transaction, rows in a few
multi-row statements per table.

An item that a new extraction no longer produces is kept with ``current = false``,
because human reviews may point at it; items a human adds (rule ``human:...``)
are never marked not current by a re-extraction. Every write is one
transaction, so a crash never leaves half an article.
"""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

import duckdb
import pyarrow as pa

from ..review.decisions import HUMAN_PREFIX
from ..errors import StoreError
from ..records import ArticleResult, Check
from .connection import utc_now
from .rows import _ARROW, _unique_by_id, article_table, check_id, check_table, item_tables
from .schema import _CHECK_FIELDS

_BATCH_ROWS = 5000  # rows per INSERT statement (and article ids per UPDATE)


class Writes:
    """The writing half of Store (see store/__init__.py)."""

    def _insert(self, table: str, columns: Sequence[str], rows: Sequence[tuple],
                types: dict[str, str] | None = None) -> None:
        """Insert rows as one Arrow table that DuckDB scans, the one path by which a
        batch and a Parquet shard (insert_arrow) both go in (a multi-row VALUES
        statement binds every value apart and is ~10x slower).
        ``types`` (column -> SQL type) defaults to the table's own, read from the catalog."""
        if not rows:
            return
        types = types or self._column_types(table)
        data = pa.table({c: pa.array(list(column), type=_ARROW.get(types[c]))
                         for c, column in zip(columns, zip(*rows))})
        self.insert_arrow(table, data, types)

    def insert_arrow(self, table: str, data: "pa.Table", types: dict[str, str] | None = None) -> None:
        """Insert an Arrow table (or anything DuckDB scans: a Parquet relation) whose
        columns are some of ``table``'s, each cast to the table's type."""
        types = types or self._column_types(table)
        names = list(data.column_names if hasattr(data, "column_names") else data.columns)
        listed = ", ".join(f'"{c}"' for c in names)
        select = ", ".join(f'CAST("{c}" AS {types[c]})' for c in names)
        # DuckDB finds the table by this variable's name (a replacement scan); register()
        # would refuse while a read on the connection has rows left unfetched.
        rows_in = data  # noqa: F841
        self.con.execute(f"INSERT INTO {table} ({listed}) SELECT {select} FROM rows_in")

    def insert_typed(self, table: str, data: "pa.Table") -> None:
        """Insert an Arrow table built with ``table``'s own types (store/rows.py), by
        column name and without a CAST per column: binding the casts cost more than
        inserting a batch's rows (~1.4 ms a statement against ~0.9)."""
        rows_in = data  # noqa: F841 - found by name, as in insert_arrow
        self.con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM rows_in")

    def _insert_items(self, table: str, data: "pa.Table", stored: Sequence[str]) -> None:
        """Insert item rows (an Arrow table with the store's columns), first deleting the
        rows with the same ids among the articles ``stored`` names: only an article
        stored before can hold them, so a batch of new articles deletes nothing."""
        if not data.num_rows:
            return
        self._delete_replaced(table, data, stored)
        self.insert_typed(table, data)

    def _delete_replaced(self, table: str, data: "pa.Table", stored: Sequence[str]) -> None:
        """Delete the rows of the articles ``stored`` names that have the ids of ``data``'s."""
        if not stored or not data.num_rows:
            return
        ids = data.column("id").to_pylist()
        for start in range(0, len(ids), _BATCH_ROWS):
            self.con.execute(f"DELETE FROM {table} WHERE list_contains(?::VARCHAR[], article_id) "
                             f"AND id IN (SELECT unnest(?::VARCHAR[]))",
                             [list(stored), ids[start:start + _BATCH_ROWS]])

    def save(self, result: ArticleResult, version: str) -> None:
        """Write one article and all its items in one transaction. Items get
        their stable ids first if they have none (on ``result`` itself)."""
        self.save_many([result], version)

    def save_many(self, results: Sequence[ArticleResult], version: str,
                  checks_of: dict[str, list[Check]] | None = None,
                  added_checks: dict[str, list[Check]] | None = None,
                  stored: Sequence[str] | None = None) -> None:
        """Write articles and their items, replace the checks of the stored articles
        ``checks_of`` names and add ``added_checks`` to theirs, all in one
        transaction: a batch is stored whole or not at all, so every article in it
        is too. Rows go in as one Arrow table per table, not a statement per article.
        ``stored``: which of ``results`` were stored before, when the caller has asked
        (stored_among); else it is asked here."""
        checks_of = checks_of or {}
        added_checks = added_checks or {}
        for result in results:
            items = [*result.figures, *result.outcomes, *result.dates, *result.claims, *result.checks]
            if any(not item.id for item in items):
                result.assign_ids()
        for article_id, checks in [*checks_of.items(), *added_checks.items()]:
            for check in checks:
                if not check.id:  # as ArticleResult.assign_ids gives a check its id
                    check.id = check_id(article_id, check)
        if not results and not checks_of and not any(added_checks.values()):
            return
        now = utc_now()
        what = (f"saving article {results[0].article.id}" if len(results) == 1
                else f"saving {len(results)} articles" if results
                else f"replacing the checks of article {', '.join(checks_of)}")
        # an article given twice in a batch: the last one stands, as if saved in turn
        latest = list({r.article.id: r for r in results}.values())
        # built before the transaction: it holds the file only while DuckDB writes
        types = self._column_types
        articles = article_table([r.article for r in latest], version, now, types=types)
        items = item_tables(latest, version, now, types)
        checks = {r.article.id: r.checks for r in latest}
        checks.update({aid: c for aid, c in checks_of.items() if aid not in checks})
        check_rows = check_table(checks.items(), version, now, types)
        added = check_table(added_checks.items(), version, now, types)
        with self._transaction(what):
            # Only articles stored before have rows to mark not current: asking once
            # spares every item table a scan per batch, which grew with the store.
            ids = self.stored_among([r.article.id for r in latest]) if stored is None else list(stored)
            if ids:
                self.con.execute("DELETE FROM articles WHERE list_contains(?::VARCHAR[], id)", [ids])
            if articles.num_rows:
                self.insert_typed("articles", articles)
            for table, data in items.items():
                self._write_items(table, ids, data)
            self._write_checks([*ids, *(a for a in checks_of if a not in ids)], check_rows,
                               list(added_checks), added)

    def replace_checks(self, article_id: str, checks: list[Check], version: str) -> None:
        """Recompute an article's checks: these become current, the rest not."""
        if not self.has_article(article_id):
            raise StoreError(f"{self.path}: no article {article_id} to attach checks to")
        self.save_many([], version, {article_id: checks})

    def replace_conflicts(self, checks_of: dict[str, Sequence[Check]], version: str) -> None:
        """Make ``checks_of`` (article id -> its conflict checks, ids given) the store's
        current conflict checks, in one transaction: any other current one is no longer
        current, as replace_checks leaves it; three statements, not three an article."""
        rows = [(c.id, aid, c.kind, c.message, [list(s) for s in c.spans], c.rule)
                for aid, checks in checks_of.items() for c in _unique_by_id(checks)]
        columns = ("id", "article_id", *_CHECK_FIELDS[1:])
        with self._transaction("replacing the conflict checks"):
            self.con.execute("CREATE OR REPLACE TEMP TABLE new_conflicts (id VARCHAR)")
            self.insert_arrow("new_conflicts", pa.table({"id": pa.array([r[0] for r in rows], pa.string())}),
                              {"id": "VARCHAR"})
            self.con.execute("UPDATE checks SET current = false WHERE current AND kind = 'conflict' "
                             "AND id NOT IN (SELECT id FROM new_conflicts)")
            self.con.execute("DELETE FROM checks WHERE id IN (SELECT id FROM new_conflicts)")
            now = utc_now()
            self._insert("checks", (*columns, "extractor_version", "extracted_at", "current"),
                         [(*row, version, now, True) for row in rows])
            self.con.execute("DROP TABLE new_conflicts")

    def _write_checks(self, stale: Sequence[str], checks: "pa.Table", added_to: Sequence[str],
                      added: "pa.Table") -> None:
        """The checks of the articles ``stale`` names become ``checks`` (_write_items), and
        ``added`` are added to those of ``added_to``'s; in one INSERT when no article is
        in both, as then neither's deletes can touch the other's rows."""
        if set(added_to) & set(stale) or not (checks.num_rows and added.num_rows):
            self._write_items("checks", stale, checks)
            self._insert_items("checks", added, stored=added_to)
            return
        self._write_items("checks", stale, checks.slice(0, 0))
        self._delete_replaced("checks", checks, stale)
        self._delete_replaced("checks", added, added_to)
        self.insert_typed("checks", pa.concat_tables([checks, added]))

    def _write_items(self, table: str, article_ids: Sequence[str], data: "pa.Table") -> None:
        """Mark the articles' rows in ``table`` not current, then upsert ``data``'s rows
        (current): rows no longer produced stay, flagged, for their reviews.
        Rows a human added (rule ``human:...``) are no extraction's to orphan."""
        for start in range(0, len(article_ids), _BATCH_ROWS):
            some = list(article_ids[start:start + _BATCH_ROWS])
            self.con.execute(f"UPDATE {table} SET current = false "
                             f"WHERE current AND rule NOT LIKE '{HUMAN_PREFIX}%' "
                             f"AND article_id IN ({', '.join('?' * len(some))})", some)
        self._insert_items(table, data, stored=article_ids)

    def write_rows(self, path: str | Path, fmt: str, columns: Sequence[tuple[str, str]],
                   rows: Sequence[tuple]) -> None:
        """Write rows (columns as (name, SQL type)) to a csv, parquet or json file."""
        options = {"csv": "FORMAT csv, HEADER true", "parquet": "FORMAT parquet",
                   "json": "FORMAT json, ARRAY true"}[fmt]
        target = str(path).replace("'", "''")
        try:
            self.con.execute("CREATE OR REPLACE TEMP TABLE export_rows ("
                             + ", ".join(f'"{name}" {kind}' for name, kind in columns) + ")")
            # a temporary table is not in the catalog _column_types reads: its types are given
            self._insert("export_rows", [name for name, _ in columns], rows, types=dict(columns))
            self.con.execute(f"COPY export_rows TO '{target}' ({options})")
        except duckdb.Error as exc:
            raise StoreError(f"{path}: cannot write the export: {exc}") from exc
        finally:
            self.con.execute("DROP TABLE IF EXISTS export_rows")
