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

Pure: records in, Claim records out. The rules are compiled and matched in
change_rules.py, the two numbers found in change_pairs.py, and judged in
change_verdicts.py.
"""


from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Optional

from .change_pairs import (ANAPHOR, direction_of, earlier_figure, figure_before, may_rest_on, measured_as_said,
                           latest_of, pair_for, qualifier_of, same_count, series_of, since_year_pair, subject_figure,
                           written_against)
from .change_rules import CompiledRule, Match, matches_in, plain_words_by_sentence, rules, usable_rules, words
from .change_verdicts import Num, with_article, direction_verdict, multiple_verdict, percent_verdict
from .keys import sentence_spans
from ..normalise.datecalc import add_months
from ..normalise.numbers import parse_number
from ..records import ArticleResult, Claim, Figure

__all__ = ["changes", "rules", "words", "CompiledRule"]


def _claim(x: Match, text: str, status: str, message: str, *, factor=None, a: Optional[Num] = None,
           b: Optional[Num] = None, span: Optional[tuple[int, int]] = None) -> Claim:
    s, e = span or x.span
    return Claim(kind="change", span=(s, e), text=text[s:e], rule=x.rule.id, status=status, message=message,
                 factor=factor, value=b.value if b else None, compared_value=a.value if a else None)


def _stated(x: Match) -> tuple[str, float, Optional[float], bool, str]:
    """(direction, stated magnitude, factor claimed or None, in points?, qualifier)."""
    m = x.m
    q = qualifier_of(m.group("q")) if "q" in m.re.groupindex else "exact"
    if x.rule.reads == "multiple":
        word = m.group("mult").lower()
        mult = words()["multiples"].get(word) or parse_number(word) or 0
        direction = "down" if word == "halved" else "up"
        return direction, float(mult), (1 / mult if direction == "down" else float(mult)), False, q
    direction = direction_of(m.group("dir"))
    mag = parse_number(m.group("mag")) or 0.0
    points = "point" in m.group("unit").lower()
    factor = None if points else (1 + mag / 100 if direction == "up" else 1 - mag / 100)
    return direction, mag, factor, points, q


def _verify_stated(x: Match, a: Num, b: Num, text: str, span) -> Claim:
    direction, mag, factor, points, q = _stated(x)
    if x.rule.reads == "multiple":
        v = multiple_verdict(mag, q, direction, a, b)
    else:
        v = percent_verdict(mag, q, points, direction, a, b)
    words_ = text[span[0]:span[1]]
    tail = "" if v.holds or "the words give" in v.reading else ", which the words do not describe"
    return _claim(x, text, "holds" if v.holds else "fails", f"“{words_}”: {v.reading}{tail}.",
                  factor=factor, a=a, b=b, span=span)


def _record(x: Match, figs: list[Figure], text: str, lo: int, prev: tuple[int, int]) -> Claim:
    words_ = text[x.span[0]:x.span[1]]
    b = figure_before(figs, x.m.start(), lo, unit="count")
    if b is None and ANAPHOR.match(text, lo) and prev[1] > prev[0]:
        b = figure_before(figs, prev[1], prev[0], unit="count")
    if b is None or b.period_from is None:
        return _claim(x, text, "unverifiable", f"“{words_}”: the article gives no series to check it against; "
                                               "look up the earlier figures before relying on it.")
    direction = "down" if x.m.group("dir").lower() in ("lowest", "smallest", "low") else "up"
    earlier = sorted((f for f in figs if f is not b and f.value is not None and f.qualifier == "exact"
                      and same_count(f, b) and f.period_to is not None and f.period_to < b.period_from),
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


def _stated_change(x: Match, series: list, used: set[int], figs: list[Figure], text: str,
                   s: int, prev: tuple[int, int]) -> Claim:
    """The claim of a stated change ('a 590% rise', 'doubled'), checked against the numbers
    it rests on; the pairs it uses are added to ``used``."""
    # a stated change rests on the from/to pair of its sentence nearest to it, a series
    # ('rising to 83 ... and to 112 – an increase of 84 per cent') from its first figure to its last
    # ('... and to 112 – an increase of 35 per cent on the previous year': its last step), and
    # only where the words after it do not measure it against another period
    steps = [part for sp in series if sp.parts and len(sp.parts) > 1 for part in sp.parts]
    near = sorted((p for p in series + steps if p.a and p.b and may_rest_on(x, p, text)
                   and measured_as_said(x, p, text)),
                  key=lambda p: (any(p is q for q in steps), abs(p.match.span[0] - x.span[0])))
    if near:
        p = near[0]
        used.update(id(part) for part in p.parts or [p])
        # the claim is the change and its two numbers; what trails them ('according to ...') is not
        span = (min(p.match.span[0], x.core[0]), max(p.match.span[1], x.core[1]))
        return _verify_stated(x, p.a, p.b, text, span)
    _, _, _, points, _ = _stated(x)
    fb = subject_figure(figs, x, s, prev, text, points)
    since = since_year_pair(figs, x) if fb is None and not points else None
    if since is not None:
        fa, fb = since
        return _verify_stated(x, _as_num(fa), _as_num(fb), text, x.span)
    if fb is None:
        return _unverifiable(x, text, None, "")
    fa, said = written_against(figs, x, fb) or earlier_figure(figs, fb, x.m.group("rest") or "", text)
    if fa is None:
        missing = f"the figure {said}" if said else "the figure it is measured against"
        return _unverifiable(x, text, fb, missing)
    if fb.period_from is not None and re.search(r"\bsince\b", x.m.group("rest") or "", re.I):
        fb = latest_of(figs, fb)
    return _verify_stated(x, _as_num(fa), _as_num(fb), text, x.span)


def _as_num(f: Figure) -> Num:
    return Num(f.value, f.unit == "percent", f.text, f.qualifier != "exact", f)


def _pair_claim(p, text: str) -> Claim:
    """A from/to pair with a direction ('rose from 93 to 158') that no stated change used."""
    x = p.match
    if not (p.a and p.b):
        have = (p.a or p.b)
        return _unverifiable(x, text, have.figure if have else None, p.missing)
    direction = direction_of(x.m.group("dir"))
    wrong = direction_verdict(direction, p.a, p.b)
    words_ = text[x.span[0]:x.span[1]]
    if wrong:
        return _claim(x, text, "fails", f"“{words_}”: {wrong.reading}.", a=p.a, b=p.b)
    ratio = p.b.value / p.a.value if p.a.value else float("inf")
    return _claim(x, text, "holds", f"“{words_}”: from {p.a.text} to {p.b.text} is "
                                   f"{with_article(abs(100 * (ratio - 1)))} "
                                   f"{'rise' if ratio > 1 else 'fall'}.", a=p.a, b=p.b)


def changes(result: ArticleResult) -> list[Claim]:
    text = result.article.text
    figs = sorted((f for f in result.figures if f.value is not None), key=lambda f: f.span[0])
    dates = tuple(d.span for d in result.dates)  # a number inside a date is no side of a change
    claims: list[Claim] = []
    sents = sentence_spans(text)
    usable = usable_rules(text)
    held = plain_words_by_sentence(text, sents, usable)
    for idx, (s, e) in enumerate(sents):
        prev = sents[idx - 1] if idx else (0, 0)
        found = matches_in(text, s, e, usable, held.get(idx, set()))
        pairs = [pair_for(x, figs, s, prev, dates) for x in found if x.rule.reads in ("from_to", "to", "from")]
        series = series_of(pairs)
        used: set[int] = set()
        for x in found:
            if x.rule.reads == "record":
                claims.append(_record(x, figs, text, s, prev))
            elif x.rule.reads in ("magnitude", "multiple"):
                claims.append(_stated_change(x, series, used, figs, text, s, prev))
        # a bare 'from 93 to 158' claims nothing without a stated change
        claims += [_pair_claim(p, text) for p in pairs if id(p) not in used and p.match.m.group("dir")]
    return claims
