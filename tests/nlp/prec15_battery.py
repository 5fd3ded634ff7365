"""Numbers that are not conduct figures, by kind (prec15): the kinds the spurious figures of
first-sight batches 6-14 and eval2 showed in two or more batches that earlier precision work
had not refused. Units and offices of an organisation, the parts of a scheme or a list of
categories, the public's encounters with police and crimes reported, people who sit on a panel
or help an inquiry or are told its result, and numbers that name a law, an order or a section.
For each kind, sentences near them whose figure must stay, so a refusal cannot eat real figures.

Written for this battery in US, UK and Irish wording; names, places and bodies are invented.
Published 1 June 2023 (tests/figures_found.py).

REFUSALS: {kind: [texts with no figure]} (run under a misconduct headline).
FIGURES: {kind: [(text, [expected figures])]}; only the keys given are checked.
MISSED: {text: why it fails}.
"""

HEADLINE = "Officers disciplined after misconduct inquiry\n\n"

Y22 = {"period_from": "2022-01-01", "period_to": "2022-12-31"}

REFUSALS = {
    "units and offices of an organisation": [
        "The bureau runs 98 prisons, 5 regional offices and 3 staff training centers.",
        "Most of the files came from Troop K, one of the state police's eleven troops.",
        "The records cover 412 of these agencies, the group said.",
        "The Met's 12 basic command units were merged into larger commands last year.",
        "The force has 21 commands and two training centres.",
        "The city's 77 precincts each keep their own complaint logs.",
    ],
    "parts of a scheme": [
        "The vetting process has three parts:",
        "The prosecution test has two stages: the evidential stage and the public interest stage.",
        "Under the heading of excessive force there are now 20 subcategories, from a push to a dog bite.",
        "For the first time the annual report gives data on 65 complaint allegation subcategories.",
        "The reform programme will run in four phases over the next two years.",
        "The strategy rests on five pillars, including training and supervision.",
    ],
    "the public's encounters and crimes": [
        "The board notes that the number of stop-and-frisk encounters is down by 22 percent.",
        "That is one complaint for every 1,591 citizen contacts.",
        "Fewer than one in 60 reported rapes resulted in a charge, the report found.",
        "Officers logged 48,000 encounters with the public in 2022.",
        "Deputies had 210,000 contacts with residents last year, the sheriff said.",
        "There were 1,950 reported rapes in the force area in 2022.",
        "There were 1,950 rapes reported to the force in 2022.",
    ],
    "people beside the inquiry": [
        "The chief constable, who sat with two independent members on the panel, allowed the officer anonymity.",
        "The tribunal is made up of a chairman and two lay members.",
        "Two accountants, seconded from the tax office, joined the investigation team.",
        "The prosecution service has told four families what it decided on their files.",
        "The officer then spoke to the two young people about the allegations against them.",
        "Three panel members heard the case over five days.",
    ],
    "numbers that name a law, an order or a section": [
        "The chief then names an investigator to look into the complaint (GO 52 III C).",
        "He was convicted of civil rights violations under 18 USC §§ 241 & 242 and sentenced to 10 years.",
        "The records were released after the repeal of Civil Rights Law 50-a in 2020.",
        "The deputy was charged under §§ 16-11-101 and 16-11-102 of the state code.",
        "Under G.O. 14 every use of force must be reported to a supervisor.",
        "The answers to requests 6 to 8 are withheld under Section 40 of the Act.",
        "We refuse Items 2 - 5 of your request because they would identify officers.",
    ],
}

FIGURES = {
    "units and offices of an organisation": [
        ("Troop K recorded 14 sustained complaints against troopers in 2022.",
         [{"text": "14", "value": 14.0, "counted": "complaint", **Y22}]),
        ("Of these officers, 12 were suspended in 2022.",
         [{"text": "12", "value": 12.0, "outcome": "suspended"}]),
        ("Staff at the training centres faced 9 complaints of misconduct in 2022.",
         [{"text": "9", "value": 9.0, "counted": "complaint"}]),
    ],
    "parts of a scheme": [
        ("The report counts 65 complaint allegations of excessive force in 2022.",
         [{"text": "65", "value": 65.0, "counted": "allegation"}]),
        ("At the second stage of the inquiry, 12 officers were served misconduct notices in 2022.",
         [{"text": "12", "value": 12.0, "counted": "officer"}]),
        ("In 2022 the board upheld 20 allegations of excessive force.",
         [{"text": "20", "value": 20.0, "counted": "allegation"}]),
    ],
    "the public's encounters and crimes": [
        ("Complaints about stop-and-frisk encounters fell by 22 percent in 2022.",
         [{"text": "22 percent", "value": 22.0, "unit": "percent"}]),
        ("The board received 310 complaints about encounters with officers in 2022.",
         [{"text": "310", "value": 310.0, "counted": "complaint"}]),
        ("In 2022, 6 officers were investigated over reported rapes.",
         [{"text": "6", "value": 6.0, "counted": "officer"}]),
        ("The database lists 140 alleged rapes by officers in 2022.",
         [{"text": "140", "value": 140.0}]),
    ],
    "people beside the inquiry": [
        ("A panel of two independent members dismissed three officers in 2022.",
         [{"text": "three", "value": 3.0, "outcome": "dismissed"}]),
        ("Two members of the force were dismissed in 2022 for falsifying records.",
         [{"text": "Two", "value": 2.0, "outcome": "dismissed"}]),
        ("In 2022, 14 gardaí were suspended after families complained about their conduct.",
         [{"text": "14", "value": 14.0, "counted": "officer", "outcome": "suspended"}]),
    ],
    "numbers that name a law, an order or a section": [
        ("Under 18 USC § 242, 14 officers were charged in 2022.",
         [{"text": "14", "value": 14.0, "outcome": "charged"}]),
        ("Law enforcement agencies fired 12 officers for misconduct in 2022.",
         [{"text": "12", "value": 12.0, "outcome": "dismissed"}]),
        ("The Law Society received 33 complaints about police lawyers in 2022.",
         [{"text": "33", "value": 33.0, "counted": "complaint"}]),
        ("In answer to request 3, 12 officers were dismissed in 2022.",
         [{"text": "12", "value": 12.0, "outcome": "dismissed"}]),
    ],
}

MISSED: dict[str, str] = {}
