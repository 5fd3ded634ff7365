"""sum_mismatch: figures for consecutive sub-periods that do not add up to the figure
stated for their union ("more than 400" vs 100 + 172 + 43 = 315). Its tolerances are
listed in ``extractor.checks.article``.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Optional

from .keys import stated_part
from .shares import fmt_num as _num
from ..records import ArticleResult, Check, Figure

SUM_TOLERANCE = 0.05


def _satisfies(total: Figure, parts_sum: float) -> bool:
    t = total.value
    return {
        "exact": parts_sum == t,
        "about": abs(parts_sum - t) <= max(1.0, SUM_TOLERANCE * t),
        "more_than": parts_sum > t,
        "at_least": parts_sum >= t,
        "fewer_than": parts_sum < t,
        "at_most": parts_sum <= t,
    }.get(total.qualifier, True)


_QUALIFIER_WORDS = {"exact": "", "about": "about ", "more_than": "more than ", "at_least": "at least ",
                    "fewer_than": "fewer than ", "at_most": "at most "}


def _chain(parts: list[Figure], start, end) -> Optional[list[Figure]]:
    """Parts that tile [start, end] day after day, one per sub-period, or None."""
    by_start: dict = {}
    for p in parts:
        by_start.setdefault(p.period_from, []).append(p)
    chain, day = [], start
    while day <= end:
        options = [p for p in by_start.get(day, []) if p.period_to <= end]
        if not options:
            return None
        values = {p.value for p in options}
        if len(values) > 1:
            return None  # two different figures for one sub-period: not a series
        nxt = options[0]
        chain.append(nxt)
        if nxt.period_to == end:
            return chain
        day = nxt.period_to + timedelta(days=1)
    return None


def sum_mismatches(result: ArticleResult) -> list[Check]:
    figs = [f for f in result.figures if f.unit == "count" and f.value is not None
            and f.period_from and f.period_to]
    checks = []
    seen = set()
    # The figures of each kind by period, in text order: a total's parts are looked up
    # among the periods inside its own, not among every figure (3,000 figures: 6 s).
    periods: dict[tuple, dict[tuple, list[int]]] = {}
    for n, f in enumerate(figs):
        periods.setdefault((f.org, f.category, f.counted, f.outcome), {}).setdefault(
            (f.period_from, f.period_to), []).append(n)
    text = result.article.text
    for total in figs:
        if stated_part(text, total):
            continue  # 'Twenty-two of the allegations': a part of the period's count, not its total
        own = (total.period_from, total.period_to)
        group = [figs[n] for n in sorted(
            n for (start, end), found in periods[(total.org, total.category, total.counted, total.outcome)].items()
            if (start, end) != own and total.period_from <= start and end <= total.period_to for n in found)]
        chain = _chain(group, total.period_from, total.period_to)
        if not chain or len(chain) < 2 or _own_total(figs, chain, total):
            continue
        key = (total.value, total.period_from, total.period_to, tuple(p.value for p in chain))
        if key in seen:
            continue
        seen.add(key)
        parts_sum = sum(p.value for p in chain)
        if _satisfies(total, parts_sum):
            continue
        what = total.counted + "s" if total.counted else "items"
        checks.append(Check(
            kind="sum_mismatch",
            message=(f"{' + '.join(_num(p.value) for p in chain)} = {_num(parts_sum)} {what} for "
                     f"{total.period_from} to {total.period_to}, but the article states "
                     f"“{total.text}” ({_QUALIFIER_WORDS.get(total.qualifier, '')}{_num(total.value)}) "
                     "for the same period."),
            spans=[total.span] + [p.span for p in chain],
            rule="sum_of_consecutive_periods",
        ))
    return checks


def _own_total(figs: list[Figure], chain: list[Figure], total: Figure) -> bool:
    """Whether a table states the total of ``chain`` itself (its row's Total cell, of the
    same period as ``total``): the parts are then that cell's, and a figure of the text
    with the same fields ('Of the 48 officers who were dismissed or would have been
    dismissed') may count more than they do."""
    spans = {tuple(p.span) for p in chain}
    return any(f is not total and f.role == "total" and (f.period_from, f.period_to) == (total.period_from, total.period_to)
               and spans <= {tuple(s) for s in f.total_of} for f in figs)
