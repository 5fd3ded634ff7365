"""Comparisons an article makes between two quantities, checked against its own figures.

    "118 ... – more than double the amount received for theft"    factor 2, more than
    "593 in 2023-24 – almost double the figure of two years earlier" factor 2, almost
    "51 officers, more than twice as many as it dismissed two years ago"

The figure compared is the one in the comparison's clause before it. What it is
compared with is found in the article when the words name it:
    - a time shift ("two years earlier", "the year before", "a year ago"): the figure
      with the same org, category and count whose period starts that much earlier;
    - kinds of conduct ("received for theft, fraud and drugs"): the figures of those
      kinds with the same count and period, added up when several are named.
Otherwise the claim is recorded as unverifiable, with the words a reader needs.

Tolerances: 'almost'/'nearly' a factor means 85-100% of it; 'more than' strictly
above; 'about'/'around'/'roughly' within 10%; a bare factor within 5%.
Pure: records in, Claim records out.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Optional

from ..normalise.datecalc import add_months
from ..normalise.numbers import parse_number
from ..records import ArticleResult, Claim, Figure
from .keys import folded

_FACTORS = {"double": 2.0, "twice": 2.0, "treble": 3.0, "triple": 3.0, "three times": 3.0,
            "four times": 4.0, "five times": 5.0, "ten times": 10.0, "half": 0.5}
_COMPARISON = re.compile(
    r"\b(?P<q>more than|over|almost|nearly|about|around|roughly|close to|at least)?\s*"
    r"(?P<f>double|twice|treble|triple|(?:three|four|five|ten) times|half)\b"
    r"(?P<rest>[^.;:\n]{0,120})", re.I)
# every comparison holds the last word of one of _FACTORS' keys (the factors _COMPARISON
# reads): a text with none of them, looked for in its folded text (keys.folded), is not searched
_FACTOR_WORDS = tuple(sorted({k.split()[-1] for k in _FACTORS}))
_SHIFT = re.compile(r"\b(?P<n>a|one|two|three|four|five|\d+) years? (?:earlier|ago|before)\b"
                    r"|\bthe (?:year|previous year) before\b|\bthe previous year\b", re.I)
_KINDS = {"theft": ("theft", "stealing"), "fraud": ("fraud", "dishonesty"), "drugs": ("drug",),
          "corruption": ("corruption",), "apsp": ("sexual purpose", "sexual gain")}
# What follows a factor when it compares: "double the amount", "twice as many as", "three times more".
_COMPARED_WITH = re.compile(r"\s*(?:as|the|that|those|what|its|their|this|last|more|higher|larger|greater)\b", re.I)
NEARLY_LOW = 0.85
ABOUT = 0.10
EXACT = 0.05


def _holds(q: str, ratio: float, factor: float) -> bool:
    q = (q or "").lower()
    if q in ("more than", "over"):
        return ratio > factor
    if q == "at least":
        return ratio >= factor
    if q in ("almost", "nearly", "close to"):
        return NEARLY_LOW * factor <= ratio <= factor
    if q in ("about", "around", "roughly"):
        return abs(ratio - factor) <= ABOUT * factor
    return abs(ratio - factor) <= EXACT * factor


def _shifted(d: Optional[date], years: int) -> Optional[date]:
    return None if d is None else add_months(d, -12 * years)  # 29 February -> 28th


def _subject(figs: list[Figure], start: int) -> Optional[Figure]:
    """The figure a comparison is about: the last count before it, close by."""
    before = [f for f in figs if f.span[1] <= start and start - f.span[1] < 160 and f.value is not None
              and f.unit == "count"]
    if len(before) >= 2 and before[-2].out_of == before[-1].value:
        return before[-2]  # "118 out of 490 overall referrals – more than double ...": the part
    return before[-1] if before else None


def _by_shift(figs: list[Figure], a: Figure, years: int) -> Optional[Figure]:
    if a.period_from is None:
        return None
    want = _shifted(a.period_from, years)
    for f in figs:
        if f is not a and f.period_from == want and f.value is not None and f.unit == "count" \
                and (f.org, f.category, f.counted) == (a.org, a.category, a.counted):
            return f
    return None


def _by_kinds(figs: list[Figure], a: Figure, words: str) -> Optional[list[Figure]]:
    kinds = [k for k, names in _KINDS.items() if any(n in words.lower() for n in names)]
    if not kinds:
        return None
    found = []
    for kind in kinds:
        match = [f for f in figs if f is not a and f.category == kind and f.value is not None
                 and f.unit == "count" and f.counted == a.counted and f.period_from == a.period_from]
        if not match:
            return None
        found.append(match[0])
    return found


def comparisons(result: ArticleResult) -> list[Claim]:
    text = result.article.text
    figs = sorted(result.figures, key=lambda f: f.span[0])
    claims: list[Claim] = []
    lower = folded(text)
    if not any(w in lower for w in _FACTOR_WORDS):
        return claims
    for m in _COMPARISON.finditer(text):
        if not _COMPARED_WITH.match(m.group("rest")):
            continue  # "half of the officers" is a share, "four times in a week" a frequency
        a = _subject(figs, m.start())
        if a is None:
            continue
        factor = _FACTORS[m.group("f").lower()]
        rest = m.group("rest")
        compared: Optional[list[Figure]] = None
        shift = _SHIFT.search(rest)
        if shift:
            n = shift.group("n")
            years = 1 if n is None else int(parse_number(n) or 1)
            found = _by_shift(figs, a, years)
            compared = [found] if found else None
        else:
            compared = _by_kinds(figs, a, rest)
        span = (m.start(), m.start() + len(m.group(0).rstrip()))
        base = dict(span=span, text=text[span[0]:span[1]], rule="comparison", factor=factor, value=a.value)
        if not compared:
            claims.append(Claim(**base, status="unverifiable", message=(
                f"“{text[span[0]:span[1]]}” compares {a.text} with a figure the article does not give; "
                "look it up before relying on the comparison.")))
            continue
        b = sum(f.value for f in compared)
        ratio = a.value / b if b else float("inf")
        holds = _holds(m.group("q"), ratio, factor)
        parts = " + ".join(f.text for f in compared)
        claims.append(Claim(**base, compared_value=b, status="holds" if holds else "fails", message=(
            f"“{text[span[0]:span[1]]}”: {a.text} against {parts}{' = ' + format(b, 'g') if len(compared) > 1 else ''}"
            f" is {ratio:.2f} times{'' if holds else ', which the words do not describe'}.")))
    return claims
