"""The prec12 battery (tests/nlp/prec12_battery.py): numbers that are not conduct figures
(demographics, the public, parts of dates, workforces, a hearing's own counts) and figures in
the same shapes that stay. Every case runs through the whole pipeline as an article
published on 1 June 2023."""

from prec12_battery import FIGURES, HEADLINE, REFUSALS
from figures_found import figure_fields_tests, not_a_figure_tests

test_not_a_figure = not_a_figure_tests(REFUSALS, HEADLINE)
test_a_figure_and_its_fields = figure_fields_tests(FIGURES)
