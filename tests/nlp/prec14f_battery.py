"""Numbers that are not conduct figures, by kind (prec14f): ages and service, money, counts
of charges, case and statute numbers, times and addresses, people who are not the counted
officers, workforce and survey sizes, days and shots, list numbering, phone numbers, the
furniture of a page, and things seized or written. For each kind, sentences near them whose
figure must stay, so a refusal cannot eat real figures.

Written for this battery before the rules of this branch were changed, in US, UK and Irish
wording; names, places and bodies are invented. Published 1 June 2023 (tests/figures_found.py).

REFUSALS: {kind: [texts with no figure]} (run under a misconduct headline).
FIGURES: {kind: [(text, [expected figures])]}; only the keys given are checked.
MISSED: {text: why it failed when the battery was written}.
"""

HEADLINE = "Officers disciplined after misconduct inquiry\n\n"

Y22 = {"period_from": "2022-01-01", "period_to": "2022-12-31"}

REFUSALS = {
    "ages and service": [
        "Officer Dana Reyes, 34, a nine-year veteran of the department, was fired on Tuesday.",
        "The sergeant, aged 52, had served with the force for 27 years before he was dismissed.",
        "Garda Tom Kelly (41), who has 18 years' service, was suspended from duty.",
        "A 15-year veteran of the sheriff's office resigned amid an internal affairs investigation.",
        "The trooper, who joined the state police 12 years ago, was charged with official misconduct.",
        "PC Lee Hart, who had 22 years of service with the Met, was sacked for gross misconduct.",
    ],
    "money": [
        "The city paid $1.2 million to settle the lawsuit brought by the man's family.",
        "He was fined £500 and ordered to pay £250 in costs.",
        "The garda was fined €2,000 at Cork District Court.",
        "The deputy was accused of stealing $4,300 from a suspect's car.",
        "The constable claimed £18,000 in overtime he had not worked, the panel heard.",
    ],
    "counts of charges": [
        "The officer pleaded guilty to two counts of misconduct in public office.",
        "Deputy Ray Mott faces three charges of official oppression and one of tampering with evidence.",
        "He was convicted on Count 3 and acquitted on Counts 1 and 2.",
        "The garda denies four counts of assault causing harm.",
        "The trooper was indicted on 11 felony counts, including theft and forgery.",
    ],
    "case and statute numbers": [
        "The deputy was charged under Section 39 of the Offences Against the Person Act.",
        "The complaint, case number 2021-0457, was closed without a finding.",
        "He was charged with a violation of 18 U.S.C. 242, deprivation of rights under color of law.",
        "The ruling in docket No. 22-1187 upheld the officer's dismissal.",
        "The sergeant breached Regulation 5 of the Garda Síochána (Discipline) Regulations 2007.",
        "Under General Order 52, the chief assigns every complaint to an investigator.",
    ],
    "times and addresses": [
        "The shooting happened at about 2:30 a.m. outside 1400 Main Street.",
        "Officers were called to a house on 23rd Avenue at 11 p.m.",
        "The incident took place at 14 Castle Road, Dundalk, shortly after midnight.",
        "The constable was seen leaving the flat in Flat 4, 27 Mill Lane at 6.15pm.",
        "The trooper stopped the car near mile marker 112 on Interstate 95.",
    ],
    "people who are not the officers": [
        "The deputy was accused of assaulting three inmates at the county jail.",
        "Investigators interviewed 40 witnesses and reviewed footage from 12 cameras.",
        "Officers responded to 2,300 calls for service in the month.",
        "The unit made 412 arrests and carried out 900 traffic stops last year.",
        "Six victims came forward after the sergeant was charged.",
        "More than 200 residents signed a petition calling for the chief to resign.",
        "The survey of 1,100 people found that most trusted the gardaí.",
        "Two other people, a man and a woman, were also charged in the scheme.",
    ],
    "workforce and survey sizes": [
        "The department employs about 2,700 sworn officers and 900 civilians.",
        "Police Scotland had a total of 16,800 officers at the end of March.",
        "That is a small share of the 14,000 gardaí who were serving at the time.",
        "The survey was sent to 6,000 officers, and 1,200 responded.",
        "The force is recruiting 300 new constables this year.",
        "The county's jail system has 1,500 correctional staff across four facilities.",
    ],
    "days and shots": [
        "The officer fired 16 shots at the car as it drove away.",
        "The deputy was placed on leave for 30 days while the shooting was reviewed.",
        "The garda was suspended for three weeks pending the outcome of the inquiry.",
        "The hearing lasted five days and the panel deliberated for two hours.",
        "Officers fired a total of 41 rounds during the confrontation.",
    ],
    "list numbering": [
        "1. The officer failed to report the use of force.",
        "Step 2: the complaint is assigned to an investigator.",
        "Part 3 of the report covers the force's vetting of recruits.",
        "Chapter 4 sets out how complaints against gardaí are handled.",
        "Recommendation 7 asks the department to publish its discipline records.",
    ],
    "phone numbers": [
        "Anyone with information should call 101 or Crimestoppers on 0800 555 111.",
        "Call the internal affairs hotline at 555-867-5309 to report misconduct.",
        "Witnesses are asked to contact Gardaí at 01 666 0000.",
        "To file a complaint, call (312) 555-0147 or email the office.",
        "Contact GSOC on 1890 600 800 with any concerns.",
    ],
    "page furniture": [
        "Posted by LawWatcher | 14 comments",
        "Share this article: 212 shares",
        "Replies: 3 | Views: 1,204",
        "Page 2 of 5",
        "Read more: 10 things to know about police discipline",
    ],
    "things seized or written": [
        "Investigators found 3 cans of tobacco and 2 phones in the officer's locker.",
        "More than 2,000 statements were taken in the course of the investigation.",
        "The newsroom has obtained 27,000 pages of records from 290 agencies.",
        "The department put out two reports on Wednesday about its internal affairs unit.",
        "The sergeant sent 140 messages to the woman over six months.",
    ],
}

FIGURES = {
    "ages and service": [
        ("In 2022, 14 officers with more than 20 years of service were disciplined.",
         [{"text": "14", "value": 14.0, "counted": "officer"}]),
        ("The force dismissed 9 officers in 2022, the youngest aged 23.",
         [{"text": "9", "value": 9.0, "outcome": "dismissed", **Y22}]),
        ("Officer Reyes, 34, was among 12 officers fired by the department in 2022.",
         [{"text": "12", "value": 12.0, "outcome": "dismissed"}]),
    ],
    "money": [
        ("The city paid $3 million in 2022 to settle 41 complaints of excessive force.",
         [{"text": "41", "value": 41.0, "counted": "complaint"}]),
        ("In 2022, 7 officers were fined, most of them £500 or less.",
         [{"text": "7", "value": 7.0, "counted": "officer"}]),
        ("Six gardaí were docked pay in 2022 for neglect of duty.",
         [{"text": "Six", "value": 6.0, "counted": "officer"}]),
    ],
    "counts of charges": [
        ("Three officers were charged with misconduct in public office in 2022.",
         [{"text": "Three", "value": 3.0, "counted": "officer", "outcome": "charged"}]),
        ("In 2022, 17 deputies faced criminal charges, court records show.",
         [{"text": "17", "value": 17.0, "counted": "officer"}]),
        ("The force received 320 allegations of discreditable conduct in 2022.",
         [{"text": "320", "value": 320.0, "counted": "allegation"}]),
    ],
    "case and statute numbers": [
        ("Under Section 102, GSOC opened 58 investigations into gardaí in 2022.",
         [{"text": "58", "value": 58.0, "counted": "investigation"}]),
        ("In 2022, 11 officers were charged under 18 U.S.C. 242.",
         [{"text": "11", "value": 11.0, "counted": "officer"}]),
        ("The board closed 230 cases in 2022 under Rule 4.",
         [{"text": "230", "value": 230.0, "counted": "case"}]),
    ],
    "times and addresses": [
        ("At 9 a.m. on Monday the department said 6 officers had been suspended.",
         [{"text": "6", "value": 6.0, "counted": "officer", "outcome": "suspended"}]),
        ("The precinct on 23rd Avenue had 44 complaints of misconduct in 2022.",
         [{"text": "44", "value": 44.0, "counted": "complaint"}]),
        ("Officers at the station on Castle Road faced 19 complaints in 2022.",
         [{"text": "19", "value": 19.0, "counted": "complaint"}]),
    ],
    "people who are not the officers": [
        ("In 2022, the board received 14 complaints from residents about officers' conduct.",
         [{"text": "14", "value": 14.0, "counted": "complaint"}]),
        ("Inmates filed 230 complaints against correction officers in 2022.",
         [{"text": "230", "value": 230.0, "counted": "complaint"}]),
        ("Five deputies were disciplined in 2022 for assaulting inmates.",
         [{"text": "Five", "value": 5.0, "counted": "officer"}]),
    ],
    "workforce and survey sizes": [
        ("The department, which employs about 2,700 officers, fired 23 of them in 2022.",
         [{"text": "about 2,700", "value": 2700.0}, {"text": "23", "value": 23.0, "outcome": "dismissed"}]),
        ("In 2022, 45 gardaí were suspended, out of a force of 14,000.",
         [{"text": "45", "value": 45.0, "outcome": "suspended"}]),
        ("A survey found 27% of officers had seen a colleague use excessive force.",
         [{"text": "27%", "value": 27.0, "unit": "percent"}]),
    ],
    "days and shots": [
        ("Three officers fired their weapons and were suspended in 2022.",
         [{"text": "Three", "value": 3.0, "counted": "officer"}]),
        ("In 2022, 12 deputies were suspended for 30 days or more.",
         [{"text": "12", "value": 12.0, "outcome": "suspended"}]),
        ("In 2022, 9 officers were investigated after shooting at suspects.",
         [{"text": "9", "value": 9.0, "counted": "officer"}]),
    ],
    "list numbering": [
        ("1. In 2022, 31 officers were dismissed for gross misconduct.",
         [{"text": "31", "value": 31.0, "outcome": "dismissed"}]),
        ("Step 2: in 2022 the unit referred 84 cases to prosecutors.",
         [{"text": "84", "value": 84.0}]),
        ("Chapter 4 shows that 62 complaints against gardaí were upheld in 2022.",
         [{"text": "62", "value": 62.0, "counted": "complaint"}]),
    ],
    "phone numbers": [
        ("The hotline received 512 complaints about officers in 2022; call 555-867-5309.",
         [{"text": "512", "value": 512.0, "counted": "complaint"}]),
        ("Call 0800 555 111: in 2022, 90 officers were reported through the line.",
         [{"text": "90", "value": 90.0}]),
        ("GSOC, on 1890 600 800, received 2,000 complaints in 2022.",
         [{"text": "2,000", "value": 2000.0, "counted": "complaint"}]),
    ],
    "page furniture": [
        ("14 officers sacked for misconduct in 2022",
         [{"text": "14", "value": 14.0, "outcome": "dismissed"}]),
        ("Posted by LawWatcher. In 2022, 27 deputies were fired.",
         [{"text": "27", "value": 27.0, "outcome": "dismissed"}]),
        ("Page 2: the force upheld 38 complaints in 2022.",
         [{"text": "38", "value": 38.0, "counted": "complaint"}]),
    ],
    "things seized or written": [
        ("Investigators took 2,000 statements, and 36 files were sent to the DPP in 2022.",
         [{"text": "36", "value": 36.0}]),
        ("The department put out two reports showing 88 officers were disciplined in 2022.",
         [{"text": "88", "value": 88.0, "counted": "officer"}]),
        ("Records from 290 agencies show 1,400 officers were decertified between 2015 and 2022.",
         [{"text": "1,400", "value": 1400.0, "outcome": "barred"}]),
    ],
}

MISSED = {
    "He was convicted on Count 3 and acquitted on Counts 1 and 2.": "a count's label number read as a count",
    "He was charged with a violation of 18 U.S.C. 242, deprivation of rights under color of law.":
        "a title number before a code's name read as a count",
    "Under General Order 52, the chief assigns every complaint to an investigator.": "an order's number read as a count",
    "The constable was seen leaving the flat in Flat 4, 27 Mill Lane at 6.15pm.": "a flat's number read as a count",
    "Two other people, a man and a woman, were also charged in the scheme.":
        "other people beside the officers read as officers",
    "Police Scotland had a total of 16,800 officers at the end of March.": "a workforce stated as a total",
    "That is a small share of the 14,000 gardaí who were serving at the time.": "a workforce of those serving",
    "The survey was sent to 6,000 officers, and 1,200 responded.": "a survey's sample and its replies",
    "Witnesses are asked to contact Gardaí at 01 666 0000.": "a phone number with a two-digit area code",
    "More than 2,000 statements were taken in the course of the investigation.": "statements taken are not conduct",
    "The department put out two reports on Wednesday about its internal affairs unit.":
        "reports published read as reports of misconduct",
    "In 2022, 11 officers were charged under 18 U.S.C. 242.": "a title number before a code's name read as a count",
    "The department, which employs about 2,700 officers, fired 23 of them in 2022.":
        "a workforce after 'employs' is refused even when a later count is a part of it",
    "GSOC, on 1890 600 800, received 2,000 complaints in 2022.": "a phone number's groups read as counts",
    "Investigators took 2,000 statements, and 36 files were sent to the DPP in 2022.":
        "statements taken are not conduct",
    "The department put out two reports showing 88 officers were disciplined in 2022.":
        "reports published read as reports of misconduct",
}
