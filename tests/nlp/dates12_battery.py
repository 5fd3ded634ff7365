"""Dates read against the frame the text sets, written for the dates12 work (none copied
from a dev set or a held-out page): a year next to a period just stated ("the previous
year" after a sentence about 2019), the same period a year back, the year so far, halves
of a year, a calendar year, a day something runs "up to", and words that only look like a
date. Each case: text, publication date, {words: (first day, last day)}; ABSENT means the
words must not be read as a date at all."""

from datetime import date

ABSENT = "absent"

MAY23 = date(2023, 5, 4)
NOV24 = date(2024, 11, 20)
AUG22 = date(2022, 8, 10)
JUN21 = date(2021, 6, 2)

# "the previous year" / "the year before" next to the year the text has just set
PREVIOUS_YEAR = [
    ("Complaints upheld against Fresno officers fell from 2020 to 2021, the city said Tuesday.\n\n"
     "The 88 complaints upheld compared with 131 the previous year.", MAY23,
     {"the previous year": ("2020-01-01", "2020-12-31")}),
    ("Sustained findings against county jailers rose from 2017 to 2018, a report released Wednesday shows.\n\n"
     "There were 64 sustained findings, against 41 the year before.", JUN21,
     {"the year before": ("2017-01-01", "2017-12-31")}),
    ("The Garda Ombudsman opened 410 files in 2019, it said on Monday. That compared with 388 the previous year.",
     AUG22, {"the previous year": ("2018-01-01", "2018-12-31")}),
    ("Dismissals in Lothian went up between 2015/16 and 2016/17, figures published on Friday show.\n\n"
     "Nine officers were dismissed, up from five the previous year.", MAY23,
     {"the previous year": ("2015-04-01", "2016-03-31")}),
    ("The board revoked 22 licences in 2022, officials said Thursday, up from 17 the year before.", MAY23,
     {"the year before": ("2021-01-01", "2021-12-31")}),
    ("Two constables were suspended on Tuesday. The year before, the force had suspended none.", MAY23,
     {"The year before": ("2022-01-01", "2022-12-31")}),
    ("Misconduct outcomes\n\nThe figures run from April 2022 to March 2023, the watchdog said.\n\nIt urged "
     "officers to report wrongdoing.\n\nThe chief inspector welcomed the report.\n\nDuring the year 61 officers "
     "were barred, against 47 the year before.", NOV24, {"the year before": ("2021-04-01", "2022-03-31")}),
    ("Kerry gardaí reviewed their files for 2020.\n\nThe union objected.\n\nThe minister said nothing.\n\n"
     "Six were suspended, compared with two the previous year, a spokesman said.", NOV24,
     {"the previous year": ("2019-01-01", "2019-12-31")}),
    ("Kerry review\n\nKerry gardaí reviewed their files for 2020.\n\nThe union objected.\n\nThe minister said "
     "nothing.\n\nThe previous year, two had been suspended.", NOV24, {"The previous year": ("None", "None")}),
    ("Trooper appeal\n\nA trooper was fired in 2019.\n\nHis lawyer appealed.\n\nThe board met twice.\n\nIn the same month, "
     "a sergeant resigned.", NOV24, {"the same month": ("None", "None")}),
    ("He was arrested Feb. 12 and placed on leave the next day.", date(2025, 3, 5),
     {"the next day": ("2025-02-13", "2025-02-13")}),
    ("Figures for the following year, 2019, were not given. The force dismissed 12 officers in 2018.", MAY23,
     {"in 2018": ("2018-01-01", "2018-12-31")}),
]

# the period just set, one year back
SAME_PERIOD_BACK = [
    ("The ombudsman received 900 complaints between April 2023 and September 2023. This is a 10% fall on "
     "the same period last year.", NOV24, {"the same period last year": ("2022-04-01", "2022-09-30")}),
    ("The force logged 300 complaints in the first quarter of 2024, up from 250 in the same period of the "
     "previous year.", NOV24, {"the same period of the previous year": ("2023-01-01", "2023-03-31")}),
    ("Between July and December 2022 the sheriff's office fired six deputies, against four in the same "
     "months of the prior year.", MAY23, {"the same months of the prior year": ("2021-07-01", "2021-12-31")}),
    ("Merseyside recorded 512 allegations in the three months to June 2024, compared with 470 in the same "
     "quarter last year.", NOV24, {"the same quarter last year": ("2023-04-01", "2023-06-30")}),
    ("Galway gardaí logged 41 complaints in the first half of 2023, down from 55 in the same period the year "
     "before.", NOV24, {"the same period the year before": ("2022-01-01", "2022-06-30")}),
    ("From January to March 2021, 14 officers resigned. Over the same period, 3 were dismissed.", MAY23,
     {"the same period": ("2021-01-01", "2021-03-31")}),
]

# the year so far, a calendar year, halves of a year
YEAR_SO_FAR = [
    ("To date this year, 14 constables have been suspended, the minister said.", AUG22,
     {"To date this year": ("2022-01-01", "2022-08-10")}),
    ("The department has fired five officers to date this year.", MAY23,
     {"to date this year": ("2023-01-01", "2023-05-04")}),
    ("So far this year the commission has decertified 12 officers.", NOV24,
     {"So far this year": ("2024-01-01", "2024-11-20")}),
    ("The review covers the nine complaints received this calendar year.", date(2007, 10, 1),
     {"this calendar year": ("2007-01-01", "2007-12-31")}),
    ("Eleven officers retired last calendar year.", MAY23, {"last calendar year": ("2022-01-01", "2022-12-31")}),
    ("The suspensions for 2022 are already at 23; if that rate holds for the second half of the year it will "
     "be a record.", AUG22, {"the second half of the year": ("2022-07-01", "2022-12-31")}),
    ("Deputies used force 80 times in 2021. In the first half of the year, 35 of those were Taser "
     "deployments.", MAY23, {"the first half of the year": ("2021-01-01", "2021-06-30")}),
    ("Complaints fell in the first half of the year, the chief constable told the panel.", NOV24,
     {"the first half of the year": ("2024-01-01", "2024-06-30")}),
    ("In 2021/22 the force received 600 complaints; in the second half of the year alone, 350.", MAY23,
     {"the second half of the year": ("2021-10-01", "2022-03-31")}),
]

# words that are no date, or name another thing
REFUSALS = [
    ("In the same way, the panel found the sergeant had lied.", MAY23, {"the same way": ABSENT}),
    ("The chief said the same period of leave applied to every officer.", MAY23,
     {"the same period of leave": ABSENT}),
    ("Half of the year's complaints were about rudeness.", MAY23, {"Half of the year": ABSENT}),
    ("Officers must be trained to date stamps on evidence bags.", MAY23, {"to date": ABSENT}),
]

# a weekday naming one event's day; a month that is a first name
NAMED_DAYS = [
    ("The sheriff said at a Thursday news conference that the deputy had been fired.", date(2023, 8, 5),
     {"Thursday": ("2023-08-03", "2023-08-03")}),
    ("At a Monday hearing, a Cook County judge set bail for the officer.", date(2023, 8, 5),
     {"Monday": ("2023-07-31", "2023-07-31")}),
    ("The chief announced the firing in a Tuesday statement.", date(2023, 8, 5),
     {"Tuesday": ("2023-08-01", "2023-08-01")}),
    ("Deputies there work a Friday night shift.", date(2023, 8, 5), {"Friday": ABSENT}),
    ("In April Casburn's appeal was dismissed by the tribunal.", NOV24, {"In April": ABSENT}),
    ("In June Pearson's lawyers lodged an appeal.", NOV24, {"In June": ABSENT}),
    ("In March, Kent's professional standards team opened an inquiry.", NOV24,
     {"In March": ("2024-03-01", "2024-03-31")}),
    ("In May the inspector was suspended.", NOV24, {"In May": ("2024-05-01", "2024-05-31")}),
]

CASES = NAMED_DAYS + PREVIOUS_YEAR + SAME_PERIOD_BACK + YEAR_SO_FAR + REFUSALS

# "up to" a day: the record names that day (a figure's period still counts on from the one before)
PAGES = [
    ("Quarterly complaints bulletin\n\n14 November 2024\n\nThe next bulletin will include statistics up to the "
     "31st December 2024.", {"31st December 2024": ("2024-12-31", "2024-12-31")}),
    ("Misconduct figures\n\nMay 4, 2023\n\nIn 2021/22 there were 40 hearings, and 43 in the period up to "
     "31 March 2023.", {"31 March 2023": ("2023-03-31", "2023-03-31")}),
    ("Sheriff's report\n\nMay 4, 2023\n\nThe tally runs up to and including Jan. 31, 2023.",
     {"Jan. 31, 2023": ("2023-01-31", "2023-01-31")}),
    ("Force statement\n\nMay 4, 2023\n\nComplaints stayed low until March 2013, the force said.",
     {"March 2013": ("2013-03-01", "2013-03-31")}),
]
