"""The qtr19 battery (tests/nlp/qtr19_battery.py): 'Qtr' read as 'quarter' wherever a
quarter with an ordinal is read, and nowhere else."""

import pytest

from qtr19_battery import ABSENT, CASES
from dates_found import dates_on


def _found(found, words, days):
    hits = [(a, b) for t, a, b in found if words in t or t in words]
    if days == ABSENT:
        return not [h for h in hits if h != ("None", "None")]
    return tuple(days) in hits


@pytest.mark.parametrize("text,published,expected", CASES, ids=[c[0][:60] for c in CASES])
def test_qtr_is_a_quarter(text, published, expected):
    found = dates_on(text, published)
    for words, days in expected.items():
        assert _found(found, words, days), (words, days, found)
