"""Three shapes of English that hid a plainly stated outcome, each written for this battery
with invented names, places and forces:
- a UK warning carries its length before the noun ("a two-year final written warning");
- US wire copy sets a city's state between commas, and the state may be dotted initials
  ("a Raleigh, N.C., deputy");
- a time phrase stands before the subject with no comma ("Last week Deputy X was fired").

STATED: (text, outcome, subject words that must all be in the subject or None, months or None)
REFUSED: (text, outcome that must not be found, or None for no outcome at all)
"""

STATED = [
    # a warning's length before the noun: number word or digits, hyphen or space, year or month
    ("A police constable has been given a two-year final written warning.", "final_written_warning", "police constable", None),
    ("A detective sergeant has been issued with a three-year final written warning after the hearing.",
     "final_written_warning", "detective sergeant", None),
    ("PC Lara Quint received an 18-month final written warning for the messages.", "final_written_warning", "Quint", None),
    ("The panel gave Sergeant Hugh Marr a five-year final written warning.", "final_written_warning", "Marr", None),
    ("The chair handed the inspector a 12 month final written warning.", "final_written_warning", "inspector", None),
    ("Constable Ian Bell was given a three-year written warning for the posts.", "written_warning", "Bell", None),
    ("A special constable was handed an 18-month written warning.", "written_warning", "special constable", None),
    ("PCSO Dina Vale received a two year written warning after the meeting.", "written_warning", "Vale", None),
    ("The misconduct meeting gave PC Rob Tate a six-month written warning.", "written_warning", "Tate", None),
    ("A Garda sergeant was issued a two-year final written warning.", "final_written_warning", "Garda sergeant", None),
    ("The hearing found gross misconduct proven and PC Kay Munro was given a three-year final written warning.",
     "final_written_warning", "Munro", None),
    ("Detective Constable Omar Reid has received a five year final written warning.", "final_written_warning", "Reid", None),
    # a city and its dotted state between commas, before a police noun
    ("A grand jury has indicted a Raleigh, N.C., police officer on an assault charge.", "charged", "Raleigh, N.C., police officer", None),
    ("Prosecutors charged a Washington, D.C., officer with assault on Friday.", "charged", "Washington, D.C., officer", None),
    ("The sheriff fired a Greenville, S.C., deputy on Thursday.", "dismissed", "Greenville, S.C., deputy", None),
    ("A jury convicted a Trenton, N.J., detective of perjury.", "convicted", "detective", None),
    ("The state board decertified a Nashua, N.H., patrolman in March.", "barred", "patrolman", None),
    ("Federal agents arrested a Santa Fe, N.M., police sergeant on Tuesday.", "arrested", "sergeant", None),
    ("Police in Ohio indicted a Columbia, S.C., trooper for theft.", "charged", "trooper", None),
    ("Authorities said a Fargo, N.D., police officer was charged with official oppression.", "charged", "Fargo, N.D., police officer", None),
    ("The city fired an off-duty Providence, R.I., officer after the crash.", "dismissed", "Providence, R.I., officer", None),
    ("A judge sentenced a former Camden, N.J., police sergeant to 30 months in prison.", "jailed", "Camden, N.J., police sergeant", 30),
]

# a time phrase fronted without a comma: the subject must not take the time word as part of
# the description (exactly this subject)
SUBJECT_EXACT = [
    ("Last week Deputy Cole Ashby was fired.", "dismissed", "Deputy Cole Ashby"),
    ("Earlier this year Officer Nina Park was suspended without pay.", "suspended", "Officer Nina Park"),
    ("Two years ago Sergeant Luis Ortiz was charged with theft.", "charged", "Sergeant Luis Ortiz"),
    ("In May of this year Former Dallas Police Officer Kent Hale was acquitted of assault.", "acquitted", "Former Dallas Police Officer Kent Hale"),
    ("In June of last year Trooper Amy Cross was fired.", "dismissed", "Trooper Amy Cross"),
    ("This morning PC Tom Weller was charged with misconduct in public office.", "charged", "PC Tom Weller"),
    ("Last month Constable Jo Reeve resigned from the force.", "resigned", "Constable Jo Reeve"),
    ("Three weeks ago Officer Dan Pryor was arrested on a drink-driving charge.", "arrested", "Officer Dan Pryor"),
    ("Late last year Detective Ray Dunn was convicted of perjury.", "convicted", "Detective Ray Dunn"),
    ("Earlier this month Deputy Ana Silva was placed on administrative leave.", "suspended", "Deputy Ana Silva"),
    ("Last weekend Sergeant Ben Yates was arrested.", "arrested", "Sergeant Ben Yates"),
    ("A fortnight ago PC Sam Hollis was dismissed without notice.", "dismissed", "PC Sam Hollis"),
    ("Last year Officer Rae Tolan was acquitted of all charges.", "acquitted", "Officer Rae Tolan"),
    ("This afternoon Garda Liam Foy was charged with assault.", "charged", "Garda Liam Foy"),
    ("Last Tuesday Deputy Rita Gale was suspended.", "suspended", "Deputy Rita Gale"),
    ("Six months ago Detective Sergeant Alan Kerr was dismissed.", "dismissed", "Detective Sergeant Alan Kerr"),
    ("Earlier this week Trooper Mark Dale was arrested on a DUI charge.", "arrested", "Trooper Mark Dale"),
    ("This evening Officer Paul Greer was charged with assault.", "charged", "Officer Paul Greer"),
]

REFUSED = [
    # a warning with a length that is not given to anyone, or not a sanction
    ("A two-year final written warning can be given at a misconduct hearing.", "final_written_warning"),
    ("Officers may be given a final written warning that lasts for up to five years.", "final_written_warning"),
    ("The council issued a two-year written warning to the landlord.", "written_warning"),
    ("The panel considered a two-year final written warning but dismissed the officer.", "final_written_warning"),
    ("The shop worker was given a five-year final written warning by his employer.", "final_written_warning"),
    ("A six-month written warning is the lowest sanction available.", "written_warning"),
    # a city and its state before a person who is no officer
    ("A Raleigh, N.C., man was charged with assault.", "charged"),
    ("A Trenton, N.J., teacher was fired on Friday.", "dismissed"),
    ("Prosecutors charged a Washington, D.C., lawyer with fraud.", "charged"),
    ("A Columbia, S.C., nurse was arrested on Tuesday.", "arrested"),
    ("The school fired a former Camden, N.J., teacher after the complaint.", "dismissed"),
    ("Police arrested an off-duty Providence, R.I., firefighter after the crash.", "arrested"),
    # a time phrase before a subject who is no officer, or no outcome
    ("Last week the shop manager was fired.", "dismissed"),
    ("Earlier this year a teacher was suspended.", "suspended"),
    ("Two years ago a local man was charged with theft.", "charged"),
    ("Last week Deputy Cole Ashby fired his weapon at a fleeing car.", "dismissed"),
    ("This morning Officer Nina Park was praised for her bravery.", None),
    ("Last month Constable Jo Reeve joined the force.", None),
    ("In May of this year Officer Kent Hale was promoted to sergeant.", None),
    ("Last year Sergeant Luis Ortiz was not charged.", "charged"),
    ("Three weeks ago the officers were called to a flat.", None),
    ("A 20-year veteran officer was honoured last week.", None),
]

# an age written with spaces keeps its "year": the apposition is still the person's
AGE_KEPT = [
    ("Inspector Ruth Gale, a 48 year old mother of two, was found guilty of misconduct in public office.",
     "convicted", "Inspector Ruth Gale"),
]
