"""Reviewed rows, corrections applied, as one flat table for publishing.

One row per item: figures, outcomes, dates and checks share the table, each
kind filling its own columns. ``status`` filters by reviewed state, where
``accepted`` means accepted as extracted or after correction (both are
verified); ``corrected`` only the latter; ``all`` every item.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from .review.decisions import Reviewed
from .errors import ReviewError
from .review.service import load_reviewed
from .store import Store

FORMATS = ("csv", "parquet", "json")
EXPORT_STATUSES = ("accepted", "corrected", "rejected", "unreviewed", "all")

# (column, SQL type); record fields keep their SPEC names, a check's kind is check_kind
COLUMNS: tuple[tuple[str, str], ...] = (
    ("article_id", "VARCHAR"), ("source", "VARCHAR"), ("url", "VARCHAR"), ("title", "VARCHAR"),
    ("item_id", "VARCHAR"), ("item_kind", "VARCHAR"), ("status", "VARCHAR"),
    ("quote", "VARCHAR"), ("span_start", "INTEGER"), ("span_end", "INTEGER"),
    ("reviewer", "VARCHAR"), ("decided_at", "TIMESTAMP"), ("reason", "VARCHAR"),
    ("corrected_fields", "VARCHAR"), ("added_by_reviewer", "BOOLEAN"), ("orphaned", "BOOLEAN"),
    ("value", "DOUBLE"), ("qualifier", "VARCHAR"), ("unit", "VARCHAR"), ("counted", "VARCHAR"),
    ("category", "VARCHAR"), ("outcome", "VARCHAR"), ("out_of", "DOUBLE"),
    ("period_from", "DATE"), ("period_to", "DATE"), ("org", "VARCHAR"), ("noun", "VARCHAR"),
    ("subject", "VARCHAR"), ("custodial_months", "DOUBLE"), ("date", "DATE"),
    ("date_from", "DATE"), ("date_to", "DATE"), ("relative", "BOOLEAN"),
    ("check_kind", "VARCHAR"), ("message", "VARCHAR"),
    ("claim_kind", "VARCHAR"), ("claim_status", "VARCHAR"), ("factor", "DOUBLE"),
    ("compared_value", "DOUBLE"),
)
_DATES = {name for name, kind in COLUMNS if kind == "DATE"}


def _wanted(item: Reviewed, status: str) -> bool:
    if status == "all":
        return True
    if status == "accepted":
        return item.status in ("accepted", "corrected")
    return item.status == status


def _row(item: Reviewed, article) -> tuple:
    values = dict(item.values)
    if item.kind == "claim":
        values["claim_kind"] = values.pop("kind", None)
        values["claim_status"] = values.pop("status", None)
    if item.kind == "check":
        values["check_kind"] = values.pop("kind", None)
        spans = values.get("spans") or [[None, None]]
        span = spans[0]
        quote = " … ".join(article.text[s:e] for s, e in values.get("spans") or [])
    else:
        span, quote = values["span"], values["text"]
    for name in _DATES & set(values):
        if values[name] is not None:
            values[name] = dt.date.fromisoformat(values[name])
    standing = item.standing
    row = {
        "article_id": item.article_id, "source": article.source, "url": article.url,
        "title": article.title, "item_id": item.id, "item_kind": item.kind, "status": item.status,
        "quote": quote, "span_start": span[0], "span_end": span[1],
        "reviewer": standing.reviewer if standing else None,
        "decided_at": standing.decided_at if standing else None,
        "reason": standing.reason if standing else None,
        "corrected_fields": ",".join(item.changed_fields) or None,
        "added_by_reviewer": item.human, "orphaned": not item.current,
    }
    for name, _ in COLUMNS:
        if name not in row:
            row[name] = values.get(name)
    return tuple(row[name] for name, _ in COLUMNS)


def export_rows(store: Store, status: str = "accepted") -> list[tuple]:
    if status not in EXPORT_STATUSES:
        raise ReviewError(f"unknown status {status!r} (one of {', '.join(EXPORT_STATUSES)})")
    articles = {}
    rows = []
    for item in load_reviewed(store):
        if not _wanted(item, status):
            continue
        if item.article_id not in articles:
            articles[item.article_id] = store.article(item.article_id)
        rows.append(_row(item, articles[item.article_id]))
    return rows


def export(store: Store, path: str | Path, fmt: str, status: str = "accepted") -> int:
    """Write the rows to ``path``; returns how many."""
    if fmt not in FORMATS:
        raise ReviewError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
    rows = export_rows(store, status)
    store.write_rows(path, fmt, COLUMNS, rows)
    return len(rows)
