"""The post18o battery (post18o_battery.py): a court's fine as a conviction, a return to
prison, a disciplinary level named through 'the lesser offence of', and a group among the
people charged, each through the whole pipeline."""

from post18o_battery import REFUSED, STATED
from outcomes_found import battery_tests

GAPS: tuple[str, ...] = ()

test_the_clause_states_the_outcome, test_no_such_outcome_is_stated, _ = battery_tests(STATED, REFUSED, (), GAPS)
