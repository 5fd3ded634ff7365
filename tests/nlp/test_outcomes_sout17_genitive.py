"""The sout17 genitive battery (sout17_genitive_battery.py): an outcome noun heading a genitive
noun phrase, with or without pre-modifiers, states the outcome of the possessor; a request,
challenge, modal, undoing, modifier of possibility or a noun it modifies states none. Each
sentence runs through the whole pipeline."""

from outcomes_found import battery_tests
from sout17_genitive_battery import REFUSED, STATED

test_the_clause_states_the_outcome, test_no_such_outcome_is_stated, _stories = battery_tests(STATED, REFUSED)
