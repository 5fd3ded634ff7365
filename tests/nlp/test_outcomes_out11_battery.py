"""The out11 battery (out11_battery.py): outcomes as US police-crime copy and UK / Irish court and
misconduct reports state them, and the sentences that state none, each run through the whole
pipeline (extract_text)."""

import pytest

from out11_battery import PAGES_REFUSED, REFUSED, STATED, STORIES
from outcomes_found import battery_outcomes as _outcomes, battery_tests, states

# What the battery shows still missing, kept visible. Not strict where the gap is who the person
# is (nlp/subjects and the subject readers, another branch's work): a fix there makes the case pass.
GAPS = (
    "Wilson was booked into the Orange County Jail",  # a surname said to be a "detention deputy" only after
    "Officer Ted Voss testified against the defendant",  # ", who" after a non-police head: the relative's person
    "The chief retired the department's old patrol cars",  # an active "retired" with a thing as its object
    "Officer Beth Lyle was terminated from the call",  # a call ended, not a job
    "A jury cleared Sergeant Neil Hay of assault after the sheriff",  # "him" after "against" read as the sheriff
    "Sheriff Moira Kerr found the charge against the constable not proven",  # a named court as the finder
)


test_the_clause_states_the_outcome, test_no_such_outcome_is_stated, test_each_step_of_a_story_is_stated = (
    battery_tests(STATED, REFUSED, STORIES, GAPS, strict=False))


@pytest.mark.parametrize("text, refused", PAGES_REFUSED)
def test_a_page_states_no_outcome_of_an_officer_it_names(text, refused):
    got = _outcomes(text)
    for outcome, word in refused:
        assert not [g for g in got if g[0] == outcome and (word is None or word in g[1])], (outcome, word, got)


@pytest.mark.parametrize("text, expected", [
    ("Two deputies were fired", [("dismissed", "deputies")]),
    ("Eleven officers fired", []),
    ("Sheriff fires", []),
    ("- 11: officers fired", []),
])
def test_a_text_ending_on_the_outcome_word_is_read(text, expected):
    """A headline, an RSS title or a list whose last word is the verb, with no full stop: the
    active reader looks past the words for the person and must not run off the end."""
    got = _outcomes(text)
    for outcome, subject in expected:
        assert states(got, outcome, subject), got
