"""The per19 battery: a figure's period is "the period the number covers" (SPEC), also when
the words state it by reference (invented forces, boards and numbers; none copied from a dev
set or a held-out page). Each case is a short article published on 1 June 2023 and the
figures it gives, in order, with their periods.

ANAPHORA -- a period named by pointing back ("over the same period", "in that year", "that
quarter", "during the same seven years", the last period that long) is the one named before; one that moves on from it
("the following 12 months", "the year after", "the next quarter") or back ("the year before",
"the previous quarter") is the one after or before it: UK financial years, US fiscal and
calendar years, quarters and months.

COMPARED -- in a comparison frame ("up from 40 in 2019", "compared with 2020/21", "an increase
of 36% over the year before", "than the previous quarter") the count keeps its own period;
the period named in the comparison is the compared number's only.

REPORTS -- a page whose title or opening names the period it reports on ("Annual Report 2019",
"Quarterly Report, Q2 2017", "Complaints statistics 2021/22", "Fiscal Year 2016 Annual
Report"), published after that period ended, means by a month with no year the last such
month by the period's end, and by "this calendar year" the year the period ends in; its
counts that name no period take the report's.

KEEPS -- near sentences that keep today's period: a headline or a sentence that merely
mentions a report, a report still running when published, a month with its own year or
looking ahead, a year after an event rather than after a period.
"""


def fig(value, period_from, period_to):
    return {"value": value, "period_from": period_from, "period_to": period_to}


Y2016 = ("2016-01-01", "2016-12-31")
Y2017 = ("2017-01-01", "2017-12-31")
FY19 = ("2019-04-01", "2020-03-31")  # UK financial year 2019/20
FY20 = ("2020-04-01", "2021-03-31")

ANAPHORA = [
    ("In 2021, Northmoor Police received 412 complaints. Over the same period, 37 officers were dismissed.",
     [fig(412, "2021-01-01", "2021-12-31"), fig(37, "2021-01-01", "2021-12-31")]),
    ("Westdale Constabulary recorded 210 complaints in 2019/20. In the same period, 14 officers were suspended.",
     [fig(210, *FY19), fig(14, *FY19)]),
    ("Between 2015 and 2021, the force dismissed 60 officers. During the same seven years, 210 complaints were upheld.",
     [fig(60, "2015-01-01", "2021-12-31"), fig(210, "2015-01-01", "2021-12-31")]),
    ("The department fired 12 officers in 2018. In that year, 40 complaints were sustained.",
     [fig(12, "2018-01-01", "2018-12-31"), fig(40, "2018-01-01", "2018-12-31")]),
    ("The county sheriff's office opened 55 internal investigations in fiscal 2020. Over that period, 9 deputies were fired.",
     [fig(55, "2019-07-01", "2020-06-30"), fig(9, "2019-07-01", "2020-06-30")]),
    ("The board received 300 complaints in the first quarter of 2022. That quarter, 12 officers were suspended.",
     [fig(300, "2022-01-01", "2022-03-31"), fig(12, "2022-01-01", "2022-03-31")]),
    ("The board received 300 complaints in March 2022. The same month, 4 officers were fired.",
     [fig(300, "2022-03-01", "2022-03-31"), fig(4, "2022-03-01", "2022-03-31")]),
    ("The board received 300 complaints in 2021. During that time, 4 officers were fired.",
     [fig(300, "2021-01-01", "2021-12-31"), fig(4, "2021-01-01", "2021-12-31")]),
    ("The board received 300 complaints in 2021. That same year, 4 officers were fired.",
     [fig(300, "2021-01-01", "2021-12-31"), fig(4, "2021-01-01", "2021-12-31")]),
    ("In 2021 the board received 300 complaints. The union said the figure was high. Over the same period, 4 officers were fired.",
     [fig(300, "2021-01-01", "2021-12-31"), fig(4, "2021-01-01", "2021-12-31")]),
    # "the same" with a length: the last period of that length, not merely the last one
    ("The sheriff's office opened 1,163 investigations from 2019 through 2025. In 2025 alone it opened 188.\n\n"
     "The state board revoked the certifications of 41 deputies during the same seven years.",
     [fig(1163, "2019-01-01", "2025-12-31"), fig(188, "2025-01-01", "2025-12-31"), fig(41, "2019-01-01", "2025-12-31")]),
    ("Westdale Police dismissed 70 officers between 2018/19 and 2022/23. In 2022/23 it dismissed 19.\n\n"
     "Over the same five years, 240 complaints were upheld.",
     [fig(70, "2018-04-01", "2023-03-31"), fig(19, "2022-04-01", "2023-03-31"), fig(240, "2018-04-01", "2023-03-31")]),
    ("The board received 900 complaints in the 24 months to March 2023, and 400 in 2022.\n\n"
     "Over the same 24 months, 12 officers were fired.",
     [fig(900, "2021-04-01", "2023-03-31"), fig(400, "2022-01-01", "2022-12-31"), fig(12, "2021-04-01", "2023-03-31")]),
    ("The force dismissed 19 officers in 2022/23. Over the same 12 months, 240 complaints were upheld.",
     [fig(19, "2022-04-01", "2023-03-31"), fig(240, "2022-04-01", "2023-03-31")]),
    # moving on from the period named: the one after it
    ("The city police department fired 8 officers in 2016. The following year, it fired 14.",
     [fig(8, *Y2016), fig(14, *Y2017)]),
    ("The city police department fired 8 officers in 2016. The year after, 14 officers were fired.",
     [fig(8, *Y2016), fig(14, *Y2017)]),
    ("The city police department fired 8 officers in 2016. The year after, it fired 14.",
     [fig(8, *Y2016), fig(14, *Y2017)]),
    ("The sheriff's office disciplined 30 deputies in 2016. The year after, 22 deputies were disciplined.",
     [fig(30, *Y2016), fig(22, *Y2017)]),
    ("Ridgeway Police suspended 20 officers in 2019/20. The year after, 31 officers were suspended.",
     [fig(20, *FY19), fig(31, *FY20)]),
    ("The city police department fired 8 officers in 2016. The next year, 14 officers were fired.",
     [fig(8, *Y2016), fig(14, *Y2017)]),
    ("The city police department fired 8 officers in 2016. A year later, 14 officers were fired.",
     [fig(8, *Y2016), fig(14, *Y2017)]),
    ("Ridgeway Police suspended 20 officers in 2019/20. In the next 12 months, 31 were suspended.",
     [fig(20, *FY19), fig(31, *FY20)]),
    ("The board received 300 complaints in the first quarter of 2022. The following quarter, 12 officers were suspended.",
     [fig(300, "2022-01-01", "2022-03-31"), fig(12, "2022-04-01", "2022-06-30")]),
    ("The board received 300 complaints in March 2022. The following month, it received 250.",
     [fig(300, "2022-03-01", "2022-03-31"), fig(250, "2022-04-01", "2022-04-30")]),
    # moving back from it: the one before
    ("Eastvale Police sacked 11 officers in 2020/21. The previous year, 7 officers were sacked.",
     [fig(11, *FY20), fig(7, *FY19)]),
    ("Eastvale Police sacked 11 officers in 2020. The year before, it sacked 7.",
     [fig(11, "2020-01-01", "2020-12-31"), fig(7, "2019-01-01", "2019-12-31")]),
    ("The board received 300 complaints in the first quarter of 2022. The previous quarter, it had received 250.",
     [fig(300, "2022-01-01", "2022-03-31"), fig(250, "2021-10-01", "2021-12-31")]),
]

COMPARED = [
    ("The agency received 600 complaints in fiscal year 2008, a 36% increase over the year before.",
     [fig(600, "2007-10-01", "2008-09-30"), fig(36, "2007-10-01", "2008-09-30")]),
    ("Greyford Police recorded 812 complaints in 2022, up from 744 in 2021.",
     [fig(812, "2022-01-01", "2022-12-31"), fig(744, "2021-01-01", "2021-12-31")]),
    ("The force received 512 complaints in 2020/21, compared with 480 in 2019/20.",
     [fig(512, *FY20), fig(480, *FY19)]),
    ("In 2022 the unit opened 97 investigations, 10 more than the previous year.",
     [fig(97, "2022-01-01", "2022-12-31"), fig(10, "2022-01-01", "2022-12-31")]),
    # a change measured from a base counted back from the count's period covers the count's period
    ("The Civilian Review Office issued its fiscal year 2014 annual report this week.\n\n"
     "The office received 450 complaints, reflecting a 20% increase over the year before.",
     [fig(450, "2013-10-01", "2014-09-30"), fig(20, "2013-10-01", "2014-09-30")]),
    ("Northmoor Police recorded 812 complaints in 2021/22.\n\nThe force dismissed 40 officers, a rise of 25% on the previous year.",
     [fig(812, "2021-04-01", "2022-03-31"), fig(40, "2021-04-01", "2022-03-31"), fig(25, "2021-04-01", "2022-03-31")]),
    ("The board released its report on the first quarter of 2022 this morning.\n\nIt received 300 complaints, up 10% on the previous quarter.",
     [fig(300, "2022-01-01", "2022-03-31"), fig(10, "2022-01-01", "2022-03-31")]),
    ("The county sheriff's office released its 2017 figures on Monday.\n\n"
     "Deputies faced 120 complaints, an increase of 15 percent over the prior year.",
     [fig(120, *Y2017), fig(15, *Y2017)]),
    ("The force received 700 complaints in 2021/22, 9% more than the year before.",
     [fig(700, "2021-04-01", "2022-03-31"), fig(9, "2021-04-01", "2022-03-31")]),
    ("Annual Report 2019\n\nThe office received 340 complaints, an increase of 12% over the year before.",
     [fig(340, "2019-01-01", "2019-12-31"), fig(12, "2019-01-01", "2019-12-31")]),
    ("Annual Report 2019\n\nThe office received 340 complaints, up from 300 the previous year.",
     [fig(340, "2019-01-01", "2019-12-31"), fig(300, "2018-01-01", "2018-12-31")]),
    ("Annual Report 2019\n\nThe office received 340 complaints, compared with 300 in 2018.",
     [fig(340, "2019-01-01", "2019-12-31"), fig(300, "2018-01-01", "2018-12-31")]),
    ("Annual Report 2019\n\nThe office received 340 complaints, more than in 2018.",
     [fig(340, "2019-01-01", "2019-12-31")]),
]

REPORTS = [
    ("Annual Report 2019\n\nIn January, 4 officers were suspended.",
     [fig(4, "2019-01-01", "2019-01-31")]),
    ("Annual Report 2019\n\nThe office received 340 complaints. Of those, 30 were filed in October.",
     [fig(340, "2019-01-01", "2019-12-31"), fig(30, "2019-10-01", "2019-10-31")]),
    ("Fourth Quarter Report 2018\n\nThe unit closed 61 cases in November.",
     [fig(61, "2018-11-01", "2018-11-30")]),
    ("Greyford Police Annual Report 2020\n\nSo far this year, 12 officers have been dismissed.",
     [fig(12, "2020-01-01", "2020-12-31")]),
    ("Civilian Review Board Annual Report 2018\n\nThe board reviewed the 9 complaints received this calendar year.",
     [fig(9, "2018-01-01", "2018-12-31")]),
    ("Internal Affairs Report 2017\n\nThe unit opened 14 investigations during this calendar year.",
     [fig(14, *Y2017)]),
    ("Professional Standards Report 2021/22\n\nThe department received 1,204 complaints. In February, 90 were filed.",
     [fig(1204, "2021-04-01", "2022-03-31"), fig(90, "2022-02-01", "2022-02-28")]),
    ("Professional Standards Report 2021/22\n\nIn May, 11 officers were placed on restricted duties.",
     [fig(11, "2021-05-01", "2021-05-31")]),
    ("Complaints statistics 2020/21\n\nIn December, the force recorded 75 complaints.",
     [fig(75, "2020-12-01", "2020-12-31")]),
    ("Police Accountability Board - Annual Report for Fiscal Year 2016\n\nSix officers were suspended in March.",
     [fig(6, "2016-03-01", "2016-03-31")]),
    # a fiscal year with no body named is the federal one (October to September)
    ("Fiscal Year 2016 Annual Report\n\nThe office closed 88 cases in August.",
     [fig(88, "2016-08-01", "2016-08-31")]),
    # a city's runs from July: its August is the fiscal year's first month
    ("Eastbrook Police Department Fiscal Year 2016 Annual Report\n\nThe city police department closed 88 cases in August.",
     [fig(88, "2015-08-01", "2015-08-31")]),
    ("Quarterly Report, Q2 2017\n\nThe office closed 180 complaints. It sustained 22 allegations in May.",
     [fig(180, "2017-04-01", "2017-06-30"), fig(22, "2017-05-01", "2017-05-31")]),
    ("Misconduct Bulletin: Third Quarter 2018\n\nIn August, 5 officers were dismissed.",
     [fig(5, "2018-08-01", "2018-08-31")]),
    ("Police Complaints Newsletter, 2015\n\nIn April the commission upheld 19 complaints.",
     [fig(19, "2015-04-01", "2015-04-30")]),
    ("Annual Report 2019\n\nThe office received 340 complaints. Seven officers were terminated.",
     [fig(340, "2019-01-01", "2019-12-31"), fig(7, "2019-01-01", "2019-12-31")]),
]

KEEPS = [
    # a headline about a year is not a report's name: its months stay the publication date's
    ("Police sacked 40 officers in 2019\n\nIn March, 4 officers were suspended.",
     [fig(40, "2019-01-01", "2019-12-31"), fig(4, "2023-03-01", "2023-03-31")]),
    ("Officers disciplined in 2019, figures show\n\nIn January, 6 officers were suspended.",
     [fig(6, "2023-01-01", "2023-01-31")]),
    ("The annual report published this week shows misconduct rose in 2019.\n\nIn March, 4 officers were suspended.",
     [fig(4, "2023-03-01", "2023-03-31")]),
    ("A report says 2019 was a bad year for the force.\n\nIn April, 8 officers were dismissed.",
     [fig(8, "2023-04-01", "2023-04-30")]),
    # a report still running when published: its months and this year as the publication date places them
    ("Annual Report 2023\n\nIn January, 4 officers were suspended.",
     [fig(4, "2023-01-01", "2023-01-31")]),
    ("Annual Report 2023\n\nSo far this year, 12 officers have been dismissed.",
     [fig(12, "2023-01-01", "2023-06-01")]),
    ("Quarterly Report, Q2 2023\n\nThe office closed 18 complaints in April.",
     [fig(18, "2023-04-01", "2023-04-30")]),
    # a month with its own year, or a date of its own, in a report
    ("Annual Report 2019\n\nIn March 2020, 4 officers were suspended.",
     [fig(4, "2020-03-01", "2020-03-31")]),
    ("Annual Report 2019\n\nIn 2018 the office received 290 complaints.",
     [fig(290, "2018-01-01", "2018-12-31")]),
    ("Annual Report 2019\n\nThe office received 340 complaints in the first quarter of 2020.",
     [fig(340, "2020-01-01", "2020-03-31")]),
    ("Annual Report 2019\n\nFrom 2015 to 2019 the office received 1,500 complaints.",
     [fig(1500, "2015-01-01", "2019-12-31")]),
    # a month that looks ahead of the publication date is not the report's
    ("Annual Report 2019\n\nThe office received 340 complaints. Hearings for 12 officers will be held in March.",
     [fig(340, "2019-01-01", "2019-12-31"), fig(12, "2024-03-01", "2024-03-31")]),
    # a month named in a paragraph with its own year goes on in that year
    ("In 2016 the department fired 8 officers. In June, it fired 3 more.",
     [fig(8, *Y2016), fig(3, "2016-06-01", "2016-06-30")]),
    # a year after an event, not after a period: the series does not move
    ("The board received 300 complaints in 2021, and 40 officers were fired.",
     [fig(300, "2021-01-01", "2021-12-31"), fig(40, "2021-01-01", "2021-12-31")]),
    ("Westdale Constabulary recorded 210 complaints in 2019/20, and 14 were upheld.",
     [fig(210, *FY19), fig(14, *FY19)]),
    # comparison bases keep their own periods, the counts theirs
    ("The force received 512 complaints in 2020/21, compared with 480 in 2019/20 and 455 in 2018/19.",
     [fig(512, *FY20), fig(480, *FY19), fig(455, "2018-04-01", "2019-03-31")]),
    ("Greyford Police recorded 812 complaints in 2022, down from 901.",
     [fig(812, "2022-01-01", "2022-12-31"), fig(901, "2021-01-01", "2021-12-31")]),
    ("The department fired 12 officers in 2018. The year before, it fired 9.",
     [fig(12, "2018-01-01", "2018-12-31"), fig(9, "2017-01-01", "2017-12-31")]),
    # no period anywhere: none given
    ("Nine officers were suspended after the inquiry.",
     [fig(9, None, None)]),
    # last year and this year of a news page: the publication date's
    ("The force sacked 30 officers last year.",
     [fig(30, "2022-01-01", "2022-12-31")]),
    ("So far this year, the force has sacked 12 officers.",
     [fig(12, "2023-01-01", "2023-06-01")]),
    ("In March, 4 officers were suspended by the force.",
     [fig(4, "2023-03-01", "2023-03-31")]),
]

# cases the tool does not read yet, with why
MISSED: dict[str, str] = {}
