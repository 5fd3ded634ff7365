"""The harv13us battery (harv13us_battery.py): outcomes in the shapes US news copy states them
(arrests, charges, pleas, verdicts, terms, firings, leave, resignations, certification), and the
shapes that look like one but are not (the public's arrests, scheduled steps, penalties the law
allows, negations, definitions), each run through the whole pipeline (extract_text)."""

from harv13us_battery import REFUSED, STATED, STORIES
from outcomes_found import battery_tests

# What the battery shows still missing, each named by its cause (strict: a fix makes it pass).
GAPS: tuple[str, ...] = (
    "Ex-Corrections Officer Detained",  # a headline's bare "Detained" is read as no arrest word
    "The state police have charged one of their own",  # an agency's active perfect, its object an appositive
    "Three former police officers pleaded guilty earlier this year",  # "this year" reads as a tally's period
    "The plea agreement resulted in convictions for",  # a conviction as a noun "for" a person
    "A state trial acquitted the four officers in 1992",  # "in 1992" after a group reads as a year's tally
    "In addition to his five-year prison sentence",  # a term as a possessed noun in a fronted phrase
    "A former state trooper fired for misconduct told",  # a reduced relative ("fired for") before another verb
    "A suspended county sheriff",  # an outcome as an adjective inside the description is not read
    "His attorney announced that Lt. Abe Nolan was retiring",  # the progressive "was retiring" is not read
    "The board ordered the peace officer certification of",  # "peace officer certification" is read as a person
)


test_the_clause_states_the_outcome, test_no_such_outcome_is_stated, test_each_step_of_a_story_is_stated = (
    battery_tests(STATED, REFUSED, STORIES, GAPS, strict=True))
