"""The para19 battery (paradigm19_battery.py): every outcome word the rules know, in every frame
English states an outcome in (active with an agent, passive, perfect, progressive, decision,
infinitive, nominal, relative, reduced relative, headline, coordination), and the near sentences
that state no outcome (possibility, policy, not police, negation, a judge dismissing a case)."""

from outcomes_found import battery_tests
from paradigm19_battery import GAPS, REFUSED, STATED

test_the_frame_states_the_outcome, test_no_such_outcome_is_stated, _stories = battery_tests(
    STATED, REFUSED, gaps=GAPS, strict=True)
