"""The plus21 battery (plus21_battery.py): a '+' written against digits is a floor (qualifier at_least); run through the whole pipeline."""

from plus21_battery import FLOORS, KEEPS
from figures_found import figure_fields_tests

test_a_floor_and_its_fields = figure_fields_tests(FLOORS + KEEPS)
