"""Who a name is when the article says whom he worked for before saying as what (ssubj17).

A US or UK story, and a court opinion most of all, often names a man and then gives his job
with its employer between the verb and the role: "Tom Reyes had been employed by the City of
Marlow as a patrolman", "was hired by the sheriff's office in 2015 as a deputy", "worked for the
county as a jailer", "who served with the Elm Grove Police Department as a sergeant". The role
verb ("employed as", "hired as", "worked as", "served as", "sworn in as": `name_is_role` in
models/subjects.json) keeps its meaning with the employer phrase inside it: a preposition (by,
with, for, at, in) and up to nine words with no verb and no comma, then "as" and the role. When
the role is police, the name is an officer, and so is every later mention of it.

Refused: the role after "as" is not police ("as a clerk"), a comma or a verb closes the phrase
before "as" ("was employed by the city, and his brother worked as a deputy"), or the role is
someone else's ("employed by Sheriff Cole as a driver").

Every sentence was written for this battery; names, places and bodies are invented.

STORIES: (text, [(outcome, subject words that must all be in the subject)])
REFUSED: (text, outcome, subject words) no outcome of that kind whose subject holds those
         words (None: no outcome of that kind at all)
"""

STORIES = [
    # --- "employed by <employer> as", with a copula before it, in a court's or a reporter's words
    ("Tom Reyes had been employed by the city as a police officer for two years. He was arrested on Friday.",
     [("arrested", "Tom Reyes")]),
    ("Tom Reyes had been employed by the City of Marlow as a uniformed patrolman for two years. Reyes was "
     "arrested and charged with theft.", [("arrested", "Tom Reyes"), ("charged", "Tom Reyes")]),
    ("Tom Reyes was employed by the county as a deputy until last year. He was charged with assault on "
     "Monday.", [("charged", "Tom Reyes")]),
    ("Ana Diaz was employed by the state as a corrections officer. Diaz was fired in March.",
     [("dismissed", "Ana Diaz")]),
    ("Ana Diaz was employed at the county jail as a detention officer. She was fired after the video was "
     "released.", [("dismissed", "Ana Diaz")]),
    ("Ana Diaz had been employed with the Elm Grove Police Department as a detective since 2009. She "
     "resigned on Tuesday.", [("resigned", "Ana Diaz")]),
    ("Ana Diaz has been employed by the Marlow Police Department as a sergeant. Diaz was suspended without "
     "pay.", [("suspended", "Ana Diaz")]),
    ("Carl Booth was employed by the town as a constable. Booth pleaded guilty to fraud.",
     [("convicted", "Carl Booth")]),
    # --- "hired by <employer> (in <year>) as"
    ("Tom Reyes was hired by the Elm Grove Police Department in 2015 as a patrol officer. He was arrested "
     "on Friday.", [("arrested", "Tom Reyes")]),
    ("Tom Reyes was hired by the sheriff's office as a deputy in 2018. He was fired on Tuesday.",
     [("dismissed", "Tom Reyes")]),
    ("Ana Diaz was hired by the state in 2012 as a trooper. Diaz was indicted by a grand jury.",
     [("charged", "Ana Diaz")]),
    ("Ana Diaz was hired by Marlow County as a jailer. She was charged with smuggling drugs.",
     [("charged", "Ana Diaz")]),
    ("Carl Booth had been hired by the department as a detective. Booth was convicted of perjury.",
     [("convicted", "Carl Booth")]),
    ("Carl Booth was hired by the city in 2001 as a police officer. He was sentenced to two years in "
     "prison.", [("jailed", "Carl Booth")]),
    ("Carl Booth was hired at the state prison as a corrections officer. Booth was arrested at work.",
     [("arrested", "Carl Booth")]),
    # --- "worked for / with / at <employer> as"
    ("Tom Reyes worked for the county as a deputy. He was fired on Friday.", [("dismissed", "Tom Reyes")]),
    ("Tom Reyes worked for the county as a jailer. He was fired on Friday.", [("dismissed", "Tom Reyes")]),
    ("Tom Reyes worked for the Marlow Police Department as a patrol officer. Reyes was charged with "
     "battery.", [("charged", "Tom Reyes")]),
    ("Ana Diaz worked with the state police as a trooper for ten years. Diaz was suspended in May.",
     [("suspended", "Ana Diaz")]),
    ("Ana Diaz worked at the county jail as a corrections officer. She was arrested on Thursday.",
     [("arrested", "Ana Diaz")]),
    ("Carl Booth had worked for the sheriff as a deputy since 2010. He resigned last week.",
     [("resigned", "Carl Booth")]),
    ("Carl Booth, who worked for the Elm Grove Police Department as a sergeant, was fired on Friday.",
     [("dismissed", "Carl Booth")]),
    ("Carl Booth, who worked at the state prison as a guard, was arrested on Friday.",
     [("arrested", "Carl Booth")]),
    ("Ana Diaz, who worked for the city as an officer for six years, was indicted on Tuesday.",
     [("charged", "Ana Diaz")]),
    # --- "served with / for <employer> as", "sworn in by <employer> as"
    ("Tom Reyes served with the Marlow Police Department as a lieutenant. He was demoted in June.",
     [("other", "Tom Reyes")]),
    ("Tom Reyes had served for the county as a deputy. Reyes was charged with official misconduct.",
     [("charged", "Tom Reyes")]),
    ("Ana Diaz, who served with the state police as a trooper, was convicted of assault.",
     [("convicted", "Ana Diaz")]),
    ("Carl Booth was sworn in by the sheriff as a deputy in 2016. He was arrested on Monday.",
     [("arrested", "Carl Booth")]),
    ("Carl Booth was sworn in by the city in 2019 as a police officer. Booth was fired in March.",
     [("dismissed", "Carl Booth")]),
    # --- UK and Irish wording
    ("Sam Holt was employed by Marlow Constabulary as a police constable. Holt was dismissed without "
     "notice.", [("dismissed", "Sam Holt")]),
    ("Sam Holt had been employed by the force as a detective constable. He was jailed for two years.",
     [("jailed", "Sam Holt")]),
    ("Sam Holt worked for the Metropolitan Police as a constable. He was sacked in 2021.",
     [("dismissed", "Sam Holt")]),
    ("Niamh Kerr served with An Garda Siochana as a garda for 12 years. Kerr was suspended from duty.",
     [("suspended", "Niamh Kerr")]),
    ("Sam Holt was employed by the force in 2010 as a special constable. He was charged with misconduct in "
     "public office.", [("charged", "Sam Holt")]),
    ("Sam Holt was taken on by Marlow Police in 2012. Holt had worked for the force as a sergeant before "
     "he was dismissed in 2020.", [("dismissed", "Sam Holt")]),
    # --- the later mention first, the role sentence after it
    ("Tom Reyes was arrested on Friday. Reyes had been employed by the city as a police officer for two "
     "years.", [("arrested", "Tom Reyes")]),
    ("Ana Diaz was charged with theft on Monday. Diaz was hired by the county in 2014 as a deputy.",
     [("charged", "Ana Diaz")]),
    ("Carl Booth pleaded guilty to assault. Booth worked for the sheriff's office as a jailer.",
     [("convicted", "Carl Booth")]),
    # --- several outcomes after the role sentence
    ("Tom Reyes had been employed by the city as a patrolman. He was suspended in May and fired in June.",
     [("suspended", "Tom Reyes"), ("dismissed", "Tom Reyes")]),
    ("Ana Diaz was hired by the Elm Grove Police Department as a detective. Diaz was arrested and charged "
     "with fraud.", [("arrested", "Ana Diaz"), ("charged", "Ana Diaz")]),
    ("Carl Booth worked for the county as a deputy. He was indicted in March and convicted in June.",
     [("charged", "Carl Booth"), ("convicted", "Carl Booth")]),
    ("Sam Holt was employed by the force as a constable. Holt was arrested, charged and suspended.",
     [("arrested", "Sam Holt"), ("charged", "Sam Holt")]),
]

REFUSED = [
    # the role after "as" is not police
    ("Tom Reyes was employed by the city as a bus driver. He was fired on Friday.", "dismissed", None),
    ("Tom Reyes worked for the county as a clerk. He was fired on Friday.", "dismissed", None),
    ("Ana Diaz was hired by the school district as a teacher. She was arrested on Monday.", "arrested", None),
    ("Ana Diaz had been employed by the hospital as a nurse. Diaz was charged with theft.", "charged", None),
    ("Carl Booth worked for the city as a firefighter. He was suspended in May.", "suspended", None),
    ("Carl Booth was hired by the county in 2015 as an accountant. Booth was indicted on Tuesday.",
     "charged", None),
    ("Sam Holt worked for the bank as a cashier. He was jailed for two years.", "jailed", None),
    ("Niamh Kerr was employed by the hotel as a receptionist. Kerr was arrested on Friday.", "arrested", None),
    ("Tom Reyes was hired by the newspaper as a reporter. He was fired in June.", "dismissed", None),
    # a comma or a verb closes the phrase before "as": the role is not his
    ("Tom Reyes was employed by the city, and his brother worked as a deputy. Reyes was fired on Friday.",
     "dismissed", None),
    ("Ana Diaz was hired by the county after she moved, as the town grew. Diaz was arrested on Monday.",
     "arrested", None),
    ("Carl Booth was employed by a man who had worked as a deputy. Booth was charged with theft.",
     "charged", None),
    ("Sam Holt worked for the council while his wife served as a constable. Holt was dismissed in March.",
     "dismissed", None),
    ("Tom Reyes was employed by the garage, which his uncle had run as a deputy manager. Reyes was fired.",
     "dismissed", None),
    # "as" is not the role's
    ("Tom Reyes was employed by the city as the budget grew. He was fired on Friday.", "dismissed", None),
    ("Ana Diaz worked at the shop as the deputies watched. She was arrested on Monday.", "arrested", None),
    ("Carl Booth was hired by the firm as soon as he left school. He was charged with theft.", "charged",
     None),
    # the employer phrase is too long to be one
    ("Tom Reyes was employed by the company that the owner's brother and his two sons had run in the town for "
     "years as a deputy manager. He was fired.", "dismissed", None),
    # someone else is the one employed as police
    ("Tom Reyes said Ana Diaz was employed by the county as a deputy. Reyes was arrested on Friday.",
     "arrested", "Reyes"),
    ("The driver, Tom Reyes, was stopped by Carl Booth, who was hired by the county as a deputy. Reyes was "
     "arrested.", "arrested", "Reyes"),
]
