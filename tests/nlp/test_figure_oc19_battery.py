"""The oc19 battery (tests/nlp/oc19_battery.py): a count's outcome stated outside its clause,
past an aside, by an anaphor in the next sentence, or in the question the count answers."""

import pytest

from figures_found import battery_cases, found_figures
from oc19_battery import MISSED, REFUSED, STATED


def test_the_battery_is_big_enough():
    assert len(STATED) >= 40 and len(REFUSED) >= 20


def _named(text, figure_text):
    return [f for f in found_figures(text) if f.text == figure_text]


@pytest.mark.parametrize("text,figure,outcome", battery_cases(STATED, MISSED), ids=[f"{c[1]}: {c[0][:60]}" for c in STATED])
def test_an_outcome_stated_outside_the_clause_is_the_counts(text, figure, outcome):
    found = _named(text, figure)
    assert len(found) == 1, [(f.text, f.outcome) for f in found_figures(text)]
    assert found[0].outcome == outcome, found[0]


@pytest.mark.parametrize("text,figure", REFUSED, ids=[f"{c[1]}: {c[0][:60]}" for c in REFUSED])
def test_a_count_with_no_outcome_of_its_own_keeps_none(text, figure):
    assert [f.outcome for f in _named(text, figure) if f.outcome is not None] == []
