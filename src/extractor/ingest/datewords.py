"""Full calendar dates as pages print them, found in a line of text.

Shared by ``read`` (publication dates) and ``dateline`` (dateline lines), so the
forms a page writes a date in are defined once.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

_MONTHS = {
    m: i for i, names in enumerate(
        [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
         ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
         ("oct", "october"), ("nov", "november"), ("dec", "december")], start=1)
    for m in names
}
_MON = (r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
        r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\.?,?\s+)?"
_DATE_FORMS = [
    re.compile(rf"\b{_WEEKDAY}{_DAY}(?:\s+of)?\s+{_MON},?\s+{_YEAR}\b", re.I),
    re.compile(rf"\b{_WEEKDAY}{_MON}\s+{_DAY},?\s+{_YEAR}\b", re.I),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]?\d)-(?P<day>[0-3]?\d)\b"),
    re.compile(r"\b(?P<day>[0-3]?\d)[/.](?P<month>[01]?\d)[/.](?P<year>(?:19|20)\d\d)\b"),
]
_TIME = r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)"


def parse_dates(text: str) -> list[tuple[date, int, int]]:
    """Full calendar dates in ``text`` as (date, start, end), in text order:
    "2 October 2019", "2nd Oct 2019", "October 2, 2019", "Thu 24 May 2012",
    "2019-10-02", "02/10/2019" (day first). Month-only dates are not found."""
    found = []
    for form in _DATE_FORMS:
        for m in form.finditer(text):
            g = m.groupdict()
            month = _MONTHS[g["mon"].lower()] if g.get("mon") else int(g["month"])
            try:
                found.append((date(int(g["year"]), month, int(g["day"])), m.start(), m.end()))
            except ValueError:
                continue
    found.sort(key=lambda d: (d[1], -d[2]))
    out, end = [], -1
    for d in found:
        if d[1] >= end:
            out.append(d)
            end = d[2]
    return out


def plausible(d: date) -> bool:
    """A publication date: not before 1900, not after tomorrow."""
    return date(1900, 1, 1) <= d <= date.today() + timedelta(days=1)
