"""Extracted results as Arrow tables with the store's own columns and types: what a
batch of ``extract`` inserts (store/write.py), what a Parquet shard holds
(archive/shards.py) and what merging it scans into the store.

The types are read from the schema itself (its DDL run in an in-memory DuckDB
once per process), so a shard cannot drift from the tables it is merged into.
Tables are built a column at a time, one list per column read straight off the
records: building a tuple per row first, then transposing it, cost more than
DuckDB's inserts of the same rows.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from functools import lru_cache
from typing import Callable, Iterable, Sequence

import duckdb
import pyarrow as pa

from ..records import Article, ArticleResult, Check, item_id
from .schema import _ARTICLE_FIELDS, _ITEMS, _TO_COLUMN, SCHEMA

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
# record fields whose column converts them (schema._TO_COLUMN) that Arrow takes as they are
_AS_IS = {"total_of", "part_of"}


TypesOf = Callable[[str], dict[str, str]]


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


def arrow_table(table: str, columns: dict[str, list], types: TypesOf = column_types) -> pa.Table:
    """Column lists of store ``table`` (a column it lacks, such as POSITION, as int64).
    ``types`` gives a table's column -> SQL type: the schema's, or a store's catalog
    (Store._column_types, which a writer has read already)."""
    types = types(table)
    return pa.table({c: pa.array(values, type=_ARROW[types[c]] if c in types else pa.int64())
                     for c, values in columns.items()})


def check_id(article_id: str, check: Check) -> str:
    """The id ArticleResult.assign_ids gives a check of that article."""
    first = check.spans[0] if check.spans else (0, 0)
    return item_id(article_id, "check", first, f"{check.kind}|{check.message}")


def _unique_by_id(items: Sequence) -> list:
    """Items in order, the first of any that share an id (same span and value)."""
    seen: dict[str, object] = {}
    for item in items:
        seen.setdefault(item.id, item)
    return list(seen.values())


def _field(records: Sequence, name: str) -> list:
    """One record field of each of ``records``, as its column holds it (a span or
    list of spans as it is: Arrow reads tuples as lists)."""
    convert = None if name in _AS_IS else _TO_COLUMN.get(name)
    if convert is None:
        return [getattr(r, name) for r in records]
    return [convert(getattr(r, name)) for r in records]


def _tail(columns: dict[str, list], n: int, version: str, now: datetime, current: bool = True) -> dict:
    columns.update(extractor_version=[version] * n, extracted_at=[now] * n)
    if current is not None:
        columns["current"] = [current] * n
    return columns


def article_table(articles: Sequence[Article], version: str, now: datetime,
                  positions: Sequence[int] | None = None, types: TypesOf = column_types) -> pa.Table:
    """The articles' rows (with their input ``positions``, for a shard)."""
    columns = {f: _field(articles, f) for f in _ARTICLE_FIELDS}
    columns["text_sha256"] = [hashlib.sha256(a.text.encode("utf-8")).hexdigest() for a in articles]
    _tail(columns, len(articles), version, now, current=None)
    if positions is not None:
        columns[POSITION] = list(positions)
    return arrow_table("articles", columns, types)


def item_table(table: str, pairs: Sequence[tuple[str, object]], version: str, now: datetime,
               current: bool = True, types: TypesOf = column_types) -> pa.Table:
    """(article id, item) pairs of item ``table`` -> its rows, in _ITEM_BASE's order then
    the record's fields then the tail."""
    items = [item for _, item in pairs]
    columns = {"id": [i.id for i in items], "article_id": [aid for aid, _ in pairs],
               "span_start": [i.span[0] for i in items], "span_end": [i.span[1] for i in items],
               "quote": [i.text for i in items], "rule": [i.rule for i in items]}
    columns.update((f, _field(items, f)) for f in _ITEMS[table][1])
    return arrow_table(table, _tail(columns, len(items), version, now, current), types)


def check_table(checks_of: Iterable[tuple[str, Sequence[Check]]], version: str, now: datetime,
                types: TypesOf = column_types) -> pa.Table:
    """(article id, its checks) -> the checks' rows, each id once an article."""
    pairs = [(aid, c) for aid, checks in checks_of for c in _unique_by_id(checks)]
    checks = [c for _, c in pairs]
    columns = {"id": [c.id for c in checks], "article_id": [aid for aid, _ in pairs],
               "kind": [c.kind for c in checks], "message": [c.message for c in checks],
               "spans": [c.spans for c in checks], "rule": [c.rule for c in checks]}
    return arrow_table("checks", _tail(columns, len(checks), version, now), types)


def item_tables(results: Sequence[ArticleResult], version: str, now: datetime,
                types: TypesOf = column_types) -> dict[str, pa.Table]:
    """Item table -> the rows of the results' items of it, each id once an article."""
    return {table: item_table(table, [(r.article.id, item) for r in results
                                      for item in _unique_by_id(getattr(r, table))], version, now, types=types)
            for table in _ITEMS}


def result_tables(results: Sequence[tuple[int, ArticleResult]], version: str,
                  now: datetime) -> dict[str, pa.Table]:
    """(position, result) pairs -> table name -> Arrow table of their rows, as
    Store.save_many would write them (items once per id, every row current)."""
    latest = [r for _, r in results]
    tables = {"articles": article_table([r.article for r in latest], version, now,
                                        [position for position, _ in results])}
    tables.update(item_tables(latest, version, now))
    tables["checks"] = check_table([(r.article.id, r.checks) for r in latest], version, now)
    return tables
