"""A sentence's length said with a half: "half a year" is six months, and the half may
come after the unit ("a year and a half", "two years and a half")."""

import pytest

from extractor.normalise.numbers import duration_months

CASES = [
    ("half a year", 6.0),
    ("half a year in prison", 6.0),
    ("half a month", 0.5),
    ("a year and a half", 18.0),
    ("one year and a half", 18.0),
    ("two years and a half", 30.0),
    ("two and a half years", 30.0),
    ("six-and-a-half years", 78.0),
    ("18 months", 18.0),
    ("a year", 12.0),
]


@pytest.mark.parametrize("text,months", CASES)
def test_a_half_is_half_of_its_unit(text, months):
    assert duration_months(text) == months
