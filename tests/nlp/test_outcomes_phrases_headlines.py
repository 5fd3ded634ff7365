"""Headlines and captions state outcomes without 'was' or 'a' ('Sergeant given final
written warning', 'Two deputies fired, one suspended after jail death'); the same
short lines also carry wishes, calls, questions, threats, a case dismissed and a
suspect's arrest ('Family wants deputy charged', 'Judge dismisses case against
deputy'). Each line was written for these tests."""

import pytest

from outcomes_found import found, has

STATED = [
    ('Officer Dana Lee, pictured, was fired in March', 'dismissed', 'Officer Dana Lee'),
    ('PC Gareth Wynne, who was dismissed for gross misconduct', 'dismissed', 'PC Gareth Wynne'),
    ('Ex-PC jailed for stealing from dead man', 'jailed', None),
    ('Ex-garda jailed over bribes', 'jailed', None),
    ("Deputy indicted in inmate's death", 'charged', None),
    ('Former officer pleads guilty to civil rights violation', 'convicted', None),
    ('Officer found guilty of assault after bodycam footage shown', 'convicted', None),
    ('Trooper cleared of manslaughter', 'acquitted', None),
    ('Sergeant given final written warning over comments', 'final_written_warning', None),
    ('Officer placed on leave after viral arrest video', 'suspended', None),
    ('Two deputies fired, one suspended after jail death', 'dismissed', None),
    ("Sheriff's deputy arrested, accused of stealing from evidence room", 'arrested', None),
    ('Cop decertified after perjury conviction', 'barred', None),
    ('Detective barred from policing after lying to inquiry', 'barred', None),
    ('Garda convicted of harassment loses appeal', 'convicted', None),
]


@pytest.mark.parametrize("text, outcome, subject", STATED)
def test_a_headline_or_caption_states_the_outcome(text, outcome, subject):
    has(text, outcome, subject)


NOT_STATED = [
    ('Officer could face charges over crash', 'charged'),
    ('Should officers who lie be sacked?', 'dismissed'),
    ('Calls grow for officer to be fired', 'dismissed'),
    ('Chief vows to fire officers who lie', 'dismissed'),
    ('Family wants deputy charged', 'charged'),
    ('Lawsuit against officer dismissed', 'dismissed'),
    ('Judge dismisses case against deputy', 'dismissed'),
    ('Police arrest man after officer assaulted', 'arrested'),
    ("Officer fired at suspect's car, report says", 'dismissed'),
    ('Man charged with assaulting police officer', 'charged'),
]


@pytest.mark.parametrize("text, outcome", NOT_STATED)
def test_a_headline_that_states_no_outcome(text, outcome):
    got = found(text)
    assert not any(o == outcome for o, _ in got), got


def test_a_wish_with_its_object_in_running_text():
    assert not found("Protesters demanded the two officers fired.")
    assert not found("The victim's mother wants Officer Al Crane arrested.")
