"""Outcomes stated by shapes batch-12 showed unread (outb12): an inverted copula ("Among the
dismissed officers was PC X"), groups with "other", a charge as a thing the person faces or a
charge added, court dispositions short of a sentence (community service, a plea agreement),
findings after "to determine that", reduced relatives ("an officer suspended this week"),
verdicts by a majority, shares of a group ("Three of the four officers retired"); and what
states none: "led to the arrests of", "avoids prison". Written for this battery (names, places,
bodies invented), UK, Irish and US.

STATED: (text, outcome, subject words that must all be in the subject or None, months or None)
REFUSED: (text, outcome that must not be found, or None for no outcome at all)
"""

STATED = [
    # ---- inverted copula: "Among the <participle> officers was X"
    ("Among the dismissed officers was Constable Harriet Lyle, who had served for nine years.", "dismissed", "Lyle", None),
    ("Among the suspended deputies was Sergeant Amos Kell.", "suspended", "Kell", None),
    ("Among the officers convicted was PC Gareth Moyle, who was jailed last year.", "convicted", "Moyle", None),
    ("Among those charged was Officer Dana Whitlock of the Elmira police department.", "charged", "Whitlock", None),
    # ---- groups with "other"
    ("Two other Tulsa police officers were indicted in the same scheme.", "charged", "officers", None),
    ("Four other deputies were fired after the review.", "dismissed", "deputies", None),
    ("Three other constables were suspended while the investigation continues.", "suspended", "constables", None),
    # ---- a charge as a thing the person faces, a charge added
    ("Officer Lyle Brandt also faces a malfeasance in office charge in Caddo District Court.", "charged", "Brandt", None),
    ("Deputy Carla Voss faces a felony charge of official oppression.", "charged", "Voss", None),
    ("Sergeant Dale Priddy now faces charges of theft and forgery.", "charged", "Priddy", None),
    # ---- court dispositions
    ("A former Ohio deputy will perform 40 hours of community service for lying to investigators.", "other", "deputy", None),
    ("Officer Tobias Rand was ordered to perform 100 hours of community service.", "other", "Rand", None),
    ("Former trooper Glen Haskins entered into a plea agreement on a charge of official misconduct.", "convicted", "Haskins", None),
    # ---- findings after "to determine that"
    ("Investigators reviewed bodycam footage to determine that Officer Nell Ashby violated the department's use-of-force policy.", "misconduct_proven", "Ashby", None),
    # ---- reduced relative and headline participle
    ("A Garda sergeant suspended last month as an inquiry into his conduct continues is to retire.", "suspended", "sergeant", None),
    ("A deputy sheriff suspended this week as an investigation into claims against him continues has retired.", "suspended", "deputy", None),
    ("A garda suspended this morning over a crash has hired a solicitor.", "suspended", "garda", None),
    # ---- verdict by a majority
    ("Garda Shane Mulry was found guilty by a 10-2 majority at Limerick Circuit Criminal Court.", "convicted", "Mulry", None),
    ("PC Liam Dorsey was found guilty by a majority verdict of assault.", "convicted", "Dorsey", None),
    # ---- share of a group
    ("Three of the four officers retired before a misconduct hearing could take place.", "retired", "officers", None),
    ("Two of the six detectives resigned before the tribunal sat.", "resigned", "detectives", None),
    # ---- an apposition naming a parent is no count of cases
    ("Garda Ian Roe, a father of two, was jailed for a year.", "jailed", "Roe", 12.0),
    ("PC Nadia Fell, a mother of three, was dismissed without notice.", "dismissed", "Fell", None),
    # ---- "other" ties a group to the story's event, even "last year"
    ("Two other deputies were fired last year.", "dismissed", "deputies", None),
    # ---- an arrest is an arrest
    ("The wiretap led to the arrest of Deputy Ray Colt in June.", "arrested", "Colt", None),
    ("Among the fired deputies were Deputy Al Bray and Deputy Cy Moss.", "dismissed", "Bray", None),
]

REFUSED = [
    ("The tip-off led to the arrests of three men in Leeds.", "charged"),
    ("Officer Wade Cline said he feared being indicted like his partner.", "charged"),
    ("Deputy Jo Kerr fears being sacked over the video.", "dismissed"),
    ("The tip-off led to the arrests of three men in Leeds.", None),
    ("Among the officers at the scene was PC Dana Hurst.", None),
    ("Among those at the hearing was Sergeant Ann Cole.", None),
    ("Officer Kim Dunn faces possible charges of assault.", "charged"),
    ("Sergeant Abe Lusk is facing the most serious disciplinary charges the force can bring.", "charged"),
    ("Deputy Rhea Kemp faces an internal misconduct charge over the pursuit.", "charged"),
    ("The inquiry will try to determine whether Officer Tim Roe violated department policy.", "misconduct_proven"),
    ("Forty other officers were dismissed last year.", "dismissed"),
    ("Three officers were charged last year, the annual report says.", "charged"),
    ("In 21 of the cases the officer was dismissed.", "dismissed"),
    ("The chief suspended this year's promotion round.", None),
    ("The mayor suspended this week's council meeting after the vote.", None),
    # ---- a sentence that counts many people's sanctions is a tally, its small groups too
    ("Records show three officers were demoted, six had their pay cut, 38 received a final written warning and 52 received a written warning.", None),
    ("Over five years two sergeants were reduced in rank and 61 received a written warning.", None),
    ("The report counts how many convicted officers kept their jobs across Scotland.", "convicted"),
]
