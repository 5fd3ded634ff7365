"""What a count counts when its noun is not the word nearest it: a label's head is its first
noun ("Officers with at least one sustained allegation: 88" counts officers), and a possessive
before the noun is not the noun ("half of last year's cases" counts cases). Lines and
sentences written for these tests."""

import pytest

from figures_found import by_text


@pytest.mark.parametrize("text, counted", [
    ("Officers with at least one sustained allegation: 88.", {"88": "officer"}),
    ("Key figures for 2022:\n\n- Deputies with two or more complaints: 41\n- Complaints against deputies: 300",
     {"41": "officer", "300": "complaint"}),
    ("Allegations against officers with prior discipline: 64.", {"64": "allegation"}),
    ("Complaints involving officers on probation: 19.", {"19": "complaint"}),
    ("Gardaí subject to more than one investigation: 23.", {"23": "officer"}),
])
def test_a_label_counts_its_first_noun(text, counted):
    found = by_text(text)
    assert {t: found[t].counted for t in counted} == counted


@pytest.mark.parametrize("text, counted", [
    ("More than half of last year's cases involved deputies.", {"More than half": "case"}),
    ("40 of last year's complaints involved deputies.", {"40": "complaint"}),
    ("Nearly a third of this year's allegations were made against sergeants.", {"Nearly a third": "allegation"}),
    ("Nine of the department's officers were fired in 2022.", {"Nine": "officer"}),
    ("About 30% of the force's misconduct hearings ended in dismissal.", {"About 30%": "case"}),
])
def test_a_possessive_before_the_noun_is_not_the_noun(text, counted):
    found = by_text(text)
    assert {t: found[t].counted for t in counted} == counted


def test_a_count_after_its_noun_in_prose_counts_the_nearest_noun_before_it():
    found = by_text("While complaints were up, a total of 942 were deemed inadmissible.")
    assert found["942"].counted == "complaint"
