"""'2022 - 12' in an FOI answer is a year and its count: a pair of years whose two-digit end
would lie a century on is not a period; a pair across a century's turn still is."""

from datetime import date

from extractor.normalise.fiscal import parse_year_pair


def test_a_year_and_a_two_digit_count_is_not_a_period():
    assert parse_year_pair("2022 - 12") is None
    assert parse_year_pair("2021 - 11") is None


def test_short_year_pairs_still_read():
    assert parse_year_pair("1999-01").date_to == date(2001, 12, 31)
    assert parse_year_pair("2019-21").date_from == date(2019, 1, 1)
    assert parse_year_pair("2021-22").financial
