"""How US news and data pages state conduct figures, and the numbers beside them that are
not figures (harvfig13us).

Written for this battery before the rules of this branch were changed, from the shapes seen
on some forty US pages (newspaper investigations of records requests, sheriffs' and
departments' internal affairs summaries, oversight boards' quarterly reports, national
studies, corrections agencies' discipline counts): a count against a dateline's "last year"
and "so far this year", a span ("in the past five years", "since 2020") governing the counts
after it, a department's findings listed under the count they divide, shares of a total, a
study's rates and a newsroom's sums, and the workforces, pages, commendations, seizures,
ages, sums of money and thresholds that stand beside them. Names, places, bodies and numbers
are invented. Published 1 June 2023 (tests/figures_found.py).

REFUSALS: texts with no figure (run under a misconduct headline).
FIGURES: (text, [expected figures]); every field is given (``fig`` fills the usual ones); a
list means any of its values is right, as in the gold.
"""

HEADLINE = "Officers disciplined after misconduct inquiry\n\n"

Y21 = ("2021-01-01", "2021-12-31")
Y22 = ("2022-01-01", "2022-12-31")
THIS_YEAR = ("2023-01-01", "2023-06-01")
PAST5 = (["2018-06-01", "2018-06-02"], "2023-06-01")
NOT_PROVEN = "misconduct_not_proven"
SANCTIONS = ["officer", "other", "case"]  # a count of sanctions, as the gold takes convictions


def fig(value, counted, org, period=(None, None), outcome=None, category="all", unit="count",
        qualifier="exact", out_of=None):
    """One expected figure with every field a coder gives it."""
    return {"value": value, "qualifier": qualifier, "unit": unit, "counted": counted,
            "category": category, "outcome": outcome, "out_of": out_of,
            "period_from": period[0], "period_to": period[1], "org": org}


FPD = "Fairmont Police Department"
DOC = "Calder Department of Corrections"
MCSO = "Marlow County Sheriff's Office"
RPD = "Ridgefield Police Department"
OIG = ["Calder Office of the Inspector General", "Office of the Inspector General"]

FIGURES = [
    # a year's count against the dateline: "last year", "the year before"
    ("The Fairmont Police Department fired 14 officers last year, up from nine the year before, "
     "according to records obtained by the Ledger.",
     [fig(14, "officer", FPD, Y22, "dismissed"), fig(9, "officer", FPD, Y21, "dismissed")]),
    ("The Calder Department of Corrections fired 64 officers and civilian employees last year for "
     "infractions that ranged from improper relationships with inmates to drug possession, records show.",
     [fig(64, "officer", DOC, Y22, "dismissed")]),
    ("The Fairmont Police Department received 212 complaints against officers last year, compared with "
     "187 in 2021.",
     [fig(212, "complaint", FPD, Y22), fig(187, "complaint", FPD, Y21)]),
    ("Troopers of the Ashby State Patrol were disciplined 41 times last year, according to records "
     "released by the agency.",
     [fig(41, ["case", "other"], "Ashby State Patrol", Y22, "other")]),
    # "so far this year" runs from 1 January to the dateline
    ("At least 58 employees of the Calder Department of Corrections have been dismissed with cause so far "
     "this year, the agency said.",
     [fig(58, "officer", DOC, THIS_YEAR, "dismissed", qualifier="at_least")]),
    ("So far this year, the Marlow County Sheriff's Office has opened 23 internal affairs investigations, "
     "compared with 31 in all of 2022.",
     [fig(23, "investigation", MCSO, THIS_YEAR), fig(31, "investigation", MCSO, Y22)]),
    ("The Fairmont Police Department has suspended six officers so far this year.",
     [fig(6, "officer", FPD, THIS_YEAR, "suspended")]),
    # a span that governs the counts after it in its sentence
    ("Data released Tuesday by the Marlow County Sheriff's Office shows 19 correctional deputies were "
     "terminated and 24 others were suspended in the past five years.",
     [fig(19, "officer", MCSO, PAST5, "dismissed"), fig(24, "officer", MCSO, PAST5, "suspended")]),
    ("Records obtained through public records requests show that 27 Dade Parish Sheriff's Office "
     "employees have been arrested since 2020.",
     [fig(27, "officer", "Dade Parish Sheriff's Office", ("2020-01-01", "2023-06-01"), "arrested")]),
    ("Since 2019, the Ridgefield Police Department has fired 12 officers and suspended 40 others, "
     "department figures show.",
     [fig(12, "officer", RPD, ("2019-01-01", "2023-06-01"), "dismissed"),
      fig(40, "officer", RPD, ("2019-01-01", "2023-06-01"), "suspended")]),
    ("Between 2015 and 2020, the Marlow County Sheriff's Office sustained 76 investigations into its "
     "deputies, and 18 deputies were fired.",
     [fig(76, "investigation", MCSO, ("2015-01-01", "2020-12-31"), "misconduct_proven"),
      fig(18, "officer", MCSO, ("2015-01-01", "2020-12-31"), "dismissed")]),
    ("From 2017 through 2021, Ridgefield Police Department officers were the subject of 1,304 complaints.",
     [fig(1304, "complaint", RPD, ("2017-01-01", "2021-12-31"))]),
    # a span carried to the next sentence's counts
    ("In the past five years, 22 officers have left the Lakeview Police Department while facing internal "
     "investigations. Only three of them were fired.",
     [fig(22, "officer", "Lakeview Police Department", PAST5, "resigned"),
      fig(3, "officer", "Lakeview Police Department", PAST5, "dismissed", out_of=22)]),
    # a department's findings listed under the count they divide
    ("The Ridgefield Police Department investigated 31 complaints against officers in 2022. Seven were "
     "sustained, nine were not sustained and 15 were unfounded.",
     [fig(31, "complaint", RPD, Y22), fig(7, "complaint", RPD, Y22, "misconduct_proven", out_of=[31, None]),
      fig(9, "complaint", RPD, Y22, NOT_PROVEN, out_of=[31, None]),
      fig(15, "complaint", RPD, Y22, NOT_PROVEN, out_of=[31, None])]),
    ("In 2021, the Harlan Police Department's internal affairs unit opened 16 investigations, compared "
     "with 11 in 2020.",
     [fig(16, "investigation", "Harlan Police Department", Y21),
      fig(11, "investigation", "Harlan Police Department", ("2020-01-01", "2020-12-31"))]),
    ("For the 2022 calendar year, the Calder University Police Department conducted a total of five "
     "internal investigations. Three were sustained.",
     [fig(5, "investigation", "Calder University Police Department", Y22),
      fig(3, "investigation", "Calder University Police Department", Y22, "misconduct_proven",
          out_of=[5, None])]),
    # shares of a total, with the outcome they count
    ("Of the 3,410 complaints the Harlan Police Department received in 2022, only 6% were sustained.",
     [fig(3410, "complaint", "Harlan Police Department", Y22),
      fig(6, "complaint", "Harlan Police Department", Y22, "misconduct_proven", unit="percent",
          out_of=[3410, None])]),
    ("The Fairmont Police Department published its annual report on Monday. About 9% of complaints against "
     "Fairmont officers in 2022 were sustained, the department's annual "
     "report found.",
     [fig(9, "complaint", FPD, Y22, "misconduct_proven", unit="percent", qualifier="about")]),
    ("Of the force complaints closed in 2022, 31% were unfounded and 12% were sustained, the Ridgefield "
     "Police Department said.",
     [fig(31, "complaint", RPD, Y22, NOT_PROVEN, "other", "percent"),
      fig(12, "complaint", RPD, Y22, "misconduct_proven", "other", "percent")]),
    # a newsroom's or a study's totals across many forces
    ("At least 41,000 law enforcement officers across the country have been investigated for misconduct "
     "over the past decade, a review by the Register found.",
     [fig(41000, "officer", ["Register", None], (["2013-06-01", "2013-06-02"], "2023-06-01"), qualifier="at_least")]),
    ("Since 2010, the nation's largest police departments have fired at least 1,420 officers for "
     "misconduct, a Herald analysis found.",
     [fig(1420, "officer", ["Herald", None], ("2010-01-01", "2023-06-01"), "dismissed", qualifier="at_least")]),
    # a sheriff's or department's own statement
    ("Sheriff Dana Ruiz said 11 detention deputies had been arrested since she took office in 2021.",
     [fig(11, "officer", None, ("2021-01-01", "2023-06-01"), "arrested")]),
    ("The Marlow County Sheriff's Office said it had fired 7 deputies in 2022 for smuggling contraband "
     "into the county jail.",
     [fig(7, "officer", MCSO, Y22, "dismissed", ["corruption", "other"])]),
    # a corrections agency's counts by reason
    ("The Calder Department of Corrections dismissed 31 employees in 2022 for trafficking drugs or "
     "contraband.",
     [fig(31, "officer", DOC, Y22, "dismissed", "drugs")]),
    ("In 2022, eight Calder corrections officers were fired for having sex with inmates.",
     [fig(8, "officer", None, Y22, "dismissed", "apsp")]),
    # a count of referrals, cases and allegations in an oversight report
    ("During the first quarter of 2022, the Office of Police Accountability received 402 complaints, "
     "268 of which were referred to the department's internal affairs bureau.",
     [fig(402, "complaint", "Office of Police Accountability", ("2022-01-01", "2022-03-31")),
      fig(268, "complaint", "Office of Police Accountability", ("2022-01-01", "2022-03-31"), "other",
          out_of=[402, None])]),
    ("The Ridgefield Civilian Review Board substantiated 88 allegations against officers in 2022, up from 61 "
     "in 2021.",
     [fig(88, "allegation", "Ridgefield Civilian Review Board", Y22, "misconduct_proven"),
      fig(61, "allegation", "Ridgefield Civilian Review Board", Y21, "misconduct_proven")]),
    ("The Civilian Review Board received 240 complaints in 2022, a 14% increase on the year before.",
     [fig(240, "complaint", "Civilian Review Board", Y22),
      fig(14, "complaint", "Civilian Review Board", Y22, unit="percent")]),
    ("The Harlan Police Department released its annual report on Monday. Excessive force allegations "
     "against Harlan officers fell 18 percent in 2022.",
     [fig(18, "allegation", "Harlan Police Department", Y22, category="other", unit="percent")]),
    # a change stated on conduct stays, whatever word modifies it
    ("Excessive force complaints fell 12% in 2022.",
     [fig(12, "complaint", None, Y22, category="other", unit="percent")]),
    ("Overtime fraud investigations rose 40% last year.",
     [fig(40, "investigation", None, Y22, category="fraud", unit="percent")]),
    # a count of officers by their terms of service stays a figure when something is said of them
    ("Four sworn deputies were arrested in 2022.", [fig(4, "officer", None, Y22, "arrested")]),
    # a number word opening the sentence is no part of the place before "police"
    ("Fourteen Oakdale police officers were suspended in 2022, the department said.",
     [fig(14, "officer", "Oakdale Police Department", Y22, "suspended")]),
    ("Eleven Kestrel Bay police officers were fired last year, the department confirmed.",
     [fig(11, "officer", "Kestrel Bay Police Department", Y22, "dismissed")]),
    # a department named in a relative clause after the count is whose the count is
    ("The 212 complaints the Oakdale Police Department logged in 2021 were the most in a decade.",
     [fig(212, "complaint", "Oakdale Police Department", Y21)]),
    # officers who resigned or retired from a body were its own
    ("Nine deputies retired from the Marlow County Sheriff's Office in 2022 while under investigation.",
     [fig(9, "officer", MCSO, Y22, "retired")]),
    # complaints against a named body's officers count complaints
    ("Allegations against Marlow County Sheriff's Office deputies rose to 212 in 2022.",
     [fig(212, "allegation", MCSO, Y22)]),
    ("Complaints against the department's officers dropped from 48 in 2021 to 35 in 2022.",
     [fig(48, "complaint", None, Y21), fig(35, "complaint", None, Y22)]),
    # sex with people in custody is abuse of position for a sexual purpose
    ("Six jailers were charged last year with having sex with an inmate.",
     [fig(6, "officer", None, Y22, "charged", "apsp")]),
    ("Eleven guards were fired in 2021 for improper relationships with inmates.",
     [fig(11, "officer", None, Y21, "dismissed", "apsp")]),
    # officers named as defendants across many suits are a tally that stays
    ("The city has been sued 40 times since 2018, and 12 officers were named as defendants more than once.",
     [fig(12, "officer", None, ("2018-01-01", "2023-06-01"), category=["all", "other", None])]),
    # counts of officers charged and convicted
    ("Twelve Fairmont police officers have been charged with crimes since 2018, the department confirmed.",
     [fig(12, "officer", FPD, ("2018-01-01", "2023-06-01"), "charged")]),
    ("Nine deputies of the Marlow County Sheriff's Office were convicted of crimes between 2016 and 2022.",
     [fig(9, "officer", MCSO, ("2016-01-01", "2022-12-31"), "convicted")]),
    # decertification
    ("The state's Peace Officer Standards and Training board decertified 83 officers last year.",
     [fig(83, "officer", "Peace Officer Standards and Training board", Y22, "barred")]),
    ("Since 2021 the Ashby POST Council has revoked the certifications of 129 officers.",
     [fig(129, "officer", "Ashby POST Council", ("2021-01-01", "2023-06-01"), "barred")]),
    # resignations against terminations
    ("Fourteen officers resigned from the Ridgefield Police Department in 2022 while under investigation, "
     "and five were fired.",
     [fig(14, "officer", RPD, Y22, "resigned"), fig(5, "officer", RPD, Y22, "dismissed")]),
    ("Four Harlan Police Department officers retired in 2021 rather than face termination.",
     [fig(4, "officer", "Harlan Police Department", Y21, "retired")]),
    # a report's period stated once at its head and carried ("in that period", "in the same period")
    ("The report covers January 1 to June 30, 2022. In that period, the Office of Police Accountability "
     "received 96 complaints and completed 104 investigations.",
     [fig(96, "complaint", "Office of Police Accountability", ("2022-01-01", "2022-06-30")),
      fig(104, "investigation", "Office of Police Accountability", ("2022-01-01", "2022-06-30"))]),
    ("The Harlan Police Department received 412 complaints in 2022. In the same period, 17 officers were "
     "disciplined.",
     [fig(412, "complaint", "Harlan Police Department", Y22),
      fig(17, "officer", "Harlan Police Department", Y22, "other")]),
    # a year's table of counts
    ("Ridgefield Police Department internal affairs statistics\n\n"
     "Year | Complaints | Sustained\n2021 | 140 | 22\n2022 | 126 | 19",
     [fig(140, "complaint", RPD, Y21), fig(22, "complaint", RPD, Y21, "misconduct_proven"),
      fig(126, "complaint", RPD, Y22), fig(19, "complaint", RPD, Y22, "misconduct_proven")]),
    # a change between two years stated as "from A in YEAR to B in YEAR"
    ("Use-of-force complaints against Fairmont Police Department officers dropped from 48 in 2021 to 35 in 2022.",
     [fig(48, "complaint", FPD, Y21, category="other"), fig(35, "complaint", FPD, Y22, category="other")]),
    ("The Marlow County Sheriff's Office released its annual report on Friday. Complaints against Marlow "
     "County deputies rose 12% in 2022 to 310, the report shows.",
     [fig(12, "complaint", MCSO, Y22, unit="percent"), fig(310, "complaint", MCSO, Y22)]),
    # discipline by kind, listed after the count of people disciplined
    ("The Marlow County Sheriff's Office disciplined 88 deputies in 2022, records show. There were 61 letters "
     "of counseling, four letters of reprimand and three suspensions without pay.",
     [fig(88, "officer", MCSO, Y22, "other"), fig(61, SANCTIONS, MCSO, Y22, "other"),
      fig(4, SANCTIONS, MCSO, Y22, ["written_warning", "other"]),
      fig(3, SANCTIONS, MCSO, Y22, "suspended")]),
    # letters of counseling and reprimand, demotions: counts of sanctions
    ("The chief issued 14 letters of reprimand and 6 demotions in 2021.",
     [fig(14, SANCTIONS, None, Y21, ["written_warning", "other"]), fig(6, SANCTIONS, None, Y21, "other")]),
    ("Deputies received 19 letters of counseling in 2021, up from 12 in 2020.",
     [fig(19, SANCTIONS, None, Y21, "other"), fig(12, SANCTIONS, None, ("2020-01-01", "2020-12-31"), "other")]),
    # "of those officers", "of those investigations" name what the part counts ("of these cases" points back)
    ("Since 2010 the city's departments have fired 1,420 officers. They have been forced to take back "
     "more than 300 of those officers after appeals.",
     [fig(1420, "officer", None, ("2010-01-01", "2023-06-01"), "dismissed"),
      fig(300, "officer", None, ("2010-01-01", "2023-06-01"), "other", qualifier="more_than", out_of=[1420, None])]),
    ("Nine of these deputies were fired in 2022.", [fig(9, "officer", None, Y22, "dismissed")]),
    ("In 2022 the Harlan Police Department opened 75 complaints; 12 of those investigations involved use of "
     "force.",
     [fig(75, "complaint", "Harlan Police Department", Y22),
      fig(12, "investigation", "Harlan Police Department", Y22, category="other", out_of=[75, None])]),
    ("The sheriff fired 14 deputies in 2021, and five of those deputies were later charged with crimes.",
     [fig(14, "officer", None, Y21, "dismissed"), fig(5, "officer", None, Y21, "charged", out_of=[14, None])]),
    # a part of a group named before it
    ("Of the 19 officers the Fairmont Police Department fired in 2022, four were later reinstated by "
     "arbitrators.",
     [fig(19, "officer", FPD, Y22, "dismissed"), fig(4, "officer", FPD, Y22, "other", out_of=19)]),
    ("Investigators found officers broke policy in 43 of the 160 use-of-force cases the Ridgefield Police "
     "Department reviewed in 2022.",
     [fig(43, "case", RPD, Y22, "misconduct_proven", "other", out_of=160), fig(160, "case", RPD, Y22, category="other")]),
    # a newsroom's database, counted by kind of conduct; a threshold inside it is not a count
    ("The records include 21,400 investigations of excessive force, 2,900 allegations of sexual misconduct "
     "and 2,100 cases of domestic violence by officers.",
     [fig(21400, "investigation", None, category="other"), fig(2900, "allegation", None, category="apsp"),
      fig(2100, "case", None, category="other")]),
    ("Nearly 2,300 officers have been investigated on 10 or more allegations.",
     [fig(2300, "officer", None, qualifier=["about", "fewer_than"])]),
    ("A total of 5,120 accusations resulted from 3,480 complaints against Ridgefield Police "
     "Department officers between 2016 and 2020.",
     [fig(5120, "allegation", RPD, ("2016-01-01", "2020-12-31")),
      fig(3480, "complaint", RPD, ("2016-01-01", "2020-12-31"))]),
    # an inspector general's cases and referrals
    ("The Calder Office of the Inspector General opened 152 cases into jail staff in 2022 and referred 19 of "
     "them to prosecutors.",
     [fig(152, "case", OIG, Y22), fig(19, ["case", "referral"], OIG, Y22, "other", out_of=[152, None])]),
]

REFUSALS = [
    # workforces and the size of the nation's police
    "A union spokesman said the numbers were small against 800,000 officers nationwide.",
    "The Calder Department of Corrections employs about 9,200 officers at 22 prisons.",
    "The department has 1,150 sworn officers and 310 civilian employees.",
    # officers counted with the terms they serve on, and a study's or survey's sample
    "There are roughly 640 sworn deputies in the Marlow County Sheriff's Office.",
    "Some 860 commissioned deputies, 300 detention officers and 150 civilians work across the county.",
    "The county budget pays for 415 sworn deputies at three stations.",
    "A survey of 8,000 officers found most had seen misconduct by a colleague.",
    "A study of 2,500 officers nationwide found no link between training hours and complaints.",
    "The union surveyed 1,100 officers about morale.",
    # how many bodies, states, counties and agencies a study or database covers
    "The records came from 38 state oversight agencies and hundreds of police departments.",
    "All 15 counties keep their own lists of officers with credibility problems.",
    "The study identified arrests in 1,140 counties and independent cities in all 50 states.",
    "Eleven chiefs from the association's 64 member cities spoke to the Ledger.",
    "The report, with 62 tables and 17 figures, cites roughly 140 sources.",
    "The audit runs to 9 chapters and 14 appendices.",
    "The study, with 84 tables and 28 figures, has about 150 references.",
    # pages, files and documents
    "The 410 pages of personnel records were obtained under the Open Public Records Act.",
    "The sheriff's 18-page report was released ahead of Saturday's meeting.",
    "Reporters obtained 2,600 pages of disciplinary files from district attorneys.",
    # commendations, seizures and deaths that are not officers' conduct
    "The department also awarded 430 commendations to officers last year.",
    "The search of the prison found 61 gallons of homemade alcohol and 412 weapons.",
    "Fourteen inmates have died at the jail in the past two years.",
    "We also received 96 compliments from residents in 2022.",
    # money, payouts and sentences
    "The city paid $4.1 million to settle the lawsuit in 2022.",
    "Taxpayers have spent $38 million on police misconduct payouts since 2015.",
    "The former deputy was sentenced to 30 months in federal prison and ordered to pay $12,000.",
    "The officer accepted $700 to guard what he believed was a drug deal.",
    # ages and people in one incident
    "The 29-year-old deputy was hired in 2019.",
    "Deputies Rafe Dunn, 31, and Cole Amos, 26, pleaded not guilty.",
    "The officer is accused of assaulting his girlfriend's three-year-old son.",
    "She called police after the man struck her four times in the face.",
    "The trooper fired 11 rounds at the fleeing car.",
    "He held down the Taser trigger for 27 seconds.",
    # officers named in one lawsuit are people in its account
    "The lawsuit names the city and four officers as defendants.",
    "The suit, filed in federal court, lists five deputies as defendants.",
    "Three officers named in the lawsuit remain on patrol.",
    # thresholds and rules
    "Complaints must be filed within 90 days of the incident.",
    "The sheriff may suspend a deputy for up to 30 days in any 12-month period.",
    "Officers may ask for a record to be removed after three years with no further violations.",
    "Investigations are typically completed within 60 days.",
    # the count of members of a board or panel
    "The 11-member commission was formed after the death of an inmate.",
    "Five members of the board constitute a quorum.",
    # a complaint's own number, a case number, a statute
    "The complaint, No. 22-0417, was closed in March.",
    "He sued under 42 U.S.C. 1983 in federal court.",
    "The incident is listed as Critical Incident 22-31877 on the city's website.",
    # the public's numbers: calls, stops and survey sizes
    "Officers answered 148,000 calls for service in 2022.",
    "The poll of 1,050 residents found most trusted the police.",
    "Troopers made 2,400 traffic stops during the operation.",
    # a change stated on something that is not conduct: crime, staffing, spending
    "Violent crime fell 8% last year while homicides rose 12%, the chief told the council.",
    "Overtime spending rose 30% in the 2022 fiscal year.",
    "Staffing is down 20% since 2019, the union said.",
    "Car thefts jumped 41% in 2022.",
    "The chief said morale had improved and attrition was down 9%.",
    # times and spans that are not counts
    "Response times averaged 14 minutes last year.",
    "The investigation took 18 months to complete.",
    "He has 22 years of experience as a defense lawyer.",
    # a news station's or road's name
    "The trooper was patrolling Route 9 near Exit 14 when he stopped the car.",
    "Records obtained by Channel 8 show the deputy resigned before the hearing.",
]

_OUTCOME = "outcome: the figure-outcome rules (figures/outcome_words.py, figout13) do not read it yet"
# cases the rules of this branch do not read yet (xfail, strict), each with its cause
MISSING = {
    "Troopers of the Ashby State Patrol were disciplined 41 times last year, according to records released by "
    "the agency.": "a count of sanctions as 'N times' after the sanction's verb (figures/uses.py reads only force)",
    "In the past five years, 22 officers have left the Lakeview Police Department while facing internal "
    "investigations. Only three of them were fired.": _OUTCOME + " ('left ... while facing' as resigned)",
    "Sheriff Dana Ruiz said 11 detention deputies had been arrested since she took office in 2021.":
        "a 'since' clause dated inside it ('since she took office in 2021') is read as the year, not from it",
    "During the first quarter of 2022, the Office of Police Accountability received 402 complaints, 268 of which "
    "were referred to the department's internal affairs bureau.": _OUTCOME + " ('referred to' as other)",
    "The Marlow County Sheriff's Office disciplined 88 deputies in 2022, records show. There were 61 letters "
    "of counseling, four letters of reprimand and three suspensions without pay.": _OUTCOME + " ('disciplined' as other)",
    "Since 2010 the city's departments have fired 1,420 officers. They have been forced to take back "
    "more than 300 of those officers after appeals.": _OUTCOME + " ('take back' after appeals as other)",
    "Investigators found officers broke policy in 43 of the 160 use-of-force cases the Ridgefield Police "
    "Department reviewed in 2022.": _OUTCOME + " ('broke policy' as misconduct proven)",
    "A total of 5,120 accusations resulted from 3,480 complaints against Ridgefield Police "
    "Department officers between 2016 and 2020.": "a span closing the sentence reaches only the count nearest it",
    "The Calder Office of the Inspector General opened 152 cases into jail staff in 2022 and referred 19 of "
    "them to prosecutors.": _OUTCOME + " ('referred to prosecutors' as other)",
    "Five members of the board constitute a quorum.": "a board's members counted with 'of the board' before the verb",
}
