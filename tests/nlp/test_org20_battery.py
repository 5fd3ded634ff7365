"""Whose figures they are when gardaí are counted by the force's own word with describing
words between, or after 'the number of', and when a body is named only as the one a meeting
was held with, on the org20 battery (org20_battery.py). The whole pipeline runs."""

from org20_battery import CASES, MEETINGS, NEAR, PEOPLE
from figures_found import body_tests


def test_the_battery_is_a_cross_product_not_a_handful():
    assert len(PEOPLE) + len(MEETINGS) >= 30 and len(NEAR) >= 15


test_every_figure_is_given_its_body = body_tests(CASES)
