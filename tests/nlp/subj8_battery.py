"""Who an outcome happens to, and outcome shapes, as UK, Irish and US copy writes them.
Every sentence and story was written for this battery; names, places and bodies are invented.

STATED: (text, outcome, subject words that must all be in the subject or None, months or None)
STORIES: (text, [(outcome, subject words)])
REFUSED: (text, outcome that must not be found, or None for no outcome at all)
"""

STORIES = [
    # a person named without a rank, introduced by name and age after an unnamed officer lede
    ("A former Lakeview police officer who stole cash from seized property was sentenced on Monday. "
     "Circuit Judge Amy Roth ordered Dana Pruitt, 41, to repay $6,000. Pruitt pleaded guilty in March.",
     [("convicted", "Pruitt")]),
    ("A Millbrook sheriff's deputy has admitted beating a handcuffed man. According to the indictment, "
     "Travis Noble, 33, punched the man several times. A federal jury convicted Noble in June.",
     [("convicted", "Noble")]),
    ("A former state trooper was sentenced to probation on Thursday. Prosecutors said Lena Ortiz, 29, "
     "falsified overtime records for two years. Ortiz was fired by the state police in 2022.",
     [("dismissed", "Ortiz")]),
    ("A Dublin-based garda has appeared in court accused of theft. Declan Furey, aged 44, of Swords, "
     "was charged with stealing from a colleague's locker.",
     [("charged", "Declan Furey")]),
    ("A Tipperary garda has been convicted of assault. The court heard Seán Walsh (38) struck a man outside "
     "a pub. Walsh was suspended from duty last year.",
     [("suspended", "Walsh")]),
    ("A veteran Easton officer is facing charges after a crash. Records show Paul Dwyer, 52, of Easton, "
     "was arrested on Saturday. Dwyer resigned from the department on Monday.",
     [("resigned", "Dwyer")]),
    ("A former Ashby police officer was sentenced to three years on Friday. District Judge Lee Park also "
     "ordered Mia Chen, 39, to pay restitution. Chen pleaded guilty in June.",
     [("convicted", "Chen")]),
    # a name set off by commas after an unnamed officer and its clause
    ("Two deputies were fired in March. A third deputy involved in the beating, Ray Quinn, pleaded guilty on Monday.",
     [("convicted", "Ray Quinn")]),
    ("A second officer charged in the case, Kendra Moss, pled no contest last month. Moss was fired in May.",
     [("convicted", "Kendra Moss"), ("dismissed", "Moss")]),
    # "both men" after two officers each with an outcome of their own
    ("A jury found Officer Al Ray guilty of assault. A second officer, Officer Bo Kim, pleaded guilty. "
     "Internal affairs had sustained an excessive-force complaint against both men.",
     [("misconduct_proven", "both men")]),
    ("The Civilian Review Board sustained an excessive-force complaint against Officer Lee Park.",
     [("misconduct_proven", "Lee Park")]),
    # the unnamed officer's pronoun, not the victim's
    ("A former county jailer accused of smuggling drugs was sentenced Tuesday. Judge Owen Platt ordered "
     "Carla Reyes, 36, to serve two years of probation. Reyes pleaded guilty in August. She was placed on "
     "leave in 2021 and quit the following month.",
     [("convicted", "Reyes"), ("resigned", "Reyes")]),
]

STATED = [
    # decisions stated with "is to be" / "will be"
    ("A Durham constable is to be prosecuted for dangerous driving, the watchdog said.", "charged", "constable", None),
    ("A Garda sergeant is to face trial over the assault of a prisoner.", "charged", "sergeant", None),
    ("A West Yorkshire detective will be charged with misconduct in public office, the CPS said.", "charged", "detective", None),
    # words inside an administrative step
    ("Two Riverside police officers have been placed on routine paid administrative leave.", "suspended", "Riverside police officers", None),
    ("The deputy was placed on standard administrative leave pending the review.", "suspended", "deputy", None),
    ("Officer Hal Brandt was put on mandatory unpaid administrative leave.", "suspended", "Hal Brandt", None),
    # warnings in the plural, to a group
    ("Three other constables received written warnings.", "written_warning", "constables", None),
    ("Two sergeants were given final written warnings at the hearing.", "final_written_warning", "sergeants", None),
    # found NP guilty
    ("A Fulton County jury on Friday found former Ashby police officer Glen Marsh guilty of battery.", "convicted", "Glen Marsh", None),
    ("A jury at Leeds Crown Court found PC Ian Cole guilty of misconduct in a public office.", "convicted", "Ian Cole", None),
    # a long subject before the verb
    ("A member of An Garda Síochána attached to the Cork City division has been charged with assault.", "charged", "member", None),
    ("A former Westfield police officer who took money from a drug dealer was sentenced on Monday to three years in prison.", "jailed", "officer", 36),
    ("A police constable serving with the Metropolitan Police's Central West command has been dismissed.", "dismissed", "constable", None),
    ("A member of An Garda Síochána has been charged with dangerous driving.", "charged", "member of An Garda Síochána", None),
    ("A member of the Police Service of Northern Ireland serving in Belfast has been suspended.", "suspended", "member", None),
    # a fronted participle, the person after the verb
    ("Officer Al Fox was fired. Suspended, too, was his partner, Sgt. Kay Dunne, who was put on desk duty.", "suspended", "Kay Dunne", None),
    ("Fired as well was Deputy Ron Vega, who had been on the force for six years.", "dismissed", "Ron Vega", None),
    ("Also charged was Officer Dana Pike, 31.", "charged", "Dana Pike", None),
    ("Also arrested was Deputy Lou Hart.", "arrested", "Lou Hart", None),
    # a state board suspending a certification
    ("The POST board suspended the peace officer certification of Deputy Ann Lutz for six months.", "suspended", "Ann Lutz", None),
    ("The standards council suspended the certifications of two other troopers on Tuesday.", "suspended", "troopers", None),
    # the appositive head, not the possessor
    ("The chief has fired Officer Dale Hunt's partner, Officer Rita Kane, over the arrest.", "dismissed", "Rita Kane", None),
    ("The sheriff suspended Deputy Al Moss's supervisor, Sgt. Joe Brill, for a week.", "suspended", "Joe Brill", None),
    # Irish court style: aged N
    ("Garda Niall Brennan, aged 31, of Tullamore, pleaded guilty to assault causing harm.", "convicted", "Niall Brennan", None),
    ("Sergeant Aoife Kelly, aged 40, was convicted at Galway District Court.", "convicted", "Aoife Kelly", None),
    # suspended sentences
    ("PC Tom Grey has been given a suspended prison sentence for harassment.", "suspended_sentence", "Tom Grey", None),
    ("A former Kent PC has been spared jail after admitting misconduct in public office.", "suspended_sentence", "Kent PC", None),
    ("Ex-sergeant escapes jail over stolen fuel cards", "suspended_sentence", "Ex-sergeant", None),
]

REFUSED = [
    ("PC Tom Grey has been given a suspended prison sentence for harassment.", "jailed"),
    ("A former officer was given a suspended jail sentence of six months.", "jailed"),
    ("Former detective spared jail\n\nA former detective who stole from a charity was given a suspended sentence "
     "at Bristol Crown Court on Friday.", "other"),
    ("Related: Former detective jailed for four years over bribes", "jailed"),
    ("RELATED: Deputy fired after jail assault", "dismissed"),
    # people who are not the officer, named with an age
    ("A Lakeview officer was charged on Monday. The victim, Sam Lowry, 24, was arrested for trespass last year.", "arrested"),
    ("An officer shot a man during a traffic stop. Judge Mary Kent sentenced Paul Young, 30, to five years for robbery.", "jailed"),
    ("Officers arrested Mark Dean, 28, of Easton, after a chase.", "arrested"),
    ("The county fired Deputy Al Moss's lawyer, Jo Pike, on Monday.", "dismissed"),
    ("A deputy was charged with assault on Friday. The woman, Ana Silva, 27, was arrested at the scene.", "arrested"),
    ("A former officer was sentenced on Monday. His lawyer, Ben Cole, 50, was fined for contempt.", "other"),
    ("An Easton officer has been charged. Witnesses saw Tom Reid, 19, run from the car. Reid was arrested.", "arrested"),
    ("Detective Sara Holt was charged with fraud. Prosecutors said Omar Diaz, 40, was arrested in May.", "arrested"),
    ("The officer who stopped the driver, Tom Reid, was not hurt. Reid was arrested.", "arrested"),
    ("A member of the public who filmed the arrest was charged with obstruction.", "charged"),
    ("PC Al Ray was sacked. The panel sustained a complaint against both men, he and his brother.", "misconduct_proven"),
    ("Two deputies kicked a man in a cell. The board sustained a complaint against both men.", "misconduct_proven"),
    ("The state suspended the licence of the bar where the fight began.", None),
    ("Also charged was the driver, Tom Reid, 22.", None),
    ("Also arrested was his brother, Sam Fox.", None),
    # decisions not to act, and hypotheticals
    ("The constable is not to be prosecuted, the PPS said.", "charged"),
    ("Officers who lie could be prosecuted, the chief warned.", "charged"),
]
