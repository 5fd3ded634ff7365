"""Which number comes first in "04/09/2008": the article's own way of writing dates.

US papers write numeric dates month first, UK and Irish ones day first. The article
says which in order of strength:

1. its numeric dates: a first number over 12 ("07/14/2019") can only be month first,
   a second one over 12 ("14/07/2019") only day first;
2. its full dates: "October 2, 2019" and AP's "Oct. 2" are the US order,
   "2 October 2019" the UK one;
3. where it is from, when 1 and 2 leave a tie (a wire brief dated only
   "Posted: 04/09/2008"): the places and institutions it names, from
   models/date_words.json ``numeric_order`` (US states, "Sheriff's Office",
   "Superior Court", "misdemeanor" against "Constabulary", "Garda", "Crown Court",
   "licence"). More distinct US words than UK and Irish ones read it month first.

Anything else stays day first, as today.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .calendar_words import name_lists, origin_words
from .datecalc import MON_RE, alt

_MONTH_FIRST = re.compile(rf"\b{MON_RE}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:18|19|20)\d\d\b")
_DAY_FIRST = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MON_RE}\.?,?\s+(?:18|19|20)\d\d\b")
# AP style shortens, with a full stop, the months whose names run past five letters: "Jan. 5".
_AP_SHORT = [short for forms in name_lists("months") if len(forms[0]) > 5 for short in forms[1:]]
_MONTH_DOT_DAY = re.compile(rf"\b(?:{alt(_AP_SHORT)})\.\s*\d{{1,2}}\b")
_NUMERIC_IN_TEXT = re.compile(r"\b(\d{1,2})([/.-])(\d{1,2})\2(?:\d{4}|\d{2})\b")


@lru_cache(maxsize=1)
def _origin_patterns() -> tuple[re.Pattern, re.Pattern]:
    words = origin_words()

    def alternation(phrases: list[str]) -> re.Pattern:
        body = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
        return re.compile(rf"(?<![\w.])(?:{body})(?![\w])")

    return alternation(words.month_first), alternation(words.day_first)


def origin_counts(low: str) -> tuple[int, int]:
    """How many distinct US, and UK or Irish, places and institutions the (lower-case) text names."""
    us, uk = _origin_patterns()
    return len(set(us.findall(low))), len(set(uk.findall(low)))


def origin_order(low: str) -> str:
    """'month_first' when the (lower-case) text names more distinct US places and
    institutions than UK and Irish ones, else 'day_first'."""
    us, uk = _origin_patterns()
    return "month_first" if len(set(us.findall(low))) > len(set(uk.findall(low))) else "day_first"


def numeric_order(text: str) -> str:
    """'month_first' when the article writes dates the US way ('October 2, 2019',
    '07-14-2019', or no telling date but a US origin), else 'day_first'."""
    if not _NUMERIC_IN_TEXT.search(text):
        return "day_first"  # no numeric date to read: skip the scans
    low = text.lower()
    us = len(_MONTH_FIRST.findall(low)) + len(_MONTH_DOT_DAY.findall(low))
    uk = len(_DAY_FIRST.findall(low))
    for a, _sep, b in _NUMERIC_IN_TEXT.findall(low):
        us += int(b) > 12 >= int(a)
        uk += int(a) > 12 >= int(b)
    if us == uk:
        return origin_order(low)
    return "month_first" if us > uk else "day_first"
