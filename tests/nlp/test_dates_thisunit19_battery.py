"""The thisunit19 battery (tests/nlp/thisunit19_battery.py): "this quarter" on a page about
one quarter (month, year) is that one."""

from thisunit19_battery import ABSENT, CASES
from dates_found import dates_battery_test


test_this_unit_is_the_pages_own = dates_battery_test(CASES, ABSENT, unresolved_is_absent=True)
