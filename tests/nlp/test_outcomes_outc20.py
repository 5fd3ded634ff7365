"""The outc20 battery (outc20_battery.py): a headline's outcome that its story states again is one
Outcome, found in the story; a headline's outcome the story does not repeat for that person is kept."""

import pytest

from outc20_battery import KEPT, LIST, RESTATED, headline_end
from outcomes_found import battery_outcomes
from extractor import extract_text


def _spans(text, outcome):
    return [o.span for o in extract_text(text).outcomes if o.outcome == outcome]


@pytest.mark.parametrize("text, outcome", RESTATED)
def test_the_story_states_the_headline_outcome_once(text, outcome):
    spans = _spans(text, outcome)
    assert len(spans) == 1 and spans[0][0] >= headline_end(text), (spans, battery_outcomes(text))


@pytest.mark.parametrize("text, outcome", KEPT)
def test_a_headline_outcome_the_story_does_not_repeat_is_kept(text, outcome):
    spans = _spans(text, outcome)
    assert any(s < headline_end(text) for s, _ in spans), (spans, battery_outcomes(text))


@pytest.mark.parametrize("text, outcome, count", LIST)
def test_short_lines_below_the_opening_keep_their_outcomes(text, outcome, count):
    assert len(_spans(text, outcome)) == count, battery_outcomes(text)
