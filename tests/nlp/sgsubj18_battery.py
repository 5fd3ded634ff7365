"""A group's outcome names the group as written (SPEC section 1: a few people named or
described together in one event are ONE Outcome "whose subject is the group as written").
Every sentence was written for this battery; names, places and forces are invented.

The mechanism is the English noun phrase of a group, read from its first word:

    count + modifiers + noun      "Two Kent deputies", "three former officers"
    opener + count + noun         "the two deputies", "all three constables",
                                  "the other four officers", "another two PCs"
    quantifier + noun             "both officers", "both Garda members"
    partitive / counted anaphor   "two of the deputies", "Two of them (three deputies)"
    coordination                  "Sgt. Ann Roe and Officer Bo Lee",
                                  "Deputies Cole, Ruiz and Park" (a plural title is every member's)

GROUPS: (text, outcome, the one subject of that outcome, exactly as the tool must give it)
SINGLE: (text, outcome, subject) - one person: the subject stays as today, no determiner
REFUSED: (text, outcome) - a tally across cases or a group with no event: no outcome at all
"""

GROUPS = [
    # a count with its modifiers, passive, in several tenses, US and UK verbs
    ("Two Kent deputies were fired on Monday after an internal review.", "dismissed", "Two Kent deputies"),
    ("Three Dorset constables have been sacked for gross misconduct.", "dismissed", "Three Dorset constables"),
    ("Two off-duty officers were suspended after a bar fight in Salem.", "suspended", "Two off-duty officers"),
    ("Three former officers were indicted by a federal grand jury on Thursday.", "charged",
     "Three former officers"),
    ("Four Gardaí were suspended from duty on Friday.", "suspended", "Four Gardaí"),
    ("Two Millbrook jailers were arrested on Tuesday after an inmate died.", "arrested", "Two Millbrook jailers"),
    ("Two state troopers have been placed on administrative leave after the chase.", "suspended",
     "Two state troopers"),
    ("Three detectives were dismissed without notice after the hearing.", "dismissed", "Three detectives"),
    ("Two sergeants had been suspended before the inquiry opened.", "suspended", "Two sergeants"),
    ("Five correctional officers were charged in the beating of a prisoner.", "charged",
     "Five correctional officers"),
    ("Two Met officers were found guilty of gross misconduct on Wednesday.", "gross_misconduct_proven",
     "Two Met officers"),
    ("Three deputies resigned on Friday after the video surfaced.", "resigned", "Three deputies"),
    # an opener before the count: the, all, the other, another, the remaining
    ("The two deputies were fired after an internal review.", "dismissed", "The two deputies"),
    ("On Friday the three constables were dismissed by the chief constable.", "dismissed",
     "the three constables"),
    ("All three officers were dismissed for gross misconduct.", "dismissed", "All three officers"),
    ("All four troopers were suspended without pay after the crash.", "suspended", "All four troopers"),
    ("The other four officers were placed on administrative leave.", "suspended", "The other four officers"),
    ("Another two constables were dismissed on Friday.", "dismissed", "Another two constables"),
    ("The remaining three officers were given final written warnings.", "final_written_warning",
     "The remaining three officers"),
    ("A panel heard the case in June, and all three sergeants were sacked.", "dismissed",
     "all three sergeants"),
    # "both"
    ("Both officers were suspended without pay.", "suspended", "Both officers"),
    ("Both deputies were fired on Tuesday.", "dismissed", "Both deputies"),
    ("Both constables have since been dismissed.", "dismissed", "Both constables"),
    ("After the hearing both officers were sacked.", "dismissed", "both officers"),
    # a partitive and a counted anaphor: the group it is counted from, as written
    ("Two of the deputies were fired last week.", "dismissed", "Two of the deputies"),
    ("Three deputies were suspended after the crash. Two of them were later fired.", "dismissed",
     "Two of them (Three deputies)"),
    ("Four Leeds officers were arrested in May. Two of them have since been dismissed.", "dismissed",
     "Two of them (Four Leeds officers)"),
    ("A grand jury indicted four Salem officers on Monday. On Tuesday, the four were arrested.", "arrested",
     "the four (four Salem officers)"),
    # coordination: every member as written, a plural title is every member's
    ("Sgt. Ann Roe and Officer Bo Lee were fired on Monday.", "dismissed", "Sgt. Ann Roe and Officer Bo Lee"),
    ("PC Tom Smith and PC Ray Jones were dismissed without notice.", "dismissed",
     "PC Tom Smith and PC Ray Jones"),
    ("Sergeant Tom Hale and Constable Ian Moss were dismissed at a misconduct hearing.", "dismissed",
     "Sergeant Tom Hale and Constable Ian Moss"),
    ("Garda John Byrne and Garda Sean Kelly were suspended from duty.", "suspended",
     "Garda John Byrne and Garda Sean Kelly"),
    ("Deputies Cole, Ruiz and Park were indicted on Tuesday.", "charged", "Deputies Cole, Ruiz and Park"),
    ("Officers Dana Reyes, Mark Ortiz, and Paul Chen were fired on Thursday.", "dismissed",
     "Officers Dana Reyes, Mark Ortiz and Paul Chen"),
    ("Officers Dana Reyes, Mark Ortiz and Paul Chen were fired on Thursday.", "dismissed",
     "Officers Dana Reyes, Mark Ortiz and Paul Chen"),
    ("Troopers Ben Ash and Cal Doe were charged with assault.", "charged", "Troopers Ben Ash and Cal Doe"),
    ("Detective Constables Amy Shaw and Lee Grant were sacked.", "dismissed",
     "Detective Constables Amy Shaw and Lee Grant"),
    ("Former deputies Jake Moon and Rita Vale were sentenced to two years in prison.", "jailed",
     "Former deputies Jake Moon and Rita Vale"),
    ("PCs Ann Roe and Bo Lee were dismissed.", "dismissed", "PCs Ann Roe and Bo Lee"),
    ("The sheriff fired Deputies Ian Cole and Max Ruiz on Friday.", "dismissed", "Deputies Ian Cole and Max Ruiz"),
    ("The chief fired Officers Ray Tate and Lee Park.", "dismissed", "Officers Ray Tate and Lee Park"),
    ("Officer Mia Ford and her partner, Officer Sam Pitt, were fired.", "dismissed",
     "Officer Mia Ford and Officer Sam Pitt"),
    ("PC Dan Hart and his colleague, PC Joe Webb, were dismissed.", "dismissed", "PC Dan Hart and PC Joe Webb"),
]

SINGLE = [
    ("A Kent deputy was fired on Monday.", "dismissed", "Kent deputy"),
    ("The officer was dismissed without notice.", "dismissed", "officer"),
    ("Deputy Cole was fired on Tuesday.", "dismissed", "Deputy Cole"),
    ("A former Dorset constable has been sacked for gross misconduct.", "dismissed", "former Dorset constable"),
    ("PC Tom Smith was dismissed after the hearing.", "dismissed", "PC Tom Smith"),
    ("Garda Sean Kelly was suspended from duty.", "suspended", "Garda Sean Kelly"),
    ("Sgt. Ann Roe was fired on Monday.", "dismissed", "Sgt. Ann Roe"),
    ("An off-duty officer was suspended after a bar fight.", "suspended", "off-duty officer"),
    ("One of the deputies was fired last week.", "dismissed", "One of the deputies"),
    ("A Millbrook jailer was arrested on Tuesday after an inmate died.", "arrested", "Millbrook jailer"),
]

REFUSED = [
    ("45 officers were dismissed last year.", "dismissed"),
    ("Some 120 officers were suspended in the year to March, figures show.", "suspended"),
    ("Over the past decade, 300 deputies were fired.", "dismissed"),
    ("A total of 18 constables were sacked in 2023.", "dismissed"),
    ("Figures obtained by the paper show 62 officers were dismissed between 2019 and 2023.", "dismissed"),
    ("More than 40 troopers resigned last year.", "resigned"),
    ("Nearly 90 officers were suspended on full pay at the end of March.", "suspended"),
    ("Officers were fired for misconduct in several forces.", "dismissed"),
    ("Many officers have been sacked since the rules changed.", "dismissed"),
    ("The officers were fired on Friday.", "dismissed"),
    ("Hundreds of officers were dismissed across England last year.", "dismissed"),
    ("Two men were arrested after the officers arrived.", "arrested"),
    ("Three protesters were charged after the march.", "charged"),
    ("Two inmates were charged with assaulting a jailer.", "charged"),
    ("The two victims were taken to hospital.", None),
    ("Both drivers were arrested at the scene.", "arrested"),
    ("Four suspects were charged after officers raided the house.", "charged"),
    ("The deputies arrested three men on Monday.", "arrested"),
    ("Two officers fired their weapons during the chase.", "dismissed"),
    ("All three officers fired shots, the report said.", "dismissed"),
    ("Three officers were injured in the crash.", None),
    ("In 2022, 14 officers were dismissed and 30 resigned.", "dismissed"),
]
