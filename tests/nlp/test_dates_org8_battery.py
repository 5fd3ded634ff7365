"""Dates in US, UK and Irish news English that the rules must read (or refuse).

Each case: a sentence, the publication date, and the mentions expected as
(text, first day, last day); a text mapped to None must not be a mention.
Written for this work; none is copied from an eval set."""

from datetime import date

import pytest

from extractor import extract_text

PUB = date(2023, 7, 6)

CASES = [
    # US fiscal years written without "year"
    ("The department logged 1,057 complaints in fiscal 2019.", PUB,
     {"fiscal 2019": ("2018-10-01", "2019-09-30")}),
    ("Overtime spending rose sharply in fiscal 2022, the audit found.", PUB,
     {"fiscal 2022": ("2021-10-01", "2022-09-30")}),
    ("The sheriff's office budget for fiscal 2024 includes two new internal affairs posts.", PUB,
     {"fiscal 2024": ("2023-07-01", "2024-06-30")}),  # a county body's year: July to June
    ("Fiscal 2021 saw 212 use-of-force reviews.", PUB,
     {"Fiscal 2021": ("2020-10-01", "2021-09-30")}),
    # a run of whole financial years back from the publication date
    ("The force dismissed 46 officers over the last three financial years.", PUB,
     {"the last three financial years": ("2020-04-01", "2023-03-31")}),
    ("Across the past two financial years, 19 complaints were upheld.", date(2022, 11, 2),
     {"the past two financial years": ("2020-04-01", "2022-03-31")}),
    ("The agency sustained 88 allegations in the last five fiscal years.", date(2023, 12, 1),
     {"the last five fiscal years": ("2018-10-01", "2023-09-30")}),
    ("Gardaí received 312 complaints in the previous four financial years.", date(2024, 4, 20),
     {"the previous four financial years": ("2020-04-01", "2024-03-31")}),
    # durations that place nothing in time
    ("Most complaints are finalised in 8 days.", PUB, {"in 8 days": None}),
    ("The review must be completed in 28 days under the regulations.", PUB, {"in 28 days": None}),
    # a base year of a comparison is a date mention
    ("Complaints rose to 640, an increase of 8 percent over 2022.", date(2024, 2, 1),
     {"2022": ("2022-01-01", "2022-12-31")}),
    ("Referrals were up 12% on 2021, the watchdog said.", PUB,
     {"2021": ("2021-01-01", "2021-12-31")}),
    ("That is a fall of a fifth compared with 2019.", PUB,
     {"2019": ("2019-01-01", "2019-12-31")}),
    # a hearing still to come takes the publication year, or the next
    ("He was convicted in February 2020 of assault. He remains free until he is sentenced Dec. 8.",
     date(2021, 10, 4), {"Dec. 8": ("2021-12-08", "2021-12-08")}),
    ("The officer, suspended in May 2019, is due to be sentenced on 14 January.",
     date(2022, 11, 30), {"on 14 January": ("2023-01-14", "2023-01-14")}),
    # a bare month after a month with its year takes that year
    ("He was disciplined in April 2019 and again in May.", PUB,
     {"in May": ("2019-05-01", "2019-05-31")}),
    ("The deputy was suspended in 2020 and fired in June.", PUB,
     {"in June": ("2020-06-01", "2020-06-30")}),
    ("The constable was arrested in March 2018 and charged in September.", PUB,
     {"in September": ("2018-09-01", "2018-09-30")}),
    # a month in another sentence keeps its reading by the publication date
    ("He joined the force in 2015. He was dismissed in May.", PUB,
     {"in May": ("2023-05-01", "2023-05-31")}),
    # the known forms still read
    ("The constable was dismissed in March 2021.", PUB,
     {"March 2021": ("2021-03-01", "2021-03-31")}),
    ("In fiscal year 2009 the county paid $2m in settlements.", PUB,
     {"fiscal year 2009": ("2008-07-01", "2009-06-30")}),  # the county's year: July to June
    ("Complaints rose in the last financial year.", PUB,
     {"the last financial year": ("2022-04-01", "2023-03-31")}),
]


def _mentions(text, published):
    return {d.text: (str(d.date_from), str(d.date_to)) if d.date_from else None
            for d in extract_text(text, published=published).dates}


@pytest.mark.parametrize("text,published,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_dates_org8_battery(text, published, expected):
    found = _mentions(text, published)
    for words, days in expected.items():
        if days is None:
            assert words not in found, found
        else:
            assert found.get(words) == days, found
