"""'this quarter' (month, year) on a page that states the one period it is about, written for
the post19f work (invented forces and numbers; none copied from a dev set or a held-out page).
A quarterly page titled "2020 3rd Qtr" or "Quarterly Report Q1 2019" that says "During this
quarter, nine complaints were received" speaks from inside that quarter: when no publication
date places the words, or the page names a report and came out after its period ended, "this
quarter" is the page's quarter. Each case: text, publication date, {words: (first, last)};
ABSENT means the words get no days.
"""

from datetime import date

ABSENT = "absent"

NO_DATE = None
LATER = date(2024, 6, 3)

QUARTER_PAGES = [
    ("Citizen complaints, 2020 3rd Qtr\nDuring this quarter, nine complaints were received.", NO_DATE,
     {"this quarter": ("2020-07-01", "2020-09-30")}),
    ("Quarterly Report Q1 2019\nThis quarter the unit closed 14 files.", NO_DATE,
     {"This quarter": ("2019-01-01", "2019-03-31")}),
    ("Professional standards, Q4 2018\nIn this quarter two officers were suspended.", NO_DATE,
     {"this quarter": ("2018-10-01", "2018-12-31")}),
    ("Use of force 2022 2nd Quarter\nOfficers used force 31 times this quarter.", NO_DATE,
     {"this quarter": ("2022-04-01", "2022-06-30")}),
    ("Second Quarter 2017 Complaints\nFor this quarter the board sustained 3 allegations.", NO_DATE,
     {"this quarter": ("2017-04-01", "2017-06-30")}),
    ("Discipline summary: Q3 2021\nThroughout this quarter, 6 deputies were on leave.", NO_DATE,
     {"this quarter": ("2021-07-01", "2021-09-30")}),
    ("Complaints report 2016/17 Q2\nDuring this quarter 20 cases were recorded.", NO_DATE,
     {"this quarter": ("2016-07-01", "2016-09-30")}),
    ("2023 1st Qtr - Internal Affairs\nThis quarter saw 12 new investigations.", NO_DATE,
     {"This quarter": ("2023-01-01", "2023-03-31")}),
    ("Quarterly Report, Q2 2017\nDuring this quarter, 8 officers were disciplined.", NO_DATE,
     {"this quarter": ("2017-04-01", "2017-06-30")}),
    ("Fourth Quarter 2015 Report\nDuring this quarter the office received 40 complaints.", NO_DATE,
     {"this quarter": ("2015-10-01", "2015-12-31")}),
    # a report's quarter, the page published after it ended
    ("Quarterly Report Q1 2019\nDuring this quarter, 5 officers were dismissed.", LATER,
     {"this quarter": ("2019-01-01", "2019-03-31")}),
    ("Quarterly Report, 2020 3rd Qtr\nThis quarter the unit received 18 complaints.", LATER,
     {"This quarter": ("2020-07-01", "2020-09-30")}),
    ("Complaints Report: Third Quarter 2021\nIn this quarter 7 allegations were upheld.", LATER,
     {"this quarter": ("2021-07-01", "2021-09-30")}),
    ("Quarterly Bulletin Q4 2022\nDuring this quarter three officers were charged.", LATER,
     {"this quarter": ("2022-10-01", "2022-12-31")}),
    ("Quarterly Statistics 2018 Q2\nThis quarter, 11 referrals were made.", LATER,
     {"This quarter": ("2018-04-01", "2018-06-30")}),
]

MONTH_PAGES = [
    ("Complaints received, March 2021\nThis month the board received 7 complaints.", NO_DATE,
     {"This month": ("2021-03-01", "2021-03-31")}),
    ("Monthly Report: June 2019\nDuring this month 4 officers were suspended.", NO_DATE,
     {"this month": ("2019-06-01", "2019-06-30")}),
    ("Internal affairs, October 2020\nIn this month, 9 files were closed.", NO_DATE,
     {"this month": ("2020-10-01", "2020-10-31")}),
    ("Use of force log, January 2018\nOfficers drew Tasers 12 times this month.", NO_DATE,
     {"this month": ("2018-01-01", "2018-01-31")}),
    ("Monthly Bulletin, May 2022\nThis month two officers were dismissed.", LATER,
     {"This month": ("2022-05-01", "2022-05-31")}),
    ("Monthly Report August 2017\nDuring this month 15 complaints were logged.", LATER,
     {"this month": ("2017-08-01", "2017-08-31")}),
    ("Discipline, September 2016\nThroughout this month, 3 deputies were on leave.", NO_DATE,
     {"this month": ("2016-09-01", "2016-09-30")}),
    ("Complaints log, February 2020\nFor this month the office upheld 2 complaints.", NO_DATE,
     {"this month": ("2020-02-01", "2020-02-29")}),
    ("Monthly Statistics: December 2015\nThis month, 6 referrals were made.", LATER,
     {"This month": ("2015-12-01", "2015-12-31")}),
    ("Professional standards, April 2023\nIn this month 5 officers faced hearings.", NO_DATE,
     {"this month": ("2023-04-01", "2023-04-30")}),
]

YEAR_PAGES = [
    ("Complaints 2019\nThis year the board received 300 complaints.", NO_DATE,
     {"This year": ("2019-01-01", "2019-12-31")}),
    ("Use of force, 2021\nDuring this year officers used force 80 times.", NO_DATE,
     {"this year": ("2021-01-01", "2021-12-31")}),
    ("Discipline statistics 2016/17\nIn this financial year 12 officers were dismissed.", NO_DATE,
     {"this financial year": ("2016-04-01", "2017-03-31")}),
    ("Internal affairs, 2018\nThis year 14 deputies were disciplined.", NO_DATE,
     {"This year": ("2018-01-01", "2018-12-31")}),
    ("Complaints, 2014\nOver this year the office upheld 40 complaints.", NO_DATE,
     {"this year": ("2014-01-01", "2014-12-31")}),
]

# not the page's period: the page is dated and names no report (the date places the words);
# the frame's period is of another length; the report's period has not ended; no frame at all
NOT_THE_FRAME = [
    ("Complaints 2020 3rd Qtr\nDuring this quarter, nine complaints were received.", date(2020, 8, 10),
     {"this quarter": ("2020-07-01", "2020-09-30")}),
    ("Police news, March 2021\nThis quarter the board received 7 complaints.", date(2021, 5, 4),
     {"This quarter": ("2021-04-01", "2021-06-30")}),
    ("Complaints 2019\nThis quarter the board received 30 complaints.", NO_DATE, {"This quarter": ABSENT}),
    ("Complaints report 2019\nDuring this quarter, 5 were upheld.", NO_DATE, {"this quarter": ABSENT}),
    ("Complaints, March 2021\nThis quarter the board received 7 complaints.", NO_DATE, {"This quarter": ABSENT}),
    ("Complaints 2020 3rd Qtr\nThis year the board received 70 complaints.", NO_DATE, {"This year": ABSENT}),
    ("Complaints 2020 3rd Qtr\nThis month the board received 7 complaints.", NO_DATE, {"This month": ABSENT}),
    ("Monthly Report June 2019\nThis quarter 4 officers were suspended.", NO_DATE, {"This quarter": ABSENT}),
    ("Complaints, June 2019\nThis year 40 officers were suspended.", NO_DATE, {"This year": ABSENT}),
    ("Quarterly Report Q2 2024\nDuring this quarter, 5 officers were dismissed.", date(2024, 5, 20),
     {"this quarter": ("2024-04-01", "2024-06-30")}),
    ("Officers were suspended.\nDuring this quarter, 5 officers were dismissed.", NO_DATE, {"this quarter": ABSENT}),
    ("Police misconduct news\nThis month two officers were dismissed.", NO_DATE, {"This month": ABSENT}),
    ("Complaints 2018 to 2020\nThis year the office received 90 complaints.", NO_DATE, {"This year": ABSENT}),
    ("Complaints 1 to 14 May 2021\nThis month the board received 7 complaints.", NO_DATE, {"This month": ABSENT}),
    ("Complaints, Summer 2021\nThis quarter the board received 7 complaints.", NO_DATE, {"This quarter": ABSENT}),
]

CASES = QUARTER_PAGES + MONTH_PAGES + YEAR_PAGES + NOT_THE_FRAME
