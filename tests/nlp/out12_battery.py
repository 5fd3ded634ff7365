"""Outcomes stated by shapes the first-sight batches kept missing (out12): cautions and
discipline with no sanction named, outcomes as participles and gerunds, phrasal
administrative steps, findings stated as admissions or breaches; and what states none: a
misconduct panel's "guilty" is no conviction, tallies with no officer, a headline restating
the standfirst's outcome. Written for this battery (names, places, bodies invented), UK, Irish
and US, each with what a careful coder takes from it under SPEC.

STATED: (text, outcome, subject words that must all be in the subject or None, months or None)
REFUSED: (text, outcome that must not be found, or None for no outcome at all)
STORIES: (short page, [(outcome, subject words)]) every pair must be found
PAGES_COUNTED: (short page, outcome, how many of that outcome the page states)
"""

STATED = [
    # ---- cautions and reprimand-like steps (SPEC other)
    ("PC Dylan Frost has been cautioned for common assault after an investigation by the watchdog.", "other", "Frost", None),
    ("A Merseyside constable received a police caution for assaulting his partner.", "other", "constable", None),
    ("Sergeant Ruth Hagan accepted a caution for possession of cannabis.", "other", "Hagan", None),
    ("Garda Eoin Tully was given an adult caution over the incident at a nightclub.", "other", "Tully", None),
    ("The detective was issued with a conditional caution for criminal damage.", "other", "detective", None),
    ("Officer Wes Dunlap received a written reprimand for leaving his post.", "written_warning", "Dunlap", None),
    ("Deputy Nora Salas was reprimanded for failing to file a use-of-force report.", "other", "Salas", None),
    ("PC Imran Khatri was given management advice over the way he spoke to the complainant.", "other", "Khatri", None),
    # ---- disciplined, no sanction named (SPEC other)
    ("Sergeant Colm Reidy has since been disciplined by the force.", "other", "Reidy", None),
    ("Officer Jada Pratt was disciplined after the internal affairs review.", "other", "Pratt", None),
    ("Deputy Kurt Amell was later disciplined by the sheriff's office for the pursuit.", "other", "Amell", None),
    ("A constable who shared the images has been disciplined, Police Scotland said.", "other", "constable", None),
    # ---- participles and gerunds as outcomes
    ("It went ahead despite PC Owen Garside retiring from the force in 2022.", "retired", "Garside", None),
    ("Officer Milo Banks, since fired, has appealed to the civil service board.", "dismissed", "Banks", None),
    ("Detective Constable Rhys Allan, since sacked, was not in court.", "dismissed", "Allan", None),
    ("Sergeant Lee Dawes, who has since resigned, was in charge of the custody suite.", "resigned", "Dawes", None),
    ("The inquiry continued after Sergeant Ben Alder resigning from the force last spring.", "resigned", "Alder", None),
    # ---- phrasal administrative steps
    ("The officer was taken off active duty the same afternoon.", "suspended", "officer", None),
    ("Deputy Carl Rooney was taken off patrol pending the investigation.", "suspended", "Rooney", None),
    ("Officer Mae Lindqvist has been pulled off the street while the shooting is reviewed.", "suspended", "Lindqvist", None),
    ("A lieutenant was demoted and forced into retirement after the audit.", "retired", "lieutenant", None),
    ("Chief Ron Ebersole was forced to retire in March.", "retired", "Ebersole", None),
    ("PC Amy Roke has been stood down from frontline duties.", "suspended", "Roke", None),
    ("Sergeant Tom Ayling was relieved of duty on Friday.", "suspended", "Ayling", None),
    ("Officer Jude Marsh has been relieved of duty pending an internal affairs investigation.", "suspended", "Marsh", None),
    ("Two deputies were given five-day suspensions without pay.", "suspended", "deputies", None),
    ("Garda Orla Keyes was put on restricted duties and later suspended from duty.", "suspended", "Keyes", None),
    # ---- findings stated as admissions or breaches
    ("The allegations of discreditable conduct were admitted by the garda at the hearing.", "misconduct_proven", "garda", None),
    ("PC Sian Holt admitted breaching the standards of professional behaviour.", "misconduct_proven", "Holt", None),
    ("The panel found that Sergeant Wyn Pugh breached the standards of professional behaviour in respect of honesty, amounting to gross misconduct.", "gross_misconduct_proven", "Pugh", None),
    ("The officer breached the standards of professional behaviour for authority, respect and courtesy, which amounted to gross misconduct.", "gross_misconduct_proven", "officer", None),
    ("The tribunal's finding that Garda Ciara Brophy was in breach of discipline was upheld.", "misconduct_proven", "Brophy", None),
    ("The board found that Garda Pat Nally had been in breach of discipline.", "misconduct_proven", "Nally", None),
    ("Garda Niall Roche challenged the board's finding that he was in breach of discipline.", "misconduct_proven", "Roche", None),
    ("A misconduct meeting found DC Hal Ferris had breached the standards for duties and responsibilities.", "misconduct_proven", "Ferris", None),
    # ---- panel verdicts in misconduct copy: misconduct, not a conviction
    ("A misconduct panel found PC Ivor Jenks guilty of gross misconduct.", "gross_misconduct_proven", "Jenks", None),
    ("A disciplinary tribunal found Garda Liam Foy guilty of neglect of duty.", "misconduct_proven", "Foy", None),
    # ---- round 2: US and UK discipline short of dismissal, court steps short of a sentence
    ("Sergeant Rob Kinsella, who had been on paid suspension since March, resigned on Monday.", "suspended", "Kinsella", None),
    ("Captain Lia Moreno was demoted to lieutenant after the audit.", "other", "Moreno", None),
    ("Trooper Kai Olsen was prosecuted for careless driving after the crash.", "charged", "Olsen", None),
    ("Deputy Rhea Stone must serve 60 days in the county jail.", "jailed", "Stone", None),
    ("A former special constable was bound over to keep the peace for a year.", "other", "constable", None),
    ("Chief Ana Ruiz issued Officer Len Brody a 15-day suspension.", "suspended", "Brody", None),
    ("The department gave Officer Lou Fenn a three-day suspension.", "suspended", "Fenn", None),
    ("The sheriff's office determined that Deputy Jo Kerr failed to follow the pursuit policy.", "misconduct_proven", "Kerr", None),
    ("Officer Jay Rowe was written up for the late report.", "other", "Rowe", None),
    ("Deputy Moe Tran was issued a summons on Tuesday for reckless driving.", "charged", "Tran", None),
    ("An arbitrator reduced the firing of Officer Cal Dodd to a 20-day suspension.", "suspended", "Dodd", None),
    ("The board converted the termination of Officer Pia Lund into a 30-day unpaid suspension.", "suspended", "Lund", None),
    ("The panel found that PC Eve Marr's conduct did not amount to misconduct.", "misconduct_not_proven", "Marr", None),
    ("Two detention deputies received written reprimands for the cell check.", "written_warning", "deputies", None),
    ("Deputy Lyle Brand is charged with official oppression, records show.", "charged", "Brand", None),
    ("Officer Kim Lowe was booked Monday and released on bond.", "arrested", "Lowe", None),
    ("Deputy Cole Amos was booked Tuesday.", "arrested", "Amos", None),
    ("Officer Rae Dunn was given a verbal reprimand.", "other", "Dunn", None),
    ("Deputy Ford Kell received a letter of counseling.", "other", "Kell", None),
    ("Garda Aoife Lynch was prosecuted and found guilty of careless driving.", "convicted", "Lynch", None),
    ("Sgt Ann Lowe faced a hearing despite retiring from the force in 2022.", "retired", "Lowe", None),
    ("Sergeant Lyn Ash was jailed despite PC Tom Yew retiring from the force.", "retired", "Yew", None),
    ("Deputy Al Roan was charged in May, weeks after resigning from the department.", "resigned", "Roan", None),
    # ---- round 3 (written after the fixes of rounds 1 and 2, scored before any fix: 17 of 18)
    ("Deputy Hal Brink has since been disciplined and moved to the jail.", "other", "Brink", None),
    ("PC Zoe Adair was handed a police caution after admitting the assault.", "other", "Adair", None),
    ("Officer Cruz Bell was taken off street duty after the complaint.", "suspended", "Bell", None),
    ("The former sergeant, since dismissed, did not attend the hearing.", "dismissed", "sergeant", None),
    ("Inspector Ray Dowd was stood down from operational duties last week.", "suspended", "Dowd", None),
    ("The allegations were admitted by PC Jim Ware at the outset of the hearing.", "misconduct_proven", "Ware", None),
    ("Garda Tom Furey admitted breaching the code of conduct.", "misconduct_proven", "Furey", None),
    ("The officer was found to have breached the standards of professional behaviour for honesty and integrity, "
     "amounting to gross misconduct.", "gross_misconduct_proven", "officer", None),
    ("A disciplinary panel found Sergeant Ed Lane guilty of discreditable conduct.", "misconduct_proven", "Lane", None),
    ("Deputy Kay Moss was pulled from patrol duties pending the review.", "suspended", "Moss", None),
    ("The board gave Deputy Ian Ross a 10-day unpaid suspension.", "suspended", "Ross", None),
    ("Trooper Ann Vale was reprimanded in writing.", "other", "Vale", None),
    ("Sgt Mo Reid, who was forced into early retirement, spoke at the inquest.", "retired", "Reid", None),
    ("PC Ali Noor was subsequently prosecuted for dangerous driving.", "charged", "Noor", None),
    ("The constable has been removed from frontline duties while the inquiry continues.", "suspended", "constable", None),
    ("Chief Rae Hollis was pushed into retirement by the city council.", "retired", "Hollis", None),
    # ---- round 4: UK and Irish discipline words (scored before fixes: 10 of 14 stated, 11 of 11 refused)
    ("Sergeant Ann Pugh received a reduction in rank to constable.", "other", "Pugh", None),
    ("Inspector Leo Hart was reduced in rank after the hearing.", "other", "Hart", None),
    ("Sergeant Ray Cobb was reduced to the rank of constable.", "other", "Cobb", None),
    ("PC Joy Ames was given a final warning.", "final_written_warning", "Ames", None),
    ("Probationer Garda Cian Burke had his services dispensed with by the Commissioner.", "dismissed", "Burke", None),
    ("Constable Rob Lister was discharged from the force in 2019.", "dismissed", "Lister", None),
    ("The panel ruled that PC Dan Foy had committed gross misconduct.", "gross_misconduct_proven", "Foy", None),
    ("A misconduct hearing concluded that DC Amy Lowe's actions amounted to gross misconduct.", "gross_misconduct_proven", "Lowe", None),
    ("PC Ted Rowe was told he would have been dismissed had he not resigned.", "would_have_been_dismissed", "Rowe", None),
    ("Garda Mary Fox was required to retire under the disciplinary regulations.", "retired", "Fox", None),
    ("The tribunal upheld the allegations against Garda Pat Keane.", "misconduct_proven", "Keane", None),
    ("An internal review found Officer Lia Poe did not follow the department's pursuit policy.", "misconduct_proven", "Poe", None),
    ("Deputy Max Hale resigned after being demoted from sergeant to deputy.", "other", "Hale", None),
    ("Former deputy Al Crow was given 90 days in jail.", "jailed", "Crow", None),
]

REFUSED = [
    # ---- cautions, discipline not of an officer or not done
    ("The driver was cautioned for careless driving.", None),
    ("Officers cautioned the teenager for shoplifting.", None),
    ("The chief cautioned against reading too much into the figures.", None),
    ("Sergeant Bo Pike could be disciplined if the allegations are proven.", None),
    ("No officer has been disciplined over the raid, the family said.", None),
    ("The union said officers who speak out are disciplined.", None),
    # ---- participles and gerunds that state nothing done to an officer
    ("The retiring chief thanked the council for its support.", None),
    ("Former workers fired from the plant protested outside city hall.", None),
    ("He is fired up about the new community policing plan.", None),
    ("The suspended sentence was handed to the burglar, not the officer.", None),
    # ---- phrasal steps that are not outcomes
    ("Officer Tia Grove was taken off the case after a week.", None),
    ("The officer was relieved when the suspect dropped the knife.", None),
    ("Firefighters stood down after the blaze was put out.", None),
    ("Sergeant Dale Hume stood down as federation chair to spend time with his family.", "suspended"),
    # ---- panels and tribunals do not convict
    ("The misconduct hearing found the officer guilty of gross misconduct.", "convicted"),
    ("A disciplinary tribunal found Garda Liam Foy guilty of neglect of duty.", "convicted"),
    ("The panel also found him guilty of discreditable conduct.", "convicted"),
    # ---- tallies with no officer
    ("Sustained – allegations 14", None),
    ("Of 23 hearings, three ended in dismissal and five were cases where the officer would have been dismissed if still serving.", None),
    ("Hearings led to three sackings, four final written warnings and five cases where the officer \u201cwould have been dismissed\u201d.", None),
    ("The hearings led to two sackings and six cases in which the officer would have been dismissed had they not left.", None),
    ("Not Sustained – the evidence could neither prove nor disprove the allegation", None),
    ("Sustained: the investigation found the allegation true and action was taken.", None),
    ("Garda Eve Sheehy said the member was in breach of his contract.", None),
    ("Last year 31 gardaí were suspended, and 12 remain suspended.", None),
    # ---- round 2 refusals
    ("The force was fined £250,000 after the custody death.", None),
    # a court's fine is no outcome by the project's convention (tests/nlp/test_outcomes_phrases_refusals.py)
    ("PC Tom Greer was fined £400 at Dundee Sheriff Court for assault.", "other"),
    ("Five jailers who were prosecuted in connection with the beating were sentenced on Friday.", "charged"),
    ("Officers booked to speak at the conference were told to wear uniform.", None),
    ("The hotel was booked Monday for the awards dinner.", None),
    ("The chief said officers would be written up if they missed training.", None),
    ("Garda Aoife Lynch was prosecuted and found guilty of careless driving.", "charged"),
    ("Deputy Lyle Brand could be prosecuted if the evidence supports it.", None),
    ("Officer Ned Sparks was not prosecuted, the district attorney said.", None),
    ("The arbitrator reduced the firing of Officer Cal Dodd to a 20-day suspension.", "dismissed"),
    ("The judge gave Ray Dunne, the driver, a six-month licence suspension.", None),
    ("The chief gave the council a briefing on the suspension policy.", None),
    ("The jury found Deputy Carl Yost guilty of assault.", "misconduct_proven"),
    ("Sgt Ann Lowe said she was considering retiring from the force next year.", None),
    ("The witness was bound over to give evidence.", None),
    ("The chief is thinking about retiring from the force.", None),
    ("Inspector Mo Kerr said she had no plans of resigning from the force.", None),
    # ---- round 3 refusals (scored before fixes: 12 of 14; the two misses fixed: an admitted breach of a
    # speed limit is no finding, "relieved of duty as shift supervisor" is a change of post)
    ("Officers took the man off the street and into custody.", None),
    ("The sergeant stood down the firearms team after the suspect surrendered.", None),
    ("PC Ava Grant cautioned the driver for speeding.", None),
    ("The youth was given a police caution for criminal damage by PC Ava Grant.", "other"),
    ("The inspector said the officers were disciplined professionals.", None),
    ("Residents asked why no officer was disciplined.", None),
    ("Deputy Jo Kerr was taken off guard by the question.", None),
    ("The union said it would fight any move to force him into retirement.", None),
    ("Officer Ben Cole admitted breaching the speed limit in a private car.", "misconduct_proven"),
    ("The suspect admitted breaching his bail conditions.", None),
    ("A jury found Sergeant Hal Ames guilty of assault after a panel hearing last year.", "misconduct_proven"),
    ("The chief gave Officer Dee Holt a commendation and a week off.", None),
    ("Officer Lou Park was relieved of duty as shift supervisor when the new lieutenant arrived.", None),
    # tallies of the new shapes: a count across cases names no officer (passed when written)
    ("Forty-two officers were disciplined last year, figures show.", None),
    ("In 2023, 83 PSNI officers were disciplined for misconduct.", None),
    ("Some 30 gardaí were prosecuted in the past five years.", None),
    ("Eleven constables were given written reprimands in 2022.", None),
    ("Nine officers were taken off frontline duties last year, the force said.", None),
    # ---- round 4 refusals
    ("PC Kay Moon was found to have a case to answer for gross misconduct.", None),
    ("The officer will face a gross misconduct hearing next month.", None),
    ("The panel will decide whether PC Al Gee committed gross misconduct.", None),
    ("Police issued a final warning to drivers using the bus lane.", None),
    ("The Court of Appeal upheld the conviction of the driver.", None),
    ("The IOPC upheld the complaint against the force's handling of the call.", None),
    ("The chief said officers would be reduced in rank if they failed the test.", None),
    ("Residents were given a final warning to move their cars.", None),
    ("Sergeant Ann Pugh faces a reduction in rank if the panel finds against her.", None),
    ("The services were dispensed with after the budget cuts.", None),
]

STORIES = [
    ("PSNI officer cautioned for assault\n\nA PSNI constable has been cautioned for assault following an "
     "Ombudsman investigation. The officer, who has since also been disciplined by the PSNI, struck a man "
     "outside a bar in Newry.",
     [("other", "constable")]),
    ("Former PC jailed\n\nFormer PC Dean Morley has been jailed for two years for misconduct in public office. "
     "Morley, who resigned in 2021 before a misconduct hearing could take place, admitted the offence.",
     [("jailed", "Morley"), ("resigned", "Morley")]),
    ("Deputies fired after jail death\n\nFour Rayburn County deputies were fired on Tuesday. The fired "
     "deputies' former colleagues lined the hall as the sheriff spoke.",
     [("dismissed", "deputies")]),
]

PAGES_COUNTED = [
    # a count of what happened across cases names no officer: no outcome
    ("Suspensions at the force\n\nThe force suspended 31 gardaí in 2021 and 12 of them remain suspended.", "suspended", 0),
]
