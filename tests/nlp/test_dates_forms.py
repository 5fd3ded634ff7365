"""More of the ways English writes a date, through the whole pipeline, on sentences
written for these tests (published 9 October 2019 unless a test says otherwise)."""

from datetime import date

import pytest

from extractor.nlp import shared_nlp

PUBLISHED = date(2019, 10, 9)


def dates(text, published=PUBLISHED):
    nlp = shared_nlp()
    doc = nlp.make_doc(text)
    doc._.published = published
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return [(d.text, str(d.date_from), str(d.date_to)) for d in doc._.dates]


@pytest.mark.parametrize("text, expected", [
    ("As at 01.04.18, nine constables were on restricted duties.", ("01.04.18", "2018-04-01", "2018-04-01")),
    ("The request was answered on 28.02.19.", ("28.02.19", "2019-02-28", "2019-02-28")),
])
def test_dotted_dates_with_a_two_digit_year(text, expected):
    assert expected in dates(text)


@pytest.mark.parametrize("text", ["See paragraph 3.2.18 of the code.", "Version 1.4.19 of the form was used."])
def test_dotted_section_and_version_numbers_are_not_dates(text):
    assert dates(text) == []


def test_a_us_article_reads_its_numeric_dates_month_first():
    text = ("The Sheriff's Office said the deputy was fired 03/04/2019 after an inquiry in Ohio "
            "into a felony charge.")
    assert ("03/04/2019", "2019-03-04", "2019-03-04") in dates(text)
    uk = "The constable was sacked 03/04/2019 after a misconduct hearing, the Constabulary said."
    assert ("03/04/2019", "2019-04-03", "2019-04-03") in dates(uk)
