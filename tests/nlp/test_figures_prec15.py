"""The prec15 battery (tests/nlp/prec15_battery.py): numbers that are not conduct figures,
kind by kind (units and offices of an organisation, parts of a scheme, the public's encounters
and crimes, people beside an inquiry, numbers that name a law, an order or a section), and
figures in the same shapes that must stay. Every case runs through the whole pipeline as an
article published on 1 June 2023."""

import pytest

from prec15_battery import FIGURES, HEADLINE, MISSED, REFUSALS
from figures_found import battery_cases, found_figures, mismatches

_REFUSALS = [text for texts in REFUSALS.values() for text in texts]
_FIGURES = [case for cases in FIGURES.values() for case in cases]


def test_every_kind_has_five_refusals_and_three_figures_beside_them():
    assert REFUSALS.keys() == FIGURES.keys()
    assert all(len(REFUSALS[k]) >= 5 and len(FIGURES[k]) >= 3 for k in REFUSALS)


@pytest.mark.parametrize("text", battery_cases(_REFUSALS, MISSED))
def test_not_a_figure(text):
    assert [f.text for f in found_figures(HEADLINE + text)] == []


@pytest.mark.parametrize("text, expected", battery_cases(_FIGURES, MISSED))
def test_a_figure_that_stays(text, expected):
    assert mismatches(HEADLINE + text, expected) == []
