"""The since21 battery (since21_battery.py): an outcome stated by a 'since-' or 'now-'
participle inside the officer's description ('a since-fired officer', 'the now-suspended
trooper'), through the whole pipeline; and the near sentences that state no such outcome of an
officer."""

from since21_battery import REFUSED, STATED
from outcomes_found import battery_tests

test_the_participle_states_the_outcome, test_no_such_outcome_is_stated, _stories = battery_tests(STATED, REFUSED)
