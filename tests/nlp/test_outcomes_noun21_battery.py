"""The noun21 battery (noun21_battery.py): outcomes stated by a noun ('their dismissal', 'the
demotion of X', 'his reinstatement', 'the decision to fire X'), a verdict as the subject of
'cleared', and convictions received, each through the whole pipeline; and the near sentences
that state no such outcome of an officer."""

from noun21_battery import REFUSED, STATED
from outcomes_found import battery_tests

test_the_noun_states_the_outcome, test_no_such_outcome_is_stated, _stories = battery_tests(STATED, REFUSED)
