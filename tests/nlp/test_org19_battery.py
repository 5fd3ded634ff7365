"""Whose figures they are when a body is the subject of a verb of compiling, on the org19
battery (org19_battery.py): an oversight body by name or kind ("the agency", "the board") a
sentence or three after naming it, a newsroom by name or as "the newspaper", and near
sentences that keep the nearer or other body. The whole pipeline runs."""

import pytest

from org19_battery import AGENTS, CASES, NEAR, NEWSROOMS
from test_org11_battery import _check


def test_the_battery_is_a_cross_product_not_a_handful():
    assert len(AGENTS) + len(NEWSROOMS) >= 40 and len(NEAR) >= 20


@pytest.mark.parametrize("text, expected", CASES, ids=lambda v: v[:50] if isinstance(v, str) else None)
def test_every_figure_is_given_its_body(text, expected):
    _check(text, expected)
