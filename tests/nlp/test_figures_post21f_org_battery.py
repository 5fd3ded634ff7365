"""The post21f org battery (tests/nlp/post21f_org_battery.py): an outlet's own analysis,
named with a possessive ("The Gazette's review of ... shows"), owns its counts."""

import pytest

from figures_found import check_bodies
from post21f_org_battery import HEADLINE, NOT_OUTLETS, OUTLETS


def test_the_battery_is_big_enough():
    assert len(OUTLETS) >= 30 and len(NOT_OUTLETS) >= 15


@pytest.mark.parametrize("text, expected", OUTLETS, ids=[c[0][:60] for c in OUTLETS])
def test_the_outlets_own_count(text, expected):
    check_bodies(HEADLINE + text, expected)


@pytest.mark.parametrize("text, expected", NOT_OUTLETS, ids=[c[0][:60] for c in NOT_OUTLETS])
def test_a_body_or_person_is_no_outlet(text, expected):
    check_bodies(HEADLINE + text, expected)
