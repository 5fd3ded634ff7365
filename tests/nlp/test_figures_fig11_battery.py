"""The fig11 battery (tests/nlp/fig11_battery.py): a figure's fields in prose, tables and lists,
and numbers that are not figures. Every case runs through the whole pipeline as an article
published on 1 June 2023."""

import pytest

from fig11_battery import FIGURES, HEADLINE, MISSED, REFUSALS
from figures_found import battery_cases, found_figures, mismatches


@pytest.mark.parametrize("text", battery_cases(REFUSALS, MISSED))
def test_not_a_figure(text):
    assert [f.text for f in found_figures(HEADLINE + text)] == []


@pytest.mark.parametrize("text, expected", battery_cases(FIGURES, MISSED))
def test_a_figure_and_its_fields(text, expected):
    assert mismatches(text, expected) == []
