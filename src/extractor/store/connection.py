"""The store's connection: opening, reopening, queries and transactions that turn
DuckDB's errors into StoreError (and its Ctrl-C back into KeyboardInterrupt).
"""

from __future__ import annotations

from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator, Sequence

import duckdb

from ..errors import StoreError
from . import access, schema


def _interrupted(exc: BaseException) -> bool:
    """DuckDB turns Ctrl-C during a query into an error of its own: it is still Ctrl-C."""
    return isinstance(exc, duckdb.InterruptException) or (
        isinstance(exc, RuntimeError) and "interrupted" in str(exc).lower())


def utc_now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


class Connection:
    """One DuckDB connection to a store file, its schema prepared on opening."""

    def __init__(self, path: str | Path, *, memory_limit: str | None = None, threads: int | None = None):
        """``memory_limit`` (DuckDB's, e.g. "64MB") and ``threads`` hold for the
        connection's life, reopened or not; unset, DuckDB's defaults."""
        self.path = Path(path)
        self._settings = {name: value for name, value in
                          (("memory_limit", memory_limit), ("threads", threads)) if value is not None}
        self._con: duckdb.DuckDBPyConnection | None = None
        self._connect()
        try:
            schema.prepare(self)
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

    def __enter__(self) -> "Connection":
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
            raise StoreError(f"{self.path}: {self._reason(exc)}") from exc

    def _reason(self, exc: BaseException) -> str:
        """DuckDB's error as the one line a failed run ends with. Running out of memory
        says which limit and what to change, not DuckDB's list of settings."""
        if not isinstance(exc, duckdb.OutOfMemoryException) and "failed to allocate" not in str(exc):
            return str(exc)
        first = str(exc).strip().splitlines()[0]
        limit = self._settings.get("memory_limit", "its default")
        return (f"{first}: DuckDB ran out of memory within its limit of {limit} (--db-memory); "
                "what was stored before is kept; give it more with --db-memory or store fewer "
                "articles a transaction with --batch-size")

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
            raise StoreError(f"{self.path}: {what} failed, nothing was written: {self._reason(exc)}") from exc

    def _column_types(self, table: str) -> dict[str, str]:
        cache = self.__dict__.setdefault("_types", {})
        if table not in cache:
            cache[table] = dict(self.con.execute(
                "SELECT column_name, data_type FROM information_schema.columns "
                "WHERE table_catalog = current_database() AND table_schema = 'main' AND table_name = ?",
                [table]).fetchall())
        return cache[table]

    def schema_version(self) -> int:
        return int(self._query("SELECT value FROM meta WHERE key = 'schema_version'")[0][0])
