"""A bare month takes the year its sentence has just named: "disciplined in April 2019
and again in May" is May 2019, not the May before the publication date. Only forward
in the same year ("in March 2020 ... in June"; "in 2020 ... in June"): a month before the
one named may look back or into the next year, and keeps its usual reading."""

from __future__ import annotations

import calendar
import re
from datetime import date

from spacy.tokens import Span

from ..normalise.datecalc import MON_RE, MONTHS
from ..normalise.dateexpr import Resolution

_BARE_MONTH = re.compile(rf"^(?:in|during|throughout|by|until)\s+{MON_RE}$", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def with_named_year(span: Span, resolution: Resolution, before: Span, prev: Resolution) -> Resolution:
    """``resolution`` of the bare month ``span``, given the mention ``before`` it and its days."""
    m = _BARE_MONTH.match(span.text.lower())
    if not m or prev.date_from is None or prev.date_to is None or prev.carried or prev.relative:
        return resolution
    if before.sent.start != span.sent.start or not _YEAR.search(before.text):
        return resolution
    month, start, end = MONTHS[m["mon"]], prev.date_from, prev.date_to
    whole_year = start == date(start.year, 1, 1) and end == date(start.year, 12, 31)
    one_month = (start.year, start.month) == (end.year, end.month)
    if not (whole_year or one_month and month > start.month):
        return resolution
    last = calendar.monthrange(start.year, month)[1]
    return Resolution(date(start.year, month, 1), date(start.year, month, last), kind=resolution.kind)
