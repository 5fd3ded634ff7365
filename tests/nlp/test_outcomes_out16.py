"""The out16 battery (out16_battery.py): outcomes reached through a result or time link, a
gerund after a link, an evaluative finding, a verb instituting charges and a move to
restricted duties; and the near sentences that state no such outcome, each run through the
whole pipeline."""

from out16_battery import GAPS, REFUSED, STATED
from outcomes_found import battery_tests

test_the_clause_states_the_outcome, test_no_such_outcome_is_stated, _stories = battery_tests(STATED, REFUSED, gaps=GAPS)
