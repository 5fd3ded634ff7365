"""Periods the words state by reference to another, read by the ``extractor_dates`` component
after each mention is resolved (``extractor.nlp.dates``):

* a page that names the period it reports on ("Annual Report 2019", "Quarterly Report, Q2
  2017") and was published after it ended means by a month with no year the last such month
  by the period's end, and by "this calendar year" the year the period ends in;
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
from ..normalise.datecalc import MON_RE, MONTHS, NUM_RE, UNIT_RE, amount_of
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
