"""Keeping stored checks true as the store grows: when an article is saved, its
checks and those of every stored article it conflicts with are computed again.

This is the one place that joins checks (pure) and the store (I/O).
"""

from __future__ import annotations

from functools import lru_cache

from .checks import article_checks, conflict_pairs, conflicts
from .records import Article, ArticleResult
from .store import Store


def _name(article: Article) -> str:
    return f"“{article.title}” ({article.source})" if article.title else article.source


def save_with_checks(store: Store, result: ArticleResult, version: str) -> ArticleResult:
    """Save an article with its own checks and its conflicts with the store, then
    refresh the checks of the stored articles it conflicts with. Returns the result as saved."""

    @lru_cache(maxsize=None)
    def describe(article_id: str) -> str:
        return _name(result.article) if article_id == result.article.id else _name(store.load(article_id).article)

    others = store.figures()
    touched = {article_id for _, article_id, _ in conflict_pairs(result, others)}
    result.checks = article_checks(result) + conflicts(result, others, describe)
    result.assign_ids()
    store.save(result, version)
    everything = store.figures()
    for article_id in sorted(touched):
        stored = store.load(article_id)
        stored.checks = article_checks(stored) + conflicts(stored, everything, describe)
        stored.assign_ids()
        store.replace_checks(article_id, stored.checks, version)
    return result


def recheck_all(store: Store, version: str) -> int:
    """Compute every stored article's checks again, conflicts included. Returns how
    many articles were checked."""
    everything = store.figures()
    ids = store.article_ids()
    names = {}

    def describe(article_id: str) -> str:
        if article_id not in names:
            names[article_id] = _name(store.load(article_id).article)
        return names[article_id]

    for article_id in ids:
        stored = store.load(article_id)
        stored.checks = article_checks(stored) + conflicts(stored, everything, describe)
        stored.assign_ids()
        store.replace_checks(article_id, stored.checks, version)
    return len(ids)
