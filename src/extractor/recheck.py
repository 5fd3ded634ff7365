"""Keeping stored checks true as the store grows: when articles are saved, their
checks and those of every stored article they conflict with are computed again.

This is the one place that joins checks (pure) and the store (I/O).

A new figure can only conflict with a stored one of the same org, category, what is
counted, unit and period (checks.count_key), so a save reads just those rows
(Store.figures_keyed), never every stored figure: the cost of a save does not grow
with the archive.
"""

from __future__ import annotations

from typing import Callable, Sequence

from .checks import article_checks, comparable, conflict_pairs, conflicts
from .records import Article, ArticleResult, Figure
from .store import Store


def _name(source: str, title: str | None) -> str:
    return f"“{title}” ({source})" if title else source


def _describer(store: Store, fresh: Sequence[Article] = ()) -> Callable[[str], str]:
    """Names articles by id for check messages: those being saved from memory, the
    rest from the store, each read once."""
    names = {a.id: _name(a.source, a.title) for a in fresh}

    def describe(article_id: str) -> str:
        if article_id not in names:
            source, title = store.article_names([article_id])[article_id]
            names[article_id] = _name(source, title)
        return names[article_id]

    return describe


def _lookup_key(f: Figure) -> tuple:
    return (f.org, f.category, f.counted, f.unit, f.period_from, f.period_to)


def _candidates(store: Store, figures: list[tuple[str, Figure]], leaving: set[str]) -> list[tuple[str, Figure]]:
    """The stored figures those given may conflict with, except those of the articles
    in ``leaving`` (being saved again)."""
    keys = [_lookup_key(f) for _, f in figures if comparable(f)]
    return [(aid, f) for aid, f in store.figures_keyed(keys) if aid not in leaving]


def save_batch(store: Store, results: Sequence[ArticleResult], version: str) -> list[ArticleResult]:
    """Save articles, each with its own checks and its conflicts with the store and
    with the others in the batch, and refresh the checks of the stored articles they
    conflict with; all in one transaction. Returns the results as saved."""
    results = list({r.article.id: r for r in results}.values())  # the last of a repeated article
    ids = {r.article.id for r in results}
    mine = [(r.article.id, f) for r in results for f in r.figures]
    stored = _candidates(store, mine, ids)
    describe = _describer(store, [r.article for r in results])
    by_key: dict[tuple, list[tuple[str, Figure]]] = {}
    for aid, f in stored + mine:
        by_key.setdefault(_lookup_key(f), []).append((aid, f))
    touched: set[str] = set()
    for result in results:
        # only the figures that share a lookup key can conflict; their order is kept
        keys = dict.fromkeys(_lookup_key(f) for f in result.figures if comparable(f))
        near = [pair for key in keys for pair in by_key.get(key, ())]
        touched.update(aid for _, aid, _ in conflict_pairs(result, near) if aid not in ids)
        result.checks = article_checks(result) + conflicts(result, near, describe)
        result.assign_ids()
    if store.article_names(sorted(ids)):
        # Some of the batch was stored before: a touched article may hold conflicts with
        # figures those no longer state, so its checks are computed again in full.
        refreshed = {}
        for article_id in sorted(touched):
            old = store.load(article_id)
            others = _candidates(store, [(article_id, f) for f in old.figures], ids | {article_id}) + mine
            old.checks = article_checks(old) + conflicts(old, others, describe)
            refreshed[article_id] = old.checks
        store.save_many(results, version, refreshed)
    else:
        # All new: what a touched article's checks gain is its conflicts with the batch,
        # from the figures of it already read; its other checks stand as they are.
        theirs: dict[str, list[Figure]] = {}
        for aid, f in stored:
            if aid in touched:
                theirs.setdefault(aid, []).append(f)
        added = {}
        for article_id in sorted(touched):
            there = ArticleResult.model_construct(
                article=Article.model_construct(id=article_id), outcomes=[], dates=[], checks=[], claims=[],
                figures=theirs[article_id])
            added[article_id] = conflicts(there, mine, describe)
        store.save_many(results, version, added_checks=added)
    return results


def save_with_checks(store: Store, result: ArticleResult, version: str) -> ArticleResult:
    """save_batch for one article."""
    return save_batch(store, [result], version)[0]


def recheck_all(store: Store, version: str) -> int:
    """Compute every stored article's checks again, conflicts included. Returns how
    many articles were checked."""
    everything = store.figures()
    describe = _describer(store)
    ids = store.article_ids()
    for article_id in ids:
        stored = store.load(article_id)
        stored.checks = article_checks(stored) + conflicts(stored, everything, describe)
        store.replace_checks(article_id, stored.checks, version)
    return len(ids)
