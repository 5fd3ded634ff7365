"""Which number of "04/09/2008" is the month: the article's own dates first, then
where it is from. Sentences written for these tests."""

from datetime import date

import pytest

from extractor.ingest.read import find_published
from extractor.normalise.numeric_order import numeric_order
from extractor.normalise.timex import NUMERIC_ORDER, parse_day


@pytest.mark.parametrize("text, order", [
    ("Posted 03/05/2019. The deputy was booked into the county jail by the Sheriff's Office.", "month_first"),
    ("Posted 03/05/2019. A Texas state trooper was charged with a misdemeanor.", "month_first"),
    ("Posted 03/05/2019. The constable appeared at Crown Court and was sacked.", "day_first"),
    ("Posted 03/05/2019. Gardaí said the member was suspended.", "day_first"),
    ("BOISE (AP) — Posted 03/05/2019. The officer was suspended.", "month_first"),  # AP writes the US way
    ("Posted 03/05/2019. A grand jury declined to indict; he is on administrative leave.", "month_first"),
    ("Posted 03/05/2019. The officer was suspended.", "day_first"),  # nothing says where: as today
    ("Posted 03/05/2019. In Ohio the Police Department said the officer lost his licence at Crown Court "
     "in London.", "day_first"),  # more UK words than US ones
])
def test_where_the_article_is_from_decides_when_its_dates_do_not(text, order):
    assert numeric_order(text) == order


@pytest.mark.parametrize("text", [
    "Dated 14/03/2019. The Sheriff's Office in Florida fired the deputy.",
    "He was hired 3 May 2015 and fired 04/06/2019 by the Sheriff's Office in Florida.",
])
def test_the_articles_own_dates_outrank_where_it_is_from(text):
    assert numeric_order(text) == "day_first"


@pytest.mark.parametrize("written, expected", [
    ("01.01.17", date(2017, 1, 1)),
    ("12.01.17", date(2017, 1, 12)),
    ("11.9.23", date(2023, 9, 11)),
    ("1.2.18", None),     # a section or paragraph number
    ("4.05.19", None),
])
def test_dotted_dates_with_a_two_digit_year_need_a_two_digit_first_number(written, expected):
    assert parse_day(written) == expected


def test_a_dotted_date_with_a_short_year_is_not_turned_round():
    token = NUMERIC_ORDER.set("day_first")
    try:
        assert parse_day("10.30.15") is None  # a time, not 30 October
        assert parse_day("10/30/15") == date(2015, 10, 30)
    finally:
        NUMERIC_ORDER.reset(token)


def test_a_us_wire_brief_is_published_on_its_month_first_date():
    text = ("Valley Courier | Local\n\nDeputy pleads no contest\n\nPosted: 05/07/2016\n\n"
            "MODESTO - A Stanislaus County sheriff's deputy entered a plea in Superior Court today.\n")
    assert find_published(text) == (date(2016, 5, 7), "byline")
    uk = text.replace("Stanislaus County sheriff's deputy", "Kent Police constable").replace(
        "Superior Court", "Crown Court").replace("MODESTO", "MAIDSTONE")
    assert find_published(uk) == (date(2016, 7, 5), "byline")


def test_ap_state_abbreviations_say_an_article_is_american():
    text = "LITTLE ROCK, Ark. - Posted 03/05/2019. A deputy was fired, the sheriff said."
    assert numeric_order(text) == "month_first"
    assert numeric_order(text.replace("Ark.", "Arkansas")) == "month_first"
    assert numeric_order("Posted 03/05/2019. A solicitor told magistrates the constable had lied.") == "day_first"
