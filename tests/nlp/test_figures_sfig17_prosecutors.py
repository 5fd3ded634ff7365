"""Whose a count of defendants is (sfig17): a prosecutor is not.

A prosecutor's release, or a report of one, counts the people a case charged or a court
sentenced ("A grand jury indicted five deputies, the U.S. Attorney said"). That count belongs to
the case, not to the prosecutor's statistics: the figure has no owner. The shapes vary the
prosecutor (U.S. Attorney, a county prosecutor's office, an attorney general's office, the US
Department of Justice), where it stands (subject, "... said" after, "according to"), the court
step (indicted, charged, arraigned, pleaded or pled guilty, convicted, sentenced, acquitted) and
its tense. Beside them, counts that keep their owner: a prosecutor's own counts with no court
step (investigations opened, complaints received, cases declined) or with a period stated (a
tally: "charged since 2019", "indicted this year"), a force's or a watchdog's
count of its charged officers, and Ireland's Department of Justice, a ministry answering for
garda figures. Written for this battery; bodies and places are invented or generic.
Published 1 June 2023 (tests/figures_found.py).
"""

import pytest

from figures_found import battery_cases, mismatches

HEADLINE = "Officers charged after corruption inquiry\n\n"

DEFENDANTS = [
    ("A federal grand jury indicted five former deputies on civil rights charges, the U.S. Attorney's Office said.",
     [{"value": 5, "org": None}]),
    ("The U.S. Attorney charged seven officers with taking bribes from drug dealers.",
     [{"value": 7, "org": None}]),
    ("Twelve jail guards were sentenced to prison on Monday, the U.S. Attorney said.",
     [{"value": 12, "org": None}]),
    ("Three troopers pleaded guilty to fraud, the U.S. Attorney's Office announced.",
     [{"value": 3, "org": None}]),
    ("Federal prosecutors said 18 officers were indicted in the overtime scheme, according to the U.S. Attorney.",
     [{"value": 18, "org": None}]),
    ("The U.S. Department of Justice announced that six guards had pleaded guilty to beating inmates.",
     [{"value": 6, "org": None}]),
    ("The Hampton County Prosecutor's Office said four officers were arraigned on Friday.",
     [{"value": 4, "org": None}]),
    ("Two former officers were sentenced to 10 years in prison, the US Attorney's Office said.",
     [{"value": 2, "org": None}]),
    ("The Attorney General's Office indicted eight correctional officers on smuggling charges.",
     [{"value": 8, "org": None}]),
    ("The US Attorney said 11 officers had been convicted since the inquiry began.",
     [{"value": 11, "org": None}]),
    ("The United States Attorney's Office said nine deputies had been charged with extortion.",
     [{"value": 9, "org": None}]),
    ("Nine deputies were charged with extortion, the United States Attorney's Office said.",
     [{"value": 9, "org": None}]),
    ("According to the U.S. Attorney's Office, 14 officers have pleaded guilty in the scheme.",
     [{"value": 14, "org": None}]),
    ("The U.S. Attorney's Office has charged 22 current and former officers in the case.",
     [{"value": 22, "org": None}]),
    ("Four former officers were convicted at trial, the U.S. Justice Department said.",
     [{"value": 4, "org": None}]),
    ("The US Department of Justice charged three deputies with violating a prisoner's civil rights.",
     [{"value": 3, "org": None}]),
    ("The Washtenaw County Prosecutor's Office charged five deputies with misconduct in office.",
     [{"value": 5, "org": None}]),
    ("Six officers were arraigned on bribery charges, the Marlow County Prosecutor's Office said.",
     [{"value": 6, "org": None}]),
    ("The Attorney General's Office said three troopers had pleaded guilty to falsifying records.",
     [{"value": 3, "org": None}]),
    ("Two deputies were indicted by a grand jury, the Attorney General's Office said.",
     [{"value": 2, "org": None}]),
    ("The U.S. Attorney for the district said eight officers were charged in the drug case.",
     [{"value": 8, "org": None}]),
    ("In all, 13 officers were convicted, the U.S. Attorney's Office said on Friday.",
     [{"value": 13, "org": None}]),
    ("The US Attorney announced that seven guards were sentenced for smuggling contraband.",
     [{"value": 7, "org": None}]),
    ("Federal prosecutors with the U.S. Attorney's Office indicted 10 officers on Tuesday.",
     [{"value": 10, "org": None}]),
    ("The U.S. Attorney said four more officers would be charged in the coming weeks.",
     [{"value": 4, "org": None}]),
    ("A total of 16 officers have now been convicted, the U.S. Attorney's Office said.",
     [{"value": 16, "org": None}]),
    ("Five deputies pled guilty to civil rights offences, the U.S. Attorney said.",
     [{"value": 5, "org": None}]),
    ("The U.S. Attorney's Office said two troopers were acquitted of all charges.",
     [{"value": 2, "org": None}]),
    ("The Hollin County Prosecutor's Office said nine officers were indicted for overtime fraud.",
     [{"value": 9, "org": None}]),
    ("Eleven officers were charged with fraud, the Attorney General's Office said.",
     [{"value": 11, "org": None}]),
    ("Three former officers were sentenced on Wednesday, the US Department of Justice said.",
     [{"value": 3, "org": None}]),
    ("Eight guards were indicted, according to the U.S. Justice Department.",
     [{"value": 8, "org": None}]),
    ("The U.S. Attorney's Office charged 25 jail officers with racketeering.",
     [{"value": 25, "org": None}]),
    ("The United States Attorney said six officers were convicted of extortion.",
     [{"value": 6, "org": None}]),
    ("The Kerran County Prosecutor's Office charged two officers with assault after the video emerged.",
     [{"value": 2, "org": None}]),
    ("Seven deputies were convicted of civil rights crimes, the U.S. Department of Justice said.",
     [{"value": 7, "org": None}]),
    ("The U.S. Attorney's Office said four more deputies had pleaded guilty.",
     [{"value": 4, "org": None}]),
    ("Nine correctional officers were charged with smuggling, the U.S. Attorney said.",
     [{"value": 9, "org": None}]),
    ("The Tarrow County Prosecutor's Office said three officers were indicted for perjury.",
     [{"value": 3, "org": None}]),
    ("The Attorney General's Office said 12 officers were charged over the cover-up.",
     [{"value": 12, "org": None}]),
]

OWN_COUNTS = [
    ("The U.S. Attorney's Office said 20 officers were indicted this year.",
     [{"value": 20, "org": "U.S. Attorney"}]),
    ("The U.S. Attorney's Office said 30 officers had been charged since 2019.",
     [{"value": 30, "org": "U.S. Attorney"}]),
    ("The Metro Police Department said 12 of its officers were charged last year.",
     [{"value": 12, "org": "Metro Police Department"}]),
    ("The U.S. Attorney's Office opened 40 investigations into officers last year.",
     [{"value": 40, "org": "U.S. Attorney"}]),
    ("The U.S. Attorney's Office received 55 complaints about officers in 2022.",
     [{"value": 55, "org": "U.S. Attorney"}]),
    ("More than 40 members of An Garda Síochána have been convicted, the Department of Justice said.",
     [{"value": 40, "org": "Department of Justice"}]),
    ("The Kessler Police Department fired nine officers who were charged with crimes.",
     [{"value": 9, "org": "Kessler Police Department"}]),
    ("The U.S. Attorney's Office reviewed 120 cases of police misconduct in 2022.",
     [{"value": 120, "org": "U.S. Attorney"}]),
    ("The Hampton County Sheriff's Office said four deputies were arrested and charged.",
     [{"value": 4, "org": "Hampton County Sheriff's Office"}]),
    ("The U.S. Attorney's Office declined 30 cases against officers in 2022.",
     [{"value": 30, "org": "U.S. Attorney"}]),
    ("The IOPC said 12 officers were charged with criminal offences after its investigations.",
     [{"value": 12, "org": "IOPC"}]),
    ("The Marlow Police Department said seven officers were indicted last year.",
     [{"value": 7, "org": "Marlow Police Department"}]),
    ("The U.S. Attorney's Office sent 18 referrals to state agencies in 2022.",
     [{"value": 18, "org": "U.S. Attorney"}]),
    ("The Attorney General's Office reviewed 45 complaints about police in 2022.",
     [{"value": 45, "org": "Attorney General's Office"}]),
    ("Kent Police said 14 officers were convicted of crimes in 2022.",
     [{"value": 14, "org": "Kent Police"}]),
    ("The Department of Justice said 17 gardaí were convicted in 2022.",
     [{"value": 17, "org": "Department of Justice"}]),
    ("The Civilian Review Board said 11 officers were charged after its inquiries.",
     [{"value": 11, "org": "Civilian Review Board"}]),
    ("The U.S. Attorney's Office reviewed 60 allegations against officers in 2022.",
     [{"value": 60, "org": "U.S. Attorney"}]),
    ("The Greenway Police Department said two officers were sentenced last month.",
     [{"value": 2, "org": "Greenway Police Department"}]),
    ("The State Police said three troopers were indicted in 2022.",
     [{"value": 3, "org": "State Police"}]),
    ("The Metropolitan Police said 20 officers were convicted of offences in 2022.",
     [{"value": 20, "org": "Met Police"}]),
    ("The Riverside Police Department said 16 officers pleaded guilty in 2022.",
     [{"value": 16, "org": "Riverside Police Department"}]),
]

MISSED: dict[str, str] = {}


def test_forty_shapes_and_twenty_beside_them():
    assert len(DEFENDANTS) >= 40 and len(OWN_COUNTS) >= 20


@pytest.mark.parametrize("text, expected", battery_cases(DEFENDANTS, MISSED))
def test_a_count_of_defendants_has_no_owner(text, expected):
    assert mismatches(HEADLINE + text, expected) == []


@pytest.mark.parametrize("text, expected", battery_cases(OWN_COUNTS, MISSED))
def test_a_count_keeps_its_owner(text, expected):
    assert mismatches(HEADLINE + text, expected) == []
