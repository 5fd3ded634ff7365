"""The should21 battery (should21_battery.py): 'should' in a that-clause a decision governs states the decision; run through the whole pipeline."""

from should21_battery import REFUSED, STATED
from outcomes_found import battery_tests

test_the_clause_states_the_outcome, test_no_such_outcome_is_stated, _ = battery_tests(STATED, REFUSED)
