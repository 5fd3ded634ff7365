"""An outcome word right before the noun of a part's base ("9 of 40 sustained cases", "12 of
the 80 upheld complaints") says which set the part is taken from; the part's own outcome is
the one said after it ("led to a suspension"), and the base's word stands only when nothing
else is said. Sentences written for these tests, UK, Irish and US."""

import pytest

from figures_found import by_text


@pytest.mark.parametrize("text, outcomes", [
    ("Only 9 of 40 sustained cases led to a suspension.", {"9": "suspended"}),
    ("12 of the 80 upheld complaints resulted in dismissal.", {"12": "dismissed"}),
    ("In 2022, 6 of 31 sustained allegations ended with the officer being fired.", {"6": "dismissed"}),
    ("Just 4 of 52 substantiated complaints led to a written warning.", {"4": "written_warning"}),
    # a base's word that outranks the part's own: the part's is still the one said after
    ("Only 3 of 25 convicted officers were dismissed.", {"3": "dismissed"}),
    ("Just 6 of 40 convicted deputies were fired by the sheriff.", {"6": "dismissed"}),
    ("Some 14 of the 70 proven cases resulted in officers being sacked.", {"Some 14": "dismissed"}),
])
def test_a_part_takes_the_outcome_said_after_its_base(text, outcomes):
    found = by_text(text)
    assert {t: found[t].outcome for t in outcomes} == outcomes


@pytest.mark.parametrize("text, outcomes", [
    # nothing said after the base: the base's word is all there is
    ("9 of 40 sustained cases were appealed.", {"9": "misconduct_proven"}),
    # a base with no outcome word: the part's outcome as before
    ("31 of the 299 officers were dismissed.", {"31": "dismissed"}),
    # no base: the words after the count
    ("Of 300 complaints, 41 were sustained.", {"41": "misconduct_proven"}),
])
def test_without_another_outcome_the_words_are_read_as_before(text, outcomes):
    found = by_text(text)
    assert {t: found[t].outcome for t in outcomes} == outcomes
