"""Whose figures they are when a body is the subject of a verb of compiling (org19):
mini-articles written for this work (UK, Irish, US; none copied from an article or a gold
file). SPEC's org is whose figures: the body that received, recorded, reviewed, closed or
found the count. English names that body as the subject of such a verb, by its name or by
its kind ("the agency", "the board", "the commissioner", "the newspaper") a sentence or three
after naming it, and names the other bodies of the clause after a preposition: the force
complaints are against, whose officers were counted, whose files were read. The subject is
whose; the nearer body is not.

Each case is (text, expected) as in org11_battery.py: expected is a list of accepted names
for every figure, or a dict from a figure's number as written to such a list."""

# (the body as first named, its kind's word, the names accepted for it)
OVERSIGHT = [
    ("The Office of Police Complaints in Harbor City", "agency", ["Office of Police Complaints", "OPC"]),
    ("The Civilian Complaint Review Board", "board", ["CCRB", "Civilian Complaint Review Board"]),
    ("The Citizen Police Review Board in Marlow", "board", ["Citizen Police Review Board"]),
    ("The Garda Síochána Ombudsman Commission", "commission", ["GSOC", "Garda Síochána Ombudsman Commission"]),
    ("The Police Investigations and Review Commissioner", "commissioner", ["PIRC"]),
    ("The Office of the Inspector General for Lakeview", "office", ["Office of the Inspector General", "OIG"]),
    ("The Independent Office for Police Conduct", "watchdog", ["IOPC"]),
    ("The Office of Civilian Review in Eastport", "agency", ["Office of Civilian Review"]),
]
# the body the count is about, named after a preposition nearer the count than the subject
TARGETS = ["the Eastport Police Department", "the Metropolitan Police", "the Harris County Sheriff's Office",
           "Kent Police", "the Marlow Police Department", "the Baltimore Police Department"]
# the count's clause, the body named inside it after a preposition; {K}: the subject
CLAUSES = [
    "{K} received {N} complaints against officers of {T} in 2022.",
    "In 2022 {k} closed {N} complaints against members of {T}.",
    "{K} has also reviewed {N} complaints referred by {T}.",
    "Last year {k} opened {N} investigations into officers of {T}.",
    "{K} logged {N} allegations about {T} in the year to March.",
    "{K} found that {T} had failed to finish {N} per cent of its internal investigations.",
]
# what stands between the naming and the count: distance 0 to 3 sentences
LEADS = [
    "",
    "{B} published its annual report on Tuesday. ",
    "{B} published its annual report on Tuesday. It covers the twelve months to March. ",
    "{B} published its annual report on Tuesday. It covers the twelve months to March. "
    "Its director called the year a difficult one. ",
]


def _case(k: int) -> tuple[str, dict]:
    body, kind, names = OVERSIGHT[k % len(OVERSIGHT)]
    clause = CLAUSES[k % len(CLAUSES)]
    lead = LEADS[(k // len(OVERSIGHT)) % len(LEADS)]  # every body at every distance
    target = TARGETS[k % len(TARGETS)]
    subject = "the " + kind if lead else body[0].lower() + body[1:]
    number = str(140 + 7 * k)
    sentence = clause.replace("{K}", subject[0].upper() + subject[1:]).replace("{k}", subject)
    sentence = sentence.replace("{T}", target).replace("{N}", number)
    return "Oversight\n\n" + lead.replace("{B}", body) + sentence, {number: names}


AGENTS = [_case(k) for k in range(32)]

# a newsroom as the subject: by its name, by "an investigation by", or as "the newspaper"
PAPERS = ["Denverton Post", "Riverside Herald", "Courier-Journal", "Evening Echo", "Carlow Gazette"]
NEWSROOM_SHAPES = [
    "The {P} compiled a list of {N} officers of {T} with criminal convictions.",
    "An investigation by the {P} found {N} deputies of {T} had been disciplined for lying.",
    "The {P} obtained records from {T}. The newspaper identified {N} officers who had been investigated twice.",
    "The {P} requested files from {T} in March. Months later, the paper documented {N} cases of "
    "officers who kept their jobs after a finding of dishonesty.",
    "A review by the {P} found {N} complaints against {T} had never been answered.",
    "The {P}'s reporters identified {N} officers of {T} who had moved to another force.",
]


def _newsroom(k: int) -> tuple[str, dict]:
    paper = PAPERS[k % len(PAPERS)]
    shape = NEWSROOM_SHAPES[k % len(NEWSROOM_SHAPES)]
    number = str(310 + 11 * k)
    text = shape.replace("{P}", paper).replace("{T}", TARGETS[k % len(TARGETS)]).replace("{N}", number)
    return "Investigation\n\n" + text, {number: [paper, "The " + paper]}


NEWSROOMS = [_newsroom(k) for k in range(12)]

MARLOW = ["Marlow Police Department"]
EASTPORT = ["Eastport Police Department"]
# near sentences: the subject's clause has ended, no body is its verb's subject, the verb is
# no verb of compiling, or the body is named only after a preposition: the reading is as before
NEAR = [
    ("Oversight\n\nThe Citizen Police Review Board in Marlow met on Monday. The Marlow Police "
     "Department fired 9 officers last year.", {"9": MARLOW}),
    ("Oversight\n\nThe board reviewed the year's cases; the Marlow Police Department fired 9 "
     "officers.", {"9": MARLOW}),
    ("Oversight\n\nThe Citizen Police Review Board reviewed 212 complaints, but the Marlow Police "
     "Department upheld only 9.", {"9": MARLOW}),
    ("Oversight\n\nThe Citizen Police Review Board reviewed 212 complaints, and the Marlow Police "
     "Department later upheld 9 of them.", {"9": MARLOW}),
    ("Oversight\n\nComplaints to the agency rose sharply. The Eastport Police Department closed "
     "300 complaints in 2022.", {"300": EASTPORT}),
    ("Oversight\n\nThe Office of Civilian Review in Eastport was set up in 2001. The Eastport "
     "Police Department sustained 61 complaints against its officers last year.", {"61": EASTPORT}),
    ("Oversight\n\nThe Eastport Police Department received 300 complaints in 2022.", {"300": EASTPORT}),
    ("Oversight\n\nKent Police recorded 310 complaints in 2022 and upheld 44.", ["Kent Police"]),
    ("Oversight\n\nThe Metropolitan Police dismissed 45 officers in 2023.",
     ["Metropolitan Police", "Met Police"]),
    ("Oversight\n\nThe Independent Office for Police Conduct received 4,100 referrals; Kent Police "
     "dismissed 12 officers.", {"12": ["Kent Police"]}),
    ("Oversight\n\nThe newspaper said the Eastport Police Department fired 9 officers in 2022.",
     {"9": EASTPORT}),
    ("Oversight\n\nThe Harris County Sheriff's Office fired 12 deputies in 2021.",
     ["Harris County Sheriff's Office"]),
    ("Oversight\n\nThe Eastport Police Department opened 143 internal investigations last year.",
     EASTPORT),
    ("Oversight\n\nThe Office of Police Complaints in Harbor City was created in 2001. The Harbor "
     "City Police Department sustained 61 complaints last year.", {"61": ["Harbor City Police Department"]}),
    ("Oversight\n\nPolice Scotland received 6,100 complaints in 2022-23.", ["Police Scotland"]),
    ("Oversight\n\nThe Garda Síochána suspended 23 members in 2022.", ["An Garda Síochána"]),
    ("Oversight\n\nThe Baltimore Police Department closed 412 complaints in 2022, and the Civilian "
     "Review Board reviewed 90 of them.", {"412": ["Baltimore Police Department"]}),
    ("Oversight\n\nThe Civilian Complaint Review Board has existed since 1993. The NYPD disciplined "
     "520 officers last year.", {"520": ["NYPD"]}),
    ("Oversight\n\nThe IOPC investigated a death in custody. Essex Police dismissed 14 officers "
     "last year.", {"14": ["Essex Police"]}),
    ("Oversight\n\nThe Eastport Police Department received 300 complaints in 2022, the Office of "
     "Civilian Review said.", {"300": EASTPORT + ["Office of Civilian Review"]}),
    ("Oversight\n\nThe Denverton Post reported that the Eastport Police Department fired 9 "
     "officers.", {"9": EASTPORT}),
    ("Oversight\n\nThe Marlow Police Department reviewed 64 cases of officers accused of domestic "
     "abuse.", MARLOW),
    ("Oversight\n\nThe Metropolitan Police received 1,200 complaints against its officers in 2022.",
     ["Metropolitan Police", "Met Police"]),
]

CASES = AGENTS + NEWSROOMS + NEAR
