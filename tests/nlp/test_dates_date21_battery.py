"""The date21 battery (tests/nlp/date21_battery.py): a date that modifies a noun ("other 2017
data", "a 1963 U.S. Supreme Court decision", "the May graduating class"), a date without its
year after a preposition of time ("from 31 July", "scheduled for January"), and page heads whose
own date is set off by a spaced hyphen or a byline's double slashes."""

from datetime import date

import pytest

from date21_battery import ABSENT, CASES, PAGES
from dates_found import dates_battery_test
from extractor.ingest.read import read_source


test_a_date_framed_as_english_frames_it = dates_battery_test(CASES, ABSENT)


@pytest.mark.parametrize("name, content, expected, why", PAGES, ids=[p[0] for p in PAGES])
def test_a_page_head_is_dated_as_a_reader_dates_it(tmp_path, name, content, expected, why):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    assert read_source(str(path)).published == (date.fromisoformat(expected) if expected else None), why
