"""A total of cases broken down by kind in the sentences after it (kinds.py), on articles
written for these tests, through the real pipeline."""

import pytest

from checks_found import checks_of


KINDS = ("Westshire Police's anti-corruption unit opened 90 investigations into its officers in 2023.{overlap}\n\n"
         "\"We take every report seriously,\" a spokesman said.\n\n"
         "Forty investigations concerned the leaking of information, and {theft} cases involved theft.\n\n"
         "Another 18 allegations related to drug misuse, while 12 cases concerned sexual misconduct.")


def test_kinds_adding_to_more_than_their_total_are_flagged():
    checks = checks_of(KINDS.format(overlap="", theft=25))
    assert [(c.kind, c.rule) for c in checks] == [("sum_mismatch", "kinds_of_total")]
    assert "= 95, more than the “90” investigations" in checks[0].message
    assert "Unless some are counted in more than one part" in checks[0].message


def test_words_saying_an_inquiry_covered_several_kinds_are_named_as_the_reading():
    overlap = " Some of the inquiries covered more than one allegation."
    message = checks_of(KINDS.format(overlap=overlap, theft=25))[0].message
    assert "The article says “more than one”" in message and "that reconciles them" in message


@pytest.mark.parametrize("theft", [20, 10])  # 90 exactly; or short of it: kinds may be left out
def test_kinds_within_their_total_raise_nothing(theft):
    assert checks_of(KINDS.format(overlap="", theft=theft)) == []


def test_counts_of_a_later_period_are_not_parts():
    text = ("Westshire Police opened 90 investigations into its officers in 2023. In 2022 there were 40 "
            "investigations of data misuse, 30 cases of theft and 25 allegations of drug misuse.")
    assert checks_of(text) == []


def test_outcomes_after_a_total_are_not_its_kinds():
    text = ("Westshire Police opened 90 investigations into its officers in 2023. Forty investigations of "
            "data misuse were upheld. In 30 theft cases the officer was dismissed, and 25 drug cases ended "
            "with a final written warning.")
    assert checks_of(text) == []


def test_the_items_of_a_list_are_siblings_not_a_total_and_its_parts():
    text = ("Misconduct cases finalised by Westshire Police, January to March 2024:\n\n"
            "  * 14 cases of misconduct were finalised.\n"
            "  * 9 cases of theft were investigated.\n"
            "  * 4 cases of data misuse were investigated.\n"
            "  * 3 cases of drug misuse were investigated.\n"
            "  * 3 cases of sexual misconduct were investigated.")
    assert [c for c in checks_of(text) if c.rule == "kinds_of_total"] == []
