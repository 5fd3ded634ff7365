"""Numbers that are not counts of police conduct: officers as victims, bodies and
units, thresholds, shares of a budget, comment counts, addresses and phone numbers.
Each with a sentence that is a figure, to show the rule does not reach too far.
Sentences written for these tests; the whole pipeline runs."""

import pytest

from extractor.nlp import shared_nlp


def figures(text):
    return [f.text for f in shared_nlp()(text)._.figures]


@pytest.mark.parametrize("text", [
    "The union said 95 officers were assaulted every week last year.",
    "Scores of officers are attacked on duty, the chairman said.",
    "The files came from hundreds of individual departments.",
    "Finance staff said 71% of the budget had been spent on misconduct cases.",
    "Comments (14)",
    "Professional Standards | 410 W. Lexington Avenue | (555) 201-4411",
    "Of the 300 tickets written, 41 were dismissed by the court.",
    "Officers were reprimanded at 12 prison units and 3 agencies.",
])
def test_not_a_conduct_figure(text):
    assert figures(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Last year 14 officers were dismissed for assault.", ["14"]),
    ("Nearly 900 officers were investigated on 10 or more charges.", ["Nearly 900"]),
    ("Some 30 officers assaulted members of the public, the report found.", ["Some 30"]),
    ("About three-fourths (120) of the 160 employees were given probation.", ["About three-fourths", "120", "160"]),
])
def test_still_a_conduct_figure(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text", [
    "Only half of the 43 forces answered the request.",
    "She told BBC Radio 4 that the figures were shocking.",
])
def test_a_share_of_forces_and_a_channel_are_not_figures(text):
    assert figures(text) == []


def test_a_share_of_a_workforce_is_still_a_share():
    assert figures("Some 2 per cent of the workforce were suspended last year.") == ["Some 2 per cent"]


def test_one_of_a_stated_count_is_a_figure():
    assert figures("Of the 40 officers investigated, one of the 40 was charged.") == ["40", "one", "40"]


@pytest.mark.parametrize("text", [
    "Every one of the 12 cases involved a male officer.",
    "It was one of the worst cases the panel had heard.",
])
def test_one_as_an_idiom_is_not_a_figure(text):
    assert "one" not in [t.lower() for t in figures(text)]
