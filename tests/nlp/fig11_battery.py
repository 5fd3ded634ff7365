"""A figure's fields in prose, tables and lists, and numbers that are not figures (fig11).

Written for this battery in one go before any rule of this branch was changed: short UK, Irish
and US mini-articles (statistics stories, FOI answers, watchdog and force annual figures, US
city and state complaint, discipline, use-of-force and decertification stories, tables set by
spaces or pipes, lists under lead-ins) with the fields a careful coder gives every figure
under SPEC and the corpus gold's conventions, and sentences with no figure at all. Names,
places and bodies are invented or varied. Published 1 June 2023 (tests/figures_found.py).

REFUSALS: texts with no figure (each run under a misconduct headline, so the conduct frame is
there and the words themselves must say the number is not a figure).
FIGURES: (text, [expected figures]); only the keys given are checked; the figures found must
be exactly these values, in order.
"""

HEADLINE = "Officers disciplined after misconduct inquiry\n\n"

REFUSALS = [
    # money
    "The council set aside £750,000 to cover legal claims against the force.",
    "The deputy's bond was set at $50,000 cash.",
    "Gardaí seized €12,000 in cash during the search.",
    "He admitted taking £3,400 from the property store.",
    "The officer earned $112,000 in overtime in 2022.",
    "Settlements cost the city $14.6 million over five years.",
    # ages and lengths
    "The constable, aged 29, denied the charges.",
    "Sgt Mark Ellery, 47, of Bradford, was remanded in custody.",
    "The trooper, a 19-year veteran of the agency, retired in March.",
    "He was jailed for 30 months at Leeds Crown Court.",
    "She received a 14-month sentence, suspended for two years.",
    "The judge imposed 240 hours of community service.",
    "He must serve at least 85 percent of his sentence.",
    "The former deputy faces a maximum of 10 years in prison.",
    "He was banned from driving for 18 months.",
    # dockets, statutes, badges, numbers as names
    "The complaint, case number 2022-0417, was closed in May.",
    "Officer badge No. 4471 was identified from the footage.",
    "He was charged under Section 1 of the Protection of Children Act 1978.",
    "The bill, House Bill 1280, would require officers to intervene.",
    "The officer was assigned to the 14th Precinct in Brooklyn.",
    "Detectives from the 9th District responded.",
    "The panel cited Standard 3 of the Standards of Professional Behaviour.",
    "The hearing took place in Room 4 at the council offices.",
    "Police were called to Flat 12 at about midnight.",
    # counts of charges and offences
    "The sergeant was charged with five counts of misconduct in public office.",
    "A grand jury indicted the deputy on seven felony charges.",
    "He admitted three offences of voyeurism.",
    "Jurors acquitted him on two of the four counts.",
    "The indictment lists 23 overt acts.",
    # the public, crime and police work
    "The county has a population of about 410,000.",
    "Officers answered 96,000 calls for service in 2022.",
    "The force made 18,200 arrests in the year to March 2023.",
    "Deputies stopped 4,700 vehicles during the summer campaign.",
    "Shoplifting rose 21 per cent in the city centre.",
    "The man was one of 14 people arrested at the protest.",
    "The officer is accused of harassing six women he met on duty.",
    "Eleven children were taken into care after the raid.",
    "About 2,000 people marched to the station on Saturday.",
    "Five inmates were taken to hospital after the disturbance.",
    # workforce, recruitment, bodies' sizes
    "The force has 6,900 officers and 4,100 staff.",
    "Around 1,800 deputies work for the sheriff's office.",
    "The department plans to hire 150 officers by 2025.",
    "Police Service of Northern Ireland numbers stand at 6,300 officers.",
    "The police federation represents about 130,000 rank-and-file officers.",
    "The board has seven members, three of them former officers.",
    "An Garda Síochána has about 14,000 members.",
    # surveys, reports, pages, days
    "The survey of 2,400 officers was carried out in the spring.",
    "The 96-page report runs to 14 chapters.",
    "The force has 28 days to respond to the recommendations.",
    "The inquiry sat for 41 days and heard from 120 witnesses.",
    "The report made 23 recommendations to the force.",
    "The watchdog published its findings on page 12 of its annual report.",
    "The tribunal was adjourned for 14 days.",
    # FOI furniture
    "Question 4: How many officers were dismissed in 2022?",
    "Our reference: FOI 2023/0455.",
    "Please quote reference number 17/2023 in any correspondence.",
    "Section 40(2) of the Act applies to parts 3 and 4 of your request.",
    # things, times, places
    "The officer fired four shots from his service weapon.",
    "The pursuit lasted 12 minutes and reached 90 mph.",
    "The body-worn video ran to 47 minutes.",
    "He was found with 14 grams of cocaine in his locker.",
    "The raid involved 40 officers and two dogs.",
    "The incident took place on Route 9 near Exit 14.",
    "The station's 3 cells were closed for repairs.",
    "It happened at 11.40pm on 4 March.",
    # one story's people
    "The two officers who arrested him have not been identified.",
    "Both constables had served fewer than two years.",
    "The three detectives were interviewed under caution.",
    "One of the four officers present drew a Taser.",
]

FIGURES = [
    # the counted noun before the number
    ("Complaints against the Harlow force numbered 641 in 2022, the data shows.",
     [{"value": 641, "counted": "complaint", "period_from": "2022-01-01", "period_to": "2022-12-31"}]),
    ("Of the complaints closed in 2022, 57 were upheld.",
     [{"value": 57, "counted": "complaint", "period_from": "2022-01-01"}]),
    ("The total of officers dismissed stood at 29 for 2021/22.",
     [{"value": 29, "counted": "officer", "outcome": "dismissed", "period_from": "2021-04-01",
       "period_to": "2022-03-31"}]),
    ("Allegations of racial bias came to 88 last year.",
     [{"value": 88, "counted": "allegation", "category": "other", "period_from": "2022-01-01"}]),
    # the number after a verb
    ("The Kentmoor force dismissed 14 officers in 2022.",
     [{"value": 14, "counted": "officer", "outcome": "dismissed", "period_from": "2022-01-01"}]),
    ("Last year the city's police department suspended 23 officers without pay.",
     [{"value": 23, "counted": "officer", "outcome": "suspended", "period_from": "2022-01-01"}]),
    ("The state board revoked the licences of 37 officers in 2021.",
     [{"value": 37, "counted": "officer", "outcome": "barred", "period_from": "2021-01-01"}]),
    ("Gardaí suspended 19 members in 2022, the force confirmed.",
     [{"value": 19, "counted": "officer", "outcome": "suspended", "period_from": "2022-01-01"}]),
    ("Prosecutors charged 11 officers with crimes in 2021.",
     [{"value": 11, "counted": "officer", "outcome": "charged", "period_from": "2021-01-01"}]),
    # event nouns
    ("There were 31 suspensions and 12 sackings at the force in 2022.",
     [{"value": 31, "outcome": "suspended", "period_from": "2022-01-01"},
      {"value": 12, "outcome": "dismissed", "period_from": "2022-01-01"}]),
    ("The department recorded 18 terminations in 2021.",
     [{"value": 18, "outcome": "dismissed", "period_from": "2021-01-01"}]),
    ("The review board had a sustain rate of 9% in 2022.",
     [{"value": 9, "unit": "percent", "outcome": "misconduct_proven", "period_from": "2022-01-01"}]),
    ("The sheriff's office issued 46 written reprimands last year.",
     [{"value": 46, "outcome": "written_warning", "period_from": "2022-01-01"}]),
    ("The commission made 27 decertifications in 2022.",
     [{"value": 27, "outcome": "barred", "period_from": "2022-01-01"}]),
    # the outcome as a participle or relative clause
    ("There were 17 officers who were sacked for gross misconduct in 2022.",
     [{"value": 17, "counted": "officer", "outcome": "dismissed"}]),
    ("In 2022 there were 12 cases that ended in a dismissal.",
     [{"value": 12, "counted": "case", "outcome": "dismissed", "period_from": "2022-01-01"}]),
    ("The 26 deputies fired by the sheriff in 2021 included two captains.",
     [{"value": 26, "counted": "officer", "outcome": "dismissed", "period_from": "2021-01-01"},
      {"value": 2, "period_from": "2021-01-01"}]),
    ("Records show 44 troopers disciplined in 2022 for misusing state vehicles.",
     [{"value": 44, "counted": "officer", "period_from": "2022-01-01"}]),
    # periods
    ("Between 2018 and 2022, 212 complaints were made against officers in Carlow.",
     [{"value": 212, "counted": "complaint", "period_from": "2018-01-01", "period_to": "2022-12-31"}]),
    ("Since 2019, the force has sacked 48 officers.",
     [{"value": 48, "counted": "officer", "outcome": "dismissed", "period_from": "2019-01-01",
       "period_to": "2023-06-01"}]),
    ("Over the past five years, 91 officers have been convicted of crimes.",
     [{"value": 91, "counted": "officer", "outcome": "convicted", "period_to": "2023-06-01"}]),
    ("As of April 30, 16 officers were suspended from duty.",
     [{"value": 16, "counted": "officer", "outcome": "suspended"}]),
    ("In fiscal year 2021, the inspector general's office closed 340 complaints.",
     [{"value": 340, "counted": "complaint", "period_from": "2020-10-01", "period_to": "2021-09-30"}]),
    ("Police Scotland received 7,120 complaints in 2021-22.",
     [{"value": 7120, "counted": "complaint", "period_from": "2021-04-01", "period_to": "2022-03-31"}]),
    ("This year, the department has fired five officers so far.",
     [{"value": 5, "counted": "officer", "outcome": "dismissed", "period_from": "2023-01-01"}]),
    ("In the first three months of 2023, 9 officers were placed on leave.",
     [{"value": 9, "counted": "officer", "outcome": "suspended", "period_from": "2023-01-01",
       "period_to": "2023-03-31"}]),
    # period carried from the frame, and a date that dates another event
    ("Forces dismissed 412 officers in the year to March 2023, Home Office figures show.\n\n"
     "In the same period, 88 officers resigned while under investigation.",
     [{"value": 412, "outcome": "dismissed", "period_from": "2022-04-01", "period_to": "2023-03-31"},
      {"value": 88, "outcome": "resigned", "period_from": "2022-04-01", "period_to": "2023-03-31"}]),
    ("The report, published on 14 March 2023, found that 37 officers had been dismissed in 2022.",
     [{"value": 37, "counted": "officer", "outcome": "dismissed", "period_from": "2022-01-01",
       "period_to": "2022-12-31"}]),
    ("At a hearing in January 2023, the board heard that 22 troopers had been disciplined in 2021.",
     [{"value": 22, "counted": "officer", "period_from": "2021-01-01", "period_to": "2021-12-31"}]),
    ("The figures, released in February, show the force received 1,340 complaints in 2022.",
     [{"value": 1340, "counted": "complaint", "period_from": "2022-01-01", "period_to": "2022-12-31"}]),
    # comparisons
    ("The force sacked 41 officers last year, up from 30 the year before.",
     [{"value": 41, "outcome": "dismissed", "period_from": "2022-01-01"},
      {"value": 30, "outcome": "dismissed", "period_from": "2021-01-01", "period_to": "2021-12-31"}]),
    ("Complaints fell to 512 in 2022, down from 590 in 2021 and 633 in 2020.",
     [{"value": 512, "counted": "complaint", "period_from": "2022-01-01"},
      {"value": 590, "counted": "complaint", "period_from": "2021-01-01"},
      {"value": 633, "counted": "complaint", "period_from": "2020-01-01"}]),
    ("The department fired 12 officers in 2022, compared with 8 a year earlier.",
     [{"value": 12, "outcome": "dismissed", "period_from": "2022-01-01"},
      {"value": 8, "outcome": "dismissed", "period_from": "2021-01-01"}]),
    ("There were 203 referrals to the watchdog in 2022/23, an increase of 14% on the previous year.",
     [{"value": 203, "counted": "referral", "period_from": "2022-04-01"},
      {"value": 14, "unit": "percent", "counted": "referral"}]),
    # shares and their base
    ("One in five of the complaints made in 2022 was upheld.",
     [{"value": 20, "unit": "percent", "counted": "complaint"}]),
    ("More than half of the 212 officers investigated in 2022 were cleared.",
     [{"value": 50, "unit": "percent", "qualifier": "more_than", "counted": "officer"},
      {"value": 212, "counted": "officer"}]),
    ("About 40% of the 1,050 allegations were found to be unfounded.",
     [{"value": 40, "unit": "percent", "counted": "allegation", "out_of": 1050},
      {"value": 1050, "counted": "allegation"}]),
    ("Just 6 per cent of complaints against officers in 2022 were upheld.",
     [{"value": 6, "unit": "percent", "counted": "complaint", "period_from": "2022-01-01"}]),
    # category: said in the sentence, carried from the headline or a heading
    ("Officers sacked for sexual misconduct\n\n"
     "Forces dismissed 66 officers for sexual misconduct in 2022.\n\n"
     "A further 21 resigned before their hearings.",
     [{"value": 66, "category": "apsp", "outcome": "dismissed"},
      {"value": 21, "category": "apsp", "outcome": "resigned"}]),
    ("Police abuse of position for sexual purpose cases double\n\n"
     "The IOPC received 152 referrals in 2022/23, up from 76 in 2021/22.",
     [{"value": 152, "counted": "referral", "category": "apsp", "period_from": "2022-04-01"},
      {"value": 76, "counted": "referral", "category": "apsp", "period_from": "2021-04-01"}]),
    ("Corruption inquiries\n\nThe anti-corruption unit opened 34 investigations in 2022. "
     "Nine officers were charged.",
     [{"value": 34, "counted": "investigation", "category": "corruption"},
      {"value": 9, "counted": "officer", "outcome": "charged", "category": "corruption"}]),
    ("Eleven officers were dismissed for theft in 2022, and four for drug offences.",
     [{"value": 11, "category": "theft", "outcome": "dismissed"},
      {"value": 4, "category": "drugs", "outcome": "dismissed"}]),
    # FOI answers
    ("Freedom of Information request 2023/118\n\n"
     "1. How many officers were dismissed for dishonesty in 2022?\n\n"
     "Answer: 7\n\n"
     "2. How many officers resigned while under investigation in 2022?\n\n"
     "Answer: 12",
     [{"value": 7, "counted": "officer", "outcome": "dismissed", "category": "fraud",
       "period_from": "2022-01-01"},
      {"value": 12, "counted": "officer", "outcome": "resigned", "period_from": "2022-01-01"}]),
    ("Q1. How many complaints of excessive force were received in each of the last three years?\n"
     "2020 - 41\n2021 - 38\n2022 - 52",
     [{"value": 41, "counted": "complaint", "category": "other", "period_from": "2020-01-01"},
      {"value": 38, "counted": "complaint", "category": "other", "period_from": "2021-01-01"},
      {"value": 52, "counted": "complaint", "category": "other", "period_from": "2022-01-01"}]),
    # tables
    ("Officers dismissed by year\n\n"
     "Year | Officers dismissed\n2020 | 14\n2021 | 19\n2022 | 23",
     [{"value": 14, "counted": "officer", "outcome": "dismissed", "period_from": "2020-01-01"},
      {"value": 19, "counted": "officer", "outcome": "dismissed", "period_from": "2021-01-01"},
      {"value": 23, "counted": "officer", "outcome": "dismissed", "period_from": "2022-01-01"}]),
    ("Complaint findings, 2022\n\n"
     "Sustained        41\nNot sustained    97\nExonerated       23\nUnfounded        60",
     [{"value": 41, "outcome": "misconduct_proven", "period_from": "2022-01-01"},
      {"value": 97, "outcome": "misconduct_not_proven", "period_from": "2022-01-01"},
      {"value": 23, "period_from": "2022-01-01"},
      {"value": 60, "period_from": "2022-01-01"}]),
    # lists with lead-ins
    ("In 2022 the sheriff's office disciplined 58 deputies. Of those:\n"
     "- 6 were fired\n- 21 were suspended\n- 31 received written reprimands",
     [{"value": 58, "counted": "officer", "period_from": "2022-01-01"},
      {"value": 6, "outcome": "dismissed", "period_from": "2022-01-01"},
      {"value": 21, "outcome": "suspended", "period_from": "2022-01-01"},
      {"value": 31, "outcome": "written_warning", "period_from": "2022-01-01"}]),
    ("Outcomes of misconduct hearings in 2022/23:\n"
     "- Dismissed: 24\n- Final written warning: 17\n- No further action: 9",
     [{"value": 24, "outcome": "dismissed", "period_from": "2022-04-01"},
      {"value": 17, "outcome": "final_written_warning", "period_from": "2022-04-01"},
      {"value": 9, "period_from": "2022-04-01"}]),
    # US data stories
    ("The Dayton Civilian Review Board received 318 complaints in 2022. Investigators sustained 27, "
     "and 11 officers were suspended.",
     [{"value": 318, "counted": "complaint", "period_from": "2022-01-01"},
      {"value": 27, "counted": "complaint", "outcome": "misconduct_proven", "period_from": "2022-01-01"},
      {"value": 11, "counted": "officer", "outcome": "suspended", "period_from": "2022-01-01"}]),
    ("Officers used force 214 times in 2022, according to the department's annual report.",
     [{"value": 214, "counted": "other", "category": "other", "period_from": "2022-01-01"}]),
    ("The state's police standards board decertified 52 officers in 2022, a record.",
     [{"value": 52, "counted": "officer", "outcome": "barred", "period_from": "2022-01-01"}]),
]

# Round 1 above: written in one go before any rule of this branch; at its first run 59/69
# refusals and 41/51 figures held.

# Round 2, written after round 1's rules and run before any rule was changed for it.
REFUSALS += [
    "A jury awarded the woman $2.3 million in damages in the federal lawsuit.",
    "The lawsuit was filed under 42 U.S.C. 1983 in the Eastern District.",
    "Case No. 3:22-cr-00145 was assigned to Judge Ortiz.",
    "The board voted 5-2 to reinstate the sergeant.",
    "The ruling came in a 3-2 decision by the appeals panel.",
    "Officer Dana Pruitt, badge 1123, was on duty that night.",
    "The 20-year veteran was placed on leave in March.",
    "The garda, who has 11 years' service, was stationed in Athlone.",
    "The deputy was the third officer in the county charged this year.",
    "The town of 6,500 has its own police department.",
    "Officers handled 312,000 emergency calls in 2022.",
    "The chief said 14 people were arrested during the operation.",
    "The force employs 3,300 officers across 12 stations.",
    "Some 600 officers serve the county's 250,000 residents.",
    "The union has 4,100 members in the state.",
    "A survey of 1,200 gardaí found low morale.",
    "The report ran to 340 pages and cost £1.2m.",
    "He was given 28 days to appeal the decision.",
    "Officers attended 17 incidents at the address in two years.",
    "He was sentenced to 46 months and three years of supervised release.",
    "Chapter 143 of the Texas Local Government Code governs discipline.",
    "The hearing was told he sent 220 messages to the woman.",
    "The officer, 52, lives in the 1200 block of Elm Street.",
    "The three deputies were named in the lawsuit.",
    "Two officers escorted the prisoner to hospital.",
]
FIGURES += [
    ("Gsoc received 2,310 complaints in 2022. Of the complaints, 1,140 were deemed admissible.",
     [{"value": 2310, "counted": "complaint", "period_from": "2022-01-01"},
      {"value": 1140, "counted": "complaint", "period_from": "2022-01-01"}]),
    ("The Newport force sacked 9 officers last year, a rise from 4 in 2021.",
     [{"value": 9, "outcome": "dismissed", "period_from": "2022-01-01"},
      {"value": 4, "outcome": "dismissed", "period_from": "2021-01-01"}]),
    ("Troopers faced 146 internal investigations in 2022, of which 38 ended in a finding of misconduct.",
     [{"value": 146, "counted": "investigation", "period_from": "2022-01-01"},
      {"value": 38, "counted": "investigation", "outcome": "misconduct_proven", "out_of": 146}]),
    ("In the year to March 2022, the force recorded 77 allegations of sexual misconduct. "
     "In the same period, 14 officers were dismissed for it.",
     [{"value": 77, "counted": "allegation", "category": "apsp", "period_from": "2021-04-01", "period_to": "2022-03-31"},
      {"value": 14, "counted": "officer", "outcome": "dismissed", "period_from": "2021-04-01", "period_to": "2022-03-31"}]),
    ("Sexual misconduct complaints against police soar\n\n"
     "West Harbour Police received 58 complaints in 2022. Seven officers were sacked.",
     [{"value": 58, "counted": "complaint", "category": "apsp"},
      {"value": 7, "counted": "officer", "outcome": "dismissed", "category": "apsp"}]),
    ("The state commission, whose fiscal year ends June 30, revoked 43 certifications in fiscal 2022.",
     [{"value": 43, "outcome": "barred", "period_from": "2021-07-01", "period_to": "2022-06-30"}]),
    ("Since January 2020, 63 officers have been suspended by the department.",
     [{"value": 63, "counted": "officer", "outcome": "suspended", "period_from": "2020-01-01", "period_to": "2023-06-01"}]),
    ("Fewer than 1 in 10 complaints were sustained in 2022.",
     [{"value": 10, "unit": "percent", "counted": "complaint", "outcome": "misconduct_proven"}]),
    ("Of the 88 officers referred to a hearing in 2021, 31 were dismissed and 12 resigned.",
     [{"value": 88, "counted": "officer", "period_from": "2021-01-01"},
      {"value": 31, "counted": "officer", "outcome": "dismissed", "out_of": 88, "period_from": "2021-01-01"},
      {"value": 12, "counted": "officer", "outcome": "resigned", "out_of": 88, "period_from": "2021-01-01"}]),
    ("Complaints closed in 2022, by finding\n\n"
     "Finding | Number\nSustained | 19\nNot sustained | 102\nUnfounded | 44",
     [{"value": 19, "counted": "complaint", "outcome": "misconduct_proven", "period_from": "2022-01-01"},
      {"value": 102, "counted": "complaint", "outcome": "misconduct_not_proven", "period_from": "2022-01-01"},
      {"value": 44, "counted": "complaint", "period_from": "2022-01-01"}]),
    ("Officers dismissed\n\n"
     "                2020/21    2021/22\nDismissed           16         21\nResigned             8          5",
     [{"value": 16, "outcome": "dismissed", "period_from": "2020-04-01"},
      {"value": 21, "outcome": "dismissed", "period_from": "2021-04-01"},
      {"value": 8, "outcome": "resigned", "period_from": "2020-04-01"},
      {"value": 5, "outcome": "resigned", "period_from": "2021-04-01"}]),
    ("The department placed 19 officers on paid administrative leave in 2022 and fired 6.",
     [{"value": 19, "counted": "officer", "outcome": "suspended", "period_from": "2022-01-01"},
      {"value": 6, "outcome": "dismissed", "period_from": "2022-01-01"}]),
    ("Last year 12 gardaí were convicted of criminal offences, the Garda Commissioner said.",
     [{"value": 12, "counted": "officer", "outcome": "convicted", "period_from": "2022-01-01"}]),
    ("The report, released on 3 May 2023, shows 1,015 allegations were recorded in 2021/22.",
     [{"value": 1015, "counted": "allegation", "period_from": "2021-04-01", "period_to": "2022-03-31"}]),
    ("The city's police oversight office reviewed 260 cases in 2022; it found misconduct in 41.",
     [{"value": 260, "counted": "case", "period_from": "2022-01-01"},
      {"value": 41, "counted": "case", "outcome": "misconduct_proven", "period_from": "2022-01-01"}]),
    ("Roughly a quarter of the 480 complaints were about rudeness.",
     [{"value": 25, "unit": "percent", "counted": "complaint", "out_of": 480},
      {"value": 480, "counted": "complaint"}]),
    ("Between 2017 and 2021, the Garda Ombudsman sent 152 files to the DPP.",
     [{"value": 152, "period_from": "2017-01-01", "period_to": "2021-12-31"}]),
    ("Over the last three years, nine deputies were fired for lying.",
     [{"value": 9, "counted": "officer", "outcome": "dismissed", "period_to": "2023-06-01"}]),
    ("Officers were disciplined in 27 cases in 2022, up from 18 a year earlier.",
     [{"value": 27, "counted": "case", "period_from": "2022-01-01"},
      {"value": 18, "counted": "case", "period_from": "2021-01-01"}]),
    ("Disciplinary outcomes, 2022\n\n- Terminated: 4\n- Suspended: 15\n- Written reprimand: 22",
     [{"value": 4, "counted": "officer", "outcome": "dismissed", "period_from": "2022-01-01"},
      {"value": 15, "counted": "officer", "outcome": "suspended", "period_from": "2022-01-01"},
      {"value": 22, "outcome": "written_warning", "period_from": "2022-01-01"}]),
]

# Round 3, periods, comparisons and kinds of conduct, written after round 2's rules and run
# before any rule was changed for it: 11/11 refusals, 11/15 figures (one sentence first written
# as a refusal, one officer's complaints on his record, is a figure by the corpus gold and moved).
REFUSALS += [
    "The sergeant, who joined in 2004, had received 3 commendations.",
    "Deputies answered more than 4,000 calls in the month after the flood.",
    "The force's 2022 annual report has 48 pages on complaints.",
    "The department's top 10 officers by complaints were all on the gang unit.",
    "The 2019 audit of 212 body-camera videos found gaps.",
    "A 14-year-old girl was among the victims.",
    "The trooper was one of five people in the car.",
    "He was the 4th officer from the unit to be charged.",
    "Police in 3 of the county's 9 towns share a dispatcher.",
    "The jail has 1,400 beds and 300 staff.",
    "The trial is expected to last 3 weeks.",
]
FIGURES += [
    ("The officer had 14 complaints on his record when he was hired in 2015, a 2023 lawsuit says.",
     [{"value": 14, "counted": "complaint"}]),
    ("The force dismissed 421 officers in the year to March 2023. This is up 15 per cent from the previous record of 366.",
     [{"value": 421, "outcome": "dismissed", "period_from": "2022-04-01"},
      {"value": 15, "unit": "percent", "period_from": "2022-04-01"},
      {"value": 366, "outcome": "dismissed", "period_from": "2021-04-01", "period_to": "2022-03-31"}]),
    ("Complaints rose to 930 in 2022 from 2021's total of 810.",
     [{"value": 930, "counted": "complaint", "period_from": "2022-01-01"},
      {"value": 810, "counted": "complaint", "period_from": "2021-01-01"}]),
    ("In 2022 the board received 1,551 stop-and-frisk complaints.",
     [{"value": 1551, "counted": "complaint", "category": "other", "period_from": "2022-01-01"}]),
    ("Allegations of untruthfulness made up 12% of all allegations in 2022.",
     [{"value": 12, "unit": "percent", "category": "fraud"}]),
    ("During the same period, 31 officers were suspended.",
     [{"value": 31, "outcome": "suspended"}]),
    ("Police Scotland received 6,122 complaints in 2021-22. Over the same period, 40 officers faced gross misconduct hearings.",
     [{"value": 6122, "counted": "complaint", "period_from": "2021-04-01", "period_to": "2022-03-31"},
      {"value": 40, "counted": "officer", "period_from": "2021-04-01", "period_to": "2022-03-31"}]),
    ("Officers were found to have used excessive force in 44 cases last year, compared with 37 the previous year.",
     [{"value": 44, "counted": "case", "category": "other", "period_from": "2022-01-01"},
      {"value": 37, "counted": "case", "category": "other", "period_from": "2021-01-01"}]),
    ("The sheriff's office, which was sued in 2019, fired 11 deputies in 2022.",
     [{"value": 11, "outcome": "dismissed", "period_from": "2022-01-01", "period_to": "2022-12-31"}]),
    ("Nine officers who were charged in 2021 have since been convicted.",
     [{"value": 9, "counted": "officer", "outcome": "convicted"}]),
    ("As of March 31, 2023, 22 officers were on restricted duties.",
     [{"value": 22, "counted": "officer"}]),
    ("False arrest complaints fell to 77 last year.",
     [{"value": 77, "counted": "complaint", "category": "other", "period_from": "2022-01-01"}]),
    ("The commission opened 58 investigations in 2021 and closed 61 in 2022.",
     [{"value": 58, "counted": "investigation", "period_from": "2021-01-01", "period_to": "2021-12-31"},
      {"value": 61, "counted": "investigation", "period_from": "2022-01-01", "period_to": "2022-12-31"}]),
    ("Of the 40 officers suspended last year, 9 were later dismissed.",
     [{"value": 40, "counted": "officer", "outcome": "suspended", "period_from": "2022-01-01"},
      {"value": 9, "counted": "officer", "outcome": "dismissed", "out_of": 40}]),
    ("Last year the unit received 611 complaints; 74 were about racial profiling.",
     [{"value": 611, "counted": "complaint", "category": "all", "period_from": "2022-01-01"},
      {"value": 74, "counted": "complaint", "category": "other", "period_from": "2022-01-01"}]),
    ("Decertifications in the state hit 96 in fiscal year 2022-23.",
     [{"value": 96, "outcome": "barred"}]),
]

# Round 4, kinds of English the audit of batches 6-10, probe and probe10 showed wrong (rankings,
# a series said with semicolons, a base's own participle, an indictment as a noun), in
# sentences written for this battery: 2/7 figures at the first run.
REFUSALS += [
    "The deputy could face criminal charges, the sheriff said.",
    "Officers who lie will face dismissal, the chief warned.",
]
FIGURES += [
    ("There were 12 dismissals in 2020; 15 in 2021; and 19 in 2022.",
     [{"value": 12, "outcome": "dismissed", "period_from": "2020-01-01"},
      {"value": 15, "outcome": "dismissed", "period_from": "2021-01-01"},
      {"value": 19, "outcome": "dismissed", "period_from": "2022-01-01"}]),
    ("The inquiry led to the indictment of four county jail officers.",
     [{"value": 4, "counted": "officer", "outcome": "charged"}]),
    ("Three of the 14 deputies facing federal charges have pleaded guilty.",
     [{"value": 3, "counted": "officer", "outcome": "convicted", "out_of": 14},
      {"value": 14, "counted": "officer", "outcome": "charged"}]),
    ("Merseyside Police had the highest number of dismissals, with 31.",
     [{"value": 31, "outcome": "dismissed"}]),
    ("Among forces, the Met sacked the most officers, 100, followed by West Midlands with 24.",
     [{"value": 100, "counted": "officer", "outcome": "dismissed"},
      {"value": 24, "counted": "officer", "outcome": "dismissed"}]),
    ("Kent had the most convicted officers in 2021, at 29.",
     [{"value": 29, "counted": "officer", "outcome": "convicted", "period_from": "2021-01-01"}]),
    ("The Met recorded the highest number of complaints, 5,120, followed by Kent, with 1,900.",
     [{"value": 5120, "counted": "complaint"}, {"value": 1900, "counted": "complaint"}]),
]

# Round 5, the English the probe11 and probe11us reports named in this area, in sentences written
# for this battery (not the probes' own): 6/11 refusals, 1/9 figures at the first run.
REFUSALS += [
    "The jail had about 2,700 detention officers on staff as of March 1.",
    "The sheriff oversees about 650 sworn deputies and 200 civilians.",
    "Troopers arrested six people, including a former deputy.",
    "Deputy Carl Vance, 41: charged with official oppression.",
    "By the numbers\n\n- 48: average number of days to close a complaint",
    "Deputies were hurt in 12 of the pursuits.",
    "Investigators arrested 11 people at the address.",
    "The union represents about 3,000 officers and staff.",
    "The state has roughly 17,000 certified officers.",
    "Officers from 9 agencies took part in the raid.",
    "The council oversees 14 police departments.",
]
FIGURES += [
    ("The sheriff's office fired four deputies in 2022 and 19 others received suspensions.",
     [{"value": 4, "counted": "officer", "outcome": "dismissed"},
      {"value": 19, "counted": "officer", "outcome": "suspended"}]),
    ("The board revoked 140 licences in 2022. Another 37 were revoked after drink-driving convictions.",
     [{"value": 140, "outcome": "barred"}, {"value": 37, "outcome": "barred"}]),
    ("The department fired nine officers in 2022 over sustained allegations of dishonesty.",
     [{"value": 9, "counted": "officer", "outcome": "dismissed"}]),
    ("The city's K-9 unit recorded dog bites on 17 occasions in 2022, and officers used a Taser 61 times.",
     [{"value": 17, "counted": "other", "category": "other"},
      {"value": 61, "counted": "other", "category": "other"}]),
    ("Complaints rose to 640 in 2022, an 8% increase over 2021.",
     [{"value": 640, "counted": "complaint", "period_from": "2022-01-01"},
      {"value": 8, "unit": "percent", "period_from": "2022-01-01"}]),
    ("Complaints against deputies rose 11% in 2022, driven by a jump in allegations of discourtesy.\n\n"
     "The office received 512 complaints in 2022.",
     [{"value": 11, "unit": "percent", "category": "all"}, {"value": 512, "counted": "complaint", "category": "all"}]),
    ("Year in review\n\n- 2,015: complaints received in 2022\n- 88: officers disciplined\n- 6: officers fired\n- 2: officers charged",
     [{"value": 2015, "counted": "complaint", "period_from": "2022-01-01"},
      {"value": 88, "counted": "officer"},
      {"value": 6, "counted": "officer", "outcome": "dismissed"},
      {"value": 2, "counted": "officer", "outcome": "charged"}]),
    ("Sanctions imposed in 2022\n\n- Terminations: 3\n- Suspensions: 14\n- Letters of reprimand: 22",
     [{"value": 3, "counted": "officer", "outcome": "dismissed"},
      {"value": 14, "counted": "officer", "outcome": "suspended"},
      {"value": 22, "outcome": "written_warning"}]),
    ("Use-of-force complaints were the most common, at 212.",
     [{"value": 212, "counted": "complaint", "category": "other"}]),
]

# Round 6, after round 5's rules, on what the probe11us articles (dev once scored) still showed
# in this area, in sentences written for this battery: 0/4 at the first run (on 19ab09e).
FIGURES += [
    ("State agents arrested nine people on Tuesday, including four detention officers.",
     [{"value": 4, "counted": "officer", "outcome": "arrested"}]),
    ("Police arrested 31 people in the sting, 6 of them prison employees.",
     [{"value": 6, "counted": "officer", "outcome": "arrested"}]),
    ("Complaints against Easton police dropped in 2022 on fewer rudeness reports\n\n"
     "Internal Affairs received 412 complaints last year, down from 453 in 2021.",
     [{"value": 412, "counted": "complaint", "category": "all", "period_from": "2022-01-01"},
      {"value": 453, "counted": "complaint", "category": "all", "period_from": "2021-01-01"}]),
    ("Officers pointed their guns at people 212 times in 2022.",
     [{"value": 212, "counted": "other", "category": "other", "period_from": "2022-01-01"}]),
]

# Round 7: a table whose caption names the results of something counts that thing (0/1 on d9f3579).
FIGURES += [
    ("Table 4. Findings by allegation type, 2022\n\n"
     "Allegation type | Sustained | Not sustained\nCourtesy | 6 | 9\nUse of force | 2 | 3",
     [{"value": 6, "counted": "allegation", "outcome": "misconduct_proven", "period_from": "2022-01-01"},
      {"value": 9, "counted": "allegation", "outcome": "misconduct_not_proven"},
      {"value": 2, "counted": "allegation", "outcome": "misconduct_proven"},
      {"value": 3, "counted": "allegation", "outcome": "misconduct_not_proven"}]),
]

# What the rules still miss, as strict xfails: a fix moves a case out of this list.
MISSED: set = {
    "The board has seven members, three of them former officers.",
    "The raid involved 40 officers and two dogs.",
}
