"""The dates12 battery (tests/nlp/dates12_battery.py): dates read against the frame the
text sets, and words that only look like a date."""

import pytest

from dates12_battery import ABSENT, CASES, PAGES
from dates_found import dates_battery_test, found_in


test_dates_in_their_frame = dates_battery_test(CASES, ABSENT)


@pytest.mark.parametrize("text,expected", PAGES, ids=[p[0].split("\n")[0] for p in PAGES])
def test_a_day_named_by_up_to_is_recorded_as_that_day(text, expected):
    from extractor import extract_text
    found = [(d.text, str(d.date_from), str(d.date_to)) for d in extract_text(text).dates]
    for words, days in expected.items():
        assert found_in(found, words, days, ABSENT), (words, days, found)
