"""Terms and charges as US court stories write them after the verb is said once: a term
with no prison word ('Tyre received 18 months', 'got 30 months') read as custody only
where the sentence or the one before speaks of sentencing (rule flag after_sentencing, outcomes/terms.py), and
never for probation, supervised release, back pay or a time ago; 'booked on suspicion
of'; 'now faces federal charges'; a body that charges or fires 'him'; probation to be
served. Each sentence was written for these tests."""

import pytest

from outcomes_found import found, has
from extractor.nlp import shared_nlp

STATED = [
    ('McQueen was sentenced in May. Previously, Lara Lafo received a 12-month sentence, and Cpl. Sam Tyre received 18 months plus two years of supervised release.', 'jailed', 'Cpl. Sam Tyre'),
    ('The judge sentenced the three former deputies on Friday. Deputy Al Ruiz got 30 months and Deputy Kim Lowe got 24 months.', 'jailed', 'Deputy Al Ruiz'),
    ('Officer Ben Tall, 29, was booked on suspicion of drunken driving.', 'arrested', 'Officer Ben Tall'),
    ('Officer Ben Tall is charged with official oppression.', 'charged', 'Officer Ben Tall'),
    ('Deputy Cass Orr now faces federal charges.', 'charged', None),
    ("Sgt. Lon Pryor lied to investigators. The district attorney's office charged him with perjury on Monday.", 'charged', 'Sgt. Lon Pryor'),
    ('Officer Wes Hart was caught on video. Prosecutors charged him with assault.', 'charged', 'Officer Wes Hart'),
    ('Officer Wes Hart was caught on video. The city fired him two weeks later.', 'dismissed', 'Officer Wes Hart'),
    ('Deputy Moe Lind will serve two years of probation.', 'other', 'Deputy Moe Lind'),
    ('Former officer Dot Yates retired in lieu of termination.', 'retired', 'Former officer Dot Yates'),
    ('Officer Rae Quill resigned amid an internal investigation.', 'resigned', 'Officer Rae Quill'),
]


@pytest.mark.parametrize("text, outcome, subject", STATED)
def test_terms_and_charges_after_the_verb(text, outcome, subject):
    has(text, outcome, subject)


NOT_CUSTODY = [
    ('The judge will sentence Deputy Al Ruiz in March. He could get 30 months.', 'jailed'),
    ('Deputy Al Ruiz received 30 months of probation.', 'jailed'),
    ('Officer Tim Ray received two years of supervised release.', 'jailed'),
    ('Officer Jo Dale received 18 months ago a commendation for bravery.', 'jailed'),
    ("Officer Lin Soto received 12 months of back pay after the arbitrator's ruling.", 'jailed'),
    ('The deputy, who had served 18 months in the Army, received 18 months of training.', 'jailed'),
]


@pytest.mark.parametrize("text, outcome", NOT_CUSTODY)
def test_a_number_of_months_that_is_no_prison_term(text, outcome):
    got = found(text)
    assert not any(o == outcome for o, _ in got), got


def test_the_term_is_read_in_months():
    doc = shared_nlp()("The judge sentenced the two deputies. Deputy Al Ruiz got 30 months and Deputy Kim Lowe got two years.")
    got = [(o.outcome, o.subject, o.custodial_months) for o in doc._.outcomes]
    assert ("jailed", "Deputy Al Ruiz", 30) in got and ("jailed", "Deputy Kim Lowe", 24) in got, got


TERM_THEN_FINE = [
    ("The ex-garda was given a three-year suspended sentence and fined €3,000 by the court.", "suspended_sentence", 36),
    ("PC Al Lowe was jailed for 18 months and fined £2,000.", "jailed", 18),
    ("Deputy Vi Park was sentenced to two years in prison and fined $10,000.", "jailed", 24),
]


@pytest.mark.parametrize("text, outcome, months", TERM_THEN_FINE)
def test_a_fine_after_the_term_leaves_the_term(text, outcome, months):
    got = [(o.outcome, o.custodial_months) for o in shared_nlp()(text)._.outcomes]
    assert (outcome, months) in got, got
