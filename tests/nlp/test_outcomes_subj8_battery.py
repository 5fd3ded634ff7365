"""Who an outcome happens to and the shapes English states it in (subj8_battery.py): a name
introduced by name and age after an unnamed officer's lede, decisions with "is to be",
words inside an administrative step, plural warnings, "found X guilty", long subjects,
the appositive head rather than the possessor, and the sentences that state no outcome
of an officer. Each case runs through the whole pipeline (extract_text)."""

from outcomes_found import battery_tests
from subj8_battery import REFUSED, STATED, STORIES

# What the battery shows still missing, kept visible: each must fail today (strict), so a
# fix that makes one pass moves it out of this list.
GAPS = (
)

test_copy_states_the_outcome, test_copy_that_states_no_such_outcome, test_stories_link_the_named_person_to_the_officer \
    = battery_tests(STATED, REFUSED, STORIES, gaps=GAPS)
