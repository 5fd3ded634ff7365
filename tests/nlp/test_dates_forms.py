"""More of the ways English writes a date, through the whole pipeline, on sentences
written for these tests (published 9 October 2019 unless a test says otherwise)."""

from datetime import date

import pytest

from dates_found import dates_on

PUBLISHED = date(2019, 10, 9)


def dates(text, published=PUBLISHED):
    return dates_on(text, published)


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


@pytest.mark.parametrize("text, expected", [
    ("The inquiry closed in June, 2018 with no finding.", ("June, 2018", "2018-06-01", "2018-06-30")),
    ("He was hired Oct, 3, 2016 by the county.", ("Oct, 3, 2016", "2016-10-03", "2016-10-03")),
    ("The audit ran from January 5, 2021, through June 30, 2021, the board said.",
     ("from January 5, 2021, through June 30, 2021", "2021-01-05", "2021-06-30")),
    ("The thefts took place overnight from 3rd May to the morning of 4th May 2012.",
     ("from 3rd May to the morning of 4th May 2012", "2012-05-03", "2012-05-04")),
    ("Between May and the end of November 2018, 14 officers were suspended.",
     ("Between May and the end of November 2018", "2018-05-01", "2018-11-30")),
    ("From May last year until February this year, 20 cases were opened.",
     ("From May last year until February this year", "2018-05-01", "2019-02-28")),
])
def test_ranges_and_months_as_copy_writes_them(text, expected):
    assert expected in dates(text)


@pytest.mark.parametrize("text, expected", [
    ("The deputy was hired last November.", ("last November", "2018-11-01", "2018-11-30")),
    ("The board met last March to review the case.", ("last March", "2019-03-01", "2019-03-31")),
    ("The hearing is set for next January.", ("next January", "2020-01-01", "2020-01-31")),
])
def test_last_and_next_with_a_month_name(text, expected):
    assert expected in dates(text)


def test_last_with_a_month_name_is_not_last_year():
    assert dates("Complaints rose last year.") == [("last year", "2018-01-01", "2018-12-31")]


@pytest.mark.parametrize("text, expected", [
    ("In fiscal year 2009 the agency opened 40 cases.", ("fiscal year 2009", "2008-10-01", "2009-09-30")),
    ("Spending rose in FY2011.", ("FY2011", "2010-10-01", "2011-09-30")),
    ("The 2014 fiscal year closed with 12 firings.", ("The 2014 fiscal year", "2013-10-01", "2014-09-30")),
    ("In the financial year 2018-19, 30 were dismissed.", ("the financial year 2018-19", "2018-04-01", "2019-03-31")),
])
def test_a_fiscal_year_named_by_one_year_is_the_us_federal_one(text, expected):
    assert expected in dates(text)


@pytest.mark.parametrize("text, year", [
    ("The force published its 2018 Annual Report in May.", "2018"),
    ("Read the 2016 Professional Standards Summary here.", "2016"),
    ("Download the Annual Review 2017 as a PDF.", "2017"),
    ("Complaints: Annual Statistics - 2015", "2015"),
    ("Dismissals fell compared with 2018, the report said.", "2018"),
])
def test_a_year_naming_a_report_or_a_comparison_is_a_date(text, year):
    assert (year, f"{year}-01-01", f"{year}-12-31") in dates(text)


@pytest.mark.parametrize("text", [
    "The Police Act 1996 Review was published.",
    "Call 2018 reports a day.",
    "A further 2017 officers were trained.",
])
def test_a_number_near_a_report_word_is_not_always_a_year(text):
    assert dates(text) == []


def test_years_filling_table_cells_label_their_rows():
    text = "Year | Dismissed\n2014 | 3\n2015 | 5\n\nCase 2016 | closed"
    found = dates(text)
    assert ("2014", "2014-01-01", "2014-12-31") in found and ("2015", "2015-01-01", "2015-12-31") in found
    assert not any(t == "2016" for t, _, _ in found)  # "Case 2016" does not fill its cell


@pytest.mark.parametrize("text, expected", [
    ("The deputy pleaded guilty Wednesday in federal court.", ("Wednesday", "2019-10-09", "2019-10-09")),
    ("A spokesman said Thursday that the officer had resigned.", ("Thursday", "2019-10-03", "2019-10-03")),
    ("Friday's hearing was adjourned.", ("Friday", "2019-10-04", "2019-10-04")),
    ("The trooper was arrested in Lowell Saturday night.", ("Saturday", "2019-10-05", "2019-10-05")),
])
def test_a_us_bare_weekday_is_the_last_such_day_by_publication(text, expected):
    assert expected in dates(text)


@pytest.mark.parametrize("text, expected", [
    ("The sergeant remained on paid leave as of Monday, a spokesman said.", ("as of Monday", "2019-10-07", "2019-10-07")),
    ("As at Tuesday, three constables were still suspended.", ("As at Tuesday", "2019-10-08", "2019-10-08")),
])
def test_a_state_as_of_a_weekday_is_that_day(text, expected):
    assert expected in dates(text)


@pytest.mark.parametrize("text", [
    "Tickets for Friday Night Football went on sale.",
    "She told Sunday Mirror readers about the case.",
    "Every Monday the unit meets.",
])
def test_a_weekday_in_a_name_or_a_habit_is_no_date(text):
    assert dates(text) == []


def test_a_weekday_range_of_two_days():
    found = dates("The hearing ran between Monday 29 and Tuesday 30 April 2019.")
    assert ("between Monday 29 and Tuesday 30 April 2019", "2019-04-29", "2019-04-30") in found


@pytest.mark.parametrize("text, expected", [
    ("In the first six months of 2018, 40 officers were suspended.",
     ("the first six months of 2018", "2018-01-01", "2018-06-30")),
    ("In the last three months of 2017/18, nine were dismissed.",
     ("the last three months of 2017/18", "2018-01-01", "2018-03-31")),
    ("The unit was formed late last year.", ("late last year", "2018-09-01", "2018-12-31")),
    ("Complaints rose at the end of last year.", ("the end of last year", "2018-12-31", "2018-12-31")),
    ("In calendar year 2016, 30 complaints were upheld.", ("calendar year 2016", "2016-01-01", "2016-12-31")),
    ("The deputy was fired Aug. 30.", ("Aug. 30", "2019-08-30", "2019-08-30")),
])
def test_parts_of_years_and_dates_that_close_a_sentence(text, expected):
    assert expected in dates(text)


def test_a_part_longer_than_its_period_is_left_unresolved():
    assert ("the first 14 months of 2018", "None", "None") in dates("In the first 14 months of 2018, nine left.")


@pytest.mark.parametrize("text, expected", [
    ("On 4 June last year he was charged.", ("On 4 June last year", "2018-06-04", "2018-06-04")),
    ("The board met March 3 this year.", ("March 3 this year", "2019-03-03", "2019-03-03")),
    ("The deputy was indicted in mid-September.", ("in mid-September", "2019-09-11", "2019-09-20")),
    ("He was suspended in late March pending a hearing.", ("in late March", "2019-03-21", "2019-03-31")),
])
def test_days_and_parts_of_months_placed_by_the_publication_year(text, expected):
    assert expected in dates(text)


@pytest.mark.parametrize("text, expected", [
    ("Over the three-year period to March 2018, 40 were sacked.",
     ("the three-year period to March 2018", "2015-04-01", "2018-03-31")),
    ("In the two years to the end of 2017, 30 were dismissed.",
     ("the two years to the end of 2017", "2016-01-01", "2017-12-31")),
    ("Since the start of the year, 14 officers have been suspended.",
     ("Since the start of the year", "2019-01-01", "2019-10-09")),
    ("The year before last saw 12 dismissals.", ("The year before last", "2017-01-01", "2017-12-31")),
    ("In the last financial year, 20 were dismissed.", ("the last financial year", "2018-04-01", "2019-03-31")),
    # a county's fiscal year runs July to June (normalise/fiscal.py)
    ("In this fiscal year the county fired six deputies.", ("this fiscal year", "2019-07-01", "2020-06-30")),
    ("In the 2016 calendar year, 15 resigned.", ("the 2016 calendar year", "2016-01-01", "2016-12-31")),
])
def test_periods_named_by_their_length_or_by_the_publication_date(text, expected):
    assert expected in dates(text)


def test_the_year_before_a_stated_one_still_carries_on():
    found = dates("In 2017, 30 were dismissed; the year before, 20.")
    assert ("the year before", "2016-01-01", "2016-12-31") in found


@pytest.mark.parametrize("text, expected", [
    ("The crash happened on the night of 3 June.", ("on the night of 3 June", "2019-06-03", "2019-06-03")),
    ("From mid-2016 to early 2018 the unit was under review.",
     ("From mid-2016 to early 2018", "2016-05-01", "2018-04-30")),
    ("Between late 2015 and mid-March 2017, six were sacked.",
     ("Between late 2015 and mid-March 2017", "2015-09-01", "2017-03-20")),
    ("The audit covers the months between August 2, 2017, and March 9, 2018, the board said.",
     ("between August 2, 2017, and March 9, 2018", "2017-08-02", "2018-03-09")),
    ("Complaints have risen since mid-2017.", ("since mid-2017", "2017-05-01", "2019-10-09")),
    ("The panel sat on 2nd\u20134th March 2018.", ("2nd\u20134th March 2018", "2018-03-02", "2018-03-04")),
    ("He was suspended in 2016; that same year he resigned.", ("that same year", "2016-01-01", "2016-12-31")),
])
def test_parts_of_days_and_years_as_range_ends(text, expected):
    assert expected in dates(text)


def test_early_alone_is_no_date():
    assert dates("He arrived early and left late.") == []


@pytest.mark.parametrize("text, expected", [
    ("The training ran Sept. 5-7 at the academy.", ("Sept. 5-7", "2019-09-05", "2019-09-07")),
    ("The trial ran from March 3 to 9, 2017, in Tulsa.", ("from March 3 to 9, 2017", "2017-03-03", "2017-03-09")),
    ("In the year to date, 14 were suspended.", ("the year to date", "2019-01-01", "2019-10-09")),
])
def test_us_day_ranges_and_the_year_to_date(text, expected):
    assert expected in dates(text)


def test_a_comparison_base_without_its_the():
    found = dates("In 2017/18 forces dismissed 90 officers, a 20% rise on previous year.")
    assert ("previous year", "2016-04-01", "2017-03-31") in found


def test_previous_alone_is_not_a_date():
    assert dates("His previous year of service was spotless.") == []


# Court orders, affidavits and parliamentary replies write an ordinal day, then "day of".
@pytest.mark.parametrize("text, expected", [
    ("Dated this 11th day of September, 2020 at the Four Courts.", ("11th day of September, 2020", "2020-09-11", "2020-09-11")),
    ("The order was made on the 3rd day of May 2021 by the judge.", ("3rd day of May 2021", "2021-05-03", "2021-05-03")),
    ("Sworn before me on the 22nd day of February, 2017.", ("22nd day of February, 2017", "2017-02-22", "2017-02-22")),
    ("The garda was suspended on the 1st day of March, 2018.", ("1st day of March, 2018", "2018-03-01", "2018-03-01")),
    ("On the 30 day of June 2016 the board met and voted to revoke.", ("30 day of June 2016", "2016-06-30", "2016-06-30")),
    ("The deputy resigned on the 4th day of June.", ("on the 4th day of June", "2019-06-04", "2019-06-04")),
])
def test_the_nth_day_of_a_month_is_that_day(text, expected):
    assert expected in dates(text)


@pytest.mark.parametrize("text, expected", [
    ("The panel sat for a day of hearings in June 2019.", ("June 2019", "2019-06-01", "2019-06-30")),
    ("It was the first day of May 2018 when he was sacked.", None),
])
def test_a_day_that_is_not_numbered_keeps_its_month(text, expected):
    found = dates(text)
    if expected:
        assert expected in found
    assert not any("day of" in t for t, *_ in found if t[0].isdigit())
