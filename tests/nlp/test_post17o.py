"""The post17o battery (post17o_battery.py): a judgement's infinitive complement ('was found not
to be proven'), through the whole pipeline."""

from post17o_battery import REFUSED, STATED
from outcomes_found import battery_tests

GAPS: tuple[str, ...] = ()

test_the_clause_states_the_outcome, test_no_such_outcome_is_stated, _ = battery_tests(STATED, REFUSED, (), GAPS)
