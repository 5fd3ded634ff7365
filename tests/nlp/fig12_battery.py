"""A figure's period, outcome and whether it is a figure at all (fig12), grouped by cause.

Written for this battery before the rules of this branch were changed: short UK, Irish and US
mini-articles with the fields a careful coder gives every figure under SPEC. Names, places and
bodies are invented or varied. Published 1 June 2023 (tests/figures_found.py).

REFUSALS: texts with no figure (run under a misconduct headline).
FIGURES: (text, [expected figures]); only the keys given are checked; the figures found must
be exactly these values, in order.
"""

HEADLINE = "Officers disciplined after misconduct inquiry\n\n"

REFUSALS = [
    # emergency and service numbers
    "Her neighbour called 911 when he saw the officer's car in the yard.",
    "A passer-by dialled 999 and officers arrived within minutes.",
    "The woman rang 999 twice before anyone came.",
    "Residents can report concerns by calling 101 or online.",
    "The dispatcher took the 911 call at 2.14am.",
    "Gardaí received a 999 call from the house shortly after midnight.",
    # half as a word of time, not a share
    "It was the lowest total for the first half of any year since records began.",
    "Complaints fell in the second half of the year, the report said.",
    "The inquiry will report in the latter half of 2024.",
]

Y22 = {"period_from": "2022-01-01", "period_to": "2022-12-31"}
Y21 = {"period_from": "2021-01-01", "period_to": "2021-12-31"}
Y20 = {"period_from": "2020-01-01", "period_to": "2020-12-31"}
NONE = {"period_from": None, "period_to": None}

FIGURES = [
    # a change between two years states the later year's figure, not a span of both
    ("Upheld complaints against Leeds officers fell by more than a third from 2021 to 2022, a report shows.\n\n"
     "The 61 complaints upheld compared to 95 the previous year.",
     [{"value": 61, **Y22}, {"value": 95, **Y21}]),
    ("Sustained findings against Tulsa officers rose sharply from 2020 to 2021.\n\n"
     "The 77 sustained allegations compared with 40 the year before.",
     [{"value": 77, **Y21}, {"value": 40, **Y20}]),
    ("Dismissals at the force doubled between 2021 and 2022, figures show. The force sacked 18 officers, "
     "against nine the year before.",
     [{"value": 18, **Y22}, {"value": 9, **Y21}]),
    ("Misconduct hearings went up from 2020 to 2021 in Cork, and 33 gardaí faced a hearing.",
     [{"value": 33, **Y21}]),
    # a span that is a span stays one
    ("From 2020 to 2022 the force dismissed 27 officers.",
     [{"value": 27, "period_from": "2020-01-01", "period_to": "2022-12-31"}]),
    ("Between 2019 and 2022, a total of 146 officers faced allegations.",
     [{"value": 146, "period_from": "2019-01-01", "period_to": "2022-12-31"}]),
    # a change measured from a year is the change into the year after it
    ("The 2021 summary shows that complaints were up from 2020 by 14%.",
     [{"value": 14, "unit": "percent", **Y21}]),
    ("The annual report shows a 9% decline in complaints from 2021.",
     [{"value": 9, "unit": "percent", **Y22}]),
    ("Use-of-force complaints were down 22% from 2020, the city's report found.",
     [{"value": 22, "unit": "percent", **Y21}]),
    ("Allegations of excessive force rose 31 per cent on 2021, the watchdog said.",
     [{"value": 31, "unit": "percent", **Y22}]),
    # a percentage change restated with "This is" takes the period of the count before it
    ("The Office received 1,210 complaints between April 2022 and September 2022. This is a 12% decrease "
     "in the number of complaints when compared with the same period last year.",
     [{"value": 1210, "period_from": "2022-04-01", "period_to": "2022-09-30"},
      {"value": 12, "period_from": "2022-04-01", "period_to": "2022-09-30"}]),
    ("Officers in Fife were subject to 318 complaints from January to June 2022. That represents a 7% rise "
     "on the same period of 2021.",
     [{"value": 318, "period_from": "2022-01-01", "period_to": "2022-06-30"},
      {"value": 7, "period_from": "2022-01-01", "period_to": "2022-06-30"}]),
    # a year that dates when a still-standing case began is not the period of the counts after it
    ("Figures show one officer suspended in 2015 is still suspended, with three suspended in 2017 also still "
     "off duty. A further 14 were suspended for assault and 9 for dishonesty.",
     [{"value": 1}, {"value": 3}, {"value": 14, **NONE}, {"value": 9, **NONE}]),
    ("Two deputies placed on leave in 2019 remain on leave today. Another 12 are on leave over use-of-force "
     "complaints, and five over dishonesty.",
     [{"value": 2}, {"value": 12, **NONE}, {"value": 5, **NONE}]),
    # a total over a span, with its peak year in a clause after it
    ("Between 2017 and 2022, Lancashire Police recorded 52 officer suspensions in total, peaking at 15 in 2022, "
     "up from just one in 2021.",
     [{"value": 52, "period_from": "2017-01-01", "period_to": "2022-12-31"}, {"value": 15, **Y22},
      {"value": 1, **Y21}]),
    ("Over the five years to 2022 the force suspended 40 officers, up from only one in 2018 to 13 in 2022.",
     [{"value": 40, "period_from": "2018-01-01", "period_to": "2022-12-31"}, {"value": 1},
      {"value": 13, **Y22}]),
    # counts of outcomes in a list of reasons
    ("Eight officers were dismissed in 2022: five for dishonesty, two for sexual misconduct and one for "
     "neglect of duty.",
     [{"value": 8, "outcome": "dismissed"}, {"value": 5}, {"value": 2}, {"value": 1}]),
    # a conduct unit acting is whose figures: its department's when one is named, else its own name
    ("During calendar year 2021, the Professional Standards Division initiated nine internal affairs investigations.",
     [{"value": 9, "org": "Professional Standards Division", **Y21}]),
    ("The Internal Affairs Bureau opened 44 investigations in 2022.",
     [{"value": 44, "org": "Internal Affairs Bureau", **Y22}]),
    ("The Tulsa Police Department's Internal Affairs Unit opened 38 investigations in 2022.",
     [{"value": 38, "org": "Tulsa Police Department"}]),
    ("Figures from the Ohio State Highway Patrol show its Professional Standards Section sustained 17 complaints "
     "in 2021.",
     [{"value": 17, "org": "Ohio State Highway Patrol", "outcome": "misconduct_proven", **Y21}]),
    # a share of a group named before it, not two counts
    ("Of the 30 officers suspended, two out of five of them face criminal charges.",
     [{"value": 30}, {"value": 40, "unit": "percent"}]),
    ("Three out of 10 of those complaints were upheld in 2022.",
     [{"value": 30, "unit": "percent", **Y22}]),
    # discipline as an outcome of its own beside another in its sentence
    ("Beyond the firings, auditors reviewed 96 other disciplinary actions against deputies.",
     [{"value": 96, "outcome": "other"}]),
    # outcomes as counted
    ("While 14 deputies were allowed to retire in lieu of termination in 2022, only two were in 2021.",
     [{"value": 14, "outcome": "retired"}, {"value": 2}]),
    ("Nine officers retired in lieu of dismissal last year.",
     [{"value": 9, "outcome": "retired"}]),
    ("The sheriff's office recorded 140 disciplinary cases and four involuntary resignations in 2022.",
     [{"value": 140}, {"value": 4, "outcome": "resigned"}]),
    ("In 2021 there were 75 cases of discipline and two forced resignations.",
     [{"value": 75, "outcome": "other"}, {"value": 2, "outcome": "resigned"}]),
    ("There were 12 resignations and three retirements of officers under investigation in 2022.",
     [{"value": 12, "outcome": "resigned"}, {"value": 3, "outcome": "retired"}]),
    ("In 17 cases the officers walked away before facing a misconduct hearing.",
     [{"value": 17, "outcome": "resigned"}]),
]

# cases the rules of this branch do not read yet (xfail, strict)
MISSED: set = {
    # "one officer suspended in 2015 ...": a lone "one" with a noun is read as a person of the story
    "Figures show one officer suspended in 2015 is still suspended, with three suspended in 2017 also still "
    "off duty. A further 14 were suspended for assault and 9 for dishonesty.",
}
