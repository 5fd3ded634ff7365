"""The review desk: the queue and the decisions, over one store. No HTTP here.

The desk does not keep the store for good: it holds the file for a burst of
requests and lets go when idle or when another process waits for it
(ReviewDesk.session, store/access.py), so extraction, export and other review
pages take their turns at the file. One lock serialises the desk's own threads,
and the store refuses a decision made on a stale version, so a check of an
item's version and the append of a decision are one step for everyone.
"""

from __future__ import annotations

import threading
import time
from collections import defaultdict
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

from .decisions import (ADDABLE, DECISIONS, FILTERS, KINDS, Reviewed, correct, field_specs, fold,
                         machine_values, new_item, state_of, undo_target)
from . import queries
from ..errors import ReviewError
from ..checks.article import article_checks
from ..records import Article, ArticleResult
from ..store import Store, access


def load_reviewed(store: Store, article_id: str | None = None) -> list[Reviewed]:
    """Every reviewable item (orphaned ones included) with its reviewed state."""
    log: dict[str, list] = defaultdict(list)
    for entry in store.review_log():
        log[entry.item_id].append(entry)
    return [fold(kind, aid, current, record, log.get(record.id, []))
            for kind, aid, current, record in store.review_items(article_id)]


def progress(items: list[Reviewed]) -> dict:
    """Reviewed out of all current items (orphaned ones are no longer work to do)."""
    current = [i for i in items if i.current and not (i.human and i.status == "rejected")]
    done = sum(1 for i in current if i.status != "unreviewed")
    return {"reviewed": done, "total": len(current), "text": f"{done} of {len(current)} reviewed"}


# The review server holds the store for bursts (ReviewDesk.session): it lets go after
# IDLE seconds without a request, looks every WATCH seconds, and after letting go for
# a waiting process stands back YIELD seconds, longer than that process's longest
# pause between knocks (access.MAX_PAUSE, with its jitter).
IDLE = 0.5
WATCH = 0.05
YIELD = access.MAX_PAUSE * 1.6


class ReviewDesk:
    def __init__(self, store: Store | str | Path):
        """Over the store file at a path (held for bursts of requests), or
        over an open Store that its caller owns and keeps open."""
        self._held = store if isinstance(store, Store) else None
        self.path = store.path if isinstance(store, Store) else Path(store)
        self.lock = threading.Lock()
        self.log = queries.LogCache()
        self.cache = queries.ItemCache()
        self.counts = queries.Counts()
        # the held store, or the store of the request running (if one is), and its connection
        self.store: Store | None = self._held
        self.con = None
        self._lease: Store | None = None  # the store this desk holds for a burst of requests
        self._leased_at = 0.0
        self._last_use = 0.0
        self._stand_back_until = 0.0
        self._closed = False
        if self._held is None:
            threading.Thread(target=self._watch, name="review-store-lease", daemon=True).start()

    @contextmanager
    def session(self) -> Iterator[Store]:
        """The store for one request; this desk's threads one at a time.

        The desk holds the file for a burst of requests, not for one: opening and
        closing cost more than a decision does (bench/review.py). It lets go when
        no request came for IDLE seconds, or at once when another process says it
        is waiting (store/access.py), and then stands back for YIELD seconds, so
        that the waiting process, which knocks every MAX_PAUSE, gets its turn."""
        with self.lock:
            if self._held is not None:
                self.con = self._held.con
                self.cache.check(self.con)
                yield self._held
                return
            if self._lease is None:
                pause = self._stand_back_until - time.monotonic()
                if pause > 0:
                    time.sleep(pause)
                self._lease = Store(self.path)
                self._leased_at = time.time()
            self.store, self.con = self._lease, self._lease.con
            try:
                self.cache.check(self.con)  # an extraction since: read items afresh
                yield self._lease
            finally:
                self.store = self.con = None
                self._last_use = time.monotonic()
                self._release_if_wanted()

    @contextmanager
    def reading(self) -> Iterator[Any]:
        """The connection for a request that only reads (through the same held file)."""
        with self.session() as store:
            yield store.con

    def _release_if_wanted(self, idle: bool = False) -> None:
        """Close the held store if another process waits for it (or, ``idle``, if no
        request came for IDLE seconds). The caller holds self.lock."""
        if self._lease is None:
            return
        wanted = access.waited_on(self.path, self._leased_at)
        if wanted or (idle and time.monotonic() - self._last_use >= IDLE):
            self._lease.close()
            self._lease = None
            if wanted:
                self._stand_back_until = time.monotonic() + YIELD

    def _watch(self) -> None:
        while not self._closed:
            time.sleep(WATCH)
            with self.lock:
                self._release_if_wanted(idle=True)

    def close(self) -> None:
        """Let go of the store for good (the server is stopping)."""
        with self.lock:
            self._closed = True
            if self._lease is not None:
                self._lease.close()
                self._lease = None

    # -- reads ----------------------------------------------------------------
    # Each read is a page chosen in SQL (queries.py), never the whole store.

    def overview(self) -> dict:
        """What the page needs once: kinds, check kinds, the form fields, progress,
        and the first page of articles."""
        with self.reading() as con:
            self.log.refresh(con)
            articles, total = queries.articles_page(con)
            return {
                "articles": articles, "articles_total": total,
                "kinds": list(KINDS), "addable": list(ADDABLE), "statuses": list(FILTERS),
                "check_kinds": queries.check_kinds(con),
                "fields": {kind: field_specs(kind) for kind in KINDS},
                "sorts": list(queries.ARTICLE_SORTS),
                "progress": self._progress(con), "log_last": self.log.last,
            }

    def articles(self, *, search: str = "", sort: str = "published", offset: int = 0,
                 limit: int = 50) -> dict:
        if sort not in queries.ARTICLE_SORTS:
            raise ReviewError(f"unknown sort {sort!r} (one of {', '.join(queries.ARTICLE_SORTS)})")
        with self.reading() as con:
            found, total = queries.articles_page(con, search=search, sort=sort,
                                                 offset=offset, limit=limit)
        return {"articles": found, "total": total, "offset": offset}

    def queue(self, *, status: str = "", kind: str = "", article: str = "",
              check_kind: str = "", offset: int = 0, limit: int = 100) -> dict:
        """A page of the items matching the filters (empty = any), by article then
        position, with how many match. Orphaned items show only under status
        "orphaned": they are no longer work to do."""
        if status and status not in FILTERS:
            raise ReviewError(f"unknown status {status!r} (one of {', '.join(FILTERS)})")
        if kind and kind not in KINDS:
            raise ReviewError(f"unknown kind {kind!r} (one of {', '.join(KINDS)})")
        with self.reading() as con:
            self.log.refresh(con)
            progress = self._progress(con)
            known = self.counts.queue_total() if not (status or kind or article or check_kind) else None
            rows, total = queries.queue_page(con, self.log, status=status, kind=kind, article=article,
                                             check_kind=check_kind, offset=offset, limit=limit, total=known)
            items = queries.reviewed(con, self.log, rows, self.cache)
            return {"items": self._json(con, items), "total": total, "offset": offset,
                    "articles": self._names(con, {i.article_id for i in items}),
                    "progress": progress, "log_last": self.log.last}

    def changes(self, since: int) -> dict:
        """The items decided after log entry ``since`` (by anyone, in any process),
        as they stand now: what an open page redraws without a reload."""
        with self.reading() as con:
            self.log.refresh(con)
            ids = list(dict.fromkeys(e.item_id for entries in self.log.entries.values()
                                     for e in entries if e.id > since))[:200]
            rows = [row for row in (queries.item_row(con, iid) for iid in ids) if row]
            items = queries.reviewed(con, self.log, rows, self.cache)
            return {"items": self._json(con, items), "log_last": self.log.last,
                    "progress": self._progress(con)}

    def progress(self) -> dict:
        with self.reading() as con:
            return self._progress(con)

    def article(self, article_id: str) -> dict:
        with self.reading():
            article = self._article(article_id)
        return article.model_dump(mode="json")

    def item(self, item_id: str) -> Reviewed:
        with self.reading():
            return self._item(item_id)

    def _json(self, con, items: list[Reviewed]) -> list[dict]:
        """Items as the page draws them; a check is stale when it rests on a value a
        reviewer has since corrected (it was computed from the machine's)."""
        corrected = queries.corrected_spans(con, self.log, sorted({i.article_id for i in items
                                                                   if i.kind == "check"}))
        out = []
        for item in items:
            data = item.to_json()
            if item.kind == "check":
                data["stale"] = any(tuple(span) in corrected.get(item.article_id, ())
                                    for span in data["spans"])
                if data["stale"]:
                    data["recheck"] = self._recheck(con, item)
            out.append(data)
        return out

    def _recheck(self, con, check: Reviewed) -> dict:
        """The article's own checks computed again from its reviewed values (rejected
        items left out): whether this check still arises, and what they say now.
        Conflicts with other articles are not computed again here."""
        rows, _ = queries.queue_page(con, self.log, article=check.article_id, limit=queries.PAGE_MAX)
        items = queries.reviewed(con, self.log, rows, self.cache)
        article = self._article(check.article_id)
        found: dict[str, list] = {"figures": [], "outcomes": [], "dates": [], "claims": []}
        for item in items:
            if item.kind == "check" or item.status == "rejected":
                continue
            table, cls = KINDS[item.kind]
            found[table].append(cls.model_validate({**item.values, "rule": item.machine.rule}))
        now = article_checks(ArticleResult(article=article, **found))
        spans = [list(s) for s in check.values.get("spans", [])]
        same = [c for c in now if c.kind == check.values.get("kind") and [list(s) for s in c.spans] == spans]
        return {"still": bool(same), "message": same[0].message if same else None}

    @staticmethod
    def _names(con, article_ids) -> dict:
        """The page's articles, text included: a page of items spans a few articles,
        and the page then draws each item without asking again."""
        # by rowid: a filter on id reads the whole table's columns, texts included
        rowids = [r for (r,) in con.execute("SELECT rowid FROM articles WHERE list_contains(?::VARCHAR[], id)",
                                            [sorted(article_ids)]).fetchall()]
        rows = con.execute("SELECT id, title, site_name, CAST(published AS VARCHAR), url, source, text "
                           "FROM articles WHERE list_contains(?::BIGINT[], rowid)", [rowids]).fetchall()
        keys = ("title", "site_name", "published", "url", "source", "text")
        return {row[0]: dict(zip(keys, row[1:])) for row in rows}

    def _article(self, article_id: str) -> Article:
        found = queries.article(self.con, article_id)
        if found is None:
            raise ReviewError(f"no article {article_id!r} in the store")
        return found

    def _item(self, item_id: str) -> Reviewed:
        self.log.refresh(self.con)
        found = queries.find(self.con, self.log, item_id, self.cache)
        if found is None:
            raise ReviewError(f"no item {item_id!r} in the store")
        return found

    def _progress(self, con) -> dict:
        return self.counts.progress(con, self.log, self.cache)

    # -- decisions ------------------------------------------------------------

    def decide(self, *, item_id: str, decision: str, reviewer: str, version: Any,
               reason: str | None = None, values: dict | None = None) -> Reviewed:
        """Accept, reject, correct or undo one item, as seen at ``version``."""
        return self.decide_counted(item_id=item_id, decision=decision, reviewer=reviewer,
                                   version=version, reason=reason, values=values)[0]

    def decide_counted(self, *, item_id: str, decision: str, reviewer: str, version: Any,
                       reason: str | None = None, values: dict | None = None) -> tuple[Reviewed, dict]:
        """decide(), and the progress after it, read while the store is open anyway."""
        reviewer = _reviewer(reviewer)
        if decision not in DECISIONS or decision == "add":
            raise ReviewError(f"unknown decision {decision!r} (accept, reject, correct or undo)")
        seen = _version(version)
        with self.session():
            item = self._item(item_id)
            before = state_of(item)
            if decision == "accept":
                # accepting reviewed values that differ from the machine's keeps them corrected
                same = item.values == machine_values(item.machine)
                after = {"status": "accepted" if same else "corrected", "values": item.values}
            elif decision == "reject":
                after = {"status": "rejected", "values": item.values}
            elif decision == "correct":
                if not values:
                    raise ReviewError("a correction needs at least one field")
                text = self._article(item.article_id).text
                after = {"status": "corrected", "values": correct(item, values, text)}
                if after["values"] == machine_values(item.machine):
                    after["status"] = "accepted"  # corrected back to what the machine said
            else:
                # on a stale version the store refuses it as a conflict, which says more
                undone = undo_target(item, reviewer if item.version == seen else None)
                after, reason = undone.before, reason or f"undo of decision #{undone.id} ({undone.decision})"
            self.store.append_review(item_id=item.id, item_kind=item.kind, reviewer=reviewer,
                                     decision=decision, before=before, after=after,
                                     reason=(reason or "").strip() or None, seen_version=seen)
            return self._item(item_id), self._progress(self.con)

    def add(self, *, article_id: str, kind: str, span: Any, values: dict | None,
            reviewer: str, reason: str | None = None) -> Reviewed:
        """Add a figure or outcome the extractor missed, from selected words."""
        return self.add_counted(article_id=article_id, kind=kind, span=span, values=values,
                                reviewer=reviewer, reason=reason)[0]

    def add_counted(self, *, article_id: str, kind: str, span: Any, values: dict | None,
                    reviewer: str, reason: str | None = None) -> tuple[Reviewed, dict]:
        """add(), and the progress after it."""
        reviewer = _reviewer(reviewer)
        with self.session():
            text = self._article(article_id).text
            record = new_item(kind, article_id, text, span, values or {})
            after = {"status": "accepted", "values": machine_values(record)}
            self.store.append_review(item_id=record.id, item_kind=kind, reviewer=reviewer,
                                     decision="add", before=None, after=after,
                                     reason=(reason or "").strip() or None, seen_version=0,
                                     new_item=(article_id, record))
            return self._item(record.id), self._progress(self.con)


def _reviewer(name: Any) -> str:
    name = name.strip() if isinstance(name, str) else ""
    if not name:
        raise ReviewError("a reviewer name is required for every decision")
    if len(name) > 100:
        raise ReviewError("a reviewer name is at most 100 characters")
    return name


def _version(version: Any) -> int:
    if isinstance(version, bool) or not isinstance(version, (int, str)):
        raise ReviewError("every decision must carry the item version it was made on")
    try:
        return int(version)
    except ValueError:
        raise ReviewError(f"item version must be a whole number, not {version!r}") from None
