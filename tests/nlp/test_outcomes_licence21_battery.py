"""The licence21 battery (licence21_battery.py): US decertification said as the licence to
police stripped from an officer, passive or active, singular or plural, through the whole
pipeline; and the near sentences that state no such outcome of an officer."""

from licence21_battery import REFUSED, STATED
from outcomes_found import battery_tests

test_the_licence_taken_states_barred, test_no_such_outcome_is_stated, _stories = battery_tests(STATED, REFUSED)
