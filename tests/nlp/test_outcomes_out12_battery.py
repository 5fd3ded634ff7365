"""The out12 battery (out12_battery.py): cautions and discipline with no sanction named,
participles and gerunds, phrasal administrative steps, admissions and breaches as findings,
who finds (a panel's "guilty" is no conviction), and the tallies and glossaries that state no
officer's outcome, each run through the whole pipeline (extract_text)."""

import pytest

from out12_battery import PAGES_COUNTED, REFUSED, STATED, STORIES
from outcomes_found import battery_outcomes as _outcomes, states, gap_cases

# What the battery shows still missing, kept visible. Not strict where the gap is who the person
# is (nlp/subjects, another branch's work): a fix there makes the case pass.
GAPS: tuple[str, ...] = ()


@pytest.mark.parametrize("text, outcome, subject, months", gap_cases(STATED, GAPS, strict=False))
def test_the_clause_states_the_outcome(text, outcome, subject, months):
    got = _outcomes(text)
    assert states(got, outcome, subject, months), got


@pytest.mark.parametrize("text, outcome", REFUSED)
def test_no_such_outcome_is_stated(text, outcome):
    got = _outcomes(text)
    assert not [g for g in got if outcome is None or g[0] == outcome], got


@pytest.mark.parametrize("text, expected", STORIES)
def test_each_step_of_a_story_is_stated(text, expected):
    got = _outcomes(text)
    for outcome, subject in expected:
        assert states(got, outcome, subject), (outcome, subject, got)


@pytest.mark.parametrize("text, outcome, count", PAGES_COUNTED)
def test_a_page_states_that_many(text, outcome, count):
    got = _outcomes(text)
    assert len([g for g in got if g[0] == outcome]) == count, got
