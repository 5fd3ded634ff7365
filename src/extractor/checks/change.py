"""Claims about change, checked against the article's own figures.

    "235 complaints in 2012, rising to 1,387 in 2022, a 590% rise"   from_to + magnitude
    "158 officers in 2023, up from 93 the year before"                 from
    "This increased to 172 in the following 12 months"                to (from the figure before)
    "Dismissals rose by 13 per cent on two years ago"                  magnitude against a time shift
    "more than doubled", "halved", "a five-fold increase"              multiple
    "the highest number since records began"                           record

The words are regular expressions over one sentence, kept as data in
models/change_patterns.jsonl (word lists in models/change_words.json). The two
numbers compared are, in order of trust: both written in the claim ("from 235 to
1,387"); one written and the other the figure before it in the sentence ("158 ...,
up from 93"); or, for a bare stated change ("up 13 per cent on two years ago"), the
figure before it in the sentence and the article's figure for the same count
(org, category, what is counted, outcome) whose period starts that many years
earlier. A figure is only paired with one of the same unit and, where both say,
the same count and category. When a number is missing the claim is recorded as
`unverifiable`, with the words a reader needs to look it up.

Tolerances (a stated change is read as the writer's rounding of the true one):
    direction  'rose', 'up from', 'doubled' need the later figure above the earlier
               one; 'fell', 'down', 'halved' below it
    per cent   the computed change within 1 point of a stated whole-number change, or
               within 2% of it for changes above 50% ("590%" for 235 -> 1,387, which is
               +490%, fails); 'about'/'around'/'some': within 10% of it (at least 1 point);
               'nearly'/'almost': up to 10% of it (at least 1 point) under it, never over;
               'more than'/'over': strictly above it; 'at least': not below it
    points     a change in percentage points within 0.5 points (10% for 'about')
    multiples  as for comparisons (claims.py): a bare 'doubled' within 5% of 2x,
               'nearly doubled' 1.7x-2x, 'more than doubled' above 2x ("more than doubled"
               for 93 -> 158, 1.70x, fails)
    points vs per cent: where both figures are percentages, a change stated in per
               cent that fits the difference in points (10% -> 15% "rose by 5%") fails
               with both readings in the message, and so does the reverse
    records    'the highest since records began' fails when the article gives an
               earlier figure for the same count above it; it holds for 'since 2015' or
               'for five years' when the article's figures cover every period back to
               then; otherwise it is unverifiable (the full series is not in the article)

Pure: records in, Claim records out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from re import _constants as sre, _parser as sre_parser  # to read what a rule's regex needs
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, ValidationError

from .article import sentence_spans
from .claims import _holds as multiple_holds
from ..normalise.datecalc import add_months
from ..errors import RuleError
from ..rulefiles import load_json, load_jsonl
from ..normalise.numbers import parse_number
from ..records import ArticleResult, Claim, Figure

PERCENT_SLACK = 1.0      # points of per-cent change a stated whole number may be off by
PERCENT_REL = 0.02       # ... or this share of it, for large changes
ABOUT_REL = 0.10         # 'about', 'around', 'some', and how far under 'nearly' may be
POINTS_SLACK = 0.5       # percentage points
NEAR = 160               # characters between a claim and the figure it is about

Reads = Literal["magnitude", "multiple", "from_to", "to", "from", "record"]
_GROUPS = {"magnitude": {"mag", "unit", "dir", "rest"}, "multiple": {"mult", "rest"}, "from_to": {"a", "b", "dir"},
           "to": {"b", "dir"}, "from": {"a", "dir"}, "record": {"dir", "since"}}


class ChangeRule(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    reads: Reads
    pattern: str
    example: str
    # the words are a verb of their own ('rose by 13 per cent', 'doubled'): a from/to pair with
    # another verb ('as the unit grew from 12 to 20') is a second claim, not this one's numbers
    own_verb: bool = False
    note: str = ""


@dataclass(frozen=True)
class CompiledRule:
    rule: ChangeRule
    regex: re.Pattern
    needs_digit: bool = False  # every match holds a digit: no use trying a sentence without one
    # every match holds one of these words ("fold"; "doubled", "halved"...), each searched for
    # as the rule matches it: no use trying a text without one, nor a sentence without the one
    needs_words: tuple[re.Pattern, ...] = ()


_DIGIT = re.compile(r"\d")


def _needs_digit(items) -> bool:
    """Whether every string a parsed regex (re._parser) matches holds a digit: some part
    that is not optional is a digit, or a group, repeat or every branch that needs one."""
    for op, av in items:
        if op is sre.LITERAL and chr(av) in "0123456789":
            return True
        if op is sre.IN and av and all(
                kind is sre.CATEGORY and value is sre.CATEGORY_DIGIT
                or kind is sre.RANGE and 48 <= value[0] <= value[1] <= 57
                or kind is sre.LITERAL and chr(value) in "0123456789" for kind, value in av):
            return True
        if op is sre.SUBPATTERN and _needs_digit(av[-1]):
            return True
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1 and _needs_digit(av[2]):
            return True
        if op is sre.BRANCH and all(_needs_digit(branch) for branch in av[1]):
            return True
    return False


def _strings(items, limit: int = 500) -> Optional[set[str]]:
    """Every string a parsed regex fragment matches, when that is a short list of literals
    ("(?:rose|risen|went up)"); None otherwise."""
    out = {""}
    for op, av in items:
        if op is sre.LITERAL:
            alts: Optional[set[str]] = {chr(av)}
        elif op is sre.SUBPATTERN:
            alts = _strings(av[-1], limit)
        elif op is sre.BRANCH:
            each = [_strings(branch, limit) for branch in av[1]]
            alts = None if any(e is None for e in each) else set().union(*each)
        elif op is sre.IN and all(kind is sre.LITERAL for kind, _ in av):
            alts = {chr(value) for _, value in av}
        elif op is sre.MAX_REPEAT and av[0] == 0 and av[1] == 1:
            inner = _strings(av[2], limit)
            alts = None if inner is None else inner | {""}
        else:
            return None
        if alts is None:
            return None
        out = {a + b for a in out for b in alts}
        if len(out) > limit:
            return None
    return out


def _needs_words(items) -> Optional[set[str]]:
    """Words (3 characters or more) one of which every match of a parsed regex holds: a
    run of literal characters, or a group that is a list of literals, neither optional.
    The fewest such words are the quickest to look for; None when there are none."""
    found: list[set[str]] = []
    run = ""
    for op, av in list(items) + [(None, None)]:
        if op is sre.LITERAL:
            run += chr(av)
            continue
        if len(run) >= 3:
            found.append({run})
        run = ""
        if op is sre.SUBPATTERN:
            strings = _strings(av[-1])
            if strings and min(len(w) for w in strings) >= 3:
                found.append(strings)
    return min(found, key=len) if found else None


@lru_cache(maxsize=1)
def words() -> dict:
    return load_json("change_words.json")


def _expand(pattern: str, rule_id: str) -> str:
    w = words()

    def alternatives(m: re.Match) -> str:
        if m.group(1) not in w or not isinstance(w[m.group(1)], list):
            raise RuleError(f"models/change_patterns.jsonl: rule {rule_id}: no word list {m.group(0)}")
        return "(?:" + "|".join(sorted(w[m.group(1)], key=len, reverse=True)) + ")"

    return re.sub(r"\{([a-z_]+)\}", alternatives, pattern)


@lru_cache(maxsize=1)
def rules() -> tuple[CompiledRule, ...]:
    out = []
    for row in load_jsonl("change_patterns.jsonl"):
        try:
            rule = ChangeRule(**row)
        except ValidationError as exc:
            raise RuleError(f"models/change_patterns.jsonl: rule {row.get('id', '?')}: "
                            f"{exc.errors()[0]['msg']}") from exc
        try:
            regex = re.compile(_expand(rule.pattern, rule.id), re.I)
        except re.error as exc:
            raise RuleError(f"models/change_patterns.jsonl: rule {rule.id}: {exc}") from exc
        missing = _GROUPS[rule.reads] - set(regex.groupindex)
        if missing:
            raise RuleError(f"models/change_patterns.jsonl: rule {rule.id}: reads {rule.reads} "
                            f"but has no group {sorted(missing)}")
        parsed = sre_parser.parse(regex.pattern, regex.flags)
        needed = _needs_words(parsed)
        # one plain search per word (an alternation of them is as slow as the rule), with the
        # rule's flags, so each is matched as the rule matches it (ignoring case); worth it
        # for a few words only
        needs_words = tuple(re.compile(re.escape(w), regex.flags) for w in sorted(needed)) \
            if needed and len(needed) <= 5 else ()
        out.append(CompiledRule(rule, regex, _needs_digit(parsed), needs_words))
    return tuple(out)


# ----------------------------------------------------------------- numbers

@dataclass
class Num:
    """One side of a change: a figure of the article, or a number the claim writes."""
    value: float
    percent: bool
    text: str
    qualified: bool = False
    figure: Optional[Figure] = None


def _fmt(v: float) -> str:
    return f"{int(v):,}" if float(v).is_integer() else f"{v:,.1f}"


def _pct(v: float) -> str:
    return f"{v:,.0f}%" if abs(v) >= 10 else f"{v:,.1f}%"


def _a(v: float) -> str:
    """'a 36%' / 'an 84%' / 'an 11%': the article as the number is read aloud."""
    said = _pct(v)
    return ("an " if said.startswith("8") or re.match(r"1[18](?:[^\d,]|$)", said) else "a ") + said


def _direction(word: str) -> str:
    return "up" if word.lower() in words()["up_words"] else "down"


def _qualifier(q: Optional[str]) -> str:
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


def _figure_before(figs: list[Figure], pos: int, lo: int, *, unit: Optional[str] = None,
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


def _same_count(f: Figure, g: Figure) -> bool:
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


def _measured_as_said(x: Match, p: "Pair", text: str) -> bool:
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


def _earlier(figs: list[Figure], b: Figure, rest: str) -> tuple[Optional[Figure], str]:
    """The article's figure a stated change is measured from, and the words that say which."""
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
        if f is not b and f.value is not None and f.period_from == want and _same_count(f, b):
            return f, said
    return None, said


def _written_against(figs: list[Figure], x: Match, b: Figure) -> Optional[tuple[Figure, str]]:
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


# -------------------------------------------------------------- verifying

def _fits(stated: float, computed: float, q: str, slack: float, rel: float) -> bool:
    if q == "more_than":
        return computed > stated
    if q == "at_least":
        return computed >= stated - 0.05
    if q == "nearly":
        return stated - max(slack, ABOUT_REL * stated) <= computed <= stated + 0.05
    if q == "about":
        return abs(computed - stated) <= max(slack, ABOUT_REL * stated)
    return abs(computed - stated) <= max(slack, rel * stated)


@dataclass
class Verdict:
    holds: bool
    reading: str


def _direction_verdict(direction: str, a: Num, b: Num) -> Optional[Verdict]:
    """A change the words put the wrong way round ('rose' to a smaller number), else None."""
    if (direction == "up" and b.value > a.value) or (direction == "down" and b.value < a.value):
        return None
    if a.qualified or b.qualified:
        return None  # 'nearly 300' to 'more than 290' cannot be ordered
    went = "no change" if a.value == b.value else ("a fall" if b.value < a.value else "a rise")
    return Verdict(False, f"from {a.text} to {b.text} is {went}, not a {'rise' if direction == 'up' else 'fall'}")


def _percent_verdict(mag: float, q: str, points: bool, direction: str, a: Num, b: Num) -> Verdict:
    rel = 100 * (b.value - a.value) / a.value if a.value else float("inf")
    diff = b.value - a.value
    wrong_way = _direction_verdict(direction, a, b)
    if wrong_way:
        return wrong_way
    qq = "about" if (a.qualified or b.qualified) and q == "exact" else q
    rel_ok = _fits(mag, abs(rel), qq, PERCENT_SLACK, PERCENT_REL)
    both = a.percent and b.percent
    pts_ok = both and _fits(mag, abs(diff), qq, POINTS_SLACK, ABOUT_REL if qq == "about" else 0.0)
    rise = "rise" if diff > 0 else "fall"
    if both:
        readings = (f"from {a.text} to {b.text} is a {rise} of {abs(diff):.1f} percentage points, "
                    f"which is {_a(abs(rel))} {rise}")
        if points and pts_ok or not points and rel_ok:
            return Verdict(True, readings)
        if points and rel_ok:
            return Verdict(False, readings + " (the words give the per-cent change as if it were points)")
        if not points and pts_ok:
            return Verdict(False, readings + " (the words give the change in points as if it were per cent)")
        return Verdict(False, readings)
    if points:
        return Verdict(False, f"from {a.text} to {b.text} is not a change in percentage points")
    return Verdict(rel_ok, f"from {a.text} to {b.text} is {_a(abs(rel))} {rise}")


def _multiple_verdict(factor: float, q: str, direction: str, a: Num, b: Num) -> Verdict:
    wrong_way = _direction_verdict(direction, a, b)
    if wrong_way:
        return wrong_way
    ratio = (b.value / a.value if direction == "up" else a.value / b.value) if min(a.value, b.value) else float("inf")
    qq = {"exact": "", "more_than": "more than", "nearly": "nearly", "about": "about", "at_least": "at least"}[q]
    if (a.qualified or b.qualified) and not qq:
        qq = "about"
    ok = multiple_holds(qq, ratio, factor)
    what = f"{ratio:.2f} times" + ("" if direction == "up" else " smaller")
    return Verdict(ok, f"from {a.text} to {b.text} is {what}")


# ---------------------------------------------------------------- reading

@dataclass
class Match:
    rule: ChangeRule
    m: re.Match
    whole: Optional[tuple[int, int]] = None  # a series' span, from its first words to its last

    @property
    def core(self) -> tuple[int, int]:
        """The words that state the claim, without the trailing words a stated change is
        measured against, which may hold a from/to pair of their own."""
        if "rest" in self.m.re.groupindex and self.m.group("rest") is not None:
            return self.m.start(), self.m.start("rest")
        return self.span

    @property
    def span(self) -> tuple[int, int]:
        if self.whole:
            return self.whole
        return self.m.start(), self.m.end() - (len(self.m.group(0)) - len(self.m.group(0).rstrip()))


def _matches(text: str, s: int, e: int, usable: tuple[CompiledRule, ...]) -> list[Match]:
    """The rules' matches in one sentence (``usable``: the rules, in file order, that can
    match somewhere in the text)."""
    found: list[Match] = []
    digits = _DIGIT.search(text, s, e) is not None
    for compiled in usable:
        if compiled.needs_digit and not digits or \
                len(compiled.needs_words) == 1 and not compiled.needs_words[0].search(text, s, e):
            continue
        for m in compiled.regex.finditer(text, s, e):
            cand = Match(compiled.rule, m)
            # a rule earlier in the file wins where two read the same words
            if not any(x.core[0] < cand.core[1] and cand.core[0] < x.core[1] and x.rule.reads == cand.rule.reads
                       or x.core[0] <= cand.core[0] and cand.core[1] <= x.core[1] for x in found):
                found.append(cand)
    return sorted(found, key=lambda x: x.span[0])


_ANAPHOR = re.compile(r"\s*(?:this|that|it|the (?:rise|increase|fall|drop|figure|number|total))\b", re.I)


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


def _pair(x: Match, figs: list[Figure], lo: int, prev: tuple[int, int], dates: tuple = ()) -> Pair:
    m = x.m
    if x.rule.reads == "from_to":
        a, b = _num_at(m, "a", figs, dates), _num_at(m, "b", figs, dates)
        if a and b and a.figure and b.figure and not _compatible(a.figure, b.figure):
            return Pair(None, None, x, "the figures it changed between")
        return Pair(a, b, x)
    if x.rule.reads == "to":
        b = _num_at(m, "b", figs, dates)
        like = b.figure if b else None
        fa = _figure_before(figs, m.start(), lo, unit=like.unit if like else None, like=like)
        if fa is not None and like is not None and not _in_order(fa, like):
            fa = None
        if fa is None and like is not None and like.period_from is not None:
            # "This increased to 172 in the following 12 months": the same count's last earlier figure
            earlier = [f for f in figs if f is not like and f.value is not None and _same_count(f, like)
                       and f.period_to is not None and f.period_to < like.period_from and f.span[1] <= m.start()]
            fa = earlier[-1] if earlier else None
        a = Num(fa.value, fa.unit == "percent", fa.text, fa.qualifier != "exact", fa) if fa else None
        return Pair(a, b, x, "" if a else "the figure it changed from")
    a = _num_at(m, "a", figs, dates)  # 'up from 93': the new figure is the one before
    like = a.figure if a else None
    fb = _figure_before(figs, m.start(), lo, unit=("percent" if a and a.percent else "count"), like=like)
    if fb is not None and like is not None and not _in_order(like, fb):
        fb = None
    b = Num(fb.value, fb.unit == "percent", fb.text, fb.qualifier != "exact", fb) if fb else None
    return Pair(a, b, x, "" if b else "the figure it changed to")


def _series(pairs: list[Pair]) -> list[Pair]:
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


def _may_rest_on(x: Match, p: Pair, text: str) -> bool:
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


def _subject(figs: list[Figure], x: Match, lo: int, prev: tuple[int, int], text: str,
             points: bool) -> Optional[Figure]:
    """The figure a bare stated change is about: the last one before it in its sentence,
    or the last of the sentence before when this one opens with 'This' or 'The rise'."""
    unit = "percent" if points else "count"
    f = _figure_before(figs, x.m.start(), lo, unit=unit, skip=x.span)
    if f is None and _ANAPHOR.match(text, lo) and prev[1] > prev[0]:
        f = _figure_before(figs, prev[1], prev[0], unit=unit)
    return f if f is not None and x.m.start() - f.span[1] <= NEAR else None


def _claim(x: Match, text: str, status: str, message: str, *, factor=None, a: Optional[Num] = None,
           b: Optional[Num] = None, span: Optional[tuple[int, int]] = None) -> Claim:
    s, e = span or x.span
    return Claim(kind="change", span=(s, e), text=text[s:e], rule=x.rule.id, status=status, message=message,
                 factor=factor, value=b.value if b else None, compared_value=a.value if a else None)


def _stated(x: Match) -> tuple[str, float, Optional[float], bool, str]:
    """(direction, stated magnitude, factor claimed or None, in points?, qualifier)."""
    m = x.m
    q = _qualifier(m.group("q")) if "q" in m.re.groupindex else "exact"
    if x.rule.reads == "multiple":
        word = m.group("mult").lower()
        mult = words()["multiples"].get(word) or parse_number(word) or 0
        direction = "down" if word == "halved" else "up"
        return direction, float(mult), (1 / mult if direction == "down" else float(mult)), False, q
    direction = _direction(m.group("dir"))
    mag = parse_number(m.group("mag")) or 0.0
    points = "point" in m.group("unit").lower()
    factor = None if points else (1 + mag / 100 if direction == "up" else 1 - mag / 100)
    return direction, mag, factor, points, q


def _verify_stated(x: Match, a: Num, b: Num, text: str, span) -> Claim:
    direction, mag, factor, points, q = _stated(x)
    if x.rule.reads == "multiple":
        v = _multiple_verdict(mag, q, direction, a, b)
    else:
        v = _percent_verdict(mag, q, points, direction, a, b)
    words_ = text[span[0]:span[1]]
    tail = "" if v.holds or "the words give" in v.reading else ", which the words do not describe"
    return _claim(x, text, "holds" if v.holds else "fails", f"“{words_}”: {v.reading}{tail}.",
                  factor=factor, a=a, b=b, span=span)


def _record(x: Match, figs: list[Figure], text: str, lo: int, prev: tuple[int, int]) -> Claim:
    words_ = text[x.span[0]:x.span[1]]
    b = _figure_before(figs, x.m.start(), lo, unit="count")
    if b is None and _ANAPHOR.match(text, lo) and prev[1] > prev[0]:
        b = _figure_before(figs, prev[1], prev[0], unit="count")
    if b is None or b.period_from is None:
        return _claim(x, text, "unverifiable", f"“{words_}”: the article gives no series to check it against; "
                                               "look up the earlier figures before relying on it.")
    direction = "down" if x.m.group("dir").lower() in ("lowest", "smallest", "low") else "up"
    earlier = sorted((f for f in figs if f is not b and f.value is not None and f.qualifier == "exact"
                      and _same_count(f, b) and f.period_to is not None and f.period_to < b.period_from),
                     key=lambda f: f.period_from or f.period_to)
    bn = Num(b.value, b.unit == "percent", b.text, b.qualifier != "exact", b)
    beaten = [f for f in earlier if (f.value > b.value if direction == "up" else f.value < b.value)]
    if beaten and b.qualifier == "exact":
        f = beaten[0]
        return _claim(x, text, "fails", f"“{words_}”: {b.text} is {'below' if direction == 'up' else 'above'} "
                                        f"the {f.text} the article gives for {f.period_from} to {f.period_to}.",
                      a=Num(f.value, False, f.text, False, f), b=bn)
    start = _record_start(x.m.group("since"), b)
    if start is not None and earlier and _covers(earlier, start, b.period_from):
        return _claim(x, text, "holds", f"“{words_}”: {b.text} is {'above' if direction == 'up' else 'below'} "
                                        f"each of the {len(earlier)} earlier figures the article gives back to "
                                        f"{start.year}.", b=bn)
    given = f"the {len(earlier)} earlier figures the article gives are all " \
            f"{'lower' if direction == 'up' else 'higher'}, but " if earlier else ""
    return _claim(x, text, "unverifiable", f"“{words_}”: {given}the article does not give the full series "
                                           f"for {b.text}; look it up before relying on it.", b=bn)


def _record_start(since: str, b: Figure) -> Optional[date]:
    """The first day a 'since 2015' / 'for five years' record claim reaches back to (None: since records began)."""
    since = (since or "").lower()
    year = re.search(r"since ((?:19|20)\d\d)", since)
    if year:
        return b.period_from.replace(year=int(year.group(1)))
    n = re.search(r"(?:for|in) (a decade|\w+) years?", since)
    if n:
        count = 10 if n.group(1) == "a decade" else parse_number(n.group(1))
        return add_months(b.period_from, -12 * int(count)) if count else None
    return None


def _covers(earlier: list[Figure], start: date, end: date) -> bool:
    """Whether the figures' periods run without a gap from start to the day before end."""
    day = end - timedelta(days=1)
    for f in sorted(earlier, key=lambda f: f.period_to, reverse=True):
        if f.period_from is None:
            return False
        if f.period_to >= day >= f.period_from - timedelta(days=1):
            day = f.period_from - timedelta(days=1)
        if day < start:
            return True
    return day < start


def _unverifiable(x: Match, text: str, have: Optional[Figure], missing: str) -> Claim:
    words_ = text[x.span[0]:x.span[1]]
    if have is None:
        message = (f"“{words_}”: the article gives no figure for this change; look up both figures "
                   "before relying on it.")
    else:
        message = (f"“{words_}”: the article gives {have.text} but not {missing}; look it up before "
                   "relying on the change.")
    _, _, factor, _, _ = _stated(x) if x.rule.reads in ("magnitude", "multiple") else (None, None, None, None, None)
    return _claim(x, text, "unverifiable", message, factor=factor,
                  b=Num(have.value, have.unit == "percent", have.text, False, have) if have else None)


def changes(result: ArticleResult) -> list[Claim]:
    text = result.article.text
    figs = sorted((f for f in result.figures if f.value is not None), key=lambda f: f.span[0])
    dates = tuple(d.span for d in result.dates)  # a number inside a date is no side of a change
    claims: list[Claim] = []
    sents = sentence_spans(text)
    usable = tuple(c for c in rules() if not c.needs_words or any(w.search(text) for w in c.needs_words))
    for idx, (s, e) in enumerate(sents):
        prev = sents[idx - 1] if idx else (0, 0)
        found = _matches(text, s, e, usable)
        pairs = [_pair(x, figs, s, prev, dates) for x in found if x.rule.reads in ("from_to", "to", "from")]
        series = _series(pairs)
        used: set[int] = set()
        for x in found:
            if x.rule.reads == "record":
                claims.append(_record(x, figs, text, s, prev))
                continue
            if x.rule.reads not in ("magnitude", "multiple"):
                continue
            # a stated change rests on the from/to pair of its sentence nearest to it, a series
            # ('rising to 83 ... and to 112 – an increase of 84 per cent') from its first figure to its last
            # ('... and to 112 – an increase of 35 per cent on the previous year': its last step), and
            # only where the words after it do not measure it against another period
            steps = [part for sp in series if sp.parts and len(sp.parts) > 1 for part in sp.parts]
            near = sorted((p for p in series + steps if p.a and p.b and _may_rest_on(x, p, text)
                           and _measured_as_said(x, p, text)),
                          key=lambda p: (any(p is q for q in steps), abs(p.match.span[0] - x.span[0])))
            if near:
                p = near[0]
                used.update(id(part) for part in p.parts or [p])
                # the claim is the change and its two numbers; what trails them ('according to ...') is not
                span = (min(p.match.span[0], x.core[0]), max(p.match.span[1], x.core[1]))
                claims.append(_verify_stated(x, p.a, p.b, text, span))
                continue
            _, _, _, points, _ = _stated(x)
            fb = _subject(figs, x, s, prev, text, points)
            if fb is None:
                claims.append(_unverifiable(x, text, None, ""))
                continue
            fa, said = _written_against(figs, x, fb) or _earlier(figs, fb, x.m.group("rest") or "")
            if fa is None:
                missing = f"the figure {said}" if said else "the figure it is measured against"
                claims.append(_unverifiable(x, text, fb, missing))
                continue
            a = Num(fa.value, fa.unit == "percent", fa.text, fa.qualifier != "exact", fa)
            b = Num(fb.value, fb.unit == "percent", fb.text, fb.qualifier != "exact", fb)
            claims.append(_verify_stated(x, a, b, text, x.span))
        for p in pairs:
            if id(p) in used or not p.match.m.group("dir"):
                continue  # a bare 'from 93 to 158' claims nothing without a stated change
            x = p.match
            if not (p.a and p.b):
                have = (p.a or p.b)
                claims.append(_unverifiable(x, text, have.figure if have else None, p.missing))
                continue
            direction = _direction(x.m.group("dir"))
            wrong = _direction_verdict(direction, p.a, p.b)
            words_ = text[x.span[0]:x.span[1]]
            if wrong:
                claims.append(_claim(x, text, "fails", f"“{words_}”: {wrong.reading}.", a=p.a, b=p.b))
            else:
                ratio = p.b.value / p.a.value if p.a.value else float("inf")
                claims.append(_claim(x, text, "holds", f"“{words_}”: from {p.a.text} to {p.b.text} is "
                                                       f"{_a(abs(100 * (ratio - 1)))} "
                                                       f"{'rise' if ratio > 1 else 'fall'}.", a=p.a, b=p.b))
    return claims
