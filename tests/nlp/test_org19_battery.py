"""Whose figures they are when a body is the subject of a verb of compiling, on the org19
battery (org19_battery.py): an oversight body by name or kind ("the agency", "the board") a
sentence or three after naming it, a newsroom by name or as "the newspaper", and near
sentences that keep the nearer or other body. The whole pipeline runs."""

from org19_battery import AGENTS, CASES, NEAR, NEWSROOMS
from figures_found import body_tests


def test_the_battery_is_a_cross_product_not_a_handful():
    assert len(AGENTS) + len(NEWSROOMS) >= 40 and len(NEAR) >= 20


test_every_figure_is_given_its_body = body_tests(CASES)
