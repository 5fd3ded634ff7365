"""The outb12 battery (outb12_battery.py): inverted copulas, groups with "other", charges
faced, community service performed, plea agreements entered into, findings told as a purpose
met, shares of a group as the clause's subject, a parent's apposition; and what states none
(an arrest read as a charge, a fear, a tally), each run through the whole pipeline."""

from outb12_battery import REFUSED, STATED
from outcomes_found import battery_tests


test_the_clause_states_the_outcome, test_no_such_outcome_is_stated, _ = battery_tests(STATED, REFUSED)
