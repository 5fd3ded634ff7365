"""A figure's fields in shapes the misses of batches 6-14 and eval2 share (fields15f).

Written for this battery, in our own words: short UK, Irish and US texts, each with what a
careful coder gives every figure under SPEC. Places and bodies are invented. Published 1 June
2023 (tests/figures_found.py); each text follows LEAD, a sentence with no count, no body and no
date of its own, so the text is read as the body of an article.

CHANGES: a percentage change with no date of its own but its base covers the period of the count
it measures, not the base's ("This is a 16% decrease on the same period last year"); where the
sentence has compared counts ("versus 1,640 in 2021", "when it received 5,969"), the count it
measures is the one stated before the comparison.
PARTS: a kind stated for one part of a breakdown ("with 17 suspended under the heading of sexual
offences", "Six ..., meanwhile, remained suspended for assault, while five ... over drug use") is
that part's, not the kind of a count in a later sentence.
REASONS: a reason after an outcome verb, past a word that qualifies the noun ("two corrections
officers were fired for refusing ...", "8 sustained violations for failing ..."), is another kind
when the lexicon has no word for it.
COMPARED: a count compared with the one before it, after "fewer than the", "peaking at" or "up
from just", counts the same outcome; one that names another noun ("compared with 400 complaints")
counts another thing and takes none.
INVESTIGATORS: a body named as the investigator ("after investigations by Gardaí or GSOC", "a
probe carried out by the State Bureau of Investigation", joined by "and" / "or") is not whose
count of officers it is; it stays whose count of investigations.
SETS: the rest of a set ("the remaining 15" after "One of the 20 suspended officers") and some
"among" a counted set ("are among 91 personnel on suspension") are in the set's outcome; the rest
after a part with an outcome of its own ("five were dismissed, and the remaining 15") are not in
the part's.
KEEPS: the near sentences that must keep what they gave: a change with a date of its own, a part
of a whole of one kind, a reason the lexicon names, a count of claims "for legal help".
Each case: (text, [expected figures]); only the keys given are checked, in order.
"""

LEAD = "Police conduct figures published\n\nThe figures were released on Monday. "


def _f(*rows):
    """Rows of (value, {field: expected}), one a figure, in the order the text gives them."""
    return [{"value": v, **fields} for v, fields in rows]


def _year(y):
    return {"period_from": f"{y}-01-01", "period_to": f"{y}-12-31"}


CHANGES = [
    # "This is / That was" a change on a base named only as a comparative date
    ("The Office received 1,546 complaints between April and September 2022. "
     "This is a 16% decrease on the same period last year.",
     _f((1546, {"period_from": "2022-04-01", "period_to": "2022-09-30"}),
        (16, {"counted": "complaint", "period_from": "2022-04-01", "period_to": "2022-09-30"}))),
    ("The ombudsman received 2,460 allegations between April and September 2022. "
     "This is a 24% decrease in the number of allegations received in the same period of the previous year.",
     _f((2460, {"period_from": "2022-04-01", "period_to": "2022-09-30"}),
        (24, {"period_from": "2022-04-01", "period_to": "2022-09-30"}))),
    ("Gsoc received 2,210 complaints in 2021. That was a 12% rise on the year before.",
     _f((2210, _year(2021)), (12, {"counted": "complaint", **_year(2021)}))),
    # compared counts in the same sentence: the change measures the count stated first
    ("In total the board received 5,763 complaints in 2021, which represents a 3 percent decrease from 2020, "
     "when it received 5,969, and a 22 percent decrease from 2017, when it received 7,395.",
     _f((5763, _year(2021)), (3, _year(2021)), (5969, _year(2020)), (22, _year(2021)), (7395, _year(2017)))),
    ("In 2022, the commission received 1,551 complaints about stops, versus 1,640 in 2021 - a 5 percent decrease.",
     _f((1551, _year(2022)), (1640, _year(2021)), (5, _year(2022)))),
    ("The sheriff's office logged 412 complaints in 2022, compared with 380 in 2021, an 8% increase.",
     _f((412, _year(2022)), (380, _year(2021)), (8, _year(2022)))),
]

PARTS = [
    ("Six officers, meanwhile, remained suspended for allegations of assault, while five were on suspension "
     "over alleged drug use. There were some 44 suspensions in 2021.",
     _f((6, {"category": "other"}), (5, {"category": "drugs"}), (44, {"category": "all", **_year(2021)}))),
    ("In all, 110 gardaí are suspended, with 17 suspended under the heading of sexual offences. "
     "So far this year, 23 gardaí have been suspended.",
     _f((110, {"category": "all"}), (17, {"category": "apsp"}), (23, {"category": "all"}))),
    ("The force has 64 officers on suspension, with nine suspended over alleged corruption. "
     "Last year 30 officers were suspended.",
     _f((64, {"category": "all"}), (9, {"category": "corruption"}), (30, {"category": "all", **_year(2022)}))),
]

REASONS = [
    ("Six prison employees were dismissed for trafficking drugs this year. "
     "Records show two corrections officers were fired for refusing to be searched.",
     _f((6, {"category": "drugs"}), (2, {"category": "other"}))),
    ("Two police officers were sacked for lying to investigators.",
     _f((2, {"category": "other", "outcome": "dismissed"}))),
    ("Three serving constables were dismissed for sending offensive messages in 2022.",
     _f((3, {"category": "other", "outcome": "dismissed"}))),
    ("The audit found 8 sustained violations for failing to book evidence on time.",
     _f((8, {"category": "other", "outcome": "misconduct_proven"}))),
]

COMPARED = [
    ("There were 11 people convicted of a criminal offence in 2022/23, fewer than the 23 in 2021/22.",
     _f((11, {"outcome": "convicted"}), (23, {"outcome": "convicted", "period_from": "2021-04-01"}))),
    ("Between 2017 and 2022, the force recorded 36 officer suspensions in total, peaking at 11 in 2022, "
     "up from just one in 2021.",
     _f((36, {"outcome": "suspended"}), (11, {"outcome": "suspended", **_year(2022)}),
        (1, {"outcome": "suspended", **_year(2021)}))),
    ("The department fired 14 deputies in 2022, more than the 9 in 2021.",
     _f((14, {"outcome": "dismissed"}), (9, {"outcome": "dismissed", **_year(2021)}))),
    ("Dismissals of gardaí reached a peak of 12 in 2021, up from only four in 2020.",
     _f((12, {"outcome": "dismissed"}), (4, {"outcome": "dismissed"}))),
    # another noun: another thing, no outcome of the count before
    ("In 2022, 36 officers were suspended, while the force logged fewer than the 400 complaints it had forecast.",
     _f((36, {"outcome": "suspended"}), (400, {"counted": "complaint", "outcome": None}))),
    ("In 2022, 36 officers were suspended, compared with 400 complaints.",
     _f((36, {"outcome": "suspended"}), (400, {"counted": "complaint", "outcome": None}))),
]

INVESTIGATORS = [
    ("The Garda Commissioner said 64 gardaí were suspended in 2022. "
     "Of those, 20 had the suspension lifted after investigations by Gardaí or GSOC.",
     _f((64, {"org": "An Garda Síochána"}), (20, {"org": "An Garda Síochána"}))),
    ("Hampton Police suspended 64 officers in 2022. Of those, 20 returned to work after investigations by the IOPC.",
     _f((64, {"org": "Hampton Police"}), (20, {"org": "Hampton Police"}))),
    ("The Westfield Police Department fired 12 officers in 2022. A probe carried out by the State Bureau of "
     "Investigation led to the arrest of four officers in 2022.",
     _f((12, {"org": "Westfield Police Department"}), (4, {"org": "Westfield Police Department"}))),
    # the investigator's own count of investigations is its own
    ("Investigations conducted by the IOPC rose to 412 in 2022.",
     _f((412, {"counted": "investigation", "org": "IOPC"}))),
    ("The Garda Commissioner said 14 gardaí had been suspended, after an inquiry by GSOC into 30 complaints.",
     _f((14, {"org": "An Garda Síochána"}), (30, {"org": "GSOC"}))),
]

SETS = [
    ("One of the 20 suspended officers is a member of the Garda reserve, while the remaining 15 are "
     "rank-and-file officers.",
     _f((1, {"outcome": "suspended"}), (20, {"outcome": "suspended"}), (15, {"outcome": "suspended"}))),
    ("Four members of the Garda Reserve are among 91 personnel who are on suspension from the force.",
     _f((4, {"outcome": "suspended"}), (91, {"outcome": "suspended"}))),
    ("Two of the 14 deputies fired in 2022 were sergeants; the remaining 12 were patrol deputies.",
     _f((2, {"outcome": "dismissed"}), (14, {"outcome": "dismissed"}), (12, {"outcome": "dismissed"}))),
    # the rest after a part with its own outcome: not that part's
    ("Of the 20 officers investigated, five were dismissed, and the remaining 15 kept their jobs.",
     _f((20, {"outcome": None}), (5, {"outcome": "dismissed"}), (15, {"outcome": None}))),
    # the rest with a verb of their own: not the set's
    ("Of the 12 deputies suspended in 2022, two were fired; the remaining 10 received other sanctions.",
     _f((12, {"outcome": "suspended"}), (2, {"outcome": "dismissed"}), (10, {"outcome": ["other", None]}))),
]

KEEPS = [
    # a change with a date of its own in its clause keeps it
    ("The force recorded 500 complaints in 2021 and a 12% increase in 2022.",
     _f((500, _year(2021)), (12, _year(2022)))),
    # a part of a whole of one kind takes the whole's kind
    ("A total of 45 officers were investigated for corruption in 2022. Of those, 12 were dismissed.",
     _f((45, {"category": "corruption"}), (12, {"category": "corruption"}))),
    # a reason the lexicon names is that kind
    ("Two police officers were sacked for corruption.",
     _f((2, {"category": "corruption"}))),
    ("Four sheriff's deputies were fired for theft in 2022.",
     _f((4, {"category": "theft", **_year(2022)}))),
    # what claims are for is no reason for an outcome
    ("The federation received 1,387 claims for legal help in 2022.",
     _f((1387, {"category": "all"}))),
    # "more than 20": a qualifier, not a comparison with the count before
    ("In 2022, 40 officers were dismissed. More than 20 officers were investigated.",
     _f((40, {"outcome": "dismissed"}), (20, {"qualifier": "more_than", "outcome": None}))),
]

MISSED: dict = {}
