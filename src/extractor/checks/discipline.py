"""A count of officers disciplined against the sanctions the article gives them.
``contradiction``, rule ``sanctions_beyond_disciplined``.

    'Of the 12 officers, disciplinary action was taken against only three; three were
    sacked.' ... 'In one of the cases, a misconduct panel gave the officer a final
    written warning.'     three sacked and one warned: at least four disciplined, not three

A dismissal and a warning are both disciplinary action, so the officers the article says
were dismissed, plus those of the same group it shows given a lesser sanction, cannot
outnumber the count it says were disciplined. The lesser sanction counts only where the
article places it in the group ('in one of the cases', 'one of these officers'), and the
dismissals only where they are stated beside the count. The message names the reading
that would reconcile them: the writer may not count a warning as discipline, or the case
may be outside the group.

Pure: records and the article's text in, Check records out.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from .headline import headline_span
from .keys import sentence_of, sentence_spans
from .settings import check_rules, words_pattern
from .shares import fmt_num
from ..records import ArticleResult, Check, Figure, Outcome


@lru_cache(maxsize=1)
def _pattern(field: str) -> re.Pattern:
    return re.compile(words_pattern(getattr(check_rules(), field)), re.I)


def _disciplined(result: ArticleResult, sents) -> list[tuple[Figure, tuple[int, int]]]:
    """The counts of officers the article says were disciplined, with their sentence."""
    text = result.article.text
    out = []
    for f in result.figures:
        if f.unit != "count" or f.value is None or f.counted not in (None, "officer") or f.outcome:
            continue
        sent = sentence_of(sents, f.span)
        clause = text[max(sent[0], f.span[0] - 60):min(sent[1], f.span[1] + 60)]
        if _pattern("discipline_words").search(clause):
            out.append((f, sent))
    return out


def _dismissed_beside(result: ArticleResult, total: Figure, sent) -> Optional[Figure]:
    return next((f for f in result.figures if f is not total and sent[0] <= f.span[0] < sent[1]
                 and f.unit == "count" and f.outcome == "dismissed" and f.value is not None
                 and f.value <= total.value), None)


def _lesser_in_group(result: ArticleResult, sents, after: int) -> list[Outcome]:
    """Single officers of the group given a sanction short of dismissal, placed in the group
    by their sentence or the one before ('In one of the most serious cases, ...')."""
    text, r = result.article.text, check_rules()
    head = headline_span(result)
    found = []
    for o in result.outcomes:
        if o.outcome not in r.lesser_sanctions or o.span[0] < after or (head and head[0] <= o.span[0] < head[1]):
            continue
        idx = next((i for i, (s, e) in enumerate(sents) if s <= o.span[0] < e), None)
        near = [sents[i] for i in (idx, idx - 1) if idx is not None and i >= 0]
        if any(_pattern("group_member_words").search(text, s, e) for s, e in near):
            found.append(o)
    return found


def discipline_mismatches(result: ArticleResult) -> list[Check]:
    sents = sentence_spans(result.article.text)
    checks = []
    for total, sent in _disciplined(result, sents):
        dismissed = _dismissed_beside(result, total, sent)
        if dismissed is None:
            continue
        lesser = _lesser_in_group(result, sents, sent[1])
        at_least = dismissed.value + len(lesser)
        if not lesser or at_least <= total.value:
            continue
        named = "; ".join(f"“{o.text}” ({o.outcome.replace('_', ' ')})" for o in lesser)
        checks.append(Check(
            kind="contradiction", rule="sanctions_beyond_disciplined",
            spans=[total.span, dismissed.span] + [o.span for o in lesser],
            message=(f"The article says “{total.text}” officers were disciplined, but “{dismissed.text}” were "
                     f"dismissed and it gives {'another' if len(lesser) == 1 else fmt_num(len(lesser)) + ' others'} "
                     f"of the same group a lesser sanction: {named}. That is at least {fmt_num(at_least)}. Unless "
                     "the writer does not count that sanction as disciplinary action, or the case is outside the "
                     "group, the count or the sanctions are wrong.")))
    return checks
