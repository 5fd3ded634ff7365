"""A list of counts after a subject that states what happened to them ("The suspended members
include three inspectors and 14 sergeants", "Among those dismissed were two sergeants and nine
constables") takes that outcome; a subject that states none gives none, and a count's own
clause still wins. Sentences written for these tests, UK, Irish and US."""

import pytest

from figures_found import by_text


@pytest.mark.parametrize("text, outcomes", [
    ("Ninety members of the force are off duty. The suspended members include three inspectors, "
     "14 sergeants and 70 gardaí.", {"three": "suspended", "14": "suspended", "70": "suspended"}),
    ("Among those dismissed last year were two sergeants, nine constables and a detective.",
     {"two": "dismissed", "nine": "dismissed"}),
    ("Officers sacked by the force since 2020 included 4 detectives and 11 constables.",
     {"4": "dismissed", "11": "dismissed"}),
    ("Deputies fired by the sheriff this year are three sergeants and 12 patrol deputies.",
     {"three": "dismissed", "12": "dismissed"}),
    ("The officers charged in 2022 comprised 6 constables and 2 sergeants.",
     {"6": "charged", "2": "charged"}),
    ("Those who resigned while under investigation included 15 constables and three inspectors.",
     {"15": "resigned", "three": "resigned"}),
    ("The troopers decertified by the board in 2021 were 5 sergeants and 13 troopers.",
     {"5": "barred", "13": "barred"}),
    ("Staff convicted over the period include 8 police staff and 21 officers.",
     {"8": "convicted", "21": "convicted"}),
])
def test_a_list_takes_the_outcome_its_subject_states(text, outcomes):
    found = by_text(text)
    assert {t: found[t].outcome for t in outcomes} == outcomes


@pytest.mark.parametrize("text, outcomes", [
    # the subject states no outcome
    ("The officers investigated by the watchdog in 2022 included 40 sergeants and 12 inspectors.",
     {"40": None, "12": None}),
    # a count's own clause states its outcome
    ("The officers disciplined last year included 12 who were dismissed and 30 who resigned.",
     {"12": "dismissed", "30": "resigned"}),
    # a verb of its own between the list verb and the count ends the lead-in
    ("The suspended members include officers who have since joined 14 other forces in 2021 investigations.",
     {}),
])
def test_a_list_without_that_subject_keeps_what_its_own_words_say(text, outcomes):
    found = by_text(text)
    assert {t: found[t].outcome for t in outcomes if t in found} == outcomes

