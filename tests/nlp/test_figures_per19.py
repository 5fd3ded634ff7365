"""The per19 battery (tests/nlp/per19_battery.py): a period stated by reference is the one it
points to ("over the same period", "the year after", "the previous quarter"), a comparison's
period is the compared number's only, and a page that names the period it reports on
("Annual Report 2019") reads its months and "this calendar year" inside that period. Every
case runs through the whole pipeline as an article published on 1 June 2023."""

import pytest

from figures_found import battery_cases, mismatches
from per19_battery import ANAPHORA, COMPARED, KEEPS, MISSED, REPORTS


def test_the_battery_is_large_enough():
    assert len(ANAPHORA) + len(COMPARED) + len(REPORTS) >= 40 and len(KEEPS) >= 20


@pytest.mark.parametrize("text, expected", battery_cases(ANAPHORA, MISSED))
def test_a_period_named_by_reference_is_the_one_it_points_to(text, expected):
    assert mismatches(text, expected) == []


@pytest.mark.parametrize("text, expected", battery_cases(COMPARED, MISSED))
def test_a_compared_period_is_the_compared_numbers_only(text, expected):
    assert mismatches(text, expected) == []


@pytest.mark.parametrize("text, expected", battery_cases(REPORTS, MISSED))
def test_a_report_reads_its_months_inside_the_period_it_names(text, expected):
    assert mismatches(text, expected) == []


@pytest.mark.parametrize("text, expected", battery_cases(KEEPS, MISSED))
def test_near_sentences_keep_their_period(text, expected):
    assert mismatches(text, expected) == []
