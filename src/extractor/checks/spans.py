"""A stated span that does not fit the periods of the figures it summarises: 'in the last
two years' over figures for 2021, 2022 and 2023. ``span_mismatch``.

The span is words that say how many years they cover (models/checks.json span_pattern:
'in the last two years', 'over the past three years'). The figures it summarises are
those for whole years (calendar or financial, their period fixed by their own words or
their table) of one count: in the span's own sentence; or, when that sentence also states
the total, in it, the sentence before and the next ones (span_following_sentences), as
long as they add up to that total. A check is raised only when they cover more distinct years than the span
says: fewer may be a partial list, and a total beside yearly figures that do not add up
to it is another matter (sum checks).

Pure: records and the article's text in, Check records out.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .bases import written_bounds
from .keys import OWN_PERIOD, sentence_spans
from .settings import check_rules, words_pattern
from .shares import fmt_num, qualifier_reading
from ..normalise.numbers import parse_number
from ..records import ArticleResult, Check, Figure


@lru_cache(maxsize=1)
def _span() -> re.Pattern:
    return re.compile(check_rules().span_pattern, re.I)


def _year_of(f: Figure) -> str | None:
    """'2022' for a calendar year, '2022/23' for a financial year, else None."""
    a, b = f.period_from, f.period_to
    if a is None or b is None or f.period_source not in OWN_PERIOD:
        return None
    if (a.month, a.day, b.month, b.day) == (1, 1, 12, 31) and a.year == b.year:
        return str(a.year)
    if (a.month, a.day, b.month, b.day) == (4, 1, 3, 31) and b.year == a.year + 1:
        return f"{a.year}/{str(b.year)[2:]}"
    return None


def _group(f: Figure) -> tuple:
    return f.org, f.category, f.counted, f.outcome


def _group_like(f: Figure, key: tuple) -> bool:
    """Of the same count, a listed part leaving its outcome to the sentence before ('8 in 2021')."""
    return _group(f)[:3] == key[:3] and f.outcome in (key[3], None)


def _counts(result: ArticleResult, s: int, e: int) -> list[Figure]:
    return [f for f in result.figures if s <= f.span[0] < e and f.unit == "count" and f.value is not None
            and f.qualifier != "vague" and f.out_of is None]


def _summarised(result: ArticleResult, sents, idx: int) -> list[tuple[Figure | None, list[Figure]]]:
    """(the total or None, the yearly figures) of each count the span's sentence states."""
    s, e = sents[idx]
    contrast = re.compile(words_pattern(check_rules().span_contrast), re.I)
    # 'compared with 9 in 2021': a figure the sentence sets against the span is not part of it
    own = [f for f in _counts(result, s, e) if not contrast.search(result.article.text, s, f.span[0])]
    out = []
    for key in dict.fromkeys(_group(f) for f in own):
        yearly = [f for f in own if _group(f) == key and _year_of(f)]
        totals = [f for f in own if _group(f) == key and not _year_of(f)]
        if totals:
            # the years may be listed after the summary, or just before it ('8 in 2021, 9 in 2022 and
            # 10 in 2023. That is 27 in the last two years.')
            near = [idx - 1] if idx else []
            near += range(idx + 1, min(idx + 1 + check_rules().span_following_sentences, len(sents)))
            later = [f for i in near for f in _counts(result, *sents[i]) if _group_like(f, key) and _year_of(f)]
            total = totals[0]
            lo, hi = written_bounds(total.value, qualifier_reading("", 0, total.text))
            if later and lo <= sum(f.value for f in yearly + later) <= hi:
                yearly = yearly + later
            out.append((total, yearly))
        elif yearly:
            out.append((None, yearly))
    return out


def span_mismatches(result: ArticleResult) -> list[Check]:
    text = result.article.text
    sents = sentence_spans(text)
    checks = []
    for m in _span().finditer(text):
        n = parse_number(m.group("n"))
        idx = next((i for i, (s, e) in enumerate(sents) if s <= m.start() < e), None)
        if not n or idx is None:
            continue
        for total, yearly in _summarised(result, sents, idx):
            years = dict.fromkeys(_year_of(f) for f in yearly)
            if len(years) <= n:
                continue
            listed = ", ".join(f"{fmt_num(f.value)} in {_year_of(f)}" for f in yearly)
            of_total = f" (together {fmt_num(sum(f.value for f in yearly))}, the “{total.text}” stated)" if total else ""
            checks.append(Check(
                kind="span_mismatch", rule="span_of_yearly_figures",
                spans=[(m.start(), m.end())] + ([total.span] if total else []) + [f.span for f in yearly],
                message=(f"“{m.group(0)}” is {int(n)} year{'s' if n != 1 else ''}, but the figures it sums are for "
                         f"{len(years)}: {listed}{of_total}. Either the span is wrong or the figures cover a longer "
                         "period than the words say.")))
    return checks


