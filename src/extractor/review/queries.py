"""What the review page reads, a page at a time, in SQL over an open store.

The page never reads the whole store: the queue is a page of items chosen and
ordered by DuckDB, the articles a page of a search. An item's reviewed status
comes from the review log, which only grows: the desk folds it once and then
only the entries appended since (``LogCache``), so a filter on status becomes
a list of the few item ids that have been decided, passed to the query.
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict, defaultdict
from typing import Sequence

from .decisions import HUMAN_PREFIX, KINDS, Entry, Reviewed, fold, standing
from ..records import Article, Check

# the union of the item tables, one row an item, in the queue's order
_FIRST = {"checks": ("spans[1][1]", "spans[1][2]")}
ARTICLE_SORTS = {
    "published": "published DESC NULLS LAST, title, id",
    "title": "title NULLS LAST, id",
    "site": "site_name NULLS LAST, published DESC NULLS LAST, id",
    "source": "source, id",
}
PAGE_MAX = 500


def _union(kinds: Sequence[str], check_kind: str) -> tuple[str, list]:
    parts, params = [], []
    for kind in kinds:
        table = KINDS[kind][0]
        start, end = _FIRST.get(table, ("span_start", "span_end"))
        where = "true"
        if table == "checks" and check_kind:
            where, params = "kind = ?", params + [check_kind]
        parts.append(f"SELECT '{kind}' AS kind, id, article_id, current, coalesce({start}, 0) AS s, "
                     f"coalesce({end}, 0) AS e, rule, rowid AS r FROM {table} WHERE {where}")
    return " UNION ALL ".join(parts), params


def status_of(entries: Sequence[Entry]) -> str:
    """An item's reviewed status from its log alone (fold's rule, without the record)."""
    top = standing(entries)
    if top is not None:
        return (top.after or {}).get("status", "unreviewed")
    return "rejected" if entries and entries[0].decision == "add" else "unreviewed"


class LogCache:
    """The review log folded per item, brought up to date with what was appended
    since the last look (the log is append-only, so that is exact)."""

    def __init__(self):
        self.entries: dict[str, list[Entry]] = defaultdict(list)
        self.statuses: dict[str, str] = {}
        self.last = 0
        self._lock = threading.Lock()

    def refresh(self, con) -> list[Entry]:
        """Read the entries appended since the last refresh; returns them."""
        with self._lock:
            rows = con.execute(
                "SELECT id, item_id, item_kind, reviewer, decided_at, decision, CAST(before AS VARCHAR), "
                "CAST(after AS VARCHAR), reason FROM reviews WHERE id > ? ORDER BY id", [self.last]).fetchall()
            new = [Entry(i, item, kind, who, at, decision, json.loads(b) if b else None,
                         json.loads(a) if a else None, reason)
                   for i, item, kind, who, at, decision, b, a, reason in rows]
            for entry in new:
                self.entries[entry.item_id].append(entry)
                self.statuses[entry.item_id] = status_of(self.entries[entry.item_id])
                self.last = entry.id
            return new

    def ids(self, *statuses: str) -> list[str]:
        return [item for item, status in self.statuses.items() if status in statuses]

    def human_rejected(self) -> list[str]:
        return [item for item, status in self.statuses.items()
                if status == "rejected" and self.entries[item][0].decision == "add"]


def queue_page(con, log: LogCache, *, status: str = "", kind: str = "", article: str = "",
               check_kind: str = "", offset: int = 0, limit: int = 100,
               total: int | None = None) -> tuple[list[tuple], int]:
    """(kind, article id, current, item id, rowid) of one page of the queue, and how
    many items the filters choose. Orphaned items show only under status "orphaned".
    The rowid fetches the page's records without another scan (records()).
    ``total``, when the caller knows it, spares a count."""
    union, params = _union([kind] if kind else list(KINDS), check_kind if kind in ("", "check") else "")
    where, more = ["current" if status != "orphaned" else "NOT current"], []
    if article:
        where.append("article_id = ?")
        more.append(article)
    if status == "unreviewed":
        where.append("NOT list_contains(?::VARCHAR[], id)")
        more.append(log.ids("accepted", "rejected", "corrected"))
    elif status and status != "orphaned":
        where.append("list_contains(?::VARCHAR[], id)")
        more.append(log.ids(status))
    if check_kind and not kind:
        where.append("kind = 'check'")
    base = f"SELECT * FROM ({union}) WHERE {' AND '.join(where)}"
    args = [*params, *more]
    limit, offset = max(1, min(limit, PAGE_MAX)), max(0, offset)
    # A sort of every matching row on all of (article, span, kind, id) is what costs
    # (~300 ms at 2 million items); a sort on the article alone finds the page's
    # articles, and only their items are then sorted in full.
    articles = [a for (a,) in con.execute(f"SELECT article_id FROM ({base}) ORDER BY article_id "
                                          f"LIMIT ? OFFSET ?", [*args, limit, offset]).fetchall()]
    if not articles:
        return [], total if total is not None else con.execute(f"SELECT count(*) FROM ({base})",
                                                               args).fetchone()[0]
    if offset == 0 and total is not None:
        before = 0
    else:
        total, before = con.execute(f"SELECT count(*), count(*) FILTER (article_id < ?) FROM ({base})",
                                    [articles[0], *args]).fetchone()
    rows = con.execute(f"{base} AND article_id BETWEEN ? AND ? ORDER BY article_id, s, e, kind, id",
                       [*args, articles[0], articles[-1]]).fetchall()
    rows = rows[offset - before:offset - before + limit]
    return [(k, aid, current, iid, rowid) for k, iid, aid, current, _, _, _, rowid in rows], total


class ItemCache:
    """The items the desk has read, by id, as (kind, article id, current, record):
    a decision then needs no scan for its item (the item tables have no index, see
    store/db.py). Valid while the store's extraction state, its ``stamp`` (articles
    stored and when, checks recomputed and when), is unchanged."""

    def __init__(self, size: int = 50_000):
        self.rows: OrderedDict[str, tuple] = OrderedDict()
        self.size = size
        self.stamp: tuple | None = None

    def check(self, con) -> None:
        stamp = con.execute("SELECT (SELECT count(*) FROM articles), (SELECT max(extracted_at) FROM articles), "
                            "(SELECT max(extracted_at) FROM checks)").fetchone()
        if stamp != self.stamp:
            self.rows.clear()
            self.stamp = stamp

    def put(self, kind: str, article_id: str, current: bool, record) -> None:
        self.rows[record.id] = (kind, article_id, current, record)
        self.rows.move_to_end(record.id)
        while len(self.rows) > self.size:
            self.rows.popitem(last=False)


class Counts:
    """Progress, "reviewed of all current items", kept without a scan per decision:
    the machine items' total is counted once per extraction state, and the rest
    comes from the folded log and the current flags of the items decided."""

    def __init__(self):
        self.stamp: tuple | None = None
        self.machine_total = 0
        self.current: dict[str, bool] = {}  # machine item id decided -> current
        self.humans = 0  # items reviewers added, withdrawn or not (never orphaned)

    def queue_total(self) -> int:
        """How many items the unfiltered queue holds (progress() first): every current
        machine item and every item a reviewer added."""
        return self.machine_total + self.humans

    def progress(self, con, log: LogCache, cache: ItemCache) -> dict:
        if self.stamp != cache.stamp:
            union, params = _union(list(KINDS), "")
            self.machine_total = con.execute(
                f"SELECT count(*) FROM ({union}) WHERE current AND rule NOT LIKE '{HUMAN_PREFIX}%'",
                params).fetchone()[0]
            self.current, self.stamp = {}, cache.stamp
        decided = [i for i, status in log.statuses.items() if status != "unreviewed"]
        human = [i for i in decided if log.entries[i][0].decision == "add"]
        machine = [i for i in decided if log.entries[i][0].decision != "add"]
        missing = [i for i in machine if i not in self.current]
        for item_id in missing:
            if item_id in cache.rows:
                self.current[item_id] = cache.rows[item_id][2]
        missing = [i for i in missing if i not in self.current]
        if missing:
            union, params = _union(list(KINDS), "")
            found = dict(con.execute(f"SELECT id, current FROM ({union}) WHERE list_contains(?::VARCHAR[], id)",
                                     [*params, missing]).fetchall())
            self.current.update({i: bool(found.get(i, False)) for i in missing})
        self.humans = sum(1 for entries in log.entries.values() if entries[0].decision == "add")
        live_human = sum(1 for i in human if log.statuses[i] != "rejected")
        done = sum(1 for i in machine if self.current[i]) + live_human
        total = self.machine_total + live_human
        return {"reviewed": done, "total": total, "text": f"{done} of {total} reviewed"}


def records(con, rows: Sequence[tuple]) -> dict[str, object]:
    """item id -> record, for (kind, article id, current, item id[, rowid]) rows: one
    query per kind, by rowid when the rows carry it (DuckDB fetches those rows
    alone; by id it scans the table, which has no index)."""
    wanted: dict[tuple[str, bool], list] = defaultdict(list)
    for row in rows:
        by_rowid = len(row) > 4
        wanted[(row[0], by_rowid)].append(row[4] if by_rowid else row[3])
    found: dict[str, object] = {}
    for (kind, by_rowid), keys in wanted.items():
        table, cls = KINDS[kind]
        where = "list_contains(?::BIGINT[], rowid)" if by_rowid else "list_contains(?::VARCHAR[], id)"
        cursor = con.execute(f"SELECT * FROM {table} WHERE {where}", [keys])
        names = [d[0] for d in cursor.description]
        for values in cursor.fetchall():
            row = dict(zip(names, values))
            if cls is Check:
                record = Check(id=row["id"], kind=row["kind"], message=row["message"],
                               spans=row["spans"], rule=row["rule"])
            else:
                fields = {n: row[n] for n in cls.model_fields if n in row}
                record = cls(**fields, span=(row["span_start"], row["span_end"]), text=row["quote"])
            found[record.id] = record
    return found


def reviewed(con, log: LogCache, rows: Sequence[tuple], cache: ItemCache) -> list[Reviewed]:
    """The rows (kind, article id, current, item id) as reviewed items, in order."""
    found = records(con, [row for row in rows if row[3] not in cache.rows])
    for kind, aid, current, iid, *_ in rows:
        if iid in found:
            cache.put(kind, aid, current, found[iid])
    out = []
    for _, _, _, iid, *_ in rows:
        if iid in cache.rows:
            kind, aid, current, record = cache.rows[iid]
            out.append(fold(kind, aid, current, record, log.entries.get(iid, [])))
    return out


def find(con, log: LogCache, item_id: str, cache: ItemCache) -> Reviewed | None:
    """One item as it stands, from the cache or else from the store."""
    row = cache.rows[item_id][:3] + (item_id,) if item_id in cache.rows else item_row(con, item_id)
    return reviewed(con, log, [row], cache)[0] if row else None


def item_row(con, item_id: str) -> tuple | None:
    """(kind, article id, current, item id) of one item, or None."""
    for kind, (table, _) in KINDS.items():
        row = con.execute(f"SELECT article_id, current FROM {table} WHERE id = ? LIMIT 1",
                          [item_id]).fetchone()
        if row:
            return (kind, row[0], row[1], item_id)
    return None


def articles_page(con, *, search: str = "", sort: str = "published", offset: int = 0,
                  limit: int = 50) -> tuple[list[dict], int]:
    """A page of articles (no text) whose title, site or source holds ``search``."""
    order = ARTICLE_SORTS.get(sort, ARTICLE_SORTS["published"])
    where, params = "true", []
    if search.strip():
        pattern = "%" + search.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        where = ("(title ILIKE ? ESCAPE '\\' OR site_name ILIKE ? ESCAPE '\\' "
                 "OR source ILIKE ? ESCAPE '\\' OR url ILIKE ? ESCAPE '\\')")
        params = [pattern] * 4
    total = con.execute(f"SELECT count(*) FROM articles WHERE {where}", params).fetchone()[0]
    rows = con.execute(
        f"SELECT id, title, site_name, CAST(published AS VARCHAR), url, source FROM articles "
        f"WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?",
        [*params, max(1, min(limit, PAGE_MAX)), max(0, offset)]).fetchall()
    keys = ("id", "title", "site_name", "published", "url", "source")
    return [dict(zip(keys, row)) for row in rows], total


def check_kinds(con) -> list[str]:
    return [k for (k,) in con.execute("SELECT DISTINCT kind FROM checks WHERE current ORDER BY 1").fetchall()]


def corrected_spans(con, log: LogCache, article_ids: Sequence[str]) -> dict[str, list[tuple[int, int]]]:
    """article id -> the machine spans of its items a reviewer has corrected: a check
    resting on one of them was computed from a value that is no longer the reviewed one."""
    ids = log.ids("corrected")
    if not ids or not article_ids:
        return {}
    out: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for kind in ("figure", "outcome", "date", "claim"):
        table = KINDS[kind][0]
        for aid, s, e in con.execute(
                f"SELECT article_id, span_start, span_end FROM {table} WHERE list_contains(?::VARCHAR[], id) "
                f"AND list_contains(?::VARCHAR[], article_id) AND rule NOT LIKE '{HUMAN_PREFIX}%'",
                [ids, list(article_ids)]).fetchall():
            out[aid].append((s, e))
    return out


_ARTICLE = ("id", "source", "url", "title", "published", "published_source", "text", "site_name")


def article(con, article_id: str) -> Article | None:
    row = con.execute(f"SELECT {', '.join(_ARTICLE)} FROM articles WHERE id = ? LIMIT 1",
                      [article_id]).fetchone()
    return Article(**dict(zip(_ARTICLE, row))) if row else None
