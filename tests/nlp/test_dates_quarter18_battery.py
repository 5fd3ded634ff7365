"""The quarter18 battery (tests/nlp/quarter18_battery.py): quarter codes with their year,
as dates and as the period of a count."""

import pytest

from quarter18_battery import ABSENT, CASES, COUNTS
from dates_found import dates_battery_test
from figures_found import by_text


test_a_quarter_code_is_its_three_months = dates_battery_test(CASES, ABSENT)


@pytest.mark.parametrize("text,words,first,last", COUNTS, ids=[c[0][:60] for c in COUNTS])
def test_a_count_from_a_quarter_has_that_quarter_as_its_period(text, words, first, last):
    figure = by_text(text)[words]
    assert (str(figure.period_from), str(figure.period_to)) == (first, last), figure
