"""Whose figures they are when a body stands in another role in the count's clause (org16):
mini-articles written for this work (UK, Irish, US; none copied from an article or a gold
file). A body in a list after 'to' ("referred to other agencies such as the district
attorney's office", "sent to the FBI, the DEA or the state police") is where the cases
went; a body that "declined to comment" or "did not respond" speaks about the count, or
will not: neither is whose count it is, and neither takes over the counts after it.

Each case is (text, expected) as in org11_battery.py: expected is a list of accepted names
for every figure, or a dict from a figure's number as written to such a list."""

HARRIS = ["Harris County Sheriff's Office"]
ESSEX = ["Essex Police"]
PIMA = ["Pima County Sheriff's Department"]
GARDA = ["An Garda Síochána"]
MET = ["Met Police"]

# ------------------------------------------------- the goal of a transfer, reached through a list
GOALS = [
    # "such as" / "including" / "like" after a goal noun
    ("The Harris County Sheriff's Office closed 200 complaints in 2021. Twelve cases were "
     "referred to other agencies such as the district attorney's office.\n\n"
     "There were 30 complaints about excessive force.", HARRIS),
    ("Essex Police dismissed 14 officers last year, and nine cases were referred to other "
     "bodies such as the Crown Prosecution Service.", ESSEX),
    ("The Pima County Sheriff's Department sustained 41 complaints in 2020. Seven cases were "
     "forwarded to agencies including the FBI and the state attorney general's office.\n\n"
     "Another 60 complaints were closed without action.", PIMA),
    ("The Chicago Police Department received 3,100 complaints in 2021. Of those, 210 were sent "
     "on to bodies such as the Civilian Office of Police Accountability.\n\n"
     "The department sustained 9 per cent of the rest.", ["Chicago Police Department"]),
    ("The Ohio State Highway Patrol disciplined 52 troopers in 2022. Thirteen cases were turned "
     "over to county prosecutors and the Ohio Attorney General's office.\n\n"
     "Another 17 troopers were suspended.", ["Ohio State Highway Patrol"]),
    ("Kent Police recorded 310 complaints in 2022. Eighteen were passed to outside bodies "
     "including the IOPC.\n\nThe force upheld 44 of the rest.", ["Kent Police"]),
    ("The Phoenix Police Department opened 143 internal investigations last year. It referred "
     "22 of them to outside agencies like the Maricopa County Attorney's Office.\n\n"
     "Eleven officers were fired.", ["Phoenix Police Department"]),
    ("An Garda Síochána suspended 23 members in 2022. Eleven files went to bodies such as the "
     "Director of Public Prosecutions.\n\nFour more members resigned.", GARDA),
    ("Police Scotland received 6,100 complaints in 2022-23. Some 140 were sent to partner "
     "agencies such as the Crown Office and Procurator Fiscal Service.\n\n"
     "The force upheld 1,450 allegations.", ["Police Scotland"]),
    ("The Metropolitan Police sacked 45 officers in 2023. A further 60 cases were handed to "
     "prosecutors, among them the Crown Prosecution Service, for a charging decision.\n\n"
     "Some 120 officers faced hearings.", MET),
    ("The Baltimore Police Department sustained 71 misconduct complaints in 2019. Nineteen cases "
     "were sent to federal authorities such as the U.S. Attorney's Office.",
     ["Baltimore Police Department"]),
    ("Greater Manchester Police dismissed 31 officers in 2023. Six cases were referred to "
     "external bodies, notably the IOPC, before any hearing.", ["Greater Manchester Police"]),
    ("The Denver Police Department closed 412 complaints in 2022, and 15 were forwarded to "
     "partner agencies including the Denver District Attorney's Office.",
     ["Denver Police Department"]),
    ("West Midlands Police recorded 1,020 allegations last year. Around 30 were escalated to "
     "regulators like the IOPC.", ["West Midlands Police"]),
    ("The Kern County Sheriff's Office fired 12 deputies in 2021. Five cases were turned over "
     "to agencies such as the California Attorney General's office.",
     ["Kern County Sheriff's Office"]),
    # a list of bodies joined by "and", "or" and commas after "to"
    ("The Pima County Sheriff's Department sustained 41 complaints in 2020. Nine cases were sent "
     "to the FBI, the DEA or the Arizona Attorney General's office.\n\n"
     "Another 60 complaints were closed without action.", PIMA),
    ("Essex Police dismissed 14 officers last year. Seven cases were referred to the Crown "
     "Prosecution Service and the IOPC.\n\nA further 22 officers received written warnings.", ESSEX),
    ("The Harris County Sheriff's Office closed 200 complaints in 2021. Eight were referred to "
     "county prosecutors and the Texas Rangers.\n\n"
     "There were 30 complaints about excessive force.", HARRIS),
    ("An Garda Síochána suspended 23 members in 2022. Eleven cases were sent to the Director of "
     "Public Prosecutions and to GSOC.\n\nFour more members resigned.", GARDA),
    ("The Phoenix Police Department opened 143 internal investigations last year, and 16 were "
     "referred to the FBI, the Arizona Department of Public Safety, and the Maricopa County "
     "Attorney's Office.", ["Phoenix Police Department"]),
    ("Greater Manchester Police dismissed 31 officers in 2023. Twelve cases went to local "
     "prosecutors or the Crown Prosecution Service.", ["Greater Manchester Police"]),
    ("The Baltimore Police Department sustained 71 misconduct complaints in 2019. It passed 13 "
     "cases to state prosecutors and the U.S. Attorney's Office.", ["Baltimore Police Department"]),
    ("Kent Police recorded 310 complaints in 2022. The force referred 25 of them to the IOPC "
     "and the Crown Prosecution Service.\n\nIt upheld 44 of the rest.", ["Kent Police"]),
    ("The Denver Police Department closed 412 complaints in 2022. Twenty were sent on to "
     "federal investigators and the Colorado Bureau of Investigation.",
     ["Denver Police Department"]),
    ("The Chicago Police Department received 3,100 complaints in 2021. About 90 were forwarded "
     "to other agencies, such as the Cook County State's Attorney's Office, and the rest were "
     "closed.", ["Chicago Police Department"]),
]

# ---------------------------------------------------- a body that comments, or will not
COMMENTERS = [
    ("The Dallas Police Department fired 19 officers in 2022, department records show. The U.S. "
     "Justice Department declined to comment on the 6 cases it was reviewing.\n\n"
     "Another 31 officers were suspended.", ["Dallas Police Department"]),
    ("The Pima County Sheriff's Department sustained 41 complaints in 2020, while the FBI "
     "declined to comment on 3 open cases.", PIMA),
    ("Essex Police dismissed 14 officers last year. The IOPC did not respond to questions about "
     "9 of the cases.\n\nA further 22 officers received written warnings.", ESSEX),
    ("The Harris County Sheriff's Office closed 200 complaints in 2021. The district attorney's "
     "office did not return calls about the 12 cases it received.\n\n"
     "There were 30 complaints about excessive force.", HARRIS),
    ("The Kern County Sheriff's Office fired 12 deputies in 2021. The California Attorney "
     "General's office could not be reached about 5 cases still open.", ["Kern County Sheriff's Office"]),
    ("Greater Manchester Police dismissed 31 officers in 2023. The Police Federation refused to "
     "comment on the 8 officers who appealed.", ["Greater Manchester Police"]),
    ("The Baltimore Police Department sustained 71 misconduct complaints in 2019. The Fraternal "
     "Order of Police would not comment on the 19 officers disciplined.",
     ["Baltimore Police Department"]),
    ("An Garda Síochána suspended 23 members in 2022. GSOC was not available for comment on the "
     "11 cases it had taken over.\n\nFour more members resigned.", GARDA),
    ("The Phoenix Police Department opened 143 internal investigations last year. The Maricopa "
     "County Attorney's Office has not responded to a request about the 22 it received.",
     ["Phoenix Police Department"]),
    ("Kent Police recorded 310 complaints in 2022. The Crown Prosecution Service did not "
     "immediately respond when asked about 25 of them.\n\nThe force upheld 44 of the rest.", ["Kent Police"]),
    ("The Denver Police Department closed 412 complaints in 2022. The Colorado Bureau of "
     "Investigation declined to discuss the 15 cases it was sent.", ["Denver Police Department"]),
    ("Police Scotland received 6,100 complaints in 2022-23. The Scottish Police Federation did "
     "not reply to questions about the 140 officers suspended.", ["Police Scotland"]),
    ("The Metropolitan Police sacked 45 officers in 2023. The IOPC declined to be interviewed "
     "about the 60 cases it oversaw.", MET),
    ("The Chicago Police Department received 3,100 complaints in 2021. The Civilian Office of "
     "Police Accountability did not comment on the 210 it reviewed.", ["Chicago Police Department"]),
    ("The Ohio State Highway Patrol disciplined 52 troopers in 2022. The Ohio Attorney General's "
     "office declined to elaborate on the 13 cases it received.", ["Ohio State Highway Patrol"]),
]

# ------------------------------------- near sentences: the body named is whose count it is
OWNERS = [
    # "according to" a list of bodies: sources, not goals
    ("Complaints rose last year. According to the IOPC and the Home Office, 40 officers were "
     "dismissed in Essex.", {"40": ["IOPC", "Home Office"]}),
    ("Police misconduct\n\nAccording to figures from the IOPC, 3,000 referrals were made in "
     "2022.", ["IOPC"]),
    # a body joined by "and" as the subject that acts
    ("Police misconduct\n\nKent Police and Essex Police dismissed 30 officers between them in "
     "2023.", ["Kent Police", "Essex Police"]),
    ("Police misconduct\n\nThe FBI and the Justice Department charged 14 officers in the "
     "city in 2022.", ["FBI", "Justice Department", "U.S. Justice Department"]),
    # the destination body that then acts in its own clause
    ("Police misconduct\n\nThe Crown Prosecution Service charged 12 officers in 2022, the CPS "
     "said.", ["CPS", "Crown Prosecution Service"]),
    ("Police misconduct\n\nThe district attorney's office charged 9 officers in 2021, the "
     "office said.", ["district attorney's office", "District Attorney's Office"]),
    # a body that said, released or reported: it gave the count
    ("Police misconduct\n\nThe FBI said it had opened 12 investigations into officers in 2022.",
     ["FBI"]),
    ("Police misconduct\n\nThe IOPC reported 3,000 referrals in 2022, up from 2,600.", ["IOPC"]),
    ("Police misconduct\n\nThe Dallas Police Department declined to release names but said 19 "
     "officers were fired in 2022.", ["Dallas Police Department"]),
    ("Police misconduct\n\nThe Harris County Sheriff's Office, which declined to comment last "
     "year, released figures showing 40 deputies were suspended.", HARRIS),
    # "to" that is no destination
    ("Police misconduct\n\nUp to 40 officers of Essex Police could face hearings, the force "
     "said.", ESSEX),
    ("Police misconduct\n\nCompared with last year, Kent Police dismissed 12 more officers.",
     ["Kent Police"]),
    ("Police misconduct\n\nDue to a backlog, Essex Police closed only 120 complaints in 2023.",
     ESSEX),
    # a list after "to" with no body in it: the owner is the subject
    ("Police misconduct\n\nEssex Police referred 14 officers to misconduct hearings and "
     "tribunals in 2023.", ESSEX),
    ("Police misconduct\n\nThe Pima County Sheriff's Department sent 41 complaints to internal "
     "affairs and sustained 12.", PIMA),
    # a body named as an example, not after "to"
    ("Police misconduct\n\nLarge forces such as the Metropolitan Police dismissed 45 officers "
     "each in 2023.", MET),
    ("Police misconduct\n\nForces including Kent Police recorded 310 complaints each in "
     "2022.", ["Kent Police"]),
    # a body that commented and then gave a count itself
    ("Police misconduct\n\nThe Dallas Police Department said 19 officers were fired in 2022.",
     ["Dallas Police Department"]),
    ("Police misconduct\n\nGSOC received 2,100 complaints in 2022, the ombudsman said.", ["GSOC"]),
    ("Police misconduct\n\nThe Police Federation said 40 of its members had waited more than a "
     "year for a hearing.", ["Police Federation"]),
    ("Police misconduct\n\nThe Metropolitan Police responded to 120 complaints within a month "
     "in 2023.", MET),
]

CASES = GOALS + COMMENTERS + OWNERS

# --------------------------- the publisher as the subject of a verb of analysis (its own count)
# "A Tribune analysis found" was read (own_analysis_nouns); the same count said with a verb:
# "the Tribune analyzed", "The Star's reporters reviewed", "the Echo has examined". Each shape
# below is said by one outlet, its figure in the same sentence and in the next one.
OWN_VERB_SHAPES = [
    "{The} {P} analyzed discipline records from 30 states and found {N} officers kept their jobs.",
    "{The} {P} analysed figures from 43 forces, which show {N} officers were dismissed.",
    "Over two years, the {P} collected and analyzed decertification records; {N} officers lost "
    "their licences.",
    "{The} {P} reviewed internal affairs files and counted {N} sustained complaints.",
    "{The} {P} examined court records for the decade and identified {N} officers convicted of "
    "crimes.",
    "{The} {P} has tallied {N} misconduct hearings held in private since 2019.",
    "{The} {P}'s reporters combed through arbitration rulings and found {N} fired officers were "
    "reinstated.",
    "{The} {P} tracked {N} officers who moved to another department after being fired.",
    "In a months-long investigation, the {P} obtained and analysed {N} complaint files.",
    "{The} {P}'s journalists sifted through {N} complaint files.",
    "{The} {P} counted {N} officers placed on the barred list in the year.",
    "{The} {P} surveyed 40 sheriff's offices and found {N} deputies had been fired for lying.",
    "Last year the {P} reviewed {N} disciplinary decisions by the county's departments.",
]
PUBLISHERS = ["Tribune", "Guardian", "Star", "Courier", "Evening Echo", "Inquirer", "Herald",
              "Yorkshire Post", "Irish Times", "Chronicle", "Associated Press", "Gazette",
              "Post-Dispatch"]
# the same count carried to the next sentence, with no body named in it
OWN_VERB_NEXT = "Of those, {M} were never disciplined."


def _own_verb_case(k: int, shape: str, next_sentence: bool) -> tuple[str, dict]:
    publisher = PUBLISHERS[(k + 5 * next_sentence) % len(PUBLISHERS)]
    sentence = shape.replace("{The}", "The").replace("{P}", publisher).replace("{N}", str(120 + k))
    text = "Officers and misconduct\n\n" + sentence
    expected = {str(120 + k): [publisher, "The " + publisher]}
    if next_sentence:
        text += " " + OWN_VERB_NEXT.replace("{M}", str(31 + k))
        expected[str(31 + k)] = [publisher, "The " + publisher]
    return text, expected


OWN_VERBS = [_own_verb_case(k, shape, nxt) for nxt in (False, True) for k, shape in enumerate(OWN_VERB_SHAPES)]

# near sentences: a body the rules know, a body's kind, or people doing the verb
NOT_OWN_VERBS = [
    ("Misconduct\n\nThe IOPC reviewed 340 cases in 2022 and upheld 41 appeals.", ["IOPC"]),
    ("Misconduct\n\nThe Board reviewed 58 complaints against Westbrook Police officers in 2022.",
     {"58": ["Westbrook Police", None]}),
    ("Misconduct\n\nInvestigators reviewed 880 complaints filed in Louisville between 2015 and "
     "2020, and found 91 were sustained.", [None]),
    ("Misconduct\n\nDetectives examined 40 cases of alleged abuse in 2022.", [None]),
    ("Misconduct\n\nThe Police Federation analysed 300 cases and found 40 officers waited more "
     "than a year.", ["Police Federation"]),
    ("Misconduct\n\nThe Metropolitan Police reviewed 1,100 officers' vetting in 2023.", MET),
    ("Misconduct\n\nThe Commission examined 75 use-of-force reports from the Dallas Police "
     "Department.", {"75": ["Dallas Police Department", None, "Commission"]}),
    ("Misconduct\n\nThe Kent force reviewed 64 cases of officers accused of domestic abuse.",
     ["Kent Police"]),
    ("Misconduct\n\nThe Harris County Sheriff's Office reviewed 200 complaints in 2021.", HARRIS),
    ("Misconduct\n\n\"The Tribune analyzed 120 cases,\" said the chief, \"and got it wrong.\"",
     [None]),
    ("Misconduct\n\nThe Home Office counted 480 dismissals across England and Wales.",
     ["Home Office"]),
    ("Misconduct\n\nThe City Auditor reviewed 146 investigations of the San Marco Police "
     "Department.", {"146": ["City Auditor", "San Marco Police Department", None]}),
    ("Misconduct\n\nThe Inspector General examined 90 cases closed by internal affairs.",
     {"90": ["Inspector General", "OIG", None]}),
    ("Misconduct\n\nThe State reviewed 52 decertification cases last year.", [None]),
]
CASES += OWN_VERBS + NOT_OWN_VERBS

# ------------------------------------- a ranking's entries: each number is its own entry's
# "followed by Kent Police at 56 and Essex Police at 41": an entry's number is written after
# "at" as after "with" or "on"; the entry beside it never owns it, and the sentence after the
# ranking is the compiler's, not the last entry's.
COLLEGE = ["College of Policing"]
RANKINGS = [
    ("Barred list\n\nFigures from the College of Policing show 833 officers were placed on the "
     "barred list in two years. The Metropolitan Police had the most, 148, followed by Kent "
     "Police at 56 and Essex Police at 41.\n\nInternal complaints were the source of 91% of cases.",
     {"833": COLLEGE, "148": MET + COLLEGE, "56": ["Kent Police"] + COLLEGE,
      "41": ESSEX + COLLEGE, "91%": COLLEGE + [None]}),
    ("Dismissals\n\nThe Home Office said 480 officers were dismissed last year. Kent Police came "
     "top at 52, ahead of Essex Police at 40 and Sussex Police at 33.",
     {"52": ["Kent Police", "Home Office"], "40": ESSEX + ["Home Office"],
      "33": ["Sussex Police", "Home Office"]}),
    ("Dismissals\n\nThe Home Office said 480 officers were dismissed last year. Sussex Police was "
     "second at 44, behind Kent Police.", {"44": ["Sussex Police", "Home Office"]}),
    ("Dismissals\n\nThe Home Office said 480 officers were dismissed last year, with Kent Police "
     "at 52 and Essex Police at 40.",
     {"52": ["Kent Police", "Home Office"], "40": ESSEX + ["Home Office"]}),
    ("Decertified\n\nThe Texas Commission on Law Enforcement decertified 412 officers since 2015. "
     "The Houston Police Department topped the list at 61, followed by the Harris County "
     "Sheriff's Office at 44.",
     {"61": ["Houston Police Department", "Texas Commission on Law Enforcement"],
      "44": HARRIS + ["Texas Commission on Law Enforcement"]}),
    ("Suspensions\n\nGarda figures show 23 members were suspended in 2022; the DMR finished "
     "first at 9, then Cork at 5.", {"23": GARDA, "9": GARDA + [None, "DMR"]}),
    ("Dismissals\n\nThe Home Office said 480 officers were dismissed last year. Kent Police "
     "ranked highest at 52, followed by Essex Police on 40 and Sussex Police with 33.",
     {"52": ["Kent Police", "Home Office"], "40": ESSEX + ["Home Office"],
      "33": ["Sussex Police", "Home Office"]}),
    ("Complaints\n\nThe IOPC said forces recorded 81,000 complaints. Greater Manchester Police "
     "was first at 6,100, then West Midlands Police at 4,900.",
     {"6,100": ["Greater Manchester Police", "IOPC"], "4,900": ["West Midlands Police", "IOPC"]}),
]
# near sentences: "at" that gives no ranking's number
NOT_RANKINGS = [
    ("Dismissals\n\nAt Kent Police, 52 officers were dismissed in 2023.", ["Kent Police"]),
    ("Dismissals\n\nDismissals at Essex Police rose to 40 in 2023.", ESSEX),
    ("Dismissals\n\nKent Police put the number of officers dismissed at 52.", ["Kent Police"]),
    ("Dismissals\n\nKent Police said the total of officers suspended stood at 52 in 2023.",
     ["Kent Police"]),
    ("Dismissals\n\nEssex Police at its Chelmsford headquarters said 40 officers were "
     "suspended.", ESSEX),
    ("Dismissals\n\nThe Metropolitan Police, at 148 officers dismissed, had the most.", MET),
]
CASES += RANKINGS + NOT_RANKINGS
