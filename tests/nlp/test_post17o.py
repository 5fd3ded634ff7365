"""The post17o battery (post17o_battery.py): a judgement's infinitive complement ('was found not
to be proven') and a counted, modified charge ('filed 21 felony charges against'), each through
the whole pipeline."""

from post17o_battery import REFUSED, STATED
from outcomes_found import battery_tests

# an officer who brings charges against a member of the public is read as the one charged: the
# older rule (charged-filed-charges) does the same; the patient subject falls back to the agent
GAPS: tuple[str, ...] = ("The officer filed assault charges against a protester.",)

test_the_clause_states_the_outcome, test_no_such_outcome_is_stated, _ = battery_tests(STATED, REFUSED, (), GAPS)
