"""Checks on one article's records: what a fact-checker should look at twice.

Pure: records and the article's text in, Check records out, no I/O.

    unresolved_date  a relative date ("this year") in an article with no publication date
    sum_mismatch     figures for consecutive sub-periods that do not add up to the figure
                     stated for their union ("more than 400" vs 100 + 172 + 43 = 315)
    share_mismatch   a word of proportion ("the majority", "a third", "73 per cent") that
                     the counts it rests on do not bear out, or a part larger than its whole
    comparison_mismatch  "more than double X" where X is in the article and the figures do
                     not bear it out (claims.py; unverifiable comparisons stay claims)
    change_mismatch  "a 590% rise", "more than doubled", "rose by 5%" (of a share that went
                     from 10% to 15%) where both figures are in the article and do not bear
                     it out (change.py, which documents its tolerances)
    contradiction    one article giving the same officer incompatible outcomes, or the same
                     count incompatible values (contradictions.py); a headline's sanction
                     the body replaces (headline.py); more officers sanctioned than the
                     count said to be disciplined (discipline.py)
    share_mismatch   also a share beside the count it restates, and a share of a workforce
                     or population against its count (shares.py, base_shares.py, bases.py)
    sum_mismatch     also a breakdown against its total, and yearly parts (a table's rows)
                     against a 'since 2019' total (parts.py, table_rows.py), and a total of
                     cases broken down by kind in the sentences after it (kinds.py)
    span_mismatch    'in the last two years' over three yearly figures (spans.py)
    weekday_mismatch 'Friday (3 March)' in a 2019 story (weekdays.py)

The rules and tolerances of the checks added with issue 17 are data in models/checks.json
(settings.py validates it).

Tolerances (documented so a reader can argue with them):
    exact      the parts must add up to the total exactly
    about      within 5% of the total (at least 1)
    more_than / at_least / fewer_than / at_most: the sum must satisfy the inequality
    shares     a stated percentage must round to the computed one (±0.5 points, ±1 for
               whole numbers the article may have rounded); "a third" and other fractions
               within 12% of their value; "nearly"/"almost" a share: at most 5 points under it;
               "more than"/"less than" a share: strictly above / below it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import timedelta
from functools import lru_cache
from typing import Callable, Optional

from .base_shares import base_mismatches
from .contradictions import contradictions
from .headline import headline_mismatches
from .discipline import discipline_mismatches
from .kinds import kind_mismatches
from .parts import breakdown_mismatches, since_mismatches
from .shares import restated_counts, stated_shares
from .spans import span_mismatches
from .weekdays import weekday_mismatches
from .keys import (OWN_PERIOD, agree, comparable, count_key,  # noqa: F401 (recheck.py reads them here)
                   folded, sentence_of, sentence_spans, stated_part)
from ..rulefiles import lexicon
from ..records import ArticleResult, Check, Figure

SUM_TOLERANCE = 0.05


def unresolved_dates(result: ArticleResult) -> list[Check]:
    if result.article.published is not None:
        return []
    checks = []
    sents = sentence_spans(result.article.text)
    for mention in result.dates:
        if mention.relative and mention.date_from is None and mention.date_to is None:
            # the figures of its sentence whose period it would have given
            s, e = sentence_of(sents, mention.span)
            figs = [f for f in result.figures if s <= f.span[0] < e and f.period_from is None and f.period_to is None]
            also = (f"; so is the period of {', '.join('“' + f.text + '”' for f in figs)}" if figs else "")
            checks.append(Check(
                kind="unresolved_date",
                message=(f"“{mention.text}” is relative to the publication date, and the article "
                         f"gives none: the period it names cannot be resolved{also}."),
                spans=[mention.span] + [f.span for f in figs],
                rule="unresolved_date",
            ))
    return checks


# ------------------------------------------------------------------- sums

def _num(v: float) -> str:
    return f"{int(v):,}" if float(v).is_integer() else f"{v:,g}"


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


# ----------------------------------------------------------------- shares

# Words of proportion and the range of shares (in per cent) they can truthfully describe.
_FRACTIONS = {"half": 50.0, "a half": 50.0, "one half": 50.0, "a third": 100 / 3, "one third": 100 / 3,
              "two thirds": 200 / 3, "two-thirds": 200 / 3, "a quarter": 25.0, "one quarter": 25.0,
              "three quarters": 75.0, "three-quarters": 75.0, "a fifth": 20.0, "one fifth": 20.0,
              "a tenth": 10.0, "one in five": 20.0, "one in four": 25.0, "one in three": 100 / 3,
              "one in ten": 10.0, "nine in ten": 90.0}
_SHARE_QUALIFIERS = r"more than|over|just over|well over|nearly|almost|about|around|roughly|approximately" \
                    r"|less than|fewer than|under|just under|well under|some"
_MAJORITY = re.compile(r"\b(?:the (?:vast |great |overwhelming )?majority of|most of)\b", re.I)
_MINORITY = re.compile(r"\b(?:a|the) (?:small |tiny )?minority of\b", re.I)
_FRACTION = re.compile(rf"\b(?:(?P<q>{_SHARE_QUALIFIERS}) )?(?P<f>{'|'.join(sorted(_FRACTIONS, key=len, reverse=True))})\b",
                       re.I)
FRACTION_SLACK = 0.12  # of the fraction: "a third" describes 29.3%-37.3%, "half" 44%-56%
FOLLOWING_SENTENCES = 3
NEARLY_SLACK = 5.0     # "nearly half" describes 45%-50%


# Every match of the three patterns above holds one of these words, in any case.
_PROPORTION_WORDS = ("majority", "most of", "minority", *_FRACTIONS)


def _proportion_sentences(text: str, sents) -> list[int]:
    """The sentences (by number) holding a word of proportion: found in the folded text
    with str.find, so the three slow patterns run only on the few that may match."""
    folded_text, starts = folded(text), []
    for word in _PROPORTION_WORDS:
        i = folded_text.find(word)
        while i >= 0:
            starts.append(i)
            i = folded_text.find(word, i + 1)
    starts.sort()
    out = []
    for idx, (s, e) in enumerate(sents):
        k = bisect_left(starts, s)
        if k < len(starts) and starts[k] < e:
            out.append(idx)
    return out


def _proportions(text: str, start: int, end: int):
    """(match, low, high) for every word of proportion between start and end."""
    for m in _MAJORITY.finditer(text, start, end):
        yield m, 50.0001, 100.0
    for m in _MINORITY.finditer(text, start, end):
        yield m, 0.0, 49.9999
    for m in _FRACTION.finditer(text, start, end):
        v, q = _FRACTIONS[m.group("f").lower()], (m.group("q") or "").lower()
        if q in ("more than", "over", "just over", "well over"):
            yield m, v + 0.0001, 100.0
        elif q in ("nearly", "almost", "just under"):
            yield m, v - NEARLY_SLACK, v
        elif q in ("less than", "fewer than", "under", "well under"):
            yield m, 0.0, v - 0.0001
        else:
            yield m, v * (1 - FRACTION_SLACK), v * (1 + FRACTION_SLACK)


@lru_cache(maxsize=1)
def _outcome_phrases() -> list[tuple[re.Pattern, str, Optional[str]]]:
    """(pattern, outcome, the phrase as folded text holds it, None when folding changes it)."""
    return [(re.compile(rf"\b{re.escape(o['phrase'])}\b", re.I), o["outcome"],
             o["phrase"] if folded(o["phrase"]) == o["phrase"] else None)
            for o in lexicon()["figure_outcomes"]]


def _outcomes_named(sentence: str, folded_sentence: str) -> set[str]:
    """The outcomes a sentence names: a phrase's pattern runs only where str.find sees the
    phrase in the folded sentence (keys.folded), as ~280 patterns a sentence cost ~0.2 ms."""
    return {outcome for pattern, outcome, plain in _outcome_phrases()
            if (plain is None or plain in folded_sentence) and pattern.search(sentence)}


_UNREAD = object()  # a sentence's part, before its first proportion reads it


def share_mismatches(result: ArticleResult) -> list[Check]:
    text = result.article.text
    sents = sentence_spans(text)
    figs = sorted(result.figures, key=lambda f: f.span[0])
    checks = []
    for f in figs:
        if f.out_of is not None and f.value is not None and f.unit == "count" and f.value > f.out_of:
            checks.append(Check(kind="share_mismatch", spans=[f.span], rule="part_larger_than_whole",
                                message=f"“{f.text}” is given as a part of {_num(f.out_of)}, "
                                        "but is larger than it."))
    for idx in _proportion_sentences(text, sents):
        s, e = sents[idx]
        part = _UNREAD
        for m, low, high in _proportions(text, s, e):
            # The counts a proportion rests on: in its sentence, else the nearest of the
            # next few (a lead's claim is often backed up a paragraph later).
            # Where the claim names an outcome ("the majority ... were sacked"), the count
            # must be of that outcome. (The same for every proportion of the sentence.)
            if part is _UNREAD:
                wanted = _outcomes_named(text[s:e], folded(text)[s:e])
                window_end = sents[min(idx + FOLLOWING_SENTENCES, len(sents) - 1)][1]
                parts = [f for f in figs if f.out_of and f.value is not None and f.unit == "count"
                         and s <= f.span[0] < window_end]
                part = next((f for f in parts if f.outcome in wanted), parts[0] if parts else None)
            if part is None:
                continue
            share = 100 * part.value / part.out_of
            if low <= share <= high:
                continue
            checks.append(Check(
                kind="share_mismatch",
                spans=[(m.start(), m.end()), part.span],
                rule="proportion_words",
                message=(f"“{m.group(0)}” does not fit the counts it rests on: {_num(part.value)} out of "
                         f"{_num(part.out_of)} is {share:.0f}%."),
            ))
    checks += _percent_against_counts(result, figs)
    return checks


def _percent_against_counts(result: ArticleResult, figs: list[Figure]) -> list[Check]:
    """'73 per cent (38)' of a stated base, or 'N per cent' beside 'X out of Y'."""
    text = result.article.text
    checks = []
    for i, pct in enumerate(figs):
        if pct.unit != "percent" or pct.value is None or pct.qualifier == "vague":
            continue
        count = next((f for f in figs[i + 1:i + 2] if f.unit == "count" and f.value is not None
                      and text[pct.span[1]:f.span[0]].strip() in ("(", "– (", "- (")), None)
        if count is None:
            continue
        base = count.out_of or pct.out_of
        if not base:
            continue
        share = 100 * count.value / base
        slack = 1.0 if float(pct.value).is_integer() else 0.5
        if pct.qualifier in ("about",):
            slack = 3.0
        if abs(share - pct.value) <= slack:
            continue
        checks.append(Check(
            kind="share_mismatch", spans=[pct.span, count.span], rule="percent_of_count",
            message=(f"“{pct.text}” does not fit {_num(count.value)} out of {_num(base)}, "
                     f"which is {share:.1f}%."),
        ))
    return checks


# the check a failing claim raises, by the claim's kind
_CLAIM_CHECKS = {"comparison": "comparison_mismatch", "change": "change_mismatch"}


def claim_mismatches(result: ArticleResult) -> list[Check]:
    """A comparison (claims.py) or stated change (change.py) whose two figures are both
    in the article and do not bear it out."""
    return [Check(kind=_CLAIM_CHECKS[c.kind], message=c.message, spans=[c.span], rule=c.rule or c.kind)
            for c in result.claims if c.status == "fails"]


def article_checks(result: ArticleResult) -> list[Check]:
    sums, shares, contradicting = sum_mismatches(result), share_mismatches(result), contradictions(result)
    stated = stated_shares(result)
    restating, restated = restated_counts(result, stated)
    # the checks added since (shares.py, base_shares.py, parts.py, spans.py, weekdays.py,
    # headline.py) come after the first ones, and never flag again what those flagged
    return (unresolved_dates(result) + sums + shares + claim_mismatches(result) + contradicting
            + _new(shares, restating + base_mismatches(result, restated, stated))
            + _new(sums, breakdown_mismatches(result) + since_mismatches(result) + kind_mismatches(result))
            + span_mismatches(result) + weekday_mismatches(result) + headline_mismatches(result, contradicting)
            + _new(contradicting, discipline_mismatches(result)))


def _new(old: list[Check], new: list[Check]) -> list[Check]:
    """The checks of ``new`` whose words no check of ``old`` has already flagged."""
    flagged = {tuple(c.spans[0]) for c in old if c.spans}
    return [c for c in new if tuple(c.spans[0]) not in flagged]


# --------------------------------------------------------------- conflicts

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
