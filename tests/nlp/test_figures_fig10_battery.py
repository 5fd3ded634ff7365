"""The fig10 battery (tests/nlp/fig10_battery.py): numbers in US, UK and Irish police copy
that are not figures, and figures with the fields their English gives them. Every case runs
through the whole pipeline as an article published on 1 June 2023."""

import pytest

from figures_found import battery_cases, found_figures, mismatches
from fig10_battery import FIGURES, HEADLINE, MISSED, REFUSALS


@pytest.mark.parametrize("text", battery_cases(REFUSALS, MISSED))
def test_not_a_figure(text):
    assert [f.text for f in found_figures(HEADLINE + text)] == []


@pytest.mark.parametrize("text, expected", battery_cases(FIGURES, MISSED))
def test_a_figure_and_its_fields(text, expected):
    assert mismatches(text, expected) == []
