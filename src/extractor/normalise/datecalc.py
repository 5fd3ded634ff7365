"""Words and sums for dates: month and weekday names, numbers of units, and
whole-day arithmetic on (from, to) periods. Pure; used by ``extractor.normalise.timex``
and ``extractor.normalise.relative``."""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from typing import Optional

from . import calendar_words
from .fiscal import month_end
from .numbers import words as number_lists

Range = tuple[Optional[date], Optional[date]]
Amount = tuple[int, int]  # (months, days)
ONE_DAY = timedelta(days=1)

MONTHS = calendar_words.months()
WEEKDAYS = calendar_words.weekdays()


def _number_words() -> dict[str, int]:
    """Every number word up to ninety-nine, from models/numbers.json (the one list of
    English number words): "a", "two", "twenty", "twenty-two", "twenty two"."""
    w = number_lists()
    units = {k: v for k, v in w["units"].items() if v > 0}
    out = dict(units)
    for tens, t in w["tens"].items():
        out[tens] = t
        for unit, u in units.items():
            if 1 <= u <= 9 and unit not in ("a", "an"):
                out[f"{tens}-{unit}"] = out[f"{tens} {unit}"] = t + u
    return out


NUMBER_WORDS = _number_words()
# unit -> (months, days) per one unit
UNITS = {
    "day": (0, 1), "week": (0, 7), "fortnight": (0, 14), "month": (1, 0), "quarter": (3, 0),
    "year": (12, 0), "decade": (120, 0),
}


def alt(words) -> str:
    """A regex alternation, longest word first."""
    return "|".join(sorted(words, key=len, reverse=True))


MON_RE = rf"(?P<mon>{alt(MONTHS)})"
WD_RE = rf"(?P<wd>{alt(WEEKDAYS)})"
YEAR_RE = r"(?P<year>(?:18|19|20)\d\d)"
DAY_RE = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
NUM_RE = rf"(?P<n>\d{{1,3}}|(?:{alt(NUMBER_WORDS)})(?:-and-a-half|\s+and\s+a\s+half)?)"
UNIT_RE = r"(?P<unit>days?|weeks?|fortnights?|months?|quarters?|years?|decades?)"
PART_RE = r"(?P<part>early|mid|late|(?:the\s+)?(?:start|beginning|end|middle|(?:first|second|latter)\s+half)\s+of)"


# ---------------------------------------------------------------- calendar sums

def add_months(day: date, months: int) -> date:
    """Same day of the month ``months`` later (or earlier), clamped to the month's end."""
    y, m = divmod(day.month - 1 + months, 12)
    year, month = day.year + y, m + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def after(day: date, amount: Amount, sign: int = 1) -> date:
    """``day`` moved forward (sign +1) or back (-1) by ``amount``."""
    months, days = amount
    return add_months(day, sign * months) + timedelta(days=sign * days)


def ending_on(end: date, amount: Amount) -> Range:
    """The period of length ``amount`` whose last day is ``end``."""
    return after(end + ONE_DAY, amount, -1), end


def starting_on(start: date, amount: Amount) -> Range:
    """The period of length ``amount`` whose first day is ``start``."""
    return start, after(start, amount) - ONE_DAY


def shift(period: Range, amount: Amount, sign: int) -> Range:
    """Move a period by ``amount``; a period ending on a month end keeps ending on one."""
    start, end = period
    new_start = after(start, amount, sign)
    new_end = after(end, amount, sign)
    if amount[1] == 0 and end == month_end(end.year, end.month):
        new_end = month_end(new_end.year, new_end.month)
    return new_start, new_end


def month_aligned(period: Range) -> bool:
    """Starts on the first of a month and ends on the last of one."""
    start, end = period
    return start.day == 1 and end == month_end(end.year, end.month)


def calendar_unit(day: date, unit: str) -> Range:
    """The calendar year, quarter, month, week (Monday-Sunday) or day holding ``day``."""
    if unit in ("year", "decade"):
        return date(day.year, 1, 1), date(day.year, 12, 31)
    if unit == "quarter":
        first = 3 * ((day.month - 1) // 3) + 1
        return date(day.year, first, 1), month_end(day.year, first + 2)
    if unit == "month":
        return date(day.year, day.month, 1), month_end(day.year, day.month)
    if unit in ("week", "fortnight"):
        monday = day - timedelta(days=day.weekday())
        return monday, monday + timedelta(days=6)
    return day, day


def neighbour(period: Range, unit: str, sign: int) -> Range:
    """The ``unit`` after (sign +1) or before (-1) ``period``: a month-aligned
    period (a financial or calendar year, "April 2016 to March 2017") is followed
    by the 12 months (or 1 month...) after it; a period exactly one unit long
    moves by one unit; anything else gives the calendar unit after its end
    (before its start)."""
    months, days = UNITS[unit]
    start, end = period
    if months and month_aligned(period):
        return starting_on(end + ONE_DAY, (months, 0)) if sign > 0 else ending_on(start - ONE_DAY, (months, 0))
    if days and (end - start).days + 1 == days:
        return shift(period, (0, days), sign)
    ref = end if sign > 0 else start
    return shift(calendar_unit(ref, unit), UNITS[unit], sign)


def count_of(word: str) -> Optional[float]:
    """ "three" -> 3, "12" -> 12, "a" -> 1, "three-and-a-half" -> 3.5; None if not a number."""
    half = 0.0
    for tail in ("-and-a-half", " and a half"):
        if word.endswith(tail):
            word, half = word[: -len(tail)], 0.5
    if word.isdigit():
        return int(word) + half
    return NUMBER_WORDS[word] + half if word in NUMBER_WORDS else None


def amount_of(n: Optional[str], unit: str) -> Optional[Amount]:
    """How long "n units" is, as (months, days); n None means one. None if not whole."""
    count = count_of(n) if n else 1
    if count is None or count <= 0:
        return None
    months, days = UNITS[singular(unit)]
    months, days = months * count, days * count
    if months != int(months) or days != int(days):
        return None
    return int(months), int(days)


def singular(word: str) -> str:
    return word[:-1] if word.endswith("s") else word

