"""The subj21 battery (subj21_battery.py): the story's officer re-described as 'the man' or 'the
54-year-old woman', a police role behind a possessive apposed to a name ('X, the county's
sheriff,'), and a bare role after 'as' that names an office, each through the whole pipeline;
and the near sentences where the man, the name or the pronoun is someone else."""

from outcomes_found import battery_tests
from subj21_battery import REFUSED, STATED

test_the_story_person_states_the_outcome, test_no_such_outcome_of_an_officer_is_stated, _stories = \
    battery_tests(STATED, REFUSED)
