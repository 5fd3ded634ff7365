"""The cause18 battery (tests/nlp/cause18_battery.py): an outcome count followed by its cause
("fired following a violent arrest") is a count of that conduct, other where the lexicon has no
word for it; a process, a time or a general word after the link keeps every kind. Every case
runs through the whole pipeline as an article published on 1 June 2023."""

import pytest

from figures_found import battery_cases, mismatches
from cause18_battery import CAUSES, KEEPS, LEAD, MISSED


def test_the_battery_is_large_enough():
    assert len(CAUSES) >= 40 and len(KEEPS) >= 20


@pytest.mark.parametrize("text, expected", battery_cases(CAUSES, MISSED))
def test_an_outcome_count_takes_the_kind_of_its_cause(text, expected):
    assert mismatches(LEAD + text, expected) == []


@pytest.mark.parametrize("text, expected", battery_cases(KEEPS, MISSED))
def test_a_process_a_time_or_a_general_word_keeps_every_kind(text, expected):
    assert mismatches(LEAD + text, expected) == []
