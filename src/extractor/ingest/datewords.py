"""Full calendar dates as pages print them, found in a line of text.

Shared by ``read`` (publication dates) and ``dateline`` (dateline lines). The
dates are found and read by ``extractor.normalise.fulldates``, with the month and
weekday names of models/date_words.json, the same reader the dates in an
article's text go through: a dateline and a sentence cannot read one date two ways.
"""

from __future__ import annotations

from contextlib import contextmanager
from datetime import date, timedelta
from typing import Iterator, Optional

from ..normalise.fulldates import find_full_dates
from ..normalise.timex import NUMERIC_ORDER, numeric_order, parse_day

_TIME = r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)"


def parse_dates(text: str) -> list[tuple[date, int, int]]:
    """Full calendar dates in ``text`` as (date, start, end), in text order:
    "2 October 2019", "2nd Oct 2019", "October 2, 2019", "Thu 24 May 2012",
    "2019-10-02", "02/10/2019" (day first). Month-only dates are not found."""
    return find_full_dates(text)


def short_date(day: int, month: int, year: int) -> Optional[date]:
    """A numeric date with a two-digit year ("14/03/24"), read by the normaliser
    (day first unless the article writes month first; "24" is 2024, "98" 1998)."""
    return parse_day(f"{day}/{month}/{year:02d}")


@contextmanager
def numeric_order_of(text: str) -> Iterator[None]:
    """Numeric dates read within are read in ``text``'s own order ("Posted: 04/09/2008" is
    9 April in a US article), as the dates in its sentences are."""
    token = NUMERIC_ORDER.set(numeric_order(text))
    try:
        yield
    finally:
        NUMERIC_ORDER.reset(token)


def plausible(d: date) -> bool:
    """A publication date: not before 1900, not after tomorrow."""
    return date(1900, 1, 1) <= d <= date.today() + timedelta(days=1)
