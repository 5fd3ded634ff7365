"""Parts against the total the text states for them. ``sum_mismatch``.

    parts_of_total    a breakdown listed in one sentence ('70 police officers and 27
                      members of staff') against a total of the same people elsewhere
                      ('Nearly 90 officers and staff'): 97 is not nearly 90
    parts_since       yearly figures (a table's rows, a series) from the start of a total's
                      period ('40 officers dismissed since 2012') that add up to more
                      than it where the last part ends before the total's period does,
                      or to anything else than it where the last part is the year
                      still running ('2024 so far')

Which total a breakdown belongs to is told by its nouns: the parts name two or more
different people or things ('officers', 'staff'), and the total names them all within a
few words after its number. Only parts that add up to more than the total's words allow
are flagged where the parts may be a partial list (parts_of_total) or may leave a stretch
of the period uncounted (parts_since); a sum short of such a total is not an error of the
article, and a part larger than the total on its own says the two count different things. Words saying the parts overlap ('some inquiries covered more than one
allegation') are named in the message as the reading that reconciles them.

Pure: records and the article's text in, Check records out.
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Optional

from .bases import written_bounds
from .keys import bounds, sentence_spans, stated_part
from .settings import check_rules, words_pattern
from .shares import fmt_num, qualifier_reading
from .table_rows import columns_for, year_columns
from ..records import ArticleResult, Check, Figure

# the words that end a count's noun phrase ('70 police officers and 27 ...', '27 staff were ...')
_STOP = re.compile(r"\b(?:and|or|were|was|have|had|has|are|is|who|which|that|in|at|from|with|for)\b|[,;:.()\d–—]|\s-\s", re.I)


def _head(text: str, f: Figure) -> Optional[str]:
    """The noun a count names ('70 police officers' -> 'officers', '27 members of staff' -> 'staff')."""
    after = text[f.span[1]:f.span[1] + 60]
    stop = _STOP.search(after)
    words = re.findall(r"[a-z][\w-]*", after[:stop.start() if stop else len(after)].lower())
    # a noun: a plural, or a word for people that takes no -s ('staff'); not 'independent'
    if not words or not (words[-1] in check_rules().base_nouns or re.fullmatch(r"[a-z-]{3,}s", words[-1])):
        return None
    return words[-1]


def _bound(f: Figure) -> tuple[float, float]:
    """The values a total allows: the wider of its qualifier's reading (keys.bounds, 'about' within
    5%) and the writer's rounding of its words (bases.written_bounds, 'nearly 90' is 85.5-90)."""
    if f.qualifier == "exact":
        return f.value, f.value
    lo, hi = written_bounds(f.value, qualifier_reading("", 0, f.text))
    q_lo, q_hi = bounds(f)
    return min(lo, q_lo), max(hi, q_hi)


def _breakdowns(result: ArticleResult, sents) -> list[list[Figure]]:
    """Counts listed together in one sentence ('70 officers and 27 staff'), each naming another noun."""
    text = result.article.text
    out = []
    for s, e in sents:
        figs = [f for f in sorted(result.figures, key=lambda f: f.span[0]) if s <= f.span[0] < e
                and f.unit == "count" and f.value is not None and f.qualifier == "exact" and f.out_of is None]
        run: list[Figure] = []
        for f in figs:
            between = text[run[-1].span[1]:f.span[0]] if run else ""
            if run and not (re.search(r"\band\b|,", between) and not re.search(r"\d|[.;:]", between)):
                run = []
            run.append(f)
        heads = [_head(text, f) for f in run]
        if len(run) >= 2 and None not in heads and len(set(heads)) == len(heads):
            out.append(run)
    return out


def _total_for(result: ArticleResult, parts: list[Figure], heads: list[str]) -> Optional[Figure]:
    text = result.article.text
    window = check_rules().breakdown_window_words
    for f in result.figures:
        if f in parts or f.unit != "count" or f.value is None or f.qualifier == "vague" or f.out_of is not None:
            continue
        if any(p.org != f.org or (p.category and f.category and p.category != f.category) for p in parts):
            continue
        if _bound(f)[1] < max(p.value for p in parts):
            continue  # smaller than one of the parts: not their total
        after = " ".join(re.findall(r"[\w'-]+", text[f.span[1]:f.span[1] + 200])[:window]).lower()
        ends = [re.search(rf"\b{re.escape(h)}\b", after) for h in heads]
        # 'officers and staff' names them all, with no other number among them ('31 independent, 8 ...')
        if all(ends) and not re.search(r"\d", after[:max(m.end() for m in ends)]):
            return f
    return None


def _overlap(text: str, parts: list[Figure], total: Figure) -> str:
    s, e = min(total.span[0], parts[0].span[0]), max(total.span[1], parts[-1].span[1])
    m = re.search(words_pattern(check_rules().overlap), text[max(0, s - 300):e + 300], re.I)
    return (f" The article says “{m.group(0)}”: if the parts overlap, that reconciles them; say so beside the "
            "figures.") if m else " Unless some are counted in more than one part, the parts or the total is wrong."


def breakdown_mismatches(result: ArticleResult) -> list[Check]:
    text = result.article.text
    checks = []
    for parts in _breakdowns(result, sentence_spans(text)):
        heads = [_head(text, f) for f in parts]
        total = _total_for(result, parts, heads)
        if total is None:
            continue
        said = " + ".join(f"“{p.text}” {h}" for p, h in zip(parts, heads))
        check = over_total(text, total, parts, "parts_of_total", said, f"“{total.text}” ({' and '.join(heads)})")
        if check:
            checks.append(check)
    return checks


def over_total(text: str, total: Figure, parts: list[Figure], rule: str, said_parts: str,
               said_total: str) -> Optional[Check]:
    """A sum_mismatch where ``parts`` add up to more than ``total``'s words allow (a sum
    short of it may be a partial list), naming words that say the parts overlap."""
    hi = _bound(total)[1]
    got = sum(p.value for p in parts)
    if got <= hi:
        return None
    return Check(kind="sum_mismatch", rule=rule, spans=[total.span] + [p.span for p in parts],
                 message=(f"{said_parts} = {fmt_num(got)}, more than the {said_total} the article states in all "
                          f"(at most {fmt_num(hi)})." + _overlap(text, parts, total)))


def _tiles_from(parts: list[Figure], start, end) -> tuple[Optional[list[Figure]], bool]:
    """Parts one after another from ``start``, one per sub-period, up to ``end``: (the chain,
    whether its last part reaches ``end`` — a row for the year still running, '2024 (to date)')."""
    by_start: dict = {}
    for p in parts:
        by_start.setdefault(p.period_from, []).append(p)
    chain, day = [], start
    while day in by_start and day <= end:
        options = by_start[day]
        if len({p.value for p in options}) > 1:
            return None, False
        chain.append(options[0])
        day = options[0].period_to + timedelta(days=1)
    if len(chain) < 2:
        return None, False
    return chain, chain[-1].period_to >= end


def _since_check(total: Figure, chain: list[Figure], whole: bool) -> Optional[Check]:
    lo, hi = _bound(total)
    got = sum(p.value for p in chain)
    if max(p.value for p in chain) > hi:
        return None  # one part alone is larger than the total: they count other things
    if got <= hi and (got >= lo or not whole):
        return None  # adds up; or falls short where the rest of the period may make it up
    end = total.period_to if whole else chain[-1].period_to
    said = "more than" if got > hi else "less than"
    alone = "" if whole else " alone"
    return Check(
        kind="sum_mismatch", rule="parts_since", spans=[total.span] + [p.span for p in chain],
        message=(f"{' + '.join(fmt_num(p.value) for p in chain)} = {fmt_num(got)} for {total.period_from} to {end}"
                 f"{alone}, {said} the “{total.text}” the article states for {total.period_from} to "
                 f"{total.period_to}. Unless the parts count something the total does not, one of them or the "
                 "total is wrong."))


def in_table(text: str, f: Figure) -> bool:
    line_start = text.rfind("\n", 0, f.span[0]) + 1
    line_end = text.find("\n", f.span[1])
    return "|" in text[line_start:line_end if line_end >= 0 else len(text)]


def _groups(result: ArticleResult, pool: list[Figure], total: Figure, columns: list) -> list[list[Figure]]:
    """What may be the parts of ``total``: the article's figures of the same count among
    ``pool`` (those of its org and category over a period within its own), and each
    column of a table by year whose heading names what the total's sentence counts."""
    def same(f: Figure) -> bool:
        # a list's later parts leave their outcome to the first ('9 officers dismissed in 2019, 11 in 2020')
        return (f is not total and f.org == total.org and f.category == total.category
                and f.counted in (total.counted, None) and f.outcome in (total.outcome, None)
                and total.period_from <= f.period_from <= total.period_to
                and (f.period_from, f.period_to) != (total.period_from, total.period_to))
    text_figs = [f for f in pool if f.counted == total.counted and same(f)]
    return [text_figs] + [[f for f in column if f.period_from and same(f)] for column in columns_for(result, total, columns)]


def _within(by_period: dict, total: Figure, order: dict) -> list[Figure]:
    """The figures of ``by_period`` (period -> figures, of the total's org and category)
    over another period that starts within the total's, in the article's order. Asked by
    period, not figure by figure: thousands of figures of one period cost nothing."""
    found = [f for (start, end), group in by_period.items()
             if total.period_from <= start <= total.period_to and (start, end) != (total.period_from, total.period_to)
             for f in group]
    return sorted(found, key=lambda f: order[id(f)])


def since_mismatches(result: ArticleResult) -> list[Check]:
    text = result.article.text
    figs = [f for f in result.figures if f.unit == "count" and f.value is not None and f.qualifier != "vague"
            and f.period_from and f.period_to and f.out_of is None]
    remainder = timedelta(days=check_rules().since_remainder_days)
    checks, seen = [], set()
    columns = year_columns(result) if "|" in text else []
    order = {id(f): i for i, f in enumerate(figs)}
    by_count: dict[tuple, dict[tuple, list[Figure]]] = {}
    for f in figs:
        by_count.setdefault((f.org, f.category), {}).setdefault((f.period_from, f.period_to), []).append(f)
    for total in figs:
        if in_table(text, total) or stated_part(text, total):
            continue
        pool = _within(by_count[(total.org, total.category)], total, order)
        for group in _groups(result, pool, total, columns):
            chain, whole = _tiles_from(group, total.period_from, total.period_to)
            if not chain or total.period_to - chain[-1].period_to > remainder:
                continue
            key = (total.value, total.period_from, total.period_to, tuple(p.value for p in chain))
            if key in seen:
                continue  # the headline's total and the body's
            seen.add(key)
            check = _since_check(total, chain, whole)
            if check:
                checks.append(check)
    return checks
