"""Checks on one article's records: what a fact-checker should look at twice.

Pure: records in, Check records out, no I/O. Cross-article conflicts, which need
the store, are computed by the caller with ``conflicts``.
"""

from __future__ import annotations

from .records import ArticleResult, Check


def unresolved_dates(result: ArticleResult) -> list[Check]:
    if result.article.published is not None:
        return []
    checks = []
    for mention in result.dates:
        if mention.relative and mention.date_from is None and mention.date_to is None:
            checks.append(Check(
                kind="unresolved_date",
                message=(f"“{mention.text}” is relative to the publication date, and the article "
                         "gives none: the period it names cannot be resolved."),
                spans=[mention.span],
                rule="unresolved_date",
            ))
    return checks


def article_checks(result: ArticleResult) -> list[Check]:
    return unresolved_dates(result)
