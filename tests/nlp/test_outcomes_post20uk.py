"""The post20uk battery (post20uk_battery.py): sanctions named as noun phrases in UK, Irish and
Scottish panel reports; a proceeding dismissed in the causative ('had the case against him
dismissed') is no officer dismissed."""

from outcomes_found import battery_tests
from post20uk_battery import GAPS, REFUSED, STATED

test_the_clause_states_the_outcome, test_no_such_outcome_is_stated, _stories = battery_tests(
    STATED, REFUSED, gaps=GAPS, strict=True)
