"""The charges19 battery (tests/nlp/charges19_battery.py): a count charges are filed, brought,
pressed, laid or lodged against was charged; racketeering, bribery, bribes and kickbacks are
corruption."""

import pytest

from charges19_battery import CHARGED, CORRUPTION, NOT_CHARGED, NOT_CORRUPTION
from figures_found import by_text


@pytest.mark.parametrize("text,words", CHARGED, ids=[c[0][:60] for c in CHARGED])
def test_charges_against_a_count_charge_it(text, words):
    assert by_text(text)[words].outcome == "charged"


@pytest.mark.parametrize("text,words", NOT_CHARGED, ids=[c[0][:60] for c in NOT_CHARGED])
def test_no_charges_or_other_things_filed_are_not_charged(text, words):
    figure = by_text(text).get(words)
    assert figure is None or figure.outcome != "charged"


@pytest.mark.parametrize("text,words", CORRUPTION, ids=[c[0][:60] for c in CORRUPTION])
def test_crimes_of_corruption_are_corruption(text, words):
    assert by_text(text)[words].category == "corruption"


@pytest.mark.parametrize("text,words", NOT_CORRUPTION, ids=[c[0][:60] for c in NOT_CORRUPTION])
def test_other_conduct_is_not_corruption(text, words):
    figure = by_text(text).get(words)
    assert figure is None or figure.category != "corruption"
