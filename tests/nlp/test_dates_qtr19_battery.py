"""The qtr19 battery (tests/nlp/qtr19_battery.py): 'Qtr' read as 'quarter' wherever a
quarter with an ordinal is read, and nowhere else."""

from qtr19_battery import ABSENT, CASES
from dates_found import dates_battery_test


test_qtr_is_a_quarter = dates_battery_test(CASES, ABSENT, unresolved_is_absent=True)
