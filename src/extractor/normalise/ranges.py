"""Periods with two ends, or one: "From April 2016 to March 2017", "1-5 June 2020",
"the year to March 2021", "since April 2014", "up to 31 March 2019". Pure; each
``parse_*`` reads normalised words (``extractor.normalise.timex.normalise``) into a
``DateExpr``, or None when they are not that family; the ends are read by
``extractor.normalise.points``.

Conventions (tested in tests/normalise/test_timex.py):

* Ranges: "From April 2016 to March 2017", "between 2018 and 2021", "2016-2019",
  "April to June 2022", "1-5 June 2020", "1 April 2020 - 31 March 2021" cover
  the first day of the start to the last day of the end; a start without a year
  takes the end's (the year before if it would come after the end: "November
  to March 2019" starts in November 2018). A list of consecutive years
  ("2017, 2018, 2019 and 2020") is the run from the first to the last. Two
  dates joined by "and" without "between" are one period only when the second
  starts the day after the first ends ("6 and 7 March 2023", "2018/19 and
  2019/20"); "2018/19 and 2020/21" are two periods, not a range.
* Periods that end at a date: "the year to March 2021", "the 12 months to 31
  March 2019", "year ending March 2022", "the three years to the end of March
  2019", "the three-year period to March 2022", "the two years to 2021" end on
  the last day of what follows "to" and run back the stated length. "leading up to"/"running up to" stop the day before ("the year
  leading up to April 2023" ends 2023-03-31).
* US day ranges: "Sept. 5-7", "Sept. 5-7, 2023", "March 3 to 9" are those days
  of that month (its year from the anchor when none is written).
* Part of a stated period: "the first six months of 2022" is January-June 2022,
  "the last three months of 2021/22" January-March 2022, "the first two weeks
  of March 2020" 1-14 March 2020 (the stated part must fit inside).
* Open periods: "since April 2014", "dating back to 2009/10", "from 2019
  onwards", "from 2014 to date" run from the start to the anchor (to None without one). "up to 31
  March 2019", "the period ending 31 March 2019" run from None to
  the end, or, when the previous period in the same series ended before it, from
  the day after that period ("100 in 2016/17 ... and 43 up to 31 March 2019"). A bare
  "until 2020" says when a state ended ("remained suspended until March 2021"): it is
  that date's own days.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Optional

from .datecalc import alt, DAY_RE, MON_RE, MONTHS, NUM_RE, ONE_DAY, UNIT_RE, YEAR_RE, Range, amount_of, ending_on, starting_on
from .dateexpr import DateExpr, Solved, fixed, solved
from .points import Point, range_end


_YEAR_LIST = re.compile(r"^(?P<years>(?:(?:18|19|20)\d\d\s+)+)(?:and|to|-)\s*(?P<last>(?:18|19|20)\d\d)$")
# "march april and may 2019" (commas gone): months that share the year said after the last
_MONTH_LIST = re.compile(rf"^(?P<months>(?:{alt(MONTHS)})(?:\s+(?:{alt(MONTHS)}))*)\s+(?:and|&)\s+(?P<last>{alt(MONTHS)})\s+{YEAR_RE}$")
_CONNECTOR = re.compile(r"\s+(?:to|until|till|through|thru|and)\s+|-")


def parse_range(s: str) -> Optional[DateExpr]:
    between = bool(re.match(r"^between\s", s))
    s = re.sub(r"^(?:from|between)\s+", "", s)
    m = _YEAR_LIST.match(s)
    if m:
        years = [int(y) for y in m["years"].split()] + [int(m["last"])]
        consecutive = all(b == a + 1 for a, b in zip(years, years[1:]))
        if years == sorted(set(years)) and (consecutive or (len(years) == 2 and (between or " and " not in s))):
            return fixed("range", s, date(years[0], 1, 1), date(years[-1], 12, 31))
        return None
    m = _MONTH_LIST.match(s)
    if m:
        months = [MONTHS[w] for w in m["months"].split()] + [MONTHS[m["last"]]]
        if all(b == a + 1 for a, b in zip(months, months[1:])):  # a gap makes them separate dates
            year = int(m["year"])
            return fixed("range", s, date(year, months[0], 1), range_end(f"{m['last']} {year}").bounds(None)[1])
        if not between:
            return None
    for cut in _CONNECTOR.finditer(s):
        left_text, right_text = s[: cut.start()].strip(), s[cut.end():].strip()
        if not left_text or not right_text:
            continue
        right = range_end(right_text)
        left = range_end(left_text, day_only=True)
        if right is None or left is None:
            continue
        if _is_day_only(left) and right.day is None:
            continue
        if cut.group().strip() == "and" and not between and not _adjacent(left, right):
            continue  # "2018/19 and 2020/21" are two periods; "6 and 7 March 2023" is one
        relative = not (left.has_year or right.has_year) or any(
            isinstance(e, Point) and e.rel_year is not None for e in (left, right))
        return DateExpr("range", s, relative, None,
                        lambda a, prev, ahead=False, l=left, r=right: solved(_join(l, r, a, ahead)))
    return None


def _adjacent(left, right) -> bool:
    """The right end starts the day after the left one ends. Read in a sample
    year when the words give none: whether they touch does not depend on it."""
    sample = date(2001, 6, 30)
    joined = _join(left, right, sample)
    if joined is None:
        return False
    lb = left.bounds(sample, year=joined[0].year, month=joined[1].month if _is_day_only(left) else None)
    rb = right.bounds(sample, year=joined[1].year)
    return lb is not None and rb is not None and lb[1] + ONE_DAY == rb[0]


def _is_day_only(end) -> bool:
    return isinstance(end, Point) and end.month is None and end.day is not None and end.year is None


def _join(left, right, anchor: Optional[date], ahead: bool = False) -> Optional[Range]:
    """Resolve both ends of a range, lending a year (and month) from the end that has one."""
    if right.has_year or not left.has_year:
        rb = right.bounds(anchor, ahead=ahead)
        if rb is None:
            return None
        month = rb[1].month if _is_day_only(left) else None
        lb = left.bounds(anchor, year=rb[1].year, month=month) if not left.has_year else left.bounds(anchor)
        if lb is not None and not left.has_year and lb[0] > rb[1]:
            lb = left.bounds(anchor, year=rb[1].year - 1, month=month)
    else:
        lb = left.bounds(anchor, ahead=ahead)
        if lb is None:
            return None
        rb = right.bounds(anchor, year=lb[0].year)
        if rb is not None and rb[1] < lb[0]:
            rb = right.bounds(anchor, year=lb[0].year + 1)
    if lb is None or rb is None or lb[0] > rb[1]:
        return None
    return lb[0], rb[1]


_TO_PERIOD = re.compile(
    rf"^(?:the\s+)?(?:{NUM_RE}[\s-]+)?(?:(?P<adj>financial|fiscal|reporting|calendar)\s+)?"
    rf"(?:{UNIT_RE}(?:\s+period)?|(?P<period>period))\s+"
    r"(?:(?:that|which)\s+)?(?P<rel>before|preceding|(?:leading|running)\s+up\s+to|up\s+to|to|ending|ended|until|till|through)"
    r"(?:\s+(?:in|on))?\s+(?P<x>.+)$"
)


_FROM_PERIOD = re.compile(
    rf"^(?:the\s+)?(?:{NUM_RE}[\s-]+)?(?:(?:financial|fiscal|reporting)\s+)?{UNIT_RE}(?:\s+period)?\s+(?:(?:that|which)\s+)?"
    r"(?:beginning|starting|commencing|began|begins|starts|started|from)(?:\s+(?:on|in))?\s+(?P<x>.+)$")


def parse_from_period(s: str) -> Optional[DateExpr]:
    """"the fiscal year beginning July 1, 2023", "the year that began on 1 April 2024": one
    unit from that day. A rolling window that starts at a month runs the stated length from
    the month's first day: "the 12 months from December 2013" is December 2013 to November
    2014, not the calendar or financial year it overlaps."""
    m = _FROM_PERIOD.match(s)
    if not m:
        return None
    x = range_end(m["x"])
    if not isinstance(x, Point) or x.month is None or (x.day is None and not x.has_year):
        return None
    amount = amount_of(m["n"], m["unit"])
    if amount is None:
        return None

    def solve(anchor, prev, ahead=False):
        xb = x.bounds(anchor, ahead=ahead)
        return None if xb is None else solved(starting_on(xb[0], amount))

    return DateExpr("range", s, not x.has_year, None, solve)


def parse_to_period(s: str) -> Optional[DateExpr]:
    m = _TO_PERIOD.match(s)
    if not m:
        return None
    x = range_end(m["x"] or m.groupdict().get("y"))
    if x is None or _is_day_only(x):
        return None
    exclusive = m["rel"].startswith(("leading", "running", "before", "preceding"))
    amount = None
    if not m["period"]:
        amount = amount_of(m["n"], m["unit"])
        if amount is None:
            return None
    elif m["n"]:
        return None

    def solve(anchor, prev, ahead=False):
        xb = x.bounds(anchor, ahead=ahead)
        if xb is None:
            return None
        end = xb[0] - ONE_DAY if exclusive else xb[1]
        if amount is None:
            return _until(end, prev)
        return solved(ending_on(end, amount))

    kind = "open_until" if amount is None else "range"
    relative = isinstance(x, Point) and (not x.has_year or x.rel_year is not None)
    return DateExpr(kind, s, relative, "period" if amount is None else None, solve)


def _until(end: date, prev: Optional[Range]) -> Solved:
    """An open period ending ``end``; it starts after ``prev`` when that ended not long before."""
    if prev is not None and prev[1] < end and (end - prev[1]).days <= 2 * 366:
        return prev[1] + ONE_DAY, end, True
    return None, end, False


def _through(xb: Range, anchor: Optional[date], prev: Optional[Range]) -> Solved:
    """A tally through a day it has reached ('Through June 30, ... had received 214'): from the
    period before it, else the day's calendar year; a day still to come ('on leave through June 30')
    is when a state ends, no period."""
    if anchor is None or xb[1] > anchor:
        return xb[0], xb[1], False
    start, end, carried = _until(xb[1], prev)
    return (start or date(end.year, 1, 1)), end, carried


_SINCE = re.compile(r"^(?:ever\s+)?(?:since|dating\s+back\s+to|(?:going|go|goes|went)\s+back\s+to|as\s+far\s+back\s+as)\s+(?P<x>.+)$")
_ONWARDS = re.compile(r"^(?:from\s+(?P<x>.+?)\s+(?:onwards?|(?:to|until)\s+(?:date|now|(?:the\s+)?present(?:\s+day)?))"
                      r"|between\s+(?P<y>.+?)\s+and\s+(?:now|the\s+present(?:\s+day)?))$")
_UNTIL = re.compile(r"^(?:up\s+to|up\s+until|until|till|through\s+to|through|thru)\s+(?:and\s+including\s+)?(?P<x>.+)$")


def parse_open(s: str) -> Optional[DateExpr]:
    m = _SINCE.match(s) or _ONWARDS.match(s)
    since = m is not None
    m = m or _UNTIL.match(s)
    if not m:
        return None
    x = range_end(m["x"] or m.groupdict().get("y"))
    if x is None or _is_day_only(x):
        return None
    relative = isinstance(x, Point) and (not x.has_year or x.rel_year is not None)
    # "43 up to 31 March 2019" counts on from the period before; a bare "until" says when a
    # state ended ("complaints remained low until March 2013"): it names that date, no period.
    counts_on = not re.match(r"(?:until|till)\s", s)
    # "Through June 30, the bureau had fielded 355": a tally through a day is that year's to date
    tally = re.match(r"(?:through|thru)\s", s) is not None

    def solve(anchor, prev, ahead=False):
        xb = x.bounds(anchor, ahead=ahead)
        if xb is None:
            return None
        if since:
            return xb[0], anchor if anchor is not None and anchor >= xb[0] else None, False
        if tally:
            return _through(xb, anchor, prev)
        return _until(xb[1], prev) if counts_on else (xb[0], xb[1], False)

    return DateExpr("open_since" if since else "open_until", s, relative or since,
                    None if since else "period", solve)


_PART_OF = re.compile(rf"^the\s+(?P<w>first|last|final|opening|closing)\s+{NUM_RE}\s+{UNIT_RE}\s+of\s+(?P<x>.+)$")


def parse_part_of(s: str) -> Optional[DateExpr]:
    """"the first six months of 2022", "the last three months of 2021/22"."""
    m = _PART_OF.match(s)
    if not m:
        return None
    x = range_end(m["x"])
    amount = amount_of(m["n"], m["unit"])
    if x is None or amount is None or _is_day_only(x) or (isinstance(x, Point) and x.day is not None):
        return None
    first = m["w"] in ("first", "opening")

    def solve(anchor, prev, ahead=False):
        xb = x.bounds(anchor, ahead=ahead)
        if xb is None:
            return None
        part = starting_on(xb[0], amount) if first else ending_on(xb[1], amount)
        return solved(part) if xb[0] <= part[0] and part[1] <= xb[1] else None

    relative = isinstance(x, Point) and (not x.has_year or x.rel_year is not None)
    return DateExpr("range", s, relative, None, solve)


_US_DAYS = re.compile(rf"^(?:from\s+|between\s+)?{MON_RE}\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:-|to|through|and)\s*"
                      rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+{YEAR_RE})?$")


def parse_us_days(s: str) -> Optional[DateExpr]:
    """"Sept. 5-7", "March 3 to 9, 2021": days of one month, month written first."""
    m = _US_DAYS.match(s)
    if not m or not 1 <= int(m["d1"]) < int(m["d2"]) <= 31:
        return None
    first = Point(year=int(m["year"]) if m["year"] else None, month=MONTHS[m["mon"]], day=int(m["d1"]))

    def solve(anchor, prev, ahead=False):
        fb = first.bounds(anchor, ahead=ahead)
        if fb is None:
            return None
        try:
            return fb[0], date(fb[0].year, fb[0].month, int(m["d2"])), False
        except ValueError:
            return None

    return DateExpr("range", s, not m["year"], None, solve)
