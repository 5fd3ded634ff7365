"""The sout17 ellipsis battery (sout17_ellipsis_battery.py): coordinated passive participles
share the first one's verb chain, so its negation, modal or present-tense condition refuses
them all; the near sentences whose later verb has its own chain, or whose cue is in another
clause, are still stated. Each sentence runs through the whole pipeline."""

from outcomes_found import battery_tests
from sout17_ellipsis_battery import REFUSED, STATED

test_the_clause_states_the_outcome, test_no_such_outcome_is_stated, _stories = battery_tests(STATED, REFUSED)
