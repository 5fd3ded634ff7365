"""US officer outcomes missed at first sight, written for the post20us work (invented agencies,
people and places; no sentence copied from a dev set or a held-out page). Four shapes of US copy:

- CUSTODY: an arrest stated as a state, 'X is / remains / was in (police, county, federal)
  custody'; kept only where the story states no other arrest or jailing of that person (a step
  of one, as a booking is); an inmate's or a death's custody is no arrest of an officer.
- NOLO: the no-contest plea in its Latin, 'pled / pleaded / pleads nolo contendere' (SPEC:
  a conviction).
- LEAVE: 'on discretionary leave (with pay)', a US state agency's name for leave during an
  inquiry (SPEC: administrative leave -> suspended).
- PRISON STAFF: an employee, worker or staff member 'at / of a <US state> prison' works for a
  state's corrections, law enforcement as jail staff are; a UK prison's staff are not police,
  and an inmate of a US prison is no officer. One such person is described with the employer
  that makes them law enforcement ('an employee at a Louisiana prison', as 'an officer in Kent').

STATED: (text, outcome, subject words, months). REFUSED: (text, outcome) that must not be found.
"""

STATED = [
    # CUSTODY
    ("A county jail employee is in custody after deputies found drugs in his locker.", "arrested", "jail employee", None),
    ("A Marlow police officer is in custody following a crash on the interstate.", "arrested", "police officer", None),
    ("Deputy Ross Quaid remains in custody at the Pike County jail.", "arrested", "Ross Quaid", None),
    ("Sergeant Lena Holt was in custody on Friday night, a spokesman for the city said.", "arrested", "Lena Holt", None),
    ("Two Fenwick deputies are in custody after a fight outside a bar.", "arrested", "deputies", None),
    ("Trooper Dale Finch is now in federal custody.", "arrested", "Dale Finch", None),
    ("A Border Patrol agent is in custody, the FBI said on Tuesday.", "arrested", "Border Patrol agent", None),
    ("An ICE officer was in custody by Monday afternoon.", "arrested", "ICE officer", None),
    ("A campus police officer at Ridgeway State University is in custody.", "arrested", "campus police officer", None),
    ("A transit officer remained in custody overnight, officials said.", "arrested", "transit officer", None),
    ("Officer Nina Vale is currently in police custody, the chief said.", "arrested", "Nina Vale", None),
    ("A detention officer at the Oak County jail is still in custody.", "arrested", "detention officer", None),
    # NOLO
    ("The deputy pled nolo contendere to a charge of theft.", "convicted", "deputy", None),
    ("Former Officer Kyle Rusk pleaded nolo contendere to battery in May.", "convicted", "Kyle Rusk", None),
    ("A correctional officer pleads nolo contendere to smuggling tobacco into the jail.", "convicted", "correctional officer", None),
    ("Corporal Ada Munn pled nolo contendere on Tuesday to official misconduct.", "convicted", "Ada Munn", None),
    ("A Border Patrol agent pleaded nolo contendere to a misdemeanor charge.", "convicted", "Border Patrol agent", None),
    ("The former jailer pled nolo contendere to receiving stolen property.", "convicted", "jailer", None),
    # LEAVE
    ("The trooper is on discretionary leave with pay pending an internal investigation.", "suspended", "trooper", None),
    ("Trooper Wes Garnet has been placed on discretionary leave.", "suspended", "Wes Garnet", None),
    ("A state trooper was put on paid discretionary leave after the crash.", "suspended", "trooper", None),
    ("Deputy Omar Lyle remains on discretionary leave while the sheriff's office investigates.", "suspended", "Omar Lyle", None),
    ("Officer Bea Crane was on discretionary leave with pay for two months.", "suspended", "Bea Crane", None),
    ("Two troopers were placed on discretionary leave on Wednesday.", "suspended", "troopers", None),
    ("Sergeant Ann Pike is still on discretionary leave while troopers look into the crash.", "suspended", "Ann Pike", None),
    ("Trooper Cal Voss is currently on discretionary leave, the patrol said.", "suspended", "Cal Voss", None),
    # PRISON STAFF
    ("An employee at a Louisiana prison is in custody after drugs were found in his car.", "arrested", "employee at a Louisiana prison", None),
    ("An employee at a Texas prison was fired on Friday.", "dismissed", "employee at a Texas prison", None),
    ("A worker at a Georgia state prison was arrested on Monday.", "arrested", "worker at a Georgia state prison", None),
    ("An employee of a North Carolina prison was charged with bribery.", "charged", "employee of a North Carolina prison", None),
    ("A staff member at an Ohio prison was indicted on Thursday.", "charged", "staff member", None),
    ("An employee at an Arizona prison pled nolo contendere to bringing in contraband.", "convicted", "employee", None),
    ("An employee at a New York prison was suspended without pay.", "suspended", "employee", None),
    ("A worker at a Florida prison resigned after the inquiry began.", "resigned", "worker", None),
    ("An employee of the Dade County Sheriff's Office was fired on Monday.", "dismissed", "employee of the Dade County Sheriff's Office", None),
    ("A worker at the county jail was charged. The worker was fired a day later.", "dismissed", "worker at the county jail", None),
]

REFUSED = [
    # CUSTODY: someone else's custody, a death in it, custody of a thing or a child
    ("An inmate is in custody after the attack on a deputy.", "arrested"),
    ("The prisoner was in police custody when he collapsed.", "arrested"),
    ("A man died while he was in police custody.", "arrested"),
    ("The officer had the suspect in custody when the man collapsed.", "arrested"),
    ("The evidence was in the custody of the sheriff's office.", "arrested"),
    ("The suspect is in custody, police said.", "arrested"),
    ("Two detainees were in federal custody at the time.", "arrested"),
    ("A teenager remains in custody after the shooting of a deputy.", "arrested"),
    # NOLO: a plea not entered, or someone else's
    ("The man who attacked the deputy pled nolo contendere to assault.", "convicted"),
    ("The deputy is expected to plead nolo contendere next month.", "convicted"),
    # LEAVE: not a suspension
    ("The trooper took discretionary leave to care for his mother.", "suspended"),
    ("Officers may take discretionary leave under the contract.", "suspended"),
    # PRISON STAFF: a UK prison's staff, an unnamed prison, an inmate
    ("An employee at a Yorkshire prison was arrested on Monday.", "arrested"),
    ("An employee at a prison in Kent was dismissed.", "dismissed"),
    ("An inmate at a Louisiana prison was charged with assault.", "charged"),
    ("A prisoner at a Texas prison was convicted of murder.", "convicted"),
    ("A visitor to an Ohio prison was arrested with drugs.", "arrested"),
]
