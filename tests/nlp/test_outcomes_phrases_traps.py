"""Words of an outcome used for something else: a duty given ('charged with leading the
inquiry'), a verb done to a thing ('dismissed concerns about', 'a judge dismissed
charges against him'), a licence suspended rather than the officer; and the same verbs
where they are outcomes, so the refusals stay narrow. Each sentence was written for
these tests."""

import pytest

from outcomes_found import found, has

NOT_OUTCOMES = [
    ("The officer charged with leading the inquiry, DCI Ann Lowe, said lessons would be learned.", "charged"),
    ("Deputy Ann Ford was charged with overseeing the jail.", "charged"),
    ("Superintendent Raj Bains, charged with rebuilding trust in the unit, spoke first.", "charged"),
    ("Chief Constable Jo Hale dismissed concerns about the unit.", "dismissed"),
    ("Sheriff Al Ross dismissed criticism of his deputies as politics.", "dismissed"),
    ("A judge dismissed charges against Officer Lee Tran in 2021.", "dismissed"),
    ("Commissioner Dee Park dismissed claims that the force was failing.", "dismissed"),
    ("Officer Len Ruiz had his driver's license suspended for six months.", "suspended"),
    ("Garda Rose Kean had her firearms licence suspended by the court.", "suspended"),
    ("The chief suspended operations of the gang unit.", "suspended"),
]


@pytest.mark.parametrize("text, outcome", NOT_OUTCOMES)
def test_an_outcome_word_used_for_something_else(text, outcome):
    got = found(text)
    assert not any(o == outcome for o, _ in got), got


STILL_OUTCOMES = [
    ("Deputy Ann Ford was charged with assaulting an inmate.", "charged", "Deputy Ann Ford"),
    ("The officer charged with murder, PC Jed Rowe, appeared in court.", "charged", None),
    ("The chief dismissed Officer Gil Hart after the hearing.", "dismissed", "Officer Gil Hart"),
    ("Officer Len Ruiz was suspended for six months.", "suspended", "Officer Len Ruiz"),
    ("The sheriff suspended Deputy Rae Lin for two weeks.", "suspended", "Deputy Rae Lin"),
    ("Officer Kay Dunn was dismissed, and charges were filed against her in May.", "dismissed", "Officer Kay Dunn"),
]


@pytest.mark.parametrize("text, outcome, subject", STILL_OUTCOMES)
def test_the_same_verbs_as_outcomes(text, outcome, subject):
    has(text, outcome, subject)
