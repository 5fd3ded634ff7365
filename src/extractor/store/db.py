"""Where extracted rows live: one DuckDB file, the only module that imports duckdb.

Tables (schema version 2; every item table also has ``article_id``,
``extractor_version``, ``extracted_at`` (UTC) and ``current``):

    meta      key PK, value                    -- 'schema_version' -> '2'
    articles  id PK, source, url, title, published DATE, published_source,
              text, text_sha256, extractor_version, extracted_at
    figures   id   , span_start, span_end, quote, rule, value, qualifier, unit,
              counted, category, outcome, out_of, period_from DATE, period_to DATE, org
    outcomes  id   , span_start, span_end, quote, rule, outcome, subject,
              custodial_months, date DATE
    dates     id   , span_start, span_end, quote, rule, date_from DATE, date_to DATE, relative
    checks    id   , kind, message, spans INTEGER[][], rule
    reviews   id PK (sequence), item_id, item_kind, reviewer, decided_at,
              decision, before JSON, after JSON, reason      -- append-only log

The review log's meaning (states, undo, versions) is in decisions.py; items a
human adds live in the item tables with a rule starting ``human:``; they are
never marked not current by a re-extraction, and load()/figures() (the
extractor's own view, which checks are computed from) leave them out.

``quote`` is the item's ``text``. Items are keyed by their stable id, so saving
an article again updates rows in place. An item that a new extraction no longer
produces is kept with ``current = false``, because human reviews may point at
it. There are no foreign keys: DuckDB refuses to update a row that a foreign
key points at, which would break the upserts. Enums are VARCHAR and are
checked by the pydantic records on the way out.

Every write is one transaction, so a crash never leaves half an article.
"""

from __future__ import annotations

import hashlib
import json
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterator, Sequence

import duckdb

from . import access
from ..review.decisions import HUMAN_PREFIX, KINDS, Entry
from ..errors import ConflictError, ReviewError, StoreError
from ..records import Article, ArticleResult, Check, Claim, DateMention, Figure, Outcome

SCHEMA_VERSION = 3

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

ITEM_DDL = {
    "figures": f"""CREATE TABLE figures ({_ITEM_COLUMNS}
    value DOUBLE, qualifier VARCHAR NOT NULL, unit VARCHAR NOT NULL, counted VARCHAR,
    category VARCHAR, outcome VARCHAR, out_of DOUBLE, period_from DATE, period_to DATE,
    org VARCHAR, noun VARCHAR, period_source VARCHAR,{_ITEM_TAIL});""",
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

ARTICLES_DDL = """CREATE TABLE articles (
    id VARCHAR NOT NULL, source VARCHAR NOT NULL, url VARCHAR, title VARCHAR,
    published DATE, published_source VARCHAR NOT NULL, text VARCHAR NOT NULL, site_name VARCHAR,
    text_sha256 VARCHAR NOT NULL, extractor_version VARCHAR NOT NULL,
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

_ARTICLE_FIELDS = ("id", "source", "url", "title", "published", "published_source", "text", "site_name")

# item table -> (record class, the record's own fields beyond id/span/text/rule)
_ITEMS: dict[str, tuple[type, tuple[str, ...]]] = {
    "figures": (Figure, ("value", "qualifier", "unit", "counted", "category", "outcome",
                         "out_of", "period_from", "period_to", "org", "noun", "period_source")),
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


def _item_row(item, article_id: str, fields: Sequence[str]) -> tuple:
    """An item record as the values of _ITEM_BASE and then ``fields``."""
    return (item.id, article_id, item.span[0], item.span[1], item.text, item.rule,
            *(getattr(item, f) for f in fields))

_BATCH_ROWS = 5000  # rows per INSERT statement (and article ids per UPDATE)


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


def _rebuild(con: duckdb.DuckDBPyConnection, table: str, ddl: str) -> None:
    """Build ``table`` again as ``ddl`` says, with its rows: DuckDB cannot drop a
    constraint from a table."""
    columns = [name for (name,) in con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_catalog = current_database() "
        "AND table_schema = 'main' AND table_name = ? ORDER BY ordinal_position", [table]).fetchall()]
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


# from-version -> the function that brings a file from that version to the next
MIGRATIONS: dict[int, Callable[[duckdb.DuckDBPyConnection], None]] = {
    0: _migrate_0_to_1, 1: _migrate_1_to_2, 2: _migrate_2_to_3}


def _interrupted(exc: BaseException) -> bool:
    """DuckDB turns Ctrl-C during a query into an error of its own: it is still Ctrl-C."""
    return isinstance(exc, duckdb.InterruptException) or (
        isinstance(exc, RuntimeError) and "interrupted" in str(exc).lower())


def utc_now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def _unique_by_id(items: Sequence) -> list:
    """Items in order, the first of any that share an id (same span and value)."""
    seen: dict[str, object] = {}
    for item in items:
        seen.setdefault(item.id, item)
    return list(seen.values())


class Store:
    """A DuckDB file of extracted articles. ``with Store(path) as store: ...``"""

    def __init__(self, path: str | Path, *, memory_limit: str | None = None, threads: int | None = None):
        """``memory_limit`` (DuckDB's, e.g. "64MB") and ``threads`` hold for the
        connection's life, reopened or not; unset, DuckDB's defaults."""
        self.path = Path(path)
        self._settings = {name: value for name, value in
                          (("memory_limit", memory_limit), ("threads", threads)) if value is not None}
        self._con: duckdb.DuckDBPyConnection | None = None
        self._connect()
        try:
            self._prepare_schema()
        except BaseException:
            self.close()
            raise

    def _connect(self) -> None:
        try:
            # waits its turn while another process holds the file (see access.py)
            self._con = access.connect(self.path)
            for name, value in self._settings.items():
                self._con.execute(f"SET {name} = '{value}'")
        except duckdb.Error as exc:
            self.close()
            raise StoreError(f"{self.path}: cannot open as a DuckDB store: {exc}") from exc

    def reopen(self) -> None:
        """Close the file and open it again. DuckDB holds memory outside its buffer
        pool (and so outside memory_limit) that grows with what a connection has
        written and is freed only on closing: measured, a writer saving archive
        articles grew ~1 MB a thousand articles, and ~0 when it reopened the store
        every few thousand."""
        self.close()
        self._connect()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def close(self) -> None:
        if self._con is not None:
            self._con.close()
            self._con = None

    # -- plumbing -----------------------------------------------------------

    @property
    def con(self) -> duckdb.DuckDBPyConnection:
        if self._con is None:
            raise StoreError(f"{self.path}: the store is closed")
        return self._con

    def _query(self, sql: str, params: Sequence = ()) -> list[tuple]:
        try:
            return self.con.execute(sql, list(params)).fetchall()
        except (duckdb.Error, RuntimeError) as exc:
            if _interrupted(exc):
                raise KeyboardInterrupt from exc
            raise StoreError(f"{self.path}: {exc}") from exc

    @contextmanager
    def _transaction(self, what: str) -> Iterator[None]:
        """Run the block in one transaction; on any error roll back and raise
        StoreError, so the file holds all of the block's writes or none."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield
            self.con.execute("COMMIT")
        except BaseException as exc:
            try:
                self.con.execute("ROLLBACK")
            except duckdb.Error:
                pass  # a failed COMMIT has already ended the transaction
            if _interrupted(exc):
                raise KeyboardInterrupt from exc
            if isinstance(exc, StoreError) or not isinstance(exc, Exception):
                raise
            raise StoreError(f"{self.path}: {what} failed, nothing was written: {exc}") from exc

    def _insert(self, table: str, columns: Sequence[str], rows: Sequence[tuple],
                types: dict[str, str] | None = None) -> None:
        """Insert rows: each column
        goes in as one list parameter, unnested by DuckDB (a multi-row VALUES statement
        binds every value apart and is ~10x slower; executemany runs one statement per row).
        ``types`` (column -> SQL type) defaults to the table's own, read from the catalog."""
        if not rows:
            return
        types = types or self._column_types(table)
        select = ", ".join(f'unnest(?::{types[c]}[]) AS "{c}"' for c in columns)
        listed = ", ".join(f'"{c}"' for c in columns)
        for start in range(0, len(rows), _BATCH_ROWS):
            batch = rows[start:start + _BATCH_ROWS]
            self.con.execute(f"INSERT INTO {table} ({listed}) SELECT {select}",
                             [list(column) for column in zip(*batch)])

    def _insert_items(self, table: str, columns: Sequence[str], rows: Sequence[tuple],
                      stored: Sequence[str]) -> None:
        """Insert item rows (``columns`` start with id, article_id), first deleting the
        rows with the same ids among the articles ``stored`` names: only an article
        stored before can hold them, so a batch of new articles deletes nothing."""
        if stored:
            for start in range(0, len(rows), _BATCH_ROWS):
                ids = [row[0] for row in rows[start:start + _BATCH_ROWS]]
                self.con.execute(f"DELETE FROM {table} WHERE list_contains(?::VARCHAR[], article_id) "
                                 f"AND id IN (SELECT unnest(?::VARCHAR[]))", [list(stored), ids])
        self._insert(table, columns, rows)

    def _column_types(self, table: str) -> dict[str, str]:
        cache = self.__dict__.setdefault("_types", {})
        if table not in cache:
            cache[table] = dict(self.con.execute(
                "SELECT column_name, data_type FROM information_schema.columns "
                "WHERE table_catalog = current_database() AND table_schema = 'main' AND table_name = ?",
                [table]).fetchall())
        return cache[table]

    def _prepare_schema(self) -> None:
        tables = {name for (name,) in self._query(
            "SELECT table_name FROM information_schema.tables "
            "WHERE table_catalog = current_database() AND table_schema = 'main'")}
        if not tables:
            with self._transaction("creating the schema"):
                self.con.execute(SCHEMA + REVIEWS_DDL)
                self.con.execute("INSERT INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
            return
        if "meta" not in tables:
            raise StoreError(f"{self.path}: a DuckDB file, but not an extractor store (no meta table)")
        row = self._query("SELECT value FROM meta WHERE key = 'schema_version'")
        try:
            found = int(row[0][0])
        except (IndexError, ValueError):
            raise StoreError(f"{self.path}: the meta table has no valid schema_version") from None
        if found > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: schema version {found} is newer than this extractor's "
                f"({SCHEMA_VERSION}); upgrade extractor to open it")
        if found < SCHEMA_VERSION:
            with self._transaction(f"migrating from schema version {found} to {SCHEMA_VERSION}"):
                for version in range(found, SCHEMA_VERSION):
                    MIGRATIONS[version](self.con)
                self.con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'",
                                 [str(SCHEMA_VERSION)])

    def schema_version(self) -> int:
        return int(self._query("SELECT value FROM meta WHERE key = 'schema_version'")[0][0])

    # -- writes -------------------------------------------------------------

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
        is too. Rows go in a few multi-row statements per table, not one per article.
        ``stored``: which of ``results`` were stored before, when the caller has asked
        (stored_among); else it is asked here."""
        checks_of = checks_of or {}
        added_checks = added_checks or {}
        for result in results:
            items = [*result.figures, *result.outcomes, *result.dates, *result.claims, *result.checks]
            if any(not item.id for item in items):
                result.assign_ids()
        for article_id, checks in [*checks_of.items(), *added_checks.items()]:
            if any(not check.id for check in checks):
                stub = Article.model_construct(id=article_id)
                ArticleResult.model_construct(article=stub, figures=[], outcomes=[], dates=[],
                                              checks=list(checks)).assign_ids()
        if not results and not checks_of and not any(added_checks.values()):
            return
        now = utc_now()
        what = (f"saving article {results[0].article.id}" if len(results) == 1
                else f"saving {len(results)} articles" if results
                else f"replacing the checks of article {', '.join(checks_of)}")
        with self._transaction(what):
            # an article given twice in a batch: the last one stands, as if saved in turn
            latest = list({r.article.id: r for r in results}.values())
            # Only articles stored before have rows to mark not current: asking once
            # spares every item table a scan per batch, which grew with the store.
            ids = self.stored_among([r.article.id for r in latest]) if stored is None else list(stored)
            if ids:
                self.con.execute("DELETE FROM articles WHERE list_contains(?::VARCHAR[], id)", [ids])
            self._insert("articles",
                         (*_ARTICLE_FIELDS, "text_sha256", "extractor_version", "extracted_at"),
                         [(*(getattr(r.article, f) for f in _ARTICLE_FIELDS),
                           hashlib.sha256(r.article.text.encode("utf-8")).hexdigest(), version, now)
                          for r in latest])
            for table, (_, fields) in _ITEMS.items():
                rows = [_item_row(item, r.article.id, fields)
                        for r in latest for item in _unique_by_id(getattr(r, table))]
                self._write_items(table, ids, (*_ITEM_BASE, *fields), rows, version, now)
            checks = {r.article.id: r.checks for r in latest}
            checks.update({aid: c for aid, c in checks_of.items() if aid not in checks})
            self._write_checks(checks, version, now, stale=[*ids, *(a for a in checks_of if a not in ids)])
            added = [(c.id, aid, c.kind, c.message, [list(s) for s in c.spans], c.rule, version, now, True)
                     for aid, more in added_checks.items() for c in _unique_by_id(more)]
            self._insert_items("checks", ("id", "article_id", *_CHECK_FIELDS[1:], "extractor_version",
                                          "extracted_at", "current"), added, stored=list(added_checks))

    def replace_checks(self, article_id: str, checks: list[Check], version: str) -> None:
        """Recompute an article's checks: these become current, the rest not."""
        if not self.has_article(article_id):
            raise StoreError(f"{self.path}: no article {article_id} to attach checks to")
        self.save_many([], version, {article_id: checks})

    def _write_checks(self, checks_of: dict[str, Sequence[Check]], version: str, now: datetime,
                      stale: Sequence[str] | None = None) -> None:
        rows = [(c.id, aid, c.kind, c.message, [list(s) for s in c.spans], c.rule)
                for aid, checks in checks_of.items() for c in _unique_by_id(checks)]
        self._write_items("checks", list(checks_of) if stale is None else list(stale),
                          ("id", "article_id", *_CHECK_FIELDS[1:]), rows, version, now)

    def stored_among(self, article_ids: Sequence[str]) -> list[str]:
        """The ids of ``article_ids`` already stored, in the order given."""
        found = {aid for (aid,) in self._query(
            "SELECT id FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))", [list(article_ids)])}
        return [aid for aid in article_ids if aid in found]

    def _write_items(self, table: str, article_ids: Sequence[str], columns: Sequence[str],
                     rows: list[tuple], version: str, now: datetime) -> None:
        """Mark the articles' rows in ``table`` not current, then upsert ``rows``
        as current: rows no longer produced stay, flagged, for their reviews.
        Rows a human added (rule ``human:...``) are no extraction's to orphan."""
        for start in range(0, len(article_ids), _BATCH_ROWS):
            some = list(article_ids[start:start + _BATCH_ROWS])
            self.con.execute(f"UPDATE {table} SET current = false "
                             f"WHERE current AND rule NOT LIKE '{HUMAN_PREFIX}%' "
                             f"AND article_id IN ({', '.join('?' * len(some))})", some)
        self._insert_items(table, (*columns, "extractor_version", "extracted_at", "current"),
                           [(*row, version, now, True) for row in rows], stored=article_ids)

    # -- reads --------------------------------------------------------------

    def has_article(self, article_id: str, version: str | None = None) -> bool:
        """Whether the article is stored (by extractor ``version``, if given)."""
        sql, params = "SELECT count(*) FROM articles WHERE id = ?", [article_id]
        if version is not None:
            sql, params = sql + " AND extractor_version = ?", params + [version]
        return self._query(sql, params)[0][0] > 0

    def article_ids(self) -> list[str]:
        return [aid for (aid,) in self._query("SELECT id FROM articles ORDER BY id")]

    def counts(self) -> dict[str, int]:
        """Rows per table, current or not."""
        return {t: self._query(f"SELECT count(*) FROM {t}")[0][0] for t in TABLES}

    def load(self, article_id: str) -> ArticleResult:
        """The article and its current items, sorted by span."""
        rows = self._query(f"SELECT {', '.join(_ARTICLE_FIELDS)} FROM articles WHERE id = ?",
                           [article_id])
        if not rows:
            raise StoreError(f"{self.path}: no article {article_id}")
        article = Article(**dict(zip(_ARTICLE_FIELDS, rows[0])))
        items = {table: [item for _, item in self._items(table, article_id, True)]
                 for table in _ITEMS}
        checks = [check for _, check in self.checks(article_id=article_id)]
        return ArticleResult(article=article, checks=checks, **items)

    def saved_since(self, article_ids: Sequence[str], version: str, since: datetime) -> set[str]:
        """Which of ``article_ids`` extractor ``version`` has saved at or after ``since``
        (a run's start: what the run itself has stored)."""
        if not article_ids:
            return set()
        return {aid for (aid,) in self._query(
            "SELECT id FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[])) "
            "AND extractor_version = ? AND extracted_at >= ?", [list(article_ids), version, since])}

    def stored_ids(self, version: str) -> set[str]:
        """Ids of the articles this extractor ``version`` has stored: what a run may skip."""
        return {aid for (aid,) in self._query("SELECT id FROM articles WHERE extractor_version = ?",
                                              [version])}

    def article_names(self, article_ids: Sequence[str]) -> dict[str, tuple[str, str | None]]:
        """id -> (source, title), without loading the articles' items."""
        if not article_ids:
            return {}
        rows = self._query("SELECT id, source, title FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))",
                           [list(article_ids)])
        return {aid: (source, title) for aid, source, title in rows}

    def _keyed(self, keys: Sequence[tuple], columns: Sequence[str], exclude: Sequence[str],
               periods: Sequence[str]) -> tuple[str, list]:
        """A query for the current extractor figures whose ``columns`` equal one of
        ``keys`` (nulls equal), of articles not in ``exclude``, that state a definite
        value of a whole count for a period whose ``period_source`` is one of
        ``periods`` (what checks.comparable asks). The keys go in as one list per
        column and are joined, which DuckDB hashes (a chain of ORs it tests row by row)."""
        types = self._column_types("figures")
        keyed = ", ".join(f"unnest(?::{types[c]}[]) AS {c}" for c in columns)
        on = " AND ".join(f"f.{c} IS NOT DISTINCT FROM k.{c}" for c in columns)
        sql = (f"SELECT f.* FROM figures f SEMI JOIN (SELECT {keyed}) k ON {on} "
               f"WHERE f.current AND f.rule NOT LIKE '{HUMAN_PREFIX}%' "
               f"AND f.value IS NOT NULL AND f.qualifier <> 'vague' AND f.out_of IS NULL "
               f"AND f.noun <> '' AND list_contains(?::VARCHAR[], f.period_source) "
               f"AND NOT list_contains(?::VARCHAR[], f.article_id)")
        return sql, [*(list(column) for column in zip(*keys)), list(periods), list(exclude)]

    def figure_groups(self, keys: Sequence[tuple], periods: Sequence[str],
                      exclude: Sequence[str] = ()) -> list[tuple[str, Figure]]:
        """For stored figures whose (org, category, counted, unit, period_from,
        period_to) is one of ``keys``, outside the articles ``exclude`` names, that
        state a value for a period from one of ``periods`` (see _keyed): one
        (article id, figure) per count and value stated, that of the lowest article id.
        All a new figure needs to know what the store says against it (checks.disagreeing),
        in rows that grow with the values stated, not with the copies stating them."""
        keys = list(dict.fromkeys(keys))
        if not keys:
            return []
        keyed, params = self._keyed(keys, LOOKUP_COLUMNS, exclude, periods)
        group = ", ".join((*COUNT_COLUMNS, "value", "qualifier"))
        # An aggregate keeps one small row per value; a window over the same rows would
        # hold every copy whole (quotes included), so its memory grew with the store
        # until a 32 MB limit refused it at ~30,000 archive articles.
        first = (f"SELECT arg_min(id, {{'a': article_id, 's': span_start, 'e': span_end, 'i': id}}) "
                 f"FROM ({keyed}) GROUP BY {group}")
        rows_of = f"SELECT * FROM ({keyed}) WHERE id IN ({first})"
        return [(aid, f) for aid, _, f in self._records("figures", "true", [*params, *params],
                                                        rows_of=rows_of)]

    def unflagged_figures(self, groups: Sequence[tuple], periods: Sequence[str],
                          exclude: Sequence[str] = ()) -> list[tuple[str, Figure]]:
        """Stored (article id, figure) whose count and value, (org, category, counted,
        outcome, unit, noun, period_from, period_to, value, qualifier), is one of
        ``groups``, outside the articles ``exclude`` names, stated for a period from one
        of ``periods`` (see _keyed), that no current conflict
        check of their article points at yet: those a new statement against them must
        flag. A figure is flagged once, so over a run these rows grow with the store."""
        groups = list(dict.fromkeys(groups))
        if not groups:
            return []
        keyed, params = self._keyed(groups, (*COUNT_COLUMNS, "value", "qualifier"), exclude, periods)
        # Only the conflicts of the articles stating these values are read: an anti join
        # hashes its right side, and all the store's conflicts made that grow with the
        # store (~110,000 rows at 90,000 archive articles).
        flagged = ("SELECT article_id, spans[1][1] AS s, spans[1][2] AS e FROM checks "
                   "WHERE kind = 'conflict' AND current AND article_id IN (SELECT article_id FROM k)")
        unflagged = (f"WITH k AS ({keyed}) SELECT f.* FROM k f ANTI JOIN ({flagged}) c "
                     f"ON c.article_id = f.article_id AND c.s = f.span_start AND c.e = f.span_end")
        return [(aid, f) for aid, _, f in self._records("figures", "true", params, rows_of=unflagged)]

    def conflicts_naming(self, article_id: str, exclude: Sequence[str] = ()) -> list[str]:
        """Ids of the articles, outside ``exclude``, with a current conflict check that
        names ``article_id`` (checks.conflict_check writes it in brackets)."""
        return [aid for (aid,) in self._query(
            "SELECT DISTINCT article_id FROM checks WHERE kind = 'conflict' AND current "
            "AND contains(message, ?) AND NOT list_contains(?::VARCHAR[], article_id) ORDER BY 1",
            [f"[{article_id}]", list(exclude)])]

    def figures(self, *, article_id: str | None = None,
                current_only: bool = True) -> list[tuple[str, Figure]]:
        """(article id, figure) pairs, by article then span."""
        return self._items("figures", article_id, current_only)

    def checks(self, kind: str | None = None,
               article_id: str | None = None) -> list[tuple[str, Check]]:
        """Current (article id, check) pairs, by article then first span."""
        where, params = self._where(article_id, current_only=True)
        if kind is not None:
            where, params = where + " AND kind = ?", params + [kind]
        rows = self._query(f"SELECT article_id, {', '.join(_CHECK_FIELDS)} FROM checks "
                           f"WHERE {where} ORDER BY article_id, spans, kind, id", params)
        return [(row[0], Check(**dict(zip(_CHECK_FIELDS, row[1:])))) for row in rows]

    def _items(self, table: str, article_id: str | None, current_only: bool) -> list[tuple]:
        where, params = self._where(article_id, current_only)
        # The extractor's items only: what a reviewer added (and may have
        # withdrawn) is read with its review state through review_items.
        where += f" AND rule NOT LIKE '{HUMAN_PREFIX}%'"
        return [(aid, record) for aid, _, record in self._records(table, where, params)]

    def _records(self, table: str, where: str, params: Sequence,
                 rows_of: str | None = None) -> list[tuple[str, bool, object]]:
        """(article id, current, record) of the rows of item ``table`` (or of the
        query ``rows_of``, which gives that table's columns) that ``where`` selects,
        by article then span."""
        cls, fields = _ITEMS[table]
        rows = self._query(
            f"SELECT article_id, current, id, span_start, span_end, quote, rule, {', '.join(fields)} "
            f"FROM {f'({rows_of})' if rows_of else table} WHERE {where} "
            f"ORDER BY article_id, span_start, span_end, id", params)
        return [(aid, current, cls(id=iid, span=(start, end), text=quote, rule=rule,
                                   **dict(zip(fields, values))))
                for aid, current, iid, start, end, quote, rule, *values in rows]

    @staticmethod
    def _where(article_id: str | None, current_only: bool) -> tuple[str, list]:
        clauses, params = ["true"], []
        if article_id is not None:
            clauses.append("article_id = ?")
            params.append(article_id)
        if current_only:
            clauses.append("current")
        return " AND ".join(clauses), params

    # -- review log -----------------------------------------------------------

    def article(self, article_id: str) -> Article:
        """The article alone, without reading its items."""
        rows = self._query(f"SELECT {', '.join(_ARTICLE_FIELDS)} FROM articles WHERE id = ?",
                           [article_id])
        if not rows:
            raise StoreError(f"{self.path}: no article {article_id}")
        return Article(**dict(zip(_ARTICLE_FIELDS, rows[0])))

    def review_items(self, article_id: str | None = None,
                     item_id: str | None = None) -> list[tuple[str, str, bool, object]]:
        """(review kind, article id, current, record) of every reviewable item
        (or the one ``item_id``), orphaned ones included, by article then span."""
        out = []
        for kind, (table, _) in KINDS.items():
            where, params = self._where(article_id, current_only=False)
            if item_id is not None:
                where, params = where + " AND id = ?", params + [item_id]
            if table == "checks":
                rows = self._query(f"SELECT article_id, current, {', '.join(_CHECK_FIELDS)} "
                                   f"FROM checks WHERE {where}", params)
                out += [(kind, aid, cur, Check(**dict(zip(_CHECK_FIELDS, rest))))
                        for aid, cur, *rest in rows]
                continue
            out += [(kind, aid, current, record)
                    for aid, current, record in self._records(table, where, params)]

        def order(row):
            record = row[3]
            spans = getattr(record, "spans", None)
            first = tuple(spans[0]) if spans else tuple(getattr(record, "span", (0, 0)))
            return (row[1], first, row[0], record.id)
        return sorted(out, key=order)

    def review_log(self, item_id: str | None = None) -> list[Entry]:
        """Log entries, oldest first (of one item, if given)."""
        sql = ("SELECT id, item_id, item_kind, reviewer, decided_at, decision, "
               "CAST(before AS VARCHAR), CAST(after AS VARCHAR), reason FROM reviews")
        params: list = []
        if item_id is not None:
            sql, params = sql + " WHERE item_id = ?", [item_id]
        rows = self._query(sql + " ORDER BY id", params)
        return [Entry(i, item, kind, who, at, decision,
                      json.loads(before) if before else None,
                      json.loads(after) if after else None, reason)
                for i, item, kind, who, at, decision, before, after, reason in rows]

    def append_review(self, *, item_id: str, item_kind: str, reviewer: str, decision: str,
                      before: dict | None, after: dict | None, reason: str | None,
                      seen_version: int, new_item: tuple[str, object] | None = None) -> Entry:
        """Append one decision, only if ``seen_version`` is still the item's latest
        log entry id (0: none); otherwise ConflictError names the newer decision,
        which stands. ``new_item`` (article id, record) is an item a human adds,
        written with its entry in the same transaction."""
        # A refusal commits an empty transaction and is raised after it, as a
        # ReviewError rather than a failed write.
        refusal: ReviewError | None = None
        with self._transaction(f"recording a review of item {item_id}"):
            latest = self.con.execute(
                "SELECT id, reviewer, decision, decided_at FROM reviews WHERE item_id = ? "
                "ORDER BY id DESC LIMIT 1", [item_id]).fetchone()
            # An addition names its item for the first time, so "already added"
            # says more than "stale version" when two editors add the same words.
            if new_item is not None:
                refusal = self._refuse_human_item(*new_item)
            if refusal is None and (latest[0] if latest else 0) != seen_version:
                refusal = ConflictError(
                    f"item {item_id}: its log changed since you loaded it; reload to see it"
                    if latest is None else
                    f"item {item_id} was decided again ({latest[2]} by {latest[1]} at "
                    f"{latest[3]:%Y-%m-%d %H:%M:%S} UTC) after you loaded it; that decision "
                    "stands and yours was not recorded — reload and decide again if needed")
            if refusal is None and new_item is not None:
                self._insert_human_item(*new_item)
            if refusal is None:
                row = self.con.execute(
                    "INSERT INTO reviews (item_id, item_kind, reviewer, decided_at, decision, "
                    "before, after, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id, decided_at",
                    [item_id, item_kind, reviewer, utc_now(), decision,
                     None if before is None else json.dumps(before),
                     None if after is None else json.dumps(after), reason]).fetchone()
        if refusal is not None:
            raise refusal
        return Entry(row[0], item_id, item_kind, reviewer, row[1], decision, before, after, reason)

    @staticmethod
    def _table_of(record) -> str | None:
        return next((t for t, cls in KINDS.values() if type(record) is cls), None)

    def _refuse_human_item(self, article_id: str, record) -> ReviewError | None:
        table = self._table_of(record)
        if table not in _ITEMS or not record.rule.startswith(HUMAN_PREFIX):
            return ReviewError(f"cannot add {type(record).__name__} {record.id}: not a human item")
        if not self.has_article(article_id):
            return ReviewError(f"no article {article_id} to add an item to")
        if self.con.execute(f"SELECT count(*) FROM {table} WHERE id = ?", [record.id]).fetchone()[0]:
            return ReviewError(f"this {type(record).__name__.lower()} was already added "
                               f"(item {record.id})")
        return None

    def _insert_human_item(self, article_id: str, record) -> None:
        table = self._table_of(record)
        fields = _ITEMS[table][1]
        # _refuse_human_item has made sure no row has this id
        self._insert(table, (*_ITEM_BASE, *fields, "extractor_version", "extracted_at", "current"),
                     [(*_item_row(record, article_id, fields), "human", utc_now(), True)])

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
