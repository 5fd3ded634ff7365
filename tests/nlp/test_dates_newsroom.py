"""Dates as US, UK and Irish newsrooms write them inside a story, each in a sentence
written for this battery and read through the whole pipeline against a publication
date (Wednesday 15 November 2023). Each case says what a careful reader resolves the
words to; a list of answers where SPEC or the project's gold accepts either."""

from datetime import date

import pytest

from dates_found import dates_on

PUBLISHED = date(2023, 11, 15)


def dates(text, published=PUBLISHED):
    return dates_on(text, published)


CASES = [
    # AP months and days
    ("The deputy was arrested Sept. 30 after a crash in Ada County.", "Sept. 30", "2023-09-30", "2023-09-30"),
    ("The trooper was charged Jan. 5 with official oppression.", "Jan. 5", "2023-01-05", "2023-01-05"),
    ("He was fired Aug. 14, 2022, after an internal affairs review.", "Aug. 14, 2022", "2022-08-14", "2022-08-14"),
    ("The sergeant was indicted on Dec. 2, 2021.", "Dec. 2, 2021", "2021-12-02", "2021-12-02"),
    ("The officer resigned on Monday (Nov. 13), the chief said.", "Monday (Nov. 13)", "2023-11-13", "2023-11-13"),
    ("The deputy was booked into the county jail on Oct. 31.", "Oct. 31", "2023-10-31", "2023-10-31"),
    ("A grand jury returned the indictment Thursday, Nov. 9.", "Thursday, Nov. 9", "2023-11-09", "2023-11-09"),
    # UK and Irish day-first forms
    ("PC Ellis was dismissed on 3rd October 2023.", "3rd October 2023", "2023-10-03", "2023-10-03"),
    ("The garda was suspended on the 4th of September.", "4th of September", "2023-09-04", "2023-09-04"),
    ("The hearing concluded on Friday 10 November.", "Friday 10 November", "2023-11-10", "2023-11-10"),
    # relative to the publication date
    ("The deputy was placed on leave earlier this month.", "earlier this month", "2023-11-01",
     ["2023-11-15", "2023-11-30", "2023-11-14"]),
    ("Two officers were fired late last year.", "late last year", ["2022-09-01", "2022-10-01"], "2022-12-31"),
    ("The trooper was charged earlier this year.", "earlier this year", "2023-01-01", ["2023-11-15", "2023-12-31"]),
    ("The inspector retired last month.", "last month", "2023-10-01", "2023-10-31"),
    ("The sergeant was arrested last week.", "last week", ["2023-11-06", "2023-11-05"], ["2023-11-12", "2023-11-11"]),
    ("Three officers were disciplined last year.", "last year", "2022-01-01", "2022-12-31"),
    ("The constable was cleared in March last year.", "March last year", "2022-03-01", "2022-03-31"),
    ("The deputy was suspended in October.", "October", "2023-10-01", "2023-10-31"),
    ("The force dismissed four officers over the summer.", "the summer", "2023-06-01", "2023-08-31"),
    ("He was charged in the spring of 2019.", "the spring of 2019", "2019-03-01", "2019-05-31"),
    ("The complaint was made in the autumn of 2021.", "the autumn of 2021", "2021-09-01", "2021-11-30"),
    ("She was sacked in the summer of 2020.", "the summer of 2020", "2020-06-01", "2020-08-31"),
    ("The officer was fired three weeks ago.", "three weeks ago", "2023-10-25", "2023-10-25"),
    ("The case has been open since March.", "since March", "2023-03-01", "2023-11-15"),
    ("The chief has led the department since 2015.", "since 2015", "2015-01-01", ["2023-11-15", "2015-12-31"]),
    ("The inquiry has run since April 2021.", "since April 2021", "2021-04-01", "2023-11-15"),
    # periods
    ("Between 2018 and 2021, the department fired 14 officers.", "Between 2018 and 2021", "2018-01-01", "2021-12-31"),
    ("From 2019 through 2022, 31 deputies were disciplined.", "From 2019 through 2022", "2019-01-01", "2022-12-31"),
    ("In the 12 months to March, the force received 400 complaints.", "the 12 months to March", "2022-04-01",
     "2023-03-31"),
    ("In the year to March 2023 there were 61 dismissals.", "the year to March 2023", "2022-04-01", "2023-03-31"),
    ("During the 2021-22 fiscal year, the city paid out in 40 lawsuits.", "the 2021-22 fiscal year",
     ["2021-07-01", "2021-04-01", "2021-10-01"], ["2022-06-30", "2022-03-31", "2022-09-30"]),
    ("In the 2021-22 school year, officers made 112 arrests on campus.", "the 2021-22 school year",
     "2021-09-01", "2022-08-31"),
    ("During the 2019-2020 academic year, campus police made 40 arrests.", "the 2019-2020 academic year",
     "2019-09-01", "2020-08-31"),
    ("In FY23, the agency fired 11 officers.", "FY23", "2022-10-01", "2023-09-30"),
    ("The sentencing is set for Feb. 2.", "Feb. 2", "2024-02-02", "2024-02-02"),
    ("His trial is slated for March 4.", "March 4", "2024-03-04", "2024-03-04"),
    ("The officer, hired in the late 1980s, retired.", "the late 1980s", "1987-01-01", "1989-12-31"),
    ("In 2022/23, the force recorded 72 allegations.", "2022/23", "2022-04-01", "2023-03-31"),
    ("In FY2022, the agency sustained 18 complaints.", "FY2022", ["2021-10-01", "2021-07-01", "2021-04-01"],
     ["2022-09-30", "2022-06-30", "2022-03-31"]),
    ("In fiscal year 2021, the board decertified 12 officers.", "fiscal year 2021", "2020-10-01", "2021-09-30"),
    ("From January to June 2023, six troopers were fired.", "From January to June 2023", "2023-01-01", "2023-06-30"),
    ("Between April 2020 and March 2023, 120 officers were investigated.", "Between April 2020 and March 2023",
     "2020-04-01", "2023-03-31"),
    ("In the first six months of 2023, 14 complaints were upheld.", "the first six months of 2023", "2023-01-01",
     "2023-06-30"),
    ("In the first quarter of 2023, the office fired two deputies.", "the first quarter of 2023", "2023-01-01",
     "2023-03-31"),
    ("In the past five years, 30 officers were decertified.", "the past five years",
     ["2018-11-15", "2018-11-16", "2018-01-01"], ["2023-11-15", "2022-12-31"]),
    ("The department fired nine officers in 2022.", "2022", "2022-01-01", "2022-12-31"),
    ("The officer was hired in the mid-1990s.", "the mid-1990s", ["1993-01-01", "1994-01-01"],
     ["1996-12-31", "1997-12-31"]),
    ("By the end of 2022, 80 officers had been barred.", "the end of 2022", ["2022-12-31", "2022-10-01"], "2022-12-31"),
    ("In early 2023, two sergeants were demoted.", "early 2023", "2023-01-01", ["2023-04-30", "2023-03-31"]),
    ("In late 2021, the trooper was charged.", "late 2021", ["2021-09-01", "2021-10-01"], "2021-12-31"),
    ("In mid-2022, the force suspended 20 officers.", "mid-2022", ["2022-05-01", "2022-04-01"],
     ["2022-08-31", "2022-09-30"]),
    ("The deputy was fired on June 30.", "June 30", "2023-06-30", "2023-06-30"),
    ("The trooper was arrested 5/12/2023 by state police in Ohio.", "5/12/2023", "2023-05-12", "2023-05-12"),
    # US forms: "Month of Year", dashed numeric dates, the fall of a year, "by" a year
    ("The deputy was hired in March of 2013 and fired in 2019.", "March of 2013", "2013-03-01", "2013-03-31"),
    ("The trooper was indicted in October of 2020.", "October of 2020", "2020-10-01", "2020-10-31"),
    ("The officer was terminated 02-23-17 by the chief in Dayton, Ohio.", "02-23-17", "2017-02-23", "2017-02-23"),
    ("In the fall of 2019, the deputy was placed on leave.", "the fall of 2019", "2019-09-01", "2019-11-30"),
    ("The department plans to fit every officer with a camera by 2025.", "by 2025", "2025-01-01", "2025-12-31"),
    ("The deputy was hired this past April.", "this past April", "2023-04-01", "2023-04-30"),
    ("The trooper was arrested this past Tuesday.", "this past Tuesday", "2023-11-14", "2023-11-14"),
    # a bare "until" says when a state ended: that date, not a period carried on
    ("In 2019 the unit made 40 arrests. Arrests stayed low until March of 2021, when it was expanded.",
     "until March of 2021", "2021-03-01", "2021-03-31"),
    ("The constable remained suspended until 4 June 2022.", "until 4 June 2022", "2022-06-04", "2022-06-04"),
    # court papers' hedges, and periods that run to the present
    ("Between in or about 2015 and in or about 2019, the officers took bribes.",
     "Between in or about 2015 and in or about 2019", "2015-01-01", "2019-12-31"),
    ("From in or about March 2018 through in or about June 2020, the deputy sold seized drugs.",
     "From in or about March 2018 through in or about June 2020", "2018-03-01", "2020-06-30"),
    ("Since at least 2016, the sergeant falsified overtime records.", "Since at least 2016", "2016-01-01", "2023-11-15"),
    ("Between January 2018 and the present, 40 troopers were disciplined.", "Between January 2018 and the present",
     "2018-01-01", "2023-11-15"),
    ("From 2019 to present, the board decertified 51 officers.", "From 2019 to present", "2019-01-01", "2023-11-15"),
    # parts of days, weekends and seasons placed by the publication date (a Wednesday)
    ("The constable was arrested last night at his home.", "last night", "2023-11-14", "2023-11-14"),
    ("Gardaí searched the house this morning.", "this morning", "2023-11-15", "2023-11-15"),
    ("The deputy was booked yesterday afternoon.", "yesterday afternoon", "2023-11-14", "2023-11-14"),
    ("Two officers were suspended over the weekend.", "over the weekend", "2023-11-11", "2023-11-12"),
    ("The PC was arrested at the weekend.", "at the weekend", "2023-11-11", "2023-11-12"),
    ("The sheriff will announce the findings next weekend.", "next weekend", "2023-11-18", "2023-11-19"),
    ("The sergeant was suspended last summer.", "last summer", "2023-06-01", "2023-08-31"),
    ("The trooper was fired last fall.", "last fall", "2022-09-01", "2022-11-30"),
    ("The review will report next spring.", "next spring", "2024-03-01", "2024-05-31"),
    ("In H1 2023, the force upheld 31 complaints.", "H1 2023", "2023-01-01", "2023-06-30"),
    # holidays on a fixed date: the last one by the publication date, unless the words look ahead
    ("The deputy was arrested on Christmas Eve after a crash.", "Christmas Eve", "2022-12-24", "2022-12-24"),
    ("The officer was off duty on New Year's Day.", "New Year's Day", "2023-01-01", "2023-01-01"),
    ("Gardaí were called on St Patrick's Day 2019.", "St Patrick's Day 2019", "2019-03-17", "2019-03-17"),
    ("He was assaulted in custody on Boxing Day last year.", "Boxing Day last year", "2022-12-26", "2022-12-26"),
    ("The trooper will be sentenced on Valentine's Day.", "Valentine's Day", "2024-02-14", "2024-02-14"),
    ("Between Christmas Day and New Year's Eve, 12 drivers were arrested.", "Between Christmas Day and New Year's Eve",
     "2022-12-25", "2022-12-31"),
    ("On the Fourth of July 2021, the officer fired at a car.", "Fourth of July 2021", "2021-07-04", "2021-07-04"),
]


@pytest.mark.parametrize("text, span, start, end", CASES, ids=[c[1] for c in CASES])
def test_a_newsroom_date_is_read_as_a_reader_reads_it(text, span, start, end):
    found = dates(text)
    starts = start if isinstance(start, list) else [start]
    ends = end if isinstance(end, list) else [end]
    hits = [(t, a, b) for t, a, b in found if span.lower() in t.lower() or t.lower() in span.lower()]
    assert hits, f"{span!r} not found in {found}"
    assert any(a in starts and b in ends for _t, a, b in hits), found


@pytest.mark.parametrize("text, words", [
    ("Officers who lie will be fired, the chief said in a memo to 300 staff.", "300"),
    ("He was sentenced to 37 months in federal prison.", "37 months"),
    ("The law requires a review every 12 months.", "12 months"),
    ("He faces up to 20 years if convicted.", "20 years"),
    ("Call 555-0123 or write to PO Box 2023.", "555"),
    ("The Boxing Day sales drew crowds to the city centre.", "Boxing Day"),
    ("The weekend of Oct. 7-8 was busy for the department.", "weekend of"),
    ("Budget cuts will fall hardest on patrol, the chief said.", "fall"),
])
def test_numbers_and_names_that_are_not_dates_name_no_period(text, words):
    assert not [d for d in dates(text) if words in d[0] and d[1] != "None"], dates(text)
