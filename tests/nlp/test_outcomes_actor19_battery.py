"""The actor of a discipline or court step is never the subject of the outcome it gives
(actor19_battery.py): the officer acted on is, and a chief or sheriff keeps only what
happened to him. Each case runs through the whole pipeline (extract_text)."""

import pytest

from actor19_battery import ACTED_ON, ACTOR_IS_SUBJECT
from outcomes_found import battery_outcomes, words_in


def _subjects(text, outcome):
    return [s for o, s, _ in battery_outcomes(text) if o == outcome]


@pytest.mark.parametrize("text, outcome, subject, actor", ACTED_ON)
def test_the_outcome_is_the_officer_acted_on_not_the_actor(text, outcome, subject, actor):
    got = _subjects(text, outcome)
    assert any(words_in(subject, s) for s in got), battery_outcomes(text)
    assert not [s for s in got if words_in(actor, s)], battery_outcomes(text)


@pytest.mark.parametrize("text, outcome, subject, other", ACTOR_IS_SUBJECT)
def test_an_actor_the_outcome_happened_to_keeps_it(text, outcome, subject, other):
    got = _subjects(text, outcome)
    assert subject is None or any(words_in(subject, s) for s in got), battery_outcomes(text)
    assert other is None or not [s for s in got if words_in(other, s) and not words_in(subject, s)], \
        battery_outcomes(text)
