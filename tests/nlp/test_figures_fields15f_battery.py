"""The fields15f battery (tests/nlp/fields15f_battery.py): the period of a percentage change,
the kind of a part of a breakdown, a reason after a qualified noun, the outcome of a
count compared with another, whose a count of investigated officers is, the outcome of the
rest of a set, and the near sentences that
keep what they gave. Every case runs through the whole pipeline as an article published on
1 June 2023."""

import pytest

from figures_found import battery_cases, mismatches
from fields15f_battery import CHANGES, COMPARED, INVESTIGATORS, KEEPS, LEAD, MISSED, PARTS, REASONS, SETS


@pytest.mark.parametrize("text, expected", battery_cases(CHANGES, MISSED))
def test_a_change_covers_the_period_of_the_count_it_measures(text, expected):
    assert mismatches(LEAD + text, expected) == []


@pytest.mark.parametrize("text, expected", battery_cases(PARTS, MISSED))
def test_a_parts_kind_stays_with_the_part(text, expected):
    assert mismatches(LEAD + text, expected) == []


@pytest.mark.parametrize("text, expected", battery_cases(REASONS, MISSED))
def test_a_reason_after_a_qualified_noun_is_another_kind(text, expected):
    assert mismatches(LEAD + text, expected) == []


@pytest.mark.parametrize("text, expected", battery_cases(COMPARED, MISSED))
def test_a_count_compared_with_another_counts_its_outcome(text, expected):
    assert mismatches(LEAD + text, expected) == []


@pytest.mark.parametrize("text, expected", battery_cases(INVESTIGATORS, MISSED))
def test_the_investigator_is_not_whose_count_of_officers(text, expected):
    assert mismatches(LEAD + text, expected) == []


@pytest.mark.parametrize("text, expected", battery_cases(SETS, MISSED))
def test_the_rest_of_a_set_and_some_among_it_are_in_its_outcome(text, expected):
    assert mismatches(LEAD + text, expected) == []


@pytest.mark.parametrize("text, expected", battery_cases(KEEPS, MISSED))
def test_near_sentences_keep_what_they_gave(text, expected):
    assert mismatches(LEAD + text, expected) == []
