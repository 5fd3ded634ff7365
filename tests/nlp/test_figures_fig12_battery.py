"""The fig12 battery (tests/nlp/fig12_battery.py): a figure's period and outcome by cause, and
numbers that are not figures. Every case runs through the whole pipeline as an article
published on 1 June 2023."""

from fig12_battery import FIGURES, HEADLINE, MISSED, REFUSALS
from figures_found import figure_fields_tests, not_a_figure_tests

test_not_a_figure = not_a_figure_tests(REFUSALS, HEADLINE, MISSED)
test_a_figure_and_its_fields = figure_fields_tests(FIGURES, MISSED)
