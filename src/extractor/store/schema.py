"""What a store file holds: its tables (DDL), how records map onto their columns,
and the migrations that bring an older file to this schema.

Tables (schema version 4; no table but meta and reviews has a key, see
_ITEM_COLUMNS; every item table also has ``article_id``, ``extractor_version``,
``extracted_at`` (UTC) and ``current``):

    meta      key PK, value                    -- 'schema_version' -> '4'
    articles  id, source, url, title, published DATE, published_source,
              text, site_name, blocks JSON, encoding, text_sha256, extractor_version,
              extracted_at
    figures   id, span_start, span_end, quote, rule, value, qualifier, unit,
              counted, category, outcome, out_of, period_from DATE, period_to DATE, org,
              noun, period_source, role, total_of INTEGER[][], part_of INTEGER[]
    outcomes  id, span_start, span_end, quote, rule, outcome, subject,
              custodial_months, date DATE
    dates     id, span_start, span_end, quote, rule, date_from DATE, date_to DATE, relative
    claims    id, span_start, span_end, quote, rule, kind, status, message, factor,
              value, compared_value
    checks    id, kind, message, spans INTEGER[][], rule
    reviews   id PK (sequence), item_id, item_kind, reviewer, decided_at,
              decision, before JSON, after JSON, reason      -- append-only log

``quote`` is the item's ``text``. There are no foreign keys: DuckDB refuses to
update a row that a foreign key points at. Enums are VARCHAR and are checked by
the pydantic records on the way out. A record field whose Python value is not
its column's (an article's blocks, a figure's spans) goes through _TO_COLUMN on
the way in and _FROM_COLUMN on the way out.

A new schema version adds its DDL here, a ``_migrate_N_to_N+1`` beside the others
and an entry in MIGRATIONS, and raises SCHEMA_VERSION; prepare() runs the missing
steps in one transaction.
"""

from __future__ import annotations

import json
from typing import Any, Callable, Sequence

import duckdb

from ..errors import StoreError
from ..records import Block, Claim, DateMention, Figure, Outcome

SCHEMA_VERSION = 4

# Item tables and articles have no PRIMARY KEY: DuckDB keeps a key's index (an ART)
# in memory, within memory_limit and never evicted, so at ~30 items an article a
# 100,000-article archive needs ~140 MB of index and, under --db-memory, inserts fail.
# The articles' key alone cost ~0.3 MB of RSS per 1,000 articles (measured: 29 MB more
# at 100,000 ids than the same table without it). An id stays unique because every
# write deletes the rows it replaces in the same transaction (Store._insert_items).
_ITEM_COLUMNS = """
    id VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    quote VARCHAR NOT NULL,
    rule VARCHAR NOT NULL,"""
_ITEM_TAIL = """
    extractor_version VARCHAR NOT NULL,
    extracted_at TIMESTAMP NOT NULL,
    current BOOLEAN NOT NULL DEFAULT true"""

# The columns schema 4 added, as both the DDL and migration 3 -> 4 give them.
# A figure's spans are lists of integers, as checks.spans: the review page and
# the export read them as the record does. An article's blocks are JSON, for their
# nesting (a table's rows of cells); null when stored before schema 4.
V4_ARTICLE_COLUMNS = {"blocks": "JSON", "encoding": "VARCHAR"}
V4_FIGURE_COLUMNS = {"role": "VARCHAR", "total_of": "INTEGER[][] NOT NULL DEFAULT []",
                     "part_of": "INTEGER[]"}


def _listed(columns: dict[str, str]) -> str:
    return " ".join(f"{name} {kind}," for name, kind in columns.items())


ITEM_DDL = {
    "figures": f"""CREATE TABLE figures ({_ITEM_COLUMNS}
    value DOUBLE, qualifier VARCHAR NOT NULL, unit VARCHAR NOT NULL, counted VARCHAR,
    category VARCHAR, outcome VARCHAR, out_of DOUBLE, period_from DATE, period_to DATE,
    org VARCHAR, noun VARCHAR, period_source VARCHAR,
    {_listed(V4_FIGURE_COLUMNS)}{_ITEM_TAIL});""",
    "outcomes": f"""CREATE TABLE outcomes ({_ITEM_COLUMNS}
    outcome VARCHAR NOT NULL, subject VARCHAR, custodial_months DOUBLE, date DATE,{_ITEM_TAIL});""",
    "dates": f"""CREATE TABLE dates ({_ITEM_COLUMNS}
    date_from DATE, date_to DATE, relative BOOLEAN NOT NULL DEFAULT false,{_ITEM_TAIL});""",
    "claims": f"""CREATE TABLE claims ({_ITEM_COLUMNS}
    kind VARCHAR NOT NULL, status VARCHAR NOT NULL, message VARCHAR NOT NULL, factor DOUBLE,
    value DOUBLE, compared_value DOUBLE,{_ITEM_TAIL});""",
    "checks": f"""CREATE TABLE checks (
    id VARCHAR NOT NULL, article_id VARCHAR NOT NULL, kind VARCHAR NOT NULL,
    message VARCHAR NOT NULL, spans INTEGER[][] NOT NULL, rule VARCHAR NOT NULL,{_ITEM_TAIL});""",
}

ARTICLES_DDL = f"""CREATE TABLE articles (
    id VARCHAR NOT NULL, source VARCHAR NOT NULL, url VARCHAR, title VARCHAR,
    published DATE, published_source VARCHAR NOT NULL, text VARCHAR NOT NULL, site_name VARCHAR,
    {_listed(V4_ARTICLE_COLUMNS)} text_sha256 VARCHAR NOT NULL, extractor_version VARCHAR NOT NULL,
    extracted_at TIMESTAMP NOT NULL);"""

SCHEMA = ("CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL);\n"
          + ARTICLES_DDL + "\n" + "\n".join(ITEM_DDL.values()))

# The review log, apart because migration 0 -> 1 creates it too.
REVIEWS_DDL = """
CREATE SEQUENCE reviews_id_seq;
CREATE TABLE reviews (
    id BIGINT PRIMARY KEY DEFAULT nextval('reviews_id_seq'), item_id VARCHAR NOT NULL,
    item_kind VARCHAR NOT NULL, reviewer VARCHAR, decided_at TIMESTAMP NOT NULL,
    decision VARCHAR NOT NULL, before JSON, after JSON, reason VARCHAR);
"""

# The tables counts() reports, in the order a person reads them.
TABLES = ("articles", "figures", "outcomes", "dates", "claims", "checks", "reviews")

_ARTICLE_FIELDS = ("id", "source", "url", "title", "published", "published_source", "text", "site_name",
                   *V4_ARTICLE_COLUMNS)

# item table -> (record class, the record's own fields beyond id/span/text/rule)
_ITEMS: dict[str, tuple[type, tuple[str, ...]]] = {
    "figures": (Figure, ("value", "qualifier", "unit", "counted", "category", "outcome",
                         "out_of", "period_from", "period_to", "org", "noun", "period_source",
                         *V4_FIGURE_COLUMNS)),
    "outcomes": (Outcome, ("outcome", "subject", "custodial_months", "date")),
    "dates": (DateMention, ("date_from", "date_to", "relative")),
    "claims": (Claim, ("kind", "status", "message", "factor", "value", "compared_value")),
}
_CHECK_FIELDS = ("id", "kind", "message", "spans", "rule")
# The figure columns that say what it counts, in checks.count_key's order but for the
# noun, which is kept as written: conflict lookups select on them, and on the coarser
# LOOKUP_COLUMNS a stored figure must share with a new one to be compared at all.
COUNT_COLUMNS = ("org", "category", "counted", "outcome", "unit", "noun", "period_from", "period_to")
LOOKUP_COLUMNS = ("org", "category", "counted", "unit", "period_from", "period_to")
# the columns every item table starts with, in the order _item_row gives them
_ITEM_BASE = ("id", "article_id", "span_start", "span_end", "quote", "rule")


def _blocks_json(blocks: list[Block]) -> str:
    # a block's empty rows and header (all but a table's) are left out: the record's defaults
    return json.dumps([b.model_dump(mode="json", exclude_defaults=True) for b in blocks],
                      separators=(",", ":"))


# record field -> its value as its column holds it, where the two differ
_TO_COLUMN: dict[str, Callable[[Any], Any]] = {
    "blocks": _blocks_json,
    "total_of": lambda spans: [list(s) for s in spans],
    "part_of": lambda span: None if span is None else list(span),
}
# column -> its value as the record takes it, where the record cannot take it as read
_FROM_COLUMN: dict[str, Callable[[Any], Any]] = {
    "blocks": lambda stored: [] if stored is None else json.loads(stored),
    "total_of": lambda stored: stored or [],
}


def column_values(record, fields: Sequence[str]) -> tuple:
    """The record's ``fields`` as their columns hold them."""
    return tuple(_TO_COLUMN[f](getattr(record, f)) if f in _TO_COLUMN else getattr(record, f)
                 for f in fields)


def record_fields(fields: Sequence[str], values: Sequence) -> dict[str, Any]:
    """Column values read back -> the record's keyword arguments."""
    return {f: _FROM_COLUMN[f](v) if f in _FROM_COLUMN else v for f, v in zip(fields, values)}


def _item_row(item, article_id: str, fields: Sequence[str]) -> tuple:
    """An item record as the values of _ITEM_BASE and then ``fields``."""
    return (item.id, article_id, item.span[0], item.span[1], item.text, item.rule,
            *column_values(item, fields))


def _migrate_0_to_1(con: duckdb.DuckDBPyConnection) -> None:
    """Version 0 was the prototype layout: the same tables without
    ``articles.text_sha256`` and without the ``current`` flag on item tables,
    ``checks.spans`` held JSON text such as ``'[[3, 7]]'``, there was no
    ``articles.site_name``, ``dates.relative``, ``figures.noun`` nor
    ``figures.period_source``, and no ``claims`` or ``reviews`` table."""
    # DuckDB 2.0 refuses to build an index once the transaction has updated
    # rows ("outstanding updates"): a new PRIMARY KEY, and SET NOT NULL, which
    # rebuilds the table. So the new table comes first and the UPDATE last.
    con.execute(REVIEWS_DDL)
    con.execute(ITEM_DDL["claims"])
    con.execute("ALTER TABLE checks ALTER spans TYPE INTEGER[][] "
                "USING CAST(CAST(coalesce(spans, '[]') AS JSON) AS INTEGER[][])")
    for table in ("figures", "outcomes", "dates", "checks"):
        con.execute(f"ALTER TABLE {table} ADD COLUMN current BOOLEAN NOT NULL DEFAULT true")
    con.execute("ALTER TABLE articles ADD COLUMN site_name VARCHAR")
    con.execute("ALTER TABLE dates ADD COLUMN relative BOOLEAN NOT NULL DEFAULT false")
    con.execute("ALTER TABLE figures ADD COLUMN noun VARCHAR")
    con.execute("ALTER TABLE figures ADD COLUMN period_source VARCHAR")
    con.execute("ALTER TABLE articles ADD COLUMN text_sha256 VARCHAR NOT NULL DEFAULT ''")
    con.execute("UPDATE articles SET text_sha256 = sha256(text)")


def _columns(con: duckdb.DuckDBPyConnection, table: str) -> list[str]:
    return [name for (name,) in con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_catalog = current_database() "
        "AND table_schema = 'main' AND table_name = ? ORDER BY ordinal_position", [table]).fetchall()]


def _rebuild(con: duckdb.DuckDBPyConnection, table: str, ddl: str) -> None:
    """Build ``table`` again as ``ddl`` says, with its rows: DuckDB cannot drop a
    constraint from a table."""
    columns = _columns(con, table)
    con.execute(ddl.replace(f"CREATE TABLE {table} (", f"CREATE TABLE {table}_new (", 1))
    listed = ", ".join(columns)
    con.execute(f"INSERT INTO {table}_new ({listed}) SELECT {listed} FROM {table}")
    con.execute(f"DROP TABLE {table}")
    con.execute(f"ALTER TABLE {table}_new RENAME TO {table}")


def _migrate_1_to_2(con: duckdb.DuckDBPyConnection) -> None:
    """Version 1 gave every item table ``id VARCHAR PRIMARY KEY`` (see _ITEM_COLUMNS)."""
    for table, ddl in ITEM_DDL.items():
        _rebuild(con, table, ddl)


def _migrate_2_to_3(con: duckdb.DuckDBPyConnection) -> None:
    """Version 2 kept ``id VARCHAR PRIMARY KEY`` on articles (see _ITEM_COLUMNS)."""
    _rebuild(con, "articles", ARTICLES_DDL)


def _migrate_3_to_4(con: duckdb.DuckDBPyConnection) -> None:
    """Version 3 kept neither an article's blocks and encoding nor a figure's role in
    a table's sum (V4_ARTICLE_COLUMNS, V4_FIGURE_COLUMNS): the articles stored before
    keep null blocks and encoding (not known: their layout is read from the text when
    shown, batch.py), their figures no role and empty total_of."""
    # A file older than version 3 has had these tables rebuilt from today's DDL
    # (_migrate_1_to_2, _migrate_2_to_3), which has the columns already; DuckDB has
    # no ADD COLUMN IF NOT EXISTS for a NOT NULL column.
    for table, columns in (("articles", V4_ARTICLE_COLUMNS), ("figures", V4_FIGURE_COLUMNS)):
        present = set(_columns(con, table))
        for name, kind in columns.items():
            if name not in present:
                con.execute(f"ALTER TABLE {table} ADD COLUMN {name} {kind}")


# from-version -> the function that brings a file from that version to the next
MIGRATIONS: dict[int, Callable[[duckdb.DuckDBPyConnection], None]] = {
    0: _migrate_0_to_1, 1: _migrate_1_to_2, 2: _migrate_2_to_3, 3: _migrate_3_to_4}


def prepare(store) -> None:
    """Create the schema in an empty file, or migrate an older ``store`` (a Store
    whose connection is open); refuse a file that is not a store or is newer than
    this extractor."""
    tables = {name for (name,) in store._query(
        "SELECT table_name FROM information_schema.tables "
        "WHERE table_catalog = current_database() AND table_schema = 'main'")}
    if not tables:
        with store._transaction("creating the schema"):
            store.con.execute(SCHEMA + REVIEWS_DDL)
            store.con.execute("INSERT INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
        return
    if "meta" not in tables:
        raise StoreError(f"{store.path}: a DuckDB file, but not an extractor store (no meta table)")
    row = store._query("SELECT value FROM meta WHERE key = 'schema_version'")
    try:
        found = int(row[0][0])
    except (IndexError, ValueError):
        raise StoreError(f"{store.path}: the meta table has no valid schema_version") from None
    if found > SCHEMA_VERSION:
        raise StoreError(
            f"{store.path}: schema version {found} is newer than this extractor's "
            f"({SCHEMA_VERSION}); upgrade extractor to open it")
    if found < SCHEMA_VERSION:
        with store._transaction(f"migrating from schema version {found} to {SCHEMA_VERSION}"):
            for version in range(found, SCHEMA_VERSION):
                MIGRATIONS[version](store.con)
            store.con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'",
                             [str(SCHEMA_VERSION)])
