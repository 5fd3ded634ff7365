"""Periods the words state by reference to another, read by the ``extractor_dates`` component
after each mention is resolved (``extractor.nlp.dates``):

* a page that names the period it reports on ("Annual Report 2019", "Quarterly Report, Q2
  2017") and was published after it ended means by a month with no year the last such month
  by the period's end, and by "this calendar year" the year the period ends in;
* a page whose frame states one quarter, month or year ("2021 2nd Qtr", "Quarterly Report
  Q2 2017") means by "this quarter" ("this month", "this year") that one, when no publication
  date places the words or the page was published after that period ended;
* "during the same seven years", "over the same 12 months": the last period stated before of
  about that length, not merely the last one.
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from typing import Optional

from spacy.tokens import Span

from ..normalise.calendar_words import report_names
from ..normalise.datecalc import MON_RE, MONTHS, NUM_RE, UNIT_RE, add_months, amount_of
from ..normalise.timex import Resolution, names_period


# A report's name and its period may have between them only the words of a title: capitalised
# words and the small words titles keep lower case ("Annual Report for Fiscal Year 2015",
# "Quarterly Report, Q2 2017", "Fiscal Year 2008 Annual Report"). A verb or a lower-case word
# makes it a sentence about a report ("the annual report shows 40 officers were sacked in 2019").
_TITLE_GAP = re.compile(r"[ \t]*(?:(?:[A-Z][\w'’&.]*|for|of|the|on|and|to|[,:|()–—-])[ \t]*)*")
_WORD = re.compile(r"[A-Za-z]+")


def names_report(text: str, start: int, end: int) -> bool:
    """The period at [start, end) is written beside a report's name (models/date_words.json
    ``report_names``), with only title words between: it is the period the report covers."""
    nouns = report_names()
    before, after = text[max(0, start - 120):start], text[end:end + 120]
    if any(m.group().lower() in nouns and _TITLE_GAP.fullmatch(before, m.end()) for m in _WORD.finditer(before)):
        return True
    return any(m.group().lower() in nouns and _TITLE_GAP.fullmatch(after, 0, m.start()) for m in _WORD.finditer(after))


# A month with no year ("in March", "that November") and this year ("this calendar year",
# "so far this year"), which without a frame the publication date places
_MONTH_ALONE = re.compile(rf"^(?:(?:in|during|throughout|by|until|that|of)\s+)?{MON_RE}$", re.I)
_THIS_YEAR = re.compile(r"^(?:(?:so\s+far|earlier|later)\s+)?(?:(?:in|during)\s+)?this\s+(?:calendar\s+)?year$", re.I)


def in_report_period(span: Span, resolution: Resolution, report: Resolution, anchor: Optional[date]) -> Resolution:
    """A page that names the period it reports on ("Annual Report 2019") and was published
    after that period ended means by a month with no year the last such month by the
    period's end ("nine were closed in March": March 2019), and by "this calendar year" the
    year the period ends in, not the ones the publication date would place."""
    if not resolution.relative or report.date_to is None or anchor is not None and anchor <= report.date_to:
        return resolution
    end, text = report.date_to, span.text.strip()
    m = _MONTH_ALONE.match(text)
    if m:
        month = MONTHS[m["mon"].lower()]
        year = end.year if month <= end.month else end.year - 1
        return Resolution(date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]),
                          kind=resolution.kind)
    if _THIS_YEAR.match(text):
        return Resolution(date(end.year, 1, 1), date(end.year, 12, 31), kind=resolution.kind)
    return resolution


# "this quarter", "this reporting quarter", "this month": the unit the page itself is about
_THIS_UNIT = re.compile(r"^(?:(?:in|during|for|over|throughout)\s+)?this\s+(?:(?:reporting|calendar|financial|fiscal)\s+)?"
                        r"(?P<u>quarter|qtr|month|year)$", re.I)
_UNIT_MONTHS = {"quarter": 3, "qtr": 3, "month": 1, "year": 12}


def this_unit_of_frame(span: Span, resolution: Resolution, frame: Optional[Resolution],
                       report: Optional[Resolution], anchor: Optional[date]) -> Resolution:
    """"this quarter" on a page whose frame states one quarter ("2021 2nd Qtr ... During this
    quarter, five complaints were made") is that quarter: the page speaks from inside the period
    it is about. Only when no publication date places the words, or the frame names a report's
    period and the page came out after it ended; and only when that period is one such unit."""
    m = _THIS_UNIT.match(" ".join(span.text.split()))
    if m is None:
        return resolution
    if anchor is None:
        period = frame
    elif report is not None and report.date_to is not None and anchor > report.date_to and m["u"].lower() != "year":
        period = report  # "this year" of a report in_report_period reads (the calendar year it ends in)
    else:
        return resolution
    if period is None or period.date_from is None or period.date_to is None or period.date_from.day != 1:
        return resolution
    months = _UNIT_MONTHS[m["u"].lower()]
    if (add_months(period.date_from, months) - period.date_to).days != 1:
        return resolution
    if months == 3 and (period.date_from.month - 1) % 3:  # a season ("Summer 2021") is no quarter
        return resolution
    return Resolution(period.date_from, period.date_to, kind=resolution.kind)


# "during the same seven years", "over the same 12 months": "same" points back, and the length says
# to which of the periods before: the last one that long, not merely the last one
_SAME_LENGTH = re.compile(rf"^(?:(?:over|in|during|across|throughout|for)\s+)?the\s+same\s+{NUM_RE}\s+{UNIT_RE}$", re.I)


class _Length:
    """A length as ``names_period`` reads a duration's: (months, days) and one unit's."""

    def __init__(self, length, unit):
        self.length = (length, unit)


def same_length(spans: list, resolved: list[Resolution]) -> None:
    """A carry-over that names the length of the period it points back to ("during the same
    seven years") is the last period before it of about that length; with none, it stays as
    carried (the last period)."""
    for i, (span, _expr) in enumerate(spans):
        m = _SAME_LENGTH.match(" ".join(span.text.lower().split()))
        if m is None or not resolved[i].carried:
            continue
        length, unit = amount_of(m["n"], m["unit"]), amount_of(None, m["unit"])
        if length is None or unit is None or length == unit:
            continue
        wanted = _Length(length, unit)
        if names_period(wanted, resolved[i].range):
            continue
        fits = [r for r in resolved[:i] if r.date_from and r.date_to and not r.is_point and names_period(wanted, r.range)]
        if fits:
            resolved[i] = Resolution(*fits[-1].range, kind=resolved[i].kind, carried=True)
