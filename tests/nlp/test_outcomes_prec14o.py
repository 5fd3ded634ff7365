"""The prec14o battery (prec14o_battery.py): outcomes the tool stated that no officer had,
by kind (a figure's wording, a curly-apostrophe negation, a condition after its clause,
"avoids jail" beside a non-custodial sentence, an officer's relative), and the near
sentences each refusal must leave stated, each run through the whole pipeline."""

import pytest

from prec14o_battery import GAPS, REFUSED, STATED
from outcomes_found import battery_outcomes as _outcomes, gap_cases, states


@pytest.mark.parametrize("text, outcome, subject, months", STATED)
def test_the_clause_states_the_outcome(text, outcome, subject, months):
    got = _outcomes(text)
    assert states(got, outcome, subject, months), got


@pytest.mark.parametrize("text, outcome", gap_cases(REFUSED, GAPS, strict=True))
def test_no_such_outcome_is_stated(text, outcome):
    got = _outcomes(text)
    assert not [g for g in got if outcome is None or g[0] == outcome], got
