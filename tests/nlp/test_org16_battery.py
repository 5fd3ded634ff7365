"""Whose figures they are when a body stands in another role in the count's clause, on the
org16 battery (org16_battery.py): the destination of a transfer reached through a list, a
body that comments or will not, and near sentences whose body is the owner. The whole
pipeline runs."""

from org16_battery import CASES, COMMENTERS, GOALS, OWNERS
from figures_found import body_tests


def test_the_battery_is_a_cross_product_not_a_handful():
    assert len(GOALS) + len(COMMENTERS) >= 40 and len(OWNERS) >= 20


test_every_figure_is_given_its_body = body_tests(CASES)


def test_the_own_verb_battery_is_a_cross_product_too():
    from org16_battery import NOT_OWN_VERBS, OWN_VERBS
    assert len(OWN_VERBS) >= 26 and len(NOT_OWN_VERBS) >= 14
