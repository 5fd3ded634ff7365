"""Whether two figures bear out a stated change: direction, per cent, points, multiples.

The tolerances are documented in change.py's docstring.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from .claims import _holds as multiple_holds
from ..records import Figure

PERCENT_SLACK = 1.0      # points of per-cent change a stated whole number may be off by
PERCENT_REL = 0.02       # ... or this share of it, for large changes
ABOUT_REL = 0.10         # 'about', 'around', 'some', and how far under 'nearly' may be
POINTS_SLACK = 0.5       # percentage points


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


def with_article(v: float) -> str:
    """'a 36%' / 'an 84%' / 'an 11%': the article as the number is read aloud."""
    said = _pct(v)
    return ("an " if said.startswith("8") or re.match(r"1[18](?:[^\d,]|$)", said) else "a ") + said


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


def direction_verdict(direction: str, a: Num, b: Num) -> Optional[Verdict]:
    """A change the words put the wrong way round ('rose' to a smaller number), else None."""
    if (direction == "up" and b.value > a.value) or (direction == "down" and b.value < a.value):
        return None
    if a.qualified or b.qualified:
        return None  # 'nearly 300' to 'more than 290' cannot be ordered
    went = "no change" if a.value == b.value else ("a fall" if b.value < a.value else "a rise")
    return Verdict(False, f"from {a.text} to {b.text} is {went}, not a {'rise' if direction == 'up' else 'fall'}")


def percent_verdict(mag: float, q: str, points: bool, direction: str, a: Num, b: Num) -> Verdict:
    rel = 100 * (b.value - a.value) / a.value if a.value else float("inf")
    diff = b.value - a.value
    wrong_way = direction_verdict(direction, a, b)
    if wrong_way:
        return wrong_way
    qq = "about" if (a.qualified or b.qualified) and q == "exact" else q
    rel_ok = _fits(mag, abs(rel), qq, PERCENT_SLACK, PERCENT_REL)
    both = a.percent and b.percent
    pts_ok = both and _fits(mag, abs(diff), qq, POINTS_SLACK, ABOUT_REL if qq == "about" else 0.0)
    rise = "rise" if diff > 0 else "fall"
    if both:
        readings = (f"from {a.text} to {b.text} is a {rise} of {abs(diff):.1f} percentage points, "
                    f"which is {with_article(abs(rel))} {rise}")
        if points and pts_ok or not points and rel_ok:
            return Verdict(True, readings)
        if points and rel_ok:
            return Verdict(False, readings + " (the words give the per-cent change as if it were points)")
        if not points and pts_ok:
            return Verdict(False, readings + " (the words give the change in points as if it were per cent)")
        return Verdict(False, readings)
    if points:
        return Verdict(False, f"from {a.text} to {b.text} is not a change in percentage points")
    return Verdict(rel_ok, f"from {a.text} to {b.text} is {with_article(abs(rel))} {rise}")


def multiple_verdict(factor: float, q: str, direction: str, a: Num, b: Num) -> Verdict:
    wrong_way = direction_verdict(direction, a, b)
    if wrong_way:
        return wrong_way
    ratio = (b.value / a.value if direction == "up" else a.value / b.value) if min(a.value, b.value) else float("inf")
    qq = {"exact": "", "more_than": "more than", "nearly": "nearly", "about": "about", "at_least": "at least"}[q]
    if not qq:
        # 'doubled' bare is a writer's round word, read like 'about double' (52 to 113 has
        # doubled; 52 to 84 has not): the exact reading cried wolf on 2.17 times
        qq = "about"
    ok = multiple_holds(qq, ratio, factor)
    what = f"{ratio:.2f} times" + ("" if direction == "up" else " smaller")
    return Verdict(ok, f"from {a.text} to {b.text} is {what}")

