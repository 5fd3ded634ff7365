"""The sout17 ellipsis battery: one verb chain shared by coordinated passive participles.

English states the auxiliaries once for a list of participles: "shall not be removed,
suspended or demoted", "could be charged and jailed", "should be moved to other duties or be
suspended", "when an officer is arrested or indicted". The later participles have no chain of
their own, so the negation, modal or condition on the first governs them too. A negation
reaches past "or", "nor" and a list comma, not past "and" ("was never charged and retired");
a participle with its own finite auxiliary ("and was later charged") keeps its own chain.

Shapes crossed: cue (negation, modal, present-tense clause of time or condition, intention)
x join (list comma, "or", "and", "or be") x outcome word (suspended, dismissed, fired, sacked,
charged, indicted, arrested, jailed, convicted) x UK / Irish / US wording. Sentences are our
own; names and forces are invented.

REFUSED: (text, outcome that must not be found)
STATED: (text, outcome, subject words, months) that must still be found
"""

REFUSED = [
    # ---- negation over a list (comma and 'or' / 'nor')
    ("Officer Cy Barlow was not arrested, charged or disciplined over the crash.", "charged"),
    ("Officer Cy Barlow was not arrested, charged or disciplined over the crash.", "arrested"),
    ("PC Lola Trent has not been arrested, charged or suspended, the force said.", "suspended"),
    ("PC Lola Trent has not been arrested, charged or suspended, the force said.", "charged"),
    ("Garda Enda Rock was never suspended or disciplined after the complaint.", None),
    ("Deputy Ivo Marsh has not been charged or indicted in the case.", "charged"),
    ("The sergeant was not disciplined, suspended or sacked for the remarks.", "suspended"),
    ("The sergeant was not disciplined, suspended or sacked for the remarks.", "dismissed"),
    ("Trooper Al Penn had not been investigated or charged by the time he retired.", "charged"),
    ("Constable Mae Oduya was neither arrested nor charged.", "charged"),
    ("The two officers were not named, suspended or charged.", None),
    ("Detective Ros Kell won't be suspended or fired over the posts, the chief said.", None),
    # ---- a modal over the list
    ("The chief of police shall not be removed, suspended, demoted or discharged except for cause.", None),
    ("An officer may be suspended or dismissed for a breach of this rule.", None),
    ("Officer Ned Hale could be charged and jailed if the review finds he lied.", None),
    ("Deputy Rae Colt might be arrested or indicted once the grand jury meets.", None),
    ("Sergeant Pip Lowe would be sacked or demoted under the new code.", "dismissed"),
    ("PC Joy Amos should be suspended or dismissed, the victim's family said.", None),
    ("A member can be suspended or dismissed by the Commissioner.", None),
    ("The trooper must be disarmed and suspended while the inquiry runs.", "suspended"),
    ("Officer Len Voss could be arrested, charged and jailed for the assault.", None),
    ("Garda Niall Byrne may be charged or dismissed depending on the outcome.", None),
    ("Officers who breach the code can be disciplined, suspended or fired.", None),
    ("A deputy shall not be suspended, fired or demoted without a hearing.", None),
    # ---- a modal over 'or be' with a complement between
    ("The officer should be moved to other duties or be suspended during the investigation.", "suspended"),
    ("A constable may be placed on restricted duties or be suspended while the case is heard.", "suspended"),
    ("Officer Amy Rusk could be moved to a desk job or be fired, the union warned.", "dismissed"),
    ("The deputy would be taken off patrol and be charged if the video shows an assault.", "charged"),
    # ---- a present-tense clause of time or condition over the list
    ("When a peace officer is arrested or indicted for a felony, the agency must tell the board.", None),
    ("When an officer is charged or convicted, the chief constable must be told.", None),
    ("Once a deputy is indicted or arrested, the sheriff reviews his duties.", None),
    ("Until the officers are charged or cleared, they remain on full pay.", "charged"),
    ("Before a garda is suspended or dismissed, the member is given notice.", None),
    ("When officers are arrested, charged or convicted, the force writes to the college.", None),
    # ---- an intention or a threat over the list
    ("Officer Kurt Dyer is expected to be charged and suspended later this week.", None),
    ("PC Ria Shah faces being arrested or sacked over the messages.", None),
    ("The union said Sergeant Obi Lane was likely to be suspended or dismissed.", None),
    ("Deputy Ty Rowe wants to avoid being charged or jailed.", None),
    ("Trooper Jo Kemp risks being fired or suspended over the crash.", None),
    ("Detective Ula Finn is set to be charged and suspended next week.", None),
    ("Officer Gil Marr hopes to avoid being arrested and charged.", None),
    ("Sergeant Ben Oakes escaped being sacked or demoted after the review.", None),
]

STATED = [
    # ---- a chain that states the event: each participle is stated
    ("Officer Cy Barlow was arrested, charged and suspended after the crash.", "suspended", "Barlow", None),
    ("Officer Cy Barlow was arrested, charged and suspended after the crash.", "charged", "Barlow", None),
    ("PC Lola Trent has been arrested and charged with assault.", "charged", "Trent", None),
    ("Deputy Ivo Marsh was indicted and arrested on Monday.", "arrested", "Marsh", None),
    ("Garda Enda Rock was suspended and later dismissed from the force.", "dismissed", "Rock", None),
    ("Sergeant Pip Lowe was convicted and jailed for 18 months.", "jailed", "Lowe", 18),
    ("Trooper Al Penn was arrested after the crash and suspended from his duties.", "suspended", "Penn", None),
    ("Constable Mae Oduya was found guilty and sacked on the same day.", "dismissed", "Oduya", None),
    # ---- a negation does not reach past 'and' into a finite verb
    ("Officer Ned Hale was never charged and retired from the force in 2020.", "retired", "Hale", None),
    ("PC Joy Amos was not prosecuted and resigned before the hearing.", "resigned", "Amos", None),
    # ---- a later participle with its own finite chain keeps it
    ("Officer Len Voss was not charged but was suspended for a month.", "suspended", "Voss", None),
    ("Deputy Rae Colt could not be reached and was later fired.", "dismissed", "Colt", None),
    ("Detective Ros Kell was not named, and was suspended on Friday.", "suspended", "Kell", None),
    ("PC Ria Shah was not warned, and was dismissed in May.", "dismissed", "Shah", None),
    # ---- a modal or negation in another clause does not reach
    ("The review said officers should be retrained, and Sergeant Obi Lane was dismissed.", "dismissed", "Lane", None),
    ("Officer Kurt Dyer, who could not be named, was arrested and charged.", "charged", "Dyer", None),
    ("The family may sue, but Trooper Jo Kemp was charged and suspended on Friday.", "charged", "Kemp", None),
    # ---- a comma that closes a clause is no list
    ("Officer Gil Marr, who used to be a detective in Leeds, pleaded guilty to fraud.", "convicted", "Marr", None),
    ("Garda Tom Lyle, not named until today, was arrested and charged.", "charged", "Lyle", None),
    ("Deputy Nia Holt was questioned for hours, arrested and charged with theft.", "charged", "Holt", None),
    # ---- a past clause of time states the event
    ("When Officer Uma Pike was arrested and charged in 2019, she resigned.", "charged", "Pike", None),
    ("After Constable Rob Ince was charged or cautioned, he resigned.", "resigned", "Ince", None),
    ("Once Deputy Sol Vance was indicted and arrested, the sheriff fired him.", "charged", "Vance", None),
    ("Sergeant Al Ward was suspended and charged, police said.", "charged", "Ward", None),
]
