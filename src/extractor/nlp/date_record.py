"""The dates as the article's record writes them, applied by ``pipeline.extract_article``
after the figures have read the component's mentions (their periods still count on from the
period before an "up to" day)."""

from __future__ import annotations

import re

from ..normalise.points import parse_point
from ..normalise.timex import normalise
from ..records import DateMention

_UP_TO_DAY = re.compile(r"^(?:up\s+to|up\s+until|through\s+to|through|thru)\s+(?:and\s+including\s+)?(?:the\s+)?(?P<day>.+)$", re.I)


def as_recorded(mentions: list[DateMention]) -> list[DateMention]:
    """The dates as the article's record writes them: "statistics up to the 31st December 2024"
    names that day (the figures' period still counts on from the period before it). The day is
    the one the component placed, read in the article's own order ("up to 4/3/2023" on a US
    page is 3 April, as "4/3/2023" alone is there) and with the year its context gave ("up to
    the 31st December" after "In 2024 ..."); the words are read again only to tell a day from
    a month or a year ("up to March 2019" stays the period it was)."""
    out = []
    for m in mentions:
        named = _UP_TO_DAY.match(m.text)
        point = parse_point(normalise(named["day"])) if named else None
        day = m.date_to if point is not None and point.day is not None and point.month is not None else None
        out.append(m.model_copy(update={"date_from": day, "date_to": day}) if day else m)
    return out
