"""The post16 battery (post16_battery.py): a warning's length before it, a city's dotted state
between commas and a time phrase fronted without a comma, each through the whole pipeline."""

import pytest
from post16_battery import AGE_KEPT, REFUSED, STATED, SUBJECT_EXACT
from outcomes_found import battery_outcomes, battery_tests

GAPS: tuple[str, ...] = ()

test_the_clause_states_the_outcome, test_no_such_outcome_is_stated, _ = battery_tests(STATED, REFUSED, (), GAPS)


@pytest.mark.parametrize("text, outcome, subject", SUBJECT_EXACT + AGE_KEPT)
def test_the_time_phrase_is_no_part_of_the_subject(text, outcome, subject):
    got = battery_outcomes(text)
    assert any(o == outcome and s == subject for o, s, _m in got), got
