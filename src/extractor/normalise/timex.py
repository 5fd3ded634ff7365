"""Date text + publication date -> the whole days it covers (pure; no spaCy).

``parse(text)`` reads the words of one date mention and returns a ``DateExpr``
(or None when the words are not a date this module knows); ``expr.resolve(anchor,
previous)`` turns it into a ``Resolution`` with ``date_from``/``date_to``.
``resolve(text, anchor, previous)`` does both. ``anchor`` is the publication
date; ``previous`` the (from, to) of the period the text carries on from.
Financial years and quarters live in ``extractor.normalise.fiscal``, dates placed by
the publication date or by the period before in ``extractor.normalise.relative``, and
the word lists and day arithmetic in ``extractor.normalise.datecalc``.

The families of date words live in their own modules: one day, month, year or
season in ``extractor.normalise.points``, periods with two ends (or one open end)
in ``extractor.normalise.ranges``, and the ``DateExpr``/``Resolution`` they build
in ``extractor.normalise.dateexpr``; this module holds the rest (relative dates,
carry-over, durations) and reads a mention by trying each family in turn.

Conventions applied here and in ``relative``/``datecalc`` (tested in
tests/normalise/test_timex.py; those of points and ranges are in their modules):

* "the whole of 2023", "all of 2023" are the year itself: such leading words
  (and "in", "on", "during" ...) are read past when the words with them are no date.
* Relative to the anchor: "today", "yesterday"; "this/last/next year|month|week
  |quarter" are calendar units (weeks run Monday-Sunday); "earlier this year"
  and "so far this year" are 1 January to the anchor, "later this year" the
  anchor to 31 December;
  "the past/last N years", "over the past five years", "the last decade" run
  back N units from the anchor, ending on it ("the past year" with anchor
  2023-09-19 is 2022-09-20 .. 2023-09-19); "N days/weeks ago" is that day,
  "N months ago" that calendar month, "N years ago" that calendar year;
  "on Tuesday" is the most recent Tuesday on or before the anchor, "last
  Tuesday" the one before that day, "next Tuesday" the one after; "March this
  year", "February last year" are those months.
* Carry-over from the previous period: "the following 12 months" starts the day
  after it ends; "the previous 12 months" ends the day before it starts. "the
  following/next year", "the year after", "the previous year", "the year
  before": a period that starts on the first of a month (a financial year, a
  calendar year, "April 2016 to March 2017") moves by 12 months; anything
  else gives the calendar year after its end / before its start. The same
  holds for months and weeks. "six months later", "two years earlier" move the
  previous period by that much, keeping month ends; "the same period", "this
  period", "the same three years" repeat it; "the same month/year", "that
  year" are the calendar unit holding its start; "the last 12 months of that
  period" is its tail; "the last of the three years" its last year, "the
  first (second...) of the three years" its first (second...) year.
* Durations: "in three years", "over three years", "over the three years"
  parse (kind ``duration``) and resolve to None .. None on their own. A
  duration after in/over/across/during/throughout or "the" may stand for a
  period of that length stated elsewhere ("66 officers faced proceedings over
  three years ... between April 2018 and March 2021"): ``names_period`` says
  whether a period is that long to within half a unit (a year: six months);
  the spaCy component picks the period. "for two years", "within 12 months"
  never stand for one.
* Numbers of units may be digits or words, "a"/"an", or "three-and-a-half";
  a decade is ten years, a fortnight two weeks, a quarter three months.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Optional

from . import fiscal
from . import relative
from .calendar_words import holidays, name_lists
from .datecalc import NUM_RE, UNIT_RE, Range, amount_of
from .dateexpr import KINDS, DateExpr, Resolution, fixed, solved
from .numeric_order import numeric_order
from .points import NUMERIC_ORDER, parse_point
from .ranges import parse_from_period, parse_open, parse_part_of, parse_range, parse_to_period, parse_us_days

# What other modules import from here, though it lives in the modules above.
__all__ = ["KINDS", "NUMERIC_ORDER", "DateExpr", "Resolution", "names_period", "normalise", "numeric_order",
           "parse", "parse_day", "parse_point", "resolve"]


# ---------------------------------------------------------------- text

def normalise(text: str) -> str:
    """Lower case, plain dashes and quotes, no brackets or commas, single spaces."""
    s = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    s = re.sub(r"[\u2010-\u2015\u2212]", "-", s)
    s = re.sub(r"[()\[\],|:;]", " ", s)
    s = re.sub(r"(?<=[a-z])\.(?=\d)", " ", s)  # "mar.7, 2016"
    s = re.sub(r"(?<=[a-z])\.", "", s)
    s = re.sub(r"\s*-\s*", "-", s)
    s = re.sub(r"\b(\d{1,2}(?:st|nd|rd|th)?) day of ", r"\1 of ", s)  # "the 11th day of September": court orders
    s = re.sub(r"\b(early|mid|late)-", r"\1 ", s)
    s = re.sub(r"'s$", "", s.strip())
    s = re.sub(r"\s+", " ", s).strip()
    s = _HEDGE.sub("", s)
    s = re.sub(r"^this past (?!weekend)", "last ", s)  # "this past April", US for "last April"
    s = re.sub(r"^(\d{1,2})-(\d{1,2})-(\d\d)$", r"\1/\2/\3", s)  # "02-23-17", read as "02/23/17"  # "between in or about 2015 and in or about 2019", as indictments write
    s = re.sub(r"\bh([12]) ((?:19|20)\d\d)$", lambda m: f"the {'first' if m[1] == '1' else 'second'} half of {m[2]}", s)
    return _holiday_as_day(s) if "day" in s or "eve" in s or "night" in s or "july" in s or "halloween" in s else s


_HEDGE = re.compile(r"\b(?:(?:in|on) or (?:about|around)|at least|approximately) ")


@lru_cache(maxsize=1)
def _holiday_pattern() -> tuple[re.Pattern, dict[str, str]]:
    months = [forms[0] for forms in name_lists("months")]
    days = {name: f"{d} {months[m - 1]}" for name, (m, d) in holidays().items()}
    body = "|".join(re.escape(n) for n in sorted(days, key=len, reverse=True))
    return re.compile(rf"\b(?:the )?({body})\b"), days


def _holiday_as_day(s: str) -> str:
    """ "christmas eve 2019" -> "24 december 2019": a holiday on a fixed date is that day."""
    rx, days = _holiday_pattern()
    return rx.sub(lambda m: days[m.group(1)], s)


_LEADING = re.compile(r"^(?:(?:as of|as at|in|on|during|at|for|from|over|across|throughout|within|of|against|versus|vs|by|that)\s+)?"
                      r"(?:(?:the\s+)?(?:whole|entirety)\s+of\s+|all\s+of\s+)?")


# ---------------------------------------------------------------- families

def _calendar(s: str) -> Optional[DateExpr]:
    p = parse_point(s)
    if p is None:
        return None
    kind = p.kind
    return DateExpr(kind, s, kind == "relative", None,
                    lambda a, prev, ahead=False: solved(p.bounds(a, ahead=ahead)))


def _year_pair(s: str) -> Optional[DateExpr]:
    s = re.sub(r"^(?:from|between)\s+", "", s)
    school = fiscal.parse_school_year(s)
    if school:
        return fixed("fy", s, *school)
    pair = fiscal.parse_year_pair(s)
    if pair:
        return fixed("fy" if pair.financial else "range", s, pair.date_from, pair.date_to)
    us = fiscal.parse_us_fiscal_year(s)
    if us:
        return fixed("fy", s, *us)
    q = fiscal.parse_quarter(s)
    return fixed("quarter", s, *q) if q else None


def _anchored(s: str) -> Optional[DateExpr]:
    solve = relative.anchored(s)
    if solve is None:
        return None
    return DateExpr("relative", s, True, None,
                    lambda a, p, ahead=False: None if a is None else solved(solve(a, ahead)))


def _carried(s: str) -> Optional[DateExpr]:
    carry = relative.carried(s)
    if carry is None:
        return None
    own_year = bool(_FIRST_OF_THE_YEAR.match(s))

    def solve(a, p, ahead=False):
        if p is not None:
            return solved(carry.solve(p), carried=True)
        if own_year and a is not None:  # no year named before it: the year the article runs in
            return solved(carry.solve((date(a.year, 1, 1), date(a.year, 12, 31))))
        return None
    return DateExpr("carry_over", s, False, carry.wants, solve, far=carry.far, stated=carry.stated)


# "In the first nine months of the year" with no year named before it is the publication year's
_FIRST_OF_THE_YEAR = re.compile(r"^the\s+(?:first|second|latter)\s+.+\s+of\s+the\s+year$")


_DURATION = re.compile(
    rf"^(?:(?P<prep>in|over|across|during|throughout|within|for)\s+)?(?P<the>the\s+)?{NUM_RE}[\s-]+{UNIT_RE}"
    r"(?P<period>\s+period)?$")
_NAMING = ("in", "over", "across", "during", "throughout")


def _duration(s: str) -> Optional[DateExpr]:
    m = _DURATION.match(s)
    if not m:
        return None
    length = None
    if m["prep"] in _NAMING or m["the"]:
        amount, unit = amount_of(m["n"], m["unit"]), amount_of(None, m["unit"])
        length = (amount, unit) if amount else None
    return DateExpr("duration", s, False, None, lambda a, p, ahead=False: None, length=length)


def names_period(expr: DateExpr, period: Range) -> bool:
    """Whether the duration ``expr`` ("in five years", "over the three years") can
    stand for ``period``: the period is that long to within half a unit (for
    years, six months)."""
    if expr.length is None or period[0] is None or period[1] is None:
        return False
    (months, days), (unit_months, unit_days) = expr.length
    wanted = months * 365.25 / 12 + days
    slack = (unit_months * 365.25 / 12 + unit_days) / 2
    return abs((period[1] - period[0]).days + 1 - wanted) <= slack


# ---------------------------------------------------------------- entry points

_FAMILIES = (_calendar, _year_pair, parse_to_period, parse_from_period, parse_part_of, parse_open, parse_us_days, parse_range, _anchored,
             _carried, _duration)


def parse(text: str) -> Optional[DateExpr]:
    """Read one date mention; None when the words are not a date this module knows."""
    s = normalise(text)
    for candidate in (s, _LEADING.sub("", s)):
        for family in _FAMILIES:
            expr = family(candidate)
            if expr is not None:
                return expr
    return None


def resolve(text: str, anchor: Optional[date] = None, previous: Optional[Range] = None,
            ahead: bool = False) -> Optional[Resolution]:
    """``text`` placed in time: None if it is not a date, else a Resolution (ends may be None)."""
    expr = parse(text)
    return None if expr is None else expr.resolve(anchor, previous, ahead)


def parse_day(text: str) -> Optional[date]:
    """A single day with its year ("2 October 2019", "02/10/2019", "2019-10-02"), else None."""
    p = parse_point(normalise(text))
    if p is None or p.day is None or p.year is None:
        return None
    r = p.bounds(None)
    return r[0] if r else None
