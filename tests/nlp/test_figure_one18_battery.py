"""The one18 battery (tests/nlp/one18_battery.py): 'one' as an item of a tally of clauses."""

import pytest

from figures_found import found_figures
from one18_battery import REFUSED, STATED


def test_the_battery_is_big_enough():
    assert len(STATED) >= 30 and len(REFUSED) >= 15


@pytest.mark.parametrize("text,outcome", STATED, ids=[c[0][:60] for c in STATED])
def test_one_of_a_tally_is_a_figure(text, outcome):
    ones = [f for f in found_figures(text) if f.text.lower() == "one"]
    assert len(ones) == 1 and ones[0].value == 1, [(f.text, f.outcome) for f in found_figures(text)]
    assert ones[0].outcome == outcome, ones[0]


@pytest.mark.parametrize("text", REFUSED, ids=[c[:60] for c in REFUSED])
def test_one_beside_no_tally_is_no_figure(text):
    assert [f.text for f in found_figures(text) if f.text.lower() == "one"] == []
