"""A weekday that does not fit its date: 'Friday (3 March)' in a 2019 story (3 March 2019
was a Sunday). ``weekday_mismatch``.

The date is the one the extractor resolved (result.dates): a single day, whose words or
whose article's publication date give its year. A date whose year nothing gives (no year
written, no publication date) is not checked: its year may have been chosen to fit the
weekday. The weekday is the first word of the date's words, or stands just before them
('Friday (3 March)', 'Friday, 3 March', 'on Friday the 3rd').

Pure: records and the article's text in, Check records out.
"""

from __future__ import annotations

import re
from datetime import date

from .settings import check_rules
from ..records import ArticleResult, Check, DateMention


def _weekday(text: str, mention: DateMention) -> tuple[int, tuple[int, int]] | None:
    """(weekday number, span of the weekday's word) that the date's words give it, if any."""
    days = check_rules().weekdays
    own = re.match(r"\s*(\w+)", mention.text)
    if own and own.group(1).lower() in days:
        s = mention.span[0] + own.start(1)
        return days.index(own.group(1).lower()), (s, s + len(own.group(1)))
    before = text[max(0, mention.span[0] - 20):mention.span[0]]
    m = re.search(r"\b(\w+)\W*$", before)
    if not m or m.group(1).lower() not in days:
        return None
    if not re.match(check_rules().weekday_gap, before[m.end(1):], re.I):
        return None
    s = mention.span[0] - len(before) + m.start(1)
    return days.index(m.group(1).lower()), (s, s + len(m.group(1)))


def _years_fitting(day: date, weekday: int) -> list[int]:
    out = []
    for year in range(day.year - 6, day.year + 7):
        try:
            if date(year, day.month, day.day).weekday() == weekday:
                out.append(year)
        except ValueError:
            continue
    return out


def weekday_mismatches(result: ArticleResult) -> list[Check]:
    text = result.article.text
    days = check_rules().weekdays
    checks = []
    for mention in result.dates:
        day = mention.date_from
        if day is None or day != mention.date_to:
            continue
        if result.article.published is None and not re.search(r"\b(?:19|20)\d\d\b", mention.text):
            continue
        said = _weekday(text, mention)
        if said is None or said[0] == day.weekday():
            continue
        weekday, span = said
        years = [y for y in _years_fitting(day, weekday) if y != day.year][-2:]
        other = f"; {day.day} {day:%B} was a {days[weekday].title()} in {' and '.join(map(str, years))}" if years else ""
        checks.append(Check(
            kind="weekday_mismatch", spans=[span, mention.span], rule="weekday_of_date",
            message=(f"“{text[span[0]:span[1]]}” does not fit “{mention.text}”: {day:%-d %B %Y} was a "
                     f"{days[day.weekday()].title()}{other}. Either the weekday or the date is wrong, or the "
                     "date belongs to another year than the one the article gives it.")))
    return checks
