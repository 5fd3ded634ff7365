"""The post20us battery (post20us_battery.py): US copy's arrest as a state ('is in custody'), the
Latin no-contest plea, discretionary leave, and staff of a US state's prison, each through the
whole pipeline; and the near sentences that state no such outcome of an officer."""

from outcomes_found import battery_tests
from post20us_battery import REFUSED, STATED

test_us_copy_states_the_outcome, test_no_such_outcome_of_an_officer_is_stated, _stories = battery_tests(STATED, REFUSED)
