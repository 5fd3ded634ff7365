"""The sout17 genitive battery: an outcome named as the head noun of a genitive noun phrase
presupposes that it happened to the possessor: "Sergeant X's suspension was confirmed",
"the panel upheld PC X's immediate dismissal", "after Deputy X's guilty plea", "his unpaid
suspension began on Monday". Pre-modifiers that place or qualify the event (immediate,
subsequent, eventual, prior, recent, unpaid, indefinite, early, federal, criminal ...) are read
past; modifiers that make it a possibility (possible, proposed, threatened, expected,
planned) are not in the list and state nothing.

Shapes crossed: possessor ('s after a name or a description, whose, his / her) x pre-modifier
(none, one, two) x head noun (dismissal, firing, termination, sacking, suspension, conviction,
resignation, retirement, indictment, guilty plea) x frame (subject of a clause, object of a
verb, after a time link) x UK / Irish / US wording. Near sentences: a request, appeal or
challenge governing the noun, a modal after it, the noun as a modifier ('suspension hearing'),
the possessor's own act ('X's arrest of a man'), an outcome undone ('was overturned'), and
modifiers of possibility. Sentences are our own; names and forces are invented.

STATED: (text, outcome, subject words, months)
REFUSED: (text, outcome that must not be found, or None)
"""

STATED = [
    # ---- 's + modifier + dismissal / firing / termination / sacking
    ("Sergeant Ida Marsh's immediate dismissal followed the hearing.", "dismissed", "Marsh", None),
    ("The panel confirmed PC Owen Tate's immediate dismissal without notice.", "dismissed", "Tate", None),
    ("Officer Rex Dunn's summary dismissal was announced by the chief.", "dismissed", "Dunn", None),
    ("Deputy Kay Ross's eventual firing came after a second complaint.", "dismissed", "Ross", None),
    ("The civil service board upheld Officer Bo Lake's termination on Tuesday.", "dismissed", "Lake", None),
    ("Garda Liam Foy's subsequent dismissal was confirmed by the Commissioner.", "dismissed", "Foy", None),
    ("Constable Ana Kerr's abrupt sacking stunned colleagues.", "dismissed", "Kerr", None),
    ("Trooper Vic Hale's recent termination was the third this year.", "dismissed", "Hale", None),
    # ---- 's + modifier + suspension
    ("Sergeant Ida Marsh's immediate suspension was announced on Friday.", "suspended", "Marsh", None),
    ("Officer Cal Reyes's suspension was confirmed by the department on Monday.", "suspended", "Reyes", None),
    ("Deputy Ava Stone's unpaid suspension ends next week.", "suspended", "Stone", None),
    ("PC Ned Orr's temporary suspension was extended by the force.", "suspended", "Orr", None),
    ("Garda Tom Brody's indefinite suspension began in March.", "suspended", "Brody", None),
    ("The sheriff defended Deputy Lou Park's administrative suspension.", "suspended", "Park", None),
    ("Detective Amy Lowe's suspension followed a complaint from a neighbour.", "suspended", "Lowe", None),
    ("Trooper Sam Voight's paid suspension has now lasted a year.", "suspended", "Voight", None),
    # ---- whose + noun
    ("Officer Kip Marr, whose suspension was made public on Friday, declined to comment.", "suspended", "Marr", None),
    ("Sergeant Ed Pike, whose immediate suspension was ordered by the chief, hired a lawyer.", "suspended", "Pike", None),
    ("Deputy Ora Lind, whose subsequent conviction ended her career, spoke to reporters.", "convicted", "Lind", None),
    ("PC Jo Fenn, whose eventual resignation came in June, had served 20 years.", "resigned", "Fenn", None),
    # ---- his / her + modifier + suspension or dismissal
    ("Constable Ivo Rusk hit a prisoner. His suspension began the next day.", "suspended", "Rusk", None),
    ("Officer Mae Dorn lied about the crash. Her unpaid suspension lasted 30 days.", "suspended", "Dorn", None),
    ("Garda Finn Hoey was accused of theft. His immediate suspension was confirmed by headquarters.", "suspended", "Hoey", None),
    ("Deputy Ray Cobb struck a handcuffed man. His temporary suspension ended in May.", "suspended", "Cobb", None),
    ("Sergeant Liv Moss was filmed at the party. Her indefinite suspension was announced on Friday.", "suspended", "Moss", None),
    ("Officer Ty Beck sent the messages. His summary dismissal followed a week later.", "dismissed", "Beck", None),
    ("PC Nia Wong was found to have lied. Her immediate dismissal was confirmed by the panel.", "dismissed", "Wong", None),
    ("Detective Hal Ames took the cash. His eventual firing came in 2021.", "dismissed", "Ames", None),
    # ---- 's + modifier + conviction / indictment / resignation / retirement / arrest
    ("Officer Dan Reeve's subsequent conviction was upheld on appeal.", "convicted", "Reeve", None),
    ("Deputy Cara Holt's federal conviction was the first in the county.", "convicted", "Holt", None),
    ("Sergeant Alf Dyer's criminal conviction cost him his pension.", "convicted", "Dyer", None),
    ("Officer Tim Nash's state indictment was unsealed on Thursday.", "charged", "Nash", None),
    ("Trooper Eve Lang's federal indictment followed a two-year inquiry.", "charged", "Lang", None),
    ("Chief Constable Rhys Yates's sudden resignation surprised the board.", "resigned", "Yates", None),
    ("Inspector Pat Moy's eventual resignation came after the report.", "resigned", "Moy", None),
    ("Superintendent Al Webb's early retirement took effect in May.", "retired", "Webb", None),
    ("Sheriff Lon Price's abrupt retirement was announced on Monday.", "retired", "Price", None),
    ("Officer Gus Hart's recent arrest came after a months-long investigation.", "arrested", "Hart", None),
    # ---- 's guilty plea
    ("After Deputy Al Grove's guilty plea in May, the sheriff fired him.", "convicted", "Grove", None),
    ("Officer Zoe Lamb's guilty plea to theft was accepted by the court.", "convicted", "Lamb", None),
    ("PC Ben Kay's guilty plea meant a shorter sentence.", "convicted", "Kay", None),
    ("The judge noted Sergeant Uma Cole's early guilty plea.", "convicted", "Cole", None),
]

REFUSED = [
    # ---- a request, appeal or challenge governing the noun
    ("The union called for Sergeant Ida Marsh's immediate suspension to be reviewed.", "suspended"),
    ("The family demanded Officer Cal Reyes's immediate dismissal.", "dismissed"),
    ("Lawyers for Deputy Ava Stone appealed her suspension.", "suspended"),
    ("Garda Tom Brody is challenging his suspension in the High Court.", "suspended"),
    ("Protesters urged Trooper Sam Voight's immediate firing.", "dismissed"),
    ("Officer Kip Marr sought to overturn his termination.", "dismissed"),
    # ---- a modal or an undoing after the noun
    ("Officer Cal Reyes's suspension would cost the city thousands.", "suspended"),
    ("PC Ned Orr's dismissal was overturned on appeal.", "dismissed"),
    ("Deputy Al Grove's guilty plea was withdrawn before sentencing.", "convicted"),
    ("Officer Zoe Lamb's guilty plea was rejected by the judge.", "convicted"),
    # ---- the noun as a modifier of another noun
    ("Sergeant Ed Pike's suspension hearing is set for May.", "suspended"),
    ("Deputy Ora Lind's guilty plea hearing was postponed.", "convicted"),
    ("Superintendent Al Webb's early retirement plan was approved.", "retired"),
    ("His suspension hearing will take place next month.", "suspended"),
    # ---- the possessor's own act or thing
    ("Officer Gus Hart's recent arrest of a shoplifter was filmed.", "arrested"),
    ("Officer Gus Hart's arrest warrant powers were explained to the class.", "arrested"),
    # ---- modifiers of possibility: the event has not happened
    ("Sergeant Ida Marsh's possible suspension was discussed at the meeting.", "suspended"),
    ("Officer Rex Dunn's proposed dismissal was put to the board.", "dismissed"),
    ("Deputy Kay Ross's threatened firing never happened.", "dismissed"),
    ("Chief Constable Rhys Yates's expected resignation did not come.", "resigned"),
    ("Sheriff Lon Price's planned retirement was delayed.", "retired"),
    ("The union fought Garda Liam Foy's potential dismissal.", "dismissed"),
    # ---- not police
    ("The suspect's immediate arrest followed the raid.", "arrested"),
    ("The teacher's suspension was confirmed by the school.", "suspended"),
]
