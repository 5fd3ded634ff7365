"""Reading articles and items back as records, by article then span.

load()/figures() are the extractor's own view, which checks are computed from:
they leave out items a human added (read with their review state through
Reviews.review_items). An article comes back with its blocks and encoding, and
figures with their roles in a table's sum (schema 4); one stored before schema 4
has none of these (its blocks column is null).
"""

from __future__ import annotations

from datetime import datetime
from typing import Sequence

from ..review.decisions import HUMAN_PREFIX
from ..errors import StoreError
from ..records import Article, ArticleResult, Check, Figure
from .schema import _ARTICLE_FIELDS, _CHECK_FIELDS, _ITEMS, TABLES, record_fields


class Reads:
    """The reading half of Store (see store/__init__.py)."""

    def stored_among(self, article_ids: Sequence[str]) -> list[str]:
        """The ids of ``article_ids`` already stored, in the order given."""
        found = {aid for (aid,) in self._query(
            "SELECT id FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))", [list(article_ids)])}
        return [aid for aid in article_ids if aid in found]


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
        article = self.article(article_id)
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

    def figures(self, *, article_id: str | None = None,
                current_only: bool = True) -> list[tuple[str, Figure]]:
        """(article id, figure) pairs, by article then span."""
        return self._items("figures", article_id, current_only)

    def figures_by_id(self, ids: Sequence[str]) -> dict[str, tuple[str, Figure]]:
        """id -> (article id, figure) of the current figures ``ids`` names."""
        rows = self._records("figures", "current AND id IN (SELECT unnest(?::VARCHAR[]))", [list(ids)])
        return {record.id: (aid, record) for aid, _, record in rows}

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
                                   **record_fields(fields, values)))
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

    def article(self, article_id: str) -> Article:
        """The article alone, without reading its items."""
        rows = self._query(f"SELECT {', '.join(_ARTICLE_FIELDS)} FROM articles WHERE id = ?",
                           [article_id])
        if not rows:
            raise StoreError(f"{self.path}: no article {article_id}")
        return Article(**record_fields(_ARTICLE_FIELDS, rows[0]))
