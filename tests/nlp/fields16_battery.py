"""A figure's period, outcome and category from the structure of the text around it (fields16).

Written for this battery, in our own words: short UK, Irish and US texts, each with what a
careful coder gives every figure under SPEC. Places and bodies are invented. Published 1 June
2023 (tests/figures_found.py); each text follows LEAD, a sentence with no count, no body and no
date of its own, so the text is read as the body of an article.

ROLLING: a rolling window runs the stated length from or to what it names ("the 12 months from
December 2013" is December 2013 to November 2014, "the year ending June 2021" July 2020 to June
2021), never the calendar or financial year it overlaps; "over the period" and "in the same
period" carry it on.
ANAPHORS: "the 24-month period", "the two-year period" is definite: a period of that length the
article has stated, or the periods it named end to end before it.
CLAUSES: a date right after a word that joins clauses ("and in 2022/23 it sacked 31", ", while
in the 12 months from ...", "whereas during 2022") opens the next clause and dates its count, not
the count before it.
PARTS: parts of a set fronted with "Of the ..." / "Among the ..." take the set's outcome when they
state none of their own ("Of the 40 officers dismissed, 12 were sergeants").
CONDUCT: a count of officers defined by a conduct ("accused of", "suspected of", "who failed to",
"facing allegations of") is of that kind: a kind the lexicon names, else other, never all.
SOUGHT: an outcome asked for ("seeking termination", "recommended for dismissal", "called for the
sacking of") is not done: the count takes no outcome.
KEEPS: the near sentences that must keep what they gave.
Each case: (text, [expected figures]); only the keys given are checked, in order.
"""

LEAD = "Police conduct figures published\n\nThe figures were released on Monday. "


def _f(*rows):
    """Rows of (value, {field: expected}), one a figure, in the order the text gives them."""
    return [{"value": v, **fields} for v, fields in rows]


def _p(start, end):
    return {"period_from": start, "period_to": end}


def _year(y):
    return _p(f"{y}-01-01", f"{y}-12-31")


def _fy(y):
    return _p(f"{y}-04-01", f"{y + 1}-03-31")


ROLLING = [
    ("In the 12 months from December 2013, the force dismissed 52 officers.",
     _f((52, _p("2013-12-01", "2014-11-30")))),
    ("Gsoc received 2,140 complaints in the year from April 2019.",
     _f((2140, _p("2019-04-01", "2020-03-31")))),
    ("The sheriff's office fired 17 deputies in the two years from March 2020.",
     _f((17, _p("2020-03-01", "2022-02-28")))),
    ("Over the 12-month period from 1 July 2021, the ombudsman logged 230 complaints.",
     _f((230, _p("2021-07-01", "2022-06-30")))),
    ("The department received 96 complaints in the year starting in October 2020.",
     _f((96, _p("2020-10-01", "2021-09-30")))),
    ("In the 12 months to November 2015, the force received 340 complaints.",
     _f((340, _p("2014-12-01", "2015-11-30")))),
    ("The constabulary dismissed 14 officers in the year ending June 2021.",
     _f((14, _p("2020-07-01", "2021-06-30")))),
    ("In the two years to March 2023, 88 officers resigned while under investigation.",
     _f((88, _p("2021-04-01", "2023-03-31")))),
    ("The IOPC received 410 referrals in the three months to the end of September 2022.",
     _f((410, _p("2022-07-01", "2022-09-30")))),
    ("In the year to March 2022, 61 officers were suspended. Over the period, 9 were sacked.",
     _f((61, _fy(2021)), (9, _fy(2021)))),
    ("The watchdog logged 1,200 allegations in the 18 months from January 2021. In the same period, "
     "45 officers were dismissed.",
     _f((1200, _p("2021-01-01", "2022-06-30")), (45, _p("2021-01-01", "2022-06-30")))),
]

ANAPHORS = [
    ("Between December 2014 and November 2015, 40 officers were dismissed, while in the 12 months from "
     "December 2013, 35 were dismissed. That brings the total to 75 over the 24-month period.",
     _f((40, _p("2014-12-01", "2015-11-30")), (35, _p("2013-12-01", "2014-11-30")),
        (75, _p("2013-12-01", "2015-11-30")))),
    ("In 2021/22 the force sacked 20 officers and in 2022/23 it sacked 31, taking the total for the "
     "two-year period to 51.",
     _f((20, _fy(2021)), (31, _fy(2022)), (51, _p("2021-04-01", "2023-03-31")))),
    ("From January to June 2022, 19 gardaí were suspended. From July to December 2022, 23 were "
     "suspended, making 42 over the 12-month period.",
     _f((19, _p("2022-01-01", "2022-06-30")), (23, _p("2022-07-01", "2022-12-31")),
        (42, _year(2022)))),
    ("The board disciplined 64 officers in the year to March 2021. A further 70 were disciplined in the "
     "year to March 2022, so 134 in all over the two-year period.",
     _f((64, _fy(2020)), (70, _fy(2021)), (134, _p("2020-04-01", "2022-03-31")))),
]

CLAUSES = [
    ("In 2019 the county fired nine deputies and in 2020 it fired 14.",
     _f((9, _year(2019)), (14, _year(2020)))),
    ("During 2021 the force received 700 complaints, whereas in 2022 it received 820.",
     _f((700, _year(2021)), (820, _year(2022)))),
    ("In 2020 the board upheld 57 complaints, while during 2021 it upheld 64.",
     _f((57, _year(2020)), (64, _year(2021)))),
    ("In 2018 the commissioner dismissed 11 officers and in 2019 she dismissed 16.",
     _f((11, _year(2018)), (16, _year(2019)))),
    ("The service received 380 complaints in 2016/17; in 2017/18 it received 412.",
     _f((380, _fy(2016)), (412, _fy(2017)))),
]

PARTS = [
    ("Of the 62 officers who retired or resigned while under investigation, 18 were constables, nine "
     "sergeants and six inspectors.",
     _f((62, {"outcome": ["retired", "resigned"]}), (18, {"outcome": ["retired", "resigned"]}),
        (9, {"outcome": ["retired", "resigned"]}), (6, {"outcome": ["retired", "resigned"]}))),
    ("Of the 40 officers dismissed last year, 12 were sergeants.",
     _f((40, {"outcome": "dismissed"}), (12, {"outcome": "dismissed", "out_of": 40}))),
    ("Of the 90 gardaí suspended in 2021, 41 were based in Dublin.",
     _f((90, {"outcome": "suspended"}), (41, {"outcome": "suspended", **_year(2021)}))),
    ("Of the 17 officers barred from policing in 2022, 11 were men.",
     _f((17, {"outcome": "barred"}), (11, {"outcome": "barred"}))),
    ("Of the 25 deputies fired in 2021, eight were jail officers and three were sergeants.",
     _f((25, {"outcome": "dismissed"}), (8, {"outcome": "dismissed"}), (3, {"outcome": "dismissed"}))),
]

CONDUCT = [
    ("34 officers were accused of having a relationship with a victim.",
     _f((34, {"category": "apsp"}))),
    ("Eight officers were dismissed over relationships with vulnerable women.",
     _f((8, {"category": "apsp", "outcome": "dismissed"}))),
    ("Nine officers suspected of leaking data were suspended in 2021.",
     _f((9, {"category": "other", "outcome": "suspended"}))),
    ("Some 40 officers who failed to report the messages were disciplined.",
     _f((40, {"category": "other"}))),
    ("The force suspended 12 officers accused of lying to a court.",
     _f((12, {"category": "other", "outcome": "suspended"}))),
    ("Last year 15 deputies were investigated for accepting gifts.",
     _f((15, {"category": "other"}))),
    ("Eleven officers facing allegations of bullying colleagues were placed on restricted duties.",
     _f((11, {"category": "other"}))),
    ("Seven officers who had been caught speeding were given warnings.",
     _f((7, {"category": "other"}))),
    ("Three officers found to have shared offensive memes were sacked in 2022.",
     _f((3, {"category": "other", "outcome": "dismissed", **_year(2022)}))),
    ("The force dismissed 15 officers accused of corruption last year.",
     _f((15, {"category": "corruption", "outcome": "dismissed"}))),
]

SOUGHT = [
    ("The department is seeking termination for 22 troopers.",
     _f((22, {"outcome": None}))),
    ("Some 14 officers were recommended for dismissal in 2022.",
     _f((14, {"outcome": None, **_year(2022)}))),
    ("Campaigners called for the sacking of 30 officers.",
     _f((30, {"outcome": None}))),
    ("The chief constable recommended dismissal for six officers.",
     _f((6, {"outcome": None}))),
    ("The board is seeking the dismissal of nine officers.",
     _f((9, {"outcome": None}))),
]

KEEPS = [
    ("The force dismissed 14 officers in 2022.", _f((14, {"outcome": "dismissed", **_year(2022)}))),
    ("The force suspended 12 officers accused of misconduct.", _f((12, {"category": "all"}))),
    ("Twelve officers accused of the offences were suspended in 2022.", _f((12, {"category": "all"}))),
    ("Five deputies accused of wrongdoing were fired.", _f((5, {"category": "all", "outcome": "dismissed"}))),
    ("Seven officers involved in the incident were suspended.", _f((7, {"category": "all"}))),
    ("Nine officers faced allegations of gross misconduct in 2021.", _f((9, {"category": "all"}))),
    ("21 officers were investigated for the shooting.", _f((21, {"category": "all"}))),
    ("Of the 30 officers charged, 12 were acquitted.",
     _f((30, {"outcome": "charged"}), (12, {"outcome": "acquitted"}))),
    ("Of the 50 allegations received, 20 were about racism.", _f((50, {"outcome": None}), (20, {"outcome": None}))),
    ("Of the 36 officers whose cases were upheld, 14 had not been disciplined by June.",
     _f((36, {}), (14, {"outcome": None}))),
    ("Of the 120 officers suspended in 2021, 18 have since returned to work.",
     _f((120, {"outcome": "suspended"}), (18, {"outcome": None}))),
    ("Of the 121 who had no case to answer, further action was taken in respect of 54.",
     _f((121, {}), (54, {"outcome": None}))),
    ("The 51-year-old admitted two inappropriate relationships with women he met on duty.", []),
    ("Of the 80 officers investigated, 30 were dismissed.",
     _f((80, {"outcome": None}), (30, {"outcome": "dismissed"}))),
    ("The agency terminated 7 officers and suspended 21 in fiscal 2022.",
     _f((7, _p("2021-10-01", "2022-09-30")), (21, _p("2021-10-01", "2022-09-30")))),
    ("In 2022 the force received 900 complaints and 41 officers were dismissed.",
     _f((900, _year(2022)), (41, _year(2022)))),
    ("The board upheld 57 complaints in 2020 and 64 in 2021.",
     _f((57, _year(2020)), (64, _year(2021)))),
    ("In the 12 months to March 2022, 61 officers were suspended.", _f((61, _fy(2021)))),
    ("A total of 60 officers were suspended over the two-year period.", _f((60, {"period_to": None}))),
    ("14 officers were dismissed after a recommendation from the panel in 2022.",
     _f((14, {"outcome": "dismissed"}))),
    ("The force received 412 complaints in 2021, compared with 380 in 2020.",
     _f((412, _year(2021)), (380, _year(2020)))),
    ("The council sacked 18 officers for sexual misconduct in 2021.", _f((18, {"category": "apsp"}))),
    ("In 2019/20, 301 officers were suspended and 69 were dismissed.",
     _f((301, _fy(2019)), (69, _fy(2019)))),
    ("A total of 90 officers were placed on the barred list in 2022.",
     _f((90, {"outcome": "barred", **_year(2022)}))),
    ("In 2022, 31 officers were added to the barred list.", _f((31, {"outcome": "barred"}))),
    ("The force dismissed 40 officers in 2021, and 12 of them in March.", _f((40, _year(2021)), (12, {}))),
]

# cases read later: a case here fails until what it needs is read (figures_found.battery_cases)
MISSED: dict = {}
