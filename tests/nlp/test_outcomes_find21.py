"""The find21 battery (find21_battery.py): a level of misconduct that is a finding because its
sentence names the finder in a tag after it or states the sanction it led to; a counted group
of officers coordinated with other officers as one subject, and "they" after a count taken from
a group of officers; and the near sentences that state no such outcome, each run through the
whole pipeline."""

import pytest

from find21_battery import GAPS, GROUP_REFUSED, GROUPS, REFUSED, STATED
from outcomes_found import battery_outcomes, battery_tests

test_the_clause_states_the_outcome, test_no_such_outcome_is_stated, _stories = battery_tests(STATED, REFUSED, gaps=GAPS)
_, test_no_group_outcome_is_stated, _ = battery_tests([], GROUP_REFUSED)


@pytest.mark.parametrize("text, outcome, subject", GROUPS)
def test_the_group_is_one_subject_as_written(text, outcome, subject):
    got = [(o, s) for o, s, _ in battery_outcomes(text) if o == outcome]
    assert got == [(outcome, subject)], battery_outcomes(text)
