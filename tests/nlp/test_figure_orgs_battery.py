"""Whose figures they are, on the battery of sentences and short pages written for issue 15
(org_battery7.py): every figure a text states carries a name a careful human would write
for its body, or none where no body is whose figures they are. The whole pipeline runs."""

import pytest

from extractor.evaluate.gold import fold
from figures_found import found_figures
from org_battery7 import CASES, EIGHTH, FIFTH, FOURTH, MORE, NINTH, SEVENTH, SIXTH, THIRD


def _accepted(org, names) -> bool:
    return any(org is None if name is None else org is not None and fold(org) == fold(name) for name in names)


BATTERY = CASES + MORE + THIRD + FOURTH + FIFTH + SIXTH + SEVENTH + EIGHTH + NINTH


@pytest.mark.parametrize("text, expected", BATTERY, ids=lambda v: v[:50] if isinstance(v, str) else None)
def test_every_figure_is_given_its_body(text, expected):
    found = found_figures(text)
    assert found, "the text states a figure"
    if isinstance(expected, dict):
        assert set(expected) <= {f.text for f in found}
    for f in found:
        names = expected.get(f.text) if isinstance(expected, dict) else expected
        if names is not None:
            assert _accepted(f.org, names), (f.text, f.org, names)
