"""Dates as US, UK and Irish papers write them, through the whole pipeline, on
sentences written for these tests (published 9 October 2019)."""

from datetime import date

import pytest

from extractor.nlp import shared_nlp
from extractor.normalise.datecalc import NUMBER_WORDS, count_of
from extractor.normalise.timex import numeric_order

PUBLISHED = date(2019, 10, 9)


def dates(text):
    nlp = shared_nlp()
    doc = nlp.make_doc(text)
    doc._.published = PUBLISHED
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return [(d.text, str(d.date_from), str(d.date_to)) for d in doc._.dates]


@pytest.mark.parametrize("text, expected", [
    ("The deputy was arrested Jan. 5 after a crash.", ("Jan. 5", "2019-01-05", "2019-01-05")),
    ("He was indicted Feb. 3, 2014, in federal court.", ("Feb. 3, 2014", "2014-02-03", "2014-02-03")),
    ("The officer was hired Mar.7, 2016, by the city.", ("Mar.7, 2016", "2016-03-07", "2016-03-07")),
    ("The report is dated 07-14-2019.", ("07-14-2019", "2019-07-14", "2019-07-14")),
    ("The officer resigned Friday (Oct. 4) before the hearing.", ("Friday (Oct. 4)", "2019-10-04", "2019-10-04")),
    ("The hearing is on Monday (Oct. 7) in Dallas.", ("on Monday (Oct. 7)", "2019-10-07", "2019-10-07")),
    ("The officer was suspended at the end of June.", ("the end of June", "2019-06-30", "2019-06-30")),
    ("He was hired in 2012 and fired that year.", ("that year", "2012-01-01", "2012-12-31")),
    ("He was promoted in 2015 and disciplined the year before.", ("the year before", "2014-01-01", "2014-12-31")),
])
def test_us_forms_and_words_that_carry_a_date(text, expected):
    assert expected in dates(text)


@pytest.mark.parametrize("text, expected", [
    ("In the twenty-two months to March 2021, six were dismissed.",
     ("the twenty-two months to March 2021", "2019-06-01", "2021-03-31")),
    ("In the twenty two months to March 2021, six were dismissed.",
     ("the twenty two months to March 2021", "2019-06-01", "2021-03-31")),
    ("In the past thirty-one days, two were dismissed.", ("the past thirty-one days", "2019-09-09", "2019-10-09")),
])
def test_number_words_in_periods_are_read_whole(text, expected):
    assert expected in dates(text)


def test_numeric_dates_follow_the_article_order():
    us = dates("He was fired on 4/2/18. He had been hired October 2, 2014.")
    uk = dates("He was fired on 4/2/18. He had been hired 2 October 2014.")
    assert ("4/2/18", "2018-04-02", "2018-04-02") in us
    assert ("4/2/18", "2018-02-04", "2018-02-04") in uk


@pytest.mark.parametrize("text, order", [
    ("Arrested 10/4/19 and charged Oct. 9, 2019.", "month_first"),
    ("Arrested 4/10/19 and charged 9 October 2019.", "day_first"),
    ("Dated 14/07/2019.", "day_first"),
    ("Dated 07/14/2019.", "month_first"),
    ("On 3 March 2020 he was sacked, 3/4/20.", "day_first"),
    ("No dates at all.", "day_first"),
])
def test_numeric_order_is_read_from_the_article(text, order):
    assert numeric_order(text) == order


@pytest.mark.parametrize("text", ["Theresa May 5 times said no.", "The march 5 miles long."])
def test_a_month_word_before_a_number_is_not_always_a_date(text):
    assert dates(text) == []


def test_number_words_come_from_numbers_json():
    assert NUMBER_WORDS["twenty-two"] == 22 and NUMBER_WORDS["ninety nine"] == 99
    assert count_of("forty-one") == 41 and count_of("a") == 1


@pytest.mark.parametrize("text, expected", [
    ("The deputy was sentenced Friday to 37 months.", [("Friday", "2019-10-04", "2019-10-04")]),
    ("Good Friday is a holiday.", []),
    ("The Friday prayers were held.", []),
])
def test_a_bare_weekday_is_the_last_such_day(text, expected):
    assert dates(text) == expected
