"""Whose figures they are when gardaí are counted by the force's own word with describing
words between, or after 'the number of', and when a body is named only as the one a meeting
was held with, on the org20 battery (org20_battery.py). The whole pipeline runs."""

import pytest

from org20_battery import CASES, MEETINGS, NEAR, PEOPLE
from test_org11_battery import _check


def test_the_battery_is_a_cross_product_not_a_handful():
    assert len(PEOPLE) + len(MEETINGS) >= 30 and len(NEAR) >= 15


@pytest.mark.parametrize("text, expected", CASES, ids=lambda v: v[:50] if isinstance(v, str) else None)
def test_every_figure_is_given_its_body(text, expected):
    _check(text, expected)
