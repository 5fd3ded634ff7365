"""A court judgment's or opinion's own date: the page's publication date.

Only ``read`` calls this. Court pages carry no byline; they date themselves in
their header by the decision (cues in models/layout.json ``court``):

    "Judgment date: 20 June 2013"          "Date of Delivery: | 17/04/2018"
    "DECIDED APRIL 17, 2018"               "ARGUED JANUARY 9, 2018 — DECIDED APRIL 17, 2018"
    "Filed 4/17/18"                        "Opinion filed: April 17, 2018"
    "JUDGMENT of Mr. Justice Byrne delivered on the 17th day of April, 2018"

The cue opens its part of the line, or follows the judgment's own name
("JUDGMENT of ..."); nothing but punctuation follows the date, so a sentence
("The appeal was decided on 3 May 2019 by ...") is never read. Dates after
"Hearing dates:", "Argued" or "Submitted" are not cued and are passed over.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Optional, Sequence

from .datewords import parse_dates, plausible, short_date
from .layout_cues import layout_cues

# "the 17th day of April, 2018", the legal form, read as "17 April 2018"
_DAY_OF = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+day\s+of\s+([A-Za-z]{3,9})\.?,?\s+(?=\d{4}\b)")
_SHORT = re.compile(r"\b([01]?\d|[0-3]?\d)[/.-]([0-3]?\d)[/.-](\d\d)\W*$")
_PARTS = re.compile(r"\s+(?:[|—–]|--?)\s+|\t+")


@lru_cache(maxsize=1)
def _cued() -> re.Pattern:
    court = layout_cues().court
    cues = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in sorted(court.cues, key=len, reverse=True))
    openers = "|".join(re.escape(o).replace(r"\ ", r"\s+") for o in court.openers)
    return re.compile(rf"^\W*(?:(?:{openers})\b[^!?:]{{0,90}}?\s)?(?:{cues})\s*:?\s*(?:on\s+)?(?:the\s+)?$", re.I)


def _part_date(part: str) -> Optional[date]:
    part = _DAY_OF.sub(r"\1 \2 ", part)
    found = parse_dates(part)
    if found:
        d, start, end = found[-1]
    else:
        m = _SHORT.search(part)
        d = short_date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None
        if d is None:
            return None
        start, end = m.start(), m.end()
    if part[end:].strip(" .,;)]") or not _cued().match(part[:start]):
        return None
    return d if plausible(d) else None


@lru_cache(maxsize=1)
def _court_words() -> re.Pattern:
    words = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in layout_cues().court.header_words)
    return re.compile(rf"\b(?:{words})\b", re.I)


def court_date(lines: Sequence[str]) -> Optional[date]:
    """The decision's date on one of the header's lines, if the page is a court's."""
    header = lines[: layout_cues().court.max_lines]
    if not any(len(line.split()) <= 12 and _court_words().search(line) for line in header):
        return None
    for line in header:
        if len(line.split()) > 30:
            continue
        label = ""
        for part in _PARTS.split(line):
            # "Date of Delivery: | 17/04/2018": a label cell is the cue of the cell after it
            d = _part_date(f"{label} {part}" if label else part)
            if d:
                return d
            label = part if _cued().match(part) else ""
    return None
