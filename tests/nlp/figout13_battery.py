"""A counted figure takes the outcome its own clause states (figout13).

Written for this battery before the rules of this branch were changed: short UK, Irish and US
sentences, each with the outcome a careful coder gives every figure under SPEC (the same enum as
officers' outcomes). Places and bodies are invented. Published 1 June 2023 (tests/figures_found.py),
each text under HEADLINE, which states no count and no outcome.

STATED: the clause states the figure's outcome, in some voice or shape (passive and active
predicates, result nouns, bracketed numerals, labelled lines, a list said once, two outcome words).
REFUSALS: a figure that must keep no outcome (a pool, a count of things that are not outcomes, a
hypothetical, a negation, an outcome of another count), beside figures that keep theirs.
Each case: (text, [expected figures]); only value and outcome are checked, in order.
"""

HEADLINE = "Police conduct figures published\n\n"

MP, MNP, GMP = "misconduct_proven", "misconduct_not_proven", "gross_misconduct_proven"
DIS, SUS, OTH = "dismissed", "suspended", "other"


def _f(*pairs):
    return [{"value": v, "outcome": o} for v, o in pairs]


STATED = [
    # findings on complaints and allegations, passive and active
    ("Of the 64 allegations made against officers last year, 19 were upheld.", _f((64, None), (19, MP))),
    ("Some 212 allegations were made against deputies in 2022 and 31 were substantiated.",
     _f((212, None), (31, MP))),
    ("A total of 48 complaints against deputies were sustained last year.", _f((48, MP))),
    ("Seventeen allegations against the officers were founded, the report said.", _f((17, MP))),
    ("The ombudsman upheld 23 allegations against officers in 2021.", _f((23, MP))),
    ("Internal affairs sustained 16 allegations of excessive force.", _f((16, MP))),
    ("In 2022, 35 allegations were not upheld.", _f((35, MNP))),
    ("Thirty-two allegations were not sustained.", _f((32, MNP))),
    ("Eleven of the complaints were deemed unsubstantiated.", _f((11, MNP))),
    ("Investigators found 40 allegations unfounded.", _f((40, MNP))),
    ("Twelve officers were exonerated after the review.", _f((12, MNP))),
    ("Nine allegations were upheld in full and four in part.", _f((9, MP), (4, MP))),
    # held, detained, arrested
    ("Across five years, 412 officers were arrested and 96 were charged.", _f((412, "arrested"), (96, "charged"))),
    ("Some 56 officers were held on suspicion of corruption.", _f((56, "arrested"))),
    ("During the raids 14 officers were detained.", _f((14, "arrested"))),
    ("In 2021, 38 serving officers were taken into custody.", _f((38, "arrested"))),
    ("In 2021 police arrested 27 serving officers.", _f((27, "arrested"))),
    # lesser sanctions: pay, fines, reprimands, advice, warnings
    ("Six officers had their pay reduced.", _f((6, OTH))),
    ("Three constables were fined last year.", _f((3, OTH))),
    ("Four officers were docked a week's pay.", _f((4, OTH))),
    ("Five sergeants received a reprimand.", _f((5, OTH))),
    ("Eight officers were given formal advice.", _f((8, OTH))),
    ("Seven deputies were reprimanded in 2022.", _f((7, OTH))),
    ("Twelve officers received written warnings.", _f((12, "written_warning"))),
    ("Three officers were handed final written warnings.", _f((3, "final_written_warning"))),
    ("Nine were issued with a written warning.", _f((9, "written_warning"))),
    ("Ten officers were demoted after the hearings.", _f((10, OTH))),
    # the outcome of a result noun
    ("Of 300 misconduct cases, only 41 led to the sack.", _f((300, None), (41, DIS))),
    ("Just 12 of the hearings ended in dismissal.", _f((12, DIS))),
    ("Of 1,050 allegations, 203 resulted in no further action.", _f((1050, None), (203, OTH))),
    ("Some 19 investigations resulted in a suspension.", _f((19, SUS))),
    ("Only nine cases ended with a final written warning.", _f((9, "final_written_warning"))),
    ("Twenty-two investigations led to criminal charges.", _f((22, "charged"))),
    ("In 2020, 14 cases resulted in termination.", _f((14, DIS))),
    # leaving: allowed to retire, permitted to resign, terminated
    ("Fourteen officers were allowed to retire before their hearings.", _f((14, "retired"))),
    ("Six were permitted to resign in lieu of termination.", _f((6, "resigned"))),
    ("Ten officers retired in lieu of dismissal.", _f((10, "retired"))),
    ("Eighteen employees were allowed to retire in 2018 in lieu of termination.", _f((18, "retired"))),
    ("Some 12 deputies resigned in 2021 in lieu of being fired.", _f((12, "resigned"))),
    ("Seven officers were suspended rather than dismissed.", _f((7, SUS))),
    ("Three officers were terminated and two resigned.", _f((3, DIS), (2, "resigned"))),
    ("The department terminated 11 officers in 2020.", _f((11, DIS))),
    ("A further six officers had their employment terminated.", _f((6, DIS))),
    # a numeral in brackets after the count
    ("Two (2) officers were terminated.", _f((2, DIS))),
    ("One (1) resigned before the investigation was completed.", _f((1, "resigned"))),
    ("Three (3) complaints were sustained.", _f((3, MP))),
    ("Four (4) officers received a written reprimand.", _f((4, "written_warning"))),
    # the noun of an outcome, of a count
    ("The main reason for the suspension of 17 officers was corruption.", _f((17, SUS))),
    ("The dismissal of 11 officers followed the inquiry.", _f((11, DIS))),
    # labelled and table-like lines
    ("Outcomes of hearings:\nDismissed: 4\nFinal written warning: 7", _f((4, DIS), (7, "final_written_warning"))),
    ("Sanctions in 2022:\n4 x dismissed\n2 x written warning", _f((4, DIS), (2, "written_warning"))),
    ("Leavers during investigation:\n- Resigned - 3\n- Retired - 2", _f((3, "resigned"), (2, "retired"))),
    # a list that states its outcome once
    ("The force received 90 complaints in 2022. Of these, 21 were upheld: 14 in the north division and seven in the west.",
     _f((90, None), (21, MP), (14, MP), (7, MP))),
    ("Twelve officers were dismissed, four in 2021 and eight in 2022.", _f((12, DIS), (4, DIS), (8, DIS))),
    ("Of those, nine were sacked; three in Cardiff and six in Swansea.", _f((9, DIS), (3, DIS), (6, DIS))),
    ("Thirty officers were suspended – 18 in Dublin and 12 in Cork.", _f((30, SUS), (18, SUS), (12, SUS))),
    ("Fifteen complaints were substantiated, eight at the airport and seven in the city.",
     _f((15, MP), (8, MP), (7, MP))),
    ("Ten officers were dismissed, four of them in 2021, and six others resigned.",
     _f((10, DIS), (4, DIS), (6, "resigned"))),
    ("Eleven deputies were fired, seven of them in 2020. Separately, 5 were suspended.",
     _f((11, DIS), (7, DIS), (5, SUS))),
    # two outcome words: the one that governs the count
    ("The sheriff fired one deputy and suspended seven others without pay.", _f((7, SUS))),
    ("The chief dismissed two officers and demoted three.", _f((2, DIS), (3, OTH))),
    ("The board revoked 14 certifications and suspended six.", _f((14, "barred"), (6, SUS))),
    ("The force sacked 23 officers and gave final written warnings to 40 more.",
     _f((23, DIS), (40, "final_written_warning"))),
    ("Five officers were suspended and later fired, while nine were reprimanded.", _f((5, DIS), (9, OTH))),
    # the outcome recogniser's own plain words, read for counts too
    ("Some 14 officers were let go in 2022.", _f((14, DIS))),
    ("Six deputies were placed on paid leave.", _f((6, SUS))),
    ("Three officers stepped down in 2021 during the inquiry.", _f((3, "resigned"))),
    ("Nine troopers were reduced in rank.", _f((9, OTH))),
    ("Five officers were given a final warning.", _f((5, "final_written_warning"))),
    # other shapes
    ("Nearly 80 officers were disciplined for misconduct.", _f((80, OTH))),
    ("In 2022, 15 officers were convicted of criminal offences.", _f((15, "convicted"))),
    ("Last year 18 officers were sentenced to prison.", _f((18, "jailed"))),
    ("Of the 14 officers, 3 were found guilty of gross misconduct.", _f((14, None), (3, GMP))),
    ("There were 13 dismissals and 22 resignations.", _f((13, DIS), (22, "resigned"))),
    ("Misconduct panels sacked 31 officers last year.", _f((31, DIS))),
    ("Eight officers received suspensions without pay.", _f((8, SUS))),
]

REFUSALS = [
    # a pool the outcome is drawn from
    ("Of 1,271 allegations, 187 resulted in no action.", _f((1271, None), (187, OTH))),
    ("Forty officers were referred to hearings, of which 15 ended in dismissal.", _f((40, None), (15, DIS))),
    ("Some 300 officers were investigated last year and 12 of them were later dismissed.",
     _f((300, None), (12, DIS))),
    ("Of the 125 officers arrested, 30 were charged.", _f((125, "arrested"), (30, "charged"))),
    # counts of things that are not conduct outcomes, on a decertification or discipline page
    ("The board revokes certifications. It opened 230 cases and assigned 190 to investigators.",
     _f((230, None), (190, None))),
    ("Decertification statistics\nTotal Open Cases: 45\nTotal Assigned Cases: 60", _f((45, None), (60, None))),
    ("Licence revocations\nOpen cases w/board: 38\nClosed cases w/board: 112", _f((38, None), (112, None))),
    ("The commission has opened 80 decertification cases this year.", _f((80, None))),
    ("The agency received 410 complaints, and 98 of those were still pending at year end.",
     _f((410, None), (98, None))),
    ("The board approved 52 applications and revoked 9 certifications in 2022.", _f((9, "barred"))),
    ("There were 250 misconduct hearings in 2022, and 61 were held in public.", _f((250, None), (61, None))),
    # what may, could or should happen
    ("Twelve officers could be dismissed if found guilty.", _f((12, None))),
    ("Nine officers faced dismissal at hearings this year.", _f((9, None))),
    ("If the charges are proven, 3 officers would face the sack.", _f((3, None))),
    ("The panel may dismiss up to 6 officers.", _f((6, None))),
    ("Under the policy, 10 officers should be suspended pending review.", _f((10, None))),
    ("Policy says gross misconduct should lead to dismissal; 14 officers were investigated.", _f((14, None))),
    ("Twelve officers could be placed on leave while the review runs.", _f((12, None))),
    # negations
    ("Of the 40 officers investigated, none were sacked.", _f((40, None))),
    ("None of the 19 officers was dismissed.", _f((19, None))),
    ("Not one of the 44 allegations was upheld.", _f((44, None))),
    ("No officers were dismissed, but 14 were placed on restricted duties.", _f((14, OTH))),
    # an outcome stated about another count
    ("A total of 56 officers were under investigation, while 9 others were suspended.",
     _f((56, None), (9, SUS))),
    ("Officers who are dismissed can appeal, and 31 appeals were lodged last year.", _f((31, None))),
    ("After seven officers were sacked in 2022, a further 20 officers were moved to other stations.",
     _f((7, DIS), (20, None))),
    ("The 60 officers who were suspended last year included 12 who were later fired.", _f((60, SUS), (12, DIS))),
    ("Eight officers were charged, and 22 officers gave evidence.", _f((8, "charged"), (22, None))),
    ("Some 90 allegations were received; 11 were upheld.", _f((90, None), (11, MP))),
    # a UK complaint upheld finds the service wanting, not misconduct proven
    ("Of the 1,200 complaints against the force in 2022, 180 were upheld.", _f((1200, None), (180, None))),
]

# What this branch leaves unread, and why (strict: a case read later fails until it leaves).
MISSED: set = {
    # an active "upheld" before a count is also a court's word ("the Court of Appeal upheld the decision"):
    # the figure path reads "upheld" only as a passive or after a finding's noun
    "The ombudsman upheld 23 allegations against officers in 2021.",
    # "faced" before a sanction's noun is a risk, before a finding's or a charge's noun a fact ("faced
    # findings of misconduct", "faced criminal charges"): not told apart, so "faced" refuses nothing
    "Nine officers faced dismissal at hearings this year.",
}
