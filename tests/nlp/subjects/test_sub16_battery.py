"""Whose outcome it is (sub16_battery.py), run through the whole pipeline (extract_text)."""

import pytest

from outcomes_found import battery_outcomes as _outcomes, states, words_in
from sub16_battery import REFUSED, STORIES


@pytest.mark.parametrize("text, expected", STORIES)
def test_each_outcome_is_given_to_its_officer(text, expected):
    got = _outcomes(text)
    for outcome, subject in expected:
        assert states(got, outcome, subject), (outcome, subject, got)


@pytest.mark.parametrize("text, outcome, subject", REFUSED)
def test_no_outcome_is_given_to_someone_who_is_not_the_officer(text, outcome, subject):
    got = _outcomes(text)
    bad = [g for g in got if (outcome is None or g[0] == outcome) and (subject is None or words_in(subject, g[1]))]
    assert not bad, got
