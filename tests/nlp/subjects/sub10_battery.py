"""Whose outcome it is, as UK, Irish and US copy writes it: defendants listed by name and
age after their group, later mentions by surname, press releases that print names in
capitals, correction employees, counted and partitive groups, pronouns and role nouns
across paragraphs, the officer named only by a role in the headline, several officers
each with their own outcome; and the people whose outcomes are not an officer's.
Every sentence and story was written for this battery; names, places and bodies are invented.

STORIES: (text, [(outcome, subject words that must all be in the subject)])
REFUSED: (text, outcome, subject words) no outcome of that kind whose subject holds those
         words (None: no outcome of that kind at all)
"""

STORIES = [
    # --- defendants named in a list, by name, age and town, after their group of officers
    ("Three of the 11 former Harlan County jail officers charged in the beating of an inmate pleaded guilty "
     "on Wednesday. Dale Pruett, 44, of Cumberland, pleaded guilty to conspiracy. Erin Walsh, 31, of Lynch, "
     "pleaded guilty to obstruction. Pruett had been charged with deprivation of rights.",
     [("convicted", "Dale Pruett"), ("convicted", "Erin Walsh"), ("charged", "Pruett")]),
    ("Four former Ridgeview police officers were sentenced today in federal court for beating a handcuffed "
     "man. Marcus Lyle, 38, received 30 months in prison. Tanya Boyd, 29, received two years of probation. "
     "Lyle pleaded guilty in March.",
     [("jailed", "Marcus Lyle"), ("other", "Tanya Boyd"), ("convicted", "Lyle")]),
    ("Two Dorset deputies pleaded guilty on Monday to civil rights offences. Kyle Baird, 27, of Mount Vale, "
     "admitted using excessive force. Baird was fired in June.",
     [("dismissed", "Baird")]),
    ("Five Bexar County detention officers were indicted on Tuesday. Luis Ortega, 35, of Converse, was "
     "charged with official oppression. Ortega was placed on administrative leave.",
     [("charged", "Luis Ortega"), ("suspended", "Ortega")]),
    ("Two of the six troopers accused in the overtime scheme pleaded guilty Friday. Sean Doyle, 52, of "
     "Millis, pleaded guilty to embezzlement. Doyle retired in 2019.",
     [("convicted", "Sean Doyle"), ("retired", "Doyle")]),
    ("Two former Garda members were convicted at Cork Circuit Criminal Court. Noel Byrne, aged 48, of "
     "Mallow, was jailed for 18 months. Byrne had resigned from the force in 2021.",
     [("jailed", "Noel Byrne"), ("resigned", "Byrne")]),
    ("Three former Merseyside Police constables have been jailed for misconduct in public office. "
     "Gary Platt, 41, of Bootle, was jailed for two years. Platt was dismissed in 2022.",
     [("jailed", "Gary Platt"), ("dismissed", "Platt")]),
    # --- press releases that print names in capitals
    ("WASHINGTON - A former Lakeside police sergeant was sentenced today. JOHN R. MATTHEWS, 41, a former "
     "sergeant with the Lakeside Police Department, was sentenced to 37 months in federal prison. Matthews "
     "resigned from the department in 2021.",
     [("jailed", "MATTHEWS"), ("resigned", "Matthews")]),
    ("A former corrections officer pleaded guilty today. According to court documents, DENISE CARTER, 33, "
     "of Oak Ridge, smuggled drugs into the county jail. Carter pleaded guilty to bribery.",
     [("convicted", "Carter")]),
    ("KEVIN O'DELL, 29, a former deputy with the Marion County Sheriff's Office, was indicted today on "
     "civil rights charges. O'Dell was fired in May.",
     [("charged", "KEVIN O'DELL"), ("dismissed", "O'Dell")]),
    # --- names with initials
    ("A state trooper has been dismissed after a high-speed chase. Local media reports T.J. Walsh was "
     "fired Thursday. He had been suspended without pay during the inquiry.",
     [("dismissed", "T.J. Walsh"), ("suspended", "Walsh")]),
    # --- correction employees and jail staff
    ("Nine employees of the Department of Correction were arrested on Thursday. Six of the nine employees "
     "were charged with assault. The department suspended the employees after the arrests.",
     [("charged", "employees"), ("suspended", "employees")]),
    ("Four correction officers at the Fulton County jail were indicted. The Sheriff's Office fired the "
     "officers last week.",
     [("charged", "correction officers"), ("dismissed", "officers")]),
    ("Two jail staff members were charged with smuggling contraband into the Pine County jail.",
     [("charged", "jail staff members")]),
    # --- groups with a count
    ("Two of his deputies were arrested on Friday and accused of beating a former inmate.",
     [("arrested", "deputies")]),
    ("Two of the 14 current and former Westbrook police officers facing federal charges pleaded guilty on Tuesday.",
     [("convicted", "police officers")]),
    ("All three officers were fired after the video surfaced.", [("dismissed", "officers")]),
    ("Two deputies were fired on Monday after the inmate's death.", [("dismissed", "deputies")]),
    ("Two Lancashire constables were sacked last week. The pair were also placed on the barred list.",
     [("dismissed", "constables"), ("barred", "constables")]),
    ("Seven of the 12 officers were suspended without pay pending the review.", [("suspended", "officers")]),
    ("Three gardaí have been suspended from duty following an investigation into the Athlone station.",
     [("suspended", "gardaí")]),
    ("Five officers have been disciplined over the raid. Two were dismissed and three received final written "
     "warnings.", [("dismissed", None), ("final_written_warning", None)]),
    # --- pronouns and role nouns across paragraphs
    ("A Garda sergeant has been convicted of assaulting a prisoner in a cell in Ennis.\n\n"
     "The court heard the accused struck the man twice.\n\n"
     "The defendant was suspended from duty in 2022 and will be sentenced in May.",
     [("convicted", "sergeant"), ("suspended", "sergeant")]),
    ("A former PC has lost his appeal against conviction. The appellant, who served with Kent Police, had "
     "been convicted of misconduct in public office in 2021.",
     [("convicted", "PC")]),
    ("Deputy Ray Mott was arrested on Saturday.\n\nThe deputy was placed on unpaid leave on Monday, the "
     "sheriff said.",
     [("arrested", "Ray Mott"), ("suspended", "Ray Mott")]),
    ("Officer Dana Kell has been charged with assault.\n\nThe former officer resigned in March, before the "
     "internal inquiry ended.",
     [("charged", "Dana Kell"), ("resigned", "Dana Kell")]),
    ("Constable Aisha Noor was dismissed without notice on Friday.\n\nShe will be placed on the barred list, "
     "the force said.",
     [("dismissed", "Aisha Noor"), ("barred", "Aisha Noor")]),
    ("A Cheshire detective who stole from a dead man's home has been jailed.\n\nDC Martin Hale, 45, was jailed "
     "for 14 months at Chester Crown Court.\n\nHe had been suspended since his arrest in 2022.",
     [("jailed", "Martin Hale"), ("suspended", "Hale")]),
    # --- the officer named only by role in the headline
    ("Ex-cop gets four years for stealing from evidence room\n\nA former Elmwood police officer was sentenced "
     "Thursday to four years in prison for stealing cash from the evidence room.",
     # the headline's outcome is the story's, said once with the story's words (outc20)
     [("jailed", "former Elmwood police officer")]),
    ("Former trooper pleads guilty to falsifying tickets\n\nA former state trooper pleaded guilty Monday to "
     "falsifying traffic tickets.",
     [("convicted", "trooper")]),
    # --- several officers, each with an outcome of their own
    ("Officer Lee Grant was fired; Officer Tom Rudd, the second officer, resigned.",
     [("dismissed", "Lee Grant"), ("resigned", "Tom Rudd")]),
    ("Sergeant Paula Hart was dismissed. PC Owen Lloyd received a final written warning.",
     [("dismissed", "Paula Hart"), ("final_written_warning", "Owen Lloyd")]),
    ("Deputy Carl Nash was fired and Deputy Amy Lutz was suspended for 10 days.",
     [("dismissed", "Carl Nash"), ("suspended", "Amy Lutz")]),
    # --- the story's one officer named late
    ("A former Brookfield officer was sentenced to probation on Tuesday for lying about a crash. Court records "
     "show Jenna Pike, 34, told investigators she was not driving. Pike resigned from the department in 2023.",
     [("resigned", "Pike")]),
    # --- a recently retired officer
    ("A prison sentence was handed down to a recently retired Garda sergeant at Tullamore Circuit Court.",
     [("jailed", "sergeant")]),
    ("A recently promoted inspector has been suspended from duty.", [("suspended", "inspector")]),
]

REFUSED = [
    # suspects, victims, inmates, witnesses, relatives, lawyers, chiefs who announce
    ("Officer Dan Reyes arrested Tom Buck, 33, of Oakdale, on Saturday. Buck was charged with burglary.",
     "charged", "Buck"),
    ("Deputy Jo Marsh was fired on Monday. The inmate she assaulted, Leon Ware, 27, was released.",
     "dismissed", "Ware"),
    ("The victim, Sara Lutz, 24, was taken to hospital. The officer was suspended.", "suspended", "Lutz"),
    ("A man who assaulted a PC outside a nightclub has been jailed for six months.", "jailed", None),
    ("A Chicago officer is on leave after a shooting. The suspect, Andre Mills, 19, was charged with "
     "aggravated assault.", "charged", "Mills"),
    ("Police Chief Anna Ruiz said the officer had been fired.", "dismissed", "Ruiz"),
    ("Sheriff Bill Tate announced that the deputy was terminated on Friday.", "dismissed", "Tate"),
    ("The officer's lawyer, Mark Stone, said his client would appeal the dismissal.", "dismissed", "Stone"),
    ("An inmate at the county jail was charged with assaulting a correction officer.", "charged", None),
    ("The woman the deputy arrested was later charged with resisting arrest.", "charged", None),
    ("Two inmates were charged after the riot at the Pine County jail.", "charged", None),
    ("Jurors found the driver, Carl Hays, 41, guilty of assault on a police officer.", "convicted", "Hays"),
    ("The constable's wife was arrested on suspicion of fraud.", "arrested", None),
    ("A witness, Joan Pratt, 58, told the court she saw the officer strike the man.", None, "Pratt"),
    ("Officers arrested Ray Dunn, 28, of Ely, after the chase. Dunn pleaded guilty on Monday.", "convicted", "Dunn"),
    ("A deputy shot a man during a traffic stop in June. Judge Ann Cole sentenced Paul Young, 30, to five "
     "years in prison.", "jailed", "Young"),
    ("The sergeant's son, Liam Ward, 19, was arrested on suspicion of assault.", "arrested", "Ward"),
    ("Three officers were cleared of misconduct. The man they arrested, Omar Khan, 31, was convicted of "
     "affray.", "convicted", "Khan"),
    ("A civilian employee of the county library was charged with theft.", "charged", None),
    ("Kevin Marsh, 45, of Dover, was arrested for assaulting two police officers.", "arrested", "Marsh"),
    ("45 officers were dismissed last year, the force said.", "dismissed", None),
    ("Officers who lie will be sacked, the commissioner warned.", "dismissed", None),
    ("DENNIS HALL, 52, of Rockport, was sentenced to 10 years in prison for robbing a bank. Officer Jane Roe "
     "arrested Hall in 2022.", "jailed", "HALL"),
    ("The jury convicted the defendant, Mario Bell, 22, of shooting at a police officer.", "convicted", "Bell"),
]

# Round 2: written in one go after round 1's rules landed, and run before any rule was
# changed for it (the pass rate at that first run is in notes/reading-sub10.md).
STORIES_2 = [
    # the story's one officer, named late, without an age
    ("A Waverly police officer accused of stealing from a dying man has lost his job.\n\n"
     "The department said Marcus Delaney was terminated on Tuesday after an internal review.",
     [("dismissed", "Marcus Delaney")]),
    ("A veteran Garda has been suspended from duty.\n\nIt is understood Niall Brennan was suspended on Friday "
     "pending the outcome of a criminal investigation.",
     [("suspended", "Niall Brennan")]),
    ("An Ohio state trooper has been charged with drunken driving.\n\nCourt records show Brandon Kyle Pace was "
     "charged Monday. Pace was placed on administrative leave.",
     [("charged", "Pace"), ("suspended", "Pace")]),
    # members listed after their group, in several layouts
    ("Four Marlow County deputies were indicted Thursday on civil rights charges.\n\n"
     "- Aaron Tate, 31, was charged with deprivation of rights.\n- Colin Reese, 45, was charged with obstruction.",
     [("charged", "Aaron Tate"), ("charged", "Colin Reese")]),
    ("Two former Fairbanks police officers were sentenced Wednesday in federal court. Jared Olsen, 34, of "
     "North Pole, was sentenced to 18 months in prison, and Kurt Vance, 39, of Fairbanks, was sentenced to "
     "three years of probation.",
     [("jailed", "Jared Olsen"), ("other", "Kurt Vance")]),
    ("Three Cork gardaí appeared at the Circuit Criminal Court yesterday. Ciarán Ó Murchú (41), of Bishopstown, "
     "pleaded guilty to harassment. Ó Murchú was suspended from duty in 2022.",
     [("convicted", "Ó Murchú"), ("suspended", "Ó Murchú")]),
    ("Two Avon and Somerset officers were charged with misconduct in public office. Hollie Grant, 29, and "
     "Dean Marsh, 33, will appear at Bristol Magistrates' Court next month.",
     [("charged", "officers")]),
    # releases in capitals, each later by surname
    ("According to court documents, ANTHONY J. RIZZO, 47, a former lieutenant with the Westfield Police "
     "Department, accepted bribes. RIZZO pleaded guilty in March and resigned from the department in April.",
     [("convicted", "RIZZO"), ("resigned", "RIZZO")]),
    # counted and possessive groups
    ("The sheriff said three of his jailers were fired after the inmate's death.", [("dismissed", "jailers")]),
    ("After two of its officers were charged with assault, the department placed both on leave.",
     [("charged", "officers")]),
    ("Both deputies were fired Friday, the sheriff said.", [("dismissed", "deputies")]),
    ("The four officers, who were all off duty, were suspended with pay.", [("suspended", "officers")]),
    ("Six of the eight correction officers at the Rose Hill facility were suspended without pay.",
     [("suspended", "correction officers")]),
    # several officers, each with an outcome
    ("Sgt. Ruth Oakes retired before the hearing, while Officer Ben Tully was fired.",
     [("retired", "Ruth Oakes"), ("dismissed", "Ben Tully")]),
    ("PC Adam Firth was jailed for two years. His colleague, PC Jade Moss, was given a suspended sentence.",
     [("jailed", "Adam Firth"), ("suspended_sentence", "Jade Moss")]),
    # role nouns and pronouns across paragraphs
    ("A Northumbria officer has been found guilty of assault.\n\nThe constable, who has 12 years' service, "
     "struck a teenager in Blyth.\n\nShe was suspended after the incident and will be sentenced in June.",
     [("convicted", "officer"), ("suspended", "constable")]),
    ("Detective Sergeant Leo Grant was arrested on Tuesday.\n\nThe detective had been on restricted duties since "
     "2023. He was suspended on Wednesday.",
     [("arrested", "Leo Grant"), ("suspended", "Leo Grant")]),
    ("A former deputy has been sentenced for stealing from an elderly woman.\n\nThe ex-deputy was ordered to "
     "serve 90 days in jail.",
     [("jailed", "deputy")]),
]

REFUSED_2 = [
    ("A Waverly officer shot a man during a traffic stop on Friday.\n\nDarnell Hughes was pronounced dead at "
     "the scene. His brother, Andre Hughes, was arrested for assaulting a deputy.", "arrested", "Hughes"),
    ("Two deputies were fired after an inmate died. Family members said Jamal Price, 28, had asthma.",
     None, "Price"),
    ("Three officers were suspended. The man they restrained, Curtis Webb, 35, was later charged with "
     "disorderly conduct.", "charged", "Webb"),
    ("A trooper has been placed on leave.\n\nThe driver, Nora Kent, 52, of Ashland, was cited for speeding.",
     None, "Kent"),
    ("Four correction officers were indicted. Inmate Luis Ortiz, 30, was charged with assaulting one of them.",
     "charged", "Ortiz"),
    ("An officer was cleared by the jury. The prosecutor, Ellen Shaw, said she would not retry the case.",
     None, "Shaw"),
    ("District Attorney Mark Boyle announced that the deputy was charged with manslaughter.", "charged", "Boyle"),
    ("A Garda was injured during the arrest. Keith Moran (24), of Navan, was charged with assault.",
     "charged", "Moran"),
    ("The officer's attorney, Ryan Cole, said his client had resigned.", "resigned", "Cole"),
    ("Two deputies were fired on Monday. The jail's nurse, Amy Lowe, 44, was also arrested.", "arrested", "Lowe"),
]

# Written for the kinds the probe10 report named in this area (names in capitals with a
# suffix, a quoted nickname, a participle clause between the subject and its verb, "all
# three men", "one ... and the other", a name after a court's "for"); none copies its text.
STORIES_3 = [
    ("SPRINGFIELD - DONALD R. HUNT SR., 58, a former captain with the Ardmore Police Department, pleaded guilty "
     "today to wire fraud. HUNT retired from the department in 2022.",
     [("convicted", "HUNT"), ("retired", "HUNT")]),
    ("A former Brixton Township officer has been sentenced. Judge Paula Main sentenced Thomas \"Tommy\" Greer, "
     "52, to 18 months in prison. Greer pleaded guilty in May.",
     [("jailed", "Greer"), ("convicted", "Greer")]),
    ("A Dade County deputy charged with beating a handcuffed teenager has been fired, the sheriff said.",
     [("dismissed", "deputy")]),
    ("A state trooper seen on video kicking a motorist has been suspended without pay.", [("suspended", "trooper")]),
    ("Deputy Ray Cole and Deputy Sam Ortiz were convicted in June. Deputy Lee Park was acquitted. "
     "All three men were fired by the sheriff's office in July.",
     [("dismissed", "three men")]),
    ("Investigators sustained two complaints: one deputy was suspended for ten days and the other was given a "
     "written reprimand.", [("suspended", "deputy"), ("written_warning", "other deputy")]),
    ("A former Elm Grove police officer who stole cash from an evidence locker was sentenced on Friday. "
     "Circuit Judge Ana Ruiz imposed a suspended sentence for Carla Benn, 44, of Elm Grove. Benn resigned in 2023.",
     [("resigned", "Benn")]),
]

STORIES_3 += [
    # the victim inside the lede officer's own relative clause brings in no new defendant; once the
    # name is the officer, a later 'him' is the officer too, not the man he hit
    ("A former Dunmore police officer who choked a man during an arrest will not go to prison, a judge ruled. "
     "Judge Carl Ames stayed a 15-month sentence for Peter Kohl, 36, on Tuesday. Kohl was convicted in June. "
     "Kohl was off duty when he choked a 30-year-old man outside a bar. The city fired him in May.",
     [("convicted", "Kohl"), ("dismissed", "Kohl")]),
]

REFUSED_3 = [
    ("FALL RIVER, Mass. (AP) — A police officer who punched a handcuffed man has been fired.", "dismissed", "FALL"),
    ("A man accused of assaulting a police officer was jailed for six months.", "jailed", None),
    ("A deputy shot a man during a traffic stop. Judge Amy Hall set bail for Tyrone Baker, 30, on Monday. "
     "Baker was charged with assault.", "charged", "Baker"),
    ("Officer Al Dunn arrested three men outside the bar. All three men were charged with affray.", "charged", None),
]

# Round 4: written in one go after round 3's rules landed, run before any change for it.
STORIES_4 = [
    ("Ex-trooper admits stealing overtime pay\n\nA former Vermont state trooper pleaded guilty Tuesday to "
     "stealing more than $20,000 in overtime pay. Glen Mayer, 49, of Barre, resigned from the state police "
     "in 2023.", [("convicted", "trooper"), ("resigned", "Mayer")]),
    ("Two Gwent Police officers have been dismissed after a misconduct hearing. PC Aled Rees and PC Owain "
     "Price were found to have shared offensive messages. Both officers were also placed on the barred list.",
     [("dismissed", "officers"), ("barred", "officers")]),
    ("A garda has been charged with assault causing harm. The accused garda, who is attached to Store Street "
     "station, was suspended from duty last month.",
     [("charged", "garda"), ("suspended", "garda")]),
    ("A former Durham police officer has been jailed for 16 months.\n\nMark Ellison, 38, of Chester-le-Street, "
     "admitted misconduct in public office at Durham Crown Court.\n\nEllison was dismissed by the force in 2022.",
     [("jailed", "officer"), ("dismissed", "Ellison")]),
    ("Three correction officers at the county jail were arrested Friday. Jail staff members Tina Cole, 34, and "
     "Rob Nash, 41, were charged with smuggling contraband.",
     [("arrested", "correction officers")]),
    ("Deputy Kyle Bourne was fired in March. Deputy Lena Ortiz, who was with him that night, was suspended for "
     "30 days. Bourne was indicted on Tuesday.",
     [("dismissed", "Kyle Bourne"), ("suspended", "Lena Ortiz"), ("charged", "Bourne")]),
    ("A veteran New Haven police sergeant was arrested on Saturday and charged with drunken driving.\n\n"
     "Sgt. Paul Reyes was placed on administrative leave, Chief Karen Wade said. He has been with the "
     "department for 19 years.",
     [("arrested", "sergeant"), ("suspended", "Paul Reyes")]),
    ("A police officer who lied about a crash has been sacked.\n\nThe former officer, who served with Essex "
     "Police for six years, was dismissed without notice at a hearing on Monday. She will be placed on the "
     "barred list.",
     [("dismissed", "officer"), ("barred", "officer")]),
    ("The jail's former commander, Lt. Dana Reed, resigned in January. Two of the guards she supervised were "
     "fired.", [("resigned", "Dana Reed"), ("dismissed", "guards")]),
    ("Ms Kaur, a serving police constable, was convicted of fraud at Leeds Crown Court.",
     [("convicted", "Kaur")]),
]

REFUSED_4 = [
    ("A garda was assaulted outside a nightclub in Limerick. A 23-year-old man was charged with assault.",
     "charged", None),
    ("Two officers were dismissed. The woman who complained, Janet Price, 52, said she was relieved.", None, "Price"),
    ("A deputy was suspended after the crash. The other driver, Luis Mena, 29, was cited.", None, "Mena"),
    ("A juror in the trial of PC Ryan Hale was discharged by the judge.", None, "juror"),
    ("Chief Constable Sarah Bell said the officer had been dismissed.", "dismissed", "Sarah Bell"),
    ("A trooper's wife, Kim Ross, 40, was arrested for assault on Sunday.", "arrested", "Ross"),
]
