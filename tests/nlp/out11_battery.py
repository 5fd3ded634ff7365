"""Outcomes as US police-crime copy and UK / Irish court and misconduct reports state them, in
every tense, voice and layout, and the sentences that state none. Written for this battery
(names, places and bodies invented), each with what a careful coder takes from it under SPEC
and the corpus's gold conventions (indicted -> charged, fired -> dismissed, administrative
leave -> suspended, decertified -> barred, sustained -> misconduct_proven, no contest ->
convicted, probation -> other). The subject is kept easy (a rank or a name): what is tested is
whether and what the clause states.

STATED: (text, outcome, subject words that must all be in the subject or None, months or None)
REFUSED: (text, outcome that must not be found, or None for no outcome at all)
STORIES: (short page, [(outcome, subject words)]) every pair must be found
"""

STATED = [
    # ---- arrests, bookings, surrenders
    ("Deputy Lance Whitford was taken into custody Tuesday at the sheriff's office.", "arrested", "Whitford", None),
    ("Officer Renee Castillo turned herself in at the Bexar County jail on Friday morning.", "arrested", "Castillo", None),
    ("Former trooper Dwight Pell turned himself in to authorities Monday.", "arrested", "Pell", None),
    ("Sgt. Omar Reyes was booked into the Harris County Jail on charges of official oppression.", "arrested", "Reyes", None),
    ("Officer Kyle Benning surrendered to authorities on Wednesday after a warrant was issued.", "arrested", "Benning", None),
    ("Deputy Amber Sloane was cited and released on a misdemeanor charge of criminal mischief.", "arrested", "Sloane", None),
    ("Corporal Wade Tillman was arrested on a warrant at his home in Pine Bluff.", "arrested", "Tillman", None),
    ("Police arrested Officer Dana Kirsch at the station on Thursday.", "arrested", "Kirsch", None),
    ("State agents arrested Deputy Hollis Grant without incident.", "arrested", "Grant", None),
    ("Officer Mario Lentz was booked into jail and later released on a $5,000 bond.", "arrested", "Lentz", None),
    ("Jailer Tracy Boone was booked Friday into the Knox County Detention Center.", "arrested", "Boone", None),
    ("Officer Felix Arroyo was placed under arrest at the scene.", "arrested", "Arroyo", None),
    ("PC Kieran Walsh was arrested on suspicion of misconduct in public office.", "arrested", "Walsh", None),
    ("Garda Niamh Cronin was arrested and questioned at Store Street Garda Station.", "arrested", "Cronin", None),
    ("A serving Met officer has been arrested on suspicion of rape.", "arrested", "officer", None),
    ("Detective Sergeant Lorna Pike was arrested in a dawn raid on her home.", "arrested", "Pike", None),
    ("Officer Ty Gaines was jailed on a charge of aggravated assault and held without bond.", "arrested", "Gaines", None),
    ("Investigators took Sergeant Boyd Ferris into custody on Tuesday.", "arrested", "Ferris", None),
    # ---- charges
    ("Officer Paul Tran faces a charge of official oppression.", "charged", "Tran", None),
    ("Deputy Lisa Crane now faces charges of theft and tampering with evidence.", "charged", "Crane", None),
    ("Trooper Eric Hale was charged by criminal information with deprivation of rights.", "charged", "Hale", None),
    ("Prosecutors filed charges against Officer Nadia Bishop on Monday.", "charged", "Bishop", None),
    ("A grand jury indicted Deputy Ron Seale on two counts of civil rights violations.", "charged", "Seale", None),
    ("Officer Jamal Price was arraigned on a charge of perjury.", "charged", "Price", None),
    ("Deputy Sheila Moreno was charged with official oppression and assault.", "charged", "Moreno", None),
    ("Officer Glen Hardy has been charged with second-degree assault.", "charged", "Hardy", None),
    ("Sgt. Terry Voss was indicted Thursday by a federal grand jury.", "charged", "Voss", None),
    ("The district attorney's office charged Officer Beth Crowe with tampering with a witness.", "charged", "Crowe", None),
    ("Former detective Ian Marsh is charged with four counts of bribery.", "charged", "Marsh", None),
    ("Detective Constable Amy Finch has been charged with misconduct in a public office.", "charged", "Finch", None),
    ("PC Jordan Mills will appear at Westminster Magistrates' Court charged with assault by beating.", "charged", "Mills", None),
    ("Garda Sean Doherty appeared before Limerick District Court charged with harassment.", "charged", "Doherty", None),
    ("Deputy Raul Ortega was formally charged on Wednesday with manslaughter.", "charged", "Ortega", None),
    ("Officer Kim Yates was indicted on charges of witness tampering and obstruction.", "charged", "Yates", None),
    ("The Crown Prosecution Service has authorised a charge of sexual assault against PC Harry Lowe.", "charged", "Lowe", None),
    ("A criminal complaint was filed against Officer Dean Holt in federal court.", "charged", "Holt", None),
    ("Officer Luis Ponce was charged Tuesday in a 12-count indictment.", "charged", "Ponce", None),
    ("Trooper Amy Kessler was summonsed to appear in court charged with careless driving.", "charged", "Kessler", None),
    ("Sergeant Mick Dolan is to be prosecuted for perverting the course of justice.", "charged", "Dolan", None),
    ("Officer Ray Boyd was charged with a misdemeanor count of official misconduct.", "charged", "Boyd", None),
    ("Deputy Jan Olsen was arraigned Monday in Suffolk County Court on charges of grand larceny.", "charged", "Olsen", None),
    # ---- pleas
    ("Officer Trent Mayer pleaded guilty to a misdemeanor on Tuesday.", "convicted", "Mayer", None),
    ("Deputy Laura Keane entered a plea of no contest to a charge of battery.", "convicted", "Keane", None),
    ("Former officer Cody Rusk took a plea deal and admitted one count of theft.", "convicted", "Rusk", None),
    ("Sergeant Will Daly pled guilty Monday to a federal civil rights charge.", "convicted", "Daly", None),
    ("Officer Joy Brennan pleaded no contest to a reduced charge of reckless driving.", "convicted", "Brennan", None),
    ("Deputy Chris Monk changed his plea to guilty on the morning of trial.", "convicted", "Monk", None),
    ("Trooper Jake Ellison has pleaded guilty to one count of deprivation of rights.", "convicted", "Ellison", None),
    ("PC Gemma Watts admitted a charge of misconduct in a public office at Leeds Crown Court.", "convicted", "Watts", None),
    ("Garda Liam Furlong pleaded guilty to a single count of theft at Naas District Court.", "convicted", "Furlong", None),
    ("Officer Dale Kruger entered a guilty plea to a charge of official misconduct.", "convicted", "Kruger", None),
    ("Officer Sam Whitley accepted a plea agreement and pleaded guilty to simple assault.", "convicted", "Whitley", None),
    ("Former deputy Ana Ruiz pleaded guilty in federal court to lying to investigators.", "convicted", "Ruiz", None),
    # ---- verdicts
    ("Officer Tom Quill was convicted by a jury of second-degree assault.", "convicted", "Quill", None),
    ("Deputy Nia Lowry was found guilty on all counts after a week-long trial.", "convicted", "Lowry", None),
    ("A jury found Sergeant Ed Baines guilty of official misconduct on Friday.", "convicted", "Baines", None),
    ("Officer Keith Dunn was found guilty of manslaughter by a Hennepin County jury.", "convicted", "Dunn", None),
    ("PC Aaron Jepson was convicted of assault occasioning actual bodily harm at Bristol Magistrates' Court.", "convicted", "Jepson", None),
    ("Garda Tom Hennessy was convicted at Cork Circuit Criminal Court of assault causing harm.", "convicted", "Hennessy", None),
    ("Officer Ada Spence was acquitted of all charges on Thursday.", "acquitted", "Spence", None),
    ("A jury found Deputy Maria Velez not guilty of battery.", "acquitted", "Velez", None),
    ("Sergeant Neil Rowe was cleared of misconduct in public office by a jury at Preston Crown Court.", "acquitted", "Rowe", None),
    ("Officer Grant Toller was found not guilty on all counts.", "acquitted", "Toller", None),
    ("A jury acquitted Trooper Hank Mays of reckless homicide after two days of deliberation.", "acquitted", "Mays", None),
    ("Garda Ciara Lynch was found not guilty by a jury at Dublin Circuit Criminal Court.", "acquitted", "Lynch", None),
    ("Officer Jon Penner was convicted of official misconduct but acquitted of assault.", "acquitted", "Penner", None),
    ("Officer Jon Penner was convicted of official misconduct but acquitted of assault.", "convicted", "Penner", None),
    ("A federal jury convicted former deputy Lee Harmon of excessive force.", "convicted", "Harmon", None),
    # ---- sentences
    ("Officer Rick Sayer was sentenced to 18 months in prison followed by three years of supervised release.", "jailed", "Sayer", 18),
    ("Deputy Nora Bell will serve 90 days in jail under the plea agreement.", "jailed", "Bell", 3),
    ("Officer Brian Foyle received a deferred sentence and two years of probation.", "other", "Foyle", None),
    ("Trooper Jill Amis was given two years' probation.", "other", "Amis", None),
    ("Former officer Luke Dray was sentenced to time served.", "jailed", "Dray", None),
    ("PC Owen Farr was given a 12-month sentence suspended for 18 months.", "suspended_sentence", "Farr", 12),
    ("Sergeant Alan Pyle was sentenced to four years in state prison.", "jailed", "Pyle", 48),
    ("Deputy Max Rourke was sentenced Tuesday to 27 months in federal prison.", "jailed", "Rourke", 27),
    ("Former officer Carla Voss received a sentence of 30 days in the county jail.", "jailed", "Voss", 1),
    ("PC Ross Hinds was jailed for 16 weeks at Winchester Crown Court.", "jailed", "Hinds", 3.7),
    ("Garda Pat Nolan was sentenced to two years, with the final 12 months suspended.", "jailed", "Nolan", 12),
    ("A judge sentenced Officer Ben Tully to 46 months behind bars.", "jailed", "Tully", 46),
    ("Officer Eve Marr was ordered to serve six months of house arrest.", "other", "Marr", None),
    ("Former sheriff Roy Banning was sentenced to life in prison.", "jailed", "Banning", None),
    ("Ex-PC Mark Dunmore was handed a suspended sentence of 20 weeks.", "suspended_sentence", "Dunmore", 4.6),
    ("Detective Sgt Jo Fenwick received an eight-month sentence, suspended for two years.", "suspended_sentence", "Fenwick", 8),
    ("Officer Tony Baker was sentenced to five years of probation and ordered to pay restitution.", "other", "Baker", None),
    ("Deputy Lucas Ward was sentenced to 12 months and one day in federal prison.", "jailed", "Ward", 12),
    ("Officer Ivan Holt got 10 years in prison for the shooting.", "jailed", "Holt", 120),
    ("Former trooper Bo Grady was sentenced to 180 days in jail, all but 30 suspended.", "jailed", "Grady", 1),
    ("The judge imposed a sentence of 15 months on Sergeant Ed Lyle.", "jailed", "Lyle", 15),
    ("Garda Declan Mooney was given the benefit of the Probation Act.", "other", "Mooney", None),
    ("Officer Kevin Stroud was sentenced to three years in prison, suspended, and placed on probation.", "suspended_sentence", "Stroud", 36),
    # ---- firings, resignations, retirements
    ("Officer Derek Lyle was terminated on Friday.", "dismissed", "Lyle", None),
    ("Deputy Shawn Poole was let go by the sheriff's office last week.", "dismissed", "Poole", None),
    ("The city fired Officer Rita Sandoval on Tuesday.", "dismissed", "Sandoval", None),
    ("Sheriff Dan Cole fired Deputy Ray Hobbs after the video surfaced.", "dismissed", "Hobbs", None),
    ("Officer Vince Ayala has been fired from the Oakdale Police Department.", "dismissed", "Ayala", None),
    ("The department terminated Sergeant Lyle Shaw's employment on March 3.", "dismissed", "Shaw", None),
    ("Trooper Anna Pruitt was dismissed from the state patrol.", "dismissed", "Pruitt", None),
    ("PC Liam Osborne was dismissed without notice after a gross misconduct hearing.", "dismissed", "Osborne", None),
    ("Constable Emma Rudd was sacked for gross misconduct.", "dismissed", "Rudd", None),
    ("Garda Shane Keogh was dismissed from An Garda Síochána by the Commissioner.", "dismissed", "Keogh", None),
    ("Deputy Karl Weiss resigned before he could be fired.", "resigned", "Weiss", None),
    ("Officer Paula Dent retired while under investigation.", "retired", "Dent", None),
    ("Sergeant Joe Vickers resigned last month amid an internal investigation.", "resigned", "Vickers", None),
    ("Officer Jess Moran quit the force in June.", "resigned", "Moran", None),
    ("Officer Nate Briggs stepped down from the department on Monday.", "resigned", "Briggs", None),
    ("Chief Alan Poe submitted his resignation to the city council.", "resigned", "Poe", None),
    ("Deputy Grace Hume tendered her resignation Friday.", "resigned", "Hume", None),
    ("Detective Inspector Ruth Gale retired from Essex Police before the hearing.", "retired", "Gale", None),
    ("Officer Paul Rand was allowed to resign in lieu of termination.", "resigned", "Rand", None),
    ("Officer Ted Garza was fired, the chief said Monday.", "dismissed", "Garza", None),
    ("Officer Lee Ames was relieved of duty without pay.", "suspended", "Ames", None),
    ("Deputy Hal Brooks was placed on administrative leave pending an investigation.", "suspended", "Brooks", None),
    ("Officer Mia Castro was suspended without pay for 30 days.", "suspended", "Castro", None),
    ("PC Dean Rowley has been suspended from duty.", "suspended", "Rowley", None),
    ("Garda Fiona Moore has been suspended from An Garda Síochána.", "suspended", "Moore", None),
    ("Officer Kurt Lyons was stripped of his police powers.", "suspended", "Lyons", None),
    ("Officer Dana Pratt remains on paid administrative leave.", "suspended", "Pratt", None),
    ("Deputy Otis Reed was put on unpaid leave Friday.", "suspended", "Reed", None),
    ("Officer Carl Yost was suspended for 10 days without pay.", "suspended", "Yost", None),
    ("The chief suspended Officer Blake Nunn for five days.", "suspended", "Nunn", None),
    ("Sergeant Ivy Colton was demoted to patrol officer.", "other", "Colton", None),
    ("Officer Gus Fenn received a written reprimand.", "written_warning", "Fenn", None),
    ("PC Lara Beck was given a final written warning.", "final_written_warning", "Beck", None),
    ("Sergeant Nick Parr received a written warning at a misconduct meeting.", "written_warning", "Parr", None),
    # ---- licences and certification
    ("Officer Rob Kline's law enforcement certification was revoked.", "barred", "Kline", None),
    ("Deputy Ken Askew agreed to permanently surrender his license.", "barred", "Askew", None),
    ("The POST board decertified Officer Ellen Tripp in May.", "barred", "Tripp", None),
    ("Officer Ryan Stoll was decertified by the state's Peace Officer Standards and Training Council.", "barred", "Stoll", None),
    ("The Commission on Peace Officer Standards revoked the certification of Deputy Al Rios.", "barred", "Rios", None),
    ("Former PC Dan Kemp has been placed on the police barred list.", "barred", "Kemp", None),
    ("Ex-sergeant Paula Lees will be added to the College of Policing barred list.", "barred", "Lees", None),
    ("Trooper Gene Wolfe voluntarily surrendered his peace officer license.", "barred", "Wolfe", None),
    ("Officer Tara Hollins permanently surrendered her law enforcement certification.", "barred", "Hollins", None),
    ("The state board suspended Officer Jim Pace's certification for six months.", "suspended", "Pace", None),
    # ---- findings
    ("Internal affairs sustained the allegation against Officer Ross Vance.", "misconduct_proven", "Vance", None),
    ("The complaint against Officer Molly Tate was deemed unfounded.", "misconduct_not_proven", "Tate", None),
    ("Officer Pete Gamble was exonerated by internal affairs.", "misconduct_not_proven", "Gamble", None),
    ("The panel found gross misconduct proven against PC Tom Iles.", "gross_misconduct_proven", "Iles", None),
    ("PC Jade Cole would have been dismissed had she not resigned.", "would_have_been_dismissed", "Cole", None),
    ("The allegations against Sergeant Joe Kent were not sustained.", "misconduct_not_proven", "Kent", None),
    ("An internal investigation sustained a complaint of excessive force against Deputy Ryan Coe.", "misconduct_proven", "Coe", None),
    ("The panel found that PC Ian Shaw's conduct amounted to gross misconduct.", "gross_misconduct_proven", "Shaw", None),
    ("The hearing found the allegations against Inspector Kate Lowe not proven.", "misconduct_not_proven", "Lowe", None),
    ("There was no case to answer for Sergeant Ray Dix.", "no_case_to_answer", "Dix", None),
    ("Former DC Neil Ashby would have been sacked had he still been serving.", "would_have_been_dismissed", "Ashby", None),
    ("A misconduct panel found that Constable Mary Roe had committed gross misconduct.", "gross_misconduct_proven", "Roe", None),
    ("Investigators sustained allegations that Officer Jake Perl used excessive force.", "misconduct_proven", "Perl", None),
    ("The review board found that Officer Lynn Ochoa violated department policy.", "misconduct_proven", "Ochoa", None),
    ("The misconduct panel found the case against PC Sam Iqbal proven.", "misconduct_proven", "Iqbal", None),
    # ---- headlines and captions
    ("Ex-deputy gets 5 years in prison for beating inmate", "jailed", "Ex-deputy", 60),
    ("Former officer pleads guilty to stealing from evidence room", "convicted", "officer", None),
    ("Cop fired after viral video shows punch", "dismissed", "Cop", None),
    ("PC sacked over racist messages", "dismissed", "PC", None),
    ("Deputy arrested on DUI charge", "arrested", "Deputy", None),
    ("Trooper indicted in fatal crash", "charged", "Trooper", None),
    ("Former sergeant jailed for 18 months", "jailed", "sergeant", 18),
    ("Officer charged with assault after arrest video", "charged", "Officer", None),
    ("Garda convicted of assault on teenager", "convicted", "Garda", None),
    ("Ex-cop sentenced to probation in theft case", "other", "Ex-cop", None),
    ("Deputy resigns amid sexual misconduct probe", "resigned", "Deputy", None),
    ("Officer acquitted in shooting death of unarmed man", "acquitted", "Officer", None),
    ("Sheriff's deputy placed on leave after jail death", "suspended", "deputy", None),
    ("Jail officer booked on bribery charge", "arrested", "officer", None),
    ("Ex-chief pleads no contest, avoids jail", "convicted", "Ex-chief", None),
    ("Former Pine Ridge officer decertified", "barred", "officer", None),
    ("Met officer guilty of misconduct in public office", "convicted", "officer", None),
    ("Detective found guilty of stalking former partner", "convicted", "Detective", None),
    # ---- relative clauses, participles, nouns
    ("Officer Clay Booth, who was fired in March, has appealed.", "dismissed", "Booth", None),
    ("Deputy Anna Ford, who resigned last year, was indicted Tuesday.", "resigned", "Ford", None),
    ("Deputy Anna Ford, who resigned last year, was indicted Tuesday.", "charged", "Ford", None),
    ("After being indicted, Officer Tim Baird resigned from the force.", "charged", "Baird", None),
    ("Officer Sara Moss was fired after her arrest on drug charges.", "arrested", "Moss", None),
    ("Officer Sara Moss was fired after her arrest on drug charges.", "dismissed", "Moss", None),
    ("The sheriff announced the termination of Deputy Paul Eads.", "dismissed", "Eads", None),
    ("Deputy Ben Orr is on administrative leave after his arrest Saturday.", "suspended", "Orr", None),
    ("Officer Joel Pratt was convicted in 2022 and has since been released from prison.", "convicted", "Pratt", None),
    ("Sergeant Amy Lowe, who pleaded guilty in May, will be sentenced in August.", "convicted", "Lowe", None),
    ("Officer Rod Biggs was indicted and arrested on Friday.", "arrested", "Biggs", None),
    ("Officer Rod Biggs was indicted and arrested on Friday.", "charged", "Biggs", None),
    ("Deputy Sue Ivey was arrested, booked and released on bond.", "arrested", "Ivey", None),
    ("Officer Nolan Hart was fired and later charged with theft.", "charged", "Hart", None),
    ("Officer Nolan Hart was fired and later charged with theft.", "dismissed", "Hart", None),
]

STORIES = [
    ("Former deputy sentenced for jail beating\n\nA former Crane County sheriff's deputy was sentenced Monday to "
     "three years in prison for beating a handcuffed inmate.\n\nTodd Ambler, 31, pleaded guilty in March to "
     "deprivation of rights under color of law. He was fired in 2023, shortly after the video surfaced.",
     [("jailed", "deputy"), ("convicted", "Ambler"), ("dismissed", "Ambler")]),
    ("Officer arrested, placed on leave\n\nA Millford police officer was arrested Saturday on a domestic "
     "violence charge and has been placed on administrative leave, the department said.\n\nOfficer Ray Quint, "
     "35, was booked into the county jail and released on bond Sunday.",
     [("arrested", "officer"), ("suspended", "officer")]),
    ("PC dismissed after lying to colleagues\n\nA Devon and Cornwall Police constable has been dismissed without "
     "notice after a misconduct hearing found she lied about a crash in a police car.\n\nThe panel found "
     "gross misconduct proven against PC Hannah Cole on Thursday. She will be placed on the barred list.",
     [("dismissed", "constable"), ("gross_misconduct_proven", "Cole"), ("barred", "Cole")]),
    ("Garda charged with theft from station\n\nA garda has been charged with stealing cash from a Garda "
     "station safe.\n\nGarda Eoin Brady (34) appeared at Castlebar District Court on Tuesday. He has been "
     "suspended from duty.",
     [("charged", "garda"), ("suspended", "Brady")]),
    ("Trooper indicted, resigns\n\nA state trooper accused of stealing overtime pay was indicted Wednesday by "
     "a Travis County grand jury.\n\nTrooper Cole Danner resigned from the Department of Public Safety the "
     "same day, a spokesman said. He faces charges of theft by a public servant.",
     [("charged", "trooper"), ("resigned", "Danner")]),
    ("Ex-officer gets probation\n\nA former Dayton police officer was sentenced Friday to two years of "
     "probation for lying on a police report.\n\nMarcus Bell, 44, pleaded no contest in January. The "
     "department fired him in 2022.",
     [("other", "officer"), ("convicted", "Bell"), ("dismissed", "Bell")]),
    ("Jailer pleads guilty to smuggling drugs\n\nA former Wayne County jailer pleaded guilty Thursday to "
     "conspiring to smuggle drugs into the jail.\n\nKeisha Lamb, 27, was arrested in June and fired the next "
     "day. She will be sentenced in December.",
     [("convicted", "jailer"), ("arrested", "Lamb"), ("dismissed", "Lamb")]),
    ("Officer found guilty of assault\n\nA Northumbria Police officer has been found guilty of assaulting a "
     "man in custody.\n\nPC Lee Harding was convicted at Newcastle Magistrates' Court on Monday. He remains "
     "suspended and will be sentenced next month.",
     [("convicted", "officer"), ("convicted", "Harding"), ("suspended", "Harding")]),
    ("Deputy fired after internal probe\n\nThe Ridge County Sheriff's Office fired a deputy on Monday after "
     "an internal affairs investigation sustained allegations of excessive force.\n\nDeputy Jason Fry had "
     "been on administrative leave since February.",
     [("dismissed", "deputy"), ("misconduct_proven", "deputy"), ("suspended", "Fry")]),
    ("Former sergeant jailed for abusing position\n\nA former Greater Manchester Police sergeant has been "
     "jailed for three years for misconduct in public office.\n\nEx-Sgt Paul Moss, 49, was convicted by a "
     "jury at Manchester Crown Court in May. A misconduct panel ruled he would have been dismissed had he "
     "not already resigned.",
     [("jailed", "sergeant"), ("convicted", "Moss"), ("would_have_been_dismissed", "Moss")]),
    ("Officer cleared by jury, fired anyway\n\nA jury on Friday found Officer Lyle Dorsey not guilty of "
     "assault, but the city said he will not get his job back.\n\nDorsey was terminated in April after the "
     "chief found he violated the use-of-force policy.",
     [("acquitted", "Dorsey"), ("dismissed", "Dorsey")]),
    ("Two deputies charged in inmate death\n\nTwo Dale County deputies were charged Tuesday with "
     "manslaughter in the death of an inmate.\n\nDeputy Sam Ortiz and Deputy Kyle Baird were booked into "
     "the county jail and released on bond. Both have been fired.",
     [("charged", "deputies"), ("arrested", None), ("dismissed", None)]),
    ("Police chief retires during audit\n\nThe police chief of Elkton retired Friday as the state auditor "
     "examined overtime spending.\n\nChief Vern Gage, 61, had been on paid leave since August.",
     [("retired", "chief"), ("suspended", "Gage")]),
    ("Corrections officer decertified\n\nThe state's law enforcement standards board has revoked the "
     "certification of a former corrections officer who admitted having sex with an inmate.\n\nTanya Rowe "
     "resigned from the Bay Correctional Facility in 2023 and pleaded guilty in 2024 to sexual misconduct.",
     [("barred", "officer"), ("resigned", "Rowe"), ("convicted", "Rowe")]),
    ("Detective sentenced to 30 months\n\nA former NYPD detective was sentenced Wednesday to 30 months in "
     "federal prison for taking bribes from a tow company.\n\nAlex Moreno, 52, was convicted at trial in "
     "February. He retired from the department in 2021.",
     [("jailed", "detective"), ("convicted", "Moreno"), ("retired", "Moreno")]),
    ("Inspector given final written warning\n\nA Police Scotland inspector has been given a final written "
     "warning after a misconduct hearing found he bullied junior colleagues.\n\nInspector Graham Weir "
     "admitted the allegations at the hearing in Glasgow.",
     [("final_written_warning", "inspector")]),
]

REFUSED = [
    # ---- hypotheticals, maxima, threats, policy
    ("Officer Ray Lund faces up to 10 years in prison if convicted.", None),
    ("Deputy Kay Ross could be fired if the allegations are sustained.", None),
    ("The maximum sentence for official oppression is one year in jail.", None),
    ("Officers who use excessive force will be disciplined, the chief said.", None),
    ("Trooper Ed Ball could lose his certification if the board rules against him.", None),
    ("Any deputy who lies on a report can expect to be terminated.", None),
    ("If convicted, Officer Nate Cole faces a mandatory minimum of five years.", None),
    ("The union warned that officers might resign if the policy is adopted.", None),
    ("Prosecutors will ask for a sentence of 20 years.", None),
    ("The family is calling for Officer Glen Moss to be fired and charged.", None),
    ("PC Sam Reid faces the sack if the panel finds the allegation proven.", "dismissed"),
    ("Should the charges be proven, the deputy could face dismissal.", None),
    ("Officer Troy Banks is expected to plead guilty next week.", "convicted"),
    ("Deputy Lane Cobb will be sentenced in March.", None),
    ("Sergeant Al Fink is scheduled to be arraigned on Friday.", None),
    ("Officer Ben Roth is eligible for parole in 2027.", None),
    ("Officers found guilty of gross misconduct are normally dismissed.", None),
    ("Sheriff Tom Drake said he would fire any deputy who lied to investigators.", None),
    ("Officer Kim Vo may face criminal charges, the district attorney said.", None),
    ("The council can suspend an officer for up to 30 days.", None),
    # ---- negations
    ("Officer Will Parr was not charged in the shooting.", None),
    ("Prosecutors declined to prosecute Deputy Lynn Hart.", None),
    ("No officers were disciplined after the review.", None),
    ("Deputy Mark Sims has not been arrested or charged.", None),
    ("The grand jury declined to indict Officer Rick Abbot.", None),
    ("Trooper Sue Mays was never disciplined for the incident.", None),
    ("The district attorney will not file charges against Officer Jay Kerr.", None),
    ("None of the officers involved has been suspended.", None),
    ("No criminal charges will be brought against the two constables, the CPS said.", None),
    ("Officer Dean Watt has not been placed on leave.", None),
    ("The DPP directed no prosecution of the garda.", None),
    ("A grand jury returned a no bill for Officer Sal Greco.", None),
    ("Officer Kai Ross did not resign, his lawyer said.", None),
    ("The officer was not found guilty of any offence.", "convicted"),
    # ---- non-police people
    ("Officer Lou Grant arrested a suspect on a warrant.", None),
    ("Deputies arrested Jamal Wynn, 24, on charges of burglary.", None),
    ("The driver was charged with driving under the influence.", None),
    ("An inmate was sentenced to 10 years for assaulting a guard.", None),
    ("The man who shot Officer Pam Reyes was convicted of attempted murder.", None),
    ("Officer Ted Voss testified against the defendant, who was found guilty.", None),
    ("The suspect was booked into the county jail on charges of robbery.", None),
    ("A teenager was taken into custody by Officer Mike Hale.", None),
    ("The woman the deputy pulled over was cited for speeding.", None),
    ("Troopers charged the motorist with fleeing and eluding.", None),
    ("A juror was dismissed after talking to a reporter.", None),
    ("The victim's partner was arrested and later released.", None),
    ("A 19-year-old man was charged with assaulting a police officer.", None),
    ("The protester who threw a brick at PC Lee Fox was jailed for 18 months.", None),
    ("The security guard was fired by the mall after the incident.", None),
    ("The mayor resigned in 2019 amid a campaign finance scandal.", None),
    # ---- another case, the past, a lawsuit, a grievance
    ("Officer Eli Stone was suspended in 2017 for an unrelated incident.", None),
    ("Deputy Zoe Crane was previously disciplined in a prior case involving a crash.", None),
    ("The city settled the lawsuit for $1.2 million.", None),
    ("A federal judge dismissed the lawsuit against Officer Jared Kemp.", None),
    ("The union filed a grievance over Officer Joel Ames's discipline.", None),
    ("The charges against Officer Lee Wolfe were dismissed by a judge.", "dismissed"),
    ("A judge dismissed the indictment against Deputy Pat Lowe.", "dismissed"),
    ("Charges against Sergeant Otto Price were dropped in May.", "charged"),
    ("The jury deadlocked and the judge declared a mistrial.", None),
    ("An arbitrator ordered the city to reinstate Officer Tina Bass.", "dismissed"),
    ("The lawsuit says Officer Dave Crum was never disciplined.", None),
    ("The officer's conviction was overturned on appeal.", "convicted"),
    # ---- words that look like outcomes but are not
    ("Officer Len Rudd fired two shots at the fleeing car.", None),
    ("Deputy Jo Rand was charged with supervising the night shift.", None),
    ("Officer Max Ivey arrested the driver after a short chase.", None),
    ("The sheriff's office suspended its search for the missing hiker.", None),
    ("The chief retired the department's old patrol cars.", None),
    ("Officer Ann Loy was cleared to return to patrol.", None),
    ("Trooper Bill Nash resigned himself to a long night.", None),
    ("The judge sentenced the case to be heard in March.", None),
    ("Officer Lee Kemp booked the suspect into the county jail.", None),
    ("The department placed the body camera footage on its website.", None),
    ("PC Ruth Hale was commended for bravery and promoted to sergeant.", None),
    ("Officer Ray Diaz was placed on maternity leave in May.", None),
    ("Deputy Joe Mack was suspended from the basketball team in high school.", None),
    ("The board voted to table the decision on Officer Sean Pike's certification.", None),
    ("Officer Dan Lutz was charged $40 for the late fee.", None),
    ("Garda Siobhan Reilly was transferred to Athlone station.", None),
    ("Officer Al Beck was reinstated by an arbitrator in June.", "dismissed"),
    ("The internal affairs investigation into Officer Ned Cox is ongoing.", None),
    ("Officer Gina Watts is under investigation by the state police.", None),
    ("Officer Rick Hays pleaded not guilty at his arraignment.", "convicted"),
    ("Deputy Kyle Mott was released on bail pending trial.", "jailed"),
    ("The officer was interviewed under criminal caution.", None),
    ("A file has been sent to the Director of Public Prosecutions about Garda Eoin Burke.", None),
    ("The IOPC said PC Joe Wain had a case to answer for misconduct.", "misconduct_proven"),
]

# ---- round 2: the long shapes of real copy (attributions, asides, dates, agencies, second verbs)
STATED += [
    ("According to the arrest affidavit, Deputy Jared Wynn, 29, was taken into custody at his home in Ocala on Tuesday.",
     "arrested", "Wynn", None),
    ("Jail records show Officer Tamara Kent, 41, was booked into the Fulton County Jail just after midnight Sunday on "
     "a charge of simple battery.", "arrested", "Kent", None),
    ("Sgt. Victor Lam of the Easton Police Department surrendered at the Northampton County courthouse on Monday and "
     "was arraigned on charges of theft by deception.", "charged", "Lam", None),
    ("Sgt. Victor Lam of the Easton Police Department surrendered at the Northampton County courthouse on Monday and "
     "was arraigned on charges of theft by deception.", "arrested", "Lam", None),
    ("Officer Dylan Frey, a six-year veteran of the Hollins Police Department, was arrested Friday by agents of the "
     "state Bureau of Investigation, the agency said in a news release.", "arrested", "Frey", None),
    ("Trooper Mason Gill, who has been with the Highway Patrol since 2016, was charged Wednesday with two counts of "
     "misconduct in office, according to court records.", "charged", "Gill", None),
    ("In a statement, Sheriff Ann Teller said Deputy Cody Rains had been terminated and that the case had been "
     "referred to the district attorney.", "dismissed", "Rains", None),
    ("Police Chief Mark Oden said Officer Lyle Benz resigned Tuesday, a day before a disciplinary hearing was to begin.",
     "resigned", "Benz", None),
    ("The officer, identified by the department as Patrolman Jeff Dorn, was placed on paid administrative leave while "
     "the state police investigate.", "suspended", "officer", None),
    ("Deputy Ramon Ibarra, 33, pleaded guilty Thursday in U.S. District Court in Tucson to a charge of accepting a "
     "bribe, federal prosecutors said.", "convicted", "Ibarra", None),
    ("A federal judge in Baltimore on Wednesday sentenced former Officer Keith Grady to 87 months in prison for his "
     "role in a robbery scheme.", "jailed", "Grady", 87),
    ("Former Deputy Tessa Monroe was sentenced on Friday in Pinellas County Circuit Court to 364 days in the county "
     "jail, followed by two years of probation.", "jailed", "Monroe", 12),
    ("Under the terms of the plea agreement, Officer Ned Palmer will serve 30 days in jail and surrender his law "
     "enforcement certification.", "jailed", "Palmer", 1),
    ("Under the terms of the plea agreement, Officer Ned Palmer will serve 30 days in jail and surrender his law "
     "enforcement certification.", "barred", "Palmer", None),
    ("The Metropolitan Police said PC Rhys Tanner, who is attached to the Central West command, had been suspended "
     "from duty.", "suspended", "Tanner", None),
    ("PC Daniel Hurst, 32, of Northamptonshire Police, was jailed for 20 months at Northampton Crown Court on "
     "Friday after admitting misconduct in a public office.", "jailed", "Hurst", 20),
    ("PC Daniel Hurst, 32, of Northamptonshire Police, was jailed for 20 months at Northampton Crown Court on "
     "Friday after admitting misconduct in a public office.", "convicted", "Hurst", None),
    ("Garda Kevin Rafter (45), who is stationed in Tralee, was remanded on bail to appear again in March after being "
     "charged with assault.", "charged", "Rafter", None),
    ("At a hearing on Tuesday, a legally qualified chair found that Sergeant Holly Briggs had breached the standards "
     "of professional behaviour and that she would have been dismissed had she not retired.",
     "would_have_been_dismissed", "Briggs", None),
    ("Detective Constable Ali Rahman was dismissed without notice on Thursday after a panel found that he had "
     "formed an inappropriate relationship with a victim.", "dismissed", "Rahman", None),
    ("The county's Civil Service Commission upheld the firing of Deputy Lena Shaw on Monday.", "dismissed", "Shaw", None),
    ("Officer Calvin Reese, 38, was found guilty Wednesday afternoon of official oppression after less than two hours "
     "of deliberation.", "convicted", "Reese", None),
    ("Jurors on Friday acquitted Sgt. Brenda Hollis of involuntary manslaughter in the 2022 death of a man in her custody.",
     "acquitted", "Hollis", None),
    ("Prosecutors charged Officer Trey Baxter, 27, with second-degree murder on Thursday, less than a week after the "
     "shooting.", "charged", "Baxter", None),
    ("The Cuyahoga County Prosecutor's Office announced Tuesday that a grand jury had indicted Officer Kyle Rusk on "
     "charges of felonious assault.", "charged", "Rusk", None),
    ("Former Lt. Gail Herrera was ordered to pay $18,000 in restitution and sentenced to three years of probation.",
     "other", "Herrera", None),
    ("Deputy Aaron Sykes has been on unpaid leave since his arrest in June, a spokeswoman for the sheriff said.",
     "suspended", "Sykes", None),
    ("Officer Rosa Dean, who was hired in 2019, was fired Friday, the department said in a two-sentence statement.",
     "dismissed", "Dean", None),
    ("Officer Brent Loy was terminated effective immediately, Chief Sandra Kemp announced.", "dismissed", "Loy", None),
    ("Deputy Hector Olmos was arrested Saturday night, and the sheriff fired him Monday morning.", "dismissed", "Olmos", None),
    ("Deputy Hector Olmos was arrested Saturday night, and the sheriff fired him Monday morning.", "arrested", "Olmos", None),
    ("The department's internal affairs unit found that Officer Tim Rudd had violated policy, and he was suspended "
     "for 15 days.", "suspended", "Rudd", None),
    ("Officer Felicia Moss, 36, resigned in lieu of termination in August after internal investigators sustained "
     "allegations that she falsified time sheets.", "resigned", "Moss", None),
    ("Officer Felicia Moss, 36, resigned in lieu of termination in August after internal investigators sustained "
     "allegations that she falsified time sheets.", "misconduct_proven", "Moss", None),
    ("Three weeks later, Officer Paul Kruse was indicted by a Marion County grand jury on a count of official misconduct.",
     "charged", "Kruse", None),
    ("On Monday, former Deputy Jill Cross pleaded no contest to a misdemeanor charge of false imprisonment.",
     "convicted", "Cross", None),
    ("Last week, Sergeant Evan Hoyt retired from the department, ending a 22-year career.", "retired", "Hoyt", None),
    ("A spokesperson for Police Scotland confirmed that Constable Moira Baird had been suspended.", "suspended", "Baird", None),
    ("An Garda Síochána confirmed on Friday that Garda Cian Doyle has been suspended from duty pending the outcome "
     "of a criminal investigation.", "suspended", "Doyle", None),
    ("Garda Ronan Healy was convicted of dangerous driving causing serious harm at Sligo Circuit Court and given a "
     "two-year sentence, suspended in full.", "suspended_sentence", "Healy", 24),
    ("Ex-PC Warren Dale was sentenced to 14 months' imprisonment, suspended for two years, and ordered to complete "
     "200 hours of unpaid work.", "suspended_sentence", "Dale", 14),
    ("Judge Helen Oakes told former constable Ian Price that only an immediate custodial sentence would do and "
     "jailed him for two years and six months.", "jailed", "Price", 30),
    ("The officer, Samuel Baird, was sentenced to 10 years in prison after being convicted of manslaughter.",
     "jailed", "Baird", 120),
    ("The officer, Samuel Baird, was sentenced to 10 years in prison after being convicted of manslaughter.",
     "convicted", "Baird", None),
    ("Officer Pete Carmody, whose law enforcement license was revoked in 2023, was arrested again on Tuesday.",
     "arrested", "Carmody", None),
    ("After a two-week trial, a jury convicted Officer Joel Rios of second-degree assault.", "convicted", "Rios", None),
    ("Wilson was booked into the Orange County Jail on Saturday, according to jail records. Wilson is a detention "
     "deputy with the sheriff's office.", "arrested", "Wilson", None),
    ("The Texas Commission on Law Enforcement revoked Deputy Gus Palmer's peace officer license in October.",
     "barred", "Palmer", None),
    ("Officer Tara Lind gave up her peace officer certification as part of the plea deal.", "barred", "Lind", None),
    ("The sheriff's office said Deputy Omar Fife was fired after an internal affairs investigation determined he had "
     "lied on reports.", "dismissed", "Fife", None),
    ("The chief placed Officer Dwayne Carr on administrative leave and opened an internal investigation.",
     "suspended", "Carr", None),
    ("The police department has moved to fire Officer Lyle Gant, and he has been suspended without pay pending a "
     "hearing.", "suspended", "Gant", None),
    ("Officer Dion Pace was convicted in March of driving while intoxicated and was sentenced to 60 days in jail.",
     "jailed", "Pace", 2),
    ("Officer Dion Pace was convicted in March of driving while intoxicated and was sentenced to 60 days in jail.",
     "convicted", "Pace", None),
    ("Deputy Erin Sousa, 24, was charged with battery and released from the county jail on her own recognizance.",
     "charged", "Sousa", None),
    ("Officer Marc Ivers was fired in 2021 and was charged a year later with falsifying records.", "charged", "Ivers", None),
    ("Sergeant Diane Fuller was reduced in rank to constable after a misconduct hearing.", "other", "Fuller", None),
    ("PC Tom Harker was handed a final written warning after the panel found misconduct proven.",
     "final_written_warning", "Harker", None),
    ("PC Tom Harker was handed a final written warning after the panel found misconduct proven.",
     "misconduct_proven", "Harker", None),
    ("Officer Juan Ortiz pleaded guilty to a lesser charge of disorderly conduct and was fined $500.",
     "convicted", "Ortiz", None),
    ("A Wayne County jury on Thursday found former Deputy Carla Mott guilty of two counts of misconduct in office.",
     "convicted", "Mott", None),
    ("Prosecutors dropped the assault charge, and Officer Vic Lowe pleaded guilty to a misdemeanor instead.",
     "convicted", "Lowe", None),
]

REFUSED += [
    ("The sheriff said Deputy Nina Pike would not be charged after investigators found she acted lawfully.", None),
    ("Officer Ty Grant, who arrested the man, said he feared for his life.", None),
    ("The officers arrested 14 people during the protest, police said.", None),
    ("Officer Fred Lomax was the arresting officer in the 2019 case, which ended in a conviction.", "convicted"),
    ("Sergeant Amy Ross, who charged the suspect, told the court the man had been drinking.", None),
    ("Deputy Luke Varga faces a disciplinary hearing next month.", "dismissed"),
    ("A hearing to decide whether Officer Dee Kline should be fired is set for May 3.", None),
    ("The mayor said he wants Chief Earl Simms to resign.", None),
    ("Calls for Chief Ann Boyle to resign grew louder on Monday.", None),
    ("If he is found guilty, Officer Jay Pratt could face up to five years in prison.", None),
    ("PC Ruth Bell denies the charge and will stand trial in June.", "convicted"),
    ("Officer Gary Dunn was released from prison in 2020 after serving eight years.", "jailed"),
    ("Officer Leo Hart, who was fired in 2015 for an unrelated incident, was not involved.", None),
    ("The investigation found no evidence that Officer Keith Dole had used excessive force.", "misconduct_proven"),
    ("The department said no disciplinary action would be taken against Deputy Sam Greer.", None),
    ("Internal affairs did not sustain any of the allegations.", "misconduct_proven"),
    ("Officer Jerome Tate's lawyer said his client will plead not guilty.", None),
    ("The man who was shot by Deputy Ray Cole was later charged with resisting arrest.", None),
    ("Deputy Kurt Webb testified that he arrested the woman because she refused to leave.", None),
    ("The state attorney's office is reviewing whether charges are warranted against Officer Lou Fenn.", None),
    ("Sergeant Lisa Gant was promoted to lieutenant in 2021 and now leads the unit.", None),
    ("A bystander was arrested by Officer Paul Geer for filming the stop.", None),
    ("Officer Bo Rand's partner, a civilian ride-along, was not charged.", None),
    ("Chief Dana Voss said any officer caught lying would be fired on the spot.", None),
    ("The inmate, who was serving 15 years for robbery, died in custody.", None),
    ("Two men were sentenced to prison for shooting at Deputy Sal Nunez.", None),
    ("The grand jury found that Officer Mel Kirk's use of force was justified.", None),
    ("The board has the power to revoke an officer's certification.", None),
    ("Deputy Joe Marr was suspended in 2012 over a different complaint, records show.", None),
]

STORIES += [
    ("Richland deputy arrested on child abuse charges\n\nRICHLAND, S.C. (WXYZ) — A Richland County deputy was arrested "
     "Thursday and charged with unlawful conduct toward a child, the State Law Enforcement Division said.\n\nDeputy "
     "Jerome Platt, 34, was booked into the Alvin S. Glenn Detention Center. Sheriff Leon Lott said Platt has been "
     "terminated.\n\n\"We hold our deputies to a higher standard,\" Lott said.",
     [("arrested", "deputy"), ("charged", "deputy"), ("dismissed", "Platt")]),
    ("Former Greenfield officer gets 4 years for stealing from drug dealers\n\nBy Staff Reports\n\nA former Greenfield "
     "police officer who pocketed cash seized during drug raids was sentenced Tuesday to four years in federal prison."
     "\n\nTravis Odom, 41, of Elm Grove, was convicted by a jury in June of theft and obstruction. U.S. District Judge "
     "Karen Blythe also ordered Odom to pay $62,000 in restitution.\n\nOdom was fired in 2022 after the FBI searched "
     "his home.",
     [("jailed", "officer"), ("convicted", "Odom"), ("dismissed", "Odom")]),
    ("Constable sacked after gross misconduct hearing\n\nA Thames Valley Police constable who sent offensive messages "
     "about colleagues has been dismissed.\n\nPC Oliver Grant was found to have committed gross misconduct at a "
     "hearing chaired by a legally qualified chair on 12 March. He will be added to the barred list, the force said.",
     [("dismissed", "constable"), ("gross_misconduct_proven", "Grant"), ("barred", "Grant")]),
    ("Garda jailed for stealing from elderly woman\n\nA serving garda who stole €14,000 from an elderly woman has been "
     "jailed for 18 months.\n\nGarda Alan Kiely (52), of Ballina, Co Mayo, pleaded guilty at Castlebar Circuit Court "
     "to theft. He has been suspended since 2023.",
     [("jailed", "garda"), ("convicted", "Kiely"), ("suspended", "Kiely")]),
    ("Trooper fired, decertified after crash\n\nThe state police fired a trooper who crashed his cruiser while "
     "drunk, and the state's training council revoked his certification on Thursday.\n\nTrooper Blake Hanson, 30, had "
     "pleaded guilty in January to operating under the influence.",
     [("dismissed", "trooper"), ("barred", None), ("convicted", "Hanson")]),
    ("Jail sergeant resigns, charged with smuggling\n\nA sergeant at the Dade County jail resigned Friday, hours "
     "before she was charged with smuggling contraband to inmates, the sheriff's office said.\n\nSgt. Monique Ellis, "
     "45, surrendered at the county courthouse Monday.",
     [("resigned", "sergeant"), ("charged", "sergeant"), ("arrested", "Ellis")]),
    ("Officer acquitted of manslaughter\n\nA Hennepin County jury on Friday found Officer Craig Lund not guilty of "
     "second-degree manslaughter in the death of a man during a traffic stop.\n\nLund, who has been on paid "
     "administrative leave since the shooting, will not return to patrol, the chief said.",
     [("acquitted", "Lund"), ("suspended", "Lund")]),
    ("PSNI officer convicted of assault\n\nA PSNI officer has been convicted of assaulting a teenager in Newry.\n\n"
     "Constable Niall Burns, 29, was found guilty at Newry Magistrates' Court and fined £750. He remains suspended "
     "from duty, the PSNI said.",
     [("convicted", "officer"), ("convicted", "Burns"), ("suspended", "Burns")]),
]

# ---- round 3: the words of the trade and its slang, and outcomes inside subordinate clauses
STATED += [
    ("The officers' union said it would appeal the firing of Officer Ivan Lutz.", "dismissed", "Lutz", None),
    ("Officer Reggie Holt was axed by the department after the audit.", "dismissed", "Holt", None),
    ("Officer Sal Marino was ousted from the department in 2022.", "dismissed", "Marino", None),
    ("Officer Glenn Ames was discharged from the department after the hearing.", "dismissed", "Ames", None),
    ("Deputy Noah Pratt received a five-day unpaid suspension.", "suspended", "Pratt", None),
    ("Officer Ella Frost served a 10-day suspension last spring.", "suspended", "Frost", None),
    ("The chief issued Officer Wes Doyle a letter of reprimand.", "written_warning", "Doyle", None),
    ("PC Luke Ormond was given a conditional discharge for 12 months.", "other", "Ormond", None),
    ("PC Lydia Grey accepted a police caution for common assault.", "other", "Grey", None),
    ("A grand jury returned a true bill against Officer Nick Lowry.", "charged", "Lowry", None),
    ("Officer Ivy Cho was named in a 14-count federal indictment unsealed Tuesday.", "charged", "Cho", None),
    ("Deputy Max Orr faces federal charges of deprivation of rights.", "charged", "Orr", None),
    ("Officer Hank Dietz was accused in a criminal complaint of stealing from an evidence locker.", "charged", "Dietz", None),
    ("Officer Ron Tabor was taken into federal custody on Friday.", "arrested", "Tabor", None),
    ("Deputy Joan Pike was arrested by FBI agents at her home on Thursday.", "arrested", "Pike", None),
    ("The jury returned a guilty verdict against Officer Stan Lowe after four hours.", "convicted", "Lowe", None),
    ("Deputy Paula Grimm was found guilty as charged.", "convicted", "Grimm", None),
    ("Officer Dom Fiore was handed a three-year prison term on Friday.", "jailed", "Fiore", 36),
    ("Former officer Kirk Wills received 41 months in federal prison.", "jailed", "Wills", 41),
    ("Former officer Kirk Wills was given 10 years in prison.", "jailed", "Wills", 120),
    ("Officer Ty Boyle will spend the next eight years behind bars.", "jailed", "Boyle", 96),
    ("Deputy Rae Collins was sentenced to 30 days in jail, with credit for time served.", "jailed", "Collins", 1),
    ("A judge ordered Officer Neil Haas to spend 18 months in prison.", "jailed", "Haas", 18),
    ("Sergeant Omar Diaz was sentenced to serve 24 months in a state prison.", "jailed", "Diaz", 24),
    ("The judge gave Officer Pam Webb two years of probation.", "other", "Webb", None),
    ("Officer Lee Nunn was placed on three years' probation.", "other", "Nunn", None),
    ("Garda Tadhg Ryan was sentenced to three years in prison, with the last year suspended.", "jailed", "Ryan", 24),
    ("Officer Abe Lutz, 31, was fired after he was arrested for drunk driving.", "arrested", "Lutz", None),
    ("Officer Abe Lutz, 31, was fired after he was arrested for drunk driving.", "dismissed", "Lutz", None),
    ("Deputy Kay Shaw resigned in March, two weeks before she was indicted.", "charged", "Shaw", None),
    ("Deputy Kay Shaw resigned in March, two weeks before she was indicted.", "resigned", "Shaw", None),
    ("Officer Miles Rand was on administrative leave when he was arrested.", "arrested", "Rand", None),
    ("Officer Miles Rand was on administrative leave when he was arrested.", "suspended", "Rand", None),
    ("Trooper Jane Hill has been suspended since she was charged in May.", "charged", "Hill", None),
    ("Trooper Jane Hill has been suspended since she was charged in May.", "suspended", "Hill", None),
    ("The deputy, Carl Mays, was fired in June and pleaded guilty in October.", "convicted", "Mays", None),
    ("The deputy, Carl Mays, was fired in June and pleaded guilty in October.", "dismissed", "Mays", None),
    ("Sergeant Paul Keen, whose conviction was announced Monday, faces up to 20 years.", "convicted", "Keen", None),
    ("Officer Nils Berg, who was sentenced last year to 46 months in federal prison, testified by video.",
     "jailed", "Berg", 46),
    ("Officer Amy Soto's firing was upheld by an arbitrator.", "dismissed", "Soto", None),
    ("Officer Amy Soto's arrest came after a months-long investigation by the state police.", "arrested", "Soto", None),
    ("Officer Amy Soto's resignation took effect on Friday.", "resigned", "Soto", None),
    ("The conviction of Deputy Rob Harlan was the first of its kind in the county.", "convicted", "Harlan", None),
    ("Deputy Dan Wolfe's indictment was unsealed on Thursday.", "charged", "Wolfe", None),
]

REFUSED += [
    ("An arrest warrant has been issued for Officer Jim Ryder.", "arrested"),
    ("Officer Beth Lyle was terminated from the call at 9:40 p.m.", None),
    ("The suspect was remanded in custody after Officer Jay Cole gave evidence.", None),
    ("Deputy Nate Ross booked a flight to Denver after the hearing.", None),
    ("Officer Sam Grady was relieved when the suspect dropped the knife.", None),
    ("Officer Joel Pike fired his Taser at the man.", None),
    ("The sheriff fired back at critics on Monday.", None),
    ("The department's overtime budget was axed in 2021.", None),
    ("Officer Ann Clay was sentenced to a desk for the rest of her career, her lawyer joked.", "jailed"),
    ("Deputies took the two suspects into custody after a chase.", None),
    ("Officer Dale Kemp discharged his weapon twice.", None),
    ("The patient was discharged from hospital on Monday.", None),
    ("The judge issued a bench warrant after Officer Lou Tate failed to appear.", "arrested"),
    ("Officer Vince Ray charged into the burning house.", None),
    ("The jury returned a not guilty verdict for Officer Al Fenn.", "convicted"),
]

STORIES += [
    ("Officer charged after crash\n\nA Plainview police officer has been charged with vehicular assault after a "
     "crash that injured two people, prosecutors said.\n\nOfficer Gavin Trent, 29, was driving his patrol car at "
     "98 mph when he ran a red light. He was placed on administrative leave after the crash and was fired last week.",
     [("charged", "officer"), ("suspended", "Trent"), ("dismissed", "Trent")]),
    ("Ex-deputy admits taking bribes\n\nA former Baldwin County sheriff's deputy admitted in federal court Tuesday "
     "that he took cash from drug dealers.\n\nCurtis Greer, 38, pleaded guilty to extortion under color of official "
     "right. He resigned from the sheriff's office in 2023 and was arrested in March.",
     [("convicted", "Greer"), ("resigned", "Greer"), ("arrested", "Greer")]),
    ("Garda suspended after assault claim\n\nA garda has been suspended following an allegation of assault at a "
     "Garda station in Co Donegal.\n\nThe garda, who is in his 30s, was arrested on Monday and later released "
     "without charge. A file is being prepared for the Director of Public Prosecutions.",
     [("suspended", "garda"), ("arrested", "garda")]),
]

# ---- round 4: court procedure and discipline in UK, Irish, Scottish and US words; job losses said plainly
STATED += [
    ("Officer Ray Coyle is facing charges of assault and official misconduct.", "charged", "Coyle", None),
    ("Deputy Dana Frye faces three counts of theft by a public servant.", "charged", "Frye", None),
    ("Officer Ken Balder has been charged in connection with the death of a man in custody.", "charged", "Balder", None),
    ("Sergeant Ted Arne lost his job after the investigation.", "dismissed", "Arne", None),
    ("Officer Lia Brandt was forced to resign in 2021.", "resigned", "Brandt", None),
    ("Deputy Frank Moyer was allowed to retire rather than face a hearing.", "retired", "Moyer", None),
    ("Officer Omar Khalil was found guilty in a bench trial of reckless endangerment.", "convicted", "Khalil", None),
    ("A judge found Deputy Ross Lyle guilty of misdemeanor assault after a one-day bench trial.", "convicted", "Lyle", None),
    ("Officer Nina Park pleaded guilty to a lesser charge of disorderly conduct.", "convicted", "Park", None),
    ("Officer Jack Dunn was sentenced to two consecutive life terms.", "jailed", "Dunn", None),
    ("Former deputy Ivy Marsh was sentenced to serve 15 years in the state penitentiary.", "jailed", "Marsh", 180),
    ("Officer Wade Lott was placed in a pretrial diversion program.", "other", "Lott", None),
    ("Officer Dale Simms received probation before judgment.", "other", "Simms", None),
    ("Garda Mark Tobin was returned for trial to the Circuit Criminal Court.", "charged", "Tobin", None),
    ("Garda Alan Ruane was sent forward for trial on charges of assault.", "charged", "Ruane", None),
    ("A book of evidence was served on Garda Paul Coughlan at Tralee District Court.", "charged", "Coughlan", None),
    ("Garda Eimear Walsh was fined a week's pay after being found in breach of discipline.", "other", "Walsh", None),
    ("Garda Dara Quinn was suspended on full pay pending the outcome of the investigation.", "suspended", "Quinn", None),
    ("Garda Conor Heffernan was required to resign after the inquiry.", "resigned", "Heffernan", None),
    ("Constable Fraser Hay appeared on petition at Aberdeen Sheriff Court charged with assault.", "charged", "Hay", None),
    ("Constable Ewan Reid made no plea and was committed for further examination.", "charged", "Reid", None),
    ("PC Aled Morgan was issued with a final written warning.", "final_written_warning", "Morgan", None),
    ("PC Hollie Vane was given a written warning for failing to record the crime.", "written_warning", "Vane", None),
    ("PC Mark Fenby was put on the barred list after the hearing.", "barred", "Fenby", None),
    ("PC Sian Rowe resigned during the investigation.", "resigned", "Rowe", None),
    ("PC Gary Slade received a caution for common assault.", "other", "Slade", None),
    ("Sergeant Neil Tarrant was found to have a case to answer for gross misconduct and was dismissed.", "dismissed", "Tarrant", None),
    ("The allegations against PC Megan Fry were found proven at a misconduct hearing.", "misconduct_proven", "Fry", None),
    ("PC Tariq Aziz was dismissed without notice at an accelerated misconduct hearing.", "dismissed", "Aziz", None),
    ("PC Jon Weekes was sacked following a special case hearing.", "dismissed", "Weekes", None),
    ("Former PC Kerry Ames would have been dismissed without notice had she still been serving, the panel ruled.",
     "would_have_been_dismissed", "Ames", None),
    ("Officer Vic Lund was cleared of wrongdoing by internal affairs.", "misconduct_not_proven", "Lund", None),
    ("Deputy Cora Bly was exonerated after an internal review.", "misconduct_not_proven", "Bly", None),
    ("The complaint against Officer Seth Moy was sustained.", "misconduct_proven", "Moy", None),
    ("Internal affairs investigators sustained two allegations against Officer Dana Ruth.", "misconduct_proven", "Ruth", None),
    ("Officer Grady Fell was found to have violated the department's use-of-force policy.", "misconduct_proven", "Fell", None),
    ("The city's police review board found that Officer Kyle Ness used excessive force.", "misconduct_proven", "Ness", None),
    ("Officer Marty Cobb received a three-day suspension and a written reprimand.", "suspended", "Cobb", None),
    ("Officer Marty Cobb received a three-day suspension and a written reprimand.", "written_warning", "Cobb", None),
    ("Deputy Lou Garner was suspended for two weeks and ordered to undergo retraining.", "suspended", "Garner", None),
    ("Officer Jane Kovac was demoted from sergeant to patrol officer.", "other", "Kovac", None),
    ("Officer Tim Wray was fired for cause on Friday.", "dismissed", "Wray", None),
    ("The city council voted to terminate Chief Dale Orrin's contract.", "dismissed", "Orrin", None),
    ("Officer Rhys Lane was convicted of misdemeanor assault and sentenced to 10 days in jail.", "jailed", "Lane", 0.3),
    ("Officer Rhys Lane was convicted of misdemeanor assault and sentenced to 10 days in jail.", "convicted", "Lane", None),
    ("Trooper Kent Vail was arrested and charged with DWI after a crash in his cruiser.", "charged", "Vail", None),
    ("Trooper Kent Vail was arrested and charged with DWI after a crash in his cruiser.", "arrested", "Vail", None),
    ("Officer Beth Dyer was indicted, arrested and suspended without pay within a week.", "suspended", "Dyer", None),
    ("Officer Beth Dyer was indicted, arrested and suspended without pay within a week.", "charged", "Dyer", None),
    ("Deputy Earl Fisk was sentenced Wednesday to 90 days in jail and two years of probation.", "jailed", "Fisk", 3),
    ("Former detective Ivan Ruiz was sentenced to three years in prison and ordered to pay $40,000 in restitution.",
     "jailed", "Ruiz", 36),
    ("Officer Lane Hobbs was given a 60-day jail sentence.", "jailed", "Hobbs", 2),
    ("Former trooper Cal Ivers got 18 months behind bars.", "jailed", "Ivers", 18),
]

REFUSED += [
    ("Officer Dean Farr is accused of stealing $12,000 from the union.", None),
    ("Deputy Ali Kurt is under investigation for using excessive force.", None),
    ("Officer Kim Hale is suspected of selling seized drugs.", None),
    ("The officer lost his temper during the arrest, the video shows.", None),
    ("Officer Liz Ruiz lost her job as a bartender in 2015 before joining the force.", None),
    ("PC Ben Lowe was forced to stop the car when a tyre burst.", None),
    ("Officer Mark Yale was cleared to return to full duty on Monday.", None),
    ("The Police Ombudsman recommended that the constable be disciplined.", None),
    ("GSOC has recommended disciplinary proceedings against the garda.", None),
    ("The IOPC found the officer had a case to answer for misconduct.", "misconduct_proven"),
    ("A misconduct hearing for PC Lara Cole will be held in the new year.", None),
    ("The garda is due to appear before Galway District Court next month.", None),
    ("The sergeant will face a gross misconduct hearing in May.", None),
    ("Officer Nico Bravo's attorney filed a motion to dismiss the charges.", None),
    ("The judge denied Officer Paul Ness's motion to dismiss the indictment.", "dismissed"),
    ("Prosecutors offered Officer Rick Lamb a plea deal, which he rejected.", "convicted"),
    ("A plea hearing for Deputy Jana Holt is scheduled for next month.", None),
    ("Officer Jim Page spent 20 years on the force before retiring in 2019.", "dismissed"),
    ("The sentencing of Officer Ava Lind has been postponed until March.", None),
    ("The judge will decide whether Officer Lou Pratt serves time in prison.", None),
    ("Officer Ty Reeve's firing was recommended by the chief but the city manager has not decided.", "dismissed"),
    ("The 14 people who were arrested by officers during the protest were later released without charge.", None),
    ("The deputy, who has not been charged, remains on duty.", None),
    ("Officer Sam Ulrich has not been disciplined, a spokesman said.", None),
    ("The jury could not reach a verdict on the charge of assault against Officer Ari Fox.", None),
]

STORIES += [
    ("Ex-trooper sentenced to prison for sexual assault during traffic stop\n\nCONCORD, N.H. (AP) — A former state "
     "trooper who sexually assaulted a woman during a traffic stop was sentenced Thursday to six to 12 years in "
     "prison.\n\nDerek Waite, 36, was convicted in May of aggravated sexual assault. He was fired by the state "
     "police after his arrest in 2022 and his certification was later revoked.",
     [("jailed", "trooper"), ("convicted", "Waite"), ("dismissed", "Waite"), ("arrested", "Waite"), ("barred", "Waite")]),
    ("Garda sent forward for trial on assault charge\n\nA garda accused of assaulting a man during an arrest in "
     "Limerick city has been sent forward for trial.\n\nGarda Fergal Long (41) was served with a book of evidence at "
     "Limerick District Court on Tuesday. He remains suspended from duty.",
     [("charged", "garda"), ("suspended", "Long")]),
    ("Sheriff's sergeant fired, charged with falsifying overtime\n\nThe Mesa County Sheriff's Office fired a sergeant "
     "on Monday, days after prosecutors charged her with falsifying overtime records.\n\nSgt. Alicia Ford, 44, was "
     "booked into the Mesa County Detention Facility on Friday and released on a personal recognizance bond.",
     [("dismissed", "sergeant"), ("charged", "sergeant"), ("arrested", "Ford")]),
    ("Constable admits assault at Sheriff Court\n\nA Police Scotland constable has admitted assaulting a teenager in "
     "Dundee.\n\nPC Callum Moir, 27, pleaded guilty at Dundee Sheriff Court on Monday. Sentence was deferred for "
     "reports. He is suspended from duty.",
     [("convicted", "constable"), ("convicted", "Moir"), ("suspended", "Moir")]),
    ("Officer who shot dog resigns before hearing\n\nA Lakeland police officer who shot a family's dog during a "
     "welfare check resigned Tuesday, a day before the department's disciplinary board was to meet.\n\nOfficer Todd "
     "Reiner had been on administrative leave since October. An internal affairs investigation sustained a finding "
     "of unnecessary use of force, Chief Ruth Allen said.",
     [("resigned", "officer"), ("suspended", "Reiner"), ("misconduct_proven", "Reiner")]),
]

# ---- round 5: whole pages as newsrooms publish them (headline, dateline, byline, quotes, asides)
STORIES += [
    ("Former Harlan County deputy pleads guilty in jail assault case\n\nBy Kim Ortega | Staff Writer\n\nPublished "
     "March 4, 2025\n\nLONDON, Ky. — A former Harlan County sheriff's deputy pleaded guilty Monday in federal court to "
     "using excessive force on a handcuffed inmate, the U.S. Attorney's Office said.\n\nBrent Caudill, 31, admitted "
     "that he punched the man repeatedly in a holding cell in 2023. He faces up to 10 years in prison when he is "
     "sentenced in July.\n\nCaudill was fired the week after the assault, Sheriff Dale Roark said. A second deputy "
     "who was present has not been charged.\n\nThe inmate, who was being held on a traffic warrant, needed stitches.",
     [("convicted", "deputy"), ("dismissed", "Caudill")]),
    ("Met PC who lied about stop and search dismissed\n\nA Metropolitan Police constable who lied about why he "
     "stopped and searched a man in Brixton has been dismissed without notice.\n\nA misconduct hearing found that PC "
     "Jamie Stokes breached the standards of professional behaviour for honesty and integrity, and that his conduct "
     "amounted to gross misconduct.\n\nCommander Sarah Lane said: \"Officers who lie have no place in the Met.\"\n\n"
     "PC Stokes will be added to the barred list. A second officer, who was not named, was given management advice.",
     [("dismissed", "constable"), ("gross_misconduct_proven", "Stokes"), ("barred", "Stokes")]),
    ("Garda convicted of harassing ex-partner to be sentenced next month\n\nA serving garda has been convicted of "
     "harassing his former partner over a 14-month period.\n\nGarda Killian Fahy (38), of Carrick-on-Shannon, Co "
     "Leitrim, was found guilty by a jury at Sligo Circuit Criminal Court on Thursday. Judge Keenan Johnson "
     "remanded him on bail for sentence in December.\n\nFahy has been suspended from An Garda Síochána since he was "
     "charged in 2023.",
     [("convicted", "garda"), ("convicted", "Fahy"), ("suspended", "Fahy"), ("charged", "Fahy")]),
    ("Officer on leave after arrest of teen goes viral\n\nHOUSTON (KXYZ) — A Houston police officer has been placed "
     "on administrative leave after video of him slamming a 15-year-old to the pavement spread on social media, the "
     "department said Saturday.\n\nThe teen was arrested on a charge of resisting arrest, which prosecutors later "
     "dropped. The officer, whose name was not released, has been with HPD for four years.\n\n\"We are reviewing "
     "the incident,\" Chief Troy Finner said. Anyone with information is asked to call internal affairs.",
     [("suspended", "officer")]),
    ("Ex-sheriff sentenced to 8 years for extortion scheme\n\nJACKSON, Miss. (AP) — A former Mississippi sheriff who "
     "forced jail inmates to work on his farm was sentenced Tuesday to eight years in federal prison.\n\nFormer "
     "Rankin County Sheriff Lloyd Baine, 64, was convicted in April of extortion and conspiracy. He resigned in 2022 "
     "after he was indicted.\n\nU.S. District Judge Tom Lee also ordered Baine to forfeit $310,000.",
     [("jailed", "sheriff"), ("convicted", "Baine"), ("resigned", "Baine"), ("charged", "Baine")]),
]

# pages where the words name an outcome that no officer had: (page, [(outcome, word that must not be in its subject
# or None for any subject)])
PAGES_REFUSED = [
    ("Man charged after deputy hit by car\n\nA 22-year-old man was arrested and charged with aggravated assault after "
     "he struck a Pike County deputy with his car during a traffic stop, the sheriff's office said.\n\nDeputy Ana "
     "Flores was treated at a hospital and released. The driver, Kyle Ames, was booked into the county jail.",
     [("arrested", None), ("charged", None)]),
    ("Jury acquits man accused of shooting at trooper\n\nA jury on Friday acquitted a Dayton man of attempted "
     "murder in a 2022 shootout with a state trooper. The trooper, Sgt. Mike Rowe, was not injured.\n\nProsecutors "
     "said they were disappointed. Rowe, who has since been promoted, testified at the trial.",
     [("acquitted", None)]),
    ("City settles lawsuit over officer's use of force\n\nThe city of Elmwood agreed to pay $450,000 to settle a "
     "lawsuit filed by a man who said Officer Derek Hale broke his arm during an arrest in 2021.\n\nHale was not "
     "disciplined, and a grand jury declined to indict him. He remains on patrol. The city did not admit "
     "wrongdoing.",
     [("charged", None), ("dismissed", None), ("suspended", None)]),
    ("Force 'could sack officers who lie', says new chief\n\nThe new chief constable of Wessex Police has warned that "
     "officers found to have lied in court could be sacked.\n\nChief Constable Amy Hart said any officer convicted "
     "of a criminal offence would face a gross misconduct hearing. Last year, 12 officers were dismissed by the "
     "force.",
     [("dismissed", "Hart"), ("convicted", None)]),
    ("Inmate sentenced for attack on corrections officer\n\nAn inmate at the Dale County jail was sentenced Monday "
     "to five more years in prison for attacking a corrections officer with a makeshift knife.\n\nThe officer, "
     "Sgt. Rita Vance, needed 14 stitches. She returned to work in March.",
     [("jailed", None)]),
    ("Former Elm City Police Officer Sentenced to 14 Months in Federal Prison for Payroll Fraud Scheme",
     [("jailed", "Scheme")]),
]

# ---- round 6: licence boards, arbitration, counterfactual firing, deferred sentences (written after reading the
# probe11us report's causes, in our own words; scored before the fixes)
STATED += [
    ("The Peace Officer Standards Board voted unanimously Tuesday to revoke Deputy Omar Hale's license.",
     "barred", "Hale", None),
    ("The commission voted 7-0 on Monday to decertify Officer Lisa Crane.", "barred", "Crane", None),
    ("The council voted last week to suspend the certification of Officer Dev Patel.", "suspended", "Patel", None),
    ("The board voted Thursday to revoke the certification of Trooper Ian Kell.", "barred", "Kell", None),
    ("Officer Sara Bloom was fired in May. The standards council suspended her certification in June pending "
     "the criminal case.", "suspended", "Bloom", None),
    ("The council accepted the voluntary surrender of the certification of Officer Glen Rudd.", "barred", "Rudd", None),
    ("The board accepted the voluntary relinquishment of certification by former Sgt. Amy Toller.",
     "barred", "Toller", None),
    ("Former deputy Hal Brenner agreed not to seek police work again and to surrender his certification.",
     "barred", "Brenner", None),
    ("An arbitrator ordered the county to reinstate Deputy Ron Pace, who was fired in 2024.", "other", "Pace", None),
    ("Officer Al Beck was reinstated by an arbitrator in June.", "other", "Beck", None),
    ("The civil service board reinstated Officer Nia Hall with back pay.", "other", "Hall", None),
    ("Officer Tyrell Gage will instead serve a 20-day unpaid suspension.", "suspended", "Gage", None),
    ("Deputy Joan Marr must serve a 10-day suspension without pay.", "suspended", "Marr", None),
    ("Had he still been employed, Officer Kurt Sayer would have been terminated, the chief wrote.",
     "would_have_been_dismissed", "Sayer", None),
    ("Sergeant Fay Ruhl would have been discharged had she not retired.", "would_have_been_dismissed", "Ruhl", None),
    ("A Casper police sergeant who was under investigation for padding his overtime retired before the inquiry ended.",
     "retired", "sergeant", None),
    ("An officer who was under investigation for theft resigned last week.", "resigned", "officer", None),
    ("Officer Dee Rand received a two-year deferred sentence.", "other", "Rand", None),
    ("The judge gave Deputy Lon Burke a one-year deferred sentence and a $500 fine.", "other", "Burke", None),
]

REFUSED += [
    ("Officer Dee Rand received a two-year deferred sentence.", "jailed"),
    ("The board will vote next month on whether to revoke Officer Ray Lutz's certification.", None),
    ("An arbitrator upheld the firing of Officer Gil Ross.", "other"),
    ("Officer Meg Tran could have been fired, the chief said, but was given a suspension instead.", "dismissed"),
    ("Deputies fired", None),
]

# ---- round 7: a new case opened by "In a separate case,", reversals and reductions, counts of cases
STATED += [
    ("In a separate case, Deputy Kim Ostrow was fired on Friday.", "dismissed", "Ostrow", None),
    ("In another case, Officer Lyle Dane resigned Oct. 30.", "resigned", "Dane", None),
    ("In an unrelated case, Sergeant Bo Hart was charged with theft on Monday.", "charged", "Hart", None),
    ("In a separate incident, a Marion County deputy was arrested Saturday on a DUI charge.", "arrested", "deputy", None),
    ("An arbitrator overturned the firing of Officer Reese Gant.", "other", "Gant", None),
    ("Officer Cal Reyes was fired in May. The board reduced the penalty to a 15-day suspension without pay.",
     "suspended", "Reyes", None),
    ("A hearing officer reduced Officer Amy Lutz's termination to a 20-day suspension.", "suspended", "Lutz", None),
    ("Officer Jo Tate turned herself in Tuesday and faces the same charges.", "charged", "Tate", None),
    ("Deputy Ray Orton faces the same charge of official oppression.", "charged", "Orton", None),
]

REFUSED += [
    ("Internal affairs sustained at least one allegation in 104 of the cases.", None),
    ("The unit sustained allegations in 37 of them last year.", None),
    ("An arbitrator overturned the firing of Officer Reese Gant.", "dismissed"),
    ("Officer Lou Pym was fired in 2019 for an unrelated case of theft and rehired a year later.", "dismissed"),
]

# ---- round 8: the probe11us report's neighbours, in our own words (scored before the fixes)
STATED += [
    ("A Dover police corporal who was being investigated for taking bribes resigned before internal affairs could "
     "interview him, the city said.", "resigned", "corporal", None),
    ("A hearing board ordered the county to rehire a deputy it fired in 2023.", "other", "deputy", None),
]
REFUSED += [
    ("Deputy Kay Ruiz works in the unit. The unit sustained at least one allegation in 212 of the cases it closed.",
     "misconduct_proven"),
    ("Sgt. Al Moss leads internal affairs, which sustained complaints in 41 of 300 investigations last year.",
     "misconduct_proven"),
    ("The council voted to reinstate the policy on body cameras.", None),
]

# ---- round 9: headlines whose last word is the verb (5 of 30 headline shapes missed before)
STATED += [
    ("Deputy fired\n\nThe Lake County Sheriff's Office fired a deputy on Friday.", "dismissed", "Deputy", None),
    ("Deputy who shot family dog fired\n\nThe sheriff's office announced the decision Friday.", "dismissed", "Deputy", None),
    ("Police chief ousted\n\nThe town council voted 4-1 on Monday night.", "dismissed", "chief", None),
    ("Officer on leave\n\nThe department gave no reason.", "suspended", "Officer", None),
    ("Trooper loses certification after DUI crash\n\nThe state board acted on Thursday.", "barred", "Trooper", None),
]
REFUSED += [
    ("Officer Al Hay said the suspect fired\nthree shots at him before he ran.", None),
    ("Trooper Al Hay lost his driver's license for a year after the crash.", "barred"),
]

# ---- round 10: the probe11 report's causes, in our own words (scored before the fixes)
STATED += [
    ("An internal review found that Officer Gail Snow had violated the department's pursuit policy.",
     "misconduct_proven", "Snow", None),
    ("Investigators found that Deputy Rob Kerr did not follow the agency's body camera policy.",
     "misconduct_proven", "Kerr", None),
    ("The review found Officer Lena Watts failed to follow the use-of-force policy.", "misconduct_proven", "Watts", None),
    ("The Ombudsman found that Constable Ian Boyd had used force that was not necessary.",
     "misconduct_proven", "Boyd", None),
    ("The chair found that Sergeant Amy Reed's conduct did not amount to misconduct.",
     "misconduct_not_proven", "Reed", None),
    ("Sheriff Moira Kerr admonished Constable Liam Ross at Perth Sheriff Court.", "other", "Ross", None),
    ("PC Tanya Hill received management action for failing to record the search.", "other", "Hill", None),
    ("Constable Rory Finn received management discipline after the review.", "other", "Finn", None),
    ("Trooper Dale Orr was cited for operating a vehicle while impaired.", "charged", "Orr", None),
    ("Officer Meg Holt was issued a citation for reckless driving.", "charged", "Holt", None),
    ("Deputy Paul Voss was booked and released on bond Wednesday.", "arrested", "Voss", None),
    ("The arbitrator converted Officer Dan Mays's termination into a 30-day unpaid suspension.",
     "suspended", "Mays", None),
    ("A grand jury indicted Deputy Sara Lin on a count of assault in an unrelated case.", "charged", "Lin", None),
    ("Officer Tom Reyes was also arrested in an unrelated case last week.", "arrested", "Reyes", None),
    ("Officer Tom Reyes was charged with theft in a separate case on Monday.", "charged", "Reyes", None),
    ("A jury cleared Sergeant Neil Hay of assault after the sheriff found the charge against him not proven.",
     "acquitted", "Hay", None),
]
REFUSED += [
    ("Officer Tom Reyes had been suspended for an unrelated incident.", None),
    ("Officer Tom Reyes was previously disciplined in a separate case.", None),
    ("Sergeant Amy Reed leads the unit. The board sustained 96 of the 1,041 allegations it heard in 2025.",
     "misconduct_proven"),
    ("Sheriff Moira Kerr found the charge against the constable not proven.", "misconduct_not_proven"),
    ("Officer Ray Cole was cited for bravery in 2019.", "charged"),
    ("The chief admonished reporters to wait for the report.", None),
]
