"""Keeping stored checks true as the store grows: when articles are saved, their
checks are computed, and every stored figure they state otherwise is flagged.

This is the one place that joins checks (pure) and the store (I/O).

A conflict is one check on a figure, raised when it is first stated otherwise,
naming a few of the statements against it (checks.disagreeing): a figure that a
thousand copies of another story contradict holds one check, not a thousand, and
a check once raised is not rewritten as more copies arrive (its message, and so
its id, which reviews point at, stay put). What a save reads is bounded the same
way, in one query a batch (Store.batch_neighbours): one row per value stated for
each count it touches, and the stored figures it may flag for the first time.

A batch stores exactly what saving its articles one at a time would: each article
is checked against the store and the articles before it, and flags what came
before. So neither a batch size nor an interrupted run changes what is stored.
"""

from __future__ import annotations

from typing import Callable, Sequence

from .article import article_checks
from .cross_article import CONFLICT_NAMED, conflict_check, conflicts, disagreeing, keep_first
from .keys import CONFLICT_TOLERANCE, OWN_PERIOD, agree, bounds, comparable, count_key
from ..records import Article, ArticleResult, Check, Figure, item_id
from ..store import LOOKUP_COLUMNS, STATEMENT_COLUMNS, Store


def _name(source: str, title: str | None) -> str:
    return f"“{title}” ({source})" if title else source


def _describer(store: Store, fresh: Sequence[Article] = (), stored: Sequence[str] = ()) -> Callable[[str], str]:
    """Names articles by id for check messages: those being saved from memory, those
    in ``stored`` read together now (a lookup by id scans the articles table), any
    other from the store when asked for, each read once."""
    names = {a.id: _name(a.source, a.title) for a in fresh}
    names.update({aid: _name(*named) for aid, named in store.article_names(
        sorted(set(stored) - set(names))).items()})

    def describe(article_id: str) -> str:
        if article_id not in names:
            source, title = store.article_names([article_id])[article_id]
            names[article_id] = _name(source, title)
        return names[article_id]

    return describe


def _lookup_key(f: Figure) -> tuple:
    """What Store.figure_groups selects on."""
    return tuple(getattr(f, c) for c in LOOKUP_COLUMNS)


def _flagged_spans(result: ArticleResult) -> set[tuple]:
    return {tuple(c.spans[0]) for c in result.checks if c.kind == "conflict" and c.spans}


class _Seen:
    """The statements saved so far (stored, then the batch's in turn), by count: the
    lowest article id per value, which is all checks.disagreeing keeps."""

    def __init__(self, pairs: list[tuple[str, Figure]]):
        self.by_key: dict[tuple, dict[tuple, tuple[str, Figure]]] = {}
        for article_id, f in pairs:
            if comparable(f):
                self.add(count_key(f), article_id, f)

    def add(self, key: tuple, article_id: str, f: Figure) -> None:
        keep_first(self.by_key.setdefault(key, {}), article_id, f)

    def of(self, key: tuple) -> list[tuple[str, Figure]]:
        return list(self.by_key.get(key, {}).values())


def save_batch(store: Store, results: Sequence[ArticleResult], version: str) -> list[ArticleResult]:
    """Save articles (as extract_article made them, their own checks included) with
    their conflicts with the store and with each other, and flag the stored figures
    they state otherwise; all in one transaction. Returns the results as saved.
    What it reads of the store is one query (Store.batch_neighbours); each figure's
    count key is worked out once, and each statement compared only with those of
    its count."""
    results = list({r.article.id: r for r in results}.values())  # the last of a repeated article
    ids = [r.article.id for r in results]
    again = store.stored_among(ids)
    mine = [(r.article.id, f) for r in results for f in r.figures if comparable(f)]
    key_of = {id(f): count_key(f) for _, f in mine}
    by_key: dict[tuple, list[tuple[str, Figure]]] = {}
    for aid, f in mine:
        by_key.setdefault(key_of[id(f)], []).append((aid, f))
    stored, candidates = store.batch_neighbours(
        [(*(getattr(f, c) for c in STATEMENT_COLUMNS), *bounds(f)) for _, f in mine],
        sorted(OWN_PERIOD), CONFLICT_TOLERANCE, exclude=ids)
    seen = _Seen(stored)
    # The stored figures a statement of the batch may flag: the unflagged that one of
    # its statements contradicts.
    waiting: dict[tuple, list[tuple[str, Figure]]] = {}
    for aid, g in candidates:
        if comparable(g) and any(not agree(f, g) for _, f in by_key.get(count_key(g), ())):
            waiting.setdefault(count_key(g), []).append((aid, g))
    in_batch = {r.article.id: r for r in results}
    describe = _describer(store, [r.article for r in results],
                          [aid for aid, _ in stored] + [aid for pairs in waiting.values() for aid, _ in pairs])
    added: dict[str, list] = {}
    for result in results:
        aid = result.article.id
        keyed = [(key_of[id(f)], f) for f in result.figures if id(f) in key_of]
        # its own checks are extract_article's; conflicts depend on the store, so are made here
        own = [c for c in result.checks if c.kind != "conflict"]
        found = [(f, disagreeing(f, others, aid)) for key, f in keyed if (others := seen.of(key))]
        result.checks = own + [conflict_check(f, against, describe) for f, against in found if against]
        # what came before and this article states otherwise is flagged, naming it
        for key in dict.fromkeys(key for key, _ in keyed):
            stated = [(aid, f) for k, f in keyed if k == key]
            for other_id, check in _flag_waiting(waiting, key, stated, describe):
                if other_id in in_batch:
                    in_batch[other_id].checks.append(check)
                else:
                    added.setdefault(other_id, []).append(check)
        flagged = _flagged_spans(result)
        for key, f in keyed:
            if tuple(f.span) not in flagged:
                waiting.setdefault(key, []).append((aid, f))
        for key, f in keyed:
            seen.add(key, aid, f)
    for result in results:
        _assign_missing_ids(result)
    refreshed = _refresh_withdrawn(store, [r for r in results if r.article.id in again], ids, mine, describe)
    for article_id in refreshed:
        added.pop(article_id, None)
    store.save_many(results, version, refreshed, added_checks=added, stored=again)
    return results


def _flag_waiting(waiting: dict[tuple, list[tuple[str, Figure]]], key: tuple,
                  stated: list[tuple[str, Figure]], describe: Callable[[str], str]) -> list[tuple[str, Check]]:
    """The conflict checks ``stated`` (an article's statements of count ``key``) raises
    on the figures waiting to be flagged, as (article id, check); those it flags stop waiting."""
    keep, raised = [], []
    for other_id, g in waiting.get(key, []):
        against = disagreeing(g, stated, other_id)
        if against:
            raised.append((other_id, conflict_check(g, against, describe)))
        else:
            keep.append((other_id, g))
    waiting[key] = keep
    return raised


def _assign_missing_ids(result: ArticleResult) -> None:
    """Ids for the checks added here (conflicts); all of them only if an item lacks
    one. extract_article has given the rest theirs, and giving them again cost a
    fifth of storing (pydantic validates each assignment)."""
    if any(not item.id for item in (*result.figures, *result.outcomes, *result.dates, *result.claims)):
        result.assign_ids()
        return
    for check in result.checks:
        if not check.id:
            first = check.spans[0] if check.spans else (0, 0)
            check.id = item_id(result.article.id, "check", first, f"{check.kind}|{check.message}")


def _refresh_withdrawn(store: Store, again: list[ArticleResult], ids: list[str],
                       mine: list[tuple[str, Figure]], describe: Callable[[str], str]) -> dict[str, list]:
    """An article saved ``again`` may no longer state a value other articles' conflict
    checks name it for: those articles' conflicts are computed again, against the
    store and the batch (``ids``, and ``mine``, its comparable figures). Returns their
    checks, for Store.save_many to put in place."""
    stale: set[str] = set()
    for result in again:
        before = {(count_key(f), f.value, f.qualifier)
                  for _, f in store.figures(article_id=result.article.id) if comparable(f)}
        now = {(count_key(f), f.value, f.qualifier) for f in result.figures if comparable(f)}
        if before - now:
            stale.update(store.conflicts_naming(result.article.id, exclude=ids))
    refreshed = {}
    for article_id in sorted(stale):
        old = store.load(article_id)
        keys = [_lookup_key(f) for f in old.figures if comparable(f)]
        others = store.figure_groups(keys, OWN_PERIOD, exclude=[*ids, article_id]) + mine
        refreshed[article_id] = ([c for c in old.checks if c.kind != "conflict"]
                                 + conflicts(old, others, describe))
    return refreshed


def save_with_checks(store: Store, result: ArticleResult, version: str) -> ArticleResult:
    """save_batch for one article."""
    return save_batch(store, [result], version)[0]


def recheck_all(store: Store, version: str) -> int:
    """Compute every stored article's checks again, conflicts included (each naming
    the lowest article ids among all the values said against it, as if every other
    article had been stored first). Returns how many articles were checked. Reads one
    article and the values stated for its counts at a time, so memory does not grow
    with the store."""
    describe = _describer(store)
    ids = store.article_ids()
    for article_id in ids:
        stored = store.load(article_id)
        keys = [_lookup_key(f) for f in stored.figures if comparable(f)]
        others = store.figure_groups(keys, OWN_PERIOD, exclude=[article_id])
        stored.checks = article_checks(stored) + conflicts(stored, others, describe)
        store.replace_checks(article_id, stored.checks, version)
    return len(ids)


def conflict_checks(store: Store, *, ordered: bool = False) -> dict[str, list[Check]]:
    """article id -> the conflict checks of its figures, from the store's one conflict
    query (Store.conflict_pairs; ``ordered``: a merge's, see store/conflict_pass.py),
    each built by checks.conflict_check as the per-article path builds it."""
    rows = store.conflict_pairs(sorted(OWN_PERIOD), CONFLICT_TOLERANCE, CONFLICT_NAMED, ordered)
    figures = store.figures_by_id(sorted({r[0] for r in rows} | {r[4] for r in rows}))
    describe = _describer(store, stored=sorted({r[5] for r in rows}))
    against: dict[tuple[str, str], list[tuple[str, Figure]]] = {}
    for fid, fa, _, _, gid, ga, _ in rows:  # ordered by figure, then place in the message
        against.setdefault((fa, fid), []).append((ga, figures[gid][1]))
    checks: dict[str, list[Check]] = {}
    for (article_id, fid), named in against.items():
        check = conflict_check(figures[fid][1], named, describe)
        check.id = item_id(article_id, "check", tuple(check.spans[0]), f"{check.kind}|{check.message}")
        checks.setdefault(article_id, []).append(check)
    return checks


def recheck_conflicts(store: Store, version: str) -> int:
    """Compute every stored article's conflicts again in one query, each naming the
    lowest article ids among all the values said against it (what recheck_all gives
    them, at a small fraction of its cost); the articles' own checks, which depend
    on nothing else, stay as extract stored them. Returns how many articles were checked."""
    checks = conflict_checks(store)
    store.replace_conflicts(checks, version)
    return store.counts()["articles"]


def flag_merged(store: Store, version: str) -> int:
    """After a merge (the temporary table merged_positions names its articles and
    their input positions): add the conflicts extract would have stored reading them
    in that order after the store's articles. Returns the checks added."""
    checks = conflict_checks(store, ordered=True)
    store.save_many([], version, added_checks=checks)
    return sum(len(c) for c in checks.values())
