"""The story's officer re-described as 'the man' or 'the woman' (subjects/story_person.py),
written for the subj21 work (invented forces, people and places; no sentence copied from a dev
set or a held-out page).

English introduces an officer by rank or role and then, to avoid repeating it, re-describes the
same person by a definite noun of sex, often with the age or service in it: 'An inspector ...
was arrested. The 47-year-old man has been suspended.' The man is the officer when nobody else
the noun fits came before him. Variants below: 'the man' / 'the woman' / 'this man', with an
age ('the 38-year-old woman'), with a relative clause of service ('The man, who joined the
force in 1998,'), as the subject of a passive, of an active outcome ('The woman faces',
'pleaded guilty'), as the object of a body's verb ('The force has put the man on leave',
'Prosecutors charged the woman'), and a 'he' / 'she' that continues him or her. UK, Irish
and US wording.

Refused: a man or woman brought in before (a victim, a driver, a suspect, a named civilian),
the officer acting on the man ('The deputy arrested the man'), and a woman when the officer
is a man.

STATED: (text, outcome, subject words, months). REFUSED: (text, outcome) that must not be found.
"""

STATED = [
    # passive, the man / the woman as the subject
    ("A police inspector in Harlow is under investigation. The 47-year-old man was arrested on Friday.",
     "arrested", "man", None),
    ("A Dunmore police sergeant faces an inquiry. The 52-year-old man has been suspended from duty.",
     "suspended", "man", None),
    ("A serving garda is at the centre of the probe. The man was arrested at his home in Tralee.",
     "arrested", "man", None),
    ("A Kelbrook deputy has been accused of stealing cash. The man was fired on Monday.",
     "dismissed", "man", None),
    ("A county jailer was investigated for months. The 29-year-old woman was indicted last week.",
     "charged", "woman", None),
    ("A detective constable was under investigation for a year. The woman has since resigned from the force.",
     "resigned", "woman", None),
    ("A state trooper stands accused of drunk driving. The 33-year-old man was charged with DWI.",
     "charged", "man", None),
    ("A former police constable appeared at Leeds Crown Court. The 44-year-old man was jailed for 18 months.",
     "jailed", "man", 18),
    ("A Border Patrol agent was stopped at the crossing with cash. The man was arrested at the border.",
     "arrested", "man", None),
    ("An assistant police chief in Fairburn stands accused of assault. This man has been placed on administrative leave.",
     "suspended", "man", None),
    # a relative clause of service or age between the noun and the verb
    ("A Marsh County deputy is at the centre of a theft inquiry. The man, who has served with the sheriff's office for "
     "12 years, was arrested on Tuesday.", "arrested", "man", None),
    ("An experienced sergeant was questioned by detectives. The woman, who joined the force in 2004, has been suspended.",
     "suspended", "woman", None),
    ("A garda based in Cork is being investigated. The man, who is in his forties, was arrested yesterday.",
     "arrested", "man", None),
    ("A Lowell police officer was accused of lying in reports. The 41-year-old man, a 15-year veteran, was fired.",
     "dismissed", "man", None),
    # an active outcome of the man himself
    ("A retired detective was accused of fraud. The 61-year-old man pleaded guilty at Bristol Crown Court.",
     "convicted", "man", None),
    ("A city police lieutenant is accused of taking bribes. The 50-year-old man faces three counts of official misconduct.",
     "charged", "man", None),
    ("A corrections officer at the county jail was accused of smuggling drugs. The woman is facing two felony counts.",
     "charged", "woman", None),
    ("A PCSO in Rochdale was investigated over messages to colleagues. The man resigned before the hearing.",
     "resigned", "man", None),
    ("A campus police officer was investigated over a crash. The woman has been charged with careless driving.",
     "charged", "woman", None),
    # the man as the object of a body's or an employer's verb
    ("An assistant police chief in Pinewood stands accused of assault. The force has put the man on administrative leave.",
     "suspended", "man", None),
    ("A deputy in Ray County was arrested after a fight. The sheriff's office fired the man on Thursday.",
     "dismissed", "man", None),
    ("A detective sergeant was accused of theft. Prosecutors charged the woman with four counts of fraud.",
     "charged", "woman", None),
    ("A police officer in Swansea was found to have lied. The force dismissed the man without notice.",
     "dismissed", "man", None),
    ("A trooper was seen on video kicking a door. The state police suspended the man without pay.",
     "suspended", "man", None),
    ("A garda sergeant was convicted of assault. The Commissioner dismissed the man from the force.",
     "dismissed", "man", None),
    # a pronoun that continues the man: the officer
    ("An assistant police chief stands accused of assault. The 54-year-old man was arrested on Sunday. He is now being "
     "charged with assault.", "charged", "assistant police chief", None),
    ("A police sergeant in Elmore was accused of theft. The man was arrested on Monday. He has been suspended from duty.",
     "suspended", "police sergeant", None),
    ("A Hill County jailer was accused of smuggling. The 30-year-old woman was arrested. She was fired the next day.",
     "dismissed", "jailer", None),
    ("A detective inspector was investigated for corruption. The man was arrested in March. He resigned in May.",
     "resigned", "detective inspector", None),
    ("A special constable was reported by colleagues. The woman was arrested last week. She has since been charged.",
     "charged", "special constable", None),
    ("A state trooper was accused of lying. The man was placed on leave. He was later indicted.",
     "charged", "state trooper", None),
    ("A probationary garda was accused of theft. The man was dismissed in 2019. He was charged a year later.",
     "charged", "probationary garda", None),
]

# A name with a police role behind a possessive of a place or body ("X, the county's sheriff,",
# "X, Arlington's assistant chief,"): the role is apposed to the name, so the name is an officer.
STATED += [
    ("The order came from Roy Tabor, the county's longtime sheriff, who lost the election. Tabor was convicted in 2004.",
     "convicted", "Roy Tabor", None),
    ("Lena Marsh, the city's deputy police chief, was arrested on Friday.", "arrested", "Lena Marsh", None),
    ("Prosecutors said Dale Kemp, the department's youngest sergeant, took the cash. Kemp was fired in June.",
     "dismissed", "Dale Kemp", None),
    ("Omar Reyes, Fairview's police chief, resigned on Monday.", "resigned", "Omar Reyes", None),
    ("The money was taken by Ida Cole, the county's chief jailer. Cole was indicted last week.",
     "charged", "Ida Cole", None),
    ("Mark Dunn, the town's only constable, was suspended after the audit. Dunn denies wrongdoing.",
     "suspended", "Mark Dunn", None),
    ("Investigators interviewed Hal Price, the state's highway patrol commander. Price was charged with perjury.",
     "charged", "Hal Price", None),
    ("The plan was led by Tom Birch, the sheriff's office's chief deputy. Birch pleaded guilty in March.",
     "convicted", "Tom Birch", None),
]

# A bare role after 'as' ("a permanent post as chief", "served as sheriff") names the office,
# not another person: a 'he' after it stands for the officer the story is about.
STATED += [
    ("The former police chief was named to the post as chief in 2018. On March 5 he was placed on administrative leave.",
     "suspended", "former police chief", None),
    ("The former deputy worked for six years as jailer. In May he was fired.", "dismissed", "former deputy", None),
    ("The ex-sergeant served as inspector for a year. Last week he was charged with theft.",
     "charged", "ex-sergeant", None),
    ("The former trooper spent a decade as sergeant. He was indicted on Friday.", "charged", "former trooper", None),
]

REFUSED = [
    # a man or woman brought in before the noun: the noun is that person
    ("A deputy stopped a man on the highway. The man was arrested for drunk driving.", "arrested"),
    ("A man was shot by a police officer on Friday. The man was charged with assault.", "charged"),
    ("A police officer was injured by a driver. The man was arrested at the scene.", "arrested"),
    ("A trooper pulled over a woman near Elk Ridge. The woman was charged with speeding.", "charged"),
    ("An inspector questioned a suspect on Monday. The man has been charged with burglary.", "charged"),
    ("A sergeant was assaulted by Jay Reed in the town centre. The man was jailed for six months.", "jailed"),
    ("A victim came forward about a police constable. The woman was arrested for wasting police time.", "arrested"),
    ("A garda was attacked by a motorist near Sligo. The man was charged yesterday.", "charged"),
    ("A deputy arrested Tom Vance after a chase. The man was charged with evading arrest.", "charged"),
    # the officer does it to the man: two people
    ("A deputy was called to a bar fight. The deputy arrested the man outside the bar.", "arrested"),
    ("A police officer went to the house at midnight. The officer arrested the man for assault.", "arrested"),
    ("A trooper was on patrol near Dover. The trooper charged the woman with theft.", "charged"),
    # a clause without a comma picks out someone new
    ("The Chief Constable asked for an inquiry into a sergeant. The woman who complained was later charged with perjury.",
     "charged"),
    ("A deputy was accused of harassment. The man who reported him was arrested for making threats.", "arrested"),
    # a name apposed to the noun says who the person is
    ("A trooper was accused of assault on Monday. The man, Rick Olsen, 31, was charged with resisting arrest.",
     "charged"),
    # the noun does not fit the officer
    ("A police constable was accused of assaulting his partner. The woman was arrested on Friday.", "arrested"),
    ("Sergeant Tom Hale was accused of theft. His wife was arrested on Friday.", "arrested"),
    ("An officer was accused of assault. The woman he assaulted was arrested last year.", "arrested"),
    # two officers named: which one is not said
    ("Officer Dan Reyes and Officer Paul Kerr were at the scene. The man was fired on Monday.", "dismissed"),
    ("Deputy Ann Lowe said Deputy Mark Hale was at the bar. Deputy Carl Penn was off duty. The man was suspended.",
     "suspended"),
]

REFUSED += [
    # the possessive names a person, or the role is not police: no officer
    ("Ray Hunt, the town's mayor, was arrested on Friday.", "arrested"),
    ("Amy Wolfe, the county's chief prosecutor, resigned in May.", "resigned"),
    ("Carl Dean, the city's mayor, was charged with fraud.", "charged"),
    ("Joe Platt, the department's lawyer, was fired on Monday.", "dismissed"),
    ("Sue Lamb, the county's treasurer, was charged with theft.", "charged"),
]
