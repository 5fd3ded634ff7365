"""The harvfig13uk battery (tests/nlp/harvfig13uk_battery.py): how UK and Irish statistics,
FOI and watchdog pages state conduct figures, and their numbers that are not figures. Every
case runs through the whole pipeline as an article published on 1 June 2023."""

from harvfig13uk_battery import FIGURES, HEADLINE, MISSED, REFUSALS, RULE_FIGURES, RULE_REFUSALS
from figures_found import figure_fields_tests, not_a_figure_tests

test_not_a_figure = not_a_figure_tests(REFUSALS + RULE_REFUSALS, HEADLINE, MISSED)
test_a_figure_and_its_fields = figure_fields_tests(FIGURES + RULE_FIGURES, MISSED)
