"""Every rank and role of UK, Irish and US policing as the subject of an outcome, named and
unnamed, in sentences written for this battery (issue 16): the subject is the person as
written, and people who are not police get no outcome."""

import pytest

from outcomes_found import found, has

UK = [
    ("PC Tom Reed was dismissed without notice.", "dismissed", "PC Tom Reed"),
    ("DC Amy Shaw was jailed for two years.", "jailed", "DC Amy Shaw"),
    ("DS Paul Kerr has been sacked.", "dismissed", "DS Paul Kerr"),
    ("A sergeant was given a final written warning.", "final_written_warning", "sergeant"),
    ("Sergeant Joe Bell was dismissed.", "dismissed", "Sergeant Joe Bell"),
    ("An inspector has resigned.", "resigned", "inspector"),
    ("Chief Inspector Ann Cole was found to have committed gross misconduct.", "gross_misconduct_proven",
     "Chief Inspector Ann Cole"),
    ("A superintendent was suspended on Monday.", "suspended", "superintendent"),
    ("The chief constable has retired.", "retired", "chief constable"),
    ("A special constable was convicted of theft.", "convicted", "special constable"),
    ("Special Constable Ray Dunn was sacked.", "dismissed", "Special Constable Ray Dunn"),
    ("A PCSO was dismissed after a hearing.", "dismissed", "PCSO"),
    ("PCSO Kim Lowe was sacked.", "dismissed", "PCSO Kim Lowe"),
    ("Det Sgt Amy Marsh was dismissed.", "dismissed", "Det Sgt Amy Marsh"),
    ("Police Constable Jack Hill was dismissed.", "dismissed", "Police Constable Jack Hill"),
    ("Acting Sergeant Kay Frost was dismissed.", "dismissed", "Acting Sergeant Kay Frost"),
    ("A retired superintendent was charged with fraud.", "charged", "retired superintendent"),
    ("An off-duty officer was arrested.", "arrested", "off-duty officer"),
    ("The former officer was jailed for 18 months.", "jailed", "former officer"),
]

IRISH = [
    ("Garda Seán Byrne was jailed for six months.", "jailed", "Garda Seán Byrne"),
    ("A garda was suspended from duty.", "suspended", "garda"),
    ("Sergeant Niamh Walsh was dismissed from An Garda Síochána.", "dismissed", "Sergeant Niamh Walsh"),
    ("Inspector Brian Doyle has been charged.", "charged", "Inspector Brian Doyle"),
    ("A former Garda sergeant was jailed.", "jailed", "former Garda sergeant"),
    ("Two gardaí were suspended on Tuesday.", "suspended", "Two gardaí"),
]

US = [
    ("A deputy was arrested on Sunday.", "arrested", "deputy"),
    ("The sheriff was indicted on Tuesday.", "charged", "sheriff"),
    ("A state trooper was fired.", "dismissed", "state trooper"),
    ("A state police officer was arrested on Friday.", "arrested", "state police officer"),
    ("A corrections officer was charged with smuggling drugs.", "charged", "corrections officer"),
    ("A jail guard pleaded guilty on Monday.", "convicted", "jail guard"),
    ("A detention officer was fired.", "dismissed", "detention officer"),
    ("A detention deputy was fired.", "dismissed", "detention deputy"),
    ("A Border Patrol agent was indicted.", "charged", "Border Patrol agent"),
    ("The chief of police resigned on Monday.", "resigned", "chief of police"),
    ("A patrolman was suspended without pay.", "suspended", "patrolman"),
    ("Lt. Mark Dunn was placed on administrative leave.", "suspended", "Lt. Mark Dunn"),
    ("Capt. Jane Ford was fired.", "dismissed", "Capt. Jane Ford"),
    ("Detective Sam Cruz was indicted.", "charged", "Detective Sam Cruz"),
    ("A correctional officer was sentenced to 30 months in prison.", "jailed", "correctional officer"),
    ("A sheriff's deputy was fired on Tuesday.", "dismissed", "sheriff's deputy"),
    ("Officer Dana Price was fired on Tuesday.", "dismissed", "Officer Dana Price"),
    ("Corrections Officer Dana Price was arrested.", "arrested", "Corrections Officer Dana Price"),
    ("Deputy Kyle Moss, 50, pleaded guilty to assault.", "convicted", "Deputy Kyle Moss"),
    ("Officer Ray Tate, 29, of the Easton Police Department, was fired.", "dismissed", "Officer Ray Tate"),
]

REFERENCES = [
    # the appellant, the defendant, the former officer, an age as a noun, pronouns, the pair
    ("The appeal court heard that the former officer was convicted. The appellant was jailed for three years.",
     "jailed", "appellant"),
    ("A police officer was charged with misconduct in public office. The defendant pleaded guilty on Friday.",
     "convicted", "defendant"),
    ("PC Tom Reed, 35, was arrested. The 35-year-old was charged on Tuesday.", "charged", "PC Tom Reed"),
    ("Sgt Al Fox was suspended in May. He was dismissed in June.", "dismissed", "Sgt Al Fox"),
    ("Trooper Jo Lee was fired. She was later charged with assault.", "charged", "Trooper Jo Lee"),
    ("Deputies Al Fox and Bo Kim were fired. Both men were later indicted.", "charged", "Deputies Al Fox and Bo Kim"),
    ("A former officer was charged with assault. The man, who has since retired from the police, was acquitted.",
     "acquitted", "man"),
    ("The woman, who had left the force by then, was cleared of misconduct.", "misconduct_not_proven", "woman"),
]


@pytest.mark.parametrize("text, outcome, subject", UK + IRISH + US + REFERENCES)
def test_every_rank_and_reference_is_the_subject_as_written(text, outcome, subject):
    has(text, outcome, subject)


NOT_POLICE = [
    "A man was arrested after he attacked an officer.",
    "A prison officer was sacked for smuggling phones.",
    "The suspect was charged with assault on a PC.",
    "A security guard was arrested at the shopping centre.",
    "A probation officer was dismissed in March.",
    "The driver, Jamal Ortiz, 22, was arrested.",
    "A juror was discharged after contacting the officer.",
    "An estate agent was jailed for fraud.",
]


@pytest.mark.parametrize("text", NOT_POLICE)
def test_people_who_are_not_police_get_no_outcome(text):
    assert found(text) == []


PLACES = [
    ("In one case, an officer in Hertfordshire sent messages to a girl. A panel gave the officer a final written "
     "warning.", "final_written_warning", "officer in Hertfordshire"),
    ("A deputy in Marion County was fired on Tuesday.", "dismissed", "deputy in Marion County"),
    ("An officer in Kent Police was dismissed.", "dismissed", "officer in Kent Police"),
    ("An officer in Hertfordshire was dismissed in March.", "dismissed", "officer in Hertfordshire"),
    # not a place: a duty, a month
    ("An officer in charge of the unit was dismissed.", "dismissed", "officer"),
    ("An officer in March was dismissed.", "dismissed", "officer"),
]


@pytest.mark.parametrize("text, outcome, subject", PLACES)
def test_a_place_after_an_unnamed_officer_says_which_officer(text, outcome, subject):
    has(text, outcome, subject)
