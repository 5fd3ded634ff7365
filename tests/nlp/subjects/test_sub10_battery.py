"""Whose outcome it is (sub10_battery.py), run through the whole pipeline (extract_text)."""

from outcomes_found import subject_battery_tests
from sub10_battery import REFUSED, REFUSED_2, REFUSED_3, REFUSED_4, STORIES, STORIES_2, STORIES_3, STORIES_4

(test_each_outcome_is_given_to_its_officer,
 test_no_outcome_is_given_to_someone_who_is_not_the_officer) = subject_battery_tests(
    STORIES + STORIES_2 + STORIES_3 + STORIES_4, REFUSED + REFUSED_2 + REFUSED_3 + REFUSED_4)
