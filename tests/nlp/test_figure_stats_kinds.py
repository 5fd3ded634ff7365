"""Whose kind a count takes when a sentence lists several: a kind right before 'for' and a
number labels that number ('... and excessive force for 71'); a kind in the clause of the
count before belongs to that count ('Nine ... had been found guilty of sexual misconduct,
and five had lied'); labelled items do not give their kind to a later sentence; a count of
categories is not a figure; a table under a line saying what happened takes that outcome.
Sentences and pages written for these tests."""

import pytest

from figures_found import by_text, found_figures


def test_a_kind_before_for_and_a_number_labels_that_number():
    found = {f.text: f for f in found_figures(
        "Racial profiling accounted for 88 complaints and excessive force for 64. "
        "The board substantiated 30 complaints during the year.")}
    assert (found["88"].category, found["64"].category, found["30"].category) == ("other", "other", "all")


def test_a_kind_in_the_clause_of_the_count_before_is_not_its_neighbours():
    found = {f.text: f for f in found_figures(
        "A total of 30 officers were dismissed in 2023. Eight of those dismissed had been found guilty of sexual "
        "misconduct, and six had lied to the public.")}
    assert found["Eight"].category == "apsp"
    assert found["six"].category != "apsp"


def test_a_count_and_its_part_of_one_kind_still_hand_it_on():
    found = {f.text: f for f in found_figures(
        "Ten of the 98 conduct matters recorded in 2022/23 involved abuse of position for a sexual purpose, "
        "compared with six in 2021/22.")}
    assert found["six"].category == "apsp"


@pytest.mark.parametrize("text", [
    "Each allegation is put in one of four categories: force, abuse of authority, discourtesy and offensive language.",
    "The report groups complaints into six types.",
])
def test_a_count_of_categories_is_not_a_figure(text):
    assert by_text(text) == {}


@pytest.mark.parametrize("text, kind", [
    ("The most common complaint was discourtesy, cited in 140 complaints in 2022.", "other"),
    ("The board logged 52 complaints of racial profiling in 2022.", "other"),
])
def test_us_complaint_kinds(text, kind):
    found = by_text(text)
    assert [f.category for f in found.values()] == [kind]


@pytest.mark.parametrize("text, outcome", [
    ("Between 2019 and 2023, 318 sanctions were imposed on members.", "other"),
    ("These included 90 cautions, 41 reductions in pay and 12 dismissals.", "other"),
])
def test_sanction_words(text, outcome):
    assert list(by_text(text).values())[0].outcome == outcome


def test_a_table_of_years_under_a_line_saying_what_happened_takes_it():
    found = by_text("Decertifications by reason\n\nThe state board revoked officer certifications for these reasons.\n\n"
                    "Reason | 2020 | 2021\nSexual misconduct | 6 | 9\nDrug use | 2 | 3\nTotal | 8 | 12\n")
    assert [found[t].outcome for t in ("6", "3", "12")] == ["barred"] * 3
    assert [found[t].category for t in ("6", "3", "12")] == ["apsp", "drugs", "all"]


def test_a_column_of_its_own_is_not_what_the_line_above_says_happened():
    found = by_text("Outcomes\n\nHow many officers were dismissed, and how many resigned, in each year?\n\n"
                    "Year | Dismissed | Resigned | Total\n2022 | 8 | 5 | 13\n2023 | 11 | 4 | 15\n")
    assert (found["8"].outcome, found["5"].outcome, found["13"].outcome) == ("dismissed", "resigned", None)
