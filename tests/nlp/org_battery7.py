"""Whose figures they are, on sentences and short pages written for issue 15 (none copied
from an article or a gold file): bodies by their form, listed or not; a force named as its
people; the article's frame; sources; resets; the outlet's own analysis.

Each case is (text, expected): expected is the list of names a careful human would accept
for every figure the text states (None: no body is whose figures they are), or a dict from
a figure's text to such a list. Names compare with case and white space folded, as
``extractor eval`` compares them."""

CASES = [
    # ------------------------------------------------------------- US bodies by form
    ("The Riverside Police Department recorded 52 complaints of excessive force in 2021.",
     ["Riverside Police Department"]),
    ("The Fresno Department of Police fired nine officers for misconduct last year.",
     ["Fresno Department of Police"]),
    ("The Dayton Police Dept. opened 23 internal investigations into officers in 2020.",
     ["Dayton Police Dept.", "Dayton Police Dept", "Dayton Police Department"]),
    ("Tulsa PD disciplined 17 officers for misconduct in 2019, records show.",
     ["Tulsa PD", "Tulsa Police Department"]),
    ("The Marion County Sheriff's Office suspended 11 deputies in 2022.",
     ["Marion County Sheriff's Office"]),
    ("The Pima County Sheriff's Department received 340 complaints against deputies last year.",
     ["Pima County Sheriff's Department"]),
    ("The Ohio State Highway Patrol investigated 28 troopers for misconduct in 2021.",
     ["Ohio State Highway Patrol"]),
    ("The Michigan State Police disciplined 35 troopers for misconduct in 2020.",
     ["Michigan State Police"]),
    ("The Washington State Patrol fired six troopers for misconduct last year.",
     ["Washington State Patrol"]),
    ("The Georgia Department of Corrections fired 45 officers for smuggling contraband last year.",
     ["Georgia Department of Corrections"]),
    ("The Idaho Department of Correction fired 19 correctional officers for misconduct in 2021.",
     ["Idaho Department of Correction"]),
    ("The New Mexico State Police opened 14 internal affairs investigations in 2022.",
     ["New Mexico State Police"]),
    ("The Kansas Highway Patrol suspended seven troopers in 2019.", ["Kansas Highway Patrol"]),
    ("The Cook County Sheriff's Office fired 21 correctional officers in 2020.",
     ["Cook County Sheriff's Office"]),
    ("The Allegheny County Police Department received 64 complaints in 2021.",
     ["Allegheny County Police Department"]),
    # ------------------------------------------------------------- civilian oversight
    ("Pittsburgh's Citizen Police Review Board received 212 complaints in 2021.",
     ["Citizen Police Review Board", "Pittsburgh Citizen Police Review Board"]),
    ("The Seattle Office of Police Accountability sustained 31 allegations against officers last year.",
     ["Seattle Office of Police Accountability", "Office of Police Accountability", "OPA"]),
    ("The Office of Police Accountability sustained 31 allegations against officers last year.",
     ["Office of Police Accountability", "OPA"]),
    ("Berkeley's Police Review Commission received 45 complaints against officers in 2019.",
     ["Police Review Commission", "Berkeley Police Review Commission"]),
    ("The Community Police Commission reviewed 18 misconduct cases in 2022.",
     ["Community Police Commission"]),
    ("The Independent Police Auditor received 298 complaints about officers in 2022.",
     ["Independent Police Auditor"]),
    ("The Office of the Inspector General found 31 cases of excessive force.",
     ["Office of the Inspector General", "Inspector General"]),
    ("The Civilian Review Board substantiated 14 complaints against officers in 2021.",
     ["Civilian Review Board"]),
    ("The Chicago Police Board fired 12 officers in 2018.", ["Chicago Police Board"]),
    ("The Baltimore Civilian Review Board received 130 complaints of excessive force in 2020.",
     ["Baltimore Civilian Review Board", "Civilian Review Board"]),
    ("The Office of Police Oversight received 89 complaints about Austin officers in 2021.",
     ["Office of Police Oversight"]),
    # ------------------------------------------------------------- state standards boards
    ("The state's Peace Officer Standards and Training board decertified 40 officers.",
     ["Peace Officer Standards and Training board", "Peace Officer Standards and Training", "POST"]),
    ("The Arizona Peace Officer Standards and Training Board revoked the certifications of 48 officers in 2021.",
     ["Arizona Peace Officer Standards and Training Board"]),
    ("The Washington State Criminal Justice Training Commission decertified 41 officers in 2022.",
     ["Washington State Criminal Justice Training Commission", "Criminal Justice Training Commission"]),
    ("The Criminal Justice Training Commission decertified 41 officers in 2022.",
     ["Criminal Justice Training Commission"]),
    ("The Michigan Commission on Law Enforcement Standards revoked the licenses of 22 officers last year.",
     ["Michigan Commission on Law Enforcement Standards"]),
    ("The Kentucky Law Enforcement Council decertified 17 officers in 2020.",
     ["Kentucky Law Enforcement Council"]),
    ("The Iowa Law Enforcement Academy Council revoked the certifications of 12 officers in 2022.",
     ["Iowa Law Enforcement Academy Council"]),
    ("The Vermont Criminal Justice Council decertified nine officers in 2021.",
     ["Vermont Criminal Justice Council"]),
    ("The Oregon Department of Public Safety Standards and Training revoked the certifications of 25 officers.",
     ["Oregon Department of Public Safety Standards and Training"]),
    ("The Missouri Law Enforcement Training and Standards Board revoked the licenses of 33 officers in 2021.",
     ["Missouri Law Enforcement Training and Standards Board"]),
    ("The Alaska Police Standards Council revoked the certificates of 15 officers.",
     ["Alaska Police Standards Council"]),
    # ------------------------------------------------------------- federal bodies
    ("The Justice Department charged 52 officers with civil rights violations in 2022.",
     ["Justice Department"]),
    ("The U.S. Attorney's Office for the Eastern District of Louisiana charged 14 officers in 2019.",
     ["U.S. Attorney", "U.S. Attorney's Office"]),
    ("Federal prosecutors in Brooklyn charged seven correction officers with bribery in 2021.",
     ["U.S. Attorney", None]),
    # ------------------------------------------------------------- UK and Irish bodies
    ("Figures released by gardaí show 45 members were suspended in 2022.",
     ["An Garda Síochána", "Garda Síochána", "Garda", "gardaí"]),
    ("Garda figures show 37 members were suspended from duty last year.",
     ["An Garda Síochána", "Garda Síochána", "Garda", "gardaí"]),
    ("According to gardaí, 12 members were under criminal investigation at the end of 2023.",
     ["An Garda Síochána", "Garda Síochána", "Garda", "gardaí"]),
    ("According to the PSNI, 18 officers were suspended in 2023.",
     ["PSNI", "Police Service of Northern Ireland"]),
    ("Police Scotland said 72 officers faced misconduct proceedings last year.", ["Police Scotland"]),
    ("The Police Investigations and Review Commissioner received 640 complaint handling reviews in 2022.",
     ["PIRC", "Police Investigations and Review Commissioner"]),
    ("The Police Ombudsman received 2,800 complaints about officers in 2022/23.",
     ["Police Ombudsman", "Police Ombudsman for Northern Ireland"]),
    ("Fiosrú received 2,100 complaints about gardaí last year.",
     ["GSOC", "Fiosrú", "Garda Síochána Ombudsman Commission"]),
    ("Essex Police figures show 14 officers were dismissed in 2022.", ["Essex Police"]),
    ("The College of Policing said 430 officers were added to the barred list in 2022.",
     ["College of Policing"]),
    ("HMICFRS inspectors found 150 cases of officers abusing their position for a sexual purpose.",
     ["HMICFRS"]),
    ("Data obtained from Dyfed-Powys Police shows nine officers were dismissed in 2021.",
     ["Dyfed-Powys Police"]),
    # ------------------------------------------------------------- sources and "X said"
    ("Fifteen officers were disciplined last year, the Denver Police Department said.",
     ["Denver Police Department"]),
    ("Data obtained from the Phoenix Police Department shows 58 complaints were sustained in 2020.",
     ["Phoenix Police Department"]),
    ("Records obtained by the Tribune from the Baltimore Police Department show 49 officers were suspended in 2021.",
     ["Baltimore Police Department"]),
    ("The Minneapolis Police Department's internal affairs unit opened 112 cases in 2019.",
     ["Minneapolis Police Department"]),
    ("According to the Cleveland Division of Police, 26 officers were disciplined in 2022.",
     ["Cleveland Division of Police"]),
    # ------------------------------------------------------------- the outlet's own analysis, a study
    ("Our analysis of court records found 85 officers were charged with crimes.", [None]),
    ("A Tribune analysis of court records found 85 officers were charged with crimes since 2015.",
     [None, "Tribune"]),
    ("An investigation by this newspaper found 240 officers had been fired and rehired elsewhere.", [None]),
    # ------------------------------------------------------------- short pages: the frame
    ("Austin police fired 11 officers last year\n\nThe Austin Police Department fired 11 officers in 2022, "
     "records show. The department also suspended 38 officers, and 6 officers resigned while under investigation.",
     ["Austin Police Department"]),
    ("Sheriff's office fired 12 deputies in 2021\n\nThe Osage County Sheriff's Office fired 12 deputies in 2021. "
     "Of those, five were fired for using force. The sheriff's office also suspended 20 deputies.",
     ["Osage County Sheriff's Office"]),
    ("Gardaí suspended 45 members in 2022\n\nFigures released by gardaí show 45 members were suspended in 2022. "
     "Of those, 19 remained suspended at the end of the year. A further 12 were on restricted duties.",
     ["An Garda Síochána", "Garda Síochána", "Garda", "gardaí"]),
    ("Force dismissed 23 officers\n\nNorthumbria Police dismissed 23 officers in the year to March 2023. "
     "The force said 14 of them had been found to have committed gross misconduct.",
     ["Northumbria Police"]),
    ("Troopers disciplined\n\nThe Louisiana State Police disciplined 64 troopers in 2021, according to records. "
     "Nine troopers were fired and 21 were suspended without pay.",
     ["Louisiana State Police"]),
    ("State board\n\nThe Alabama Peace Officers' Standards and Training Commission revoked the certifications "
     "of 33 officers in 2022. The commission revoked 27 the year before.",
     ["Alabama Peace Officers' Standards and Training Commission"]),
    # a figure about another body named as subject takes that one
    ("Portland discipline\n\nThe Portland Police Bureau disciplined 40 officers in 2021. Separately, the state's "
     "Department of Public Safety Standards and Training revoked the certifications of 18 officers statewide.",
     {"40": ["Portland Police Bureau"],
      "18": ["Department of Public Safety Standards and Training"]}),
    ("Watchdog figures\n\nThe Police Ombudsman received 2,800 complaints in 2022. The PSNI suspended 18 "
     "officers over the same period.",
     {"2,800": ["Police Ombudsman"], "18": ["PSNI"]}),
    # national totals are not the local force's
    ("Kent officers sacked\n\nKent Police dismissed 19 officers in 2022. Across England and Wales, 1,200 "
     "officers were dismissed over the same period, Home Office figures show.",
     {"19": ["Kent Police"], "1,200": ["Home Office"]}),
]

# A second round, written after the first passed: other bodies, other word orders, and
# the texts where no body is whose figures they are.
MORE = [
    ("Memphis police fired seven officers for misconduct last year, the department said.",
     ["Memphis police", "Memphis Police Department"]),
    ("Police discipline\n\nThe Memphis Police Department fired 19 officers in 2022. Memphis police also "
     "suspended 40 officers over the same period.", ["Memphis Police Department"]),
    ("The Denver Sheriff Department fired 14 deputies in 2019.", ["Denver Sheriff Department"]),
    ("Philadelphia's Police Advisory Commission received 350 complaints in 2021.",
     ["Police Advisory Commission", "Philadelphia Police Advisory Commission"]),
    ("The San Francisco Department of Police Accountability opened 770 cases in 2020.",
     ["San Francisco Department of Police Accountability", "Department of Police Accountability"]),
    ("The Los Angeles County Sheriff's Department fired 26 deputies in 2019.",
     ["Los Angeles County Sheriff's Department"]),
    ("The Illinois Law Enforcement Training and Standards Board decertified 60 officers in 2022.",
     ["Illinois Law Enforcement Training and Standards Board"]),
    ("The Texas Commission on Law Enforcement revoked the licenses of 91 officers in 2021.",
     ["Texas Commission on Law Enforcement"]),
    ("Minnesota's Peace Officer Standards and Training Board revoked the licenses of 12 officers last year.",
     ["Peace Officer Standards and Training Board", "Minnesota Peace Officer Standards and Training Board", "POST"]),
    ("The New York State Police suspended nine troopers in 2022.", ["New York State Police"]),
    ("The Maryland State Police said 19 troopers had been disciplined in 2022.", ["Maryland State Police"]),
    ("The Bureau of Prisons fired 48 correctional officers for misconduct in 2020.", ["Bureau of Prisons"]),
    ("The Manhattan District Attorney's Office charged 12 correction officers in 2021.",
     ["Manhattan District Attorney's Office"]),
    ("The Scottish Police Authority said 40 officers had been suspended in 2022.", ["Scottish Police Authority"]),
    ("The Policing Authority said 30 gardaí had been dismissed since 2015.", ["Policing Authority"]),
    ("West Yorkshire Police said 31 officers had been dismissed since 2019.", ["West Yorkshire Police"]),
    ("Data from the Metropolitan Police shows 1,071 officers were suspended in 2022.",
     ["Met Police", "Metropolitan Police"]),
    ("In a freedom of information response, Lancashire Constabulary said it had received 420 complaints in 2022.",
     ["Lancashire Constabulary", "Lancashire Police"]),
    ("The Independent Office for Police Conduct (IOPC) said it had opened 60 investigations into officers.",
     ["IOPC"]),
    ("Police Scotland figures show 93 officers were suspended in 2023.", ["Police Scotland"]),
    ("The Police Service of Northern Ireland suspended 25 officers in 2023.", ["PSNI"]),
    ("The Garda Síochána Ombudsman Commission received 2,000 complaints in 2021.", ["GSOC"]),
    ("Gardaí confirmed that 14 members had been suspended in 2023.",
     ["An Garda Síochána", "Garda Síochána", "Garda", "gardaí"]),
    ("A Garda spokesperson said 14 members were suspended in 2023.",
     ["An Garda Síochána", "Garda Síochána", "Garda", "gardaí"]),
    ("Figures provided by An Garda Síochána show 33 members were disciplined in 2022.",
     ["An Garda Síochána", "Garda Síochána", "Garda"]),
    ("The NOPD disciplined 211 officers in 2021, a report by the department found.",
     ["NOPD", "New Orleans Police Department"]),
    # nobody's figures, or the outlet's or researchers' own
    ("A New York Times analysis found that 74 officers had been disciplined since 2018.", [None, "New York Times"]),
    ("Ohio State University researchers found 1,100 officers were arrested for sexual misconduct.",
     [None, "Ohio State University"]),
    ("An Associated Press investigation found about 1,000 officers lost their certification for sexual "
     "misconduct over six years.", [None, "AP", "Associated Press"]),
    ("A study by the Cato Institute found 4,861 reports of misconduct in 2010.", [None, "Cato Institute"]),
    ("Figures obtained by the BBC from 40 forces show 1,500 officers were investigated for sexual misconduct.",
     [None, "BBC"]),
    # complaints about a force: the body that counted them is whose figures they are
    ("Fiosrú received 1,900 complaints about gardaí in 2023.", ["GSOC", "Fiosrú"]),
    ("The Civilian Complaint Review Board received 4,200 complaints about NYPD officers in 2022.", ["CCRB"]),
]

# A third round, written after the second passed: pages with several bodies, a body's
# own unit, union and prosecutors' figures, and a UK name inside a US one.
THIRD = [
    ("Deputy charged\n\nA Harris County sheriff's deputy was charged with theft on Monday. He is one of 14 "
     "deputies arrested since 2019, according to a Chronicle review of court records.",
     {"14": [None, "Chronicle", "Houston Chronicle"]}),
    ("Officers sacked\n\nMore than 200 officers were dismissed by forces in England and Wales last year, Home Office "
     "figures show. The Metropolitan Police dismissed 55 of them.",
     {"More than 200": ["Home Office"], "55": ["Met Police", "Metropolitan Police"]}),
    ("Watchdog report\n\nThe Garda Síochána Ombudsman Commission received 2,500 complaints in 2022. Gardaí were "
     "found to have breached discipline in 40 cases, the report said.", ["GSOC"]),
    ("The Phoenix Police Department's Professional Standards Bureau investigated 400 complaints in 2021.",
     ["Phoenix Police Department"]),
    ("In 2021, the city's Office of Police Accountability sustained 27 allegations against officers.",
     ["Office of Police Accountability", "OPA"]),
    ("The Justice Department's Civil Rights Division opened 12 investigations into police departments in 2022.",
     ["Justice Department", "Civil Rights Division"]),
    ("The Cook County State's Attorney's Office dropped charges in 40 cases tied to the officer.",
     ["Cook County State's Attorney's Office"]),
    ("The PSNI's Professional Standards Department suspended 12 officers in 2023.", ["PSNI"]),
    ("Baltimore discipline\n\nThe Baltimore Police Department fired 15 officers in 2021. Separately, the Maryland "
     "State Police fired four troopers.", {"15": ["Baltimore Police Department"], "four": ["Maryland State Police"]}),
    ("Sheriff's office disciplines deputies\n\nThe Volusia County Sheriff's Office disciplined 37 deputies in 2022. "
     "The sheriff's office fired five of them and suspended 12.", ["Volusia County Sheriff's Office"]),
    ("Five Louisville Metro Police Department officers were fired in 2021.",
     ["Louisville Metro Police Department"]),
    ("The Metropolitan Police Department in Washington fired 18 officers in 2020.",
     ["Metropolitan Police Department"]),
    ("The New Jersey Attorney General's Office released data showing 450 officers were disciplined in 2021.",
     ["New Jersey Attorney General's Office", "Attorney General's Office"]),
    ("Referrals\n\nThe IOPC said 1,500 referrals came from forces in 2022; West Midlands Police made 120 of them.",
     {"1,500": ["IOPC"], "120": ["West Midlands Police"]}),
    ("According to figures from the National Police Chiefs' Council, 800 officers were under investigation in 2022.",
     ["NPCC"]),
    ("A Freedom of Information request to Merseyside Police revealed 25 officers had been suspended in 2022.",
     ["Merseyside Police"]),
    ("Federal charges\n\nFederal prosecutors charged 11 Mississippi deputies in 2023, the U.S. Attorney's Office said.",
     ["U.S. Attorney"]),
    ("Oakland's Community Police Review Agency opened 310 investigations in 2022.",
     ["Community Police Review Agency", "Oakland Community Police Review Agency", "CPRA"]),
    ("The Department of Correction fired 60 correction officers in 2021, city records show.",
     ["Department of Correction"]),
    ("Troopers\n\nThe Pennsylvania State Police has fired 14 troopers since 2018, state records show. A PSP "
     "spokesperson said nine more resigned.", ["Pennsylvania State Police", "PSP"]),
]

# A fourth round: the possessive and the city's own page, deputies of a county, a report
# "from" a body, an Irish department, and a statement that is no source of figures.
FOURTH = [
    ("Tulsa's police department fired six officers for misconduct in 2021.", ["Tulsa Police Department"]),
    ("Kern County's sheriff's office disciplined 28 deputies in 2022.", ["Kern County Sheriff's Office"]),
    ("City of Lakewood, Ohio\nPolice | Records | Contact\n\nInternal affairs\n\nThe police department "
     "investigated 17 complaints against officers in 2021. Four were sustained.",
     ["Lakewood Police Department"]),
    ("Deputies sentenced\n\nFour former Kern County sheriff's deputies were sentenced on Friday, the FBI said. "
     "The sheriff's department fired all four in 2021.",
     {"Four": ["Kern County Sheriff's Department"]}),
    ("A total of 140 officers were disciplined in 2021, according to a report released on Monday from the "
     "Office of Police Accountability.", ["Office of Police Accountability", "OPA"]),
    ("Gardaí convicted\n\nThe Department of Justice said more than 30 members of An Garda Síochána had been "
     "convicted of offences since 2015.", ["Department of Justice", "An Garda Síochána"]),
    ("Deputy pleads guilty\n\nA former Lane County deputy pleaded guilty on Tuesday, according to a statement "
     "from the U.S. Attorney's Office. Two other deputies were charged in 2021.",
     {"Two": [None, "U.S. Attorney", "Lane County Sheriff's Office"]}),
    ("The GSOC annual report shows it received 61 referrals from the Garda Commissioner in 2021.", ["GSOC"]),
]

# A fifth round: the publisher's own count, and "we" in a body's own words.
FIFTH = [
    ("Our analysis of court records found 85 officers were charged with crimes. The Justice Department "
     "declined to comment.", {"85": [None]}),
    # ... but a body the figure's own sentence names is whose it is
    ("Eleven Carver police officers resigned before facing hearings, an investigation by this newspaper found.",
     [None, "Carver police", "Carver Police Department"]),
    ("Kept their jobs\n\nThe Ledger examined disciplinary files from the Carver Police Department. We found that "
     "41 officers kept their jobs after a sustained finding. Of those, 12 were later promoted.",
     {"41": [None, "Ledger"], "12": [None, "Ledger"]}),
    ("“We dismissed 14 officers last year,” the chief constable of Kent Police said.", ["Kent Police"]),
    ("In a statement, Essex Police said: “We have suspended nine officers this year.”", ["Essex Police"]),
    ("Branch news\n\nThe IOPC opened 70 investigations into the force last year. Over the same period we represented "
     "officers at 23 misconduct hearings.", {"70": ["IOPC"], "23": [None]}),
]

# A sixth round: the watchdog of the story's own country, and more ways of naming bodies.
SIXTH = [
    ("PSNI complaints\n\nThe Office of the Police Ombudsman received 3,100 complaints about PSNI officers in 2022/23.",
     ["Police Ombudsman", "Police Ombudsman for Northern Ireland", "PONI"]),
    ("Belfast officers\n\nNorthern Ireland's police watchdog received 3,100 complaints in 2022/23.",
     ["Police Ombudsman", "Police Ombudsman for Northern Ireland", "PONI"]),
    ("Police Scotland officers\n\nScotland's police watchdog examined 640 complaint handling reviews last year.",
     ["PIRC", "Police Investigations and Review Commissioner"]),
    ("Garda complaints\n\nThe police watchdog received 2,400 complaints about gardaí in 2023.",
     ["GSOC", "Fiosrú", "Garda Síochána Ombudsman Commission"]),
    ("Force complaints\n\nThe police watchdog received 1,200 referrals from West Mercia Police in 2022.",
     ["IOPC"]),
    ("Fiosrú – the Office of the Police Ombudsman – opened 310 investigations into gardaí in 2024.",
     ["GSOC", "Fiosrú", "Office of the Police Ombudsman"]),
    ("The Kentucky State Police opened 22 investigations into troopers last year, KSP records show.",
     ["Kentucky State Police", "KSP"]),
    ("Officials at the Florida Department of Law Enforcement said 75 officers lost their certification in 2022.",
     ["Florida Department of Law Enforcement", "FDLE"]),
    ("The Atlanta Citizen Review Board sustained 18 complaints in 2021.",
     ["Atlanta Citizen Review Board", "Citizen Review Board"]),
    ("According to the department's Internal Affairs Division, 44 complaints were sustained in 2020. The "
     "Raleigh Police Department said it takes every complaint seriously.",
     ["Raleigh Police Department"]),
]

# A seventh round: a body named by its people ("five Memphis officers").
SEVENTH = [
    ("Officers charged\n\nThe Memphis Police Department fired seven officers in January. The Justice Department "
     "later charged five Memphis officers with civil rights violations.",
     {"seven": ["Memphis Police Department"], "five": ["Memphis Police Department", None]}),
    ("Troopers fired\n\nThe Louisiana State Police fired 3 troopers in 2020. The FBI said two Louisiana troopers "
     "were under investigation in 2021.", ["Louisiana State Police"]),
    ("Kent Police dismissed 11 officers in 2022. The IOPC said four Kent officers faced criminal charges that year.",
     {"11": ["Kent Police"], "four": ["Kent Police"]}),
]

# An eighth round, written in one go and run once before any rule was changed for it
# (18/20 passed then): the measure of what the rules owe to English.
EIGHTH = [
    ("Cheshire Constabulary recorded 212 complaints against officers in 2022, up from 180 the year before.",
     ["Cheshire Constabulary", "Cheshire Police"]),
    ("Sacked officers\n\nA total of 19 officers were dismissed by Durham Constabulary between 2019 and 2023, "
     "figures released under the Freedom of Information Act show. Seven of them were sacked for sexual misconduct.",
     ["Durham Constabulary", "Durham Police"]),
    ("The Independent Office for Police Conduct said its investigators had found 42 officers had a case to answer "
     "for gross misconduct.", ["IOPC"]),
    ("Police Scotland has suspended 27 officers since January, the force confirmed.", ["Police Scotland"]),
    ("Statistics published by the Police Ombudsman show 1,437 allegations were made against PSNI officers in 2021.",
     ["Police Ombudsman"]),
    ("Garda whistleblowers\n\nThe Garda Síochána Ombudsman Commission (GSOC) said it had opened 56 criminal "
     "investigations into gardaí in 2021. Gardaí were the subject of 2,012 complaints that year.",
     ["GSOC"]),
    ("Figures from the Department of Justice show 12 gardaí were dismissed between 2018 and 2022.",
     ["Department of Justice"]),
    ("The Dallas Police Department's internal affairs division sustained 63 allegations in 2021, according to "
     "department records.", ["Dallas Police Department"]),
    ("Officers decertified\n\nThe Georgia Peace Officer Standards and Training Council revoked the certifications of "
     "more than 300 officers in 2022. Of those, 40 were revoked for sexual misconduct.",
     ["Georgia Peace Officer Standards and Training Council"]),
    ("Oklahoma's Council on Law Enforcement Education and Training revoked the certifications of 26 officers in 2021.",
     ["Council on Law Enforcement Education and Training", "Oklahoma Council on Law Enforcement Education and Training",
      "CLEET"]),
    ("In 2022, the Hennepin County Sheriff's Office fired eight deputies.", ["Hennepin County Sheriff's Office"]),
    ("The Colorado State Patrol disciplined 17 troopers in 2021, the agency said.", ["Colorado State Patrol"]),
    ("Jail officers charged\n\nFederal prosecutors said 14 officers at the Metropolitan Detention Center had been "
     "charged since 2019.", [None, "U.S. Attorney"]),
    ("The city's Civilian Police Review Board received 160 complaints in 2020, its annual report shows.",
     ["Civilian Police Review Board"]),
    ("Misconduct payouts\n\nA review by the Star Tribune found 57 Minneapolis officers had been disciplined more "
     "than once since 2015.", [None, "Star Tribune", "Minneapolis Police Department"]),
    ("Houston police fired 21 officers in 2021, according to department records obtained by the Chronicle.",
     ["Houston police", "Houston Police Department"]),
    ("The Fort Worth Police Department suspended 33 officers in 2020. Chief Neil Noakes said 12 of those "
     "suspensions were for use of force.", ["Fort Worth Police Department"]),
    ("Nationally, 1,100 officers lost their certification in 2020, according to the International Association of "
     "Directors of Law Enforcement Standards and Training.",
     ["International Association of Directors of Law Enforcement Standards and Training", "IADLEST"]),
    ("The Policing Authority's report found that 14 per cent of complaints against gardaí were upheld.",
     ["Policing Authority"]),
    ("Figures obtained by the Irish Times show 61 gardaí were suspended from duty between 2017 and 2022.",
     [None, "Irish Times", "An Garda Síochána", "Garda"]),
]

# A ninth round, written in one go after the eighth, mostly texts where the body is easy to
# get wrong: an outlet's or campaign's own count, a body only named as a recipient or a
# subject of complaints, and national totals in a local story.
NINTH = [
    ("Complaints about the Nashville Police Department rose to 410 in 2022, the Community Oversight Board said.",
     ["Community Oversight Board"]),
    ("Freedom of Information requests sent to all 43 forces by the campaign group found 1,200 officers had been "
     "accused of domestic abuse since 2018.", [None]),
    ("Local force\n\nNorfolk Constabulary dismissed six officers in 2022. Across England and Wales, forces dismissed "
     "430 officers that year, according to Home Office data.",
     {"six": ["Norfolk Constabulary", "Norfolk Police"], "430": ["Home Office"]}),
    ("The IOPC received 1,900 referrals in 2022/23. The watchdog said 300 of them came from the Met.",
     {"1,900": ["IOPC"], "300": ["IOPC", "Met Police"]}),
    ("Police in Ohio\n\nAn Enquirer analysis of state records found 96 officers lost their certification between "
     "2016 and 2022. The Ohio Peace Officer Training Commission did not respond to a request for comment.",
     {"96": [None, "Enquirer"]}),
    ("Deputies disciplined\n\nThe Orange County Sheriff's Office disciplined 48 deputies in 2021. Sheriff John Mina "
     "said 11 of those deputies were suspended without pay.", ["Orange County Sheriff's Office"]),
    ("A spokesman for Greater Manchester Police said 15 officers were under investigation for misconduct.",
     ["Greater Manchester Police"]),
    ("Thames Valley Police confirmed that 8 officers had resigned before misconduct hearings in 2022.",
     ["Thames Valley Police"]),
    ("According to data compiled by the Washington Post, 1,200 officers were disciplined for misconduct in 2022.",
     [None, "Washington Post"]),
    ("A report by the State Auditor found that 37 officers at the Wyoming Highway Patrol had falsified timesheets.",
     ["State Auditor", "Wyoming Highway Patrol"]),
]
