"""The harvfig13us battery (tests/nlp/harvfig13us_battery.py): how US news and data pages state
conduct figures, every field of each, and the numbers beside them that are not figures. Every
case runs through the whole pipeline as an article published on 1 June 2023."""

import pytest

from harvfig13us_battery import FIGURES, HEADLINE, MISSING, REFUSALS
from figures_found import battery_cases, found_figures, mismatches


@pytest.mark.parametrize("text", battery_cases(REFUSALS, MISSING))
def test_not_a_figure(text):
    assert [f.text for f in found_figures(HEADLINE + text)] == []


@pytest.mark.parametrize("text, expected", battery_cases(FIGURES, MISSING))
def test_a_figure_and_its_fields(text, expected):
    assert mismatches(text, expected) == []
