"""A weekday that does not fit its date: 'Friday (3 March)' in a 2019 story (3 March 2019
was a Sunday). ``weekday_mismatch``.

The weekday and its date are read from the text: a weekday followed by a day and a month
('Friday (3 March)', 'Friday, 3rd March 2019', 'Friday, March 3'), with the words between
them in models/checks.json (weekday_gap) and the names in models/date_words.json. The year is the one written; else, in a dated
article, the one that puts the day nearest to the publication date. In an undated article
a date without a year is not placed by the years of its other dates (a story dated by
nothing may run from December 2023 to March 2024), but one day and month given two
weekdays in it is still flagged (rule weekday_twice). A date whose year
nothing gives (no year written, no publication date) is not checked: any weekday may fit
some year; nor is one whose weekday fits a year named in its sentence or the two before
('In 2017, ... on Friday 3 March'), which the passage may be about.

Pure: the article in, Check records out.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Optional

from ..normalise.calendar_words import name_lists
from .keys import sentence_spans
from .settings import check_rules, words_pattern
from ..records import ArticleResult, Check


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, ...]:
    r = check_rules()
    wd = words_pattern(_days())
    months = words_pattern([m for forms in name_lists("months") for m in forms])
    day = r"(?P<d>\d{1,2})(?:st|nd|rd|th)?"
    year = r"(?:,?\s+(?P<y>(?:19|20)\d\d))?\)?"
    return (re.compile(rf"(?P<wd>{wd}){r.weekday_gap}{day}\s+(?:of\s+)?(?P<m>{months})\.?{year}", re.I),
            re.compile(rf"(?P<wd>{wd}){r.weekday_gap}(?P<m>{months})\.?\s+{day}\b{year}", re.I))


@lru_cache(maxsize=1)
def _weekday_words() -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(w[:3] for w in _days()) + r")[a-z]*day\b", re.I)


def _days() -> list[str]:
    """The weekdays' full names from Monday (models/date_words.json, the one list of them)."""
    return [forms[0] for forms in name_lists("weekdays")]


def _month(said: str) -> int:
    return next(i for i, forms in enumerate(name_lists("months"), 1) if said.lower() in forms)


def _resolve(m: re.Match, published: Optional[date]) -> Optional[date]:
    d, month = int(m.group("d")), _month(m.group("m"))
    years = [int(m.group("y"))] if m.group("y") else \
        ([published.year - 1, published.year, published.year + 1] if published else [])
    days = []
    for y in years:
        try:
            days.append(date(y, month, d))
        except ValueError:
            continue
    return min(days, key=lambda x: abs((x - published).days)) if days and len(years) > 1 else \
        (days[0] if days else None)


def _fits_a_year_nearby(text: str, m: re.Match, day: date, weekday: int) -> bool:
    """Whether the weekday fits the date in a year named in its sentence or the two before it."""
    sents = sentence_spans(text)
    idx = next((i for i, (s, e) in enumerate(sents) if s <= m.start() < e), 0)
    nearby = text[sents[max(0, idx - 2)][0]:sents[idx][1]]
    return any(y in _years_fitting(day, weekday) for y in map(int, re.findall(r"\b(?:19|20)\d\d\b", nearby)))


def _years_fitting(day: date, weekday: int) -> list[int]:
    out = []
    for year in range(day.year - 6, day.year + 7):
        try:
            if date(year, day.month, day.day).weekday() == weekday:
                out.append(year)
        except ValueError:
            continue
    return out


def _check(m: re.Match, day: date, weekday: int, given: str) -> Check:
    days = _days()
    years = [y for y in _years_fitting(day, weekday) if y != day.year][-2:]
    other = f"; {day.day} {day:%B} was a {days[weekday].title()} in {' and '.join(map(str, years))}" if years else ""
    return Check(kind="weekday_mismatch", spans=[m.span()], rule="weekday_of_date",
                 message=(f"“{m.group(0)}”: {day.day} {day:%B %Y}{given} was a {days[day.weekday()].title()}, "
                          f"not a {days[weekday].title()}{other}. Either the weekday or the date is wrong, or the "
                          "date belongs to another year."))


def _same_day_twice(text: str, said: list[tuple[re.Match, int, tuple[int, int]]]) -> list[Check]:
    """One day and month given two weekdays in one article ('Sunday (3 March)', 'Friday (3 March)'):
    whatever the year, one of them is wrong."""
    days = _days()
    first: dict[tuple[int, int], tuple[re.Match, int]] = {}
    checks = []
    for m, weekday, day_month in said:
        if m.group("y"):
            continue
        if day_month in first and first[day_month][1] != weekday:
            a = first[day_month][0]
            checks.append(Check(kind="weekday_mismatch", spans=[m.span(), a.span()], rule="weekday_twice",
                                message=(f"“{a.group(0)}” and “{m.group(0)}” give one day two weekdays "
                                         f"({days[first[day_month][1]].title()} and {days[weekday].title()}): "
                                         "one of them is wrong.")))
        first.setdefault(day_month, (m, weekday))
    return checks


def weekday_mismatches(result: ArticleResult) -> list[Check]:
    text = result.article.text
    days = _days()
    anchor = result.article.published
    checks, seen, said = [], set(), []
    starts = [w.start() for w in _weekday_words().finditer(text)]
    for pattern in _patterns():
        for m in filter(None, (pattern.match(text, i) for i in starts)):
            if m.span() in seen:
                continue
            seen.add(m.span())
            weekday = days.index(m.group("wd").lower())
            said.append((m, weekday, (int(m.group("d")), _month(m.group("m")))))
            day = _resolve(m, anchor)
            if day is None or day.weekday() == weekday:
                continue
            if not m.group("y") and _fits_a_year_nearby(text, m, day, weekday):
                continue  # 'In 2017, on Friday 3 March, ...': the year the passage is about
            given = "" if m.group("y") else " (the year the publication date gives it)"
            checks.append(_check(m, day, weekday, given))
    if anchor is None:
        checks += _same_day_twice(text, sorted(said, key=lambda x: x[0].start()))
    return checks
