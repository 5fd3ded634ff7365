"""The fields16 battery (tests/nlp/fields16_battery.py): rolling periods, a definite "the
N-unit period", a date that opens the next clause, the parts of a fronted set, a count defined
by a conduct, an outcome asked for, and the near sentences that keep what they gave. Every case
runs through the whole pipeline as an article published on 1 June 2023."""

import pytest

from figures_found import battery_cases, mismatches
from fields16_battery import ANAPHORS, CLAUSES, CONDUCT, KEEPS, LEAD, MISSED, PARTS, ROLLING, SOUGHT


@pytest.mark.parametrize("text, expected", battery_cases(ROLLING, MISSED))
def test_a_rolling_window_runs_its_stated_length(text, expected):
    assert mismatches(LEAD + text, expected) == []


@pytest.mark.parametrize("text, expected", battery_cases(ANAPHORS, MISSED))
def test_the_n_unit_period_is_one_the_article_stated(text, expected):
    assert mismatches(LEAD + text, expected) == []


@pytest.mark.parametrize("text, expected", battery_cases(CLAUSES, MISSED))
def test_a_date_that_opens_the_next_clause_dates_its_count(text, expected):
    assert mismatches(LEAD + text, expected) == []


@pytest.mark.parametrize("text, expected", battery_cases(PARTS, MISSED))
def test_parts_of_a_fronted_set_take_its_outcome(text, expected):
    assert mismatches(LEAD + text, expected) == []


@pytest.mark.parametrize("text, expected", battery_cases(CONDUCT, MISSED))
def test_a_count_defined_by_a_conduct_is_of_that_kind(text, expected):
    assert mismatches(LEAD + text, expected) == []


@pytest.mark.parametrize("text, expected", battery_cases(SOUGHT, MISSED))
def test_an_outcome_asked_for_is_not_done(text, expected):
    assert mismatches(LEAD + text, expected) == []


@pytest.mark.parametrize("text, expected", battery_cases(KEEPS, MISSED))
def test_near_sentences_keep_what_they_gave(text, expected):
    assert mismatches(LEAD + text, expected) == []


def test_the_battery_is_as_large_as_its_brief():
    positives = ROLLING + ANAPHORS + CLAUSES + PARTS + CONDUCT + SOUGHT
    assert len(positives) >= 40 and len(KEEPS) >= 20
