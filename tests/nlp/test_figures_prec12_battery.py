"""The prec12 battery (tests/nlp/prec12_battery.py): numbers that are not conduct figures
(demographics, the public, parts of dates, workforces, a hearing's own counts) and figures in
the same shapes that stay. Every case runs through the whole pipeline as an article
published on 1 June 2023."""

import pytest

from prec12_battery import FIGURES, HEADLINE, REFUSALS
from figures_found import found_figures, mismatches


@pytest.mark.parametrize("text", REFUSALS)
def test_not_a_figure(text):
    assert [f.text for f in found_figures(HEADLINE + text)] == []


@pytest.mark.parametrize("text, expected", FIGURES)
def test_a_figure_and_its_fields(text, expected):
    assert mismatches(text, expected) == []
