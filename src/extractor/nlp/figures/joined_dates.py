"""Two date mentions read as one period: the ends of a range the date rules read one by
one ("From April last year until March this year"), a year and the year before it, "the same
period last year" and "the same period in 2021"."""

from __future__ import annotations

import re
from datetime import date

from ...records import DateMention

_FROM = re.compile(r"\b(?:from|between)\s+$", re.I)
_UNTIL = re.compile(r"^,?\s*(?:until|till|to|through|and)\s+$", re.I)
_SAME_PERIOD = re.compile(r"\bsame (?:period|time|months?|quarter)$", re.I)
_A_YEAR_BACK = re.compile(r"(?:last year|a year (?:earlier|before|ago)|the (?:previous|prior|preceding) year"
                          r"|the year (?:before|earlier))$", re.I)


def joined_periods(text: str, dates: list[DateMention]) -> list[DateMention]:
    """'From April last year until March this year': two dates that open and close one
    period, read as that period (the date rules read each end on its own)."""
    out: list[DateMention] = []
    k = 0
    while k < len(dates):
        a = dates[k]
        b = dates[k + 1] if k + 1 < len(dates) else None
        # "between January 2005 and last November" with no publication date: from January
        # 2005 to an end the article does not let us resolve, not January alone
        open_end = b is not None and b.relative and b.date_from is None
        if b is not None and a.date_from and (open_end or (b.date_to and a.date_from <= b.date_to)) \
                and _FROM.search(text[max(0, a.span[0] - 10):a.span[0]]) and _UNTIL.match(text[a.span[1]:b.span[0]]):
            out.append(a.model_copy(update={"span": (a.span[0], b.span[1]), "text": text[a.span[0]:b.span[1]],
                                            "date_to": b.date_to, "relative": a.relative or b.relative}))
            k += 2
            continue
        if b is not None and a.date_from and a.date_to and _A_YEAR_BACK.match(b.text) \
                and re.fullmatch(r"\s+and\s+", text[a.span[1]:b.span[0]]):
            # "in 2019 and the year before": both years
            start = b.date_from or _year_earlier((a.date_from, a.date_to))[0]
            out.append(a.model_copy(update={"span": (a.span[0], b.span[1]), "text": text[a.span[0]:b.span[1]],
                                            "date_from": min(start, a.date_from)}))
            k += 2
            continue
        if b is not None and _SAME_PERIOD.search(a.text) and _A_YEAR_BACK.match(b.text) \
                and not text[a.span[1]:b.span[0]].strip(" ,"):
            # "compared with 97 in the same period last year": the period before, a year back
            back = _year_earlier((a.date_from, a.date_to)) if a.date_from and a.date_to else (None, None)
            out.append(a.model_copy(update={"span": (a.span[0], b.span[1]), "text": text[a.span[0]:b.span[1]],
                                            "date_from": back[0], "date_to": back[1], "relative": True}))
            k += 2
            continue
        if b is not None and _SAME_PERIOD.search(a.text) and a.date_from and a.date_to and b.date_from and b.date_to \
                and (b.date_from.month, b.date_from.day, b.date_to.month, b.date_to.day) == (1, 1, 12, 31) \
                and b.date_from.year == b.date_to.year and text[a.span[1]:b.span[0]].strip() == "" \
                and b.date_to.year < a.date_to.year:
            # "against 44 in the same period in 2021": the same months of that year
            back = a.date_to.year - b.date_to.year
            shifted = [_years_back(d, back) for d in (a.date_from, a.date_to)]
            out.append(a.model_copy(update={"span": (a.span[0], b.span[1]), "text": text[a.span[0]:b.span[1]],
                                            "date_from": shifted[0], "date_to": shifted[1]}))
            k += 2
            continue
        out.append(a)
        k += 1
    return out


def _years_back(day: date, years: int) -> date:
    return day.replace(year=day.year - years, day=min(day.day, 28) if (day.month, day.day) == (2, 29) else day.day)


def _year_earlier(period) -> tuple[date, date]:
    return _years_back(period[0], 1), _years_back(period[1], 1)

