"""The dates12 battery (tests/nlp/dates12_battery.py): dates read against the frame the
text sets, and words that only look like a date."""

import pytest

from dates12_battery import ABSENT, CASES, PAGES
from dates_found import dates_on


def _found(found, words, days):
    hits = [(a, b) for t, a, b in found if words in t or t in words]
    if days == ABSENT:
        return not hits
    return tuple(days) in hits


@pytest.mark.parametrize("text,published,expected", CASES, ids=[c[0][:60] for c in CASES])
def test_dates_in_their_frame(text, published, expected):
    found = dates_on(text, published)
    for words, days in expected.items():
        assert _found(found, words, days), (words, days, found)


@pytest.mark.parametrize("text,expected", PAGES, ids=[p[0].split("\n")[0] for p in PAGES])
def test_a_day_named_by_up_to_is_recorded_as_that_day(text, expected):
    from extractor import extract_text
    found = [(d.text, str(d.date_from), str(d.date_to)) for d in extract_text(text).dates]
    for words, days in expected.items():
        assert _found(found, words, days), (words, days, found)
