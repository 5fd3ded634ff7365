"""The sgout18 page-frame battery (sgout18_frame_battery.py): a counted group of officers whose
sentence says neither one event nor a tally takes the page's frame: one Outcome of the group on
a page that reports one case, a figure only on a statistics page, on a page that says neither,
or where the count's own sentence gives a period, a total, an approximation or a comparison.
Each article runs through the whole pipeline."""

from outcomes_found import battery_tests
from sgout18_frame_battery import REFUSED, STATED

test_the_clause_states_the_outcome, test_no_such_outcome_is_stated, _stories = battery_tests(STATED, REFUSED)
