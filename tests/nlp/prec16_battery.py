"""Numbers that are not conduct figures, by kind (prec16): the shapes first-sight batch 16's
spurious figures showed. The numbers that mark the items of a request or its answer at the start
of a line, and the reference numbers of a request; the counts of an indictment; measures with a
unit; the page numbers of a table of contents after dot leaders; and the shares of people who
answered a survey. For each kind, sentences near them whose figure must stay, so a refusal
cannot eat real figures.

Written for this battery in US, UK and Irish wording; names, places and bodies are invented.
Published 1 June 2023 (tests/figures_found.py).

REFUSALS: {kind: [texts with no figure]} (run under a misconduct headline).
FIGURES: {kind: [(text, [expected figures])]}; only the keys given are checked.
MISSED: {text: why it fails}.
"""

HEADLINE = "Officers disciplined after misconduct inquiry\n\n"

REFUSALS = {
    "item numbers of a request or its answer": [
        "Request\n\n1 - How many officers were dismissed for gross misconduct in 2022?",
        "Request\n\n2 - Please could you break the figures down by rank.",
        "Questions\n\n3 – Please provide the reasons for each dismissal.",
        "Your request\n\nQ4. How many complaints of misconduct did the force receive in 2021?",
        "Request\n\n5) How many constables were suspended last year?",
        "Response\n\n1. The force does not hold this information.",
        "Request\n\nQuestion 6: How many deputies resigned while under investigation?",
        "Request\n\n7: Please state how many officers were referred to the IOPC.",
        "Request\n\nItem 3 - Please list the outcome of each hearing.",
    ],
    "reference numbers of a request": [
        "FOI 611-23 Misconduct hearings\n\nThe force holds the information you asked for.",
        "Enquiry Reference: 744 -22\n\nBelow is your request and our response.",
        "Our ref: 2023/118\n\nThank you for your request about officers dismissed.",
        "Reference number 4471\n\nYour request about misconduct in the force has been answered.",
        "Freedom of Information Request 905/21\n\nYou asked about gross misconduct hearings.",
        "Request ref 3302-23: misconduct hearings held in public.",
        "Your ref: 88123\n\nThank you for your request about dismissed officers.",
    ],
    "counts of an indictment": [
        "Nine other counts were dismissed as part of the plea deal.",
        "The deputy was indicted on two counts of official misconduct.",
        "Prosecutors dropped the remaining four counts against the former trooper.",
        "The jury acquitted him on three counts and could not agree on a fourth.",
        "He pleaded guilty to one count of bribery; eleven counts were dropped.",
        "The officer faces 14 counts of misconduct in public office.",
        "Three further counts will lie on the file.",
        "The trooper was convicted on five counts of tampering with public records.",
    ],
    "measures with a unit": [
        "He was caught with 250 milligrams of cocaine in his patrol car.",
        "Agents patrol a 1,900-mile (3,000-km) stretch of the border.",
        "The sergeant drove 60 kilometres to the hearing.",
        "Officers seized 12 kilograms of cannabis from the van.",
        "The deputy kept 5 mg of fentanyl in his locker.",
        "The 500-kilometre route was closed by the force.",
        "Police found 30 grams of heroin in the sergeant's car.",
    ],
    "page numbers of a table of contents": [
        "Contents\n\nSection 2: Investigations ........................ 23\n\nSection 3: Discipline ........ 33",
        "Contents\n\nChapter 4 Complaints against officers .......... 41",
        "Contents\n\nMisconduct hearings . . . . . . . . 17",
        "TABLE OF CONTENTS\n\nDisciplinary outcomes .............................. 58",
        "Contents\n\nAppendix B: Dismissals ....... 102",
        "Contents\n\nPart 1 Officers dismissed ................ 9",
    ],
    "survey results": [
        "In a survey commissioned by the watchdog, 38% of those surveyed had no confidence in the complaints system.",
        "Some 41 percent of respondents said they would not complain about an officer.",
        "A poll found that 27% of people polled trusted the police to investigate misconduct.",
        "Of those surveyed, 62% said misconduct hearings should be held in public.",
        "Nearly half of those polled, 46 per cent, thought officers were rarely sacked.",
        "In the survey, 55% of residents questioned said complaints were not taken seriously.",
    ],
}

Y22 = {"period_from": "2022-01-01", "period_to": "2022-12-31"}

FIGURES = {
    "item numbers of a request or its answer": [
        ("Response\n\n1 - In 2022, 14 officers were dismissed for gross misconduct.",
         [{"text": "14", "value": 14.0, "outcome": "dismissed"}]),
        ("Response\n\n12 officers were dismissed for gross misconduct in 2022.",
         [{"text": "12", "value": 12.0, "outcome": "dismissed"}]),
        ("Response\n\nIn 2022 the force dismissed 9 officers for gross misconduct.",
         [{"text": "9", "value": 9.0, "outcome": "dismissed"}]),
        ("Request\n\n1 - How many officers were dismissed?\n\nResponse\n\nIn 2022, 5 officers were dismissed.",
         [{"text": "5", "value": 5.0, "outcome": "dismissed"}]),
    ],
    "reference numbers of a request": [
        ("FOI 611-23\n\nIn 2022, 17 officers were dismissed after misconduct hearings.",
         [{"text": "17", "value": 17.0, "outcome": "dismissed"}]),
        ("Reference: 744-22\n\n8 officers were dismissed for gross misconduct in 2022.",
         [{"text": "8", "value": 8.0, "outcome": "dismissed"}]),
        ("The force received 312 complaints about officers in 2022, reference data show.",
         [{"text": "312", "value": 312.0, "counted": "complaint"}]),
        ("Reference: 744-22\n\nThe force recorded 64 complaints against officers in 2022.",
         [{"text": "64", "value": 64.0, "counted": "complaint"}]),
        ("In one case, 3 were dismissed after a hearing in 2022.",
         [{"text": "3", "value": 3.0, "outcome": "dismissed"}]),
    ],
    "counts of an indictment": [
        ("Two officers were charged with misconduct in public office in 2022.",
         [{"text": "Two", "value": 2.0}]),
        ("Three deputies were indicted on counts of official misconduct in 2022.",
         [{"text": "Three", "value": 3.0}]),
        ("The force counts 45 officers suspended in 2022.",
         [{"text": "45", "value": 45.0, "outcome": "suspended"}]),
    ],
    "measures with a unit": [
        ("The force dismissed 11 officers for drug offences in 2022.",
         [{"text": "11", "value": 11.0, "outcome": "dismissed"}]),
        ("Across the 400-mile border, 23 agents were disciplined for misconduct in 2022.",
         [{"text": "23", "value": 23.0}]),
        ("In 2022, 6 officers were sacked after drugs tests.",
         [{"text": "6", "value": 6.0, "outcome": "dismissed"}]),
        ("He admitted taking 4 kilograms of cannabis; 3 officers were suspended in 2022.",
         [{"text": "3", "value": 3.0, "outcome": "suspended"}]),
    ],
    "page numbers of a table of contents": [
        ("Section 2: Investigations\n\nThe board substantiated 23 allegations of misconduct in 2022.",
         [{"text": "23", "value": 23.0, "counted": "allegation"}]),
        ("Dismissals\n\nIn 2022, 33 officers were dismissed.",
         [{"text": "33", "value": 33.0, "outcome": "dismissed"}]),
        ("Complaints received: 412 in 2022, up from 380 the year before.",
         [{"text": "412", "value": 412.0}, {"text": "380", "value": 380.0}]),
    ],
    "survey results": [
        ("Of the complaints the board closed in 2022, 38% were substantiated.",
         [{"text": "38%", "value": 38.0}]),
        ("In 2022, 41 percent of complaints against officers were upheld.",
         [{"text": "41 percent", "value": 41.0}]),
        ("A review of 200 misconduct cases found 27% ended in dismissal in 2022.",
         [{"text": "200", "value": 200.0}, {"text": "27%", "value": 27.0}]),
        ("Of the 320 complaints made in 2022, 38% were upheld.",
         [{"text": "320", "value": 320.0}, {"text": "38%", "value": 38.0}]),
    ],
}

MISSED = {
    "Of those surveyed, 62% said misconduct hearings should be held in public.":
        "the survey's people open the sentence before the share; a share with no noun of its own is not tied to them",
    "Nearly half of those polled, 46 per cent, thought officers were rarely sacked.":
        "the share restates a part in apposition after the survey's people; not read",
}
