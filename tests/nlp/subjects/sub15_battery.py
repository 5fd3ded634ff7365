"""Whose outcome it is, in the shapes first-sight batches 6-15 showed missing because the person
was not taken for police: a role the word lists lacked ("jailor", the older spelling of
"jailer"; a police or corrections "cadet", a trainee officer, and not an army, air or sea
cadet). Every sentence was written for this battery; names, places and bodies are invented.

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
]
