"""The rec15o battery (rec15o_battery.py): a decision to prosecute or suspend someone, taken,
and a long participle phrase between the officer opening a sentence and its verb; and the
near sentences that state no such outcome, each run through the whole pipeline."""

from outcomes_found import battery_tests
from rec15o_battery import REFUSED, STATED

test_the_clause_states_the_outcome, test_no_such_outcome_is_stated, _stories = battery_tests(STATED, REFUSED)
