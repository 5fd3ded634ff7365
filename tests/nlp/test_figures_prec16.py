"""The prec16 battery (tests/nlp/prec16_battery.py): numbers that are not conduct figures,
kind by kind (item and reference numbers of a request, counts of an indictment, measures with a unit,
table-of-contents page numbers, survey results), and
figures in the same shapes that must stay. Every case runs through the whole pipeline as an
article published on 1 June 2023."""

from prec16_battery import FIGURES, HEADLINE, MISSED, REFUSALS
from figures_found import refusal_battery_tests

(test_every_kind_has_five_refusals_and_three_figures_beside_them, test_not_a_figure,
 test_a_figure_that_stays) = refusal_battery_tests(HEADLINE, REFUSALS, FIGURES, MISSED)
