"""The sfig17 battery (tests/nlp/sfig17_battery.py): numbers that are not conduct figures by a
shape of English or of a document (the apparatus of a legal citation, the markers of a list run
into a paragraph, a document's contents and running headers, a number hyphened to the noun it
modifies), and figures in the same shapes that must stay. Every case runs through the whole
pipeline as an article published on 1 June 2023."""

from sfig17_battery import FIGURES, HEADLINE, MISSED, REFUSALS
from figures_found import refusal_battery_tests

(test_every_kind_has_five_refusals_and_three_figures_beside_them, test_not_a_figure,
 test_a_figure_that_stays) = refusal_battery_tests(HEADLINE, REFUSALS, FIGURES, MISSED)
