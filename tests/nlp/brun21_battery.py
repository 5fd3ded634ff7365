"""Counts in brackets after the kinds a run-on list names: figures of those kinds (brun21).

Mechanism: "officers were dismissed for lying (17), theft (12) and bullying (5)": a
sentence that names conduct or an outcome and lists at least three kinds, each written in
lowercase and followed by its count in brackets, each ending an item of the list (a comma, a
semicolon, "and"/"or", or the sentence's end after it), gives one figure a kind; each counts
what the sentence counts. Variants: "and"/"or" before the last item, semicolons, kinds of one
word or several ("unlawful access or disclosure of information (82)"), a verb or a colon
before the list, outcomes, complaints or allegations counted, UK, Irish and US wording.
KEEPS (no figure): the same run in a sentence about anything but conduct ("towns (12),
villages (40) and hamlets (8)"), a run of numbered parts of a text ("regulation (2), section
(4) and rule (5)"), numbers in brackets with no word before them ("steps (1), (2) and (3)").

Written for this battery, in our own words: short texts; places and bodies are invented.
"""



def _v(*values):
    return [{"value": v} for v in values]


RUNS = [
    ("Officers were dismissed for lying (17), theft (12) and bullying (5).", _v(17, 12, 5)),
    ("The reasons for dismissal were theft (12), bullying (9), drink driving (7) and fraud (3).", _v(12, 9, 7, 3)),
    ("Complaints were made about rudeness (40), neglect of duty (31), racism (5) and incivility (4).",
     _v(40, 31, 5, 4)),
    ("Allegations included sexual harassment (22); theft (14); assault (11); and corruption (6).",
     _v(22, 14, 11, 6)),
    ("Deputies were fired for lying (9), theft (6) or drug use (4).", _v(9, 6, 4)),
    ("Gardaí were suspended for drink driving (9), assault (5), leaking information (3) and fraud (2).",
     _v(9, 5, 3, 2)),
    ("The most common grounds for sacking were dishonesty (57), misuse of systems (33) and bullying (18).",
     _v(57, 33, 18)),
    ("Other cases involved domestic abuse (26), child sexual offences (21) and drugs (44).", _v(26, 21, 44)),
    ("Officers on the barred list were dismissed for dishonesty (80), assault (19) and stalking (7).",
     _v(80, 19, 7)),
    ("The board sustained complaints of rudeness (17), unlawful arrest (12) and neglect of duty (9).",
     _v(17, 12, 9)),
    ("Troopers were disciplined for speeding (30), sleeping on duty (11) and misuse of radios (6).",
     _v(30, 11, 6)),
    ("Allegations of misconduct concerned dishonesty (45), racism (13), sexism (7) and bullying (20).",
     _v(45, 13, 7, 20)),
    ("Constables were sacked for theft (5), fraud (4) and falsifying records (3) last year.", _v(5, 4, 3)),
    ("The reasons officers resigned under investigation were drugs (6), assault (4) and theft (2).",
     _v(6, 4, 2)),
    ("Complaints fell under discourtesy (210), improper search (95) and unlawful detention (40).",
     _v(210, 95, 40)),
    ("Staff were dismissed for misuse of data (14), dishonesty (11) and abuse of position (6).", _v(14, 11, 6)),
    ("The panel found misconduct proven for lying (7), bullying (5) and harassment (3).", _v(7, 5, 3)),
    ("Deputies were suspended for insubordination (12), tardiness (7), or rudeness (5).", _v(12, 7, 5)),
    ("The watchdog upheld allegations of theft (9), racism (4) and sexual assault (2).", _v(9, 4, 2)),
    ("The most frequent misconduct was neglect of duty (64), discreditable conduct (48) and rudeness (22).",
     _v(64, 48, 22)),
    ("Officers were convicted of drink driving (15), assault (9) and fraud (6).", _v(15, 9, 6)),
    ("Officers were barred for dishonesty (33), violence (21), drugs (12) and stalking (4).",
     _v(33, 21, 12, 4)),
    ("Complaints to the ombudsman alleged oppressive behaviour (150), incivility (90) and failure in duty (60).",
     _v(150, 90, 60)),
    ("The force dismissed officers for theft (4), fraud (3), assault (2) and drugs (1).", _v(4, 3, 2, 1)),
    ("Gardaí were disciplined for neglect of duty (27), discourtesy (19) and abuse of authority (6).",
     _v(27, 19, 6)),
    ("The department fired officers for lying (10), excessive drinking (7) and theft (5).", _v(10, 7, 5)),
    ("Officers were dismissed for gross misconduct involving dishonesty (18), bullying (6) and assault (5).",
     _v(18, 6, 5)),
    ("Sustained allegations were of rudeness (31), unprofessional conduct (22) and improper stops (14).",
     _v(31, 22, 14)),
    ("Misconduct hearings dealt with dishonesty (29), sexual misconduct (17) and drugs (11).", _v(29, 17, 11)),
    ("Deputies resigned during inquiries into theft (3), assault (2) and harassment (2).", _v(3, 2, 2)),
]

NOT_FIGURES = [
    "The county has towns (12), villages (40) and hamlets (8).",
    "The canteen sold sandwiches (120), salads (45) and soups (30) in the week.",
    "The station has cars (12), vans (4) and bikes (9).",
    "Volunteers planted trees (40), shrubs (25) and bulbs (300) in the park.",
    "The survey asked about parking (12), lighting (7) and litter (30) near the station.",
    "The library lent novels (210), atlases (14) and magazines (66) last month.",
    "The farm kept sheep (80), goats (12) and hens (35).",
    "The officers were dismissed under regulation (2), section (4), rule (5) and schedule (7) of the code.",
    "The officer was dismissed under article (3), clause (4) and chapter (9) of the rules.",
    "The misconduct panel considered steps (1), (2) and (3) of the procedure.",
    "The dismissal letter cited paragraph (2), subsection (5) and annex (3) of the code.",
    "The misconduct code is set out in section (3), section (4) and section (6) of the act.",
    "The garden show had roses (30), tulips (25) and lilies (10).",
    "The school counted pupils in reception (30), nursery (24) and year one (28).",
    "The misconduct file covers pages (12), (13) and (14).",
]
