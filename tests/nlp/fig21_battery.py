"""The conduct of a count of officers given as its cause, past the words that stand between (fig21).

Mechanism: a count of officers with an outcome ("fired", "were suspended", "charges against")
and a cause after it that the lexicon has no word for ("for throwing litter", "following a
drinking session", "over the death of a man") is a count of that other conduct, never of every
kind. The cause is read past what may stand between the count and it:
MODIFIERS: words that qualify the people, hyphened ones too ("two on-duty police officers",
"three serving Met Police officers", "four off-duty Garda members");
JOINED: the cause after the last of outcome counts joined by "and" is the cause of each
("fired five officers and suspended three others following ...", "Five were dismissed and two
were demoted over ...");
OTHERS: the people left to the story ("suspended three others after ...", "two more were sacked
over ...");
AGAINST: an outcome's noun before them in the active voice ("filed charges against six officers
over ...", "brought proceedings against four constables after ...");
EVENTS: one event named as the cause, with "the ... of" ("over the death of a man", "following
the shooting of a teenager", "after the beating of a prisoner");
PLACES: where the people serve, named between ("six officers in Baltimore over ...").
KEEPS: near sentences that must keep every kind: a general cause ("for misconduct"), a process
("following an investigation"), a time ("for the rest of the year", "over the course of 2022"),
a frame ("after the publication of the report"), no cause at all, or a count of complaints.

Written for this battery, in our own words: short UK, Irish and US texts; places, bodies and
people are invented. Published 1 June 2023 (tests/figures_found.py); each text follows LEAD, a
sentence with no count, no body and no date of its own. Each case: (text, [expected figures]);
only the keys given are checked, in order.
"""

LEAD = "Police conduct figures published\n\nThe figures were released on Monday. "


def _f(*rows):
    """Rows of (value, {field: expected}), one a figure, in the order the text gives them."""
    return [{"value": v, **fields} for v, fields in rows]


def _other(*values):
    return _f(*((v, {"category": "other"}) for v in values))


def _all(*values):
    return _f(*((v, {"category": "all"}) for v in values))


MODIFIERS = [
    ("Two on-duty police officers have been found guilty of dumping rubbish in a park.", _other(2)),
    ("Three off-duty constables were sacked for brawling outside a pub.", _other(3)),
    ("Four off-duty Garda members were convicted of assaulting a doorman.", _other(4)),
    ("Two serving Met Police officers were dismissed for sharing offensive images.", _other(2)),
    ("Five veteran sheriff's deputies were fired for sleeping in their cruisers.", _other(5)),
    ("Six young volunteer special constables were disciplined for skipping shifts.", _other(6)),
    ("Three long-serving traffic officers were found guilty of falsifying speed records.", _other(3)),
    ("Two high-ranking county police officers were suspended over a leaked video.", _other(2)),
]

JOINED = [
    ("The council fired five officers and suspended three others following a drinking session.",
     _other(5, 3)),
    ("Five officers were dismissed and two were demoted over a racist group chat.", _other(5, 2)),
    ("The chief sacked four deputies and suspended two following a brawl at a wedding.", _other(4, 2)),
    ("Seven gardaí were suspended and three were demoted after a row at a checkpoint.", _other(7, 3)),
    ("The force dismissed six constables and demoted four over a betting ring.", _other(6, 4)),
    ("The department terminated three officers and suspended five after a party at the station.",
     _other(3, 5)),
]

OTHERS = [
    ("The sheriff suspended three others after a fight in the jail kitchen.", _other(3)),
    ("Two more were sacked over offensive messages.", _other(2)),
    ("The force has dismissed four others following a crash on the motorway.", _other(4)),
    ("The chief placed five others on administrative leave after a chase through a school zone.", _other(5)),
    ("Investigators said six more were suspended for running a side business.", _other(6)),
]

AGAINST = [
    ("The prosecutor filed charges against six officers over a botched raid.", _other(6)),
    ("The State brought proceedings against four constables after a fight in a car park.", _other(4)),
    ("The county took action against three deputies following a prank on a prisoner.", _other(3)),
    ("Prosecutors dropped charges against two troopers over a roadside stop.", _other(2)),
    ("The chief imposed sanctions against five officers after a game of dice on duty.", _other(5)),
]

EVENTS = [
    ("Six officers were charged over the death of a young man in custody.", _other(6)),
    ("The department fired two officers following the killing of a teenager.", _other(2)),
    ("Three gardaí were suspended after the beating of a prisoner.", _other(3)),
    ("Four officers were disciplined over the handling of a missing-person report.", _other(4)),
    ("Two deputies were indicted in connection with the killing of a motorist.", _other(2)),
    ("Five constables were sacked after the arrest of a schoolgirl.", _other(5)),
    ("The force suspended seven officers over the treatment of a man with autism.", _other(7)),
]

PLACES = [
    ("The prosecutor filed charges against six officers in Millbrook over a botched raid.", _other(6)),
    ("Four officers in Kilbarron were suspended over a card game in the station.", _other(4)),
    ("Three deputies from Pine County were fired after a chase through a campsite.", _other(3)),
]

KEEPS = [
    ("Two on-duty police officers have been found guilty of misconduct.", _all(2)),
    ("Three off-duty constables were sacked for gross misconduct last year.", _all(3)),
    ("The council fired five officers and suspended three others following an investigation.",
     _all(5, 3)),
    ("The force dismissed 45 officers and suspended 12 others last year.", _all(45, 12)),
    ("Five officers were dismissed and two were demoted after a misconduct hearing.", _all(5, 2)),
    ("The sheriff suspended three others for the rest of the year.", _all(3)),
    ("The chief suspended four officers over the course of 2022.", _all(4)),
    ("The force dismissed 31 officers after the publication of the report.", _all(31)),
    ("Charges against 30 officers were dropped in 2022.", _all(30)),
    ("The prosecutor filed charges against six officers in 2021.", _all(6)),
    ("The force sacked 45 officers in London last year.", _all(45)),
    ("Four officers in Kilbarron were suspended pending a review.", _all(4)),
    ("The force received 300 complaints over the death of a man in custody.", _all(300)),
    ("Two more were sacked for misconduct.", _all(2)),
    ("Seven gardaí were suspended and three were demoted after a disciplinary process.", _all(7, 3)),
    ("The force dismissed six serving constables for misconduct in 2022.", _all(6)),
    ("Six officers were charged over the end of the year.", _all(6)),
]

# cases read later: a case here fails until what it needs is read (figures_found.battery_cases)
MISSED: dict = {}
