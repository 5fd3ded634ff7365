"""Who an outcome happens to and the shapes English states it in (subj8_battery.py): a name
introduced by name and age after an unnamed officer's lede, decisions with "is to be",
words inside an administrative step, plural warnings, "found X guilty", long subjects,
the appositive head rather than the possessor, and the sentences that state no outcome
of an officer. Each case runs through the whole pipeline (extract_text)."""

import pytest

from outcomes_found import battery_outcomes as _outcomes, states, gap_cases
from subj8_battery import REFUSED, STATED, STORIES

# What the battery shows still missing, kept visible: each must fail today (strict), so a
# fix that makes one pass moves it out of this list.
GAPS = (
)



@pytest.mark.parametrize("text, outcome, subject, months", gap_cases(STATED, GAPS, strict=True))
def test_copy_states_the_outcome(text, outcome, subject, months):
    got = _outcomes(text)
    assert states(got, outcome, subject, months), got


@pytest.mark.parametrize("text, expected", gap_cases(STORIES, GAPS, strict=True))
def test_stories_link_the_named_person_to_the_officer(text, expected):
    got = _outcomes(text)
    for outcome, subject in expected:
        assert states(got, outcome, subject), (outcome, subject, got)


@pytest.mark.parametrize("text, outcome", gap_cases(REFUSED, GAPS, strict=True))
def test_copy_that_states_no_such_outcome(text, outcome):
    got = _outcomes(text)
    assert not [g for g in got if outcome is None or g[0] == outcome], got
