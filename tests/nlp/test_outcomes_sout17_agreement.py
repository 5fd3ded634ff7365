"""The sout17 agreement battery (sout17_agreement_battery.py): a verb listed in its third-person
singular also states the outcome in its base form after a plural subject; the base form as an
infinitive, after a modal or a negation, or in a question states none. Each sentence runs
through the whole pipeline."""

from outcomes_found import battery_tests
from sout17_agreement_battery import GAPS, REFUSED, STATED, STORIES

test_the_clause_states_the_outcome, test_no_such_outcome_is_stated, test_each_step_of_a_story_is_stated = battery_tests(
    STATED, REFUSED, STORIES, gaps=GAPS)
