"""The two numbers a claim of change compares: written in the claim, or the article's
figures around it (see change.py's docstring for the order of trust).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from .change_rules import Match, words
from .change_verdicts import Num
from .contradictions import same_stage
from ..normalise.datecalc import add_months
from ..normalise.numbers import parse_number
from ..records import Figure

NEAR = 160               # characters between a claim and the figure it is about


def direction_of(word: str) -> str:
    return "up" if word.lower() in words()["up_words"] else "down"


def qualifier_of(q: Optional[str]) -> str:
    return words()["qualifiers"].get((q or "").lower(), "exact")


def _num_at(m: re.Match, group: str, figs: list[Figure], dates: tuple = ()) -> Optional[Num]:
    if m.group(group) is None:
        return None
    start, end = m.span(group)
    fig = next((f for f in figs if f.span[0] <= start < f.span[1] or start <= f.span[0] < end), None)
    unit_group = {"a": "ua", "b": "ub"}.get(group)
    q_group = {"a": "qa", "b": "qb"}.get(group)
    percent = bool(unit_group and unit_group in m.re.groupindex and m.group(unit_group))
    qualified = bool(q_group and q_group in m.re.groupindex and m.group(q_group))
    if fig is not None and fig.value is not None:
        return Num(fig.value, percent or fig.unit == "percent", fig.text,
                   qualified or fig.qualifier != "exact", fig)
    if _YEAR.fullmatch(m.group(group)) or any(ds <= start < de for ds, de in dates):
        return None  # '2012' is a year, '1 April 2022' a date, not a count
    value = parse_number(m.group(group))
    return None if value is None else Num(value, percent, m.group(group), qualified)


_YEAR = re.compile(r"(?:19|20)\d\d")


def _compatible(a: Figure, b: Figure) -> bool:
    """Two figures a change may link: the same unit, and no field that says they count different things."""
    if a.unit != b.unit:
        return False
    for field in ("counted", "category", "outcome", "org"):
        x, y = getattr(a, field), getattr(b, field)
        if x is not None and y is not None and x != y:
            return False
    return True


def figure_before(figs: list[Figure], pos: int, lo: int, *, unit: Optional[str] = None,
                   like: Optional[Figure] = None, skip: tuple[int, int] = (0, 0)) -> Optional[Figure]:
    """The last figure with a value between lo and pos, outside skip."""
    for f in reversed(figs):
        if f.span[1] > pos or f.span[0] < lo or f.value is None:
            continue
        if skip[0] <= f.span[0] < skip[1]:
            continue
        if unit and f.unit != unit:
            continue
        if like is not None and not _compatible(f, like):
            continue
        return f
    return None


def same_count(f: Figure, g: Figure) -> bool:
    return (f.org, f.category, f.counted, f.outcome, f.unit) == (g.org, g.category, g.counted, g.outcome, g.unit)


def _reference(rest: str) -> tuple[Optional[int], Optional[int]]:
    """What the words after a stated change measure it against: (years back, None) for 'on
    two years ago', (None, year) for 'on 2019', (None, None) when they do not say."""
    rest_l = rest.lower()
    for phrase, years in sorted(words()["shifts"].items(), key=lambda kv: -len(kv[0])):
        if re.search(rf"\b{re.escape(phrase)}\b", rest_l):
            return years, None
    year = _AGAINST_YEAR.search(rest_l)
    return None, (int(year.group(1)) if year else None)


_AGAINST_YEAR = re.compile(r"\b(?:on|since|from|compared (?:with|to)|than(?: in)?|in)\s+((?:19|20)\d\d)\b")


def measured_as_said(x: Match, p: "Pair", text: str) -> bool:
    """Whether a from/to pair is what the stated change is measured against: always, unless the
    words after the change (outside the pair's own) name another period ('up 10% on 2022' is not
    the change from 2021 to 2023)."""
    if "rest" not in x.m.re.groupindex or x.m.group("rest") is None:
        return True
    s, e = x.m.span("rest")
    ps, pe = p.match.span
    outside = text[s:max(s, min(e, ps))] + " " + text[min(e, max(s, pe)):e]
    shift, year = _reference(outside)
    if shift is None and year is None:
        return True
    fa, fb = p.a.figure, p.b.figure
    if fa is None or fb is None or fa.period_from is None or fb.period_from is None:
        return False
    if shift is not None:
        return fa.period_from == add_months(fb.period_from, -12 * shift)
    return year in (fa.period_from.year, fb.period_from.year)  # 'in 2023' may be the change's own year


def earlier_figure(figs: list[Figure], b: Figure, rest: str, text: str = "") -> tuple[Optional[Figure], str]:
    """The article's figure a stated change is measured from, and the words that say which:
    the same count a year (or as many as the words say) before, at the same stage of the
    process ('finalised' is not measured against 'formally recorded', whatever period the
    two were given)."""
    rest_l = rest.lower()
    shift = None
    for phrase, years in sorted(words()["shifts"].items(), key=lambda kv: -len(kv[0])):
        if re.search(rf"\b{re.escape(phrase)}\b", rest_l):
            shift, said = years, phrase
            break
    year = _AGAINST_YEAR.search(rest_l)
    if shift is None and year:
        said = year.group(0)
    elif shift is None:
        return None, ""
    if b.period_from is None:
        return None, said
    want = add_months(b.period_from, -12 * shift) if shift else b.period_from.replace(year=int(year.group(1)))
    for f in figs:
        if f is not b and f.value is not None and f.period_from == want and same_count(f, b) \
                and (not text or same_stage(text, f, b)):
            return f, said
    return None, said


def written_against(figs: list[Figure], x: Match, b: Figure) -> Optional[tuple[Figure, str]]:
    """'a 590% rise on the 235 in 2012': the figure the change is measured against, written
    in the words after it, of the same unit and count."""
    if x.m.group("rest") is None:
        return None
    s, e = x.m.span("rest")
    lead = re.match(r"\s*(?:on|from|compared (?:with|to)|against|over)\b", x.m.group("rest"), re.I)
    if not lead:
        return None
    for f in figs:
        if s <= f.span[0] < e and f is not b and _compatible(f, b):
            return f, text_between(x.m, s, f.span[1])
    return None


def text_between(m: re.Match, s: int, e: int) -> str:
    return m.string[s:e].strip()


ANAPHOR = re.compile(r"\s*(?:this|that|it|the (?:rise|increase|fall|drop|figure|number|total))\b", re.I)


@dataclass
class Pair:
    a: Optional[Num]
    b: Optional[Num]
    match: Match
    missing: str = ""
    parts: Optional[list["Pair"]] = None  # the steps of a series, each checked for its direction alone


def _in_order(earlier: Figure, later: Figure) -> bool:
    """Whether a figure found near a 'rose to' / 'up from' can be the other end of the change:
    not the whole the later one is part of ('Of the 120 officers investigated in 2023, the
    number dismissed rose to 30'), and not of the same or a later period where both say."""
    if later.out_of == earlier.value or earlier.out_of == later.value:
        return False
    if earlier.period_from is not None and later.period_from is not None:
        return earlier.period_from < later.period_from
    return True


def pair_for(x: Match, figs: list[Figure], lo: int, prev: tuple[int, int], dates: tuple = ()) -> Pair:
    m = x.m
    if x.rule.reads == "from_to":
        a, b = _num_at(m, "a", figs, dates), _num_at(m, "b", figs, dates)
        if a and b and a.figure and b.figure and not _compatible(a.figure, b.figure):
            return Pair(None, None, x, "the figures it changed between")
        return Pair(a, b, x)
    if x.rule.reads == "to":
        b = _num_at(m, "b", figs, dates)
        like = b.figure if b else None
        fa = figure_before(figs, m.start(), lo, unit=like.unit if like else None, like=like)
        if fa is not None and like is not None and not _in_order(fa, like):
            fa = None
        if fa is None and like is not None and like.period_from is not None:
            # "This increased to 172 in the following 12 months": the same count's last earlier figure
            earlier = [f for f in figs if f is not like and f.value is not None and same_count(f, like)
                       and f.period_to is not None and f.period_to < like.period_from and f.span[1] <= m.start()]
            fa = earlier[-1] if earlier else None
        a = Num(fa.value, fa.unit == "percent", fa.text, fa.qualifier != "exact", fa) if fa else None
        return Pair(a, b, x, "" if a else "the figure it changed from")
    a = _num_at(m, "a", figs, dates)  # 'up from 93': the new figure is the one before
    like = a.figure if a else None
    fb = figure_before(figs, m.start(), lo, unit=("percent" if a and a.percent else "count"), like=like)
    if fb is not None and like is not None and not _in_order(like, fb):
        fb = None
    b = Num(fb.value, fb.unit == "percent", fb.text, fb.qualifier != "exact", fb) if fb else None
    return Pair(a, b, x, "" if b else "the figure it changed to")


def latest_of(figs: list[Figure], f: Figure) -> Figure:
    """A change 'since 2020' runs to the latest figure of the count the article gives
    ('doubled since 2020, when only 52 ...' after 84 in 2022 and 113 in 2023: 52 to 113)."""
    later = [g for g in figs if g.period_from is not None and g.period_from > f.period_from
             and g.value is not None and g.unit == f.unit and same_count(g, f)]
    return max(later, key=lambda g: g.period_from) if later else f


def series_of(pairs: list[Pair]) -> list[Pair]:
    """Pairs with each 'and to 112' merged into the 'rising to 83' it carries on: one pair
    from the series' first figure to its last. An 'and to' that carries nothing on is dropped."""
    out: list[Pair] = []
    for p in sorted(pairs, key=lambda p: p.match.span[0]):
        carries_on = p.match.rule.reads == "to" and not p.match.m.group("dir")
        if not carries_on:
            out.append(Pair(p.a, p.b, p.match, p.missing, [p]))
            continue
        last = out[-1] if out else None
        if last and last.a and last.b and p.b and last.b.figure is not None \
                and p.a is not None and p.a.figure is last.b.figure:
            span = (last.match.span[0], p.match.span[1])
            out[-1] = Pair(last.a, p.b, Match(last.match.rule, last.match.m, span), last.missing, last.parts + [p])
    return out


def may_rest_on(x: Match, p: Pair, text: str) -> bool:
    """A from/to pair whose numbers are not both figures of the article ('doubled, from 93 in
    2022 to 158') gives a stated change its numbers only when the two are written side by
    side; 'rose 13% as the unit grew from 12 to 20 staff' compares two other things, and so
    does 'officers rose from 3,000 to 3,300 while complaints increased by 20%'."""
    two_verbs = x.rule.own_verb and p.match.m.group("dir")
    if p.a.figure is not None and p.b.figure is not None and not two_verbs:
        return True
    if p.match.span[0] >= x.core[1]:
        gap = text[x.core[1]:p.match.span[0]]
    else:
        gap = text[p.match.span[1]:x.span[0]]
    return len(gap) <= 4 and not gap.strip(" ,–—-")


def subject_figure(figs: list[Figure], x: Match, lo: int, prev: tuple[int, int], text: str,
             points: bool) -> Optional[Figure]:
    """The figure a bare stated change is about: the last one before it in its sentence,
    or the last of the sentence before when this one opens with 'This' or 'The rise'."""
    unit = "percent" if points else "count"
    f = figure_before(figs, x.m.start(), lo, unit=unit, skip=x.span)
    if f is None and ANAPHOR.match(text, lo) and prev[1] > prev[0]:
        f = figure_before(figs, prev[1], prev[0], unit=unit)
    return f if f is not None and x.m.start() - f.span[1] <= NEAR else None



def since_year_pair(figs: list[Figure], x: Match) -> Optional[tuple[Figure, Figure]]:
    """A stated change with no figure in its sentence, measured 'since 2012' ('the number
    had skyrocketed by 590% since 2012'): the article's one figure for that year, and its
    one later figure of the same count. Two such pairs, and it is not known which the writer
    meant: None."""
    if "rest" not in x.m.re.groupindex or x.m.group("rest") is None:
        return None
    shift, year = _reference(x.m.group("rest"))
    if year is None or not re.search(rf"\bsince\s+{year}\b", x.m.group("rest"), re.I):
        return None
    dated = [f for f in figs if f.unit == "count" and f.period_from is not None]
    pairs = [(a, b) for a in dated for b in dated if a.period_from.year == year < b.period_from.year
             and same_count(a, b)]
    return pairs[0] if len(pairs) == 1 else None
