"""Prison terms given name by name after a group's sentencing (nlp/outcomes/terms.py,
lists.py): each named person gets a `jailed` Outcome with the months of custody; supervised
release, probation and fines are not custody; without a sentencing stated just before, a
bare "received 18 months" is nothing."""

import pytest
from extractor.nlp import shared_nlp

from outcomes_found import found


def terms(text):
    return [(o.subject, o.custodial_months) for o in shared_nlp()(text)._.outcomes if o.outcome == "jailed"]


TERMS = [
    # US federal court, terms after the sentencing
    ("Five guards at the county jail were sentenced to federal prison on Tuesday. Tom Smith received 18 months "
     "plus two years' supervised release; Joe Jones and Al Lee both received 120 months; Bo Brown, a 12-month "
     "sentence.",
     [("Tom Smith", 18), ("Joe Jones and Al Lee", 120), ("Bo Brown", 12)]),
    ("Four deputies were sentenced in federal court on Monday. Deputy Al Fox received 30 months; Deputy Bo Kim, "
     "a 12-month sentence.", [("Deputy Al Fox", 30), ("Deputy Bo Kim", 12)]),
    ("Two jailers were sentenced on Friday. Officer Cy Dunn got a year and a day.", [("Officer Cy Dunn", 12)]),
    ("Three former deputies were sentenced in federal court on Monday. Deputy Mark Hale was given four years in "
     "prison, Deputy Ana Ruiz received 30 months and Deputy Tom Birch was sentenced to 18 months.",
     [("Deputy Mark Hale", 48), ("Deputy Ana Ruiz", 30), ("Deputy Tom Birch", 18)]),
    ("Officers Kay Moss and Lee Park were sentenced in September 2019; both received 96 months in federal prison.",
     [("Kay Moss and Lee Park", 96)]),
    ("Trooper Dan Cole was sentenced on Thursday. He received 37 months, followed by three years of supervised "
     "release.", [("Trooper Dan Cole", 37)]),
    ("The two corrections officers learned their sentences on Wednesday. Officer Ray Tate received 27 months.",
     [("Officer Ray Tate", 27)]),
    # UK and Irish courts
    ("Sgt Bo Kim and PC Cy Dunn were sentenced at Leeds Crown Court. Kim was given 18 months and Dunn 12 months.",
     [("Sgt Bo Kim", 18), ("PC Cy Dunn", 12)]),
    ("Two former Met detectives were sentenced at the Old Bailey on Friday. DC Ann Rowe was handed four years; "
     "DC Ian Platt, three years.", [("DC Ann Rowe", 48), ("DC Ian Platt", 36)]),
    ("Garda Seán Byrne and Garda Liam Walsh were sentenced at Cork Circuit Criminal Court. Garda Byrne got two "
     "years and Garda Walsh 18 months.", [("Garda Byrne", 24), ("Garda Walsh", 18)]),
    ("PC Joe Lee was sentenced at Bristol Crown Court on Monday. He received 16 months.", [("PC Joe Lee", 16)]),
]


@pytest.mark.parametrize("text, expected", TERMS)
def test_terms_given_name_by_name_after_a_sentencing(text, expected):
    got = terms(text)
    for subject, months in expected:
        assert (subject, months) in got, got


NOT_CUSTODY = [
    "Two troopers were sentenced on Monday. Trooper Al Fox received two years' supervised release.",
    "Two deputies were sentenced on Friday. Deputy Bo Kim received three years of probation.",
    "Three officers were sentenced on Tuesday. Officer Cy Dunn got 12 months of home confinement.",
    "Two PCs were sentenced at Leeds Crown Court. PC Ann Rowe received 200 hours of unpaid work.",
]

NO_SENTENCING = [
    "Deputy Al Fox received 30 months of back pay after the ruling.",
    "PC Amy Lowe received 14 days to appeal.",
    "Officer Ray Tate got 12 months' notice of the hearing.",
    "Sgt Bo Kim was given 28 days to respond to the allegations.",
    "Trooper Dan Cole received 20 years of service awards.",
    "Two men were sentenced on Tuesday. Tom Smith received 18 months.",  # not officers
    "The sergeant received six months of training before she was promoted.",
]


@pytest.mark.parametrize("text", NOT_CUSTODY)
def test_supervised_release_probation_and_home_confinement_are_not_custody(text):
    assert terms(text) == []


@pytest.mark.parametrize("text", NO_SENTENCING)
def test_a_bare_length_with_no_sentencing_is_no_prison_term(text):
    assert terms(text) == []


def test_each_states_one_outcome_per_name():
    got = found("Five jail guards were sentenced on Monday. Officers Ann Ford and Ben Gray each received 20 months "
                "in prison.")
    assert ("jailed", "Officers Ann Ford") in got or ("jailed", "Ann Ford") in got, got
    assert not any(" and " in (s or "") for o, s in got if o == "jailed"), got
