"""The review log in the store: reading it, appending to it only when the item's
latest decision is the one the reviewer saw, and items a human adds.

The log's meaning (states, undo, versions) is in review/decisions.py.
"""

from __future__ import annotations

import json

from ..review.decisions import HUMAN_PREFIX, KINDS, Entry
from ..errors import ConflictError, ReviewError
from ..records import Check
from .connection import utc_now
from .schema import _CHECK_FIELDS, _ITEM_BASE, _ITEMS, _item_row


class Reviews:
    """The review log of Store (see store/__init__.py)."""

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
