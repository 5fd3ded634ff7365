"""The named_number17 battery (tests/nlp/named_number17_battery.py): the number inside a
group's name is no count; counts beside it, and counts written like it, are still read."""

import pytest

from figures_found import found_figures
from named_number17_battery import NEGATIVE, POSITIVE


@pytest.mark.parametrize("text,expected", POSITIVE, ids=[t[:60] for t, _ in POSITIVE])
def test_a_group_named_by_its_number_is_no_count(text, expected):
    assert [f.text for f in found_figures(text)] == expected


@pytest.mark.parametrize("text,expected", NEGATIVE, ids=[t[:60] for t, _ in NEGATIVE])
def test_counts_that_look_like_names_are_still_counts(text, expected):
    got = [f.text for f in found_figures(text)]
    assert all(e in got for e in expected), got
