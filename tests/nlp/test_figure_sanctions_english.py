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


def test_a_year_a_change_is_measured_from_is_its_base_not_its_period():
    found = by_text("In 2012 the board received 5,763 complaints, a 3 percent decrease from 2011, when it "
                    "received 5,969.")
    period = lambda f: (str(f.period_from), str(f.period_to))  # noqa: E731
    assert period(found["3 percent"]) == ("2012-01-01", "2012-12-31")
    assert period(found["5,969"]) == ("2011-01-01", "2011-12-31")  # the clause about 2011 is 2011's


def test_a_range_from_one_year_to_another_is_still_the_changes_period():
    (f,) = by_text("Complaints rose 5% from 2011 to 2013, the board said.").values()
    assert (str(f.period_from), str(f.period_to)) == ("2011-01-01", "2013-12-31")
