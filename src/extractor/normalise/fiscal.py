"""UK financial years and quarters as whole days (pure; no spaCy).

Conventions (all of them; ``extractor.normalise.timex`` lists the rest):

* A financial year runs 1 April to 31 March. ``2016/17``, ``2016-17``,
  ``2016/2017``, ``FY 2016/17``, ``FY16/17``, ``the financial year 2016-17``,
  ``the 2016/17 financial year`` and ``the year 2016/17`` are all
  2016-04-01 .. 2017-03-31.
* The short form needs consecutive years: ``2016-17`` is a financial year, but
  ``2016-19`` (not consecutive) is the calendar years 2016 to 2019.
* Two four-digit years: a slash between consecutive years is a financial year
  (``2018/2019``); a dash is a run of calendar years (``2017-2020`` is
  2017-01-01 .. 2020-12-31), unless the words "financial year" say otherwise.
* Quarters of a financial year: the first is April-June, the fourth
  January-March (``the fourth quarter of 2016/17`` is 2017-01-01 .. 2017-03-31).
  Quarters of a calendar year: the first is January-March. ``Q4 2016/17`` and
  ``Q1 2019`` follow the same rules. "final" and "last" quarter mean the fourth.
* A fiscal year named by one year is the US federal one, which ends on 30
  September of that year: ``fiscal year 2006``, ``FY2006``, ``the 2006 fiscal
  year`` are 2005-10-01 .. 2006-09-30 (a UK or Irish one is written as a pair or
  as a "financial year") -- unless the words around it say whose year it is
  (whose year it is, below: a city's "fiscal 2006" is July 2005 to
  June 2006). A pair said with "fiscal" or "FY" ("FY2024-25") takes that year too
  when the context gives one, else stays the UK financial year.
"""

from __future__ import annotations

import calendar
import re
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Optional

from .calendar_words import fiscal_year_words, months

_YEAR = r"(?:18|19|20)\d\d"
_FY_WORDS = r"(?:financial|fiscal)\s+year"

# "2016/17", "fy 2016/17", "the financial year 2016-17", "the 2016/17 financial year"
_PAIR = re.compile(
    rf"^(?:the\s+)?(?P<pre>{_FY_WORDS}\s+|fy\s*|year\s+)?"
    rf"(?P<y1>{_YEAR})(?P<sep>[/-])(?P<y2>\d\d|{_YEAR})"
    rf"(?P<post>\s+{_FY_WORDS})?$"
)
# "fiscal year 2006", "fy2006", "the 2006 fiscal year": the US federal year to 30 September
# "fiscal 2019": US newsrooms drop the "year"
_US_FISCAL = re.compile(rf"^(?:the\s+)?(?:(?:fiscal\s+year|fiscal|fy)\s*(?P<y>{_YEAR})|(?P<y2>{_YEAR})\s+fiscal\s+year"
                        rf"|fy\s*'?(?P<yy>\d\d))$")  # "FY23" is FY2023
# "the 2021-22 school year", "academic year 2019/20": September to August, as schools and
# universities in the US, UK and Ireland count their year
_SCHOOL = re.compile(
    rf"^(?:the\s+)?(?:(?P<pre>school|academic)\s+year\s+)?(?P<y1>{_YEAR})[/-](?P<y2>\d\d|{_YEAR})"
    rf"(?:\s+(?P<post>school|academic)\s+year)?$")
SCHOOL_YEAR_STARTS = 9
# "fy16/17"
_FY_SHORT = re.compile(r"^(?:the\s+)?fy\s*(?P<a>\d\d)[/-](?P<b>\d\d)$")

_QUARTER_WORDS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
                  "fourth": 4, "4th": 4, "final": 4, "last": 4}
_QUARTER = re.compile(
    r"^(?:the\s+)?(?P<q>first|1st|second|2nd|third|3rd|fourth|4th|final|last)\s+(?:quarter|qtr)\s+"
    # "Third Quarter 2026", "First Quarter, 2025": report titles leave out the "of"
    r"(?:(?:of|in)\s+|[,\-–]\s*)?(?:the\s+)?(?:(?P<fin>financial|fiscal)\s+|calendar\s+)?(?:year\s+)?(?P<x>.+)$"
)
# "Q3 2022", and as US reports join them, "Q3 of 2022"; "Q1 FY2023" is of that fiscal year
_Q_CODE = re.compile(r"^q(?P<q>[1-4])\s+(?:(?:of|in)\s+)?(?:(?P<fin>fiscal|fy)\s*(?:year\s+)?)?(?P<x>.+)$")
# The year first, as quarterly pages title themselves: "2018 2nd Quarter", "2019 Q3"
_YEAR_FIRST = re.compile(
    r"^(?:(?:in|for|during|from)\s+)?(?:the\s+)?(?:(?P<fin>fiscal|fy)\s*)?(?P<x>\d{4}(?:[/-]\d{2,4})?)\s+(?:(?P<q>first|1st|second|2nd|third|3rd|fourth|4th|final|last)"
    r"\s+(?:quarter|qtr)|q(?P<c>[1-4]))$")


@dataclass(frozen=True)
class YearSpan:
    """What a year-pair string means: a financial year or a run of calendar years."""

    date_from: date
    date_to: date
    financial: bool


def financial_year(start_year: int) -> tuple[date, date]:
    """The UK financial year that starts in ``start_year``: 1 April .. 31 March."""
    return date(start_year, 4, 1), date(start_year + 1, 3, 31)


def financial_year_containing(day: date) -> tuple[date, date]:
    return financial_year(day.year if day.month >= 4 else day.year - 1)


def is_financial_year(start: date, end: date) -> bool:
    return (start.month, start.day, end.month, end.day) == (4, 1, 3, 31) and end.year == start.year + 1


def _fiscal_pair(start_year: int, fiscal_words: bool) -> tuple[date, date]:
    """A year pair: from the month its context states when said "fiscal"/"FY", else April."""
    first = stated_start() if fiscal_words else None
    if not first or first == 4:
        return financial_year(start_year)
    start = date(start_year, first, 1)
    return start, date(start_year + 1, first, 1) - timedelta(days=1)


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def parse_year_pair(text: str) -> Optional[YearSpan]:
    """``2016/17``, ``FY 2018/19``, ``the financial year 2018-19``, ``2017-2020`` -> days.

    ``text`` is already normalised (lower case, dashes as ``-``); see
    ``extractor.normalise.timex.normalise``. Returns None when the text is not a year pair.
    """
    m = _FY_SHORT.match(text)
    if m:
        a, b = int(m["a"]), int(m["b"])
        if (a + 1) % 100 != b:
            return None
        start = 2000 + a if a < 70 else 1900 + a
        return YearSpan(*_fiscal_pair(start, True), financial=True)
    m = _PAIR.match(text)
    if not m:
        return None
    y1, raw2 = int(m["y1"]), m["y2"]
    said_financial = bool(m["post"]) or bool(m["pre"] and not m["pre"].startswith("year"))
    said_fiscal = "fiscal" in (m["pre"] or "") + (m["post"] or "") or (m["pre"] or "").startswith("fy")
    if len(raw2) == 2:
        y2 = y1 - y1 % 100 + int(raw2)
        if y2 < y1:
            y2 += 100
        if y2 - y1 > 10:  # "2022 - 12", "2020 - 41": a year and a count (an FOI answer line), not 2020 to 2041
            return None
        consecutive = y2 == y1 + 1
        if consecutive:
            return YearSpan(*_fiscal_pair(y1, said_fiscal), financial=True)
        if said_financial or m["sep"] == "/":
            return None
        return YearSpan(date(y1, 1, 1), date(y2, 12, 31), financial=False)
    y2 = int(raw2)
    if y2 <= y1:
        return None
    if y2 == y1 + 1 and (m["sep"] == "/" or said_financial):
        return YearSpan(*_fiscal_pair(y1, said_fiscal), financial=True)
    if said_financial:
        return None
    return YearSpan(date(y1, 1, 1), date(y2, 12, 31), financial=False)


def parse_us_fiscal_year(text: str) -> Optional[tuple[date, date]]:
    """``fiscal year 2006``, ``FY2006`` -> 2005-10-01 .. 2006-09-30 (federal), or None; the
    year ends in the year it is named by, in the month before its context's start month."""
    m = _US_FISCAL.match(text)
    if not m:
        return None
    year = int(m["y"] or m["y2"]) if m["y"] or m["y2"] else 2000 + int(m["yy"])
    first = first_month()
    if first == 1:
        return date(year, 1, 1), date(year, 12, 31)
    return date(year - 1, first, 1), date(year, first, 1) - timedelta(days=1)


def parse_school_year(text: str) -> Optional[tuple[date, date]]:
    """``the 2021-22 school year``, ``academic year 2019/20`` -> 2021-09-01 .. 2022-08-31, or None.
    The words "school year" or "academic year" must be said: "2021-22" alone is a financial year."""
    m = _SCHOOL.match(text)
    if not m or not (m["pre"] or m["post"]):
        return None
    y1, raw2 = int(m["y1"]), m["y2"]
    y2 = y1 - y1 % 100 + int(raw2) if len(raw2) == 2 else int(raw2)
    if y2 != y1 + 1:
        return None
    return date(y1, SCHOOL_YEAR_STARTS, 1), date(y2, SCHOOL_YEAR_STARTS, 1) - timedelta(days=1)


def parse_quarter(text: str) -> Optional[tuple[date, date]]:
    """``the fourth quarter of the year 2016/17``, ``Q1 2019``, ``2018 2nd Quarter`` -> days, or None."""
    m = _QUARTER.match(text)
    q = _QUARTER_WORDS[m["q"]] if m else None
    if not m:
        m = _Q_CODE.match(text)
        q = int(m["q"]) if m else None
    if not m:
        m = _YEAR_FIRST.match(text)
        q = (_QUARTER_WORDS[m["q"]] if m["q"] else int(m["c"])) if m else None
    if not m:
        return None
    x = m["x"].strip()
    pair = parse_year_pair(x)
    if pair and pair.financial:
        first_month = 4 + 3 * (q - 1)
        year = pair.date_from.year + (first_month - 1) // 12
        first_month = (first_month - 1) % 12 + 1
        return date(year, first_month, 1), month_end(year, first_month + 2)
    if re.fullmatch(_YEAR, x) and not m.groupdict().get("fin"):
        year = int(x)
        return date(year, 3 * q - 2, 1), month_end(year, 3 * q)
    if re.fullmatch(_YEAR, x) and m.groupdict().get("fin") in ("fiscal", "fy"):
        # "the first quarter of fiscal 2025": of the body's fiscal year (below), federal by default
        start = parse_us_fiscal_year(f"fiscal {x}")[0]
        month = start.month + 3 * (q - 1)
        year = start.year + (month - 1) // 12
        month = (month - 1) % 12 + 1
        return date(year, month, 1), month_end(year, month + 2)
    return None


# ---------------------------------------------------------------- whose fiscal year it is
# Whose fiscal year a mention names: the month that year starts, from the words around it (pure).
#
# US bodies do not share one fiscal year. The federal government's runs 1 October to 30
# September; most states, counties and cities run 1 July to 30 June. So "fiscal 2025" is
# October 2024 - September 2025 for the FBI and July 2024 - June 2025 for a city police
# department. A reader tells which, in this order:
#
# 1. the sentence states the year's end or start: "The FBI, whose fiscal year ends Sept. 30,
#    ...", "in fiscal year 2026, which ran from July 1, 2025, to June 30, 2026";
# 2. the sentence names a federal body (FBI, Justice Department, ...) or a state, county or
#    city one (police department, sheriff's office, the state, ...), not both;
# 3. the article states its year anywhere, in a sentence about no federal body ("The state's
#    fiscal year begins July 1.");
# 4. the body named last before the sentence: a federal one (October) or, in an article that
#    is not UK or Irish, a state, county or city one (July).
#
# With none of these the caller keeps its own convention (a one-year fiscal year is the
# federal one; a pair such as "FY 2016/17" the UK financial year from April). The words are
# ``fiscal_years`` in models/date_words.json.
#
# ``FISCAL_START`` holds the month for the mention being read; ``extractor.normalise.fiscal``
# and ``extractor.normalise.relative`` read it through ``first_month()`` / ``stated_start()``.

FISCAL_START: ContextVar[Optional[int]] = ContextVar("fiscal_start", default=None)


def stated_start() -> Optional[int]:
    """The month the mention's fiscal year starts, when its context says; else None."""
    return FISCAL_START.get()


def first_month() -> int:
    """The month a one-year fiscal year starts: the context's, else the federal October."""
    return FISCAL_START.get() or fiscal_year_words().federal_start


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    names = sorted(months(), key=len, reverse=True)
    mon = rf"(?P<mon>{'|'.join(names)})\b"
    end = re.compile(rf"\bfiscal\s+years?\b[^;\n]{{0,40}}?\b(?:ends?|ended|ending|closes|closed|closing"
                     rf"|runs?\s+through|ran\s+through)\s+(?:on\s+)?{mon}")
    start = re.compile(rf"\bfiscal\s+years?\b[^;\n]{{0,60}}?\b(?:begins?|began|beginning|starts?|started|starting"
                       rf"|runs?|ran|running|from)\s+(?:from\s+)?(?:on\s+)?{mon}")
    words = fiscal_year_words()

    def alternation(phrases: list[str]) -> re.Pattern:
        body = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
        return re.compile(rf"(?<![\w.])(?:{body})(?![\w])")

    return end, start, alternation(words.federal), alternation(words.local)


def stated(low: str) -> Optional[int]:
    """The month the fiscal year ``low`` (lower case) talks about starts, when it says."""
    end, start, _fed, _local = _patterns()
    m = end.search(low)
    if m:
        return months()[m["mon"]] % 12 + 1
    m = start.search(low)
    return months()[m["mon"]] if m else None


def by_bodies(low: str, us: bool = True) -> Optional[int]:
    """October when ``low`` names only federal bodies, July when only state or local ones
    (in a US article: a UK "county" or "city" runs no July year)."""
    _end, _start, fed, local = _patterns()
    has_fed, has_local = bool(fed.search(low)), us and bool(local.search(low))
    if has_fed == has_local:
        return None
    words = fiscal_year_words()
    return words.federal_start if has_fed else words.local_start


def article_stated(low: str) -> Optional[int]:
    """The fiscal year the article states anywhere, in a sentence about no federal body."""
    end, start, fed, _local = _patterns()
    for rx in (end, start):
        for m in rx.finditer(low):
            before = low[max(0, low.rfind("\n", 0, m.start()) + 1, m.start() - 100): m.start()]
            if not fed.search(before):
                return months()[m["mon"]] % 12 + 1 if rx is end else months()[m["mon"]]
    return None


def last_body(low: str, us: bool = True) -> Optional[int]:
    """The year of the body named last in ``low`` (the text before a mention): a federal
    release's "In fiscal year 2006, ..." after "The Civil Rights Division enforces ..."."""
    _end, _start, fed, local = _patterns()
    f = max((m.start() for m in fed.finditer(low)), default=-1)
    loc = max((m.start() for m in local.finditer(low)), default=-1) if us else -1
    if f == loc:
        return None
    words = fiscal_year_words()
    return words.federal_start if f > loc else words.local_start


def start_for(sentence_low: str, before_low: str, article: Optional[int], us: bool = True) -> Optional[int]:
    """The month a fiscal year named in ``sentence_low`` starts: stated or told by a body there,
    else the year the article states (``article``), else the body named last in ``before_low``
    (the text before the sentence)."""
    return stated(sentence_low) or by_bodies(sentence_low, us) or article or last_body(before_low, us)


def mentions_fiscal(low: str) -> bool:
    """Whether the lower-case text names a fiscal year at all (so the rest may be skipped):
    "fiscal", or "fy" opening a word, found by str.find: the regex r"fiscal|\\bfy" tried
    its word boundary at every character of every article."""
    if "fiscal" in low:
        return True
    at = low.find("fy")
    while at >= 0:
        if at == 0 or not (low[at - 1].isalnum() or low[at - 1] == "_"):  # \b before the "f"
            return True
        at = low.find("fy", at + 1)
    return False
