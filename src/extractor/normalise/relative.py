"""Dates placed by the publication date ("last year", "on Tuesday") or by the
period before them ("the following 12 months", "the year before"). Pure; the
conventions are listed in ``extractor.normalise.timex``.

``anchored(text)`` and ``carried(text)`` take normalised text (see
``extractor.normalise.timex.normalise``) and return a solver, or None when the words are
not of their kind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable, Optional

from .fiscal import first_month as fiscal_first_month

from .datecalc import (
    MON_RE, MONTHS, NUM_RE, ONE_DAY, UNIT_RE, UNITS, WD_RE, WEEKDAYS, Range, add_months, after, amount_of,
    calendar_unit, count_of, ending_on, month_aligned, neighbour, shift, singular, starting_on,
)

_DAY_MONTH = r"(?:\S+\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?\S+|\S+\s+\d{1,2}(?:st|nd|rd|th)?)(?:\s+\d{4})?"
_TODAY = re.compile(rf"^(?P<w>today|yesterday|tomorrow)(?:\s+(?P<x>{_DAY_MONTH}))?$")
_THIS_UNIT = re.compile(r"^(?:(?P<w>this|last|next)|the\s+current)\s+(?:calendar\s+)?(?P<u>year|month|week|quarter)$")
_EARLIER = re.compile(r"^(?:(?P<w>earlier|later)\s+this|so\s+far\s+this)\s+(?P<u>year|month|week)$"
                      r"|^this\s+(?P<u2>year|month|week)\s+so\s+far$")
_PAST = re.compile(rf"^(?:the\s+)?(?P<w>past|last)\s+(?:{NUM_RE}\s+)?{UNIT_RE}$")
_AGO = re.compile(rf"^{NUM_RE}\s+{UNIT_RE}\s+ago$")
_WEEKDAY = re.compile(rf"^(?:(?P<w>last|next|this)\s+)?{WD_RE}$")
_HAS_MONTH = re.compile(rf"\b{MON_RE}\b")
_LAST_MONTH = re.compile(rf"^(?P<w>last|next|this)\s+{MON_RE}$")
_SINCE_START = re.compile(r"^since\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+(?P<u>year|month|week)$"
                          r"|^to\s+date\s+this\s+(?P<u3>year|month|week)$"
                          r"|^(?:the\s+)?(?P<u2>year|month)[\s-]+to[\s-]+date$")
# "to date in 2022": the named year so far, to the publication date when that is in it
_TO_DATE_IN = re.compile(r"^to\s+date\s+(?:in|for)\s+(?P<y>(?:19|20)\d\d)$")
_BEFORE_LAST = re.compile(r"^the\s+(?P<u>year|month|week)\s+before\s+last$")
_FINANCIAL = re.compile(r"^(?:the\s+)?(?P<w>last|this|current|next)\s+(?P<kind>financial|fiscal)\s+year$")
# "the last three financial years", "the past two fiscal years": whole years, the last one the latest
# completed by the publication date (a year still running is not yet one of "the last")
_PAST_FINANCIAL = re.compile(rf"^(?:the\s+)?(?:past|last|previous)\s+{NUM_RE}\s+(?P<kind>financial|fiscal)\s+years$")

# "last night", "this morning", "yesterday afternoon", "tonight": a part of a day is that day
# "the first six months of this year": this year is the publication's, counted from 1 January
_PART_OF_THIS_YEAR = re.compile(rf"^the\s+(?P<w>first|last)\s+{NUM_RE}\s+{UNIT_RE}\s+of\s+this\s+year$")

_DAYPART = re.compile(r"^(?:(?P<w>yesterday|today|tomorrow|this|last)\s+(?P<p>morning|afternoon|evening|night)|(?P<t>tonight))$")
_DAYPART_STEP = {"yesterday": -1, "today": 0, "tomorrow": 1, "this": 0, "last": -1, None: 0}
# "at the weekend", "over the weekend", "this past weekend", "last weekend", "next weekend"
_WEEKEND = re.compile(r"^(?:(?P<w>the|this|last|next)\s+)?(?:past\s+)?weekend$")
# "last summer", "next spring", "last fall"
_REL_SEASON = re.compile(r"^(?P<w>last|next)\s+(?P<s>spring|summer|autumn|fall|winter)$")
_SEASON_FIRST_MONTH = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}

Anchored = Callable[[date, bool], Optional[Range]]  # (publication date, looks ahead) -> days


# "the past half a year", "the last half-year": six months; "the past year and a half",
# "the last two years and a half": the half said after the unit
_HALF_A = re.compile(r"\bhalf[\s-]+(?:an?[\s-]+)?(year|month)\b")
_AND_A_HALF_AFTER = re.compile(r"\b(an?\s+|one\s+|past\s+|last\s+|\w+\s+)(year|month)s?\s+and\s+a\s+half$")


def _half_said_as_number(s: str) -> str:
    s = _HALF_A.sub(lambda m: "six months" if m[1] == "year" else "two weeks", s)
    def number(m: re.Match) -> str:
        word = m[1].strip()
        lead = f"{word} one" if word in ("past", "last") else "one" if word in ("a", "an") else word
        return f"{lead} and a half {m[2]}s"
    return _AND_A_HALF_AFTER.sub(number, s)


def anchored(s: str) -> Optional[Anchored]:
    """A solver from the publication date to the days ``s`` covers."""
    m = _TODAY.match(s)
    if m:
        if m["x"] and not _HAS_MONTH.search(m["x"]):
            return None
        step = timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}[m["w"]])
        return lambda a, ahead=False: (a + step, a + step)
    m = _THIS_UNIT.match(s)
    if m:
        unit, step = m["u"], {"this": 0, "last": -1, "next": 1}[m["w"] or "this"]
        return lambda a, ahead=False: (shift(calendar_unit(a, unit), UNITS[unit], step) if step
                                       else calendar_unit(a, unit))
    m = _EARLIER.match(s)
    if m:
        unit, later = m["u"] or m["u2"], m["w"] == "later"
        return lambda a, ahead=False: (a, calendar_unit(a, unit)[1]) if later else (calendar_unit(a, unit)[0], a)
    m = _PAST.match(_half_said_as_number(s))
    if m:
        length = amount_of(m["n"], m["unit"])
        return (lambda a, ahead=False: ending_on(a, length)) if length else None
    m = _AGO.match(s)
    if m:
        length, unit = amount_of(m["n"], m["unit"]), singular(m["unit"])
        if length is None:
            return None
        grain = "day" if unit in ("day", "week", "fortnight") else unit
        return lambda a, ahead=False: calendar_unit(after(a, length, -1), grain)
    m = _WEEKDAY.match(s)
    if m:
        return _weekday(WEEKDAYS[m["wd"]], m["w"])
    m = _LAST_MONTH.match(s)
    if m:
        return _named_month(MONTHS[m["mon"]], m["w"])
    return _other_anchored(s)


def _other_anchored(s: str) -> Optional[Anchored]:
    """"since the start of the year", "the year to date" (to the anchor), "the year before last", "the
    last financial year" (UK, April-March; "fiscal": the year of the body it is said of, the US
    federal one to September unless ``extractor.normalise.fiscal.first_month`` says otherwise)."""
    m = _SINCE_START.match(s)
    if m:
        unit = m["u"] or m["u2"] or m["u3"]
        return lambda a, ahead=False: (calendar_unit(a, unit)[0], a)
    m = _TO_DATE_IN.match(s)
    if m:
        year = int(m["y"])
        # a year already over by the publication date is the whole of it
        return lambda a, ahead=False: (date(year, 1, 1), a if a.year == year else date(year, 12, 31))
    m = _BEFORE_LAST.match(s)
    if m:
        unit = m["u"]
        return lambda a, ahead=False: shift(calendar_unit(a, unit), UNITS[unit], -1) if unit == "week" \
            else shift(shift(calendar_unit(a, unit), UNITS[unit], -1), UNITS[unit], -1)
    m = _FINANCIAL.match(s)
    if m:
        step = {"last": -1, "next": 1}.get(m["w"], 0)
        first_month = 4 if m["kind"] == "financial" else fiscal_first_month()
        return lambda a, ahead=False: _financial_year(a, first_month, step)
    m = _PART_OF_THIS_YEAR.match(s)
    if m:
        length = amount_of(m["n"], m["unit"])
        if length is None:
            return None
        if m["w"] == "first":
            return lambda a, ahead=False: starting_on(date(a.year, 1, 1), length)
        return None  # "the last three months of this year" may still be to come: left to carry-over
    m = _PAST_FINANCIAL.match(s)
    if m:
        count = count_of(m["n"])
        first_month = 4 if m["kind"] == "financial" else fiscal_first_month()
        if not count or count != int(count) or count > 20:
            return None
        return lambda a, ahead=False: (_financial_year(a, first_month, -int(count))[0],
                                       _financial_year(a, first_month, -1)[1])
    return _days_and_seasons(s)


def _days_and_seasons(s: str) -> Optional[Anchored]:
    """"last night" (the day before), "this morning" (the day itself), "over the weekend"
    (the last Saturday and Sunday by the anchor; the next when the words look ahead),
    "last summer" (the latest summer over by the anchor), "next spring"."""
    m = _DAYPART.match(s)
    if m:
        if m["w"] == "last" and m["p"] != "night" and m["p"] != "evening":
            return None
        step = timedelta(days=_DAYPART_STEP[m["w"]])
        return lambda a, ahead=False: (a + step, a + step)
    m = _WEEKEND.match(s)
    if m:
        return lambda a, ahead=False: _weekend(a, ahead or m["w"] == "next")
    m = _REL_SEASON.match(s)
    if m:
        first, which = _SEASON_FIRST_MONTH[m["s"]], m["w"]
        return lambda a, ahead=False: _season(a, first, which)
    return None


def _weekend(a: date, ahead: bool) -> Range:
    if ahead:
        sat = a + timedelta(days=(5 - a.weekday()) % 7)
        return sat, sat + ONE_DAY
    sat = a - timedelta(days=(a.weekday() - 5) % 7)
    return sat, min(sat + ONE_DAY, a)  # published on the Saturday: that day so far


def _season(a: date, first_month: int, which: str) -> Range:
    """The three months from ``first_month``: "last" the latest wholly before the anchor,
    "next" the first to start after it."""
    def season(year: int) -> Range:
        start = date(year, first_month, 1)
        return start, add_months(start, 3) - ONE_DAY
    options = [season(a.year - 2), season(a.year - 1), season(a.year), season(a.year + 1)]
    if which == "last":
        return [o for o in options if o[1] < a][-1]
    return [o for o in options if o[0] > a][0]


def _financial_year(a: date, first_month: int, step: int) -> Range:
    """The year from ``first_month`` holding ``a``, moved ``step`` years."""
    start = date(a.year if a.month >= first_month else a.year - 1, first_month, 1)
    start = add_months(start, 12 * step)
    return start, add_months(start, 12) - ONE_DAY


def _named_month(month: int, which: str) -> Anchored:
    """"last November": the latest November before the anchor's month; "next
    November" the first after it; "this November" the one in the anchor's year."""
    def solve(a: date, ahead: bool = False) -> Range:
        year = a.year
        if which == "last" and month >= a.month:
            year -= 1
        elif which == "next" and month <= a.month:
            year += 1
        return calendar_unit(date(year, month, 1), "month")
    return solve


def _weekday(wd: int, which: Optional[str]) -> Anchored:
    """"on Tuesday": the last Tuesday on or before the anchor, or, when the words
    look ahead ("is due in court on Tuesday"), the next one on or after it."""
    def on(a: date, ahead: bool = False) -> Range:
        if which == "next" or (ahead and which is None):
            if ahead and which is None and a.weekday() == wd:
                return a, a
            d = a + timedelta(days=(wd - a.weekday()) % 7 or 7)
        else:
            back = (a.weekday() - wd) % 7
            d = a - timedelta(days=back or (7 if which == "last" else 0))
        return d, d
    return on


_FOLLOWING = re.compile(
    rf"^(?:the\s+(?P<w>following|next|subsequent|previous|preceding|prior)|(?P<w2>previous|preceding))\s+"
    rf"(?:{NUM_RE}\s+)?{UNIT_RE}$")
# "the prior fiscal year", "the previous financial year": the body's year before the one just named
_FISCAL_NEIGHBOUR = re.compile(r"^the\s+(?P<w>previous|prior|preceding|following|subsequent)\s+(?:financial|fiscal)\s+year$")
_UNIT_BEFORE = re.compile(rf"^the\s+{UNIT_RE}\s+(?P<w>before|after|earlier|later|prior)$")
_LATER = re.compile(rf"^{NUM_RE}\s+{UNIT_RE}\s+(?P<w>later|earlier|after|before|on)$")
_SAME_PERIOD = re.compile(r"^(?:the\s+same|this|that)\s+(?:(?:reporting|financial)\s+)?period$")
_SAME_UNIT = re.compile(r"^(?:the\s+same|that(?:\s+same)?)\s+(?P<u>year|month|week|day)$")
_SAME_UNITS = re.compile(rf"^the\s+same\s+{NUM_RE}\s+{UNIT_RE}$")
_NTH_OF = re.compile(rf"^the\s+(?P<w>first|second|third|fourth|fifth|last|final|latest)\s+of\s+the\s+"
                     rf"(?:{NUM_RE}\s+)?{UNIT_RE}$")
_NTH = {"first": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4}
_PART_OF = re.compile(
    rf"^the\s+(?P<w>first|last|final)\s+(?:{NUM_RE}\s+)?{UNIT_RE}\s+of\s+(?:that|the|this)\s+"
    r"(?:(?:reporting|financial)\s+)?(?:period|year)$"
)
# "the same period last year", "the same quarter of the previous year": the period just set, a year back
_SAME_A_YEAR_BACK = re.compile(r"^the\s+same\s+(?:\S+\s+)?(?:period|quarter|half|months|time)\s+(?:of\s+|in\s+)?"
                               r"(?:last\s+year|the\s+(?:previous|preceding|prior)\s+year|the\s+year\s+before)$")
# "the second half of the year": the half of the year just named (else the publication year)
_HALF_OF_YEAR = re.compile(r"^the\s+(?P<w>first|second|latter)\s+half\s+of\s+(?:the|that)\s+year$")
_FORWARD = ("following", "next", "subsequent", "after", "later", "on")
# "In the first quarter of 2026, 12 ... and in the second quarter a further 7": a quarter
# with no year is of the year the quarter or year before it was in
_NTH_QUARTER = re.compile(r"^(?:(?:in|during)\s+)?the\s+(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:quarter|qtr)$")
_QUARTER_NO = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}


def _quarter_of(p: Range, q: int) -> Range:
    """Quarter ``q`` of the year ``p`` is in: of a financial year when ``p`` is one (April to March)."""
    first = 4 if (p[0].month, p[0].day, p[1].month, p[1].day) == (4, 1, 3, 31) else 1
    month = first + 3 * (q - 1)
    start = date(p[0].year + (month - 1) // 12, (month - 1) % 12 + 1, 1)
    after = month + 3
    return start, date(p[0].year + (after - 1) // 12, (after - 1) % 12 + 1, 1) - timedelta(days=1)


@dataclass(frozen=True)
class Carry:
    """How a carry-over reads the period before it.

    ``wants`` is "period" (the last mention longer than a day), "any" (the
    last mention) or "year" (the last mention, passing over a day the publication date placed); ``far`` is True when the words name that period outright
    ("the same reporting period") and may reach further back; ``stated`` is True when,
    with nothing near, the last period the article stated is continued (a quarter with
    no year is of the year the report is about, however far back that was named)."""

    wants: str
    solve: Callable[[Range], Range]
    far: bool = False
    stated: bool = False


def _back_from_last(p: Range, unit: str, sign: int) -> Range:
    """"fell from 2018 to 2019 ... 228 the previous year": of a change stated over two whole
    units, the unit before is the one before the later unit, the first of the two."""
    months = UNITS[unit][0]
    if sign < 0 and months and month_aligned(p) and add_months(p[0], 2 * months) - ONE_DAY == p[1]:
        return ending_on(add_months(p[0], months) - ONE_DAY, (months, 0))
    return neighbour(p, unit, sign)


def _wants(unit: str) -> str:
    """A year next to the last mention ("year"): a news day placed by the publication date
    ("a report released Wednesday") gives way to a period stated before it."""
    return "year" if unit == "year" else "any"


def _half_of_year(p: Range, second: bool) -> Range:
    """Half of the year ``p`` is (a financial year) or starts in (a calendar year)."""
    whole = month_aligned(p) and add_months(p[0], 12) - ONE_DAY == p[1]
    start = p[0] if whole else date(p[0].year, 1, 1)
    return starting_on(add_months(start, 6) if second else start, (6, 0))


def carried(s: str) -> Optional[Carry]:
    m = _SAME_A_YEAR_BACK.match(s)
    if m:
        return Carry("period", lambda p: shift(p, (12, 0), -1), far=True)
    m = _HALF_OF_YEAR.match(s)
    if m:
        return Carry("any", lambda p, second=m["w"] != "first": _half_of_year(p, second))
    m = _FOLLOWING.match(s)
    if m:
        sign, unit = (1 if m["w"] in _FORWARD else -1), singular(m["unit"])
        if m["n"] is None:
            return Carry(_wants(unit), lambda p: _back_from_last(p, unit, sign))
        length = amount_of(m["n"], m["unit"])
        if length is None:
            return None
        if sign > 0:
            return Carry("period", lambda p: starting_on(p[1] + ONE_DAY, length))
        return Carry("period", lambda p: ending_on(p[0] - ONE_DAY, length))
    m = _UNIT_BEFORE.match(s) or _FISCAL_NEIGHBOUR.match(s)
    if m:
        sign, unit = (1 if m["w"] in _FORWARD else -1), singular(m.groupdict().get("unit") or "year")
        return Carry(_wants(unit), lambda p: _back_from_last(p, unit, sign))
    m = _LATER.match(s)
    if m:
        length, sign = amount_of(m["n"], m["unit"]), (1 if m["w"] in _FORWARD else -1)
        return Carry("any", lambda p: shift(p, length, sign)) if length else None
    if _SAME_PERIOD.match(s) or _SAME_UNITS.match(s):
        return Carry("period", lambda p: p, far=True)
    m = _NTH_OF.match(s)
    if m:
        one = amount_of(None, m["unit"])
        if m["w"] in _NTH:
            nth = _NTH[m["w"]]
            return Carry("period", lambda p: starting_on(after(p[0], (one[0] * nth, one[1] * nth)), one))
        return Carry("period", lambda p: ending_on(p[1], one))
    m = _SAME_UNIT.match(s)
    if m:
        return Carry("any", _same(m["u"]))
    m = _NTH_QUARTER.match(s)
    if m:
        return Carry("year", lambda p, q=_QUARTER_NO[m["q"]]: _quarter_of(p, q), stated=True)
    m = _PART_OF.match(s)
    if m:
        length = amount_of(m["n"], m["unit"])
        if length is None:
            return None
        if m["w"] == "first":
            return Carry("period", lambda p: starting_on(p[0], length))
        return Carry("period", lambda p: ending_on(p[1], length))
    return None


def _same(unit: str) -> Callable[[Range], Range]:
    """"the same year": the previous period itself when it is one such unit
    (a financial year), else the calendar unit holding its start."""
    months, days = UNITS[unit]

    def same(p: Range) -> Range:
        one_unit = (month_aligned(p) and months and add_months(p[0], months) - ONE_DAY == p[1]) or (
            days and (p[1] - p[0]).days + 1 == days)
        return p if one_unit else calendar_unit(p[0], unit)
    return same
