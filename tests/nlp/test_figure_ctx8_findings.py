"""A count of what a finding was made in takes the finding as its outcome: "a panel found
gross misconduct in 41 cases", "findings of gross misconduct against 57 officers"; "no finding
of misconduct" is the opposite finding. (The passive "Gross misconduct was found in 310 of
them" is not read yet: a phrase ending in "found" makes "found" an outcome word for
FigureFinder._outcome_words, which changes how "150 found guilty" finds its noun.) Sentences written for these tests (UK and Irish usage;
US "sustained" has its own phrases in models/lexicon.json)."""

import pytest

from figures_found import by_text


@pytest.mark.parametrize("text, outcomes", [
    ("A panel found gross misconduct in 41 cases last year.", {"41": "gross_misconduct_proven"}),
    ("There were findings of gross misconduct against 57 officers in 2021.", {"57": "gross_misconduct_proven"}),
    ("Officers faced findings of misconduct in 80 of the 300 investigations completed in 2022.",
     {"80": "misconduct_proven"}),
    ("In 2022 the board found misconduct in 19 cases involving deputies.", {"19": "misconduct_proven"}),
    ("Gross misconduct was established against 12 officers, the report said.", {"12": "gross_misconduct_proven"}),
    ("A finding of misconduct was made in 64 cases.", {"64": "misconduct_proven"}),
])
def test_a_finding_stated_in_the_clause_is_the_outcome(text, outcomes):
    found = by_text(text)
    assert {t: found[t].outcome for t in outcomes} == outcomes


@pytest.mark.parametrize("text, outcomes", [
    ("There was no finding of misconduct in 45 cases.", {"45": "misconduct_not_proven"}),
    ("The panel made no finding of misconduct in 9 cases.", {"9": "misconduct_not_proven"}),
])
def test_no_finding_is_the_opposite_outcome(text, outcomes):
    found = by_text(text)
    assert {t: found[t].outcome for t in outcomes} == outcomes


def test_a_count_beside_a_finding_in_another_sentence_takes_none():
    found = by_text("Forces finalised 2,400 allegations in 2022. Panels found gross misconduct in 310 of them.")
    assert found["2,400"].outcome is None and found["310"].outcome == "gross_misconduct_proven"
