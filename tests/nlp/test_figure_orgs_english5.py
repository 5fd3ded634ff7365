"""Whose figures they are, as US pages name the bodies (oversight boards, state
standards commissions), and what a state board's 'revoked the certifications' counts.
Sentences written for these tests."""

import pytest

from figures_found import found_figures as figures


@pytest.mark.parametrize("text, org", [
    ("Review board report\n\nThe Civilian Complaint Review Board substantiated 412 allegations in 2021.", "CCRB"),
    ("NYPD discipline\n\nIn 2021 the CCRB received 3,900 complaints about NYPD officers.", "CCRB"),
    ("Chicago\n\nThe Civilian Office of Police Accountability received 2,400 complaints in 2022.", "COPA"),
    ("State board\n\nThe Georgia Peace Officer Standards and Training Council revoked the certifications of 90 "
     "officers in 2021.", "Georgia Peace Officer Standards and Training Council"),
    ("State board\n\nThe Florida Criminal Justice Standards and Training Commission revoked the certifications of "
     "120 officers in 2021.", "Florida Criminal Justice Standards and Training Commission"),
    ("LAPD complaints\n\nComplaints filed against the Los Angeles Police Department rose to 3,100 in 2022.", "LAPD"),
    ("Federal review\n\nThe Justice Department found that 45 officers had used excessive force in 2019.",
     "Justice Department"),
])
def test_us_bodies_are_named_as_the_rules_know_them(text, org):
    (f,) = figures(text)
    assert f.org == org


@pytest.mark.parametrize("text", [
    "State board\n\nThe commission revoked the certifications of 120 officers in 2021.",
    "State board\n\nThe state had 45 officers' licenses revoked in 2020.",
])
def test_certifications_revoked_count_officers_barred(text):
    (f,) = figures(text)
    assert (f.counted, f.outcome) == ("officer", "barred")


def test_a_part_of_one_kind_gives_its_kind_to_none_after_it():
    found = figures("Complaint statistics\n\nIn 2018 the board received 320 complaints. Of these, 41 alleged "
                    "excessive force. The year before, it received 298.")
    assert [(f.value, f.category) for f in found] == [(320, "all"), (41, "other"), (298, "all")]


def test_a_part_of_a_count_of_one_kind_keeps_that_kind():
    found = figures("Annual report\n\nIn 2021 the force received 45 complaints of discourtesy. Of these, 12 were upheld.")
    assert [(f.value, f.category) for f in found] == [(45, "other"), (12, "other")]
