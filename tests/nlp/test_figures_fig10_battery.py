"""The fig10 battery (tests/nlp/fig10_battery.py): numbers in US, UK and Irish police copy
that are not figures, and figures with the fields their English gives them. Every case runs
through the whole pipeline as an article published on 1 June 2023."""

from fig10_battery import FIGURES, HEADLINE, MISSED, REFUSALS
from figures_found import figure_fields_tests, not_a_figure_tests

test_not_a_figure = not_a_figure_tests(REFUSALS, HEADLINE, MISSED)
test_a_figure_and_its_fields = figure_fields_tests(FIGURES, MISSED)
