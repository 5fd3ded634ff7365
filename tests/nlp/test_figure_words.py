"""Figure vocabulary that lives in models/ (figure_patterns.jsonl, lexicon.json,
orgs.jsonl): US wording, shares, and numbers that are not conduct figures. Sentences
written for these tests; the whole pipeline runs."""

import pytest

from extractor.nlp import shared_nlp


def figures(text):
    return shared_nlp()(text)._.figures


@pytest.mark.parametrize("text", [
    "He was charged with two counts of official oppression.",
    "R v Hale [2004] EWCA Crim 901 concerned a constable.",
    "The officer sent images of a girl under 16 to a friend.",
    "The union backs cases with a 51% chance of success.",
    "Informal complaints took from 21 to 16 days to finalise.",
    "A survey drew more than 9,000 responses from staff.",
    "The report blacked out 100 sections.",
    "The force employs 1058.8 police officers and 95.1 PCSOs.",
    "The law has been passed in 12 states.",
    "Docket No. 4471 lists the charges against the deputy.",
    "Over 5 yrs the pattern held.",
])
def test_numbers_that_are_not_conduct_figures(text):
    assert [f.text for f in figures(text)] == []


@pytest.mark.parametrize("text, value", [
    ("One in 100 police faced a criminal charge last year.", 1.0),
    ("Fewer than one in 60 complaints against officers ends in a charge.", 1.7),
])
def test_one_in_n_is_a_share_not_a_count(text, value):
    found = figures(text)
    assert [(f.unit, round(f.value, 1)) for f in found] == [("percent", value)]


def test_us_outcome_nouns_are_counted_outcomes():
    (f,) = figures("The department reported 31 suspensions in 2022.")
    assert f.value == 31 and f.outcome == "suspended"


def test_a_us_department_is_an_org():
    found = figures("The Los Angeles Police Department said 14 officers were fired last year.")
    assert [f.org for f in found] == ["LAPD"]


@pytest.mark.parametrize("text", [
    "The officer fired four shots at the car.",
    "The driver, 24, was taken to hospital.",
])
def test_shots_and_ages_are_not_figures(text):
    assert [f.text for f in figures(text)] == []
