"""The thisunit19 battery (tests/nlp/thisunit19_battery.py): "this quarter" on a page about
one quarter (month, year) is that one."""

import pytest

from thisunit19_battery import ABSENT, CASES
from dates_found import dates_on


def _found(found, words, days):
    hits = [(a, b) for t, a, b in found if words in t or t in words]
    if days == ABSENT:
        return not [h for h in hits if h != ("None", "None")]
    return tuple(days) in hits


@pytest.mark.parametrize("text,published,expected", CASES, ids=[c[0][:60] for c in CASES])
def test_this_unit_is_the_pages_own(text, published, expected):
    found = dates_on(text, published)
    for words, days in expected.items():
        assert _found(found, words, days), (words, days, found)
