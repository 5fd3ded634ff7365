"""Keeping stored checks true as the store grows: when an article is saved, its
checks and those of every stored article it conflicts with are computed again.

This is the one place that joins checks (pure) and the store (I/O).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable

from .checks import article_checks, conflict_pairs, conflicts
from .records import Article, ArticleResult, Figure
from .store import Store


def _name(article: Article) -> str:
    return f"“{article.title}” ({article.source})" if article.title else article.source


def _describer(store: Store, fresh: Article | None = None) -> Callable[[str], str]:
    """Names articles by id for check messages, reading each from the store once."""

    @lru_cache(maxsize=None)
    def describe(article_id: str) -> str:
        if fresh is not None and article_id == fresh.id:
            return _name(fresh)
        return _name(store.load(article_id).article)

    return describe


def _refresh(store: Store, article_id: str, everything: list[tuple[str, Figure]],
             describe: Callable[[str], str], version: str) -> None:
    stored = store.load(article_id)
    stored.checks = article_checks(stored) + conflicts(stored, everything, describe)
    stored.assign_ids()
    store.replace_checks(article_id, stored.checks, version)


def save_with_checks(store: Store, result: ArticleResult, version: str) -> ArticleResult:
    """Save an article with its own checks and its conflicts with the store, then
    refresh the checks of the stored articles it conflicts with. Returns the result as saved."""
    describe = _describer(store, result.article)
    others = store.figures()
    touched = {article_id for _, article_id, _ in conflict_pairs(result, others)}
    result.checks = article_checks(result) + conflicts(result, others, describe)
    result.assign_ids()
    store.save(result, version)
    if touched:
        # the store's figures as they now stand, without reading them all again
        everything = [(aid, f) for aid, f in others if aid != result.article.id]
        everything += [(result.article.id, f) for f in result.figures]
        for article_id in sorted(touched):
            _refresh(store, article_id, everything, describe, version)
    return result


def recheck_all(store: Store, version: str) -> int:
    """Compute every stored article's checks again, conflicts included. Returns how
    many articles were checked."""
    everything = store.figures()
    describe = _describer(store)
    ids = store.article_ids()
    for article_id in ids:
        _refresh(store, article_id, everything, describe, version)
    return len(ids)
