"""'Qtr', the abbreviation of 'quarter' that quarterly tables and report titles use, written
for the post19f work (invented forces and numbers; none copied from a dev set or a held-out
page): the year first ("2020 3rd Qtr"), the quarter first ("2nd Qtr 2019", "Third Qtr of
2022"), a title with a comma ("4th Qtr, 2018"), and a quarter with no year after a dated one
("in the 2nd Qtr"). Each case: text, publication date, {words: (first day, last day)};
ABSENT means no date in those words.
"""

from datetime import date

ABSENT = "absent"

PUB = date(2024, 6, 3)

YEAR_FIRST = [
    ("Complaints Report 2020 3rd Qtr", PUB, {"2020 3rd Qtr": ("2020-07-01", "2020-09-30")}),
    ("Use of force summary, 2019 1st Qtr", PUB, {"2019 1st Qtr": ("2019-01-01", "2019-03-31")}),
    ("Internal affairs statistics for 2022 4th Qtr", PUB, {"2022 4th Qtr": ("2022-10-01", "2022-12-31")}),
    ("Eight complaints were closed in 2018 2nd Qtr.", PUB, {"2018 2nd Qtr": ("2018-04-01", "2018-06-30")}),
    ("The unit opened 14 files during 2023 first Qtr.", PUB, {"2023 first Qtr": ("2023-01-01", "2023-03-31")}),
    ("Sheriff's office complaints, 2021 Third Qtr", PUB, {"2021 Third Qtr": ("2021-07-01", "2021-09-30")}),
    ("Nine reviews from 2017 4th Qtr were reopened.", PUB, {"2017 4th Qtr": ("2017-10-01", "2017-12-31")}),
    ("Quarterly report 2016/17 2nd Qtr", PUB, {"2016/17 2nd Qtr": ("2016-07-01", "2016-09-30")}),
    ("Citizen complaints 2024 1st QTR", PUB, {"2024 1st QTR": ("2024-01-01", "2024-03-31")}),
    ("Discipline log 2015 2nd qtr", PUB, {"2015 2nd qtr": ("2015-04-01", "2015-06-30")}),
    ("Police complaints 2012 4th Qtr report", PUB, {"2012 4th Qtr": ("2012-10-01", "2012-12-31")}),
    ("Two deputies were fired for 2013 second Qtr misconduct.", PUB, {"2013 second Qtr": ("2013-04-01", "2013-06-30")}),
    ("Figures for the 2019/20 3rd Qtr show 21 referrals.", PUB, {"2019/20 3rd Qtr": ("2019-10-01", "2019-12-31")}),
    ("Complaints received, 2011 fourth Qtr", PUB, {"2011 fourth Qtr": ("2011-10-01", "2011-12-31")}),
    ("From 2010 1st Qtr the office kept a log.", PUB, {"2010 1st Qtr": ("2010-01-01", "2010-03-31")}),
]

QUARTER_FIRST = [
    ("In the 2nd Qtr of 2019, five deputies were suspended.", PUB,
     {"2nd Qtr of 2019": ("2019-04-01", "2019-06-30")}),
    ("The board upheld 11 allegations in the third Qtr of 2022.", PUB,
     {"third Qtr of 2022": ("2022-07-01", "2022-09-30")}),
    ("Quarterly Report: 4th Qtr, 2018", PUB, {"4th Qtr, 2018": ("2018-10-01", "2018-12-31")}),
    ("First Qtr 2025 complaints summary", PUB, {"First Qtr 2025": ("2025-01-01", "2025-03-31")}),
    ("Seven files were opened in the 1st Qtr of 2020.", PUB,
     {"1st Qtr of 2020": ("2020-01-01", "2020-03-31")}),
    ("Twelve officers were disciplined in the fourth Qtr of the year 2016/17.", PUB,
     {"fourth Qtr of the year 2016/17": ("2017-01-01", "2017-03-31")}),
    ("Second Qtr, 2023 report on pursuits", PUB, {"Second Qtr, 2023": ("2023-04-01", "2023-06-30")}),
    ("The last Qtr of 2021 saw 30 complaints.", PUB, {"last Qtr of 2021": ("2021-10-01", "2021-12-31")}),
    ("Three troopers were placed on leave in the 3rd Qtr of 2015.", PUB,
     {"3rd Qtr of 2015": ("2015-07-01", "2015-09-30")}),
    ("The commission closed 40 cases in the final Qtr of 2014.", PUB,
     {"final Qtr of 2014": ("2014-10-01", "2014-12-31")}),
]

CARRIED = [
    ("In the first quarter of 2021, 12 were suspended, and in the 2nd Qtr a further 7.", PUB,
     {"in the 2nd Qtr": ("2021-04-01", "2021-06-30")}),
    ("In the 1st Qtr of 2019 there were 4 complaints; in the 3rd Qtr there were 9.", PUB,
     {"in the 3rd Qtr": ("2019-07-01", "2019-09-30")}),
    ("During 2018 1st Qtr six officers were disciplined, and during the 4th Qtr two more.", PUB,
     {"during the 4th Qtr": ("2018-10-01", "2018-12-31")}),
    ("In the third quarter of 2020 there were 15 and in the 4th Qtr there were 10.", PUB,
     {"in the 4th Qtr": ("2020-10-01", "2020-12-31")}),
    ("Five files were closed in the 1st Qtr of 2016 and eight in the 2nd Qtr.", PUB,
     {"in the 2nd Qtr": ("2016-04-01", "2016-06-30")}),
]

# words that are no quarter: 'Qtr' with no ordinal, a street, a unit count
NOT_A_QUARTER = [
    ("The Qtr report was late this year.", PUB, {"Qtr": ABSENT}),
    ("The French Qtr precinct logged 12 complaints.", PUB, {"Qtr": ABSENT}),
    ("Officers were paid 2 qtrs of back pay.", PUB, {"qtrs": ABSENT}),
    ("The 3rd Qtr Street station had 4 complaints.", PUB, {"3rd Qtr": ABSENT}),
    ("The 2nd Qtr master was disciplined.", PUB, {"2nd Qtr": ABSENT}),
    ("Qtr 2 figures will follow.", PUB, {"Qtr 2": ABSENT}),
    ("The 4th Qtr. budget rose.", PUB, {"4th Qtr": ABSENT}),
    ("A Qtr Master Sergeant was suspended.", PUB, {"Qtr": ABSENT}),
    ("The HQ Qtr log lists 6 cases.", PUB, {"Qtr": ABSENT}),
    ("The qtr-end review found 3 errors.", PUB, {"qtr": ABSENT}),
    ("Each Qtr the board meets twice.", PUB, {"Qtr": ABSENT}),
    ("The 1st Qtr team won 2 awards.", PUB, {"1st Qtr": ABSENT}),
    ("Qtr totals: 9 complaints.", PUB, {"Qtr": ABSENT}),
    ("Officers on the 2nd Qtr rota were warned.", PUB, {"2nd Qtr": ABSENT}),
    ("Last Qtr figures are not final.", PUB, {"Last Qtr": ABSENT}),
]

CASES = YEAR_FIRST + QUARTER_FIRST + CARRIED + NOT_A_QUARTER
