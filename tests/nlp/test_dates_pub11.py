"""Dates as UK, Irish and US news, court and official copy state them: abbreviated and
numeric US forms, weekdays and parts of days against the publication date, seasons, weeks
and relative spans, months with and without a year, and numbers that only look like dates.

Each case: a text, the publication date (None: the page shows none), and the mentions
expected as (first day, last day), found by overlap as the scorer matches them; None for the
days means the mention must be there but unresolved. Written for this work with varied
bodies, places, ranks and word orders; none is copied from a dev set or a held-out page."""

from datetime import date

import pytest

from dates_found import dates_on

WED = date(2025, 3, 5)   # a Wednesday
NOV = date(2024, 11, 14)  # a Thursday

US_FORMS = [
    ("Deputy Carla Mendes was fired Jan. 5 after an internal review.", WED, {"Jan. 5": ("2025-01-05", "2025-01-05")}),
    ("The trooper was indicted Sept. 30, 2024, on two counts.", WED, {"Sept. 30, 2024": ("2024-09-30", "2024-09-30")}),
    ("The sheriff's office said Friday (Feb. 28) that the jailer had resigned.", WED,
     {"Friday (Feb. 28)": ("2025-02-28", "2025-02-28")}),
    ("Officer Dale Pruitt was arrested on Monday (March 3) in Tulsa.", WED, {"Monday (March 3)": ("2025-03-03", "2025-03-03")}),
    ("According to the complaint, the assault happened on 07-14-2019 at the county jail.", WED,
     {"07-14-2019": ("2019-07-14", "2019-07-14")}),
    ("The Wichita Police Department placed him on leave on 4/2/18.", WED, {"4/2/18": ("2018-04-02", "2018-04-02")}),
    ("Records show the sergeant was suspended on 11/23/2021 without pay.", WED, {"11/23/2021": ("2021-11-23", "2021-11-23")}),
    ("He was booked into the Maricopa County jail Feb. 3, 2014, and released Mar.7, 2016.", WED,
     {"Feb. 3, 2014": ("2014-02-03", "2014-02-03"), "Mar.7, 2016": ("2016-03-07", "2016-03-07")}),
    ("The police chief was terminated Dec. 12.", WED, {"Dec. 12": ("2024-12-12", "2024-12-12")}),
    ("A Pinellas County deputy is set to be sentenced April 22.", WED, {"April 22": ("2025-04-22", "2025-04-22")}),
    ("The officer resigned in March of 2019, records show.", WED, {"March of 2019": ("2019-03-01", "2019-03-31")}),
    ("The investigation began in the fall of 2022.", WED, {"the fall of 2022": ("2022-09-01", "2022-11-30")}),
    ("In the spring of 2023, two deputies were fired.", WED, {"the spring of 2023": ("2023-03-01", "2023-05-31")}),
    ("The union filed a grievance on Jan. 31, 2025.", WED, {"Jan. 31, 2025": ("2025-01-31", "2025-01-31")}),
    ("The lieutenant retired Aug. 1, 2023, before the hearing.", WED, {"Aug. 1, 2023": ("2023-08-01", "2023-08-01")}),
    ("On Nov. 4, the Houston officer was charged with official oppression.", WED, {"Nov. 4": ("2024-11-04", "2024-11-04")}),
]

RELATIVE = [
    ("The deputy was arrested Monday night at his home.", WED, {"Monday": ("2025-03-03", "2025-03-03")}),
    ("Sheriff Ray Boyd announced the firing on Tuesday.", WED, {"Tuesday": ("2025-03-04", "2025-03-04")}),
    ("The officer was placed on administrative leave Friday.", WED, {"Friday": ("2025-02-28", "2025-02-28")}),
    ("This past weekend, a state trooper was arrested in Dover.", WED,
     {"This past weekend": ("2025-03-01", "2025-03-02")}),
    ("Earlier this month, the city fired two officers.", WED, {"Earlier this month": ("2025-03-01", "2025-03-05")}),
    ("Late last year the chief resigned amid the scandal.", WED, {"Late last year": ("2024-09-01", "2024-12-31")}),
    ("The commission revoked his certification last month.", WED, {"last month": ("2025-02-01", "2025-02-28")}),
    ("The Garda was suspended last week.", WED, {"last week": ("2025-02-24", "2025-03-02")}),
    ("Police Scotland dismissed 14 officers last year.", WED, {"last year": ("2024-01-01", "2024-12-31")}),
    ("So far this year, the department has fired three officers.", WED,
     {"this year": ("2025-01-01", "2025-03-05")}),
    ("The constable was charged in January.", WED, {"January": ("2025-01-01", "2025-01-31")}),
    ("The constable was charged in November.", WED, {"November": ("2024-11-01", "2024-11-30")}),
    ("The sergeant was sacked in November.", None, {"November": None}),
    ("The inspector was arrested on Tuesday.", None, {"Tuesday": None}),
    ("Over the past decade, 300 officers were dismissed.", WED, {"the past decade": ("2015-03-06", "2025-03-05")}),
    ("Yesterday, a jury acquitted the detective.", WED, {"Yesterday": ("2025-03-04", "2025-03-04")}),
    ("The former PC was jailed today at Leeds Crown Court.", WED, {"today": ("2025-03-05", "2025-03-05")}),
    ("The officer will be sentenced next month.", WED, {"next month": ("2025-04-01", "2025-04-30")}),
    ("In the summer of 2021, the force opened 12 investigations.", WED,
     {"the summer of 2021": ("2021-06-01", "2021-08-31")}),
    ("The hearing was adjourned until next Tuesday.", WED, {"next Tuesday": ("2025-03-11", "2025-03-11")}),
    ("The three deputies were fired on Thursday, the sheriff said.", NOV, {"Thursday": ("2024-11-14", "2024-11-14")}),
    ("Two officers were suspended two weeks ago.", WED, {"two weeks ago": ("2025-02-19", "2025-02-19")}),
]

UK_IE_FORMS = [
    ("PC Amy Clarke was dismissed on 4 February 2025.", WED, {"4 February 2025": ("2025-02-04", "2025-02-04")}),
    ("The Garda was convicted on the 3rd of March 2024.", WED, {"3rd of March 2024": ("2024-03-03", "2024-03-03")}),
    ("Merseyside Police said the officer resigned on 12/02/2025.", WED, {"12/02/2025": ("2025-02-12", "2025-02-12")}),
    ("The misconduct hearing concluded on Friday 28 February.", WED,
     {"Friday 28 February": ("2025-02-28", "2025-02-28")}),
    ("Between April 2022 and March 2023, Kent Police recorded 61 cases.", WED,
     {"Between April 2022 and March 2023": ("2022-04-01", "2023-03-31")}),
    ("In 2023/24, the Metropolitan Police dismissed 96 officers.", WED, {"2023/24": ("2023-04-01", "2024-03-31")}),
    ("In the year to March 2024, forces recorded 1,200 allegations.", WED,
     {"the year to March 2024": ("2023-04-01", "2024-03-31")}),
    ("The Garda Ombudsman received 2,000 complaints in 2022.", WED, {"2022": ("2022-01-01", "2022-12-31")}),
    ("The DS will be sentenced on 14 April.", WED, {"14 April": ("2025-04-14", "2025-04-14")}),
    ("The chief inspector retired in mid-2023.", WED, {"mid-2023": ("2023-05-01", "2023-08-31")}),
    ("The data covers the period from 1 January 2020 to 31 December 2024.", WED,
     {"from 1 January 2020 to 31 December 2024": ("2020-01-01", "2024-12-31")}),
    ("Over the past year and a half, 30 constables were sacked.", WED,
     {"the past year and a half": ("2023-09-06", "2025-03-05")}),
    ("In the past half a year, the Met suspended 12 officers.", WED, {"the past half a year": ("2024-09-06", "2025-03-05")}),
    ("The Garda unit was set up in June 2023. In the 12 months since, it received 40 complaints.", WED,
     {"In the 12 months": ("2023-06-01", "2024-05-31")}),
    ("The new watchdog opened on 2 October 2024 and in the four months since has received 300 complaints.", WED,
     {"in the four months": ("2024-10-02", "2025-01-31")}),
    ("PSNI figures for the last five years show 40 officers were dismissed.", WED,
     {"the last five years": ("2020-03-06", "2025-03-05")}),
]

YEARS = [
    ("Oakdale Police Department\n\n2021 Use of Force Complaints\n\nThe department received 14 complaints.", WED,
     {"2021": ("2021-01-01", "2021-12-31")}),
    ("2023/24 Conduct Outcomes\n\nSeven officers were dismissed.", WED, {"2023/24": ("2023-04-01", "2024-03-31")}),
    ("Internal Investigations 2022\n\nThe unit opened 31 investigations.", WED, {"2022": ("2022-01-01", "2022-12-31")}),
    ("Protected Disclosures 2019\n\nStaff made six disclosures.", WED, {"2019": ("2019-01-01", "2019-12-31")}),
    ("Gardaí dismissed each year:\n2020 \u2013 4\n2021 \u2013 11\n2022 \u2013 7", WED,
     {"2020": ("2020-01-01", "2020-12-31"), "2021": ("2021-01-01", "2021-12-31"), "2022": ("2022-01-01", "2022-12-31")}),
    ("Officers suspended:\n2019: 12\n2020: 15", WED, {"2019": ("2019-01-01", "2019-12-31"), "2020": ("2020-01-01", "2020-12-31")}),
    ("For the 2024, 2023 and 2022 calendar years, the force dismissed 19 officers.", WED,
     {"2024": ("2024-01-01", "2024-12-31"), "2023": ("2023-01-01", "2023-12-31"), "2022": ("2022-01-01", "2022-12-31")}),
    ("He will be sentenced in the spring, the prosecutor said.", WED, {"the spring": ("2025-03-01", "2025-05-31")}),
    ("The PC is to appear before magistrates on 14 April.", WED, {"14 April": ("2025-04-14", "2025-04-14")}),
    ("Use of Force Review: Third Quarter 2024\n\nDeputies used force 80 times.", WED,
     {"Third Quarter 2024": ("2024-07-01", "2024-09-30")}),
    ("Internal Affairs Report - First Quarter, 2023", WED, {"First Quarter, 2023": ("2023-01-01", "2023-03-31")}),
    ("The new discipline matrix takes effect April 1, the chief said.", WED, {"April 1": ("2025-04-01", "2025-04-01")}),
    ("His retirement goes into effect Feb. 28.", WED, {"Feb. 28": ("2025-02-28", "2025-02-28")}),
]

NOV = date(2026, 11, 19)  # a Thursday

AHEAD_AND_BACK = [
    ("Circuit Judge Ray Holt set trial for March 8.", NOV, {"March 8": ("2027-03-08", "2027-03-08")}),
    ("The judge set sentencing for Feb. 2 in the deputy's case.", NOV, {"Feb. 2": ("2027-02-02", "2027-02-02")}),
    ("The sergeant's case was listed for trial on 3 June.", NOV, {"3 June": ("2027-06-03", "2027-06-03")}),
    ("He failed to appear in court on 3 June.", NOV, {"3 June": ("2026-06-03", "2026-06-03")}),
    ("The county hired him in April 2024. He quit there that November.", NOV,
     {"that November": ("2024-11-01", "2024-11-30")}),
    ("The trooper was arrested in March 2025 and indicted that June.", NOV, {"that June": ("2025-06-01", "2025-06-30")}),
    ("The officer was fired after a review of a June pursuit.", NOV, {"June": ("2026-06-01", "2026-06-30")}),
    ("The Justice Department's 2023 investigation found a pattern of excessive force.", NOV,
     {"2023": ("2023-01-01", "2023-12-31")}),
    ("The ombudsman's 2024 report named four officers.", NOV, {"2024": ("2024-01-01", "2024-12-31")}),
    ("In the first nine months of the year, the Garda section opened 287 investigations.", NOV,
     {"the first nine months of the year": ("2026-01-01", "2026-09-30")}),
    ("In 2024 it received 300 complaints. In the first six months of the year, 12 were upheld.", NOV,
     {"the first six months of the year": ("2024-01-01", "2024-06-30")}),
    ("In the first quarter of 2026, 12 constables were suspended, and in the second quarter a further 7.", NOV,
     {"in the second quarter": ("2026-04-01", "2026-06-30")}),
    ("In 2024/25 the force sacked nine officers, four of them in the fourth quarter.", NOV,
     {"in the fourth quarter": ("2025-01-01", "2025-03-31")}),
    ("In 2025 the sheriff's office fired nine deputies, four of them in the fourth quarter.", NOV,
     {"in the fourth quarter": ("2025-10-01", "2025-12-31")}),
    ("In the first nine months of the year, the unit opened 40 cases.", None,
     {"the first nine months of the year": None}),
]

REFUSED = [
    ("The case, 2024-CR-0113, was heard in district court.", WED, ["2024-CR-0113", "2024"]),
    ("He was charged under Section 18-4-401 of the state code.", WED, ["18-4-401"]),
    ("The force runs a 24/7 hotline for victims.", WED, ["24/7"]),
    ("The officer, 42, was fined $2,019 by the board.", WED, ["42", "2,019"]),
    ("The final score was 24-17 in the charity match.", WED, ["24-17"]),
    ("Call the tip line at 555-867-5309.", WED, ["555-867-5309"]),
    ("The arrest happened at 10:30 p.m. near the station.", WED, ["10:30"]),
    ("The department has 1,987 sworn officers.", WED, ["1,987"]),
    ("Officers seized 2,025 grams of cocaine.", WED, ["2,025"]),
    ("The council voted 5-2 to fire the chief.", WED, ["5-2"]),
    ("The force recorded 412 complaints, beating a previous record of 365.", WED, ["365"]),
    ("The bill, HB 2023, would ban chokeholds.", WED, ["2023"]),
    ("Part 3 of the Police Reform Act 2002\n\nThe officer was served a notice.", WED, ["2002"]),
    ("Complaints by type:\nNeglect \u2013 2021 cases\n", WED, ["2021"]),
    ("The unit's phone line is 0300 2020 123.", WED, ["2020"]),
    ("Officers must report misconduct discovered more than 180 days earlier.", WED, ["180"]),
    ("Complaints must be filed within 30 days later than the incident.", WED, ["30"]),
    ("The chief's 2,023 officers will be retrained.", WED, ["2,023"]),
    ("Officers made 2021 arrests last year.", WED, ["2021"]),
    ("Sec. 2019, penalties\n\nThe code sets fines.", WED, ["2019"]),
]


def _check(text, published, expected):
    found = dates_on(text, published)
    for words, days in expected.items():
        hits = [(a, b) for t, a, b in found if words.lower() in t.lower() or t.lower() in words.lower()]
        assert hits, (words, found)
        want = ("None", "None") if days is None else days
        assert want in hits, (words, found)


@pytest.mark.parametrize("text,published,expected", US_FORMS)
def test_us_date_forms_resolve(text, published, expected):
    _check(text, published, expected)


@pytest.mark.parametrize("text,published,expected", RELATIVE)
def test_relative_dates_resolve_against_the_publication_date(text, published, expected):
    _check(text, published, expected)


@pytest.mark.parametrize("text,published,expected", UK_IE_FORMS)
def test_uk_and_irish_forms_resolve(text, published, expected):
    _check(text, published, expected)


@pytest.mark.parametrize("text,published,expected", YEARS)
def test_years_heading_a_block_listing_counts_or_naming_data(text, published, expected):
    _check(text, published, expected)


@pytest.mark.parametrize("text,published,expected", AHEAD_AND_BACK)
def test_dates_set_ahead_and_pointing_back(text, published, expected):
    _check(text, published, expected)


@pytest.mark.parametrize("text,published,refused", REFUSED)
def test_numbers_that_only_look_like_dates_are_refused(text, published, refused):
    found = [t for t, _a, _b in dates_on(text, published)]
    for words in refused:
        assert not any(words == t or words in t.split() for t in found), (words, found)


# Short pages read whole: the dateline dates the page, and a month opening the sentence after
# a named year goes on in that year; numeric dates in the page's own order.
PAGES = [
    ("Force data\n\nIn 2019 the force received 300 complaints. In March, two officers were dismissed.",
     {"In March": ("2019-03-01", "2019-03-31")}),
    ("Annual report\n\n5 March 2025\n\nThe ombudsman's report covers 2023. In November, it said, two gardaí were "
     "dismissed.", {"2023": ("2023-01-01", "2023-12-31"), "In November": ("2023-11-01", "2023-11-30")}),
    ("Officer sacked\n\n5 March 2025\n\nThe officer joined the force in 2019.\n\nIn November, he was dismissed.",
     {"In November": ("2024-11-01", "2024-11-30")}),
    ("Officer jailed\n\nTuesday 4 March 2025 | News\n\nThe officer was arrested on 03/02/2025. Greater Manchester "
     "Police said he was suspended.", {"03/02/2025": ("2025-02-03", "2025-02-03")}),
    ("Deputy charged\n\nMarch 4, 2025\n\nThe deputy was arrested on 03/02/2025, the Harris County Sheriff's Office "
     "said.", {"03/02/2025": ("2025-03-02", "2025-03-02")}),
    ("Sheriff's deputy indicted\n\nMarch 5, 2025\n\nThe deputy was indicted Tuesday. He was arrested Feb. 12 and "
     "placed on leave the next day. He is due in court March 18.",
     {"Tuesday": ("2025-03-04", "2025-03-04"), "the next day": ("2025-02-13", "2025-02-13"),
      "March 18": ("2025-03-18", "2025-03-18")}),
    ("Chief resigns\n\nMarch 5, 2025\n\nThe chief resigned this week amid an investigation that began in late "
     "January. Two lieutenants were demoted last fall.",
     {"late January": ("2025-01-21", "2025-01-31"), "last fall": ("2024-09-01", "2024-11-30")}),
    ("Summary\n\nBy December, five constables had resigned.", {"By December": None}),
]


@pytest.mark.parametrize("text,expected", PAGES, ids=[p[0].split("\n")[0] for p in PAGES])
def test_dates_on_a_short_page(text, expected):
    from extractor import extract_text
    found = [(d.text, str(d.date_from), str(d.date_to)) for d in extract_text(text).dates]
    for words, days in expected.items():
        want = ("None", "None") if days is None else days
        assert any((words in t or t in words) and (a, b) == want for t, a, b in found), (words, found)
