import pytest

from extractor.normalise.numbers import duration_months, is_vague, parse_number, parse_share


@pytest.mark.parametrize("text, value", [
    ("1,053", 1053), ("172", 172), ("4.5", 4.5), ("six", 6), ("SEVENTY", 70),
    ("twenty-three", 23), ("a dozen", 12), ("two dozen", 24), ("two hundred", 200),
    ("one hundred and five", 105), ("three thousand", 3000), ("1.5 million", 1_500_000),
])
def test_numbers_in_digits_and_words(text, value):
    assert parse_number(text) == value


def test_a_point_is_a_decimal_separator_not_a_thousands_one():
    assert parse_number("1.053") == pytest.approx(1.053)


@pytest.mark.parametrize("text", ["a", "1,05", "first", "24/7", "many", ""])
def test_things_that_are_not_numbers(text):
    assert parse_number(text) is None


@pytest.mark.parametrize("text, percent", [
    ("half", 50), ("a third", 33.3), ("two thirds", 66.7), ("three-quarters", 75),
    ("a quarter", 25), ("one in five", 20), ("1 in every 34", 2.9), ("two out of every three", 66.7),
])
def test_shares_become_percentages(text, percent):
    assert parse_share(text) == percent


@pytest.mark.parametrize("text, months", [
    ("10 months", 10), ("two years and four months", 28), ("18-week", 4.1), ("18 weeks", 4.1),
    ("28 weeks", 6.4), ("a year", 12), ("eight years", 96), ("six-and-a-half years", 78),
    ("28 days", 0.9),
])
def test_sentence_lengths_in_months(text, months):
    assert duration_months(text) == months


def test_vague_quantities_are_known_words():
    assert is_vague("Hundreds") and is_vague("a handful") and not is_vague("six")


def test_a_duration_is_read_from_the_words_just_before_its_unit():
    # The number is looked for in the few words before the unit, so a long run of
    # numbers with no unit (a table row) is read in linear time, not cubic.
    assert duration_months("he was jailed at the crown court in leeds on friday for two years") == 24
    assert duration_months(" ".join(str(n) for n in range(4000))) is None
