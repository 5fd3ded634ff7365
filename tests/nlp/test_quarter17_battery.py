"""The quarter17 battery (tests/nlp/quarter17_battery.py): a quarter with no year read as of
the year the page stated, however far back; left unread when the page stated none."""

import pytest

from quarter17_battery import CASES, NOT_READ
from dates_found import dates_on


def _check(text, published, expected):
    found = dates_on(text, published)
    for words, days in expected.items():
        hits = [(a, b) for t, a, b in found if t == words]
        assert hits and tuple(days) in hits, (words, days, found)


@pytest.mark.parametrize("text,published,expected", CASES, ids=[c[0][-50:] for c in CASES])
def test_a_quarter_is_of_the_year_the_page_stated(text, published, expected):
    _check(text, published, expected)


@pytest.mark.parametrize("text,published,expected", NOT_READ, ids=[c[0][:40] + c[0][-30:] for c in NOT_READ])
def test_a_quarter_stays_unread_with_no_stated_year(text, published, expected):
    _check(text, published, expected)
