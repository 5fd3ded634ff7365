"""Whose outcome it is: entries of lists and notices, court round-ups of several
defendants, prosecutors' releases that say "the defendant" long after the name, headlines
with the outlet's name stuck to them, small groups, a name brought in late by its rank,
Irish and US name forms; and the day an outcome happened. Every sentence and page was
written for this battery (UK, Irish and US styles); names, places and bodies are invented.

STATED: (text, outcome, subject words that must all be in the subject, months or None)
STORIES: (text, [(outcome, subject words)])
REFUSED: (text, outcome that must not be found, or None for no outcome at all)
DATED: (text, published ISO date, outcome, ISO date the outcome carries)
Where several subjects are right (the group as written, or its people by name), they are
joined by "|".
"""

STORIES = [
    # --- entries of lists and notices: "NAME, age, of Town, a former deputy: did X; did Y"
    ("Court dispositions for the week\n\n"
     "- GARY L. MOFFAT, 47, of Benton, a former Benton police sergeant: pleaded guilty to official "
     "misconduct; sentenced to 60 days in jail.\n"
     "- TINA R. HOLLOWAY, 33, of Marion, a former Williamson County jailer: pleaded guilty to "
     "trafficking contraband into a penal institution; sentenced to two years of probation.\n",
     [("convicted", "MOFFAT"), ("jailed", "MOFFAT"), ("convicted", "HOLLOWAY")]),
    ("Circuit court round-up\n\n"
     "* Derek Vance, 52, of Oakdale, a former Oakdale police officer: pleaded no contest to "
     "battery; sentenced to 30 days in jail.\n"
     "* Ellen Moss, 29, of Oakdale: pleaded guilty to retail theft; fined $300.\n",
     [("convicted", "Derek Vance"), ("jailed", "Derek Vance")]),
    ("STATE BOARD ACTIONS\n\nREVOCATIONS\n\n"
     "1. Kyle J. Barnes, Deputy Sheriff, Linn County Sheriff's Office. Certification revoked.\n"
     "2. Maria T. Ocampo, Corrections Officer, Coffee Creek Correctional Facility. Certification revoked.\n",
     [("barred", "Kyle J. Barnes"), ("barred", "Maria T. Ocampo")]),
    ("Disciplinary outcomes, May 2024\n\n"
     "- PC Owen Hale, Response, Bristol: gross misconduct proven; dismissed without notice.\n"
     "- PS Leah Grant, Custody, Bath: misconduct proven; written warning.\n",
     [("dismissed", "Owen Hale"), ("written_warning", "Leah Grant")]),
    ("The following officers were disciplined by the department in 2023:\n"
     "Officer Marcus Bell - terminated for untruthfulness.\n"
     "Sgt. Rosa Diaz - suspended 10 days for neglect of duty.\n",
     [("dismissed", "Marcus Bell"), ("suspended", "Rosa Diaz")]),
    # --- court round-ups with several defendants
    ("Three former Harlan County jailers were sentenced Thursday for beating an inmate. Jason Pruitt, 31, "
     "was sentenced to 46 months in prison. Kelsey Dunn, 27, received 30 months, and Adam Ritter, 35, was "
     "sentenced to 18 months.",
     [("jailed", "Pruitt"), ("jailed", "Ritter")]),
    ("Two former Brockton police officers admitted falsifying overtime records. Sgt. Paul Rourke, 58, of "
     "Easton, pleaded guilty to embezzlement, and Officer Dana Kell, 44, of Brockton, pleaded guilty to "
     "conspiracy.",
     [("convicted", "Paul Rourke"), ("convicted", "Dana Kell")]),
    ("Four prison officers and a police constable appeared at Cardiff Crown Court. PC Rhys Owen, 30, was "
     "jailed for two years for misconduct in a public office.",
     [("jailed", "Rhys Owen")]),
    # --- prosecutors' releases: the defendant, the former officer
    ("TAMPA, Fla. - A former Hillsborough County deputy was sentenced today to 41 months in federal prison "
     "for depriving an arrestee of his civil rights.\n\nAccording to court documents, Brent Coker, 36, of "
     "Riverview, struck a handcuffed man. A federal jury convicted the defendant in March after a three-day "
     "trial.",
     [("jailed", "deputy"), ("convicted", "Coker|deputy")]),
    ("A former Yonkers police officer pleaded guilty today to extortion.\n\nAs part of his plea, Luis "
     "Marrero, 41, admitted demanding cash from tow truck drivers. The former officer is scheduled to be "
     "sentenced in June. Marrero resigned from the department in 2022.",
     [("convicted", "officer"), ("resigned", "Marrero")]),
    ("JACKSON, Miss. - ERIC DALE SUMRALL, 44, of Brandon, a former Rankin County deputy, pleaded guilty "
     "Tuesday to conspiracy. SUMRALL faces up to five years in prison. SUMRALL resigned from the sheriff's "
     "department in January.",
     [("convicted", "SUMRALL"), ("resigned", "SUMRALL")]),
    # --- a jury convicted the defendant, no name in the sentence
    ("A former Dallas police sergeant accused of stealing from evidence lockers was convicted Friday. "
     "Jurors deliberated for four hours before convicting the defendant, Ray Talbot, of theft.",
     [("convicted", "sergeant")]),
    # --- headlines with the outlet's name
    ("Michigan State Police trooper charged with assault « CBS Detroit\n\nA Michigan State Police trooper "
     "has been charged with assault after a traffic stop in Flint.",
     [("charged", "trooper")]),
    ("Former Clayton County deputy sentenced for inmate beating | WSB-TV Channel 2 - Atlanta\n\nA former "
     "Clayton County deputy was sentenced to two years in prison on Monday.",
     [("jailed", "deputy")]),
    ("Garda suspended after drink-driving arrest - Irish Examiner\n\nA garda has been suspended after he "
     "was arrested on suspicion of drink driving in Co Cork.",
     [("suspended", "garda")]),
    ("Sheriff's deputy fired after DUI crash - KSL.com\n\nA Utah County sheriff's deputy was fired after "
     "he crashed a patrol car while drunk.",
     [("dismissed", "deputy")]),
    # --- groups
    ("Two Fairview police officers were fired on Monday after a video showed them kicking a man. The pair "
     "had been on leave since April.",
     [("dismissed", "officers")]),
    ("Officer Kim Lyle and Officer Dev Patel were indicted by a grand jury. Both officers were placed on "
     "administrative leave.",
     [("charged", "Kim Lyle"), ("suspended", "officers|Kim Lyle")]),
    ("Three deputies were charged with assault. Two of the three deputies were also fired.",
     [("charged", "deputies"), ("dismissed", "deputies")]),
    ("PC Amy Cross and PC Joel Hart were found to have committed gross misconduct. The two constables "
     "were dismissed without notice.",
     [("dismissed", "constables|Amy Cross")]),
    ("Garda Niall Brennan and Garda Orla Daly were suspended from duty. The two gardaí are due in court "
     "next month.",
     [("suspended", "Niall Brennan")]),
    # --- a name brought in by rank late in the sentence
    ("Arrested on Friday and charged with stalking was Lt. Carla Munoz, a 19-year veteran of the department.",
     [("arrested", "Carla Munoz")]),
    ("Among those sentenced on Wednesday was former Chief Deputy Allen Shaw, who received 24 months.",
     [("jailed", "Allen Shaw")]),
    # --- Irish and US name forms
    ("Garda Seán Ó Briain (34), of Tralee, was convicted of assault at Kerry Circuit Court.",
     [("convicted", "Seán Ó Briain")]),
    ("Gda Pádraig Mac Giolla Phádraig was suspended from duty on Thursday.",
     [("suspended", "Pádraig")]),
    ("Deputy James \"Jimmy\" O'Rourke Jr. was terminated by the sheriff's office on Friday.",
     [("dismissed", "O'Rourke")]),
    ("Trooper First Class D'Andre M. Wilkes-Harper was arrested on Saturday.",
     [("arrested", "Wilkes-Harper")]),
    ("Det. Sgt. Aoife McCarthy-Lynch has been cleared of misconduct.",
     [("misconduct_not_proven", "McCarthy-Lynch")]),
    ("Cpl. T.J. Hollis III was placed on paid administrative leave.",
     [("suspended", "Hollis")]),
    # --- round 2: discipline logs and board notices whose steps have no verb
    ("INTERNAL AFFAIRS DISPOSITIONS, THIRD QUARTER\n\n"
     "* Officer Grant Ueda, Traffic Unit: sustained, unsafe driving; two-day suspension.\n"
     "* Sgt. Helen Ivers, Records: not sustained, discourtesy.\n"
     "* Case No. 24-118: unfounded.\n",
     [("misconduct_proven", "Grant Ueda"), ("suspended", "Grant Ueda"), ("misconduct_not_proven", "Helen Ivers")]),
    ("Hearing outcomes\n\n- DC Ruth Acton, CID, Hull: misconduct proven; final written warning.\n"
     "- PC Omar Baig, Neighbourhood, Goole: misconduct proven; written warning.\n",
     [("final_written_warning", "Ruth Acton"), ("written_warning", "Omar Baig")]),
    ("CERTIFICATION ACTIONS\n\n7. Darnell P. Oakes, Reserve Deputy, Marion County Sheriff's Office. Basic Police "
     "certification revoked. Dishonesty.\n\n8. Greta L. Sousa, Police Officer, Eugene Police Department. "
     "Surrendered certifications while under investigation.\n",
     [("barred", "Darnell P. Oakes"), ("barred", "Greta L. Sousa")]),
    ("Deputy First Class Ray Mott was fired on Friday.", [("dismissed", "Ray Mott")]),
    # --- round 3: whom "she", "he", "the officer", "the defendant" and a surname stand for
    ("PC Dan Cole took cash from a seized bag. Judge Mary Hale told Cole she accepted he had been under "
     "strain. He was jailed for eight months.",
     [("jailed", "Dan Cole")]),
    ("Detective Constable Ruth Bale would have been dismissed had she still been a serving officer. She was also "
     "placed on the barred list.",
     [("barred", "Ruth Bale")]),
    ("Sgt. Ian Platt let a suspect go and told a colleague not to follow him. The former traffic sergeant, who "
     "resigned in May, was found to have committed gross misconduct.",
     [("resigned", "Platt|former traffic sergeant")]),
    ("A Lakeview officer accused of faking breath tests has resigned. Chief Ann Ruiz said on Friday that the "
     "officer resigned before a disciplinary meeting. The officer was due to meet with Ruiz on Monday.",
     [("resigned", "Lakeview officer")]),
    ("Courthouse News Digest\n\nFormer Ashford deputy Carl Obi was sentenced today to 30 months in prison. "
     "In March, a federal jury convicted the defendant of excessive force.",
     [("convicted", "Obi|defendant")]),
    ("Former Easton police officer Sam Lutz was convicted of robbery. His brother and co-defendant, former deputy "
     "Ray Lutz, was also convicted. Lutz was sentenced to eight years in prison.",
     [("convicted", "Sam Lutz"), ("convicted", "Ray Lutz"), ("jailed", "Ray Lutz")]),
    ("Trooper who struck handcuffed man resigns | KXAN Austin\n\nThe Texas trooper accused of striking a "
     "handcuffed man in Round Rock has resigned from the Department of Public Safety.",
     [("resigned", "trooper")]),
    ("A Harlow officer seen slapping a handcuffed teenager has been fired. Chief Rosa Lind said Officer Kyle Penn broke "
     "the department's rules. Penn's firing takes effect at once, she wrote. He had been on paid leave since May 2.",
     [("suspended", "Kyle Penn")]),
    # --- round 4 (written in one go, run before any change for it)
    ("Deputies Cole Ames, Rick Sorensen and Joel Tate were charged with assault in June. All three men were "
     "fired by the Pike County Sheriff's Office in July.",
     [("dismissed", "men|Ames")]),
    ("Seven Bristol officers faced a misconduct hearing over the strip search. Two were dismissed without notice "
     "and five others received written warnings.",
     [("dismissed", None), ("written_warning", "others")]),
    ("Sgt. Lena Ortiz and Officer Paul Grady were indicted on Tuesday. The pair pleaded not guilty and were "
     "placed on unpaid leave.",
     [("charged", "Lena Ortiz"), ("suspended", "pair|Lena Ortiz")]),
    ("BIRMINGHAM, Ala. - Two former Jefferson County corrections officers were sentenced today for beating an "
     "inmate. U.S. District Judge Amy Cole sentenced DARRYL K. MINTZ, 41, of Bessemer, to 63 months in prison. "
     "TERESA L. HOLT, 35, of Fairfield, was sentenced to 24 months.",
     [("jailed", "MINTZ"), ("jailed", "HOLT")]),
    ("The Hall County Sheriff's Office said Deputy Mason Kidd, 27, was arrested Saturday night. Kidd has been "
     "placed on administrative leave, Sheriff Gerald Couch said.",
     [("arrested", "Mason Kidd"), ("suspended", "Kidd")]),
    ("A Garda sergeant has been convicted of harassing a former partner. Sergeant Eoin Daly (47), of Mallow, "
     "was given a two-year suspended sentence at Cork Circuit Court. Daly has been suspended from duty since 2022.",
     [("suspended_sentence", "Eoin Daly"), ("suspended", "Daly")]),
    ("Former Metropolitan Police officer Ade Okoro, 33, was jailed for four years at Kingston Crown Court. "
     "A second former officer, Lee Burns, 36, was jailed for 30 months.",
     [("jailed", "Ade Okoro"), ("jailed", "Lee Burns")]),
    ("Two Rockdale officers were fired Thursday. Officer Kay Greer had been with the department for six years; "
     "Officer Luis Pena, for two. Both officers had been on leave since the arrest in May.",
     [("dismissed", "officers"), ("suspended", "officers|Kay Greer")]),
    ("A former state trooper who stole overtime pay was sentenced Monday. Court records show the defendant, "
     "Carl Eady, 52, resigned in 2021. Eady pleaded guilty in March.",
     [("resigned", "Eady|defendant"), ("convicted", "Eady")]),
    ("The two officers involved, Sgt. Rob Hale and PC Tim Yates, were found to have committed gross misconduct. "
     "Hale was dismissed; Yates received a final written warning.",
     [("dismissed", "Hale"), ("final_written_warning", "Yates")]),
    # --- round 5: rows of a records table, steps after spaced dashes, a notice's label lines
    ("Internal affairs cases closed, second quarter\n\n"
     "Case | Employee | Allegation | Finding | Action taken\n"
     "IA-24-031 | Deputy R. Salcedo | Conduct unbecoming | Sustained | 5-day suspension\n"
     "IA-24-036 | Officer Nia Bloom | Untruthfulness | Sustained | Termination\n"
     "IA-24-040 | Sgt. Kofi Amadi | Discourtesy | Not sustained | None\n",
     [("misconduct_proven", "Salcedo"), ("suspended", "Salcedo"), ("dismissed", "Nia Bloom"),
      ("misconduct_not_proven", "Amadi")]),
    ("IA cases\n\nCase | Employee | Finding\nIA-24-040 | Sgt. K. Amadi | Not sustained\n",
     [("misconduct_not_proven", "Amadi")]),
    ("Board actions\n\nName | Agency | Action\nTerrence J. Hull | Macon County Sheriff's Office | Revoked\n"
     "Ivy M. Chen | Dalton Police Department | Suspended 3 months\n",
     [("barred", "Terrence J. Hull"), ("suspended", "Ivy M. Chen")]),
    ("Misconduct hearings, autumn\n\n- Former PC Dan Greaves: discreditable conduct - proven as gross "
     "misconduct - would have been dismissed; placed on the barred list.\n"
     "- PS Amira Khan (Gateshead): use of force - not proven - no action.\n",
     [("would_have_been_dismissed", "Dan Greaves"), ("barred", "Dan Greaves"), ("misconduct_not_proven", "Amira Khan")]),
    ("1. PC Liam Frost, Response, Leeds\nFinding: Misconduct proven\nOutcome: Written warning\n\n"
     "2. DC Rhian Jones, CID, Bradford\nFinding: Not proven\n",
     [("misconduct_proven", "Liam Frost"), ("misconduct_not_proven", "Rhian Jones")]),
    # --- round 6: an initial after a rank's stop, findings after dashes, a verbless line under "Outcome:"
    ("Closed cases\n\nCase | Employee | Finding | Action\nIA-25-002 | Lt. M. Osei | Sustained | Written reprimand\n",
     [("misconduct_proven", "Osei"), ("written_warning", "Osei")]),
    ("- PC Jack Orme (Hartlepool): honesty and integrity - proven as gross misconduct - dismissed without notice.\n",
     [("gross_misconduct_proven", "Jack Orme"), ("dismissed", "Jack Orme")]),
    ("2. Former DC Sian Rowe (retired June 2025)\nFinding: Gross misconduct proven\nOutcome: Would have been "
     "dismissed. Added to the College of Policing barred list.\n",
     [("would_have_been_dismissed", "Sian Rowe"), ("barred", "Sian Rowe")]),
]

STATED = [
    # lists and notices, one line
    ("- ANTHONY R. GREER, 39, of Dothan, a former Dothan police officer: sentenced to 18 months in prison.",
     "jailed", "GREER", 18),
    ("- Lena Ruiz, 45, of Salinas, a former Monterey County deputy: pleaded guilty to grand theft.",
     "convicted", "Lena Ruiz", None),
    ("3. Pamela K. Stroud, Police Officer, Medford Police Department. Certification revoked.",
     "barred", "Pamela K. Stroud", None),
    ("Officer Dwayne Fox (Badge 2231) - Terminated.", "dismissed", "Dwayne Fox", None),
    ("Sergeant Colm Kiely: dismissed from An Garda Síochána.", "dismissed", "Colm Kiely", None),
    # the defendant, the former officer
    ("Officer Tyrell Mason was arrested in May. The former officer pleaded guilty on Tuesday to civil rights violations.",
     "convicted", "officer", None),
    ("Former deputy Kara Lindqvist was indicted in 2023. A jury convicted the defendant on all counts in October.",
     "convicted", "defendant|Lindqvist", None),
    ("Ex-sergeant Nolan Price admitted misconduct. The defendant was jailed for 20 months.",
     "jailed", "defendant|Nolan Price", 20),
    # groups in one event
    ("Two Eastbrook deputies were fired on Tuesday.", "dismissed", "deputies", None),
    ("Both officers were suspended without pay.", "suspended", "officers", None),
    ("The two troopers were indicted by a state grand jury on Thursday.", "charged", "troopers", None),
    ("Three Kent Police constables have been dismissed after a misconduct hearing.", "dismissed", "constables", None),
    ("Two gardaí have been suspended from duty following an incident in Limerick.", "suspended", "gardaí", None),
    ("Two of the four detectives were acquitted.", "acquitted", "detectives", None),
    ("Two Northborough police officers and a civilian dispatcher were charged on Friday.", "charged", "officers", None),
    # a rank late in the sentence
    ("Placed on administrative leave Friday was Deputy Ana Torres.", "suspended", "Ana Torres", None),
    ("Also fired was Officer Brady Kuhn, a five-year veteran.", "dismissed", "Brady Kuhn", None),
    ("Sentenced to 14 months was former PC Gareth Lloyd.", "jailed", "Gareth Lloyd", 14),
    # US and UK rank forms before names
    ("Ofc. Jamal Reed was terminated last week.", "dismissed", "Jamal Reed", None),
    ("Lt. Col. Dana Pruett of the state patrol resigned on Monday.", "resigned", "Dana Pruett", None),
    ("Chief Deputy Ron Salas pleaded guilty to theft.", "convicted", "Ron Salas", None),
    ("Correctional Officer Tasha Grimes was charged with bringing drugs into the jail.", "charged", "Tasha Grimes", None),
    ("DC Priya Nair was given a final written warning.", "final_written_warning", "Priya Nair", None),
    ("Acting Sergeant Ciarán Doyle was suspended from duty.", "suspended", "Ciarán Doyle", None),
    ("Special Constable Ben Watts was dismissed.", "dismissed", "Ben Watts", None),
    ("PCSO Hannah Quirk resigned before the hearing.", "resigned", "Hannah Quirk", None),
    ("Patrolman Eddie Sowa was fired by the township.", "dismissed", "Eddie Sowa", None),
    ("State Trooper Kyle Beaumont was arrested on a DUI charge.", "arrested", "Kyle Beaumont", None),
    ("Border Patrol Agent Luis Ybarra was sentenced to 27 months in prison.", "jailed", "Luis Ybarra", 27),
    # Irish forms
    ("A garda attached to Store Street station was convicted of assault.", "convicted", "garda", None),
    ("Sergeant Máire Ní Bhriain was found guilty of harassment.", "convicted", "Máire Ní Bhriain", None),
    ("Former garda Declan O'Dwyer (51) was jailed for three years.", "jailed", "O'Dwyer", 36),
    # US names with middle initials, suffixes, nicknames
    ("Deputy Robert L. Haines Jr. pleaded guilty on Monday.", "convicted", "Haines", None),
    ("Officer Christopher \"Chris\" Bowman was fired.", "dismissed", "Bowman", None),
    ("Former Sgt. Dwight E. McNair-Ellis was indicted.", "charged", "McNair-Ellis", None),
    # a name late, after the verb and its day
    ("The sheriff's office fired Deputy Noel Hargrove on Tuesday.", "dismissed", "Noel Hargrove", None),
    ("Prosecutors charged Officer Vince Amato, 29, with assault.", "charged", "Vince Amato", None),
    ("Sheriff Tom Barrow said the deputy had been fired.", "dismissed", "deputy", None),
    ("The panel dismissed PC Sam Ebbs without notice.", "dismissed", "Sam Ebbs", None),
    # round 4
    ("Both deputies were fired on Friday, the sheriff said.", "dismissed", "deputies", None),
    ("Three of the four officers were acquitted on Thursday.", "acquitted", "officers", None),
    ("The two constables have since resigned.", "resigned", "constables", None),
    ("Fired along with him was Officer Dee Marsh, a 12-year veteran.", "dismissed", "Dee Marsh", None),
    ("Prosecutors said Detective Sgt. Noel Quirke, 44, was charged with perjury.", "charged", "Noel Quirke", None),
    ("According to the affidavit, Deputy Tara Voss was arrested at her home.", "arrested", "Tara Voss", None),
    ("WCSC-TV reports Officer J.W. Ward was fired Friday.", "dismissed", "Ward", None),
    ("Gardaí Seán Ryan and Aoife Lynch were suspended from duty.", "suspended", "Seán Ryan", None),
    ("Jailer Robin Cates, 30, was booked into the county jail on Tuesday.", "arrested", "Robin Cates", None),
    ("Agents arrested former Border Patrol agent Hector Ruiz, 39, on Monday.", "arrested", "Hector Ruiz", None),
]

REFUSED = [
    # a suspect, a victim, a witness, an inmate
    ("Deputy Alan Pike arrested Marcus Greene, 24, on Tuesday. Greene was charged with burglary.", "charged"),
    ("Officers arrested a 30-year-old man. He was later charged with robbery.", "charged"),
    ("The inmate, Carl Byers, 41, was charged with assaulting a jail officer.", "charged"),
    ("Inmate Jose Ramirez was sentenced to an additional five years.", "jailed"),
    ("A man who shot at a state trooper was sentenced to 20 years in prison.", "jailed"),
    ("The driver, Lisa Kemp, 52, pleaded guilty to drink driving.", "convicted"),
    ("Officers detained Tommy Rowe. Rowe pleaded guilty to possession in March.", "convicted"),
    # the judge, the lawyer, the sheriff who announced it
    ("Judge Helen Marsh was appointed to the bench in 2015.", None),
    ("Defense attorney Ray Cole said his client would appeal.", None),
    # list entries of the public
    ("- Kevin Blair, 22, of Oakdale: pleaded guilty to criminal trespass; fined $200.", "convicted"),
    ("- MARK T. WELLS, 35, of Anna: sentenced to 90 days in jail.", "jailed"),
    ("- Jenna Ford, 28, of Benton, a cashier: pleaded guilty to theft.", "convicted"),
    # a group that is a tally, not one event
    ("Forty-five officers were dismissed last year, figures show.", "dismissed"),
    ("In 2022, 118 deputies were suspended across the state.", "suspended"),
    # round 2: no person at the head of the line, or no entry at all
    ("* Case No. 24-118, Patrol: sustained, neglect of duty; written reprimand.", None),
    ("The injuries he sustained, the deputy said, were minor.", "misconduct_proven"),
    ("Notes: sustained, as in previous years, by a small team.", "misconduct_proven"),
    ("Officer Len Ruiz had his driver's license suspended for six months.", "suspended"),
    ("Deputy First Minister Aine Dolan said the officer should resign.", "resigned"),
    # round 3: the judge's own words
    ("Judge Ann Cole told the court she was satisfied with the reports. She adjourned the case to May.", None),
    # round 4
    ("Deputies arrested Tony Sims, 22, and his brother, Ray Sims, 25. Both men were charged with burglary.", "charged"),
    ("Officer Amy Burke shot the man, Leon Ward, 31. Ward was later charged with assault.", "charged"),
    ("The judge, Kevin Marr, was suspended by the judicial council last year.", "suspended"),
    ("Defence barrister Ruth Nolan said her client, a garda, would appeal.", None),
    ("The two inmates were charged with attacking a deputy.", "charged"),
    # round 5: a table of counts, a row of the public
    ("Finding | 2022 | 2023\nSustained | 41 | 38\nNot sustained | 97 | 88\n", None),
    ("Name | Offence | Outcome\nKevin Rhodes | Shoplifting | Suspended 3 months\n", None),
]

DATED = [
    ("Deputy Ana Price was fired on Tuesday, the sheriff said.", "2024-03-14", "dismissed", "2024-03-12"),
    ("Officer Lee Hart was arrested on Jan. 5 and charged with assault.", "2024-02-01", "arrested", "2024-01-05"),
    ("PC Adam Lowe was dismissed at a hearing on 3 May 2023.", "2023-05-10", "dismissed", "2023-05-03"),
    ("Trooper Kyle Reese was indicted on Monday by a grand jury.", "2022-11-18", "charged", "2022-11-14"),
    ("A former deputy was sentenced Friday to three years in prison.", "2021-06-21", "jailed", "2021-06-18"),
    ("Garda Ciara Walsh was suspended from duty on Wednesday.", "2023-09-08", "suspended", "2023-09-06"),
    ("Officer Dana Lutz was fired Feb. 3, 2021, after an internal investigation.", "2021-03-01", "dismissed", "2021-02-03"),
    ("Sgt. Omar Bey was placed on leave on June 2 and resigned on June 9.", "2023-06-20", "resigned", "2023-06-09"),
    # round 4
    ("Deputy Ross Fenn was arrested last month, the sheriff said.", "2024-05-10", "arrested", None),
    ("Sgt. Hugh Marr was suspended on Monday (May 6).", "2024-05-10", "suspended", "2024-05-06"),
    ("PC Ann Reed was dismissed on 12 March following a hearing.", "2024-04-02", "dismissed", "2024-03-12"),
    ("Officer Glen Hart was fired Wednesday, the city said.", "2023-11-17", "dismissed", "2023-11-15"),
    ("Garda Tom Duffy was convicted yesterday at Sligo District Court.", "2022-02-09", "convicted", "2022-02-08"),
    ("Trooper Beth Cain was indicted on Sept. 14 by a Cobb County grand jury.", "2023-10-02", "charged", "2023-09-14"),
]
