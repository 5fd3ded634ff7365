"""The post19o battery (post19o_battery.py): disciplinary findings stated as a breach of the
force's own rules, the level named after a finding, definitions that state no outcome, and a
custodial length with the half put last."""

from outcomes_found import battery_tests
from post19o_battery import GAPS, REFUSED, STATED

test_the_clause_states_the_outcome, test_no_such_outcome_is_stated, _stories = battery_tests(
    STATED, REFUSED, gaps=GAPS, strict=True)
