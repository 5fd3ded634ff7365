"""The rules14f battery (tests/nlp/rules14f_battery.py): a figure's org, outcome and period in
shapes batch-13 showed unread, and the counts that must keep none of them. Every case runs
through the whole pipeline as an article published on 1 June 2023."""

import pytest

from figures_found import battery_cases, found_figures, mismatches
from rules14f_battery import FINDINGS, LEAD, MISSED, ORGS, PERIODS, REFUSALS


def _checked(text, expected):
    if not expected:
        return [f.text for f in found_figures(LEAD + text)]
    return mismatches(LEAD + text, expected)


@pytest.mark.parametrize("text, expected", battery_cases(ORGS, MISSED))
def test_whose_figures_by_the_name_in_full(text, expected):
    assert _checked(text, expected) == []


@pytest.mark.parametrize("text, expected", battery_cases(FINDINGS, MISSED))
def test_the_outcome_a_finding_states(text, expected):
    assert _checked(text, expected) == []


@pytest.mark.parametrize("text, expected", battery_cases(PERIODS, MISSED))
def test_a_running_tally_to_a_day(text, expected):
    assert _checked(text, expected) == []


@pytest.mark.parametrize("text, expected", battery_cases(REFUSALS, MISSED))
def test_what_those_shapes_must_not_give(text, expected):
    assert _checked(text, expected) == []
