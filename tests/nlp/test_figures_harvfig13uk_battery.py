"""The harvfig13uk battery (tests/nlp/harvfig13uk_battery.py): how UK and Irish statistics,
FOI and watchdog pages state conduct figures, and their numbers that are not figures. Every
case runs through the whole pipeline as an article published on 1 June 2023."""

import pytest

from harvfig13uk_battery import FIGURES, HEADLINE, MISSED, REFUSALS, RULE_FIGURES, RULE_REFUSALS
from figures_found import battery_cases, found_figures, mismatches


@pytest.mark.parametrize("text", battery_cases(REFUSALS + RULE_REFUSALS, MISSED))
def test_not_a_figure(text):
    assert [f.text for f in found_figures(HEADLINE + text)] == []


@pytest.mark.parametrize("text, expected", battery_cases(FIGURES + RULE_FIGURES, MISSED))
def test_a_figure_and_its_fields(text, expected):
    assert mismatches(text, expected) == []
