"""Quarter codes as US and UK quarterly reports write them, written for the post18f work
(invented forces and numbers; none copied from a dev set or a held-out page): the code
after its year ("2021 Q2"), before it ("Q2 2021"), joined by "of" or "in" ("Q2 of 2021"),
opened by "from" as by "in" ("cases from 2021 Q2"), and the quarter of a one-year fiscal
year ("FY2024 Q1", "Q1 FY2024", "Q3 of fiscal year 2022"), whose start the page's body
decides (a city or county July, the federal government October). Each case: text,
publication date, {words: (first day, last day)}; ABSENT means no date in those words.

COUNTS: (text, figure words, period_from, period_to) -- a count takes the quarter it is
"from" as its period, not the whole year.
"""

from datetime import date

ABSENT = "absent"

PUB = date(2024, 6, 3)

CODE_AFTER_YEAR = [
    ("Eleven complaints from 2021 Q2 were still open at the end of March.", PUB,
     {"from 2021 Q2": ("2021-04-01", "2021-06-30")}),
    ("The board closed 40 files from 2019 Q4 before the audit.", PUB,
     {"from 2019 Q4": ("2019-10-01", "2019-12-31")}),
    ("Nine inquiries opened in 2023 Q1 took longer than a year.", PUB,
     {"in 2023 Q1": ("2023-01-01", "2023-03-31")}),
    ("Cases received during 2020 Q3 were delayed by the pandemic.", PUB,
     {"during 2020 Q3": ("2020-07-01", "2020-09-30")}),
    ("Twelve reviews for 2022 Q2 were late, the auditor wrote.", PUB,
     {"for 2022 Q2": ("2022-04-01", "2022-06-30")}),
    ("The unit finished every case from 2018 Q1 within the target.", PUB,
     {"from 2018 Q1": ("2018-01-01", "2018-03-31")}),
    ("Complaints from the 2023 Q4 intake rose sharply.", PUB,
     {"2023 Q4": ("2023-10-01", "2023-12-31")}),
    ("Two appeals from 2016/17 Q3 were withdrawn.", PUB,
     {"2016/17 Q3": ("2016-10-01", "2016-12-31")}),
]

CODE_BEFORE_YEAR = [
    ("In Q3 of 2022, six deputies were placed on leave.", PUB,
     {"Q3 of 2022": ("2022-07-01", "2022-09-30")}),
    ("Seven complaints received in Q1 of 2020 were sustained.", PUB,
     {"Q1 of 2020": ("2020-01-01", "2020-03-31")}),
    ("The commission upheld 15 allegations in Q4 of 2021.", PUB,
     {"Q4 of 2021": ("2021-10-01", "2021-12-31")}),
    ("Q2 of 2019 saw the fewest use-of-force reviews.", PUB,
     {"Q2 of 2019": ("2019-04-01", "2019-06-30")}),
    ("Investigations opened in Q2 in 2023 closed faster.", PUB,
     {"Q2 in 2023": ("2023-04-01", "2023-06-30")}),
    ("Three officers were suspended in Q4 2017.", PUB,
     {"Q4 2017": ("2017-10-01", "2017-12-31")}),
    ("The backlog from Q3 of 2018 was cleared by spring.", PUB,
     {"Q3 of 2018": ("2018-07-01", "2018-09-30")}),
    ("Between them the auditors reviewed every case in Q1 of 2024.", PUB,
     {"Q1 of 2024": ("2024-01-01", "2024-03-31")}),
]

FISCAL_QUARTERS = [
    # a city police department: its fiscal year starts in July
    ("The city police department sustained four complaints from FY2023 Q1.", PUB,
     {"FY2023 Q1": ("2022-07-01", "2022-09-30")}),
    ("The county sheriff's office fired two deputies in Q3 FY2022.", PUB,
     {"Q3 FY2022": ("2022-01-01", "2022-03-31")}),
    ("The city police department logged 31 complaints in Q2 of fiscal year 2024.", PUB,
     {"Q2 of fiscal year 2024": ("2023-10-01", "2023-12-31")}),
    ("The county sheriff's office closed 18 files in Q4 fiscal 2021.", PUB,
     {"Q4 fiscal 2021": ("2021-04-01", "2021-06-30")}),
    # the federal government: October
    ("The FBI opened 12 civil rights inquiries in FY2020 Q1.", PUB,
     {"FY2020 Q1": ("2019-10-01", "2019-12-31")}),
    ("The Justice Department charged 20 officers in Q2 of FY2019.", PUB,
     {"Q2 of FY2019": ("2019-01-01", "2019-03-31")}),
    ("Customs and Border Protection disciplined 44 agents in Q3 FY 2018.", PUB,
     {"Q3 FY 2018": ("2018-04-01", "2018-06-30")}),
    ("The FBI closed 9 files from FY2021 Q4.", PUB,
     {"FY2021 Q4": ("2021-07-01", "2021-09-30")}),
]

# words that only look like a quarter code, or a year with no quarter
NOT_A_QUARTER = [
    ("The Q3 team met in March to plan the audit.", PUB, {"Q3": ABSENT}),
    ("Form Q1 must be filed with every complaint.", PUB, {"Q1": ABSENT}),
    ("Eleven complaints from 2021 were still open.", PUB, {"from 2021": ("2021-01-01", "2021-12-31")}),
    ("Q4 officers handled 300 calls.", PUB, {"Q4": ABSENT}),
    ("Room Q2 of the annex held the files.", PUB, {"Q2": ABSENT}),
    ("He answered question Q3 of the survey in 2020.", PUB, {"Q3 of": ABSENT}),
    ("Q3 of 20 respondents said they had seen misconduct.", PUB, {"Q3 of 20": ABSENT}),
    ("Q2 of 150 cases was misfiled.", PUB, {"Q2 of 150": ABSENT}),
    ("Interview Q4 was recorded on tape.", PUB, {"Q4": ABSENT}),
    ("Q5 2021 is not a quarter of any year.", PUB, {"Q5 2021": ABSENT}),
    ("Item Q10 of 2020 listed the charges.", PUB, {"Q10 of 2020": ABSENT}),
    ("Question Q2 in the survey was left blank.", PUB, {"Q2 in": ABSENT}),
    ("Six complaints from 2019 were upheld.", PUB, {"from 2019": ("2019-01-01", "2019-12-31")}),
    ("The FBI opened 40 inquiries in FY2020.", PUB, {"FY2020": ("2019-10-01", "2020-09-30")}),
    ("The city police department closed 12 files in fiscal 2023.", PUB,
     {"fiscal 2023": ("2022-07-01", "2023-06-30")}),
]

CASES = CODE_AFTER_YEAR + CODE_BEFORE_YEAR + FISCAL_QUARTERS + NOT_A_QUARTER

COUNTS = [
    ("Three investigations from 2021 Q3 exceeded 180 days.", "Three", "2021-07-01", "2021-09-30"),
    ("Five complaints from 2020 Q1 were upheld.", "Five", "2020-01-01", "2020-03-31"),
    ("Four cases from 2022 Q4 remain open.", "Four", "2022-10-01", "2022-12-31"),
    ("Six officers were suspended in Q2 of 2019.", "Six", "2019-04-01", "2019-06-30"),
    ("Eight complaints received in Q1 of 2023 were sustained.", "Eight", "2023-01-01", "2023-03-31"),
    ("In Q4 of 2018, nine complaints were closed.", "nine", "2018-10-01", "2018-12-31"),
    # no quarter: the count keeps the whole year
    ("Three investigations from 2021 exceeded 180 days.", "Three", "2021-01-01", "2021-12-31"),
    ("Two complaints from 2017 were upheld, and the Q3 team reviewed them.", "Two", "2017-01-01", "2017-12-31"),
]
