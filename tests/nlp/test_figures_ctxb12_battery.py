"""The ctxb12 battery (tests/nlp/ctxb12_battery.py): a span stated once with its own end
('the four years before 2023') carried to the breakdown after it, and a body named as 'the
<place> force' or refused when a headline's first word is capitalised only by its position.
Every case runs through the whole pipeline as an article published on 1 June 2023."""

from ctxb12_battery import FIGURES, MISSED
from figures_found import figure_fields_tests

test_a_figure_and_its_fields = figure_fields_tests(FIGURES, MISSED)
