"""The out10 battery (out10_battery.py): outcomes in every shape English states them, and the
sentences that state none, each run through the whole pipeline (extract_text)."""

import pytest

from out10_battery import REFUSED, STATED, STORIES
from outcomes_found import battery_outcomes as _outcomes, battery_tests

# What the battery shows still missing, kept visible.
# Not strict where the gap is who the person is (nlp/subjects, another branch's work): a fix
# there makes the case pass without this file failing.
GAPS = (
    "Sentencing ex-PC Gary Moss, the judge said",  # a pronoun object two clauses after the name
    "In a brief hearing on Monday, Ochoa,",  # "he" inside a relative clause's "before" clause
    "The Independent Office for Police Conduct (IOPC) said PC",  # a name after "said" read as the speaker
    "As part of a plea agreement, Johnson",  # a surname alone, the article's officer not named before
    "The Peace Officer Standards Council voted to revoke Finch's",  # a surname first met as a possessor
)


test_the_clause_states_the_outcome, test_no_such_outcome_is_stated, test_each_step_of_a_story_is_stated = (
    battery_tests(STATED, REFUSED, STORIES, GAPS, strict=False))


@pytest.mark.parametrize("text, officer, offence", [
    ("Former Elm Police Officer Sentenced to 30 Months in Prison for Beating Inmate", "Officer", "Beating"),
    ("Ex-Deputy Sentenced to Probation for Stealing Guns", "Ex-Deputy", "Stealing"),
])
def test_an_offence_in_a_title_case_headline_is_not_a_person(text, officer, offence):
    got = _outcomes(text)
    assert any(officer in s for _, s, _ in got), got
    assert not any(offence in s for _, s, _ in got), got
