"""One point in time written in words or numbers: a day, month, year, decade,
season or part of one ("2 October 2019", "02/10/2019", "early 2020", "the end
of March 2019", "the summer of 2021"), possibly without its year, and the ends
of a range ("1 April 2020", "2018/19", "the fourth quarter of 2016/17").
Pure; ``extractor.normalise.timex`` reads whole mentions with it.

Conventions (tested in tests/normalise/test_timex.py):

* Full dates: "2 October 2019", "2nd of Oct. 2019", "October 2, 2019",
  "Thu 24 May 2012", "2019-10-02". Numbers are day first (UK): "02/10/2019" is
  2 October, unless the article writes month first (``numeric_order``);
  "10/25/2019" is read month first only because 25 cannot be a month.
  Two-digit years ("02/10/19") are 2000-2069 or 1970-1999; with dots only when
  the first number has two digits ("01.01.17", "11.9.23", never "1.2.18").
* A month is its whole month, a year its whole year ("calendar year 2021", "the
  year 2021", "the 2021 calendar year" too), "the 1990s" 1990-1999.
* "early/mid/late 2020" are Jan-Apr, May-Aug, Sep-Dec; "early/mid/late March
  2020" are days 1-10, 11-20, 21-end. "the start of"/"the beginning of" is
  the first day, "the end of" the last day ("the end of March 2019" is
  2019-03-31), "the middle of" is the same as "mid". "the first half of 2020"
  is January-June ("of March 2020": days 1-15), "the second half" the rest.
  The same parts of "last year", "this year", "next year" ("late last year",
  "the start of this year") are placed by the publication date.
* Seasons are meteorological: spring Mar-May, summer Jun-Aug, autumn (fall)
  Sep-Nov, winter December of that year to February of the next.
* "4 June last year", "March 3 this year" take their year from the anchor's.
* A date without a year takes it from the anchor: the most recent such day,
  month or season begun on or before the publication date ("In February",
  "November 13", "in the summer"). With a weekday ("Friday 5 June") the year
  whose 5 June is a Friday nearest the anchor wins. When the words look ahead
  (``resolve(..., ahead=True)``; the spaCy component decides from a future
  word before them: "is due to appear on 22 May", "will be sentenced in
  June") it is the next one instead: the first such day on or after the
  anchor, the month or season holding the anchor or the next one, the next
  weekday. Without an anchor these stay unresolved (None .. None).
"""

from __future__ import annotations

from contextvars import ContextVar

import re
from dataclasses import dataclass
from datetime import date
from typing import Optional

from . import fiscal
from .datecalc import DAY_RE, MON_RE, MONTHS, ONE_DAY, PART_RE, WD_RE, WEEKDAYS, YEAR_RE, Range, add_months
from .fiscal import month_end


@dataclass(frozen=True)
class Point:
    """A day, month, year or part of one, possibly missing its year."""

    year: Optional[int] = None
    month: Optional[int] = None
    day: Optional[int] = None
    weekday: Optional[int] = None
    rel_year: Optional[int] = None
    part: Optional[str] = None
    decade: bool = False

    @property
    def has_year(self) -> bool:
        return self.year is not None or self.rel_year is not None

    @property
    def kind(self) -> str:
        if not self.has_year or self.rel_year is not None:
            return "relative"
        if self.decade:
            return "year"
        if self.part:
            return "season"
        if self.day is not None:
            return "full_date"
        return "month" if self.month is not None else "year"

    def bounds(self, anchor: Optional[date], year: Optional[int] = None,
               month: Optional[int] = None, ahead: bool = False) -> Optional[Range]:
        m = self.month or month
        y = self.year
        if y is None and self.rel_year is not None:
            if anchor is None:
                return None
            y = anchor.year + self.rel_year
        if y is None:
            y = year
        if y is None:
            y = self._infer_year(anchor, m, ahead)
            if y is None:
                return None
        try:
            return self._bounds_in(y, m)
        except ValueError:
            return None

    def _infer_year(self, anchor: Optional[date], m: Optional[int], ahead: bool = False) -> Optional[int]:
        if anchor is None:
            return None
        if self.part in _SEASON_START and m is None:
            first = _SEASON_START[self.part]
            y = anchor.year if date(anchor.year, first, 1) <= anchor else anchor.year - 1
            if ahead and add_months(date(y, first, 1), 3) <= anchor:
                y += 1
            return y
        if m is None or (self.part and self.day is not None):
            return None
        if self.day is None:
            if ahead:
                return anchor.year if m >= anchor.month else anchor.year + 1
            return anchor.year if date(anchor.year, m, 1) <= anchor else anchor.year - 1
        if self.weekday is not None:
            fits = []
            for y in range(anchor.year - 6, anchor.year + 2):
                try:
                    d = date(y, m, self.day)
                except ValueError:
                    continue
                if d.weekday() == self.weekday:
                    fits.append((abs((d - anchor).days), y))
            if fits:
                return min(fits)[1]
        if ahead:
            for y in (anchor.year, anchor.year + 1, anchor.year + 2, anchor.year + 3, anchor.year + 4):
                try:
                    if date(y, m, self.day) >= anchor:
                        return y
                except ValueError:
                    continue
            return None
        for y in (anchor.year, anchor.year - 1, anchor.year - 2, anchor.year - 3, anchor.year - 4):
            try:
                if date(y, m, self.day) <= anchor:
                    return y
            except ValueError:
                continue
        return None

    def _bounds_in(self, y: int, m: Optional[int]) -> Optional[Range]:
        if self.decade:
            first, last = _DECADE_PARTS.get(self.part or "", (0, 9))
            return date(y + first, 1, 1), date(y + last, 12, 31)
        if self.day is not None:
            if m is None:
                return None
            d = date(y, m, self.day)
            return d, d
        if self.part in _SEASON_START:
            first = _SEASON_START[self.part]
            start = date(y, first, 1)
            return start, add_months(start, 3) - ONE_DAY
        if m is not None:
            start, end = date(y, m, 1), month_end(y, m)
            thirds = ((1, 10), (11, 20), (21, end.day))
        else:
            start, end = date(y, 1, 1), date(y, 12, 31)
            thirds = None
        part = (self.part or "").replace("the ", "").replace(" of", "")
        if part in ("start", "beginning"):
            return start, start
        if part == "end":
            return end, end
        if part.endswith("half"):
            middle = date(y, m, 15) if m else date(y, 6, 30)
            return (start, middle) if part.startswith("first") else (middle + ONE_DAY, end)
        if part in ("early", "mid", "middle", "late"):
            i = {"early": 0, "mid": 1, "middle": 1, "late": 2}[part]
            if thirds:
                return date(y, m, thirds[i][0]), date(y, m, thirds[i][1])
            first = 1 + 4 * i
            return date(y, first, 1), month_end(y, first + 3)
        return start, end


_REL_YEAR_RE = r"\s+(?:of\s+)?(?P<rel>this|last|next)\s+year"
_P_UK = re.compile(rf"^(?:{WD_RE}\s+)?(?:the\s+)?{DAY_RE}\s+(?:of\s+)?{MON_RE}(?:\s+{YEAR_RE}|{_REL_YEAR_RE})?$")
_P_US = re.compile(rf"^(?:{WD_RE}\s+)?{MON_RE}\s+(?:the\s+)?{DAY_RE}(?:\s+{YEAR_RE}|{_REL_YEAR_RE})?$")
_P_MONTH = re.compile(
    rf"^(?:{PART_RE}\s+)?{MON_RE}(?:\s+(?:of\s+)?{YEAR_RE}|\s+(?:of\s+)?(?P<rel>this|last|next)\s+year)?$")
_P_YEAR = re.compile(rf"^(?:{PART_RE}\s+)?(?:the\s+)?(?:(?:calendar\s+)?year\s+)?{YEAR_RE}(?:\s+calendar\s+year)?$")
_P_PART_REL_YEAR = re.compile(rf"^{PART_RE}\s+(?P<rel>this|last|next)\s+year$")
_P_SEASON = re.compile(rf"^(?:the\s+)?(?P<season>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?{YEAR_RE})?$")
_SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
_P_DECADE = re.compile(r"^(?:the\s+)?(?:(?P<part>early|mid|late)[\s-]*)?(?P<year>(?:18|19|20)\d0)'?s$")
# "the early 1990s" 1990-1993, "the mid-1990s" 1994-1996, "the late 1990s" 1997-1999
_DECADE_PARTS = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}
_P_NUMERIC = re.compile(r"^(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})$")
_P_ISO = re.compile(r"^(?P<y>(?:18|19|20)\d\d)-(?P<m>\d{1,2})-(?P<d>\d{1,2})$")
_P_DAY_ONLY = re.compile(rf"^(?:{WD_RE}\s+)?(?:the\s+)?{DAY_RE}$")
_REL_YEAR = {"this": 0, "last": -1, "next": 1}
_DAYTIME = re.compile(r"^(?:the\s+)?(?:early\s+|late\s+)?(?:morning|afternoon|evening|night)\s+of\s+(?:the\s+)?")


# Which number comes first in 4/2/18: set per article by numeric_order.numeric_order()
# (UK papers write day first, US papers month first); a part over 12 decides by itself.
NUMERIC_ORDER: ContextVar[str] = ContextVar("numeric_order", default="day_first")


def _short_year_allowed(m: re.Match) -> bool:
    """A two-digit year with slashes ("4/2/18"), or with dots when the first number is
    written with two digits ("01.01.17", "11.9.23"): "1.2.18" is more often a section."""
    return m["sep"] == "/" or (m["sep"] == "." and len(m["a"]) == 2)


def _numeric_point(s: str) -> Optional[Point]:
    m = _P_ISO.match(s)
    if m:
        y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    else:
        m = _P_NUMERIC.match(s)
        if not m or (len(m["y"]) == 2 and not _short_year_allowed(m)):
            return None
        d, mo, y = int(m["a"]), int(m["b"]), int(m["y"])
        if NUMERIC_ORDER.get() == "month_first":
            d, mo = mo, d
        if mo > 12 and d <= 12 and not (m["sep"] == "." and len(m["y"]) == 2):  # "10.30.15" is a time
            d, mo = mo, d
        if y < 100:
            y += 2000 if y < 70 else 1900
    try:
        date(y, mo, d)
    except ValueError:
        return None
    return Point(year=y, month=mo, day=d)


def parse_point(text: str, day_only: bool = False) -> Optional[Point]:
    """One day, month, year, season or part of a year, written in words or numbers.

    ``text`` is normalised; ``day_only`` also accepts a bare day ("1" of "1-5 June").
    A part of a day is that day: "the morning of 20 July 2007" is 20 July 2007."""
    s = text
    m = _DAYTIME.match(s)
    if m:
        p = parse_point(s[m.end():], day_only)
        return p if p is not None and p.day is not None else None
    p = _numeric_point(s)
    if p:
        return p
    for rx in (_P_UK, _P_US):
        m = rx.match(s)
        if m:
            if not 1 <= int(m["day"]) <= 31:
                return None
            return Point(year=int(m["year"]) if m["year"] else None, month=MONTHS[m["mon"]],
                          day=int(m["day"]), weekday=WEEKDAYS[m["wd"]] if m["wd"] else None,
                          rel_year=_REL_YEAR[m["rel"]] if m["rel"] else None)
    m = _P_MONTH.match(s)
    if m:
        return Point(year=int(m["year"]) if m["year"] else None, month=MONTHS[m["mon"]],
                      rel_year=_REL_YEAR[m["rel"]] if m["rel"] else None, part=m["part"])
    m = _P_YEAR.match(s)
    if m:
        return Point(year=int(m["year"]), part=m["part"])
    m = _P_PART_REL_YEAR.match(s)
    if m:
        return Point(rel_year=_REL_YEAR[m["rel"]], part=m["part"])
    m = _P_SEASON.match(s)
    if m:
        return Point(year=int(m["year"]) if m["year"] else None, part=m["season"])
    m = _P_DECADE.match(s)
    if m:
        return Point(year=int(m["year"]), decade=True, part=m["part"])
    if day_only:
        m = _P_DAY_ONLY.match(s)
        if m and 1 <= int(m["day"]) <= 31:
            return Point(day=int(m["day"]))
    return None


class FixedEnd:
    """A range end that is already whole days (a financial year, a quarter)."""

    has_year = True
    day = None

    def __init__(self, start: date, end: date):
        self.start, self.end = start, end

    def bounds(self, anchor, year=None, month=None, ahead=False) -> Range:
        return self.start, self.end


def range_end(text: str, day_only: bool = False):
    """One end of a range, or the date after "since", "to", "up to"."""
    p = parse_point(text, day_only=day_only)
    if p:
        return p
    pair = fiscal.parse_year_pair(text)
    if pair and pair.financial:
        return FixedEnd(pair.date_from, pair.date_to)
    q = fiscal.parse_quarter(text)
    return FixedEnd(*q) if q else None
