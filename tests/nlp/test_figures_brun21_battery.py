"""The brun21 battery (brun21_battery.py): counts in brackets after the kinds a run-on list names are figures of those kinds; run through the whole pipeline."""

from brun21_battery import RUNS, NOT_FIGURES
from figures_found import figure_fields_tests, not_a_figure_tests

test_a_run_and_its_figures = figure_fields_tests(RUNS)
test_no_run_no_figure = not_a_figure_tests(NOT_FIGURES)
