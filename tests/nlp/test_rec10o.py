"""rec10o: kinds of English the first-sight batches 9 and 10 showed misread, each in our own
sentences (UK, Irish, US), run through the whole pipeline (extract_text): positives and refusals."""

import pytest

from outcomes_found import battery_outcomes as _outcomes, states

STATED = [
    # a finding with its level after "as"
    ("The panel decided the allegation was proven as gross misconduct and PC Dan Roe was dismissed.",
     "gross_misconduct_proven", "Dan Roe", None),
    ("Both allegations against Sergeant Mia Hart were found proven as gross misconduct.",
     "gross_misconduct_proven", "Mia Hart", None),
    ("At a hearing in Swansea the charge against Inspector Huw Lloyd was proved as gross misconduct.",
     "gross_misconduct_proven", "Huw Lloyd", None),
    # the letter that ends a job
    ("Officer Pat Quinn submitted his letter of resignation to the chief on Monday.", "resigned", "Pat Quinn", None),
    ("Sergeant Lou Baines handed in her letter of resignation last week.", "resigned", "Lou Baines", None),
    ("Garda Niamh Kelly tendered a letter of resignation to the Commissioner.", "resigned", "Niamh Kelly", None),
    ("The deputy was sent a letter of termination in March.", "dismissed", "deputy", None),
    ("Officer Rae Kim was given a letter of termination by the city.", "dismissed", "Rae Kim", None),
    ("Trooper Abe Lang received a notice of termination from the state patrol on Friday.", "dismissed", "Abe Lang", None),
    # leave imposed, with its kind
    ("Deputy Jo Marsh was placed on mandatory annual leave.", "suspended", "Jo Marsh", None),
    ("The three deputies have been placed on mandatory annual leave under county rules.", "suspended", "deputies", None),
    ("Two Kerry gardaí were put on compulsory annual leave pending the inquiry.", "suspended", "gardaí", None),
    ("Five deputies in Dayton were indicted on Tuesday. All the indicted officers have been on administrative "
     "leave since 2018.", "suspended", None, None),
    # a large group on one day, counted approximately or in dozens
    ("More than two dozen jail guards in Atlanta were indicted Thursday.", "charged", "jail guards", None),
    ("More than 25 prison officers in Fresno were indicted on Monday.", "charged", "prison officers", None),
    ("Nearly two dozen Chicago officers were indicted on Friday.", "charged", "Chicago officers", None),
    # the source opening the sentence is not the subject
    ("A county jailer is accused of abusing an inmate. According to Sheriff Matthew Cole, Dwayne Price was "
     "arrested today and charged with assault.", "arrested", "Dwayne Price", None),
    ("A Garda was accused of assaulting a man. According to Chief Superintendent Ann Lyons, Brian Doyle was "
     "suspended on Monday.", "suspended", "Brian Doyle", None),
    ("According to Chief Ana Ruiz, Officer Tom Bell was fired on Monday.", "dismissed", "Tom Bell", None),
]

REFUSED = [
    # an admitted allegation at a misconduct hearing is no plea in court
    ("At the misconduct hearing PC Amir Khan admitted the allegation of dishonesty.", "convicted"),
    ("Detective Constable Ruth Bale admitted the second allegation of driving without due care.", "convicted"),
    ("Garda Sean Daly admitted the allegations of theft at the internal inquiry.", "convicted"),
    # a tally, not one event
    ("More than 20 officers were sacked last year.", None),
    ("More than 20 officers were indicted in 2021, figures show.", None),
    # annual leave taken, and a man the officer shot, are not steps against an officer
    ("Officer Lin Cho is on annual leave this week.", "suspended"),
    ("A deputy shot a man in Ocala. According to Sheriff Bo Hart, Leon Grady was arrested.", "arrested"),
]

NOT_THE_SOURCE = [
    ("According to Chief Ana Ruiz, Officer Tom Bell was fired on Monday.", "Ana Ruiz"),
    ("A county jailer is accused of abusing an inmate. According to Sheriff Matthew Cole, Dwayne Price was "
     "arrested today.", "Matthew Cole"),
    ("According to Commissioner Rory Walsh, Garda Eoin Burke was suspended.", "Rory Walsh"),
]


@pytest.mark.parametrize("text, outcome, subject, months", STATED)
def test_the_clause_states_the_outcome(text, outcome, subject, months):
    got = _outcomes(text)
    assert states(got, outcome, subject, months), got


@pytest.mark.parametrize("text, outcome", REFUSED)
def test_no_outcome_of_an_officer_is_stated(text, outcome):
    got = _outcomes(text)
    assert not [g for g in got if outcome is None or g[0] == outcome], got


@pytest.mark.parametrize("text, source", NOT_THE_SOURCE)
def test_the_source_of_the_news_is_not_its_subject(text, source):
    got = _outcomes(text)
    assert got and not [g for g in got if source.lower() in g[1].lower()], got


@pytest.mark.parametrize("text, subject", [
    ("The chief put Officer Nia Lowe on administrative assignment with suspended police powers.", "Nia Lowe"),
    ("State police placed Trooper Gus Hale on desk duty with suspended law enforcement powers.", "Gus Hale"),
    ("Sergeant Kit Moy was placed on restricted duties with her police powers suspended.", "Kit Moy"),
])
def test_duty_with_powers_suspended_is_a_suspension(text, subject):
    assert states(_outcomes(text), "suspended", subject), _outcomes(text)


def test_restricted_duties_alone_is_not_a_suspension():
    assert not [g for g in _outcomes("PC Rhys Evans was placed on restricted duties.") if g[0] == "suspended"]


@pytest.mark.parametrize("text, outcome, subject", [
    ("Three deputies were charged, with one being convicted of assault, while another was convicted of perjury.",
     "convicted", "one"),
    ("Three deputies were charged, with one being convicted of assault, while another was convicted of perjury.",
     "convicted", "another"),
    ("Two Cork gardaí stood trial in Cork. One was convicted of theft, while another was acquitted.",
     "acquitted", "another"),
    ("Four Met officers faced a hearing in May, and one was dismissed while another resigned.", "resigned", "another"),
])
def test_one_and_another_of_a_counted_group(text, outcome, subject):
    assert states(_outcomes(text), outcome, subject), _outcomes(text)


@pytest.mark.parametrize("text", [
    "Three men were charged, with one being convicted of assault.",  # not officers
    "Forty officers were dismissed last year, figures show, and one was jailed.",  # a tally's member
    "Two Cork gardaí stood trial last year, and one was convicted of theft.",  # the tally's own sentence
    # a member in a sentence of its own after the tally is one (batch-11's gold, sub12_battery.py)
])
def test_one_of_a_tally_or_of_civilians_is_no_officer(text):
    assert not [g for g in _outcomes(text) if g[1].lower() in ("one", "another")], _outcomes(text)


@pytest.mark.parametrize("text, outcome, subject", [
    ("Prosecutors said 14 of the 19 indicted deputies were taken into custody on Monday.", "arrested", "14"),
    ("Officials said nine of the 12 accused officers were arrested at dawn.", "arrested", "nine"),
    ("Four charged deputies resigned on Friday.", "resigned", "deputies"),
])
def test_a_participle_after_a_count_is_part_of_the_group(text, outcome, subject):
    assert states(_outcomes(text), outcome, subject), _outcomes(text)


@pytest.mark.parametrize("text, outcome, subject", [
    # a charge authorised, in a relative clause after the charges
    ("PC Adam Lee denied the charges, which were authorised by the Crown Prosecution Service in May 2022.",
     "charged", "Adam Lee"),
    ("Detective Sergeant Ola Bright faces two charges that were authorised by the CPS last month.",
     "charged", "Ola Bright"),
    # the second of two coordinated steps, the verb said once
    ("The officer was placed on desk duty in May and then on leave in June.", "suspended", "officer"),
    ("Deputy Ada Kroll was put on administrative duties in March and later on paid leave.", "suspended", "Ada Kroll"),
    ("Sergeant Ian Cobb was moved to desk duties in March and then on leave in April.", "suspended", "Ian Cobb"),
    # "May" after "in early" is the month, not a modal
    ("The state trooper accused of striking a 16-year-old cyclist in early May has resigned from the force, while "
     "two other troopers have been suspended for their role in the crash.", "resigned", "trooper"),
    ("The state trooper accused of striking a 16-year-old cyclist in early May has resigned from the force, while "
     "two other troopers have been suspended for their role in the crash.", "suspended", "troopers"),
    ("Garda Pat Rice, who was arrested in late May, was suspended on Friday.", "arrested", "Pat Rice"),
    # outcomes inside subordinate and relative clauses
    ("Trooper Dale Fenn resigned on Friday, nearly a month after he was suspended.", "suspended", "Dale Fenn"),
    ("In 2015 a Dallas jury convicted the defendant, former deputy Cole Marsh.", "convicted", "Cole Marsh"),
])
def test_clauses_around_the_outcome(text, outcome, subject):
    assert states(_outcomes(text), outcome, subject), _outcomes(text)


@pytest.mark.parametrize("text, outcome", [
    ("The CPS said charges would be authorised if the evidence allowed.", "charged"),
    ("A deputy may be fired in May.", "dismissed"),
    ("The officer was placed on desk duty in May.", "suspended"),
])
def test_no_step_is_stated(text, outcome):
    assert not [g for g in _outcomes(text) if g[0] == outcome], _outcomes(text)


@pytest.mark.parametrize("text, subject", [
    ("Records show 12 gardaí were disciplined in 2022. Another member was fined three weeks pay for discreditable "
     "conduct.", "member"),
    ("Figures released to gardaí show the largest fine in 2020 was four weeks pay on a member for neglect of duty.",
     "member"),
    ("The largest fine last year was five weeks pay on a garda for neglect of duty.", "garda"),
])
def test_a_garda_fine_of_pay_is_other(text, subject):
    assert states(_outcomes(text), "other", subject), _outcomes(text)


@pytest.mark.parametrize("text", [
    "The maximum fine is four weeks pay.",
    "A family member of a garda was charged with assault. Gardaí said a member of the public was arrested.",
])
def test_no_member_of_the_force_is_named(text):
    assert not [g for g in _outcomes(text) if "member" in g[1].lower()], _outcomes(text)


@pytest.mark.parametrize("text, outcome, subject", [
    ("Sheriff Matthew Cole talks about the arrest of one of his jailers. A county jailer is accused of abusing an "
     "inmate. According to Sheriff Matthew Cole, Dwayne Price was arrested today and charged with assault.",
     "arrested", "Dwayne Price"),
    ("Chief Superintendent Ann Lyons spoke to reporters. A garda was accused of assaulting a man. According to Chief "
     "Superintendent Ann Lyons, Brian Doyle was suspended on Monday.", "suspended", "Brian Doyle"),
    ("The deputy was ultimately sent a letter of termination at the end of March.", "dismissed", "deputy"),
    ("Officer Lea Hunt was later handed a notice of termination.", "dismissed", "Lea Hunt"),
])
def test_the_announcer_named_twice_is_still_the_source(text, outcome, subject):
    assert states(_outcomes(text), outcome, subject), _outcomes(text)


@pytest.mark.parametrize("text, outcome, subject, months", [
    ("The man who was Ohio's longest-serving sheriff before he pleaded guilty in a bribery case was sentenced on "
     "Monday to a year and a day in federal prison.", "jailed", "sheriff", 12.03),
    ("The man who was Ohio's longest-serving sheriff before he pleaded guilty in a bribery case was sentenced on "
     "Monday to a year and a day in federal prison.", "convicted", "sheriff", None),
    ("The woman who was Dayton's police chief until she resigned was indicted on Friday.", "charged", "police chief",
     None),
    ("The man who was Cork's longest-serving garda sergeant before he retired was jailed for two years.", "jailed",
     "garda sergeant", 24),
])
def test_a_person_described_by_the_office_held(text, outcome, subject, months):
    assert states(_outcomes(text), outcome, subject, months), _outcomes(text)


@pytest.mark.parametrize("text", [
    "The man who was shot by a deputy was charged with assault.",
    "The man who was a sheriff's deputy's neighbour was arrested.",
])
def test_a_man_near_an_officer_holds_no_office(text):
    assert not _outcomes(text), _outcomes(text)
