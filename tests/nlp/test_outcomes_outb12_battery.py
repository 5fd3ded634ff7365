"""The outb12 battery (outb12_battery.py): inverted copulas, groups with "other", charges
faced, community service performed, plea agreements entered into, findings told as a purpose
met, shares of a group as the clause's subject, a parent's apposition; and what states none
(an arrest read as a charge, a fear, a tally), each run through the whole pipeline."""

import pytest

from outb12_battery import REFUSED, STATED
from outcomes_found import battery_outcomes as _outcomes, states


@pytest.mark.parametrize("text, outcome, subject, months", STATED)
def test_the_clause_states_the_outcome(text, outcome, subject, months):
    got = _outcomes(text)
    assert states(got, outcome, subject, months), got


@pytest.mark.parametrize("text, outcome", REFUSED)
def test_no_such_outcome_is_stated(text, outcome):
    got = _outcomes(text)
    assert not [g for g in got if outcome is None or g[0] == outcome], got
