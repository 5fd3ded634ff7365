"""Whose outcome it is, in the shapes first-sight batches 6-15 showed missing because the person
was not taken for police: a role the word lists lacked ("jailor", the older spelling of
"jailer"; a police or corrections "cadet", a trainee officer, and not an army, air or sea
cadet); a role with an "of"-phrase after it ("the police chief of a small town on the
Eastern Shore", "former Chief of Department Ann Ruiz"); an officer's description in apposition to the verb's
object ("acquitted the client, a St. Louis Police sergeant,"), or a name with its age, town and role
between the verb and the sentence's term ("sentenced Al Roe, 52, of Canfield, Ohio, a former
lieutenant with the ... Police Department, to 41 months"). Every sentence was written for this battery; names, places and bodies are invented.

STORIES: (text, [(outcome, subject words that must all be in the subject)])
REFUSED: (text, outcome, subject words) no outcome of that kind whose subject holds those
         words (None: no outcome of that kind at all)
"""

STORIES = [
    # --- "jailor": the older spelling, singular and plural, with and without a county
    ("A Marlow County jailor was charged with bringing tobacco into the jail.",
     [("charged", "jailor")]),
    ("Two jailors at the county detention center have been fired after an inmate escaped.",
     [("dismissed", "jailors")]),
    ("Former jailor Dale Pruitt pleaded guilty on Tuesday to taking bribes from inmates.",
     [("convicted", "Pruitt")]),
    ("The jailor was suspended without pay while the sheriff's office investigates.",
     [("suspended", "jailor")]),
    # --- "cadet": with a police or corrections word before it
    ("Former Corrections cadet Tyrell Banks pleaded guilty Monday to a civil rights violation.",
     [("convicted", "Banks")]),
    ("A police cadet was dismissed after failing a drug test at the academy.",
     [("dismissed", "police cadet")]),
    ("Three police cadets have been suspended pending an internal investigation.",
     [("suspended", "police cadets")]),
    ("The corrections cadet was arrested on Friday and charged with smuggling drugs into the prison.",
     [("arrested", "cadet"), ("charged", "cadet")]),
    ("A Garda cadet has been sacked following a disciplinary hearing.",
     [("dismissed", "cadet")]),
    # --- a role with an "of"-phrase: after a force word, "of" says where the officer serves
    ("The police chief of a small town on the Eastern Shore has been indicted on theft charges.",
     [("charged", "police chief")]),
    ("The former police chief of Millbrook was sentenced on Thursday to two years in prison.",
     [("jailed", "police chief")]),
    ("The police chief of a village on Ohio's north coast resigned after the audit.",
     [("resigned", "police chief")]),
    ("A Police Chief of Elm Grove was fired in 2019 for lying to investigators.",
     [("dismissed", "Police Chief")]),
    # --- police offices written "Chief of X" before a name
    ("Former Chief of Department Ann Ruiz was sentenced to 40 months in federal prison.",
     [("jailed", "Ann Ruiz")]),
    ("Chief of Detectives Carl Moore has been suspended with pay, the commissioner said.",
     [("suspended", "Carl Moore")]),
    ("The county's former chief of patrol pleaded guilty to obstruction on Monday.",
     [("convicted", "chief of patrol")]),
    # --- the verb's object, then an officer's description in apposition
    ("A Jackson County jury acquitted the client, a Kansas City Police sergeant, after a two-day trial.",
     [("acquitted", "sergeant")]),
    ("A jury acquitted our client, a serving constable, of assault on Friday.",
     [("acquitted", "constable")]),
    ("The city fired the woman, a corrections officer, after the audit.",
     [("dismissed", "corrections officer")]),
    ("Jurors acquitted the man, a St. Paul police officer, of manslaughter last year.",
     [("acquitted", "officer")]),
    ("The department has suspended the employee, a veteran detective, pending a review.",
     [("suspended", "detective")]),
    ("A federal judge sentenced Victor L. Mane, 51, of Warren, Ohio, a former sergeant with the Niles Police Department, to 37 months in prison.",
     [("jailed", "Victor L. Mane")]),
    ("The court sentenced former Harford County Sheriff's Office deputy Tina Marie Cole, 39, of Bel Air, Maryland, today to 20 months in federal prison.",
     [("jailed", "Tina Marie Cole")]),
    ("Judge Ruth Owen sentenced Dev Patel, 33, a former police officer, to 30 months.",
     [("jailed", "Dev Patel")]),
    ("A judge in Leeds sentenced Sam Hart, 41, of Otley, West Yorkshire, a serving constable, to four years in prison.",
     [("jailed", "Sam Hart")]),
]

REFUSED = [
    # a cadet with no police word is a school's, an army's or a youth club's
    ("An army cadet was charged with assault after a fight in the barracks.", "charged", "cadet"),
    ("A cadet was charged with assault after a fight at the college.", "charged", "cadet"),
    ("The air cadets were suspended from the squadron for a month.", "suspended", "cadets"),
    ("Former sea cadet instructor Mark Olsen pleaded guilty to fraud.", "convicted", None),
    ("Two naval cadets were dismissed from the academy for cheating.", "dismissed", "cadets"),
    # the jailor is not the person an outcome happened to
    ("The jailor said the inmate was arrested again on Monday.", "arrested", "jailor"),
    ("An inmate who attacked a jailor was charged with battery.", "charged", "jailor"),
    # hypothetical and negated
    ("The jailor could be fired if the allegations are proven.", "dismissed", "jailor"),
    ("The police cadet was not charged, prosecutors said.", "charged", "cadet"),
    # "chief of" a trade or body that is not a police force, and places that are not people
    ("The chief of staff of the mayor was fired on Monday.", "dismissed", None),
    ("The fire chief of Millbrook was sentenced to two years in prison.", "jailed", None),
    ("The mayor of a small town on the Eastern Shore has been indicted on theft charges.", "charged", None),
    ("The chief of a small town's hospital on the Eastern Shore has been indicted.", "charged", None),
    ("The Chief of Naval Operations Adm. Ray Mills was fired by the president.", "dismissed", None),
    ("The police chief of Millbrook said a man was arrested on the Eastern Shore.", "arrested", "chief"),
    ("The police chief of Millbrook could be fired if the audit finds he lied.", "dismissed", None),
    # the appositive is not the object, or names someone else, or the object is a thing
    ("A jury acquitted the man, a plumber, of assault on Monday.", "acquitted", None),
    ("A jury acquitted the man, a police sergeant's neighbour, on Monday.", "acquitted", None),
    ("A jury acquitted the man, a friend of a police sergeant, on Monday.", "acquitted", None),
    ("The inspector suspended the search, a police operation, on Monday.", "suspended", None),
    ("A jury acquitted the client, a retired teacher, of fraud.", "acquitted", None),
    ("A judge sentenced Dev Patel, 44, of Towson, Maryland, a plumber, to 30 months in prison.", "jailed", None),
    ("A judge sentenced the man, 44, of Towson, Maryland, who had robbed a police officer, to 30 months in prison.",
     "jailed", None),
    ("The jury has not acquitted the client, a police sergeant, of the lesser charge.", "acquitted", None),
]
