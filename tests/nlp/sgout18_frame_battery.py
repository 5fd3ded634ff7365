"""The sgout18 page-frame battery: a counted group of officers whose own sentence says neither
one event nor a tally ("Six deputies were suspended without pay.") is one Outcome of the group
when the page reports one case, and a figure only on a statistics page.

The frame is set by the page's headline and opening (nlp/outcomes/article_frame.py), so every
case here is a short whole article: a headline, an opening paragraph, then the counted group.

Shapes crossed: opening of one case (a jail death, a raid, a video of a beating, a named
person, a death in custody, footage of a party, a plea in court, a shooting; US / UK / Irish)
x the group's clause (passive past, passive perfect, active with the group as object,
intransitive past, "have been placed on leave", a perfect passive with "from duty") x count
(five to twelve, in words and digits). Near pages that must not give the group an outcome:
statistics, FOI, annual-report, data and "rise in" openings; a page whose opening says nothing
of what it reports; and, on a one-case page, a count with a period, a total, an approximation,
a percentage or a comparison. Sentences are our own; names, places and forces are invented.

STATED: (text, outcome, subject words, months)
REFUSED: (text, outcome that must not be found)
"""

# ---- openings of one case: a headline and a first paragraph that name one incident
ONE_CASE = [
    "Deputies disciplined after inmate dies in Harlow County jail\n\n"
    "An inmate died at the Harlow County jail early on Sunday after a struggle with guards, the sheriff's office said.",
    "Officers face discipline over wrong-house raid\n\n"
    "A family in Westfield says officers broke down their door in a raid on the wrong house.",
    "Video shows officers punching handcuffed man\n\n"
    "A bystander's video shows a handcuffed man being punched by officers outside a bar in Corrine.",
    "Family of Jordan Pike demands answers\n\n"
    "The family of Jordan Pike, 24, who was hurt while being detained in Millbrook, called for an independent inquiry.",
    "Officers disciplined over man's death in custody\n\n"
    "A man died in a police cell in Stourfield after being restrained by officers, an inquest heard.",
    "Gardaí disciplined over station party footage\n\n"
    "Footage of a party held inside a garda station in Ballykeel was shared widely on social media.",
    "Former guards admit abuse of prisoner\n\n"
    "Former guards at the Ridley County jail pleaded guilty in federal court to beating a prisoner in his cell.",
    "Teenager shot by police during traffic stop\n\n"
    "A 17-year-old was shot by police in Dunmore during a traffic stop, his family said.",
]

# ---- the group's clause: nothing in it says one event or a tally
GROUP_CLAUSES = [
    ("Six deputies were suspended without pay.", "suspended", "deputies"),
    ("Seven officers have been placed on administrative leave.", "suspended", "officers"),
    ("The chief fired eight officers.", "dismissed", "officers"),
    ("Five constables were sacked.", "dismissed", "constables"),
    ("Nine officers resigned.", "resigned", "officers"),
    ("12 officers have been suspended from duty.", "suspended", "officers"),
]

STATED = [(f"{opening}\n\n{clause}", outcome, subject, None)
          for opening in ONE_CASE for clause, outcome, subject in GROUP_CLAUSES]

# ---- openings that frame a page of counts
TALLY_PAGES = [
    "Misconduct figures published\n\n"
    "Figures obtained by this newspaper show how officers in the county were disciplined.",
    "Force publishes its annual discipline report\n\n"
    "The annual report sets out the outcome of every misconduct case heard by the force.",
    "Sheriff's office releases internal affairs data\n\n"
    "Data released by the sheriff's office cover internal affairs investigations into deputies.",
    "Freedom of Information request reveals sackings\n\n"
    "A Freedom of Information request has shown how gardaí were disciplined by the force.",
    "Rise in officers facing misconduct hearings\n\n"
    "The number of officers facing misconduct hearings has grown, the watchdog said.",
]
# ---- an opening that says nothing of what the page reports
NO_FRAME = [
    "Sheriff's office update\n\nThe sheriff's office issued a statement to reporters.",
]
# ---- on a one-case page, the count's own sentence makes it a tally
COUNTED = [
    ("Six deputies were suspended last year.", "suspended"),
    ("A total of seven officers have been placed on administrative leave.", "suspended"),
    ("More than eight officers were fired.", "dismissed"),
    ("About nine constables were sacked.", "dismissed"),
    ("Ten officers have been suspended since 2019.", "suspended"),
    ("Seven officers were fired, up from three the year before.", "dismissed"),
    ("Eleven per cent of officers were suspended.", "suspended"),
    ("Twelve officers resigned between 2020 and 2023.", "resigned"),
]

REFUSED = ([(f"{opening}\n\n{clause}", outcome)
            for opening in TALLY_PAGES + NO_FRAME for clause, outcome, _subject in GROUP_CLAUSES[:4]] +
           [(f"{opening}\n\n{clause}", outcome) for opening in ONE_CASE[:3] for clause, outcome in COUNTED])

# ---- a pronoun after the counted group names the group as written, its count with it
STATED += [
    (f"{ONE_CASE[0]}\n\nThe other six deputies were on duty that night. They have all been suspended.",
     "suspended", "six deputies", None),
    (f"{ONE_CASE[4]}\n\nSeven constables restrained the man. They were later sacked.", "dismissed", "seven constables", None),
    (f"{ONE_CASE[2]}\n\nEight officers were at the scene. They have since been fired.", "dismissed", "eight officers", None),
]
