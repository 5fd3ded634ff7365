"""A group's outcome is one Outcome whose subject is the group as written, from its first
word (sgsubj18_battery.py); a single officer's subject stays as before, and a tally across
cases gives no outcome. Each case runs through the whole pipeline (extract_text)."""

import pytest

from outcomes_found import battery_outcomes as _outcomes
from sgsubj18_battery import GROUPS, REFUSED, SINGLE


@pytest.mark.parametrize("text, outcome, subject", GROUPS)
def test_a_group_is_one_outcome_whose_subject_is_the_group_as_written(text, outcome, subject):
    got = [s for o, s, _ in _outcomes(text) if o == outcome]
    assert got == [subject], _outcomes(text)


@pytest.mark.parametrize("text, outcome, subject", SINGLE)
def test_a_single_officer_keeps_the_subject_without_its_determiner(text, outcome, subject):
    got = [s for o, s, _ in _outcomes(text) if o == outcome]
    assert got == [subject], _outcomes(text)


@pytest.mark.parametrize("text, outcome", REFUSED)
def test_a_tally_or_a_group_of_other_people_states_no_outcome(text, outcome):
    got = _outcomes(text)
    assert not [g for g in got if outcome is None or g[0] == outcome], got
