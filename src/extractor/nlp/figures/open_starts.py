"""A count whose clause opens on "From <date>" with no end named ("From 2013, 29 were dealt
with by direct measure", "From 1 March 2020 a total of 46 officers have been suspended")
counts from that date on, as "since" does: its period starts there and runs to the end of
the article's running period, else to the publication date, else stays open. The date
alone would date the count to one day, month or year. The words are data
(models/context.json open_start_openers, open_start_ends)."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Optional

from ...records import DateMention
from ..context import context_cues

# what may stand between the clause's start and the opener: a list's number ("1. From ...")
_LIST_NUMBER = r"(?:\(?\d{1,2}[.)]\s*)?"


# where a clause opens: the sentence's start, a comma, a semicolon or a joining word
_CLAUSE_START = r"(?:^\s*" + _LIST_NUMBER + r"|[,;:]\s*|\b(?:and|but|while|whereas)\s+)"


@lru_cache(maxsize=1)
def _patterns() -> tuple[Optional[re.Pattern], Optional[re.Pattern], Optional[re.Pattern], Optional[re.Pattern]]:
    cues = context_cues()
    if not cues.open_start_openers:
        return None, None, None, None
    openers = "|".join(re.escape(w) for w in sorted(cues.open_start_openers, key=len, reverse=True))
    lead = re.compile(rf"(?i){_CLAUSE_START}(?:{openers})\s+(?:the\s+)?$")  # "From 1 March 2020 a total of ..."
    inner = re.compile(rf"(?i)(?:{openers})\s")  # a date read with its opener: "From 2019"
    start = re.compile(rf"(?i){_CLAUSE_START}$")
    words = "|".join(re.escape(w) for w in sorted(cues.open_start_ends, key=len, reverse=True) if w[:1].isalpha())
    marks = "".join(re.escape(w) for w in cues.open_start_ends if not w[:1].isalpha())  # "2016-2018"
    end = re.compile(rf"(?i)\s*(?:(?:{words})\b|[{marks}])") if words and marks else None
    return lead, inner, start, end


@lru_cache(maxsize=256)
def _a_range(words: str) -> bool:
    """'From 2019 to 2021' read as one date: a range, whose end is named."""
    end = _patterns()[3]
    return end is not None and any(end.match(words, m.start()) for m in re.finditer(r"\s|(?<=\w)(?=\W)", words))


def open_start(text: str, sent_start: int, d: DateMention, running, published: Optional[date]):
    """(from, to) when ``d`` follows an opener of its clause (or is read with it) and no end of
    a range follows it."""
    if d.date_from is None:
        return None
    lead, inner, start, end = _patterns()
    if lead is None:
        return None
    before = text[sent_start:d.span[0]]
    if not (lead.search(before) or inner.match(d.text) and start.search(before) and not _a_range(d.text)) \
            or end is not None and end.match(text, d.span[1]):
        return None
    published = published if published is not None and published >= d.date_from else None
    if running and running[1] is not None and running[1] >= d.date_from and running[0] != d.date_from:
        # the article's figures run on to a later end; a count from a date is never past the page's
        return d.date_from, min(running[1], published) if published is not None else running[1]
    return d.date_from, published
