"""Whose outcome it is (sub10_battery.py), run through the whole pipeline (extract_text)."""

import pytest

from outcomes_found import battery_outcomes as _outcomes, states, words_in, gap_cases
from sub10_battery import REFUSED, REFUSED_2, REFUSED_3, REFUSED_4, STORIES, STORIES_2, STORIES_3, STORIES_4

GAPS = ()


@pytest.mark.parametrize("text, expected",
                         gap_cases(STORIES + STORIES_2 + STORIES_3 + STORIES_4, GAPS, strict=True))
def test_each_outcome_is_given_to_its_officer(text, expected):
    got = _outcomes(text)
    for outcome, subject in expected:
        assert states(got, outcome, subject), (outcome, subject, got)


@pytest.mark.parametrize("text, outcome, subject",
                         gap_cases(REFUSED + REFUSED_2 + REFUSED_3 + REFUSED_4, GAPS, strict=True))
def test_no_outcome_is_given_to_someone_who_is_not_the_officer(text, outcome, subject):
    got = _outcomes(text)
    bad = [g for g in got if (outcome is None or g[0] == outcome) and (subject is None or words_in(subject, g[1]))]
    assert not bad, got
