"""The fig21 battery (tests/nlp/fig21_battery.py): the conduct of a count of officers given as
its cause, read past qualifying words, a joined outcome count, people left to the story, an
outcome's noun before them and a place between; one event named as the cause; and the near
sentences that keep every kind. Every case runs through the whole pipeline as an article
published on 1 June 2023."""

import pytest

from figures_found import battery_cases, mismatches
from fig21_battery import AGAINST, EVENTS, JOINED, KEEPS, LEAD, MISSED, MODIFIERS, OTHERS, PLACES


@pytest.mark.parametrize("text, expected", battery_cases(MODIFIERS, MISSED))
def test_a_cause_is_read_past_words_that_qualify_the_people(text, expected):
    assert mismatches(LEAD + text, expected) == []


@pytest.mark.parametrize("text, expected", battery_cases(JOINED, MISSED))
def test_a_cause_after_joined_outcome_counts_is_the_cause_of_each(text, expected):
    assert mismatches(LEAD + text, expected) == []


@pytest.mark.parametrize("text, expected", battery_cases(OTHERS, MISSED))
def test_a_cause_is_read_past_people_left_to_the_story(text, expected):
    assert mismatches(LEAD + text, expected) == []


@pytest.mark.parametrize("text, expected", battery_cases(AGAINST, MISSED))
def test_an_outcome_noun_against_the_people_states_their_outcome(text, expected):
    assert mismatches(LEAD + text, expected) == []


@pytest.mark.parametrize("text, expected", battery_cases(EVENTS, MISSED))
def test_one_event_named_as_the_cause_is_a_conduct(text, expected):
    assert mismatches(LEAD + text, expected) == []


@pytest.mark.parametrize("text, expected", battery_cases(PLACES, MISSED))
def test_a_cause_is_read_past_the_place_the_people_serve(text, expected):
    assert mismatches(LEAD + text, expected) == []


@pytest.mark.parametrize("text, expected", battery_cases(KEEPS, MISSED))
def test_near_sentences_keep_every_kind(text, expected):
    assert mismatches(LEAD + text, expected) == []


def test_the_battery_is_as_large_as_its_brief():
    positives = MODIFIERS + JOINED + OTHERS + AGAINST + EVENTS + PLACES
    assert len(positives) >= 30 and len(KEEPS) >= 15
