"""The US police-crime battery (us7_battery.py): headlines, ledes, court and press-release
copy, short stories, and the sentences that state no outcome of an officer. Each case is
run through the whole pipeline (extract_text), as a newsroom's alert would be."""

import pytest

from outcomes_found import battery_outcomes as _outcomes, battery_tests
from us7_battery import REFUSED, STATED, STORIES

# What the battery shows still missing, kept visible: each must fail today (strict), so a
# fix that makes one pass moves it out of this list.
GAPS = (
    "Kent has been with the sheriff's office since 2016",  # a surname that is also a place (Kent Police)
)


test_us_copy_states_the_outcome, test_us_copy_that_states_no_outcome_of_an_officer, test_us_stories_resolve_the_person \
    = battery_tests(STATED, REFUSED, STORIES, gaps=GAPS)


@pytest.mark.parametrize("text, agent", [
    ("The sheriff fired one deputy and suspended seven others without pay.", "sheriff"),
    ("Chief Ray Doss suspended two others and fired Officer Al Tate.", "Ray Doss"),
    ("A judge sentenced the woman the officer arrested to two years of probation.", "officer"),
])
def test_the_one_who_acts_is_not_given_the_outcome(text, agent):
    got = _outcomes(text)
    assert not [g for g in got if agent in g[1]], got


def test_counted_others_after_an_officer_are_more_officers():
    got = _outcomes("The sheriff fired one deputy and suspended seven others without pay.")
    assert ("suspended", "seven others", None) in got, got


def test_a_related_link_under_a_story_states_no_outcome_of_it():
    text = ("Deputy fired after crash\n\nA Polk County deputy was fired Monday after a crash.\n\n"
            "RELATED: Greene County jailer charged with smuggling drugs")
    got = [o for o, _, _ in _outcomes(text)]
    assert "dismissed" in got and "charged" not in got, got


def test_a_booking_after_the_arrest_is_that_arrest():
    text = ("Detention deputy arrested\n\nOn Saturday, Detention Deputy Kyle Anders, 26, was arrested by the "
            "sheriff's office and charged with battery. The investigation began after an inmate reported that "
            "Anders struck him. Anders was booked into the Polk County Jail and has since bonded out.")
    got = [o for o, s, _ in _outcomes(text) if "Anders" in s]
    assert got.count("arrested") == 1 and "charged" in got, got


def test_a_booking_alone_is_the_arrest():
    got = _outcomes("Officer Ty Moss, 31, was booked into the Bell County Jail on Friday.")
    assert [o for o, _, _ in got] == ["arrested"], got
