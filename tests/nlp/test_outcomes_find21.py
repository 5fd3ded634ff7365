"""The find21 battery (find21_battery.py): a level of misconduct that is a finding because its
sentence names the finder in a tag after it or states the sanction it led to; and the near
sentences that state no finding, each run through the whole pipeline."""

from find21_battery import GAPS, REFUSED, STATED
from outcomes_found import battery_tests

test_the_clause_states_the_outcome, test_no_such_outcome_is_stated, _stories = battery_tests(STATED, REFUSED, gaps=GAPS)
