"""Date text + publication date -> the whole days it covers (pure; no spaCy).

``parse(text)`` reads the words of one date mention and returns a ``DateExpr``
(or None when the words are not a date this module knows); ``expr.resolve(anchor,
previous)`` turns it into a ``Resolution`` with ``date_from``/``date_to``.
``resolve(text, anchor, previous)`` does both. ``anchor`` is the publication
date; ``previous`` the (from, to) of the period the text carries on from.
Financial years and quarters live in ``extractor.normalise.fiscal``, dates placed by
the publication date or by the period before in ``extractor.normalise.relative``, and
the word lists and day arithmetic in ``extractor.normalise.datecalc``.

Conventions (each one is tested in tests/test_dates.py):

* Full dates: "2 October 2019", "2nd of Oct. 2019", "October 2, 2019",
  "Thu 24 May 2012", "2019-10-02". Numbers are day first (UK): "02/10/2019" is
  2 October; "10/25/2019" is read month first only because 25 cannot be a month.
  Two-digit years ("02/10/19") are 2000-2069 or 1970-1999.
* A month is its whole month, a year its whole year, "the 1990s" 1990-1999.
* "early/mid/late 2020" are Jan-Apr, May-Aug, Sep-Dec; "early/mid/late March
  2020" are days 1-10, 11-20, 21-end. "the start of"/"the beginning of" is
  the first day, "the end of" the last day ("the end of March 2019" is
  2019-03-31), "the middle of" is the same as "mid". "the first half of 2020"
  is January-June ("of March 2020": days 1-15), "the second half" the rest.
* Seasons are meteorological: spring Mar-May, summer Jun-Aug, autumn (fall)
  Sep-Nov, winter December of that year to February of the next.
* A date without a year takes it from the anchor: the most recent such day,
  month or season begun on or before the publication date ("In February",
  "November 13", "in the summer"). With a weekday ("Friday 5 June") the year
  whose 5 June is a Friday nearest the anchor wins. When the words look ahead
  (``resolve(..., ahead=True)``; the spaCy component decides from a future
  word before them: "is due to appear on 22 May", "will be sentenced in
  June") it is the next one instead: the first such day on or after the
  anchor, the month or season holding the anchor or the next one, the next
  weekday. Without an anchor these stay unresolved (None .. None).
* Ranges: "From April 2016 to March 2017", "between 2018 and 2021", "2016-2019",
  "April to June 2022", "1-5 June 2020", "1 April 2020 - 31 March 2021" cover
  the first day of the start to the last day of the end; a start without a year
  takes the end's (the year before if it would come after the end: "November
  to March 2019" starts in November 2018). A list of consecutive years
  ("2017, 2018, 2019 and 2020") is the run from the first to the last. Two
  dates joined by "and" without "between" are one period only when the second
  starts the day after the first ends ("6 and 7 March 2023", "2018/19 and
  2019/20"); "2018/19 and 2020/21" are two periods, not a range.
  "the whole of 2023", "all of 2023" are the year itself.
* Periods that end at a date: "the year to March 2021", "the 12 months to 31
  March 2019", "year ending March 2022", "the three years to the end of March
  2019" end on the last day of what follows "to" and run back the stated
  length. "leading up to"/"running up to" stop the day before ("the year
  leading up to April 2023" ends 2023-03-31).
* Open periods: "since April 2014", "dating back to 2009/10", "from 2019
  onwards", "from 2014 to date" run from the start to the anchor (to None without one). "up to 31
  March 2019", "until 2020", "the period ending 31 March 2019" run from None to
  the end, or, when the previous period in the same series ended before it, from
  the day after that period ("100 in 2016/17 ... and 43 up to 31 March 2019").
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

from contextvars import ContextVar

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Callable, Optional

from . import fiscal
from . import relative
from ..records import DATE_KINDS
from .datecalc import (
    DAY_RE, MON_RE, MONTHS, NUM_RE, ONE_DAY, PART_RE, UNIT_RE, WD_RE, WEEKDAYS, YEAR_RE, Amount, Range,
    add_months, amount_of, ending_on,
)
from .fiscal import month_end

# ---------------------------------------------------------------- text

def normalise(text: str) -> str:
    """Lower case, plain dashes and quotes, no brackets or commas, single spaces."""
    s = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    s = re.sub(r"[\u2010-\u2015\u2212]", "-", s)
    s = re.sub(r"[()\[\],|:;]", " ", s)
    s = re.sub(r"(?<=[a-z])\.(?=\d)", " ", s)  # "mar.7, 2016"
    s = re.sub(r"(?<=[a-z])\.", "", s)
    s = re.sub(r"\s*-\s*", "-", s)
    s = re.sub(r"\b(early|mid|late)-", r"\1 ", s)
    s = re.sub(r"'s$", "", s.strip())
    return re.sub(r"\s+", " ", s).strip()


_LEADING = re.compile(r"^(?:(?:in|on|during|at|for|from|over|across|throughout|within|of)\s+)?"
                      r"(?:(?:the\s+)?(?:whole|entirety)\s+of\s+|all\s+of\s+)?")


# ---------------------------------------------------------------- results

@dataclass(frozen=True)
class Resolution:
    """The days one mention covers. Either end may be None: unknown, or open."""

    date_from: Optional[date]
    date_to: Optional[date]
    kind: str
    carried: bool = False
    relative: bool = False  # needed the publication date

    @property
    def is_point(self) -> bool:
        return self.date_from is not None and self.date_from == self.date_to

    @property
    def resolved(self) -> bool:
        return self.date_from is not None or self.date_to is not None

    @property
    def range(self) -> Range:
        return self.date_from, self.date_to


_Solved = Optional[tuple[Optional[date], Optional[date], bool]]


@dataclass(frozen=True)
class DateExpr:
    """A parsed date mention, not yet placed in time.

    ``kind`` is its family (see ``KINDS``); ``relative`` says it needs the
    publication date; ``carry`` says which earlier mention it carries on from:
    "period" (the last mention covering more than one day), "any" (the last
    mention), or None; ``far`` that it names that period outright ("the same
    reporting period") and may look further back than a nearby one; ``length``
    that it is a duration ("over three years") which may stand for a period of
    that length stated elsewhere in the article (see ``names_period``)."""

    kind: str
    text: str
    relative: bool
    carry: Optional[str]
    solve: Callable[[Optional[date], Optional[Range], bool], _Solved] = field(repr=False, compare=False)
    far: bool = False
    length: Optional[tuple[Amount, Amount]] = None  # a duration that may name a stated period: (length, one unit)

    def resolve(self, anchor: Optional[date] = None, previous: Optional[Range] = None,
                ahead: bool = False) -> Resolution:
        """``ahead``: the words look forward ("is due to appear on 22 May"), so a
        day, month or season without a year is the next one, not the last."""
        if previous is not None and (previous[0] is None or previous[1] is None):
            previous = None
        solved = self.solve(anchor, previous, ahead)
        if solved is None:
            return Resolution(None, None, self.kind, relative=self.relative)
        start, end, carried = solved
        if start is not None and end is not None and start > end:
            return Resolution(None, None, self.kind, relative=self.relative)
        return Resolution(start, end, self.kind, carried, self.relative)


# The kinds of date expression; records.py holds the list, so that the rule-file
# schemas can check a pattern's label without importing this module.
KINDS = DATE_KINDS


def _fixed(kind: str, text: str, start: date, end: date) -> DateExpr:
    return DateExpr(kind, text, False, None, lambda a, p, ahead=False: (start, end, False))


# ---------------------------------------------------------------- points

@dataclass(frozen=True)
class _Point:
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
            return date(y, 1, 1), date(y + 9, 12, 31)
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


_P_UK = re.compile(rf"^(?:{WD_RE}\s+)?(?:the\s+)?{DAY_RE}\s+(?:of\s+)?{MON_RE}(?:\s+{YEAR_RE})?$")
_P_US = re.compile(rf"^(?:{WD_RE}\s+)?{MON_RE}\s+(?:the\s+)?{DAY_RE}(?:\s+{YEAR_RE})?$")
_P_MONTH = re.compile(
    rf"^(?:{PART_RE}\s+)?{MON_RE}(?:\s+(?:of\s+)?{YEAR_RE}|\s+(?:of\s+)?(?P<rel>this|last|next)\s+year)?$")
_P_YEAR = re.compile(rf"^(?:{PART_RE}\s+)?{YEAR_RE}$")
_P_SEASON = re.compile(rf"^(?:the\s+)?(?P<season>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?{YEAR_RE})?$")
_SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
_P_DECADE = re.compile(r"^(?:the\s+)?(?P<year>(?:18|19|20)\d0)'?s$")
_P_NUMERIC = re.compile(r"^(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})$")
_P_ISO = re.compile(r"^(?P<y>(?:18|19|20)\d\d)-(?P<m>\d{1,2})-(?P<d>\d{1,2})$")
_P_DAY_ONLY = re.compile(rf"^(?:the\s+)?{DAY_RE}$")
_REL_YEAR = {"this": 0, "last": -1, "next": 1}


# Which number comes first in 4/2/18: set per article by numeric_order() (UK papers write
# day first, US papers month first); a part over 12 decides by itself.
NUMERIC_ORDER: ContextVar[str] = ContextVar("numeric_order", default="day_first")
_MONTH_FIRST = re.compile(rf"\b{MON_RE}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:18|19|20)\d\d\b")
_DAY_FIRST = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MON_RE}\.?,?\s+(?:18|19|20)\d\d\b")
_MONTH_DOT_DAY = re.compile(r"\b(?:jan|feb|aug|sept?|oct|nov|dec)\.\s*\d{1,2}\b")  # AP style: "Jan. 5"
_NUMERIC_IN_TEXT = re.compile(r"\b(\d{1,2})([/.-])(\d{1,2})\2(?:\d{4}|\d{2})\b")


def numeric_order(text: str) -> str:
    """'month_first' when the article writes dates the US way ('October 2, 2019',
    '07-14-2019'), else 'day_first' ('2 October 2019', '14/07/2019')."""
    if not _NUMERIC_IN_TEXT.search(text):
        return "day_first"  # no numeric date to read: skip the scans
    low = text.lower()
    us = len(_MONTH_FIRST.findall(low)) + len(_MONTH_DOT_DAY.findall(low))
    uk = len(_DAY_FIRST.findall(low))
    for a, _sep, b in _NUMERIC_IN_TEXT.findall(low):
        us += int(b) > 12 >= int(a)
        uk += int(a) > 12 >= int(b)
    return "month_first" if us > uk else "day_first"


def _numeric_point(s: str) -> Optional[_Point]:
    m = _P_ISO.match(s)
    if m:
        y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    else:
        m = _P_NUMERIC.match(s)
        if not m or (len(m["y"]) == 2 and m["sep"] != "/"):
            return None
        d, mo, y = int(m["a"]), int(m["b"]), int(m["y"])
        if NUMERIC_ORDER.get() == "month_first":
            d, mo = mo, d
        if mo > 12 and d <= 12:
            d, mo = mo, d
        if y < 100:
            y += 2000 if y < 70 else 1900
    try:
        date(y, mo, d)
    except ValueError:
        return None
    return _Point(year=y, month=mo, day=d)


def parse_point(text: str, day_only: bool = False) -> Optional[_Point]:
    """One day, month, year, season or part of a year, written in words or numbers.

    ``text`` is normalised; ``day_only`` also accepts a bare day ("1" of "1-5 June")."""
    s = text
    p = _numeric_point(s)
    if p:
        return p
    for rx in (_P_UK, _P_US):
        m = rx.match(s)
        if m:
            if not 1 <= int(m["day"]) <= 31:
                return None
            return _Point(year=int(m["year"]) if m["year"] else None, month=MONTHS[m["mon"]],
                          day=int(m["day"]), weekday=WEEKDAYS[m["wd"]] if m["wd"] else None)
    m = _P_MONTH.match(s)
    if m:
        return _Point(year=int(m["year"]) if m["year"] else None, month=MONTHS[m["mon"]],
                      rel_year=_REL_YEAR[m["rel"]] if m["rel"] else None, part=m["part"])
    m = _P_YEAR.match(s)
    if m:
        return _Point(year=int(m["year"]), part=m["part"])
    m = _P_SEASON.match(s)
    if m:
        return _Point(year=int(m["year"]) if m["year"] else None, part=m["season"])
    m = _P_DECADE.match(s)
    if m:
        return _Point(year=int(m["year"]), decade=True)
    if day_only:
        m = _P_DAY_ONLY.match(s)
        if m and 1 <= int(m["day"]) <= 31:
            return _Point(day=int(m["day"]))
    return None


def parse_day(text: str) -> Optional[date]:
    """A single day with its year ("2 October 2019", "02/10/2019", "2019-10-02"), else None."""
    p = parse_point(normalise(text))
    if p is None or p.day is None or p.year is None:
        return None
    r = p.bounds(None)
    return r[0] if r else None


class _Fixed:
    """A range end that is already whole days (a financial year, a quarter)."""

    has_year = True
    day = None

    def __init__(self, start: date, end: date):
        self.start, self.end = start, end

    def bounds(self, anchor, year=None, month=None, ahead=False) -> Range:
        return self.start, self.end


def _end(text: str, day_only: bool = False):
    """One end of a range, or the date after "since", "to", "up to"."""
    p = parse_point(text, day_only=day_only)
    if p:
        return p
    pair = fiscal.parse_year_pair(text)
    if pair and pair.financial:
        return _Fixed(pair.date_from, pair.date_to)
    q = fiscal.parse_quarter(text)
    return _Fixed(*q) if q else None


# ---------------------------------------------------------------- families

def _calendar(s: str) -> Optional[DateExpr]:
    p = parse_point(s)
    if p is None:
        return None
    kind = p.kind
    return DateExpr(kind, s, kind == "relative", None,
                    lambda a, prev, ahead=False: _solved(p.bounds(a, ahead=ahead)))


def _solved(r: Optional[Range], carried: bool = False) -> _Solved:
    return None if r is None else (r[0], r[1], carried)


def _year_pair(s: str) -> Optional[DateExpr]:
    s = re.sub(r"^(?:from|between)\s+", "", s)
    pair = fiscal.parse_year_pair(s)
    if pair:
        return _fixed("fy" if pair.financial else "range", s, pair.date_from, pair.date_to)
    q = fiscal.parse_quarter(s)
    return _fixed("quarter", s, *q) if q else None


_YEAR_LIST = re.compile(r"^(?P<years>(?:(?:18|19|20)\d\d\s+)+)(?:and|to|-)\s*(?P<last>(?:18|19|20)\d\d)$")
_CONNECTOR = re.compile(r"\s+(?:to|until|till|through|thru|and)\s+|-")


def _range(s: str) -> Optional[DateExpr]:
    between = bool(re.match(r"^between\s", s))
    s = re.sub(r"^(?:from|between)\s+", "", s)
    m = _YEAR_LIST.match(s)
    if m:
        years = [int(y) for y in m["years"].split()] + [int(m["last"])]
        consecutive = all(b == a + 1 for a, b in zip(years, years[1:]))
        if years == sorted(set(years)) and (consecutive or (len(years) == 2 and (between or " and " not in s))):
            return _fixed("range", s, date(years[0], 1, 1), date(years[-1], 12, 31))
        return None
    for cut in _CONNECTOR.finditer(s):
        left_text, right_text = s[: cut.start()].strip(), s[cut.end():].strip()
        if not left_text or not right_text:
            continue
        right = _end(right_text)
        left = _end(left_text, day_only=True)
        if right is None or left is None:
            continue
        if _is_day_only(left) and right.day is None:
            continue
        if cut.group().strip() == "and" and not between and not _adjacent(left, right):
            continue  # "2018/19 and 2020/21" are two periods; "6 and 7 March 2023" is one
        relative = not (left.has_year or right.has_year) or any(
            isinstance(e, _Point) and e.rel_year is not None for e in (left, right))
        return DateExpr("range", s, relative, None,
                        lambda a, prev, ahead=False, l=left, r=right: _solved(_join(l, r, a, ahead)))
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
    return isinstance(end, _Point) and end.month is None and end.day is not None and end.year is None


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
    rf"^(?:the\s+)?(?:{NUM_RE}\s+)?(?:(?P<adj>financial|fiscal|reporting|calendar)\s+)?"
    rf"(?:{UNIT_RE}|(?P<period>period))\s+"
    r"(?P<rel>(?:leading|running)\s+up\s+to|up\s+to|to|ending|ended|until|till|through)"
    r"(?:\s+(?:in|on))?\s+(?P<x>.+)$"
)


def _to_period(s: str) -> Optional[DateExpr]:
    m = _TO_PERIOD.match(s)
    if not m:
        return None
    x = _end(m["x"])
    if x is None or _is_day_only(x):
        return None
    exclusive = m["rel"].startswith(("leading", "running"))
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
        return _solved(ending_on(end, amount))

    kind = "open_until" if amount is None else "range"
    relative = isinstance(x, _Point) and (not x.has_year or x.rel_year is not None)
    return DateExpr(kind, s, relative, "period" if amount is None else None, solve)


def _until(end: date, prev: Optional[Range]) -> _Solved:
    """An open period ending ``end``; it starts after ``prev`` when that ended not long before."""
    if prev is not None and prev[1] < end and (end - prev[1]).days <= 2 * 366:
        return prev[1] + ONE_DAY, end, True
    return None, end, False


_SINCE = re.compile(r"^(?:ever\s+)?(?:since|dating\s+back\s+to|going\s+back\s+to|as\s+far\s+back\s+as)\s+(?P<x>.+)$")
_ONWARDS = re.compile(r"^from\s+(?P<x>.+?)\s+(?:onwards?|(?:to|until)\s+(?:date|now|the\s+present(?:\s+day)?))$")
_UNTIL = re.compile(r"^(?:up\s+to|up\s+until|until|till|through\s+to)\s+(?:and\s+including\s+)?(?P<x>.+)$")


def _open(s: str) -> Optional[DateExpr]:
    m = _SINCE.match(s) or _ONWARDS.match(s)
    since = m is not None
    m = m or _UNTIL.match(s)
    if not m:
        return None
    x = _end(m["x"])
    if x is None or _is_day_only(x):
        return None
    relative = isinstance(x, _Point) and (not x.has_year or x.rel_year is not None)

    def solve(anchor, prev, ahead=False):
        xb = x.bounds(anchor, ahead=ahead)
        if xb is None:
            return None
        if since:
            return xb[0], anchor if anchor is not None and anchor >= xb[0] else None, False
        return _until(xb[1], prev)

    return DateExpr("open_since" if since else "open_until", s, relative or since,
                    None if since else "period", solve)


def _anchored(s: str) -> Optional[DateExpr]:
    solve = relative.anchored(s)
    if solve is None:
        return None
    return DateExpr("relative", s, True, None,
                    lambda a, p, ahead=False: None if a is None else _solved(solve(a, ahead)))


def _carried(s: str) -> Optional[DateExpr]:
    carry = relative.carried(s)
    if carry is None:
        return None
    return DateExpr("carry_over", s, False, carry.wants,
                    lambda a, p, ahead=False: None if p is None else _solved(carry.solve(p), carried=True),
                    far=carry.far)


_DURATION = re.compile(
    rf"^(?:(?P<prep>in|over|across|during|throughout|within|for)\s+)?(?P<the>the\s+)?{NUM_RE}\s+{UNIT_RE}$")
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

_FAMILIES = (_calendar, _year_pair, _to_period, _open, _range, _anchored, _carried, _duration)


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
