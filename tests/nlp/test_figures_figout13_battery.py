"""The figout13 battery (tests/nlp/figout13_battery.py): a counted figure takes the outcome its
own clause states, and keeps none where its clause states none of its own. Every case runs through
the whole pipeline as an article published on 1 June 2023."""

import pytest

from figout13_battery import HEADLINE, MISSED, REFUSALS, STATED
from figures_found import battery_cases, mismatches


@pytest.mark.parametrize("text, expected", battery_cases(STATED, MISSED))
def test_the_outcome_its_clause_states(text, expected):
    assert mismatches(HEADLINE + text, expected) == []


@pytest.mark.parametrize("text, expected", battery_cases(REFUSALS, MISSED))
def test_no_outcome_its_clause_does_not_state(text, expected):
    assert mismatches(HEADLINE + text, expected) == []
