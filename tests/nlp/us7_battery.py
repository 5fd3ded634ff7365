"""US police-crime sentences as wire, local-TV, press-release and court copy writes them,
each with what a careful coder (a police-crime database's) takes from it. Every sentence
was written for this battery: names, places and bodies are invented.

STATED: (text, outcome, subject words that must all be in the subject or None, months or None)
REFUSED: (text, outcome that must not be found, or None for no outcome at all)
"""

STATED = [
    # headlines: present tense, dropped auxiliaries
    ("Ex-deputy gets 5 years for stealing from evidence room", "jailed", "Ex-deputy", 60),
    ("Former officer pleads guilty to civil rights violation", "convicted", "Former officer", None),
    ("Trooper fired after traffic stop video surfaces", "dismissed", "Trooper", None),
    ("Jailer charged with smuggling drugs into county jail", "charged", "Jailer", None),
    ("Officer on leave after viral arrest video", "suspended", "Officer", None),
    ("Cop indicted in death of handcuffed man", "charged", "Cop", None),
    ("Deputy arrested, accused of stalking ex-girlfriend", "arrested", "Deputy", None),
    ("Former Millbrook police chief sentenced to 2 years in prison", "jailed", "Former Millbrook police chief", 24),
    ("Corrections officer booked on bribery charge", "arrested", "Corrections officer", None),
    ("Ex-cop convicted of lying to FBI agents", "convicted", "Ex-cop", None),
    ("Sheriff's deputy resigns amid internal investigation", "resigned", "Sheriff's deputy", None),
    ("Detention officer terminated after inmate assault", "dismissed", "Detention officer", None),
    ("Former trooper gets probation in overtime fraud case", "other", "Former trooper", None),
    ("Police sergeant acquitted of assault charges", "acquitted", "Police sergeant", None),
    ("Deputy suspended without pay over racist texts", "suspended", "Deputy", None),
    ("Ex-officer sentenced to time served in bribery case", "jailed", "Ex-officer", None),
    ("Former jailer pleads no contest to official misconduct", "convicted", "Former jailer", None),
    ("Constable indicted on theft charges", "charged", "Constable", None),
    ("Officer who shot teen decertified by state board", "barred", "Officer", None),
    ("Ex-sheriff found guilty of extortion", "convicted", "Ex-sheriff", None),
    ("Police chief placed on administrative leave", "suspended", "Police chief", None),
    ("Former deputy marshal gets 18 months for selling guns", "jailed", "Former deputy marshal", 18),
    ("Two deputies fired, third resigns after inmate death", "dismissed", "deputies", None),
    # ledes
    ("A former Clay County sheriff's deputy was sentenced Thursday to 30 months in federal prison for taking bribes from a towing company.",
     "jailed", "former Clay County sheriff's deputy", 30),
    ("Authorities say a Riverton police officer has been arrested on charges of domestic assault.",
     "arrested", "Riverton police officer", None),
    ("A Harlan County jailer has been charged with official misconduct, officials said.",
     "charged", "Harlan County jailer", None),
    ("A veteran Oakdale officer was booked into the Polk County Jail on charges of theft and tampering with evidence.",
     "arrested", "veteran Oakdale officer", None),
    ("Officer Brian Keel is charged with second-degree assault and is being held on $50,000 bond.",
     "charged", "Officer Brian Keel", None),
    ("A state trooper was indicted Tuesday on charges that he falsified overtime records, according to court records.",
     "charged", "state trooper", None),
    ("A Fulton police sergeant pleaded guilty Monday to one count of deprivation of rights under color of law.",
     "convicted", "Fulton police sergeant", None),
    ("Former Lakeview Police Officer Dana Whitt was found guilty by a jury on Friday of official oppression.",
     "convicted", "Dana Whitt", None),
    ("A Marion County deputy was fired Wednesday after an internal investigation found he lied in a report, Sheriff Tom Avery said.",
     "dismissed", "Marion County deputy", None),
    ("The Greenfield Police Department has placed an officer on paid administrative leave while the state investigates the shooting.",
     "suspended", "officer", None),
    ("A correctional officer at the Ashby State Prison was arrested Friday and charged with bringing contraband into the facility.",
     "arrested", "correctional officer", None),
    ("A correctional officer at the Ashby State Prison was arrested Friday and charged with bringing contraband into the facility.",
     "charged", "correctional officer", None),
    ("Deputy Luis Carranza, 29, was arrested Saturday and booked into the Kern County Jail on suspicion of DUI.",
     "arrested", "Deputy Luis Carranza", None),
    ("A former Brookside police officer was sentenced to 12 months and a day in federal prison.",
     "jailed", "former Brookside police officer", 12),
    ("A former Eastport police lieutenant was sentenced Wednesday to 46 months in federal prison followed by three years of supervised release.",
     "jailed", "former Eastport police lieutenant", 46),
    ("Former Sgt. Paula Ortiz was sentenced to two years of probation.", "other", "Former Sgt. Paula Ortiz", None),
    ("The former deputy received deferred adjudication and five years of community supervision.", "other", "former deputy", None),
    ("Former officer Jay Brandt was sentenced to five years in prison, suspended, and placed on probation.", "suspended_sentence", "Jay Brandt", 60),
    ("A former Pinellas County detention deputy was sentenced to a year and a day in prison.", "jailed", "detention deputy", 12),
    ("Former Officer Kyle Dunn was sentenced to 10 months of home confinement.", "other", "Kyle Dunn", None),
    ("Trooper Sam Hollis has been relieved of duty pending the outcome of the investigation.", "suspended", "Trooper Sam Hollis", None),
    ("Deputy Mark Lyle was separated from employment with the sheriff's office on March 3.", "dismissed", "Deputy Mark Lyle", None),
    ("The sheriff's office said the deputy was terminated effective immediately.", "dismissed", "deputy", None),
    ("Officer Dee Crane resigned during the internal affairs investigation, the chief said.", "resigned", "Officer Dee Crane", None),
    ("Sergeant Hal Ruiz retired while under investigation.", "retired", "Sergeant Hal Ruiz", None),
    ("Officer Rae Finch was suspended without pay for 30 days.", "suspended", "Officer Rae Finch", None),
    ("The Texas Commission on Law Enforcement revoked the peace officer license of former deputy Ben Tate.", "barred", "Ben Tate", None),
    ("Former officer Lena Moss surrendered her law enforcement certification as part of the plea agreement.", "barred", "Lena Moss", None),
    ("The former chief agreed to permanently surrender his police certification.", "barred", "former chief", None),
    ("Deputy Ray Olsen was arraigned Monday on charges of assault and official misconduct.", "charged", "Deputy Ray Olsen", None),
    ("A jury acquitted former Officer Nate Pruitt of manslaughter on Friday.", "acquitted", "Nate Pruitt", None),
    ("Former trooper Cal Webb was convicted Thursday of three counts of sexual assault.", "convicted", "Cal Webb", None),
    ("A federal judge sentenced former corrections officer Gina Ruiz to 27 months in prison.", "jailed", "Gina Ruiz", 27),
    ("U.S. District Judge Ann Cole sentenced former Deputy Jon Pike to 6 years in federal prison.", "jailed", "Jon Pike", 72),
    ("A grand jury indicted Officer Miguel Soto on charges of aggravated assault by a public servant.", "charged", "Officer Miguel Soto", None),
    ("Officer Miguel Soto turned himself in at the county jail Tuesday.", "arrested", "Officer Miguel Soto", None),
    ("Officer Tara Vance was taken into custody without incident.", "arrested", "Officer Tara Vance", None),
    ("Deputy Eli Frost was fired and charged with battery.", "dismissed", "Deputy Eli Frost", None),
    ("Deputy Eli Frost was fired and charged with battery.", "charged", "Deputy Eli Frost", None),
    ("Former Sgt. Ned Voss pleaded no contest to a misdemeanor charge of assault.", "convicted", "Ned Voss", None),
    ("Corrections Officer Ty Banks entered a guilty plea to a single count of bribery.", "convicted", "Ty Banks", None),
    ("Officer Ana Lee was placed on unpaid administrative leave, the department said.", "suspended", "Officer Ana Lee", None),
    ("Former Detective Rob Kerr was sentenced to 8 years in state prison.", "jailed", "Rob Kerr", 96),
    ("The former officer was ordered to serve 90 days in the county jail.", "jailed", "former officer", 3),
    ("Former Chief Dale Ames was sentenced to 3 years of probation and ordered to pay restitution.", "other", "Dale Ames", None),
    ("A Hancock County deputy has been charged with DUI after crashing his patrol car, the Ohio State Highway Patrol said.",
     "charged", "Hancock County deputy", None),
    ("The Fairview officer was let go after the department reviewed body camera footage.", "dismissed", "Fairview officer", None),
    ("Officer Kim Dorsey was convicted by a jury of official oppression and acquitted of assault.", "convicted", "Officer Kim Dorsey", None),
    ("Officer Kim Dorsey was convicted by a jury of official oppression and acquitted of assault.", "acquitted", "Officer Kim Dorsey", None),
    ("Jailer Amos Price was indicted by a Pike County grand jury on charges of sexual abuse.", "charged", "Jailer Amos Price", None),
    ("The trooper was sentenced to serve 18 months in prison.", "jailed", "trooper", 18),
    ("Deputy Carla Nunez has been charged with misdemeanor assault and placed on administrative leave.", "charged", "Deputy Carla Nunez", None),
    ("Deputy Carla Nunez has been charged with misdemeanor assault and placed on administrative leave.", "suspended", "Deputy Carla Nunez", None),
    ("A former U.S. Border Patrol agent was sentenced Friday to 15 years in federal prison.", "jailed", "former U.S. Border Patrol agent", 180),
    ("Former Ridgeway Police Chief Glen Hardy was arrested Thursday by agents of the state Bureau of Investigation.", "arrested", "Glen Hardy", None),
    ("A Baytown detention officer has been arrested and charged with having an improper relationship with an inmate.", "arrested", "Baytown detention officer", None),
    ("The officer was immediately relieved of duty and later resigned.", "resigned", "officer", None),
    ("The officer was immediately relieved of duty and later resigned.", "suspended", "officer", None),
    ("The deputy was fired in June and later indicted.", "charged", "deputy", None),
    ("Officer Jill Tran, a 12-year veteran of the department, was placed on administrative leave.", "suspended", "Officer Jill Tran", None),
    ("State Trooper Alan Greer was charged with two counts of official oppression.", "charged", "State Trooper Alan Greer", None),
    ("Constable Deputy Raul Ibarra was arrested on a charge of tampering with a government record.", "arrested", "Raul Ibarra", None),
    ("Patrolman Vic Stone was suspended for 10 days without pay.", "suspended", "Patrolman Vic Stone", None),
    ("Lt. Mara Quinn was demoted to sergeant.", "other", "Lt. Mara Quinn", None),
    ("Former Deputy U.S. Marshal Ken Ash pleaded guilty in federal court Wednesday.", "convicted", "Ken Ash", None),
    ("A Cobb County jailer faces charges of battery after an inmate was injured, officials said.", "charged", "Cobb County jailer", None),
    ("A former Ellis County deputy is facing federal charges of excessive force.", "charged", "former Ellis County deputy", None),
    ("Officer Jo Hart was charged in connection with the crash.", "charged", "Officer Jo Hart", None),
    ("The deputy, who was fired last month, was arrested Tuesday.", "arrested", "deputy", None),
    ("The deputy, who was fired last month, was arrested Tuesday.", "dismissed", "deputy", None),
    ("Former Officer Wes Lind was sentenced to 20 years to life.", "jailed", "Wes Lind", 240),
    ("Officer Pete Gaines was found not guilty of all charges.", "acquitted", "Officer Pete Gaines", None),
    ("Deputy Nia Cole was cleared of wrongdoing by a grand jury.", "acquitted", "Deputy Nia Cole", None),
    ("A federal jury convicted former Sheriff Roy Bell of conspiracy and wire fraud.", "convicted", "Roy Bell", None),
]

# mini-articles: a headline line, then copy; resolution of "the deputy", surname, veteran
STORIES = [
    ("Deputy charged with assault after jail fight\n\n"
     "A Wayne County sheriff's deputy was charged Friday with assault after a fight with an inmate at the county jail, "
     "officials said.\n\nDeputy Kyle Ames, 31, was booked into the jail and released on bond.\n\n"
     "Ames has been placed on unpaid leave, Sheriff Dan Price said.",
     [("charged", "Wayne County sheriff's deputy"), ("arrested", "Ames"), ("suspended", "Ames")]),
    ("Ex-officer gets 4 years in prison\n\n"
     "A former Milford police officer was sentenced Tuesday to four years in prison for stealing cash seized in drug raids.\n\n"
     "Eric Daly, 44, pleaded guilty in March to theft by a public official. The 15-year veteran resigned from the department in 2022.",
     [("jailed", "former Milford police officer"), ("convicted", "Daly"), ("resigned", "Daly")]),
    ("Trooper fired, charged after crash\n\n"
     "State police said Trooper Ana Diaz was fired Thursday. Diaz was charged with reckless driving and is due in court next month.",
     [("dismissed", "Trooper Ana Diaz"), ("charged", "Diaz")]),
    ("Two jailers indicted in inmate death\n\n"
     "Two Hamilton County jailers were indicted Wednesday in the death of an inmate. Jailers Ted Moon, 28, and Lou Park, 35, "
     "were each charged with reckless homicide. Moon was also charged with tampering with evidence.",
     [("charged", "Hamilton County jailers"), ("charged", "Moon")]),
    ("Officer named in shooting\n\n"
     "Police identified the officer as Sgt. Ray Fenn, a 9-year veteran. Fenn has been placed on administrative leave, "
     "which is standard procedure.",
     [("suspended", "Fenn")]),
]

REFUSED = [
    ("A Denton police officer arrested a man on Tuesday after a chase.", "arrested"),
    ("Officers arrested the suspect, 24, and charged him with burglary.", None),
    ("The man was arrested by deputies and booked into the county jail.", None),
    ("Deputy Al Shaw faces up to 20 years in prison if convicted.", "jailed"),
    ("Deputy Al Shaw faces up to 20 years in prison if convicted.", "convicted"),
    ("The officer could be fired if the allegations are sustained.", "dismissed"),
    ("The family has sued the deputy and the county in federal court.", None),
    ("The city agreed to pay $2 million to settle the lawsuit.", None),
    ("The department has not said whether he will be disciplined.", None),
    ("A grand jury declined to indict the officer.", "charged"),
    ("A grand jury declined to indict Officer Ben Howe in the shooting.", "charged"),
    ("Prosecutors said the trooper will not be charged.", "charged"),
    ("The officer was not cleared to return to duty.", "acquitted"),
    ("The deputy has not been charged with a crime.", "charged"),
    ("Officer Ray Mills was not arrested.", "arrested"),
    ("If convicted, the former jailer faces up to five years in prison.", None),
    ("The chief said any officer who lies will be fired.", "dismissed"),
    ("The union said the officer should not have been fired.", "dismissed"),
    ("Deputies arrested Brandon Cole, 33, on charges of drug possession.", None),
    ("The suspect was sentenced to 10 years in prison for shooting at officers.", None),
    ("The inmate was charged with assaulting a corrections officer.", None),
    ("He is scheduled to be sentenced on June 4.", "jailed"),
    ("Sentencing is set for August.", None),
    ("The lawsuit claims the officer used excessive force.", None),
    ("Activists called for the officer to be fired and charged.", None),
    ("The sheriff said the deputy may face discipline.", None),
    ("The victim's family wants the officers charged with murder.", None),
    ("The driver, Marcus Lane, 22, was arrested and charged with resisting arrest.", None),
    ("Investigators are reviewing whether the trooper should face charges.", "charged"),
    ("The officers were not disciplined.", None),
    ("It is unclear whether the deputy remains on duty.", None),
    ("The district attorney's office said it would review the case to determine whether charges are warranted.", None),
    ("A woman was arrested after she assaulted an officer, police said.", None),
    ("Troopers charged the man with DUI.", None),
    ("The jailer is accused of letting inmates out of their cells.", None),
    ("The suit seeks unspecified damages from the officer.", None),
]

REFUSED += [
    ("Officer Ty Lamb has been placed on desk duty while the shooting is reviewed.", "suspended"),  # other (out16)
    ("Charges against the deputy were dropped last week.", "dismissed"),
    ("A judge dismissed the case against Officer Lyle Ford.", "dismissed"),
    ("The officer was fired upon by the suspect.", "dismissed"),
    ("Prosecutors dismissed the charges against the trooper in May.", "dismissed"),
    ("The sheriff fired two warning shots.", None),
    ("The officer was shot and killed while serving a warrant.", None),
    ("The deputy was charged with protecting the courthouse.", "charged"),
    ("The county settled a lawsuit filed by the inmate's mother for $450,000.", None),
    ("Three inmates were charged with rioting after the deputy was assaulted.", None),
    ("The officer was booked on a flight to Denver.", None),
]

# round two: longer ledes, attributions first, names with initials and suffixes, Facebook-style posts
STATED += [
    ("According to a news release from the Boone County Sheriff's Office, Deputy Travis L. Hyde, 27, was arrested Sunday on a charge of domestic battery.",
     "arrested", "Deputy Travis L. Hyde", None),
    ("UPDATE: The Sheriff's Office has terminated Detention Deputy Marcus Reed following his arrest.", "dismissed", "Marcus Reed", None),
    ("Sheriff Dale Horn announced Friday that he had fired Deputy Kurt Bates.", "dismissed", "Kurt Bates", None),
    ("Police Chief Nora Wells said Officer Ian Cobb resigned Tuesday, a day before a disciplinary hearing.", "resigned", "Officer Ian Cobb", None),
    ("Former Carver County Deputy Robert J. Lane Jr. was sentenced to 41 months in federal prison on Monday.", "jailed", "Robert J. Lane", 41),
    ("Officer Dwayne Polk, 38, of Tyler, was indicted on a charge of official oppression, the Smith County District Attorney's Office said.",
     "charged", "Officer Dwayne Polk", None),
    ("The Justice Department announced that former Officer Tim Rowe was sentenced to 87 months in prison for violating a man's civil rights.",
     "jailed", "Tim Rowe", 87),
    ("Former Border Patrol Agent Luis Vega pleaded guilty Thursday to accepting bribes.", "convicted", "Luis Vega", None),
    ("A Lubbock police officer accused of sexually assaulting a woman during a traffic stop has been fired.", "dismissed", "Lubbock police officer", None),
    ("An Austin officer who was caught on video punching a handcuffed man has been indicted.", "charged", "Austin officer", None),
    ("The officer, identified as Sgt. Leo Marsh, has been placed on administrative leave pending an internal investigation.",
     "suspended", "Leo Marsh", None),
    ("Deputy Sara Kent was taken into custody Monday and charged with official misconduct and theft.", "arrested", "Deputy Sara Kent", None),
    ("Deputy Sara Kent was taken into custody Monday and charged with official misconduct and theft.", "charged", "Deputy Sara Kent", None),
    ("Kent has been with the sheriff's office since 2016 and has been placed on unpaid leave.", "suspended", "Kent", None),
    ("Former officer Gary Pham was convicted on all counts after a four-day trial.", "convicted", "Gary Pham", None),
    ("A jury found former deputy Omar Kidd guilty of manslaughter on Wednesday.", "convicted", "Omar Kidd", None),
    ("Judge Ruth Alder sentenced Officer Jack Mabry to 18 months in jail, suspending all but 90 days.", "jailed", "Jack Mabry", None),
    ("Former Trooper Beth Sayer was sentenced to 5 years of probation after pleading guilty to stalking.", "other", "Beth Sayer", None),
    ("Former Trooper Beth Sayer was sentenced to 5 years of probation after pleading guilty to stalking.", "convicted", "Beth Sayer", None),
    ("A former Dade County jail officer has been sentenced to life in prison.", "jailed", "former Dade County jail officer", None),
    ("Two former Selby police officers were sentenced Tuesday to prison terms of 6 and 8 years.", "jailed", "former Selby police officers", None),
    ("The deputy was arrested by the Florida Department of Law Enforcement and charged with battery.", "arrested", "deputy", None),
    ("The deputy was arrested by the Florida Department of Law Enforcement and charged with battery.", "charged", "deputy", None),
    ("Officer Zane Ruiz, who was fired in 2021, pleaded guilty Monday to misdemeanor assault.", "convicted", "Officer Zane Ruiz", None),
    ("Trooper Cal Bishop has resigned from the Highway Patrol, a spokesperson confirmed.", "resigned", "Trooper Cal Bishop", None),
    ("The city fired Officer Ben Ortega on Friday.", "dismissed", "Officer Ben Ortega", None),
    ("The Glenwood City Council voted to fire Police Chief Dan Rowley.", "dismissed", "Dan Rowley", None),
    ("The state's Peace Officer Standards and Training board revoked former officer Abe Tran's certification.", "barred", "Abe Tran", None),
    ("Former Deputy Jim Hale was decertified by the Georgia Peace Officer Standards and Training Council.", "barred", "Jim Hale", None),
    ("A Rankin County sheriff's deputy pleaded guilty on Tuesday to federal civil rights charges.", "convicted", "Rankin County sheriff's deputy", None),
    ("Former Officer Amy Noel has been charged with perjury, according to a criminal complaint.", "charged", "Amy Noel", None),
    ("Jail officer Ty Greer, 45, faces a charge of sexual misconduct with an inmate.", "charged", "Ty Greer", None),
    ("Deputy Rob Orr was booked into the Harris County Jail and later released on a $5,000 bond.", "arrested", "Deputy Rob Orr", None),
    ("Officer Vince Dahl turned himself in to authorities on Wednesday.", "arrested", "Officer Vince Dahl", None),
    ("Former police Sgt. Ella Foy was found guilty of two counts of theft and acquitted on a third.", "convicted", "Ella Foy", None),
    ("Officer Kay Rios was suspended for five days without pay for violating the department's pursuit policy.", "suspended", "Officer Kay Rios", None),
    ("The officer has since resigned.", "resigned", "officer", None),
    ("The trooper, a 10-year veteran, was fired in March.", "dismissed", "trooper", None),
]

STORIES += [
    ("Former Dayton officer sentenced\n\n"
     "DAYTON, Ohio (AP) — A former Dayton police officer was sentenced Monday to 37 months in prison for lying to investigators.\n\n"
     "Chris Hale, 35, pleaded guilty in September. The ex-officer must also serve two years of supervised release.",
     [("jailed", "former Dayton police officer"), ("convicted", "Hale")]),
    ("Jailer arrested\n\n"
     "A Fulton County jailer was arrested Friday after investigators said she smuggled drugs to inmates. "
     "Tina Marsh, 29, was charged with possession of contraband and violation of oath by a public officer. "
     "Marsh was fired the same day, Sheriff Will Ross said.",
     [("arrested", "Fulton County jailer"), ("charged", "Marsh"), ("dismissed", "Marsh")]),
    ("Officer indicted in shooting\n\n"
     "A grand jury on Thursday indicted Officer Dan Lutz in the fatal shooting of a man during a traffic stop. "
     "Lutz, a six-year veteran, was charged with manslaughter. "
     "The officer has been on administrative leave since the shooting.",
     [("charged", "Dan Lutz"), ("suspended", "officer")]),
    ("Two deputies charged\n\n"
     "Deputies Aaron Pike and Luke Stamm were charged Tuesday with assault. "
     "Pike was also charged with official oppression. Both deputies were placed on leave.",
     [("charged", "Pike"), ("suspended", "Pike")]),
]

REFUSED += [
    ("Officer Ian Cobb arrested the driver after a brief chase.", "arrested"),
    ("The deputy charged toward the gunman.", "charged"),
    ("The officer who fired the shots has not been identified.", "dismissed"),
    ("The sheriff's office said it would not release the deputy's name until he is charged.", "charged"),
    ("The deputy faces a maximum sentence of 10 years.", None),
    ("Prosecutors are seeking a sentence of 20 years for the former officer.", "jailed"),
    ("The officer remains on duty.", None),
    ("A review board found the shooting was justified.", None),
    ("The former officer is scheduled to be arraigned next month.", "charged"),
    ("The officers involved were not placed on leave.", "suspended"),
    ("The trooper was not fired, a spokesman said.", "dismissed"),
    ("Deputy Ron Ives was named Officer of the Year in 2019.", None),
    ("The mayor called for the chief to resign.", "resigned"),
    ("The man, who was arrested by Officer Al Cruz, was later released without charges.", None),
    ("A judge sentenced the woman the officer arrested to two years of probation.", None),
    ("Officer Ken Webb testified that he arrested the man for trespassing.", "arrested"),
    ("The civil suit accuses Deputy Ana Pruitt of excessive force.", None),
    ("The jury deadlocked and the judge declared a mistrial.", None),
]

# round three: attribution prefixes in headlines, US "jailed" (held after arrest), Alford pleas,
# nouns of the outcome, agencies as the agent, several defendants in one sentence
STATED += [
    ("Police: Off-duty officer arrested for DUI after crash", "arrested", "Off-duty officer", None),
    ("Sheriff: Deputy fired for lying about use of force", "dismissed", "Deputy", None),
    ("Deputy accused of rape resigns", "resigned", "Deputy", None),
    ("Officer who punched handcuffed teen is charged with assault", "charged", "Officer", None),
    ("Former Pine Bluff officer gets 10 years", "jailed", "Former Pine Bluff officer", 120),
    ("A Carroll County deputy was jailed Friday on a charge of aggravated assault.", "arrested", "Carroll County deputy", None),
    ("Officer Leon Tate was jailed in lieu of $25,000 bond.", "arrested", "Officer Leon Tate", None),
    ("Former Officer Rick Salas entered an Alford plea to a charge of misconduct in office.", "convicted", "Rick Salas", None),
    ("A criminal complaint filed Monday charges Officer Jo Reyes with perjury.", "charged", "Jo Reyes", None),
    ("Prosecutors charged Deputy Hank Moss with manslaughter on Thursday.", "charged", "Hank Moss", None),
    ("The department fired Officer Aldo Vance and suspended two others.", "dismissed", "Aldo Vance", None),
    ("Officer Dom Pratt received a 10-day suspension.", "suspended", "Officer Dom Pratt", None),
    ("Officer Rita Shaw lost her job after an investigation found she falsified reports.", "dismissed", "Officer Rita Shaw", None),
    ("Deputies Jon Avila and Kai Boone were each sentenced to five years in prison.", "jailed", "Jon Avila", 60),
    ("Deputies Jon Avila and Kai Boone were each sentenced to five years in prison.", "jailed", "Kai Boone", 60),
    ("Former officer Ted Quade was given 10 years' probation.", "other", "Ted Quade", None),
    ("The sheriff's office terminated the deputy's employment on Friday.", "dismissed", "deputy", None),
    ("Former Deputy Chris Bale, 52, was convicted in federal court of depriving inmates of their civil rights.", "convicted", "Chris Bale", None),
    ("Trooper Josh Wynn resigned in lieu of termination.", "resigned", "Trooper Josh Wynn", None),
    ("A Tulsa police officer was charged Wednesday with first-degree manslaughter in the shooting of an unarmed man.", "charged", "Tulsa police officer", None),
    ("Sgt. Kyle Marr was placed on leave with pay while the state police investigate.", "suspended", "Kyle Marr", None),
]

STORIES += [
    ("Officer charged in crash that killed teen\n\n"
     "An Easton police officer was charged Tuesday with vehicular homicide in a crash that killed a 17-year-old. "
     "Officer Megan Doyle, 34, was driving at more than 90 mph, prosecutors said. "
     "Doyle was placed on administrative leave after the crash. The ex-officer resigned in June.",
     [("charged", "Easton police officer"), ("suspended", "Doyle"), ("resigned", "Doyle")]),
    ("Former trooper sentenced\n\n"
     "A former state trooper was sentenced Wednesday to 90 days in jail for stealing overtime pay. "
     "Brett Koenig, 48, pleaded guilty in May. The former trooper retired in 2021 as the audit began.",
     [("jailed", "former state trooper"), ("convicted", "Koenig"), ("retired", "trooper")]),
]

REFUSED += [
    ("Officer who shot man will not face charges, DA says", "charged"),
    ("A grand jury no-billed the officer in the shooting.", "charged"),
    ("The officers were cleared to return to work.", "acquitted"),
    ("A federal judge dismissed the lawsuit against the deputies.", "dismissed"),
    ("Officer Dave Lutz, who arrested the man, was not disciplined.", None),
    ("The chief fired back at critics on Tuesday.", "dismissed"),
    ("The deputy's trial is set to begin in March.", None),
]

# round four: several officers in one story, each with an outcome of their own
STATED += [
    ("Officer Ross Kline was sentenced to five years in prison and Officer Jay Ebert to three years.", "jailed", "Ross Kline", 60),
    ("Officer Ross Kline was sentenced to five years in prison and Officer Jay Ebert to three years.", "jailed", "Jay Ebert", 36),
    ("Deputy Lana Ford was fired; Deputy Omar Hale resigned before the hearing.", "dismissed", "Lana Ford", None),
    ("Deputy Lana Ford was fired; Deputy Omar Hale resigned before the hearing.", "resigned", "Omar Hale", None),
    ("The deputies, identified as Cole Ruiz and Dean Abbot, were arrested Thursday.", "arrested", "Cole Ruiz", None),
    ("Three Wilcox County jailers — Amy Tell, Bo Grant and Cy Moss — were indicted on Friday.", "charged", "jailers", None),
    ("Sgt. Nate Orr pleaded guilty, while Officer Paul Ives was convicted at trial.", "convicted", "Paul Ives", None),
    ("Sgt. Nate Orr pleaded guilty, while Officer Paul Ives was convicted at trial.", "convicted", "Nate Orr", None),
    ("Former Officer Tess Lowry, who resigned in 2020, was charged Monday with evidence tampering.", "charged", "Tess Lowry", None),
    ("Former Officer Tess Lowry, who resigned in 2020, was charged Monday with evidence tampering.", "resigned", "Tess Lowry", None),
]

STORIES += [
    ("Ex-deputies sentenced in inmate beating\n\n"
     "Two former Pace County deputies were sentenced Monday for beating an inmate. "
     "Kyle Barr, 33, was sentenced to 46 months in federal prison. Sean Tuck, 29, received 30 months. "
     "A third deputy, Ray Holt, was acquitted at trial last year.",
     [("jailed", "Barr"), ("jailed", "Tuck"), ("acquitted", "Ray Holt")]),
    ("Officer fired after DUI arrest\n\n"
     "The Millville Police Department has fired an officer who was arrested last month on a DUI charge. "
     "Officer Dwight Kemp was terminated Friday, Chief Ann Lowe said. "
     "Kemp, 27, had been with the department for three years.",
     [("dismissed", "Dwight Kemp"), ("arrested", "officer")]),
]

REFUSED += [
    ("Deputy Lana Ford, who was not involved, testified at the trial.", None),
    ("The chief said the officer's conduct was unacceptable but did not say whether he would be fired.", "dismissed"),
    ("The trooper's attorney said his client will plead not guilty.", None),
    ("The arresting officer, Sgt. Joe Kim, said the man resisted.", None),
    ("The deputy was fired at by a gunman outside the courthouse.", "dismissed"),
]

# round five: the shapes of local TV web copy and sheriff's office posts
STATED += [
    ("BREAKING: Lake County deputy arrested on child porn charges", "arrested", "Lake County deputy", None),
    ("Sheriff's Office: Detention deputy fired, charged with battery on inmate", "dismissed", "Detention deputy", None),
    ("Sheriff's Office: Detention deputy fired, charged with battery on inmate", "charged", "Detention deputy", None),
    ("Ex-officer gets probation for stealing from elderly man", "other", "Ex-officer", None),
    ("Officer cleared in fatal shooting returns to duty", "acquitted", "Officer", None),
    ("Deputy who dragged woman from car indicted", "charged", "Deputy", None),
    ("Trooper resigns after being charged with DWI", "resigned", "Trooper", None),
    ("Trooper resigns after being charged with DWI", "charged", "Trooper", None),
    ("Former chief admits stealing from police union", "convicted", "Former chief", None),
    ("Jail guard accused of smuggling phones pleads guilty", "convicted", "Jail guard", None),
    ("Sheriff Dan Ruiz said Deputy Carl Wendt was immediately placed on administrative leave and later terminated.", "dismissed", "Carl Wendt", None),
    ("Sheriff Dan Ruiz said Deputy Carl Wendt was immediately placed on administrative leave and later terminated.", "suspended", "Carl Wendt", None),
    ("Officer Rae Lund was arrested at her home and booked into the Tarrant County Jail, where she remains on a $10,000 bond.", "arrested", "Officer Rae Lund", None),
    ("In a Facebook post, the sheriff's office said Deputy Jake Ortiz had been terminated and arrested.", "dismissed", "Jake Ortiz", None),
    ("In a Facebook post, the sheriff's office said Deputy Jake Ortiz had been terminated and arrested.", "arrested", "Jake Ortiz", None),
    ("Former Chief Alan Burke was sentenced to six months of house arrest.", "other", "Alan Burke", None),
    ("A Bexar County judge sentenced former Deputy Carlos Vega to 10 years of deferred adjudication probation.", "other", "Carlos Vega", None),
]

REFUSED += [
    ("Deputies arrested two men and a woman after a pursuit that ended in a crash.", None),
    ("Officer Sam Bright was honored for arresting a murder suspect.", None),
    ("The ex-officer's lawyer said he would appeal the sentence.", None),
    ("Police are investigating whether the jailer broke any laws.", None),
]

# round six: press releases and court reports, the role stated after the outcome, pronoun chains
STATED += [
    ("Marcus Dell, 45, of Fairburn, a former Union City police officer, was sentenced today by U.S. District Judge Amy Lowe to 70 months in prison.",
     "jailed", "Marcus Dell", 70),
    ("Kevin Stroud, 31, a detention officer at the Wake County jail, was charged with assault on a detainee.", "charged", "Kevin Stroud", None),
    ("Tara Boyd, who worked as a deputy for the Lane County Sheriff's Office, pleaded guilty to official misconduct.", "convicted", "Tara Boyd", None),
    ("Jon Reese was hired as an officer in 2014. He was fired in 2022 after a domestic violence arrest.", "dismissed", "Jon Reese", None),
    ("Officer Lyn Grove was arrested Friday. She was released on bond and has been placed on administrative leave.", "suspended", "Lyn Grove", None),
    ("The ex-deputy, 44, is due to be sentenced in June after pleading guilty to wire fraud.", "convicted", "ex-deputy", None),
    ("Former Deputy Phil Amos was sentenced to 14 years in prison on Tuesday; his co-defendant, former Deputy Ian Roe, received 9 years.", "jailed", "Ian Roe", 108),
    ("The former trooper was acquitted by a jury in 2019 but fired by the state police the following year.", "acquitted", "former trooper", None),
    ("The former trooper was acquitted by a jury in 2019 but fired by the state police the following year.", "dismissed", "former trooper", None),
]

STORIES += [
    ("Officer indicted\n\n"
     "CLARKSVILLE, Tenn. (AP) — A grand jury has indicted a Clarksville police officer on charges of official misconduct and assault. "
     "Officer Wade Tully turned himself in on Monday and was released on a $15,000 bond, according to jail records. "
     "Tully has been relieved of duty, police spokesman Ron Hale said.",
     [("charged", "Clarksville police officer"), ("arrested", "Tully"), ("suspended", "Tully")]),
    ("Deputy resigns\n\n"
     "A Brevard County deputy under investigation for using excessive force has resigned, the sheriff's office said Tuesday. "
     "Deputy Neil Ames, 36, submitted his resignation on Friday. He had been on paid administrative leave since March.",
     [("resigned", "Brevard County deputy"), ("suspended", "Neil Ames")]),
]

REFUSED += [
    ("Marcus Dell, 45, of Fairburn, was arrested by Union City police officers in 2019.", None),
    ("The officer who arrested Tully was not identified.", None),
    ("A state trooper arrested the driver, who was charged with DUI and booked into the county jail.", None),
    ("The deputy was injured and taken to a hospital.", None),
    ("The officers were placed on routine administrative leave, as is standard after a shooting, before being cleared to return.", "acquitted"),
]

# round seven: refusals a police story is full of (shots fired, suspects charged, plans, past cases)
REFUSED += [
    ("The officer fired his weapon twice.", None),
    ("Deputies fired at the vehicle as it drove toward them.", None),
    ("The trooper charged the suspect with DUI.", None),
    ("Sgt. Ray Lomax was the officer who arrested Cole.", None),
    ("Officer faces firing over social media posts", None),
    ("Prosecutors will not charge the deputy.", None),
    ("No charges will be filed against the trooper, the district attorney said.", None),
    ("The grand jury returned a no bill in the case of Officer Dan Pratt.", None),
    ("A mistrial was declared in the trial of Officer Dan Pratt.", None),
    ("The department suspended its pursuit policy in 2020.", None),
    ("The officer was hired in 2015 and promoted to sergeant in 2019.", None),
    ("Officers arrested 14 people during the protest.", None),
    ("The chief terminated the contract with the towing company.", None),
    ("The officer is expected to be charged next week, sources said.", None),
    ("Police said they plan to charge the deputy.", None),
    ("The suspect was booked into the county jail on charges of assaulting a deputy.", None),
    ("Officer Tom Hale was fired Friday. He had been suspended in 2019 for a prior incident involving a motorist.", "suspended"),
    ("Officer Kim Voss, who was not charged, has returned to duty.", None),
]
STATED += [
    ("Officer Tom Hale was fired Friday after a similar incident.", "dismissed", "Officer Tom Hale", None),
]

# round eight: web furniture around a story
REFUSED += [
    ("RELATED: Greene County jailer charged with smuggling drugs", None),
    ("Read more: Former officer sentenced in bribery case", None),
    ("WATCH: Deputy fired after viral video", None),
]
STORIES += [
    ("Former Hale County deputy sentenced to 8 years for beating handcuffed man\n\n"
     "MOUNDVILLE, Ala. — A former Hale County sheriff's deputy was sentenced Wednesday to eight years in federal prison "
     "for beating a handcuffed man, federal prosecutors said.\n\n"
     "Curtis Lowell, 38, pleaded guilty in November to deprivation of rights under color of law.\n\n"
     "The second deputy, Travis Good, 31, was not charged. He resigned from the sheriff's office in 2022.\n\n"
     "Lowell was fired in August 2021, Sheriff Ron Pruitt said at the time.\n\n"
     "RELATED: Greene County jailer charged with smuggling drugs",
     [("jailed", "former Hale County sheriff's deputy"), ("convicted", "Lowell"), ("resigned", "Travis Good"),
      ("dismissed", "Lowell")]),
]

# round nine: Title Case headlines (press releases, some local sites)
STATED += [
    ("Deputy Arrested On Drug Charges", "arrested", "Deputy", None),
    ("Former Officer Pleads Guilty To Civil Rights Violation", "convicted", "Former Officer", None),
    ("Trooper Fired After Traffic Stop Video Surfaces", "dismissed", "Trooper", None),
    ("Jail Officer Charged With Smuggling Drugs", "charged", "Jail Officer", None),
    ("Former Deputy Sentenced To 5 Years In Federal Prison", "jailed", "Former Deputy", 60),
    ("Police Chief Placed On Administrative Leave", "suspended", "Police Chief", None),
    ("Former Lieutenant Indicted On Fraud Charges", "charged", "Former Lieutenant", None),
    ("Ex-Cop Gets 30 Months For Extortion", "jailed", "Ex-Cop", 30),
    ("Corrections Officer Resigns Amid Probe", "resigned", "Corrections Officer", None),
    ("Deputy Retires During Investigation Into Missing Cash", "retired", "Deputy", None),
    ("Former Jailer Convicted Of Assaulting Inmate", "convicted", "Former Jailer", None),
    ("Officer Acquitted In Fatal Shooting", "acquitted", "Officer", None),
    ("Deputy Decertified After Drunk Driving Arrest", "barred", "Deputy", None),
]

# round ten: a length of service says who a name is; a plea and a firing of a named group
STATED += [
    ("Ann Lopez, an 8-year veteran of the force, was fired in 2021 and arrested in 2022.", "dismissed", "Ann Lopez", None),
    ("Ann Lopez, an 8-year veteran of the force, was fired in 2021 and arrested in 2022.", "arrested", "Ann Lopez", None),
    ("Dale Voss, a 20-year veteran of the department, pleaded guilty on Monday.", "convicted", "Dale Voss", None),
    ("Six former Rankin County deputies pleaded guilty Thursday to federal charges.", "convicted", "Rankin County deputies", None),
    ("The trooper surrendered his peace officer license as part of a plea deal.", "barred", "trooper", None),
]
REFUSED += [
    ("The man who shot Dale Voss, a 20-year veteran of the Army, was arrested.", None),
    ("Former Officer Aaron Gray is set to be sentenced on May 5.", None),
    ("The former officer was ordered to pay $12,000 in restitution.", None),
    ("A Meridian police officer was killed and another injured in a crash on Interstate 20.", None),
]

# round eleven: an outcome to come, in a clause opened by until / once / when with a present verb
STATED += [
    ("Officer Roy Dean worked there until he was fired in 2019.", "dismissed", "Officer Roy Dean", None),
    ("Deputy Al Fox is charged with assault and is being held on bond.", "charged", "Deputy Al Fox", None),
]
REFUSED += [
    ("The trooper's name will be released once he is arrested.", None),
    ("The deputy will stay on paid leave until he is cleared by investigators.", "acquitted"),
    ("Officers are placed on administrative leave when they are involved in a shooting.", None),
]
