"""The fig11 battery (tests/nlp/fig11_battery.py): a figure's fields in prose, tables and lists,
and numbers that are not figures. Every case runs through the whole pipeline as an article
published on 1 June 2023."""

from fig11_battery import FIGURES, HEADLINE, MISSED, REFUSALS
from figures_found import figure_fields_tests, not_a_figure_tests

test_not_a_figure = not_a_figure_tests(REFUSALS, HEADLINE, MISSED)
test_a_figure_and_its_fields = figure_fields_tests(FIGURES, MISSED)
