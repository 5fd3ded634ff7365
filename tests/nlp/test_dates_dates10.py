"""Dates in US, UK and Irish copy: fiscal years by whose year it is, relative spans,
headings and effective dates, and numbers that only look like dates.

Each case: a text (a sentence or a few), the publication date, and the mentions expected
as (text, first day, last day); a text mapped to None must not be a mention. Written for
this work with varied bodies, places and word orders; none is copied from a dev set."""

from datetime import date

import pytest

from dates_found import dates_on

AUG = date(2026, 8, 18)
MAR = date(2026, 3, 11)
UK = date(2025, 10, 2)

FISCAL = [
    # a stated end fixes the year: "the fiscal year that ended June 30"
    ("The Ohio Peace Officer Training Commission revoked 41 certifications in the fiscal year that ended June 30.",
     AUG, {"the fiscal year that ended June 30": ("2025-07-01", "2026-06-30")}),
    ("The state board suspended 19 licenses in the fiscal year ending June 30, 2024.", AUG,
     {"the fiscal year ending June 30, 2024": ("2023-07-01", "2024-06-30")}),
    ("In the fiscal year which ended Sept. 30, the agency opened 212 cases.", date(2025, 11, 4),
     {"the fiscal year which ended Sept. 30": ("2024-10-01", "2025-09-30")}),
    ("The county recorded 77 use-of-force complaints in the year ended June 30, 2025.", AUG,
     {"the year ended June 30, 2025": ("2024-07-01", "2025-06-30")}),
    # the stated span of a named fiscal year
    ("The Milton Police Department closed 64 investigations in fiscal year 2026, which ran from July 1, 2025, "
     "to June 30, 2026.", AUG, {"fiscal year 2026": ("2025-07-01", "2026-06-30")}),
    ("The commission's fiscal year runs from Oct. 1 to Sept. 30. It decertified 30 officers in fiscal 2024.",
     AUG, {"fiscal 2024": ("2023-10-01", "2024-09-30")}),
    ("The state's fiscal year begins July 1. The highway patrol logged 212 complaints in FY2023.", AUG,
     {"FY2023": ("2022-07-01", "2023-06-30")}),
    ("Oregon's fiscal year ends June 30. Troopers were disciplined 58 times in fiscal 2025 and 44 times the year before.",
     AUG, {"fiscal 2025": ("2024-07-01", "2025-06-30"), "the year before": ("2023-07-01", "2024-06-30")}),
    # one article, two bodies: each its own year
    ("The city's police oversight office sustained 31 complaints in FY2025. The FBI, whose fiscal year ends "
     "Sept. 30, opened three civil rights inquiries in its fiscal 2025.", AUG,
     {"FY2025": ("2024-07-01", "2025-06-30"), "fiscal 2025": ("2024-10-01", "2025-09-30")}),
    ("The FBI's fiscal year ends Sept. 30. The Fresno Police Department, whose fiscal year ends June 30, "
     "fired four officers in fiscal 2025.", AUG, {"fiscal 2025": ("2024-07-01", "2025-06-30")}),
    ("The FBI, whose fiscal year ends Sept. 30, opened three civil rights inquiries in its fiscal 2025.", AUG,
     {"fiscal 2025": ("2024-10-01", "2025-09-30")}),
    # whose year it is, when the article states no end
    ("The Justice Department charged 12 officers with civil rights crimes in fiscal year 2023.", AUG,
     {"fiscal year 2023": ("2022-10-01", "2023-09-30")}),
    ("U.S. Customs and Border Protection reported 19 in-custody deaths in fiscal 2022.", AUG,
     {"fiscal 2022": ("2021-10-01", "2022-09-30")}),
    ("The federal Bureau of Prisons disciplined 300 staff in FY2021.", AUG,
     {"FY2021": ("2020-10-01", "2021-09-30")}),
    ("The Harlan County Sheriff's Office fired six deputies in FY 2024.", AUG,
     {"FY 2024": ("2023-07-01", "2024-06-30")}),
    ("The Tucson Police Department sustained 51 complaints in fiscal 2025.", AUG,
     {"fiscal 2025": ("2024-07-01", "2025-06-30")}),
    ("Statewide, the Department of Public Safety paid $2.3 million in settlements in fiscal year 2024.", AUG,
     {"fiscal year 2024": ("2023-07-01", "2024-06-30")}),
    ("The city settled 14 police lawsuits in FY2024-25, records show.", AUG,
     {"FY2024-25": ("2024-07-01", "2025-06-30")}),
    ("The state patrol fired three troopers last fiscal year.", AUG,
     {"last fiscal year": ("2025-07-01", "2026-06-30")}),
    ("The county jail recorded 40 assaults on inmates in the current fiscal year.", MAR,
     {"the current fiscal year": ("2025-07-01", "2026-06-30")}),
    ("The Memphis Police Department fired 11 officers in fiscal 2025, the same number as the prior fiscal year.",
     AUG, {"fiscal 2025": ("2024-07-01", "2025-06-30"), "the prior fiscal year": ("2023-07-01", "2024-06-30")}),
    ("The state board revoked 60 licenses in fiscal 2025, up from 48 in the previous fiscal year.", AUG,
     {"the previous fiscal year": ("2023-07-01", "2024-06-30")}),
    # no body named, no end stated: the federal year, as before
    ("The board revoked 60 licenses in fiscal 2025, up from 48 in the previous fiscal year.", AUG,
     {"fiscal 2025": ("2024-10-01", "2025-09-30"), "the previous fiscal year": ("2023-10-01", "2024-09-30")}),
    ("The Massachusetts POST Commission suspended 44 certifications in fiscal 2025.", AUG,
     {"fiscal 2025": ("2024-07-01", "2025-06-30")}),
    ("In FY24, the Chicago Police Department's Bureau of Internal Affairs closed 1,204 cases.", AUG,
     {"FY24": ("2023-07-01", "2024-06-30")}),
    ("The Bureau of Prisons, whose fiscal year ends Sept. 30, fired 31 staff in fiscal 2023, up from 25 in fiscal 2022.",
     AUG, {"fiscal 2023": ("2022-10-01", "2023-09-30"), "fiscal 2022": ("2021-10-01", "2022-09-30")}),
    ("The city's fiscal year runs July 1 through June 30. Police overtime reached $40 million in fiscal 2024.", AUG,
     {"fiscal 2024": ("2023-07-01", "2024-06-30")}),
    ("The sheriff's office reported 17 sustained complaints in fiscal year 2022-23.", AUG,
     {"fiscal year 2022-23": ("2022-07-01", "2023-06-30")}),
    ("During the 2023 fiscal year, the county paid $1.2 million to settle police lawsuits.", AUG,
     {"the 2023 fiscal year": ("2022-07-01", "2023-06-30")}),
    ("Federal prosecutors charged 23 officers in fiscal 2024, the Justice Department said. The city fired nine in "
     "FY2024.", AUG, {"fiscal 2024": ("2023-10-01", "2024-09-30"), "FY2024": ("2023-07-01", "2024-06-30")}),
    ("The commission handled 120 cases in the fiscal year beginning July 1, 2023.", AUG,
     {"the fiscal year beginning July 1, 2023": ("2023-07-01", "2024-06-30")}),
    ("In the year that began on 1 April 2024, the force sacked 20 officers.", UK,
     {"the year that began on 1 April 2024": ("2024-04-01", "2025-03-31")}),
    ("In the first quarter of fiscal 2025, the state patrol opened 12 investigations.", AUG,
     {"the first quarter of fiscal 2025": ("2024-07-01", "2024-09-30")}),
    ("In the third quarter of fiscal 2024 the FBI opened three cases.", AUG,
     {"the third quarter of fiscal 2024": ("2024-04-01", "2024-06-30")}),
    ("Officers were disciplined 90 times in the 2024-25 fiscal year, the county said.", AUG,
     {"the 2024-25 fiscal year": ("2024-07-01", "2025-06-30")}),
    # "the prior fiscal year" is before the year the figures are for, not the one they were compared with
    ("The unit closed 88 cases in fiscal year 2026, which ran from July 1, 2025, to June 30, 2026, down from 103 in "
     "FY25.\nSix officers were fired, the same number as the prior fiscal year.", AUG,
     {"FY25": ("2024-07-01", "2025-06-30"), "the prior fiscal year": ("2024-07-01", "2025-06-30")}),
    ("The council decertified 96 officers in the fiscal year that ended June 30. That is up from 71 in fiscal 2025 "
     "and 58 the year before.", AUG, {"the year before": ("2023-07-01", "2024-06-30")}),
    # UK financial years stay April to March
    ("The Metropolitan Police recorded 2,100 complaints in the fiscal year 2024/25.", UK,
     {"the fiscal year 2024/25": ("2024-04-01", "2025-03-31")}),
    ("Kent Police dismissed 30 officers in the year ending 31 March 2025, and 22 the year before.", UK,
     {"the year ending 31 March 2025": ("2024-04-01", "2025-03-31"), "the year before": ("2023-04-01", "2024-03-31")}),
    ("West Mercia Police dismissed 14 officers in 2024/25.", UK, {"2024/25": ("2024-04-01", "2025-03-31")}),
    ("The force recorded 1,204 complaints in the last financial year.", UK,
     {"the last financial year": ("2024-04-01", "2025-03-31")}),
    ("Durham Constabulary dismissed nine officers in the financial year 2023-24.", UK,
     {"the financial year 2023-24": ("2023-04-01", "2024-03-31")}),
]

RELATIVE = [
    # "over the two years" after two named years spans them
    ("Complaints rose to 1,100 in 2024/25, up from 1,018 in 2023/24. Seventeen officers faced gross misconduct "
     "hearings over the two years.", UK, {"over the two years": ("2023-04-01", "2025-03-31")}),
    ("The department fired eight officers in 2022 and 11 in 2023. Across the two years, 40 complaints were "
     "sustained.", AUG, {"Across the two years": ("2022-01-01", "2023-12-31")}),
    ("Garda members were suspended 21 times in 2021, 25 times in 2022 and 30 times in 2023. Over the three years, "
     "nine were dismissed.", UK, {"Over the three years": ("2021-01-01", "2023-12-31")}),
    # the months after a dated start
    ("The new ombudsman opened on 1 March 2025. In the six months after it opened, it received 900 complaints.",
     UK, {"In the six months": ("2025-03-01", "2025-08-31")}),
    ("The unit was set up on January 15, 2024. In the 12 months after it was set up, it investigated 41 officers.",
     AUG, {"In the 12 months": ("2024-01-15", "2024-12-31")}),
    ("The board received 640 complaints in the nine months after it replaced the old commission. The board, which "
     "was established on 3 June 2024, said most were about neglect of duty.", UK,
     {"in the nine months": ("2024-06-03", "2025-02-28")}),
    # a duration with no event day stays unresolved
    ("In the six months after the video emerged, the unit received 90 complaints.", UK,
     {"In the six months": ("None", "None")}),
    # relative words against the publication date
    ("Sergeant Dale Moss has been on paid leave since November.", MAR,
     {"since November": ("2025-11-01", "2026-03-11")}),
    ("The trooper was suspended earlier this month.", MAR, {"earlier this month": ("2026-03-01", "2026-03-11")}),
    ("The deputy was charged last week.", MAR, {"last week": ("2026-03-02", "2026-03-08")}),
    ("The chief will retire at the end of June.", MAR, {"the end of June": ("2026-06-30", "2026-06-30")}),
    ("The officer was placed on leave in October 2024 and fired a year later.", MAR,
     {"a year later": ("2025-10-01", "2025-10-31")}),
    ("Eleven officers were sacked in 2023, up from seven the previous year.", UK,
     {"the previous year": ("2022-01-01", "2022-12-31")}),
    ("The constable joined in 2015 and was promoted that year.", UK, {"that year": ("2015-01-01", "2015-12-31")}),
    ("The officer has been on unpaid leave since mid-October.", date(2025, 11, 20),
     {"since mid-October": ("2025-10-11", "2025-11-20")}),
    ("The records, which go back to 2008, show 40 complaints against the unit.", date(2025, 11, 20),
     {"go back to 2008": ("2008-01-01", "2025-11-20")}),
    ("The force received 900 complaints in the first six months of this year.", date(2025, 11, 20),
     {"the first six months of this year": ("2025-01-01", "2025-06-30")}),
    ("Over the past five years, 104 gardai were suspended. In the first two months of this year, a further six "
     "were suspended.", date(2025, 3, 10), {"the first two months of this year": ("2025-01-01", "2025-02-28")}),
    ("The force received 900 complaints in 2024/25 and 500 in the first six months of that year.", UK,
     {"the first six months of that year": ("2024-04-01", "2024-09-30")}),
    ("The deputy was hired in 2016. That year, he was disciplined twice.", UK,
     {"That year": ("2016-01-01", "2016-12-31")}),
    ("Complaints fell to 212 in 2024. A year earlier, there were 260.", UK,
     {"A year earlier": ("2023-01-01", "2023-12-31")}),
    ("The department fired four officers in the 12 months ending Sept. 30.", date(2025, 11, 20),
     {"the 12 months ending Sept. 30": ("2024-10-01", "2025-09-30")}),
    # US forms
    ("The deputy was arrested Friday (Oct. 4) and released on Monday (Oct. 7).", date(2024, 10, 9),
     {"Friday (Oct. 4)": ("2024-10-04", "2024-10-04"), "on Monday (Oct. 7)": ("2024-10-07", "2024-10-07")}),
    ("Records show the stop happened on 07-14-2019.", AUG, {"07-14-2019": ("2019-07-14", "2019-07-14")}),
    ("Officer Reyes was hired Jan. 5 and fired Sept. 30, 2024.", date(2024, 10, 15),
     {"Jan. 5": ("2024-01-05", "2024-01-05"), "Sept. 30, 2024": ("2024-09-30", "2024-09-30")}),
    ("The complaint was filed 4/2/18 with the Travis County Sheriff's Office.", AUG,
     {"4/2/18": ("2018-04-02", "2018-04-02")}),
    ("The complaint was filed on 4/2/18 with the Garda Ombudsman.", AUG,
     {"4/2/18": ("2018-02-04", "2018-02-04")}),
    ("He was suspended on Sept. 3 and fired Oct. 12, 2023.", date(2023, 10, 20),
     {"on Sept. 3": ("2023-09-03", "2023-09-03"), "Oct. 12, 2023": ("2023-10-12", "2023-10-12")}),
    ("Deputy Ray Collins was arrested Thursday (Jan. 9) and booked into jail.", date(2025, 1, 10),
     {"Thursday (Jan. 9)": ("2025-01-09", "2025-01-09")}),
    ("The complaint, dated 11/04/2022, was received by the Harris County Sheriff's Office.", AUG,
     {"11/04/2022": ("2022-11-04", "2022-11-04")}),
    ("The complaint, dated 11/04/2022, was received by the Garda Ombudsman.", AUG,
     {"11/04/2022": ("2022-04-11", "2022-04-11")}),
    ("Between Jan. 1 and March 31, 2025, the office received 88 complaints.", AUG,
     {"Between Jan. 1 and March 31, 2025": ("2025-01-01", "2025-03-31")}),
    ("He joined the force in 2009 and was sacked 12 years later.", UK,
     {"12 years later": ("2021-01-01", "2021-12-31")}),
    ("Sentencing is set for Nov. 20.", date(2025, 9, 15), {"Nov. 20": ("2025-11-20", "2025-11-20")}),
    ("The hearing was adjourned until 14 May.", date(2025, 9, 15), {"until 14 May": ("2026-05-14", "2026-05-14")}),
    # "effective" with no year: the date nearest the story, ahead when it has not come yet
    ("The council voted to accept the chief's retirement, effective March 31.", MAR,
     {"March 31": ("2026-03-31", "2026-03-31")}),
    ("Her resignation is effective Jan. 2, the department said.", date(2025, 12, 12),
     {"Jan. 2": ("2026-01-02", "2026-01-02")}),
    ("He resigned effective March 1, records show.", MAR, {"March 1": ("2026-03-01", "2026-03-01")}),
]

HEADINGS = [
    ("Public Records Response: Use of Force Reviews, 2025\n\nThe department reviewed 212 incidents.", MAR,
     {"2025": ("2025-01-01", "2025-12-31")}),
    ("Table 3. Complaints closed by finding, 2024\n\nSustained | 41", MAR, {"2024": ("2024-01-01", "2024-12-31")}),
    ("Quarterly report: January-March, 2025\n\nThe office received 88 complaints.", MAR,
     {"January-March, 2025": ("2025-01-01", "2025-03-31")}),
    ("Discipline summary, 2023-24\n\nTwelve officers were dismissed.", UK,
     {"2023-24": ("2023-04-01", "2024-03-31")}),
]

REFUSED = [
    ("He was charged in case 2024-CR-0113 on Tuesday.", MAR, ["2024", "2024-CR-0113"]),
    ("He was charged with burglary under Section 18-4-401 of the code.", MAR, ["18-4-401", "18-4"]),
    ("The tip line is staffed 24/7 by civilian staff.", MAR, ["24/7"]),
    ("The Tigers beat the Rams 24-17 on the night of the shooting.", MAR, ["24-17"]),
    ("The officer, 24, was paid $2,019 in overtime.", MAR, ["2,019", "24"]),
    ("The call came in at 10:30 p.m. and officers arrived at 10:42.", MAR, ["10:30", "10:42"]),
    ("The settlement, $1,250,000, was approved by a 5-2 vote.", MAR, ["5-2"]),
    ("Deputies seized 2,025 grams of methamphetamine.", MAR, ["2,025"]),
    ("The officer was charged under 18 U.S.C. 242 and RCW 9A.36.031.", MAR, ["242", "9A.36.031"]),
    ("The jury deliberated for 2 1/2 hours before finding him guilty.", MAR, ["2 1/2", "1/2"]),
    ("The deputy, a 2019 Dodge Charger driver, crashed at mile marker 2024.", MAR, ["mile marker 2024"]),
    ("Call 1-800-222-1222 or text 2025 to report misconduct.", MAR, ["1-800-222-1222", "800-222"]),
    ("The officer scored 19/20 on the test and ranked 3/45 in his class.", MAR, ["19/20", "3/45"]),
]


def _check(text, published, expected):
    found = {t: (a, b) for t, a, b in dates_on(text, published)}
    for mention, days in expected.items():
        if days is None:
            assert mention not in found, (mention, found)
        else:
            assert found.get(mention) == days, (mention, found)


@pytest.mark.parametrize("text,published,expected", FISCAL)
def test_a_fiscal_year_is_the_year_of_the_body_whose_it_is(text, published, expected):
    _check(text, published, expected)


@pytest.mark.parametrize("text,published,expected", RELATIVE)
def test_relative_spans_and_us_forms_resolve(text, published, expected):
    _check(text, published, expected)


@pytest.mark.parametrize("text,published,expected", HEADINGS)
def test_a_heading_that_ends_in_a_year_or_period_is_dated(text, published, expected):
    _check(text, published, expected)


@pytest.mark.parametrize("text,published,refused", REFUSED)
def test_numbers_that_only_look_like_dates_are_refused(text, published, refused):
    found = [t for t, _a, _b in dates_on(text, published)]
    for words in refused:
        assert not any(words == t or words in t.split() for t in found), (words, found)


def test_the_dateline_is_not_the_day_a_duration_runs_from():
    from extractor import extract_text
    text = ("Complaints office reports first figures\n\nTuesday 4 March 2025 | News\n\n"
            "The new complaints office received 300 complaints in the six months after it opened. "
            "The office, which opened on 2 September 2024, said most concerned neglect of duty.\n")
    result = extract_text(text)
    found = {d.text: (str(d.date_from), str(d.date_to)) for d in result.dates}
    assert found["in the six months"] == ("2024-09-02", "2025-02-28"), found
