"""A body's own officers ("our 16,600 officers", "the force and its 3,100 officers") are its
size, not a count of conduct, whatever is said of them next; the same words after a count or
opening a clause ("12 of its 900 officers", "Of its 3,100 officers, 62 ...") are a base and
stay figures. Sentences written for these tests, UK, Irish and US."""

import pytest

from figures_found import by_text


@pytest.mark.parametrize("text, dropped", [
    ("The vast majority of our 16,600 officers uphold the highest standards.", "16,600"),
    ("The force and its 3,100 officers serve the county.", "3,100"),
    ("Most of our 5,000 deputies do the job well, the sheriff said.", "5,000"),
    ("The commissioner thanked its 14,000 gardaí for their work in 2022.", "14,000"),
    ("Almost all of our 1,200 troopers have never faced a complaint.", "1,200"),
])
def test_a_bodys_own_officers_are_its_size(text, dropped):
    assert dropped not in by_text(text)


@pytest.mark.parametrize("text, kept", [
    ("The department fired 12 of its 900 officers in 2022.", ("12", "900")),
    ("Of its 3,100 officers, 62 were investigated last year.", ("3,100", "62")),
    ("Our 40 officers were dismissed last year.", ("40",)),
    ("Their 12 officers were suspended after the raid.", ("12",)),
])
def test_a_base_or_an_outcome_keeps_the_count(text, kept):
    found = by_text(text)
    assert all(k in found for k in kept)
