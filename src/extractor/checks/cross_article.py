"""conflict: a figure another stored article states otherwise (same org, category, what
is counted, outcome and period, and values no reading of their qualifiers reconciles).
Unlike the checks of ``extractor.checks.article`` it reads other articles' figures;
``extractor.checks.recheck`` feeds it from the store.
"""

from __future__ import annotations

from typing import Callable

from .keys import agree, comparable, count_key
from ..records import ArticleResult, Check, Figure

# A conflict check names at most this many of the statements against its figure, each
# a different value, so that its message (and with it its id, which reviews point at)
# does not change as more copies of the same story are stored.
CONFLICT_NAMED = 3


def keep_first(kept: dict[tuple, tuple[str, Figure]], article_id: str, g: Figure) -> None:
    """Keep in ``kept``, by value, the statement of it by the lowest article id (then
    span): a choice that does not depend on the order articles were read in."""
    value = (g.value, g.qualifier)
    if value not in kept or (article_id, g.span) < (kept[value][0], kept[value][1].span):
        kept[value] = (article_id, g)


def disagreeing(f: Figure, others: list[tuple[str, Figure]], article_id: str) -> list[tuple[str, Figure]]:
    """What ``others`` (article id, figure) state against ``f`` of article ``article_id``:
    for each value no reading of the qualifiers reconciles with ``f``, its first
    statement (keep_first), lowest ids first, at most CONFLICT_NAMED."""
    if not comparable(f):
        return []
    key = count_key(f)
    first: dict[tuple, tuple[str, Figure]] = {}
    for other_id, g in others:
        if other_id != article_id and comparable(g) and count_key(g) == key and not agree(f, g):
            keep_first(first, other_id, g)
    return sorted(first.values(), key=lambda pair: (pair[0], pair[1].span))[:CONFLICT_NAMED]


def conflict_check(f: Figure, against: list[tuple[str, Figure]],
                   describe: Callable[[str], str] = str) -> Check:
    """The check that ``f`` is stated otherwise by ``against`` (from disagreeing())."""
    what = f"{f.org} {f.category} {f.counted}s" + (f" ({f.outcome})" if f.outcome else "")
    quotes: dict[str, list[str]] = {}  # one clause per article, its values in the order named
    for article_id, g in against:
        quotes.setdefault(article_id, []).append(f"“{g.text}”")
    said = [f"{describe(article_id)} [{article_id}] says {' and '.join(qs)}" for article_id, qs in quotes.items()]
    listed = said[0] if len(said) == 1 else ", ".join(said[:-1]) + " and " + said[-1]
    return Check(kind="conflict", spans=[f.span], rule="same_count_other_article",
                 message=(f"{what} for {f.period_from} to {f.period_to}: this article says "
                          f"“{f.text}”, but {listed}."))


def conflicts(result: ArticleResult, others: list[tuple[str, Figure]],
              describe: Callable[[str], str] = str) -> list[Check]:
    """One check for each figure of ``result`` that another article states otherwise:
    same org, category, what is counted (and the noun that says so), outcome and
    period, each period fixed by the figure's own words, and values no reading of
    their qualifiers reconciles. ``others`` are (article id, figure) from the store;
    ``describe`` names an article by id."""
    by_key: dict = {}
    for article_id, g in others:
        if article_id != result.article.id and comparable(g):
            by_key.setdefault(count_key(g), []).append((article_id, g))
    checks = []
    for f in result.figures:
        if comparable(f):
            against = disagreeing(f, by_key.get(count_key(f), []), result.article.id)
            if against:
                checks.append(conflict_check(f, against, describe))
    return checks
