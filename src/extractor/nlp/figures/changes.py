"""Periods of changes between two periods.

English states a change between two years in two ways the date rules read as something
else: "fell by a third from 2021 to 2022" names two years compared, not a span of both
(the counts stated are the later year's), and "up from 2020 by 14%", "a 9% decline from
2021", "rose 31 per cent on 2021" name the year a change is measured from, so the change
itself is of the period after it (or of the later period the article runs on).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Optional

from ...records import DateMention

# a verb or noun of change right before "from 2021 to 2022" / "between 2021 and 2022"
_CHANGE_BEFORE = re.compile(
    r"\b(?:fell|fall(?:en|s|ing)?|dropp(?:ed|ing)|drops?|rose|ris(?:en|es|ing)|rise|climb(?:ed|ing|s)?|jump(?:ed|ing|s)?"
    r"|soar(?:ed|ing|s)?|plung(?:ed|ing|es)|plummet(?:ed|ing|s)?|declin(?:ed|ing|es?)|increas(?:ed|ing|es?)"
    r"|decreas(?:ed|ing|es?)|doubl(?:ed|ing|es?)|tripl(?:ed|ing|es?)|halv(?:ed|ing|es?)|grew|grow(?:n|s|ing)?"
    r"|went (?:up|down)|gone (?:up|down)|(?:more|less) than (?:doubl|tripl|halv)\w*|double|triple"
    r"|shr[au]nk|slump(?:ed|ing|s)?|surg(?:ed|ing|es?)|spik(?:ed|ing|es?)|dipp(?:ed|ing)|dips?)"
    r"(?:\s+(?:by|sharply|steeply|slightly|significantly|dramatically|markedly|nearly|almost|more\s+than|about"
    r"|around|over|just|only|some|roughly|a|an|half|a\s+third|a\s+quarter|two-thirds|\d[\d.,]*\s*(?:%|per\s*cent|percent)?"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|third|quarter|fifth|times))*\s*$", re.I)
_TWO_PERIODS = re.compile(r"^(?:from|between)\s+\S.*\s(?:to|and|until|through)\s+\S", re.I)
# the words right before a date that make it what a change is measured from
# a base named by counting back from the period the figures cover ("the year before", "the previous quarter")
_COUNTS_BACK = re.compile(r"\b(?:before|previous|prior|preceding|earlier)\b", re.I)
_BASE_BEFORE = re.compile(r"\b(?:from|on|over|compared\s+(?:with|to))\s+(?:the\s+)?$", re.I)
_BASE_LEAD = re.compile(r"^(?:from|on|over)\s", re.I)
# a change in a figure's own words: "a 9% decline", "up 22%", "rose 31 per cent", "by 14%"
_CHANGE_WORD = re.compile(r"\b(?:up|down|rise|rose|risen|rising|fall|fell|fallen|falling|increase[ds]?|decrease[ds]?"
                          r"|decline[ds]?|drop(?:ped|s)?|jump(?:ed)?|climb(?:ed)?|higher|lower|more|fewer|less)\b", re.I)


def _year_long(d: DateMention) -> bool:
    return d.date_from is not None and d.date_to is not None and 330 <= (d.date_to - d.date_from).days <= 370


def _next_year(d: DateMention) -> tuple[date, date]:
    start = d.date_to + timedelta(days=1)
    try:
        end = start.replace(year=start.year + 1) - timedelta(days=1)
    except ValueError:  # 29 February
        end = start.replace(year=start.year + 1, day=28)
    return start, end


def compared_years(text: str, dates: list[DateMention]) -> dict[tuple[int, int], date]:
    """'fell by a third from 2021 to 2022': the two years compared, not a span of both. The
    counts stated with it, or after it, are the later year's: the first day of that year, by
    the mention's span (the change itself keeps the span from one year to the other)."""
    later = {}
    for d in dates:
        if d.date_from is not None and d.date_to is not None and _TWO_PERIODS.match(d.text) \
                and (d.date_to - d.date_from).days > 370 \
                and _CHANGE_BEFORE.search(text, max(0, d.span[0] - 80), d.span[0]):
            end_year = _year_long_end(d)
            if end_year is not None:
                later[d.span] = end_year
    return later


def is_change(text: str, start: int, unit: str) -> bool:
    """A figure that measures a change: a percentage, or a count after 'by'."""
    return unit == "percent" or bool(re.search(r"\bby\s*$", text[max(0, start - 6):start]))


def _year_long_end(d: DateMention) -> Optional[date]:
    """The first day of the last year of a span: 2021-01-01 of 2020-01-01..2021-12-31,
    2021-04-01 of April 2019 .. March 2022."""
    start = d.date_to + timedelta(days=1)
    try:
        first = start.replace(year=start.year - 1)
    except ValueError:
        return None
    return first if first > d.date_from else None


def is_base(text: str, d: DateMention, sent_start: int) -> bool:
    """'up from 2020', 'a decline ... from 2021', 'on 2021', 'compared with 2019': a date a
    change is measured from (its leading word may be inside the mention or before it)."""
    if _TWO_PERIODS.match(d.text):
        return False
    return bool(_BASE_LEAD.match(d.text) or _BASE_BEFORE.search(text, max(sent_start, d.span[0] - 20), d.span[0]))


def period_after_base(text: str, start: int, end: int, unit: str, sent: tuple[int, int],
                      dates: list[DateMention], running) -> Optional[tuple[date, date, str]]:
    """The period of a change figure whose sentence dates only the change's base: the
    later period the article runs on, else the year after the base."""
    if not is_change(text, start, unit):
        return None
    if not _CHANGE_WORD.search(text, sent[0], sent[1]):
        return None
    in_sent = [d for d in dates if sent[0] <= d.span[0] and d.span[1] <= sent[1]]
    bases = [d for d in in_sent if is_base(text, d, sent[0])]
    if len(bases) != 1 or not _year_long(bases[0]):
        return None
    base = bases[0]
    others = [d for d in in_sent if d is not base]
    if others:  # "The 2021 summary shows complaints up from 2020 by 14%": the later year named
        later = [d for d in others if _year_long(d) and d.date_from > base.date_to and not d.relative]
        return (later[0].date_from, later[0].date_to, "sentence") if len(others) == 1 and later else None
    # "a 9% increase on last year" in a 2022/23 report; "a 36% increase over the year before" counts
    # back from the period the count covers, whatever year the words were resolved to: that period's
    if running is not None and (running[1] > base.date_to or _COUNTS_BACK.search(base.text)):
        return running[0], running[1], "running"
    return (*_next_year(base), "sentence")
