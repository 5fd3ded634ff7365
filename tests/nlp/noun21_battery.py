"""Outcomes stated by a noun or a frame rather than by the outcome's own verb, written for the
noun21 work (invented forces, people and places; no sentence copied from a dev set or a
held-out page).

Mechanism: English names an act done to an officer by its noun, and the person by a possessive
determiner, a genitive or an of-phrase ("their dismissal", "the demotion of Sergeant X",
"his reinstatement"), or by a decision noun with the act's verb as its to-infinitive ("the
county's decision to fire X", "the vote to terminate her employment"); a verdict, a jury or
the justice system is the subject of "cleared" with the officer as its object, with or without
"of"; a conviction is a noun received ("received District Court convictions"). A definite or
possessed noun presupposes the act happened; where the article states the act by its verb for
the same person, the noun restates it (one event, one Outcome).

Variants written below: possessive "their" with and without a pre-modifier, after "announced",
"confirmed", "upheld", "followed", in a subordinate clause; the plural noun ("their
suspensions"); "demotion of" and "his / her demotion"; "ordered / upheld / granted his
reinstatement"; "decision / vote / order / ruling to fire / dismiss / sack / terminate /
discharge X" after a genitive, "the", "its" or "a", in the active and as a subject; "to
terminate his / her employment / contract"; "the verdict / the jury's verdict / the jury /
the justice system cleared / clears / exonerated X (of ...)"; "received / got District /
Crown / Circuit / magistrates' court convictions", singular and plural. UK, Irish and US
wording.

STATED: (text, outcome, subject words, months). REFUSED: (text, outcome) that must not be
found: the noun of a thing ("the dismissal of the case", "decision to fire her weapon"), a
decision yet to come, a demand or an appeal for the act, "their" owned by no officer, a verdict
clearing the way, things received that are no outcome (a complaint, an award), and the brief's
near frames ("could face charges", "faces a hearing", "faces a lawsuit", "a suspect faces
charges").
"""

STATED = [
    # possessive "their" + the act's noun
    ("Two jailers slept through the cell checks. The sheriff confirmed their firing on Friday.",
     "dismissed", "jailers", None),
    ("Three campus officers lied about the crash. The university announced their dismissal from the force.",
     "dismissed", "campus officers", None),
    ("Two Harrowgate constables shared the images. The chief constable said their sacking sent a clear message.",
     "dismissed", "constables", None),
    ("Both detectives stole from the evidence room, and the city upheld their termination last week.",
     "dismissed", "detectives", None),
    ("Four Linwood deputies left an inmate in a hot van. Their immediate dismissal followed the review.",
     "dismissed", "deputies", None),
    ("Two gardaí were found drinking on duty in Ballymore. The Commissioner confirmed their suspension.",
     "suspended", "gardaí", None),
    ("Two troopers crashed a cruiser while drunk. The colonel announced their suspensions without pay.",
     "suspended", "troopers", None),
    # demotion and reinstatement named by the noun
    ("Sergeant Cara Mott lied about her overtime. The board upheld the demotion of Sergeant Cara Mott.",
     "other", "Cara Mott", None),
    ("The chief ordered the demotion of Lieutenant Owen Pratt after the audit.", "other", "Owen Pratt", None),
    ("Inspector Ruth Kell misled the inquiry. Her demotion to sergeant took effect on Monday.",
     "other", "Ruth Kell", None),
    ("Captain Joe Varga ignored the use-of-force policy, and his demotion was announced on Tuesday.",
     "other", "Joe Varga", None),
    ("Officer Len Bram was fired for a choke hold. The arbitrator disagreed, ordering his reinstatement with back pay.",
     "other", "Len Bram", None),
    ("Deputy Ava Stone was dismissed in 2021. A judge ordered her reinstatement last month.",
     "other", "Ava Stone", None),
    ("Constable Ian Fogg appealed against the sanction, and the tribunal granted his reinstatement.",
     "other", "Ian Fogg", None),
    ("Trooper Neil Haas won his appeal. The commission upheld his reinstatement on Thursday.",
     "other", "Neil Haas", None),
    # a decision to fire, named by its noun
    ("The commission upheld the city's decision to fire Officer Gail Rusk.", "dismissed", "Gail Rusk", None),
    ("The council backed the mayor's decision to dismiss Chief Ron Tully.", "dismissed", "Ron Tully", None),
    ("The board's unanimous vote to terminate Sergeant Pia Lowe ended a year of hearings.",
     "dismissed", "Pia Lowe", None),
    ("A judge upheld the department's decision to sack PC Dom Reilly over the messages.",
     "dismissed", "Dom Reilly", None),
    ("The sheriff explained his decision to fire Deputy Lou Barr in a short statement.",
     "dismissed", "Lou Barr", None),
    ("The hearing examiner affirmed the order to discharge Officer Tess Moran.", "dismissed", "Tess Moran", None),
    ("Deputy Sam Vance lied under oath. The complaint led to the county's decision to terminate his employment.",
     "dismissed", "Sam Vance", None),
    ("Detective Rae Cole took cash from a dealer. The force's decision to terminate her contract came in May.",
     "dismissed", "Rae Cole", None),
    ("Officer Kip Dunn forged overtime sheets, and the city's vote to end his employment passed 5-2.",
     "dismissed", "Kip Dunn", None),
    # a verdict, a jury or the justice system as the subject of "cleared"
    ("After a six-week trial the jury's verdict cleared Officer Noel Hart of manslaughter.",
     "acquitted", "Noel Hart", None),
    ("Six officers were charged over the death. In the end the justice system cleared the officers.",
     "acquitted", "officers", None),
    ("Two deputies stood trial for the beating. The verdict cleared both deputies on every count.",
     "acquitted", "deputies", None),
    ("Trooper Max Bell was tried for the shooting. The jury cleared Trooper Max Bell after two hours.",
     "acquitted", "Max Bell", None),
    ("Sergeant Amy Trask faced a retrial. The second verdict finally cleared Sergeant Amy Trask.",
     "acquitted", "Amy Trask", None),
    ("Constable Rob Hyde was tried in Belfast. The verdict exonerated Constable Rob Hyde.",
     "acquitted", "Rob Hyde", None),
    # a conviction received, named by the court
    ("Two constables stole cash from a shop. Both later received District Court convictions.",
     "convicted", "constables", None),
    ("PC Liam Gault subsequently received a magistrates' court conviction for drink-driving.",
     "convicted", "Liam Gault", None),
    ("Garda Tom Keane received a District Court conviction for assault in 2019.", "convicted", "Tom Keane", None),
    ("Officer Jed Price got a municipal court conviction for reckless driving.", "convicted", "Jed Price", None),
    ("Sergeant Ola Banks received two Crown Court convictions for fraud.", "convicted", "Ola Banks", None),
]

REFUSED = [
    # the noun of a thing, not of a person
    ("The judge upheld the decision to dismiss the case against Officer Al Moy.", "dismissed"),
    ("Officer Ann Pell fired at the car. The officer's decision to fire her weapon was reviewed.", "dismissed"),
    ("The county's decision to terminate the contract with the jail's food supplier angered Sheriff Bo Hale.",
     "dismissed"),
    ("Officer Ty Rowe asked for the dismissal of the case.", "dismissed"),
    # a decision yet to come, asked for, or refused
    ("A decision to fire Officer Jay Voss is expected next week.", "dismissed"),
    ("The union demanded the reinstatement of Officer Ed Platt.", "other"),
    ("Officer Mia Lund is appealing against her demotion.", "other"),
    ("The family called for the demotion of Lieutenant Abe Frost.", "other"),
    ("Protesters in the square demanded their dismissal. Officer Sal Ruiz said nothing.", "dismissed"),
    # "their" owned by no group of officers
    ("Sheriff Mae Doyle said the two clerks had quit. Their dismissal would have been unfair.", "dismissed"),
    ("Constable Ray Oakes spoke to the cleaners about their dismissal from the contract.", "dismissed"),
    # a verdict that clears no officer
    ("The verdict clears the way for a civil suit against Officer Al Moy.", "acquitted"),
    ("The jury cleared the courtroom after Sergeant Eva Lind's evidence.", "acquitted"),
    # received, but no outcome
    ("Officer Cal Dent received a complaint from a resident in May.", None),
    ("Sergeant Rosa Finn received an award for bravery.", None),
    ("PC Zoe Hart received a commendation from the chief constable.", None),
    # the brief's near frames: a possible outcome, a hearing, a lawsuit, a suspect's charges
    ("Officer Ray Lind could face charges over the crash.", "charged"),
    ("Officer Ray Lind faces a disciplinary hearing next month.", None),
    ("Deputy Kay Moss faces a lawsuit from the driver's family.", None),
    ("The suspect faces charges of burglary, Officer Dee Young said.", "charged"),
]
