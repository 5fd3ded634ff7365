"""Date words the normaliser reads (pure, no spaCy), on phrases written for these tests."""

from datetime import date

import pytest

from extractor.normalise.timex import resolve

ANCHOR = date(2021, 3, 15)


@pytest.mark.parametrize("text, anchor, expected", [
    ("last November", ANCHOR, (date(2020, 11, 1), date(2020, 11, 30))),
    ("last February", ANCHOR, (date(2021, 2, 1), date(2021, 2, 28))),
    ("last March", ANCHOR, (date(2020, 3, 1), date(2020, 3, 31))),   # said in March: the year before
    ("next March", ANCHOR, (date(2022, 3, 1), date(2022, 3, 31))),
    ("next June", ANCHOR, (date(2021, 6, 1), date(2021, 6, 30))),
    ("this December", ANCHOR, (date(2021, 12, 1), date(2021, 12, 31))),
])
def test_last_next_and_this_with_a_month(text, anchor, expected):
    assert resolve(text, anchor).range == expected


def test_last_with_a_month_needs_the_publication_date():
    assert resolve("last November").range == (None, None)


@pytest.mark.parametrize("text, expected", [
    ("fiscal year 2006", (date(2005, 10, 1), date(2006, 9, 30))),
    ("FY2019", (date(2018, 10, 1), date(2019, 9, 30))),
    ("the 2012 fiscal year", (date(2011, 10, 1), date(2012, 9, 30))),
    ("fiscal year 2016/17", (date(2016, 4, 1), date(2017, 3, 31))),   # a pair stays a UK financial year
])
def test_fiscal_years(text, expected):
    assert resolve(text).range == expected


@pytest.mark.parametrize("text, expected", [
    ("the morning of 20 July 2007", (date(2007, 7, 20), date(2007, 7, 20))),
    ("from 19 July to the early hours of 20 July 2007", None),
    ("from 19 July to the night of 20 July 2007", (date(2007, 7, 19), date(2007, 7, 20))),
    ("the afternoon of March 2007", None),    # a part of a day needs a day
])
def test_a_part_of_a_day_is_that_day(text, expected):
    r = resolve(text)
    assert (r.range if r is not None and r.resolved else None) == expected


@pytest.mark.parametrize("text", ["against 2017", "versus 2017"])
def test_a_year_compared_against(text):
    assert resolve(text).range == (date(2017, 1, 1), date(2017, 12, 31))
