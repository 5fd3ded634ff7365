"""The figp20 battery (tests/nlp/figp20_battery.py): bodies that answered a request are no figure."""

import pytest

from figp20_battery import FIGURES, HEADLINE, REFUSED
from figures_found import found_figures, not_a_figure_tests


def test_the_battery_is_big_enough():
    assert len(REFUSED) >= 30 and len(FIGURES) >= 15


test_bodies_that_answered_are_no_figure = not_a_figure_tests(REFUSED, HEADLINE)


@pytest.mark.parametrize("text,values", FIGURES, ids=[c[0][:60] for c in FIGURES])
def test_conduct_beside_a_request_stays(text, values):
    assert [f.value for f in found_figures(HEADLINE + text)] == values
