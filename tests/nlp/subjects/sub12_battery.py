"""Whose outcome it is, in the shapes first-sight batches 6-11 showed missing: a name after
its age or a descriptor, a role held in the past ("who used to be a constable", "ex-PC"),
"one" / "another" standing for an officer of a counted group, groups named by their role
("law enforcement officers", "A lieutenant and another captain"), a tribunal's or court's
role for the officer ("the member", "the applicant"), two people joined by "and", and a
rank the name must keep whole. Every sentence was written for this battery; names, places
and bodies are invented.

STORIES: (text, [(outcome, subject words that must all be in the subject)])
REFUSED: (text, outcome, subject words) no outcome of that kind whose subject holds those
         words (None: no outcome of that kind at all)
"""

STORIES = [
    # --- a name after its age, or with a descriptor in apposition
    ("38 year old Mark Dunne, who used to be a constable in Essex, pleaded guilty to misconduct in public office.",
     [("convicted", "Dunne")]),
    ("A 45-year-old former sergeant, Paula Grey, was jailed for two years at Leeds Crown Court.",
     [("jailed", "Grey")]),
    ("Detective Inspector Ruth Hale, a 47 year old woman, had been found guilty of fraud.",
     [("convicted", "Ruth Hale")]),
    ("Sergeant Tom Ash, a father of three from Swindon, was dismissed without notice.",
     [("dismissed", "Tom Ash")]),
    ("Former PC Owen Lake, 52, who used to work at Brixton, was sentenced to 14 months in prison.",
     [("jailed", "Owen Lake")]),
    # --- a role held in the past
    ("Gary Webb, who used to be a police officer in Kent, admitted two counts of theft.",
     [("convicted", "Gary Webb")]),
    ("Helen Ross, a former officer of the force, was jailed for 18 months on Friday.",
     [("jailed", "Helen Ross")]),
    ("Ex-PC Dean Sutton was convicted of misconduct in public office at Bristol Crown Court.",
     [("convicted", "Dean Sutton")]),
    ("Carl Maddox, who was a detective constable with Merseyside Police until 2019, was charged with bribery.",
     [("charged", "Carl Maddox")]),
    ("Joan Pryce, who served as a garda in Sligo for 12 years, was convicted of harassment.",
     [("convicted", "Joan Pryce")]),
    ("Ricky Tate, who until last year was a deputy with the Polk County Sheriff's Office, pleaded guilty Monday.",
     [("convicted", "Ricky Tate")]),
    # --- "one" and "another" standing for officers of a counted group
    ("Figures show that nine gardaí were convicted of criminal offences since 2019. One was found guilty of "
     "assault causing harm. Another was prosecuted and found guilty of theft.",
     [("convicted", "One"), ("convicted", "Another")]),
    ("Five officers from the force were prosecuted last year. One was convicted of dangerous driving, while "
     "another was found guilty of perverting the course of justice.",
     [("convicted", "One"), ("convicted", "another")]),
    ("Four Met officers faced misconduct hearings. Another police officer was charged with assault.",
     [("charged", "police officer")]),
    ("Three deputies were fired in March. Another deputy was suspended for 10 days.",
     [("suspended", "deputy")]),
    # --- groups named by their role
    ("Six former Alabama law enforcement officers have pleaded guilty to civil rights charges.",
     [("convicted", "law enforcement officers")]),
    ("Five former Dade County law enforcement officers admitted the charges. In May, federal charges had been "
     "filed against the former law enforcement officers.",
     [("charged", "former law enforcement officers")]),
    ("A lieutenant and another captain involved in the raid were suspended for five days.",
     [("suspended", "lieutenant")]),
    ("A sheriff's captain was demoted and later retired.",
     [("retired", "captain")]),
    ("Two corrections officers were fired after the inmate's death.",
     [("dismissed", "corrections officers")]),
    ("Three state troopers were indicted on Thursday by a grand jury in Erie County.",
     [("charged", "troopers")]),
    ("Four former jail guards pleaded guilty to beating a prisoner.",
     [("convicted", "guards")]),
    ("A police sergeant and a constable were dismissed for gross misconduct.",
     [("dismissed", "sergeant")]),
    # --- a tribunal's or a court's role for the officer
    ("The applicant, a garda of 20 years' service, was found to have breached discipline. The board "
     "recommended that the member be dismissed. The Commissioner dismissed the member in 2019.",
     [("dismissed", "member")]),
    ("The judicial review concerned a member of An Garda Síochána based in Galway. The member was suspended "
     "from duty in 2016.", [("suspended", "member")]),
    ("The appellant, a former police constable, was convicted of misconduct in public office in 2016.",
     [("convicted", "constable")]),
    # --- two people joined by "and": the outcome is both people's
    ("Ian Ford, 44, of Dalton and Officer Neil Booth of Marysville were convicted of conspiracy.",
     [("convicted", "Booth")]),
    ("PC Amy Clarke and PC Ross Hunt were both dismissed after a hearing at force headquarters.",
     [("dismissed", "Clarke"), ("dismissed", "Hunt")]),
    ("Detective Chief Inspector June Harte, a 49 year old woman had admitted misconduct in a public office. "
     "She was jailed for 12 months.",
     [("convicted", "June Harte"), ("jailed", "June Harte")]),
    # --- first names that are also words, after a rank; stacked ranks
    ("Sergeant Bill Marsh was suspended in May after a complaint.", [("suspended", "Bill Marsh")]),
    ("Officer May Lin was fired on Friday.", [("dismissed", "May Lin")]),
    ("Detective Chief Superintendent Owen Pryor was dismissed without notice.", [("dismissed", "Owen Pryor")]),
    # --- an adverb between the person and the verb; a body's name that holds a rank
    ("The Peace Officer Standards and Training Council said that Lieutenant Dana Cole voluntarily surrendered "
     "her certification.", [("barred", "Dana Cole")]),
    ("Deputy Chief Ray Moss quietly retired in March.", [("retired", "Ray Moss")]),
    # --- a byline's "Staff Writer" is no named officer standing before the story's own
    ("Ex-Dade deputy gets two years for punching inmate\n\nBy Lee Ortiz, Herald Staff Writer\n\n"
     "A former Dade County deputy who punched an inmate was sentenced Monday to two years in prison.\n\n"
     "Judge Ann Kerr sentenced Paul Voss, 41, after a jury found him guilty of battery.\n\n"
     "The sheriff fired Voss in May 2024.",
     [("dismissed", "Voss")]),
    # --- officers counted inside a group of people; "each" for the people named before
    ("Agents arrested six people on Friday, including two county jailers.", [("arrested", "two county jailers")]),
    ("Detectives arrested nine people, among them three detention officers.",
     [("arrested", "three detention officers")]),
    ("Officers Tia Grant and Leo Park were arrested on Monday. Each is charged with official misconduct.",
     [("charged", "Grant"), ("charged", "Park")]),
    # --- a rank the name keeps whole
    ("Assistant Police Chief Carl Brandt voluntarily surrendered his peace officer certification.",
     [("barred", "Carl Brandt")]),
    ("Deputy Police Chief Maria Lopez was placed on administrative leave Friday.",
     [("suspended", "Maria Lopez")]),
    ("Assistant Chief Constable Ben Hart was dismissed at a special case hearing.",
     [("dismissed", "Ben Hart")]),
]

REFUSED = [
    # someone who used to be something other than police
    ("Paul Rigg, who used to be a teacher in Leeds, pleaded guilty to assaulting a police officer.",
     "convicted", "Rigg"),
    # "one" and "another" for people who are not officers
    ("Three men were arrested after the protest. One was charged with assaulting a garda.",
     "charged", "One"),
    ("Two drivers were stopped by officers on the motorway. Another motorist was charged with drink driving.",
     "charged", "motorist"),
    # a suspect named after his age
    ("Officers arrested 29 year old Kyle Marsh, who used to live in Hull. Marsh pleaded guilty to burglary.",
     "convicted", "Marsh"),
    # a role-named group that is not police
    ("Four former nursing home workers pleaded guilty to neglect.", "convicted", None),
    # a board or association whose name holds a rank is no person
    ("The Police Officers Association was fined for late filings.", None, "Police Officers Association"),
    ("The Deputy Sheriffs Association was suspended from the council.", None, "Association"),
    # a man described by age after a name not known as police
    ("Officers arrested Ray Dunn, a 28 year old man from Hull. Dunn was charged with burglary.", "charged", "Dunn"),
    # a group of people with no officers counted inside it
    ("Police arrested six people, including two teenagers.", "arrested", None),
    ("Each of the applicants was refused bail.", None, None),
    # the applicant in a case brought by a civilian
    ("The applicant, a taxi driver from Cork, was convicted of assault in 2018.", "convicted", "applicant"),
]
