"""Whose figures they are when a force's people are counted by the force's own word, and
when a body is named only as the one a meeting was held with (org20): mini-articles written
for this work (Irish, UK, US; none copied from an article or a gold file).

1. 'gardaí' (and 'Garda members') names An Garda Síochána as the counted people's employer
   as '14 Met officers' names the Met: also with describing words between the number and
   the word ('two serving gardaí', 'six more gardaí', '58 suspended Garda members') and
   after 'the number of' ('the number of gardaí suspended rose to 41').
2. 'told a meeting with the Policing Authority that 64 gardaí were suspended', 'said after
   talks with the Scottish Police Authority': the body met with hears the figures; the one
   that told them is whose they are.

Each case is (text, expected) as in org11_battery.py: expected is a list of accepted names
for every figure, or a dict from a figure's number as written to such a list."""

GARDA = ["An Garda Síochána", "Garda Síochána", "Garda"]

# a heading naming no body, then a count of gardaí with words between the number and the word
_PEOPLE = [
    "Two serving gardaí were suspended from duty last month after an inquiry into missing cash.",
    "Six more gardaí have been placed on administrative leave since January.",
    "There are currently 58 suspended Garda members, a reply to a parliamentary question shows.",
    "The number of gardaí on suspension fell to 41 by the end of the year.",
    "The number of gardaí suspended from duty climbed to 73 in 2023.",
    "Nine former gardaí have been convicted of offences since 2019.",
    "Some 14 retired gardaí are still under investigation.",
    "Three off-duty gardaí were arrested after the incident in Limerick.",
    "A total of 212 serving Garda members were disciplined over the five years.",
    "The numbers of gardaí dismissed rose to 11 last year.",
    "Five further gardaí were suspended on Friday.",
    "Four probationer gardaí were let go before attestation.",
    "Eighteen male gardaí and seven female gardaí were disciplined last year.",
    "Another 23 uniformed gardaí were moved to desk duties during the inquiry.",
    "The number of gardai facing disciplinary hearings reached 52 in the year.",
    "In Cork, 16 suspended gardai remain on full pay.",
]
PEOPLE = [("Garda suspensions\n\n" + s, GARDA) for s in _PEOPLE]

# (the body that told the figures, names accepted for it, the body met with, the people counted)
_TELLERS = [
    ("Kent Police", ["Kent Police"], "the Police and Crime Commissioner", "officers"),
    ("Merseyside Police", ["Merseyside Police"], "the Home Office", "officers"),
    ("Police Scotland", ["Police Scotland"], "the Scottish Police Authority", "officers"),
    ("The Garda Commissioner", GARDA, "the Policing Authority", "gardaí"),
    ("The PSNI", ["PSNI"], "the Northern Ireland Policing Board", "officers"),
    ("The Baltimore Police Department", ["Baltimore Police Department"], "the Department of Justice", "officers"),
    ("The Phoenix Police Department", ["Phoenix Police Department"], "the Department of Justice", "officers"),
    ("Essex Police", ["Essex Police"], "the Police, Fire and Crime Commissioner", "officers"),
]
_MEETINGS = [
    "{B} told a meeting with {M} that {N} {P} had been suspended.",
    "{B} said at a meeting with {M} that {N} {P} were on restricted duties.",
    "{B} said after talks with {M} that {N} {P} were suspended.",
]


def _meeting(k: int) -> tuple[str, dict]:
    body, names, met, people = _TELLERS[k % len(_TELLERS)]
    number = str(31 + 4 * k)
    shape = _MEETINGS[k % len(_MEETINGS)]
    return shape.replace("{B}", body).replace("{M}", met).replace("{N}", number).replace("{P}", people), \
        {number: names}


MEETINGS = [_meeting(k) for k in range(16)] + [
    # the body met with named before the count's own body and nearer the number
    ("PIRC said after talks with Police Scotland that it had opened 19 investigations.", ["PIRC"]),
    ("The Home Office, which met with the Police Federation, said 436 officers were dismissed.", ["Home Office"]),
]

# near sentences: the people word is not the head of a count, or the body met with is not the
# nearest one, or the body that spoke is named after the count: the reading is as before
NEAR = [
    ("The number of complaints against gardaí rose to 1,800 last year, GSOC said.", {"1,800": ["GSOC"]}),
    ("GSOC said two serving gardaí had been arrested.", ["GSOC"]),
    ("The Policing Authority said 30 gardaí were suspended, after a meeting with the Commissioner.",
     ["Policing Authority"]),
    ("The IOPC said 45 officers were under investigation, after talks with Kent Police.", ["IOPC"]),
    ("The Department of Justice found 112 complaints had been sustained, after it met with the "
     "Baltimore Police Department.", ["Department of Justice"]),
    ("Kent Police recorded 45 complaints in a year of meetings with residents.", ["Kent Police"]),
    ("Figures published by the Home Office after a meeting with chief constables show 400 officers "
     "were dismissed.", ["Home Office"]),
    ("The Police Ombudsman said 38 officers were investigated, after talks with the PSNI.", ["Police Ombudsman"]),
    ("GSOC received 2,100 complaints about serving gardaí last year.", ["GSOC"]),
    ("The Garda Representative Association said 40 of its members had waited more than a year.",
     ["Garda Representative Association"]),
    ("The Metropolitan Police told a meeting with the London Assembly that 1,071 officers were suspended.",
     ["Met Police", "Metropolitan Police"]),
    ("The Chicago Police Department told a meeting with the city council that 84 officers had been fired.",
     ["Chicago Police Department"]),
    ("The Harris County Sheriff's Office said in talks with the county commissioners that 17 deputies "
     "were suspended.", ["Harris County Sheriff's Office"]),
    ("The Policing Authority said after a meeting with the Minister that it had examined 26 reports.",
     ["Policing Authority"]),
    ("Eight serving gardaí were among those questioned, GSOC said.", ["GSOC"]),
    ("Members of the Policing Authority met 12 senior gardaí, the Authority said.", ["Policing Authority"]),
    ("Nine former gardaí, the GRA said, are still awaiting hearings.", ["Garda Representative Association", "GRA"]),
]

CASES = PEOPLE + MEETINGS + NEAR
