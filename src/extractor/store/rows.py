"""Extracted results as Arrow tables with the store's own columns and types: what a
Parquet shard holds (archive/shards.py) and what merging it scans into the store.

The types are read from the schema itself (its DDL run in an in-memory DuckDB
once per process), so a shard cannot drift from the tables it is merged into.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from functools import lru_cache
from typing import Sequence

import duckdb
import pyarrow as pa

from ..records import ArticleResult
from .schema import _ARTICLE_FIELDS, _ITEM_BASE, _ITEMS, SCHEMA, _item_row, column_values

# the tables a shard holds, articles first
SHARD_TABLES = ("articles", *_ITEMS, "checks")
_TAIL = ("extractor_version", "extracted_at", "current")
# Not a store column: the article's place in the run's input, which merging keeps
# to store conflicts as extract would reading the inputs in that order.
POSITION = "position"
# SQL type -> the Arrow type rows are built as
_ARROW = {"VARCHAR": pa.string(), "INTEGER": pa.int32(), "BIGINT": pa.int64(), "DOUBLE": pa.float64(),
          "DATE": pa.date32(), "TIMESTAMP": pa.timestamp("us"), "BOOLEAN": pa.bool_(),
          "INTEGER[]": pa.list_(pa.int32()), "INTEGER[][]": pa.list_(pa.list_(pa.int32())),
          "JSON": pa.string()}


@lru_cache(maxsize=None)
def column_types(table: str) -> dict[str, str]:
    """column -> SQL type of a store table, in the table's order."""
    con = duckdb.connect()
    try:
        con.execute(SCHEMA)
        return dict(con.execute("SELECT column_name, data_type FROM information_schema.columns "
                                "WHERE table_name = ? ORDER BY ordinal_position", [table]).fetchall())
    finally:
        con.close()


def _table(table: str, columns: Sequence[str], rows: list[tuple]) -> pa.Table:
    types = column_types(table)
    return pa.table({c: pa.array([row[i] for row in rows], type=_ARROW[types[c]] if c in types else pa.int64())
                     for i, c in enumerate(columns)})


def _unique_by_id(items: Sequence) -> list:
    """Items in order, the first of any that share an id (same span and value)."""
    seen: dict[str, object] = {}
    for item in items:
        seen.setdefault(item.id, item)
    return list(seen.values())


def result_tables(results: Sequence[tuple[int, ArticleResult]], version: str,
                  now: datetime) -> dict[str, pa.Table]:
    """(position, result) pairs -> table name -> Arrow table of their rows, as
    Store.save_many would write them (items once per id, every row current)."""
    articles = [(*column_values(r.article, _ARTICLE_FIELDS),
                 hashlib.sha256(r.article.text.encode("utf-8")).hexdigest(), version, now, position)
                for position, r in results]
    tables = {"articles": _table("articles", (*_ARTICLE_FIELDS, "text_sha256", "extractor_version",
                                              "extracted_at", POSITION), articles)}
    for table, (_, fields) in _ITEMS.items():
        rows = [(*_item_row(item, r.article.id, fields), version, now, True)
                for _, r in results for item in _unique_by_id(getattr(r, table))]
        tables[table] = _table(table, (*_ITEM_BASE, *fields, *_TAIL), rows)
    checks = [(c.id, r.article.id, c.kind, c.message, [list(s) for s in c.spans], c.rule, version, now, True)
              for _, r in results for c in _unique_by_id(r.checks)]
    tables["checks"] = _table("checks", ("id", "article_id", "kind", "message", "spans", "rule", *_TAIL), checks)
    return tables
