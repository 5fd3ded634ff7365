"""The post21f battery (tests/nlp/post21f_battery.py): "From <date>, N ..." counts from the date on."""

from figures_found import figure_fields_tests
from post21f_battery import NOT_OPEN, OPEN


def test_the_battery_is_big_enough():
    assert len(OPEN) >= 30 and len(NOT_OPEN) >= 15
    assert all(any(f["period_to"] == "2023-06-01" for f in figures) for _, figures in OPEN)


test_a_count_from_a_date_on = figure_fields_tests(OPEN)
test_a_date_or_range_stays_its_own = figure_fields_tests(NOT_OPEN)
