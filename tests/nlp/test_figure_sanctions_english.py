"""What a breakdown of disciplinary sanctions counts, and what misuse of police systems
is: sentences written for these tests."""

import pytest

from figures_found import by_text


def test_each_sanction_in_a_breakdown_takes_its_outcome():
    found = by_text("Between 2018 and 2022, 20 officers were disciplined for misusing police systems. "
                    "Three officers received a reprimand, six officers were fined, four officers were "
                    "reduced in pay and two officers were required to resign.")
    assert {t: found[t].outcome for t in ("Three", "six", "four", "two")} == {
        "Three": "other", "six": "other", "four": "other", "two": "resigned"}


@pytest.mark.parametrize("text", [
    "Nine officers were disciplined for inappropriately using police systems since 2015.",
    "Nine officers were disciplined for accessing confidential information on the Police National Computer "
    "in 2021.",
])
def test_misusing_police_systems_is_a_conduct_of_its_own(text):
    (f,) = by_text(text).values()
    assert f.category == "other"


def test_officers_who_left_the_force_ahead_of_hearings_resigned():
    found = by_text("Eight officers left the force ahead of gross misconduct hearings in 2023.")
    assert found["Eight"].outcome == "resigned"
