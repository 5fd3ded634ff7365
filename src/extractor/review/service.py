"""The review desk: the queue and the decisions, over one store. No HTTP here.

The desk does not keep the store open: each request opens it, does its work and
closes it (store/access.py), so extraction, export and other review pages take
their turns at the file between requests. One lock serialises the desk's own
threads, and the store refuses a decision made on a stale version, so a check
of an item's version and the append of a decision are one step for everyone.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

from .decisions import (ADDABLE, DECISIONS, FILTERS, KINDS, Reviewed, correct, field_specs, fold,
                         machine_values, new_item, state_of, undo_target)
from ..errors import ReviewError
from ..records import Article
from ..store import access
from ..store.db import Store


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


class ReviewDesk:
    def __init__(self, store: Store | str | Path):
        """Over the store file at a path (opened for each request and closed), or
        over an open Store that its caller owns and keeps open."""
        self._held = store if isinstance(store, Store) else None
        self.path = store.path if isinstance(store, Store) else Path(store)
        self.lock = threading.Lock()
        # the held store, or the store of the request running (if one is)
        self.store: Store | None = self._held

    @contextmanager
    def session(self) -> Iterator[Store]:
        """The store for one request, this desk's threads one at a time."""
        with self.lock:
            if self._held is not None:
                yield self._held
                return
            with access.session(self.path) as store:
                self.store = store
                try:
                    yield store
                finally:
                    self.store = None

    # -- reads ----------------------------------------------------------------

    def overview(self) -> dict:
        """What the page needs once: articles, kinds, check kinds, the form fields."""
        with self.session():
            items = load_reviewed(self.store)
            articles = [self._article(aid) for aid in self.store.article_ids()]
        return {
            "articles": [{"id": a.id, "title": a.title, "source": a.source} for a in articles],
            "kinds": list(KINDS), "addable": list(ADDABLE), "statuses": list(FILTERS),
            "check_kinds": sorted({i.machine.kind for i in items if i.kind == "check"}),
            "fields": {kind: field_specs(kind) for kind in KINDS},
            "progress": progress(items),
        }

    def queue(self, *, status: str = "", kind: str = "", article: str = "",
              check_kind: str = "") -> dict:
        """Items matching the filters (empty = any), by article then position.
        Orphaned items show only under status "orphaned": they are no longer work to do."""
        if status and status not in FILTERS:
            raise ReviewError(f"unknown status {status!r} (one of {', '.join(FILTERS)})")
        if kind and kind not in KINDS:
            raise ReviewError(f"unknown kind {kind!r} (one of {', '.join(KINDS)})")
        with self.session():
            items = load_reviewed(self.store)
        orphaned = status == "orphaned"
        chosen = [i for i in items
                  if i.current != orphaned
                  and (not status or orphaned or i.status == status)
                  and (not kind or i.kind == kind)
                  and (not article or i.article_id == article)
                  and (not check_kind or (i.kind == "check" and i.machine.kind == check_kind))]
        return {"items": [i.to_json() for i in chosen], "progress": progress(items)}

    def article(self, article_id: str) -> dict:
        with self.session():
            article = self._article(article_id)
        return article.model_dump(mode="json")

    def item(self, item_id: str) -> Reviewed:
        with self.session():
            return self._item(item_id)

    def _article(self, article_id: str) -> Article:
        if not self.store.has_article(article_id):
            raise ReviewError(f"no article {article_id!r} in the store")
        return self.store.article(article_id)

    def _item(self, item_id: str) -> Reviewed:
        found = self.store.review_items(item_id=item_id)
        if not found:
            raise ReviewError(f"no item {item_id!r} in the store")
        kind, aid, current, record = found[0]
        return fold(kind, aid, current, record, self.store.review_log(item_id))

    # -- decisions ------------------------------------------------------------

    def decide(self, *, item_id: str, decision: str, reviewer: str, version: Any,
               reason: str | None = None, values: dict | None = None) -> Reviewed:
        """Accept, reject, correct or undo one item, as seen at ``version``."""
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
                undone = undo_target(item)
                after, reason = undone.before, reason or f"undo of decision #{undone.id} ({undone.decision})"
            self.store.append_review(item_id=item.id, item_kind=item.kind, reviewer=reviewer,
                                     decision=decision, before=before, after=after,
                                     reason=(reason or "").strip() or None, seen_version=seen)
            return self._item(item_id)

    def add(self, *, article_id: str, kind: str, span: Any, values: dict | None,
            reviewer: str, reason: str | None = None) -> Reviewed:
        """Add a figure or outcome the extractor missed, from selected words."""
        reviewer = _reviewer(reviewer)
        with self.session():
            text = self._article(article_id).text
            record = new_item(kind, article_id, text, span, values or {})
            after = {"status": "accepted", "values": machine_values(record)}
            self.store.append_review(item_id=record.id, item_kind=kind, reviewer=reviewer,
                                     decision="add", before=None, after=after,
                                     reason=(reason or "").strip() or None, seen_version=0,
                                     new_item=(article_id, record))
            return self._item(record.id)


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
