"""Full calendar dates (day, month and year) found in a line of running text:
"2 October 2019", "2nd of Oct. 2019", "October 2, 2019", "Thu 24 May 2012",
"Wednesday, March 21, 2007", "2019-10-02", "02/10/2019", "02.10.2019", "10-17-2007".

This module only says where such a date stands; what it means is read by
``extractor.normalise.timex.parse_day``, the same reader the dates in an
article's text go through, so a dateline and a sentence can never read one date
two ways (numeric dates follow ``NUMERIC_ORDER``: day first unless the article
writes month first). Month and weekday names come from ``calendar_words``.
Month-only dates ("October 2019") are not found.
"""

from __future__ import annotations

import re
from datetime import date

from .datecalc import MONTHS, WEEKDAYS, alt
from .timex import parse_day

_MON = rf"(?:{alt(MONTHS)})\.?"
_DAY = r"[0-3]?\d(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
_WEEKDAY = rf"(?:(?:{alt(WEEKDAYS)})\.?,?\s+)?"
_FORMS = [
    re.compile(rf"\b{_WEEKDAY}{_DAY}(?:\s+of)?\s+{_MON},?\s+{_YEAR}\b", re.I),
    re.compile(rf"\b{_WEEKDAY}{_MON}\s+{_DAY},?\s+{_YEAR}\b", re.I),
    re.compile(rf"\b{_YEAR}-[01]?\d-[0-3]?\d\b"),
    # either number may be the day: "08/27/2020" is month first (parse_day reads the order)
    re.compile(rf"\b[0-3]?\d/[0-3]?\d/{_YEAR}\b|\b[0-3]?\d\.[0-3]?\d\.{_YEAR}\b"),
    # "10-17-2007, 08:20 PM": a forum's or a US station's stamp, dashes for slashes (four-digit
    # year only: "3-1-06" may be a score or a list)
    re.compile(rf"\b[0-3]?\d-[0-3]?\d-{_YEAR}\b"),
]


def find_full_dates(text: str) -> list[tuple[date, int, int]]:
    """Full dates in ``text`` as (date, start, end), in text order, never overlapping
    (the earliest, then the longest, wins); impossible dates ("31 February 2019") are left out."""
    found = []
    for form in _FORMS:
        for m in form.finditer(text):
            d = parse_day(m.group(0))
            if d is not None:
                found.append((d, m.start(), m.end()))
    found.sort(key=lambda d: (d[1], -d[2]))
    out, end = [], -1
    for d in found:
        if d[1] >= end:
            out.append(d)
            end = d[2]
    return out
