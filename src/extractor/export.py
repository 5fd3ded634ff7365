"""Reviewed rows, corrections applied, as tables a desk can publish from.

One row per item, with where it came from (title, url, site, publication date),
the sentence it stands in, and who decided it, when (UTC, with its offset) and
why. Without a kind the kinds share one wide table, each filling its own
columns; with ``kind`` the table has that kind's columns only. ``status``
filters by reviewed state, where ``accepted`` means accepted as extracted or
after correction (both are verified); ``corrected`` only the latter; ``all``
every item. Every column is described in docs/schema.md.

CSV is for spreadsheets, so a text cell that a spreadsheet would run as a
formula (one starting with =, +, -, @, a tab or a carriage return) is written
with a leading single quote; numeric columns are numbers and keep their sign.
``bom`` starts the file with a UTF-8 byte order mark, which Excel needs to read
UTF-8. JSON and Parquet carry the values as they are, typed.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from pathlib import Path
from typing import IO, Iterable

from .review.decisions import Reviewed
from .errors import ReviewError
from .review.service import load_reviewed
from .store import Store

FORMATS = ("csv", "parquet", "json")
EXPORT_STATUSES = ("accepted", "corrected", "rejected", "unreviewed", "all")

# (column, SQL type) every kind's table has
COMMON: tuple[tuple[str, str], ...] = (
    ("article_id", "VARCHAR"), ("source", "VARCHAR"), ("url", "VARCHAR"), ("title", "VARCHAR"),
    ("item_id", "VARCHAR"), ("item_kind", "VARCHAR"), ("status", "VARCHAR"),
    ("quote", "VARCHAR"), ("span_start", "INTEGER"), ("span_end", "INTEGER"),
    ("reviewer", "VARCHAR"), ("decided_at", "TIMESTAMPTZ"), ("reason", "VARCHAR"),
    ("corrected_fields", "VARCHAR"), ("added_by_reviewer", "BOOLEAN"), ("orphaned", "BOOLEAN"),
)
# the kind's own columns; record fields keep their SPEC names, but for a check's
# and a claim's kind and status, which would clash with the item's own
KIND_COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "figure": (("value", "DOUBLE"), ("qualifier", "VARCHAR"), ("unit", "VARCHAR"),
               ("counted", "VARCHAR"), ("category", "VARCHAR"), ("outcome", "VARCHAR"),
               ("out_of", "DOUBLE"), ("period_from", "DATE"), ("period_to", "DATE"),
               ("org", "VARCHAR"), ("noun", "VARCHAR")),
    "outcome": (("outcome", "VARCHAR"), ("subject", "VARCHAR"), ("custodial_months", "DOUBLE"),
                ("date", "DATE")),
    "date": (("date_from", "DATE"), ("date_to", "DATE"), ("relative", "BOOLEAN")),
    "check": (("check_kind", "VARCHAR"), ("message", "VARCHAR")),
    "claim": (("claim_kind", "VARCHAR"), ("claim_status", "VARCHAR"), ("factor", "DOUBLE"),
              ("value", "DOUBLE"), ("compared_value", "DOUBLE")),
}
# where it came from, after the columns a reader of older exports knows
SOURCE_COLUMNS = (("site_name", "VARCHAR"), ("published", "DATE"), ("sentence", "VARCHAR"))


def columns_for(kind: str | None = None) -> tuple[tuple[str, str], ...]:
    """The export's columns: the kind's table, or the wide table of every kind."""
    if kind is not None and kind not in KIND_COLUMNS:
        raise ReviewError(f"unknown kind {kind!r} (one of {', '.join(KIND_COLUMNS)})")
    own: dict[str, str] = {}
    for name in ([kind] if kind else KIND_COLUMNS):
        own.update(KIND_COLUMNS[name])
    return (*COMMON, *own.items(), *SOURCE_COLUMNS)


COLUMNS = columns_for()
_DATES = {name for name, kind in COLUMNS if kind == "DATE"}
_NUMERIC = {name for name, kind in COLUMNS if kind in ("DOUBLE", "INTEGER")}
# A sentence ends at . ! or ? (and any closing quote or bracket) before white space,
# or at a line break; the words around an item up to those ends are its sentence.
_SENTENCE_END = re.compile(r"([.!?][\"'’”)\]]*)\s+|\n")
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def sentence_of(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` that holds the characters start..end."""
    begin = 0
    for found in _SENTENCE_END.finditer(text, 0, start):
        begin = found.end()
    after = _SENTENCE_END.search(text, max(end, begin))
    finish = after.start() + len(after.group(1) or "") if after else len(text)
    return " ".join(text[begin:finish].split())


def _wanted(item: Reviewed, status: str) -> bool:
    if status == "all":
        return True
    if status == "accepted":
        return item.status in ("accepted", "corrected")
    return item.status == status


def _row(item: Reviewed, article, columns) -> tuple:
    values = dict(item.values)
    if item.kind == "claim":
        values["claim_kind"] = values.pop("kind", None)
        values["claim_status"] = values.pop("status", None)
    if item.kind == "check":
        values["check_kind"] = values.pop("kind", None)
        spans = [tuple(s) for s in values.get("spans") or []]
        span = spans[0] if spans else (None, None)
        quote = " … ".join(article.text[s:e] for s, e in spans)
        sentence = " … ".join(dict.fromkeys(sentence_of(article.text, s, e) for s, e in spans))
    else:
        span, quote = values["span"], values["text"]
        sentence = sentence_of(article.text, *span)
    for name in _DATES & set(values):
        if values[name] is not None:
            values[name] = dt.date.fromisoformat(values[name])
    standing = item.standing
    row = {
        "article_id": item.article_id, "source": article.source, "url": article.url,
        "title": article.title, "site_name": article.site_name, "published": article.published,
        "item_id": item.id, "item_kind": item.kind, "status": item.status,
        "quote": quote, "sentence": sentence or None, "span_start": span[0], "span_end": span[1],
        "reviewer": standing.reviewer if standing else None,
        # the log keeps UTC without a zone; the export says so
        "decided_at": standing.decided_at.replace(tzinfo=dt.timezone.utc) if standing else None,
        "reason": standing.reason if standing else None,
        "corrected_fields": ",".join(item.changed_fields) or None,
        "added_by_reviewer": item.human, "orphaned": not item.current,
    }
    return tuple(row[name] if name in row else values.get(name) for name, _ in columns)


def export_rows(store: Store, status: str = "accepted", kind: str | None = None) -> list[tuple]:
    """The rows, in the order of ``columns_for(kind)``."""
    if status not in EXPORT_STATUSES:
        raise ReviewError(f"unknown status {status!r} (one of {', '.join(EXPORT_STATUSES)})")
    columns = columns_for(kind)
    articles = {}
    rows = []
    for item in load_reviewed(store):
        if not _wanted(item, status) or (kind and item.kind != kind):
            continue
        if item.article_id not in articles:
            articles[item.article_id] = store.article(item.article_id)
        rows.append(_row(item, articles[item.article_id], columns))
    return rows


def _cell(name: str, value) -> str:
    """A CSV cell: what a spreadsheet reads as the value and never runs."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="seconds")
    text = str(value)
    if name not in _NUMERIC and text.startswith(_FORMULA):
        return "'" + text
    return text


def write_csv(stream: IO[str], columns, rows: Iterable[tuple], bom: bool = False) -> None:
    if bom:
        stream.write("\ufeff")
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow([name for name, _ in columns])
    for row in rows:
        writer.writerow([_cell(name, value) for (name, _), value in zip(columns, row)])


def _json_value(value):
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def write_json(stream: IO[str], columns, rows: Iterable[tuple]) -> None:
    """A JSON array of objects, one row a line."""
    names = [name for name, _ in columns]
    stream.write("[")
    for i, row in enumerate(rows):
        stream.write(("," if i else "") + "\n" + json.dumps(
            {n: _json_value(v) for n, v in zip(names, row)}, ensure_ascii=False))
    stream.write("\n]\n")


def export(store: Store, target: str | Path | IO[str], fmt: str, status: str = "accepted",
           kind: str | None = None, bom: bool = False) -> int:
    """Write the rows to ``target`` (a path, or a text stream for csv and json);
    returns how many."""
    if fmt not in FORMATS:
        raise ReviewError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
    columns = columns_for(kind)
    rows = export_rows(store, status, kind)
    if fmt == "parquet":
        store.write_rows(target, fmt, columns, rows)
        return len(rows)
    def write(stream: IO[str]) -> None:
        if fmt == "csv":
            write_csv(stream, columns, rows, bom)
        else:
            write_json(stream, columns, rows)

    if not isinstance(target, (str, Path)):
        write(target)
        return len(rows)
    try:
        with open(target, "w", encoding="utf-8", newline="") as stream:
            write(stream)
    except OSError as exc:
        raise ReviewError(f"{target}: cannot write the export: {exc.strerror or exc}") from None
    return len(rows)
