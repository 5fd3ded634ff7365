"""The rules14o battery (rules14o_battery.py): the general shapes behind batch-13's unread and
misread outcomes -- disciplinary counts, a board's decided sanction, court copy, "'s" for
"has", whole titles as subjects -- and their look-alikes, each run through the whole pipeline
(extract_text)."""

import pytest

from rules14o_battery import REFUSED, STATED, STORIES
from outcomes_found import battery_outcomes as _outcomes, states, gap_cases

# What the battery shows still missing, each opening named with its cause (strict: a fix shows).
GAPS: tuple[str, ...] = (
    # discipline: a count or charge of a disciplinary offence is read as a court conviction, or not at all
    "After an internal disciplinary process, Garda Niall Brophy", "Sergeant Orla Quane admitted",
    "Constable Petra Lind admitted", "Detective Sergeant Kim Oduya", "Inspector Dara Quill",
    "Chief Constable Reg Hale", "PC Aled Pryce", "Deputy Sheriff Ron Tague", "Garda Cathal Rourke",
    # decision: "should receive" a sanction after a decision verb is read as no outcome
    "The appeal board determined", "The tribunal concluded", "The chief decided", "The board decided that Garda Cian",
    # court: an object described with "City, State," is cut at the comma
    "A jury has convicted a Dayton", "A federal jury convicted a Tulsa", "Jurors on Friday convicted a Macon",
    # court: an admitted offence named by a gerund the offence list lacks
    "Constable Rab Muir", "The detective admitted fabricating", "PC Ivo Strand", "Former sergeant Lyn Dowd",
    "PC Sam Ord",
    # court: an active "sentenced X to community service" takes the sentencer as the subject
    "The judge sentenced Officer Ray Dunne", "The sheriff sentenced the constable",
    # court: a charge stated as the circumstance of a resignation ("amid ... charges")
    "A deputy police chief in Ohio", "Officer Kay Tull", "The sheriff stepped down", "Sergeant Dev Rana",
    # personnel: "'s" standing for "has" before the verb; "N more" before the group
    "Deputy Chief Ray Lamm's", "Captain Joe Bray's", "Officer Amy Tse's", "Two more deputies",
    # subject: "deputy police chief" is cut to its first word
    "A deputy police chief in California", "A deputy fire chief", "The former deputy police chief",
    # spurious: a count of sustained violations read as one officer's finding
    "The sheriff's office sustained",
)
STORY_GAPS: tuple[str, ...] = ("Following a disciplinary inquiry", "Jeff Moran", "A deputy police chief in Ohio")


@pytest.mark.parametrize("text, outcome, subject, months", gap_cases(STATED, GAPS, strict=True))
def test_the_clause_states_the_outcome(text, outcome, subject, months):
    got = _outcomes(text)
    assert states(got, outcome, subject, months), got


@pytest.mark.parametrize("text, outcome", gap_cases(REFUSED, GAPS, strict=True))
def test_no_such_outcome_is_stated(text, outcome):
    got = _outcomes(text)
    assert not [g for g in got if outcome is None or g[0] == outcome], got


@pytest.mark.parametrize("text, expected", gap_cases(STORIES, STORY_GAPS, strict=True))
def test_each_step_of_a_story_is_stated(text, expected):
    got = _outcomes(text)
    for outcome, subject in expected:
        assert states(got, outcome, subject), (outcome, subject, got)
