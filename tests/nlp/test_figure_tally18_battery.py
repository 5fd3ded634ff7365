"""The tally18 battery (tests/nlp/tally18_battery.py): a discipline tally's outcome words."""

import pytest

from figures_found import by_text
from tally18_battery import REFUSED, STATED


def test_the_battery_is_big_enough():
    assert len(STATED) >= 30 and len(REFUSED) >= 15


@pytest.mark.parametrize("text,words,outcome", STATED, ids=[c[0][:60] for c in STATED])
def test_a_count_takes_its_outcome(text, words, outcome):
    figure = by_text(text)[words]
    assert figure.outcome in (outcome if isinstance(outcome, list) else [outcome]), figure


@pytest.mark.parametrize("text,words,outcome", REFUSED, ids=[c[0][:60] for c in REFUSED])
def test_a_count_does_not_take_the_outcome(text, words, outcome):
    figure = by_text(text).get(words)
    assert figure is None or figure.outcome != outcome, figure
