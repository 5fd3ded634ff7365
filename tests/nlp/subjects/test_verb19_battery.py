"""Whose outcome it is when its verb is a base form after 'to' or a modal (verb19_battery.py), run
through the whole pipeline (extract_text)."""

from outcomes_found import subject_battery_tests
from verb19_battery import REFUSED, STORIES

(test_each_outcome_is_given_to_its_officer,
 test_no_outcome_is_given_to_someone_who_is_not_the_officer) = subject_battery_tests(STORIES, REFUSED)
