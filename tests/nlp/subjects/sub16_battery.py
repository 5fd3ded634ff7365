"""Whose outcome it is when the person is described rather than named plainly (subj16): the
police noun phrase with any modifiers before its role head, with a phrase or clause between it
and the verb, or written first as another noun and then, in apposition, as an officer.

Shapes, crossed with outcome predicates, tenses and voices (UK, Irish and US wording):

  before the head    a country in capitals ("US", "UK", not the pronoun "us"); a place whose
                     first word is written short ("St. Louis", "Ft. Worth"); a possessive
                     inside a place's name ("Prince George's County") or a place owning the
                     description ("Maryland's longest-serving police chief")
  after the head     a passive participle with no object, then its phrase ("fired for
                     misconduct in 2019", "sacked by the Met", "dismissed from the force");
                     a place phrase, then a "who" clause ("an officer with the Dallas Police
                     Department who shot a teenager")
  apposition         a person noun or an age, then one officer between commas ("The man, a
                     former Ohio trooper,", "The 41-year-old, a veteran deputy,"); a law firm's
                     "our client" on a page that says its client is an officer

Every sentence was written for this battery; names, places and bodies are invented or generic.

STORIES: (text, [(outcome, subject words that must all be in the subject)])
REFUSED: (text, outcome, subject words) no outcome of that kind whose subject holds those
         words (None: no outcome of that kind at all)
"""

STORIES = [
    # --- a country in capitals before the head, not the pronoun "us"
    ("Three US police officers have been placed on administrative leave after the shooting.",
     [("suspended", "US police officers")]),
    ("Two US police officers were jailed on Friday for beating a handcuffed man.",
     [("jailed", "US police officers")]),
    ("A US Border Patrol agent was arrested in Arizona on Friday.",
     [("arrested", "US Border Patrol agent")]),
    ("Two US sheriff's deputies have been charged with manslaughter.",
     [("charged", "deputies")]),
    ("An off-duty UK police officer was arrested in Spain after a fight in a bar.",
     [("arrested", "UK police officer")]),
    # --- a place whose first word is written short
    ("Two St. Louis City police officers were indicted by a federal grand jury on Tuesday.",
     [("charged", "St. Louis City police officers")]),
    ("A former Ft. Worth police officer was sentenced to 10 years in prison.",
     [("jailed", "Ft. Worth police officer")]),
    ("A Mt. Vernon police sergeant has resigned after the audit.",
     [("resigned", "Mt. Vernon police sergeant")]),
    ("A now-former St. Paul officer was charged with manslaughter last week.",
     [("charged", "St. Paul officer")]),
    ("Three St. Louis County deputies were fired over the jail death.",
     [("dismissed", "St. Louis County deputies")]),
    # --- a possessive inside a place's name, or a place owning the description
    ("A Prince George's County police corporal was convicted of assault on Thursday.",
     [("convicted", "Prince George's County police corporal")]),
    ("Two Queen Anne's County deputies were fired after the video surfaced.",
     [("dismissed", "Queen Anne's County deputies")]),
    ("Maryland's longest-serving police chief pleaded guilty to theft.",
     [("convicted", "Maryland's longest-serving police chief")]),
    ("Ohio's most senior state trooper has been suspended without pay.",
     [("suspended", "Ohio's state trooper")]),
    ("Kerry's most senior garda was arrested yesterday as part of the inquiry.",
     [("arrested", "Kerry's garda")]),
    # --- a person noun or an age, then one officer in apposition
    ("The man, a former Cleveland police officer, pleaded guilty to wire fraud.",
     [("convicted", "former Cleveland police officer")]),
    ("The woman, an off-duty constable, was arrested at the scene.",
     [("arrested", "off-duty constable")]),
    ("The suspect, a serving garda, was charged with dangerous driving.",
     [("charged", "serving garda")]),
    ("The 41-year-old, a veteran sheriff's deputy, was fired on Wednesday.",
     [("dismissed", "veteran sheriff's deputy")]),
    ("The driver, an off-duty state trooper, has been arrested on suspicion of drink driving.",
     [("arrested", "state trooper")]),
    ("His father, a retired detective, has been charged with obstruction.",
     [("charged", "retired detective")]),
    ("The motorist, a probationary constable with Kent Police, was later dismissed without notice.",
     [("dismissed", "probationary constable")]),
    # --- "our client" on a page that says its client is an officer
    ("Police officer client cleared of assault. Our client was found not guilty at Leeds Crown Court on Friday.",
     [("acquitted", "client")]),
    ("Garda client acquitted. We are pleased to report that our client was acquitted of all charges.",
     [("acquitted", "client")]),
    ("Our client, a serving detective constable, was represented at the hearing. The client was later "
     "acquitted of assault by a jury.",
     [("acquitted", "client")]),
    # --- a passive participle with no object, then its phrase, before the verb
    ("A former state trooper fired for misconduct in 2019 has pleaded guilty to assault.",
     [("convicted", "former state trooper")]),
    ("A constable sacked by the Met in 2021 has been jailed for two years.",
     [("jailed", "constable")]),
    ("A garda dismissed from the force in 2018 was convicted of theft.",
     [("convicted", "garda")]),
    ("A deputy suspended last year over an inmate's death has resigned.",
     [("resigned", "deputy")]),
    ("An officer disciplined twice for excessive force was fired on Monday.",
     [("dismissed", "officer")]),
    ("A detective jailed in 2020 for selling drugs has been dismissed from the force.",
     [("dismissed", "detective")]),
    ("A corrections officer demoted after an escape in 2022 was arrested on Thursday.",
     [("arrested", "corrections officer")]),
    ("A PC cleared by a jury in 2020 has now been sacked for gross misconduct.",
     [("dismissed", "PC")]),
    # --- a place phrase, then a "who" clause, before the verb
    ("An officer with the Dallas Police Department who shot a teenager was fired on Tuesday.",
     [("dismissed", "officer")]),
    ("A deputy with the sheriff's office who struck a handcuffed man has been charged.",
     [("charged", "deputy")]),
    ("A constable from a North-East force who lied to investigators has been dismissed.",
     [("dismissed", "constable")]),
    ("A sergeant at the county jail who smuggled drugs to inmates was sentenced to three years in prison.",
     [("jailed", "sergeant")]),
    ("A garda at a Dublin station who leaked files to a journalist has been suspended.",
     [("suspended", "garda")]),
    ("A trooper with the state patrol who crashed into a family's car was indicted on Friday.",
     [("charged", "trooper")]),
    ("A detective in the Metropolitan Police who harassed a witness was jailed for 18 months.",
     [("jailed", "detective")]),
    ("An agent of the Border Patrol who took bribes from smugglers pleaded guilty on Monday.",
     [("convicted", "agent")]),
    # --- a person picked out by an ordinal or "only": the infinitive after it states a fact
    ("Her predecessor, Sean Price, was the first chief constable to be sacked.",
     [("dismissed", "Sean Price")]),
    ("Garda Pat Moran became the second Kerry garda in a year to be convicted of assault.",
     [("convicted", "Pat Moran")]),
    ("A Marlow County deputy is the only officer to be charged over the death.",
     [("charged", "deputy")]),
    ("Sergeant Ana Ruiz was the latest officer to be sacked by the force this year.",
     [("dismissed", "Ana Ruiz")]),
    # --- shapes together: a place in capitals, a participle phrase, a who clause
    ("A US Border Patrol agent charged in 2021 with smuggling has been convicted.",
     [("convicted", "US Border Patrol agent")]),
    ("A St. Louis County deputy with the jail unit who beat an inmate was fired on Friday.",
     [("dismissed", "St. Louis County deputy")]),
]

REFUSED = [
    # "us", the pronoun, is no one's country
    ("Police told us the man was arrested on Friday.", "arrested", "us"),
    ("The inspector asked us why the man was charged.", "charged", "us"),
    # an apposition that makes no one an officer, or names someone else
    ("The client, a teacher, was cleared of misconduct by the panel.", None, None),
    ("The man, a police officer's son, was charged with assault.", "charged", "officer"),
    ("The man, a friend of a police officer, was arrested on Friday.", "arrested", "officer"),
    ("The suspect, a man from Leeds, was charged with assaulting a constable.", "charged", "constable"),
    ("The sheriff's son, a former inmate, was arrested on Monday.", "arrested", None),
    ("Our client, the victim of a police assault, was awarded damages and the officer was never charged.",
     "charged", None),
    # "our client" with no police frame
    ("Our client was acquitted of assault after a three-day trial.", "acquitted", None),
    ("Officers raided the house. Our client was acquitted of possession after a three-day trial.", "acquitted", None),
    ("Our client, a nurse, was cleared of all charges. The officer who arrested her gave evidence.",
     "acquitted", None),
    ("The client of a private detective was arrested on Friday.", "arrested", None),
    # a person who harmed an officer, or was harmed by one
    ("A man who attacked an officer was jailed for two years.", "jailed", "officer"),
    ("A man who attacked an officer with the Dallas Police Department was jailed for two years.", "jailed", "officer"),
    ("The officer's attacker was sentenced to six months in prison.", "jailed", "officer"),
    ("A man shot by a US police officer was charged with assault.", "charged", "officer"),
    ("A suspect detained by two US agents was charged with smuggling.", "charged", "agents"),
    ("A man cleared of attacking a garda in 2019 has been jailed for theft.", "jailed", "garda"),
    # a past tense with its object is no participle phrase
    ("A deputy fired his gun twice and a man was arrested.", "arrested", "deputy"),
    ("A deputy fired at a suspect who was later charged with assault.", "charged", "deputy"),
    # an infinitive of intention or wish, not an ordinal's fact
    ("The chief wants the officer to be sacked.", "dismissed", None),
    ("The family expects the deputy to be charged next week.", "charged", None),
    ("It was the first time an officer was expected to be fired.", "dismissed", None),
    # a possessive person, not a place, and other trades
    ("A teacher dismissed in 2019 for misconduct has been jailed.", "jailed", None),
    ("Smith's lawyer was suspended by the bar last year.", "suspended", None),
    ("A St. Louis City firefighter was charged with arson on Monday.", "charged", None),
    ("Maryland's longest-serving fire chief pleaded guilty to theft.", "convicted", None),
]
