"""The figp20 ages battery (tests/nlp/figp20_ages_battery.py): ages the patterns missed are no figure."""

import pytest

from figp20_ages_battery import FIGURES, HEADLINE, REFUSED
from figures_found import found_figures, not_a_figure_tests


def test_the_battery_is_big_enough():
    assert len(REFUSED) >= 25 and len(FIGURES) >= 15


test_an_age_is_no_figure = not_a_figure_tests(REFUSED, HEADLINE)


@pytest.mark.parametrize("text,values", FIGURES, ids=[c[0][:60] for c in FIGURES])
def test_a_count_beside_an_age_stays(text, values):
    assert [f.value for f in found_figures(HEADLINE + text)] == values
