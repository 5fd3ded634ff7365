"""Whose fiscal year a mention names: the month that year starts, from the words around it (pure).

US bodies do not share one fiscal year. The federal government's runs 1 October to 30
September; most states, counties and cities run 1 July to 30 June. So "fiscal 2025" is
October 2024 - September 2025 for the FBI and July 2024 - June 2025 for a city police
department. A reader tells which, in this order:

1. the sentence states the year's end or start: "The FBI, whose fiscal year ends Sept. 30,
   ...", "in fiscal year 2026, which ran from July 1, 2025, to June 30, 2026";
2. the sentence names a federal body (FBI, Justice Department, ...) or a state, county or
   city one (police department, sheriff's office, the state, ...), not both;
3. the article states its year anywhere, in a sentence about no federal body ("The state's
   fiscal year begins July 1.");
4. the body named last before the sentence: a federal one (October) or, in an article that
   is not UK or Irish, a state, county or city one (July).

With none of these the caller keeps its own convention (a one-year fiscal year is the
federal one; a pair such as "FY 2016/17" the UK financial year from April). The words are
``fiscal_years`` in models/date_words.json.

``FISCAL_START`` holds the month for the mention being read; ``extractor.normalise.fiscal``
and ``extractor.normalise.relative`` read it through ``first_month()`` / ``stated_start()``.
"""

from __future__ import annotations

import re
from contextvars import ContextVar
from functools import lru_cache
from typing import Optional

from .calendar_words import fiscal_year_words, months

FISCAL_START: ContextVar[Optional[int]] = ContextVar("fiscal_start", default=None)


def stated_start() -> Optional[int]:
    """The month the mention's fiscal year starts, when its context says; else None."""
    return FISCAL_START.get()


def first_month() -> int:
    """The month a one-year fiscal year starts: the context's, else the federal October."""
    return FISCAL_START.get() or fiscal_year_words().federal_start


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    names = sorted(months(), key=len, reverse=True)
    mon = rf"(?P<mon>{'|'.join(names)})\b"
    end = re.compile(rf"\bfiscal\s+years?\b[^;\n]{{0,40}}?\b(?:ends?|ended|ending|closes|closed|closing"
                     rf"|runs?\s+through|ran\s+through)\s+(?:on\s+)?{mon}")
    start = re.compile(rf"\bfiscal\s+years?\b[^;\n]{{0,60}}?\b(?:begins?|began|beginning|starts?|started|starting"
                       rf"|runs?|ran|running|from)\s+(?:from\s+)?(?:on\s+)?{mon}")
    words = fiscal_year_words()

    def alternation(phrases: list[str]) -> re.Pattern:
        body = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
        return re.compile(rf"(?<![\w.])(?:{body})(?![\w])")

    return end, start, alternation(words.federal), alternation(words.local)


def stated(low: str) -> Optional[int]:
    """The month the fiscal year ``low`` (lower case) talks about starts, when it says."""
    end, start, _fed, _local = _patterns()
    m = end.search(low)
    if m:
        return months()[m["mon"]] % 12 + 1
    m = start.search(low)
    return months()[m["mon"]] if m else None


def by_bodies(low: str, us: bool = True) -> Optional[int]:
    """October when ``low`` names only federal bodies, July when only state or local ones
    (in a US article: a UK "county" or "city" runs no July year)."""
    _end, _start, fed, local = _patterns()
    has_fed, has_local = bool(fed.search(low)), us and bool(local.search(low))
    if has_fed == has_local:
        return None
    words = fiscal_year_words()
    return words.federal_start if has_fed else words.local_start


def article_stated(low: str) -> Optional[int]:
    """The fiscal year the article states anywhere, in a sentence about no federal body."""
    end, start, fed, _local = _patterns()
    for rx in (end, start):
        for m in rx.finditer(low):
            before = low[max(0, low.rfind("\n", 0, m.start()) + 1, m.start() - 100): m.start()]
            if not fed.search(before):
                return months()[m["mon"]] % 12 + 1 if rx is end else months()[m["mon"]]
    return None


def last_body(low: str, us: bool = True) -> Optional[int]:
    """The year of the body named last in ``low`` (the text before a mention): a federal
    release's "In fiscal year 2006, ..." after "The Civil Rights Division enforces ..."."""
    _end, _start, fed, local = _patterns()
    f = max((m.start() for m in fed.finditer(low)), default=-1)
    loc = max((m.start() for m in local.finditer(low)), default=-1) if us else -1
    if f == loc:
        return None
    words = fiscal_year_words()
    return words.federal_start if f > loc else words.local_start


def start_for(sentence_low: str, before_low: str, article: Optional[int], us: bool = True) -> Optional[int]:
    """The month a fiscal year named in ``sentence_low`` starts: stated or told by a body there,
    else the year the article states (``article``), else the body named last in ``before_low``
    (the text before the sentence)."""
    return stated(sentence_low) or by_bodies(sentence_low, us) or article or last_body(before_low, us)


_FISCAL = re.compile(r"fiscal|\bfy")


def mentions_fiscal(low: str) -> bool:
    """Whether the lower-case text names a fiscal year at all (so the rest may be skipped)."""
    return bool(_FISCAL.search(low))
