"""Whose figures they are (org11): mini-articles written for this work (UK, Irish, US; none
copied from an article or a gold file), each with the body a careful human gives every
figure under SPEC's `org` row: the body that compiled, recorded or released the count; the
publisher for its own analysis; None where the article names no body for the count.

Each case is (text, expected): expected is a list of accepted names for every figure the
text states, or a dict from a figure's number as written (a substring of the figure's text)
to such a list. None in a list: no body is whose figures they are."""

HOME = ["Home Office"]
IOPC = ["IOPC"]

FRAMES = [
    # ----------------------------------------------- the body in the headline carries through
    ("Humberside Police sacked 14 officers last year\n\n"
     "Fourteen officers were dismissed by Humberside Police in 2022, figures show.\n\n"
     "A further nine resigned while under investigation, and 31 were given written warnings.\n\n"
     "The force said it would not tolerate misconduct.",
     ["Humberside Police"]),
    ("Gwent Police: 212 complaints in a year\n\n"
     "The force received 212 complaints from the public in 2022/23. Of those, 48 were about "
     "the use of force.\n\n"
     "Six officers faced gross misconduct hearings.",
     ["Gwent Police"]),
    ("Phoenix police fired 11 officers in 2022, department data show\n\n"
     "PHOENIX — The Phoenix Police Department fired 11 officers last year and suspended 27 "
     "others, according to its annual discipline report.\n\n"
     "Internal affairs opened 143 investigations, up from 120 the year before.",
     ["Phoenix Police Department"]),
    ("Dorset Police misconduct cases double\n\n"
     "The number of misconduct investigations opened by Dorset Police rose to 86 in 2023, "
     "from 41 in 2021.\n\n"
     "Chief Constable Amanda Reed said the rise reflected more reporting by colleagues.\n\n"
     "The Police Federation said morale was low.",
     ["Dorset Police"]),
    ("Harris County deputies disciplined 40 times in six months\n\n"
     "The Harris County Sheriff's Office disciplined deputies 40 times between January and "
     "June, records show. Nine deputies were suspended and three were fired.\n\n"
     "The county commissioners' court will review the figures next week.",
     ["Harris County Sheriff's Office"]),
    ("Police Scotland received 6,100 complaints last year\n\n"
     "Police Scotland recorded 6,100 complaints about its officers in 2022-23, the force's "
     "annual report shows. Some 1,450 of them were about the conduct of an officer on duty.",
     ["Police Scotland"]),
    # ----------------------------------------------- a new body named as the subject resets
    ("Lincolnshire officers dismissed\n\n"
     "Lincolnshire Police dismissed seven officers in 2023, the force said.\n\n"
     "Separately, the IOPC said it had received 38 referrals from the force in the same year.",
     {"seven": ["Lincolnshire Police"], "38": IOPC}),
    ("Thames Valley Police dismissed 12 officers for misconduct in 2022.\n\n"
     "Nationally, the Home Office said 480 officers were dismissed across England and Wales.",
     {"12": ["Thames Valley Police"], "480": HOME}),
    ("The Minneapolis Police Department recorded 98 use-of-force complaints in 2021.\n\n"
     "The city's Office of Police Conduct Review said it had substantiated 14 complaints in the "
     "same period.",
     {"98": ["Minneapolis Police Department"],
      "14": ["Office of Police Conduct Review", "Minneapolis Office of Police Conduct Review"]}),
    ("Garda discipline: 23 members dismissed\n\n"
     "An Garda Síochána dismissed 23 members between 2019 and 2023, figures released to this "
     "newspaper show.\n\n"
     "Meanwhile, GSOC received 2,050 complaints in 2023, its annual report says.",
     {"23": ["An Garda Síochána"], "2,050": ["GSOC"]}),
]

SOURCES = [
    # ----------------------------------------------- obtained by / released to / according to
    ("Figures obtained by the BBC from Cleveland Police show 19 officers were investigated "
     "for sexual misconduct in 2022.",
     ["Cleveland Police"]),
    ("Data released to The Guardian under freedom of information by Kent Police show 27 "
     "officers faced misconduct hearings last year.",
     ["Kent Police"]),
    ("According to the Texas Commission on Law Enforcement, 312 officers lost their licences "
     "in 2022.",
     ["Texas Commission on Law Enforcement", "TCOLE"]),
    ("Data from the Florida Department of Law Enforcement show 156 officers were decertified "
     "in 2021.",
     ["Florida Department of Law Enforcement", "FDLE"]),
    ("Figures published by the Home Office show 502 officers were dismissed in the year to "
     "March 2023.",
     HOME),
    ("A report by HMICFRS found 131 cases of officers abusing their position for a sexual "
     "purpose.",
     ["HMICFRS"]),
    ("Statistics compiled by the College of Policing show that 87 former officers were added "
     "to the barred list in 2022.",
     ["College of Policing"]),
    ("Records obtained by the Chronicle from the Oakland Police Department show 64 officers "
     "were disciplined in 2021.",
     ["Oakland Police Department"]),
    ("Nineteen officers were disciplined for dishonesty in 2022, the Baltimore Police "
     "Department said.",
     ["Baltimore Police Department"]),
    ("The department's data show 33 officers were suspended last year, the Tucson Police "
     "Department said in a statement.",
     ["Tucson Police Department"]),
    ("Eleven deputies were fired in 2022, the Maricopa County Sheriff's Office reported.",
     ["Maricopa County Sheriff's Office"]),
    # ----------------------------------------------- passive, no body named: null
    ("Figures released under the Freedom of Information Act show 45 officers were sacked for "
     "misconduct.",
     [None]),
    ("Police officers accused of sexual misconduct\n\n"
     "More than 200 police officers were accused of sexual misconduct last year, figures "
     "show.\n\n"
     "Campaigners said the numbers were shocking.",
     [None, "Home Office"]),
]

PASSING = [
    # ----------------------------------------------- a force named as a place or employer only
    ("IOPC: 1,250 referrals about sexual misconduct\n\n"
     "The IOPC received 1,250 referrals about officers abusing their position for a sexual "
     "purpose in 2022/23.\n\n"
     "One case involved a Sussex Police constable who was later jailed.\n\n"
     "The watchdog said 148 of the referrals led to independent investigations.",
     IOPC),
    ("The Home Office figures show 1,450 officers faced gross misconduct proceedings in "
     "2022/23. A Greater Manchester Police officer was among those dismissed.",
     HOME),
    ("The Justice Department opened 12 pattern-or-practice investigations into police "
     "departments between 2021 and 2023, including one into the Louisville Metro Police "
     "Department.",
     ["Justice Department"]),
    ("Home Office figures show 612 officers left the police service while under "
     "investigation in 2022/23. In Merseyside, where the force was criticised last year, "
     "the chief constable said lessons had been learned.",
     HOME),
    # ----------------------------------------------- bodies named only in quotes / a closing aside
    ("Avon and Somerset Police dismissed 15 officers in 2022, according to its professional "
     "standards report.\n\n"
     "\"Every force has work to do,\" said a spokesman for the National Police Chiefs' Council.",
     ["Avon and Somerset Police"]),
    ("Cincinnati police sustained 22 complaints against officers last year, the Cincinnati "
     "Police Department said.\n\n"
     "The Fraternal Order of Police, which represents 1,000 officers, declined to comment.",
     {"22": ["Cincinnati Police Department"]}),
    ("Essex Police received 1,870 complaints in 2023, up from 1,540 in 2022.\n\n"
     "The force is inspected by HMICFRS, which rated it good last year.",
     ["Essex Police"]),
    # ----------------------------------------------- national vs local counts in one article
    ("Home Office data show 3,420 officers were subject to misconduct proceedings across "
     "England and Wales in 2022/23. West Yorkshire Police accounted for 210 of them.",
     {"3,420": HOME, "210": ["West Yorkshire Police", "Home Office"]}),
    ("Officers dismissed: national record\n\n"
     "A record 560 officers were dismissed in England and Wales in 2023, Home Office figures "
     "show. The Met, the largest force, dismissed 130.",
     {"560": HOME, "130": ["Met Police", "Home Office"]}),
    ("Nationwide, police departments reported 1,100 officers decertified in 2021, according to "
     "a Justice Department survey. In Georgia alone, the Georgia Peace Officer Standards and "
     "Training Council revoked 240 certifications.",
     {"1,100": ["Justice Department"],
      "240": ["Georgia Peace Officer Standards and Training Council", "Georgia POST", "POST"]}),
]

US_BODIES = [
    ("LAPD fired 15 officers in 2022\n\n"
     "The Los Angeles Police Department fired 15 officers last year, according to the "
     "department's annual complaint report. The LAPD received 2,900 personnel complaints.",
     ["LAPD"]),
    ("The CCRB substantiated 1,050 allegations against NYPD officers in 2022, the board's "
     "annual report shows.",
     ["CCRB"]),
    ("COPA opened 1,930 investigations in 2022\n\n"
     "Chicago's Civilian Office of Police Accountability opened 1,930 investigations into "
     "officers last year and recommended discipline in 140 of them.",
     ["COPA"]),
    ("The Ohio Peace Officer Training Commission suspended the certifications of 18 officers "
     "in 2022.",
     ["Ohio Peace Officer Training Commission"]),
    ("The city auditor found 61 complaints against Portland officers went unresolved for more "
     "than a year.",
     ["city auditor", "Portland city auditor", None]),
    ("The San Diego Police Department's internal affairs unit investigated 74 officers in "
     "2021.",
     ["San Diego Police Department"]),
    ("The Office of the Inspector General for the Chicago Police Department reviewed 410 "
     "misconduct cases in 2021.",
     ["Office of the Inspector General", "Inspector General"]),
    ("Researchers at Bowling Green State University found 1,240 officers were arrested for "
     "sex crimes between 2005 and 2011.",
     ["Police Integrity Research Group", "Bowling Green State University"]),
    ("The Denver Police Protective Association said 19 of its members were disciplined last "
     "year.",
     ["Denver Police Protective Association", None]),
    ("The New Jersey Attorney General's Office said 410 officers were subject to major "
     "discipline in 2022.",
     ["New Jersey Attorney General's Office", "Attorney General's Office",
      "New Jersey Office of the Attorney General"]),
    ("The Justice Department charged 27 law enforcement officers with civil rights "
     "violations in 2022.",
     ["Justice Department"]),
    ("The Seattle Police Department's Office of Police Accountability investigated 430 "
     "complaints in 2022.",
     ["Office of Police Accountability", "OPA", "Seattle Police Department"]),
]

OWN = [
    # ----------------------------------------------- the publisher's own analysis
    ("A Guardian analysis found that 1,500 officers accused of domestic abuse kept their jobs.",
     ["Guardian", "The Guardian", None]),
    ("An investigation by this newspaper found 76 officers had been convicted of crimes "
     "while still serving.",
     [None]),
    ("Data compiled by the Post show 43 officers were fired and later rehired by the same "
     "department.",
     ["Post", "The Post", "Washington Post", None]),
    ("Our analysis of court records found 38 deputies were charged with crimes between 2018 "
     "and 2022. The sheriff's office said it did not track the data.",
     [None]),
    ("An Associated Press investigation found about 1,000 officers lost their badges for "
     "sexual misconduct over six years.",
     ["Associated Press", "AP", None]),
]

NATIONAL_NULL = [
    # ----------------------------------------------- no body named for the count
    ("Officer jailed for misconduct\n\n"
     "A former Gloucestershire Police constable was jailed for 18 months. He was one of "
     "dozens of officers convicted of misconduct in public office in recent years.",
     {"dozens": [None, "Gloucestershire Police"]}),
    ("Nearly 300 officers across the United States were charged with sexual assault in 2020, "
     "a review of news reports shows.",
     [None]),
    ("Cases involving police officers accused of domestic abuse rose to 1,200 last year, "
     "campaigners said.",
     [None]),
]

STRUCTURED = [
    # ----------------------------------------------- annual reports with headings and tables
    ("Professional Standards Annual Report 2022\n\n"
     "Norfolk Constabulary\n\n"
     "Complaints\n\n"
     "We received 940 complaints in 2022, compared with 880 in 2021.\n\n"
     "Misconduct\n\n"
     "Twelve officers were dismissed following gross misconduct hearings.",
     ["Norfolk Police", "Norfolk Constabulary"]),
    ("PIRC annual statistics\n\n"
     "The Police Investigations and Review Commissioner received 2,100 complaint handling "
     "reviews in 2022-23.\n\n"
     "| Outcome | Cases |\n| Upheld | 310 |\n| Not upheld | 760 |",
     ["PIRC"]),
    ("Lakeview Police Department | Internal Affairs\n\n"
     "2022 summary\n\n"
     "Investigations opened: 58\n"
     "Sustained: 17\n"
     "Officers terminated: 4",
     ["Lakeview Police Department"]),
]

IRISH_NI = [
    ("Police Ombudsman received 3,200 complaints\n\n"
     "The Police Ombudsman for Northern Ireland received 3,200 complaints about PSNI officers "
     "in 2022/23. The PSNI itself disciplined 41 officers in the same year.",
     {"3,200": ["Police Ombudsman"], "41": ["PSNI"]}),
    ("The Policing Authority said 15 garda members were dismissed between 2018 and 2022.",
     ["Policing Authority"]),
    ("Figures provided by An Garda Síochána show 61 members were suspended in 2023.",
     ["An Garda Síochána"]),
    ("The Garda Inspectorate found 120 complaints had not been recorded properly.",
     ["Garda Inspectorate"]),
    ("The PSNI has dismissed 28 officers for misconduct over the past five years, figures "
     "obtained by the Belfast Telegraph show.",
     ["PSNI"]),
]

CASES = FRAMES + SOURCES + PASSING + US_BODIES + OWN + NATIONAL_NULL + STRUCTURED + IRISH_NI

# Round 2: longer pages, several bodies, written in one go and run before any fix.
LONGER = [
    ("Watchdog upholds fewer complaints against Dublin gardaí\n\n"
     "GSOC received 1,980 complaints in 2022, down from 2,130 the year before, according to "
     "its annual report published on Tuesday.\n\n"
     "The Department of Justice provided the commission with a budget of €11 million.\n\n"
     "Of the complaints, 640 were deemed admissible. A further 85 were referred back to the "
     "Garda for local resolution.\n\n"
     "The commission said 12 files were sent to the DPP.",
     {"1,980": ["GSOC"], "2,130": ["GSOC"], "640": ["GSOC"], "85": ["GSOC"], "12": ["GSOC"]}),
    ("State report: 214 officers lost certification\n\n"
     "The Arizona Peace Officer Standards and Training Board revoked or suspended the "
     "certifications of 214 officers in fiscal 2022, its annual report shows.\n\n"
     "The Phoenix Police Department, the state's largest agency, accounted for 31 of the "
     "cases, followed by the Tucson Police Department with 17.\n\n"
     "The board also received 520 misconduct notifications from agencies, up from 470.",
     {"214": ["Arizona Peace Officer Standards and Training Board"],
      "31": ["Arizona Peace Officer Standards and Training Board", "Phoenix Police Department"],
      "17": ["Arizona Peace Officer Standards and Training Board", "Tucson Police Department"],
      "520": ["Arizona Peace Officer Standards and Training Board"],
      "470": ["Arizona Peace Officer Standards and Training Board"]}),
    ("Sheriff's office fires five jail deputies\n\n"
     "The Pinellas County Sheriff's Office fired five detention deputies in March after an "
     "internal investigation into contraband, Sheriff Tom Gault said.\n\n"
     "The FBI is also investigating.\n\n"
     "The agency has disciplined 62 employees so far this year, records show.",
     {"five": ["Pinellas County Sheriff's Office"], "62": ["Pinellas County Sheriff's Office"]}),
    ("Complaints against Toledo officers rise\n\n"
     "Complaints against Toledo police officers rose to 287 last year from 231 in 2021, "
     "according to the Toledo Police Department's internal affairs report.\n\n"
     "Of those, 49 were sustained. The report, released Thursday, also showed 12 officers "
     "were suspended.\n\n"
     "Mayor Jane Ruiz said the city was hiring a new police auditor.",
     ["Toledo Police Department"]),
    ("Met officers under investigation\n\n"
     "Figures obtained by LBC show 1,071 Metropolitan Police officers were under "
     "investigation for misconduct in June.\n\n"
     "The IOPC, which oversees the most serious cases, is independently investigating 42 of "
     "them.\n\n"
     "Scotland Yard said 201 officers were on restricted duties.",
     {"1,071": ["Met Police"], "42": IOPC, "201": ["Met Police"]}),
    ("Deputies cleared in most complaints\n\n"
     "The Los Angeles County Sheriff's Department cleared deputies in 80% of the 1,600 "
     "complaints it investigated in 2021, an analysis by the Times found.\n\n"
     "The Civilian Oversight Commission has asked for the records.",
     {"1,600": ["Times", "The Times", "Los Angeles Times", None, "Los Angeles County Sheriff's Department"]}),
    ("Officers charged after FOI\n\n"
     "A total of 64 serving officers in Scotland were charged with criminal offences last "
     "year, Police Scotland said in response to a freedom of information request from the "
     "Herald.\n\n"
     "The PIRC, which investigates serious incidents, said it had opened 31 investigations "
     "in the same period.",
     {"64": ["Police Scotland"], "31": ["PIRC"]}),
    ("Court records show dozens of troopers charged\n\n"
     "At least 46 Pennsylvania State Police troopers were charged with crimes between 2015 "
     "and 2022, according to court records reviewed by The Inquirer.\n\n"
     "The state police did not respond to requests for comment.",
     {"46": ["Inquirer", "The Inquirer", None, "Pennsylvania State Police"]}),
    ("Complaints against Austin police fall\n\n"
     "Austin's Office of Police Oversight received 612 complaints in 2022, down from 890 in "
     "2021, its annual report shows.\n\n"
     "The Austin Police Department suspended 22 officers over the same period, the "
     "department said.",
     {"612": ["Office of Police Oversight", "Austin Office of Police Oversight"],
      "890": ["Office of Police Oversight", "Austin Office of Police Oversight"],
      "22": ["Austin Police Department"]}),
    ("How many officers are sacked?\n\n"
     "In 2022-23, 502 officers were dismissed by forces in England and Wales. The figure, "
     "published by the Home Office on Thursday, is the highest on record.\n\n"
     "West Midlands Police dismissed 38 officers, the force told the BBC.",
     {"502": HOME, "38": ["West Midlands Police"]}),
    ("A review by the Police Executive Research Forum found 61% of the complaints it studied "
     "were never investigated.",
     ["Police Executive Research Forum", "PERF"]),
    ("The state Department of Corrections fired 88 correctional officers in 2022, according "
     "to figures the agency gave to the Legislature.",
     ["Department of Corrections", "state Department of Corrections"]),
    ("Detroit's Board of Police Commissioners received 1,140 citizen complaints in 2021, "
     "the board's chief investigator told commissioners on Thursday.",
     ["Board of Police Commissioners", "Detroit Board of Police Commissioners"]),
    ("Leicestershire Police has referred 19 officers to the IOPC this year, the force said.",
     ["Leicestershire Police"]),
    ("Nine officers from Cleveland Police and four from Durham Constabulary were dismissed "
     "after the inquiry, the IOPC said.",
     IOPC + ["Cleveland Police", "Durham Police", "Durham Constabulary"]),
    ("The Independent Police Review Authority, which COPA replaced in 2017, closed 74 cases "
     "with sustained findings in its final year.",
     ["Independent Police Review Authority", "IPRA", "COPA"]),
    ("Kent Police received 2,300 complaints in 2022, the force's figures show. The Kent "
     "Police and Crime Commissioner, Matthew Scott, said he would scrutinise them.",
     ["Kent Police"]),
    ("The Garda Síochána Ombudsman Commission was replaced by Fiosrú in April 2025. Fiosrú "
     "received 1,700 complaints in its first six months.",
     ["Fiosrú"]),
    ("Bureau of Justice Statistics data show 2.1% of people who had contact with police "
     "experienced the threat or use of force.",
     ["Bureau of Justice Statistics", "BJS", "Justice Department"]),
]

CASES = CASES + LONGER

# Round 3: a body named once and then called "the force", "the department", "the patrol";
# a force named only as its people's employer; a force's own unit; PCCs; a US "watchdog".
# Written in one go and run before any fix.
ANAPHORA = [
    ("Most complaints against Northshire officers dismissed\n\n"
     "Most complaints against Northshire Police officers were closed without action last "
     "year, according to the force's annual report.\n\n"
     "The force received 1,240 complaints in 2023, up from 1,100 in 2022. Of those, 96 were "
     "upheld.",
     ["Northshire Police"]),
    ("Greenvale deputies disciplined\n\n"
     "Greenvale County sheriff's deputies were disciplined 31 times last year, the agency's "
     "records show. The office fired four deputies and suspended 12.",
     ["Greenvale County Sheriff's Office", None]),
    ("A trooper with the Dakota State Patrol was the subject of nine complaints between 2016 "
     "and 2021, according to patrol records. Four of those complaints were sustained, the "
     "patrol said.",
     ["Dakota State Patrol", "State Patrol", "patrol"]),
    ("Rivertown officers fired\n\n"
     "Two Rivertown Police Department officers were fired this week. The department has "
     "dismissed 11 officers since 2020, a spokesperson said.",
     {"11": ["Rivertown Police Department"]}),
    ("Complaints against Kestrel Bay police officers rose to 320 last year, the department's "
     "internal affairs report shows. Investigators sustained 41 of them.",
     ["Kestrel Bay Police Department", "Kestrel Bay police"]),
    ("The Ohio State Highway Patrol fired a trooper on Monday. The patrol has fired seven "
     "troopers since 2019, its records show.",
     {"seven": ["Ohio State Highway Patrol"]}),
    ("Marshfield Constabulary has published its misconduct figures. The force held 22 "
     "gross misconduct hearings in 2022/23, and 15 officers were dismissed.",
     ["Marshfield Constabulary"]),
]

EMPLOYER = [
    ("More than 300 members of An Garda Síochána were disciplined between 2018 and 2023, "
     "according to figures released to a Dáil committee. They included 14 dismissals.",
     ["An Garda Síochána"]),
    ("Gardaí suspended from duty\n\n"
     "The number of gardaí suspended from duty rose to 33 last year, up from 21 in 2022, "
     "figures given in a parliamentary reply show.",
     ["An Garda Síochána", None]),
    ("Just 12 of the 870 complaints made against Westfold Police officers in 2022 were "
     "upheld, according to the force.",
     ["Westfold Police"]),
    ("Forty-one Brackley Police Department officers were disciplined in 2021, according to "
     "records released under the state's open records law.",
     ["Brackley Police Department"]),
    ("Devon and Cornwall Police officers faced 1,950 complaints last year, figures obtained "
     "under freedom of information show.",
     ["Devon and Cornwall Police"]),
]

UNITS = [
    ("Brookhaven police discipline report\n\n"
     "The Brookhaven Police Department's Office of Professional Standards investigated 180 "
     "allegations against officers in 2023. Investigators sustained 29 of them.\n\n"
     "The Office of Professional Standards also recorded 6 terminations.",
     ["Brookhaven Police Department", "Office of Professional Standards"]),
    ("Internal Affairs at the Granite City Police Department opened 47 investigations in "
     "2022, the department's annual report says. Eleven ended with a suspension.",
     ["Granite City Police Department"]),
    ("Ashford PCC reviews\n\n"
     "The Ashford Police and Crime Commissioner completed 188 complaint reviews in 2022/23. "
     "Of these, 35 were upheld.",
     ["Ashford Police and Crime Commissioner", "Police and Crime Commissioner"]),
    ("The office of the Police, Fire and Crime Commissioner for Northvale upheld 19 of 140 "
     "complaint reviews last year.",
     ["Police, Fire and Crime Commissioner for Northvale", "Police, Fire and Crime Commissioner",
      "Northvale Police, Fire and Crime Commissioner"]),
]

US_WATCHDOG = [
    ("Police watchdog: 52 complaints sustained\n\n"
     "The Lakemont Police Department's civilian review panel sustained 52 complaints against "
     "officers in 2022, the panel said in its annual report.",
     ["Lakemont Police Department", "civilian review panel", None]),
    ("During the reporting period, the Office of the Inspector General (OIG) received 1,340 "
     "complaints involving correctional staff. The OIG opened 210 investigations and "
     "referred 18 cases for prosecution.",
     ["Office of the Inspector General", "OIG"]),
]

REFUSALS3 = [
    # several forces named as the counted people's employers, no source: nobody's
    ("Officers from at least 12 forces were dismissed for sexual misconduct last year, a "
     "survey of police forces by the BBC found. They included 14 Met officers and 9 from "
     "Kent Police.",
     {"14": [None, "BBC", "Met Police"], "9": [None, "BBC", "Kent Police"]}),
    ("The CCRB received 3,100 complaints about NYPD officers in 2022, the board said.",
     ["CCRB"]),
    ("Complaints against officers across England and Wales rose to 36,000 last year, IOPC "
     "figures show. One of the forces with the most complaints, Thames Valley Police, said it "
     "was improving.",
     {"36,000": IOPC}),
    ("A Nottinghamshire Police officer was one of 87 officers added to the barred list in "
     "2022, the College of Policing said.",
     ["College of Policing"]),
]

CASES = CASES + ANAPHORA + EMPLOYER + UNITS + US_WATCHDOG + REFUSALS3

# Read wrong today (xfail, strict): a side body's count ("It said 40 of its members") carries
# on to the next paragraph's count of the frame's ("Of the hearings, 420 ...").
KNOWN_GAPS = [
    ("Police misconduct hearings: record year\n\n"
     "More police officers faced misconduct hearings in England and Wales last year than in "
     "any year since records began, Home Office statistics show.\n\n"
     "There were 1,020 hearings in the year to March 2023, up from 860.\n\n"
     "The Police Federation, which represents rank-and-file officers, said the process took "
     "too long. It said 40 of its members had waited more than two years.\n\n"
     "Of the hearings, 420 ended with a dismissal.",
     {"1,020": HOME, "860": HOME, "420": HOME, "40": ["Police Federation"]}),
]

# Round 4: a watchdog that replaced another, a records page's header line, "Board on ...",
# a unit of a department, a state police named in full then bare, an inspector general's
# acronym, totals across forces; written in one go and run before any fix.
ROUND4 = [
    ("Fiosrú publishes first figures\n\n"
     "The police ombudsman received 1,480 complaints about gardaí in its first six months, "
     "after it replaced GSOC in April. Fiosrú, the Office of the Police Ombudsman, said 310 "
     "of them were inadmissible.",
     ["Fiosrú"]),
    ("Records request R-2291 | Released: May 2, 2024 | Millbrook Police Department, "
     "Professional Standards Unit\n\n"
     "Findings, 2023\n\n"
     "Sustained | 21\n"
     "Not sustained | 34\n"
     "Exonerated | 15",
     ["Millbrook Police Department"]),
    ("Board on Law Enforcement Standards and Training\n\n"
     "Minutes of the meeting of June 4, 2024\n\n"
     "The Board reviewed 12 professional standards cases. In seven cases the Board voted to "
     "revoke certification.",
     ["Board on Law Enforcement Standards and Training"]),
    ("The Carver Police Department's Internal Affairs Division investigated 96 complaints in "
     "2023. Internal Affairs sustained 14 of them.",
     ["Carver Police Department"]),
    ("Annual report: Westbrook police discipline\n\n"
     "The Westbrook Police Department's Office of Professional Standards released its annual "
     "report on Monday. The Office of Professional Standards investigated 140 allegations in "
     "2023 and sustained 22.",
     ["Westbrook Police Department"]),
    ("The Montana Highway Patrol disciplined 19 troopers in 2023, according to a summary the "
     "Highway Patrol released this week. The Highway Patrol fired three.",
     ["Montana Highway Patrol"]),
    ("Ridgeland State Police discipline summary, 2023\n\n"
     "The State Police imposed 44 suspensions and 6 terminations last year.",
     ["Ridgeland State Police"]),
    ("The OIG received 1,150 complaints about prison staff in the six months to March, the "
     "inspector general's semiannual report says.",
     ["OIG", "Office of the Inspector General", "Inspector General"]),
    ("Thornbury Police and Crime Commissioner: complaint reviews\n\n"
     "The Thornbury Police and Crime Commissioner completed 162 reviews of complaints about "
     "Thornbury Police in 2023. Of these, 28 were upheld.",
     ["Thornbury Police and Crime Commissioner", "Police and Crime Commissioner"]),
    ("An analysis by the campaign group Justice Watch of answers from five forces found 211 "
     "sexual misconduct allegations against officers. Mercia Police recorded 64 of them.",
     {"211": [None, "Justice Watch"], "64": ["Mercia Police", None, "Justice Watch"]}),
    ("The Kings County District Attorney's office charged 14 officers with crimes in 2023, "
     "the office said.",
     ["Kings County District Attorney's Office", "Kings County District Attorney's office",
      "District Attorney's office"]),
    ("Figures from the Scottish Police Authority show 1,020 complaints were made about Police "
     "Scotland officers in 2023.",
     ["Scottish Police Authority", "SPA"]),
    ("Garda figures show 58 members were suspended in 2023. The Policing and Community Safety "
     "Authority said it would review the figures.",
     {"58": ["An Garda Síochána"]}),
    ("The Nashville Metropolitan Police Department fired 9 officers in 2023, down from 13 in "
     "2022, MNPD records show.",
     ["Nashville Metropolitan Police Department", "MNPD"]),
    ("A spokesman for the Los Angeles County Sheriff's Department said 32 deputies had been "
     "relieved of duty pending investigations.",
     ["Los Angeles County Sheriff's Department"]),
    ("The state's Department of Public Safety fired 12 troopers in 2023, the department said "
     "in response to a records request.",
     ["Department of Public Safety"]),
]

CASES = CASES + ROUND4

# Round 5: references that must not move a count (precision), capitalised kinds on a body's
# own page, internal affairs in lower case; written in one go and run before any fix.
ROUND5 = [
    ("Home Office figures show 500 officers were dismissed in 2023. A West Midlands Police "
     "spokesman said the force took misconduct seriously.",
     HOME),
    ("Cleveland Police recorded 85 complaints about the use of force in 2023, the force said.",
     ["Cleveland Police"]),
    ("The Justice Department opened an investigation into Memphis police in 2023. The "
     "department found 40 cases of excessive force.",
     ["Justice Department"]),
    ("Civilian Police Review Commission | Annual Report 2023\n\n"
     "The Commission received 410 complaints in 2023. The Commission sustained 37 "
     "allegations.",
     ["Civilian Police Review Commission"]),
    ("Trooper left with clean record\n\n"
     "Hale was the subject of eight complaints between 2015 and 2022, according to internal "
     "affairs records. A spokesman for the Wyoming Highway Patrol said the agency could not "
     "comment on personnel matters.",
     ["Wyoming Highway Patrol", None]),
    ("Deputy resigned before hearing\n\n"
     "Internal affairs investigators substantiated three of the five complaints against him, "
     "records show. The Brevard County Sheriff's Office declined to comment.",
     ["Brevard County Sheriff's Office", None]),
    ("The IOPC received 412 referrals from the Met in 2023. The force said it had referred "
     "every case it was required to.",
     IOPC),
    ("Kent Police held 31 misconduct hearings in 2023. The IOPC, which oversees the force, "
     "said it had independently investigated 12 cases.",
     {"31": ["Kent Police"], "12": IOPC}),
    ("The Police Ombudsman received 2,900 complaints about PSNI officers in 2023. The PSNI "
     "said 23 officers had been dismissed. The Ombudsman said 41 files were sent to prosecutors.",
     {"2,900": ["Police Ombudsman"], "23": ["PSNI"], "41": ["Police Ombudsman"]}),
    ("The Baltimore Police Department fired 14 officers in 2023. The city's Civilian Review "
     "Board, which reviews complaints against the department, received 240 complaints.",
     {"14": ["Baltimore Police Department"], "240": ["Civilian Review Board", "Baltimore Civilian Review Board"]}),
    ("Gwent Police's professional standards department recorded 17 cases of officers abusing "
     "their position for a sexual purpose in 2023.",
     ["Gwent Police"]),
]

CASES = CASES + ROUND5

# Round 6: bodies a newsroom's next hundred stories will name, each in a plain sentence;
# written in one go and run before any fix.
ROUND6 = [
    ("CPS figures show 160 police officers were charged with criminal offences in 2023.",
     ["CPS", "Crown Prosecution Service"]),
    ("Ministry of Justice data show 41 former officers were in prison at the end of 2023.",
     ["Ministry of Justice"]),
    ("The Northern Ireland Policing Board said 19 complaints about the chief constable had "
     "been received since 2019.",
     ["Northern Ireland Policing Board", "Policing Board"]),
    ("The Scottish Police Federation said 120 of its members had faced misconduct hearings in 2023.",
     ["Scottish Police Federation", None]),
    ("The Garda Representative Association said 260 of its members were under investigation.",
     ["Garda Representative Association", "GRA", None]),
    ("The National Crime Agency dismissed nine officers for misconduct between 2019 and 2023.",
     ["National Crime Agency", "NCA"]),
    ("The Independent Police Monitor found 47 complaints against New Orleans officers were "
     "mishandled in 2022.",
     ["Independent Police Monitor"]),
    ("The Police Accountability Board reviewed 180 complaints in its first year.",
     ["Police Accountability Board"]),
    ("The state attorney general's office charged 11 officers with crimes in 2023, the office "
     "said.",
     ["attorney general's office", "Attorney General's Office", "state attorney general's office"]),
    ("According to the Police Complaints Authority, 2,400 complaints were made in 1997.",
     ["Police Complaints Authority", "PCA", "IOPC"]),
    ("The Office of Independent Review examined 63 complaints against deputies in 2023.",
     ["Office of Independent Review"]),
    ("The California Department of Justice reported 31 officers were decertified in 2023.",
     ["California Department of Justice"]),
    ("The Metropolitan Police Service dismissed 100 officers in 2023, Scotland Yard said.",
     ["Met Police"]),
    ("Data from the Texas Commission on Law Enforcement show 288 officers lost their licences "
     "in 2023; TCOLE said most had been convicted of crimes.",
     ["Texas Commission on Law Enforcement", "TCOLE"]),
    ("The Illinois Law Enforcement Training and Standards Board decertified 56 officers in "
     "2023.",
     ["Illinois Law Enforcement Training and Standards Board"]),
]

CASES = CASES + ROUND6

# Round 7 (after the probe11 failure map; the English of its ORG-1 and ORG-2 groups, in
# sentences written here): a publisher named for its own analysis, rankings "topped the list
# with", inspectors and auditors as their body, a monitor's report, an unnamed study.
# Written in one go and run before any fix.
ROUND7 = [
    ("At least 310 officers were placed on restricted duties in 2024, Sky News analysis of "
     "freedom of information data suggests. Of those, 72 were later dismissed.",
     ["Sky News"]),
    ("Arbitrators restored the jobs of 11 of the 20 Oakdale police officers fired since 2019, "
     "according to an Associated Press review of the rulings.",
     ["Associated Press", "AP"]),
    ("The state board revoked 215 licences between 2015 and 2024, a Gazette analysis of its "
     "disciplinary orders found. Another 40 officers surrendered their licences.",
     ["Gazette", "The Gazette"]),
    ("Essex Police topped the list with 88 complaints, ahead of Kent Police on 61 and Surrey "
     "Police on 47, according to figures the forces supplied.",
     {"88": ["Essex Police"], "61": ["Kent Police"], "47": ["Surrey Police"]}),
    ("HMICFRS inspection of Cleveland Police\n\n"
     "Inspectors examined 120 of Cleveland Police's vetting decisions and found 19 in which "
     "warning signs had been missed, HMICFRS said.",
     ["HMICFRS"]),
    ("City auditor reviews police complaints\n\n"
     "The Office of the City Auditor reviewed how the Dallas Police Department handles "
     "complaints. Auditors examined 880 complaints and found 204 were not closed within 180 "
     "days.",
     ["Office of the City Auditor", "City Auditor"]),
    ("Monitor's report on Ridgeway police\n\n"
     "The Independent Monitoring Team reviewed 940 use-of-force reports filed by Ridgeway "
     "Police Department officers in the first half of 2025. The team found 52 of them out of "
     "policy.",
     ["Independent Monitoring Team"]),
    ("A 2019 study of officers in Georgia found that about 800 who had been fired were later "
     "rehired by another agency.",
     [None]),
    ("The Pinewood Police Officers Association said 140 of its 1,900 members had been "
     "investigated in 2025.",
     {"140": ["Pinewood Police Officers Association", None]}),
    ("The inspector general's office examined 300 cases the Harbor City Police Department "
     "closed in 2024 and found 61 were incomplete, the office said.",
     ["inspector general's office", "Office of the Inspector General", "Inspector General", None]),
]

CASES = CASES + ROUND7

# Round 8: who asked for the figures. Written after the rules they test (round 7's second
# step: the outlet that obtained a total, the outlet's count carried on, a panel that is no
# body, a unit's data), so no before-measure: they are those rules' tests.
ROUND8 = [
    ("More than 180 officers in the East Midlands were investigated for misconduct last year, "
     "figures obtained by The Nottingham Herald show. Of those, 44 were dismissed.",
     ["Nottingham Herald"]),
    ("Figures obtained by the Echo show 45 Merseyside Police officers were disciplined in "
     "2023.",
     ["Merseyside Police"]),
    ("Complaints against Halford police officers rose 31% between 2021 and 2024, according to "
     "Internal Affairs data obtained by the Halford Ledger-Star. The Halford Police Department "
     "sustained 58 complaints over the four years.",
     {"58": ["Halford Police Department"], "31%": ["Halford Police Department", "Halford police", None]}),
    ("At least 95 officers were disciplined for misusing police databases in 2024, ITV News "
     "analysis of FOI data suggests. About a third of them, 31, were dismissed.",
     ["ITV News"]),
    ("Kent and Medway Police and Crime Panel meeting\n\n"
     "Kent Police concluded 48 misconduct investigations in the six months to March, the "
     "force told the panel. Nine officers were dismissed.",
     ["Kent Police"]),
    ("Arbitrators reduced the discipline in 7 of the 12 Eastport police firings they heard, "
     "according to a Tribune review of the awards.",
     ["Tribune"]),
    ("Data gathered by the charity Police Watch show 1,300 complaints of racism were made "
     "against officers across the UK in 2023.",
     ["Police Watch", None]),
    ("Sheriff's data obtained by the Gazette show the Orange County Sheriff's Office fired 19 "
     "deputies in 2024.",
     ["Orange County Sheriff's Office"]),
]

CASES = CASES + ROUND8

# Round 9: the outlet's analysis as the article's frame; "the union said". Written after the
# rules they test (their tests, no before-measure).
ROUND9 = [
    ("Hundreds of officers suspended, analysis finds\n\n"
     "At least 520 police officers were suspended by forces in England and Wales in 2024, "
     "Channel 4 News analysis of freedom of information data suggests.\n\n"
     "The broadcaster asked every force for its figures. About a third of the suspensions, "
     "170, related to allegations of violence against women.\n\n"
     "Separately, Home Office figures published in October showed 590 officers were "
     "dismissed in the year to March 2024.",
     {"520": ["Channel 4 News"], "170": ["Channel 4 News"], "590": HOME}),
    ("Figures obtained by the BBC from Cleveland Police show 23 officers were suspended in "
     "2024. Of those, eight were later dismissed.",
     ["Cleveland Police"]),
    ("The audit found 61 complaints were closed late. The Eastbrook Police Officers "
     "Association disputed the findings. The union said 190 of its members had been cleared "
     "in 2024.",
     {"190": ["Eastbrook Police Officers Association", None]}),
]

CASES = CASES + ROUND9

# Round 10: a body called by its work ("the audit found", "the inspection found"); written
# after the rule, as its tests.
ROUND10 = [
    ("The Office of the City Auditor reviewed how the Dallas Police Department handles "
     "complaints. The audit found that discipline was reduced on appeal in 41 cases, and the "
     "department fired 12 officers.",
     {"41": ["Office of the City Auditor", "City Auditor"], "12": ["Dallas Police Department"]}),
    ("HMICFRS inspected Cleveland Police in 2024. The inspection found 27 vetting files had "
     "been mishandled.",
     ["HMICFRS"]),
]

CASES = CASES + ROUND10
