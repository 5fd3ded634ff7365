"""The out12 battery (out12_battery.py): cautions and discipline with no sanction named,
participles and gerunds, phrasal administrative steps, admissions and breaches as findings,
who finds (a panel's "guilty" is no conviction), and the tallies and glossaries that state no
officer's outcome, each run through the whole pipeline (extract_text)."""

import pytest

from out12_battery import PAGES_COUNTED, REFUSED, STATED, STORIES
from outcomes_found import battery_outcomes as _outcomes, battery_tests

# What the battery shows still missing, kept visible. Not strict where the gap is who the person
# is (nlp/subjects, another branch's work): a fix there makes the case pass.
GAPS: tuple[str, ...] = ()


test_the_clause_states_the_outcome, test_no_such_outcome_is_stated, test_each_step_of_a_story_is_stated = (
    battery_tests(STATED, REFUSED, STORIES, GAPS, strict=False))


@pytest.mark.parametrize("text, outcome, count", PAGES_COUNTED)
def test_a_page_states_that_many(text, outcome, count):
    got = _outcomes(text)
    assert len([g for g in got if g[0] == outcome]) == count, got
