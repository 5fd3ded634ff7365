"""The period and wording of a statistics page's counts, from a second set of pages written
before the rules for them: a bracket that restates which part of a year is meant, a date
after a plural count noun ('allegations closed in 2022') that is the page's period, a list
of reasons joined by 'were for', and US discipline words. Pages written for these tests."""

import pytest

from figures_found import by_text, found_figures


def period(f):
    return str(f.period_from), str(f.period_to)


@pytest.mark.parametrize("heading, expected", [
    ("Quarter 3, 2022/23 (October to December 2022)", ("2022-10-01", "2022-12-31")),
    ("Performance report 2021 (January to June 2021)", ("2021-01-01", "2021-06-30")),
])
def test_a_bracket_restating_part_of_a_year_is_the_period(heading, expected):
    found = by_text("Professional Standards\n" + heading + "\n\nComplaints\n- 318 complaints logged\n- 4 officers suspended\n")
    assert [period(found[t]) for t in ("318", "4")] == [expected, expected]


def test_a_bracketed_aside_after_a_count_still_dates_only_the_aside():
    found = found_figures("Annual report 2022\n\nThe commission opened 17 investigations in 2022 (14 in 2021). "
                          "There were 38 referrals from the Commissioner.")
    assert [f.period_from.year for f in found] == [2022, 2021, 2022]


@pytest.mark.parametrize("title", [
    "Internal Affairs: dispositions of allegations closed in 2022",
    "Misconduct hearings held in 2022",
    "Investigations concluded in 2022, by finding",
])
def test_a_date_after_a_counted_plural_is_the_pages_period(title):
    found = by_text("Millbrook Police Department\n" + title + "\n\nAllegation | Sustained | Not Sustained\n"
                    "Excessive force | 3 | 11\nDiscourtesy | 5 | 7\n")
    assert [period(found[t]) for t in ("3", "7")] == [("2022-01-01", "2022-12-31")] * 2


def test_a_date_after_one_event_still_dates_only_that_event():
    found = found_figures("The inquiry opened in 2019. The force has since dismissed 14 officers for corruption.")
    assert found[0].period_from is None or found[0].period_from.year != 2019


@pytest.mark.parametrize("text, kinds", [
    ("The sheriff's office fired 9 deputies in 2021. Four of the firings were for excessive force, three were for "
     "dishonesty and two were for drug use.",
     [("Four", "other", "dismissed"), ("three", "fraud", "dismissed"), ("two", "drugs", "dismissed")]),
    ("Records show 12 troopers were terminated. Five were for theft and seven were over racist messages.",
     [("Five", "theft", "dismissed"), ("seven", "other", "dismissed")]),
])
def test_counts_joined_to_their_reasons_by_were_for_keep_the_list_outcome(text, kinds):
    found = {f.text: f for f in found_figures(text)}
    assert [(t, found[t].category, found[t].outcome) for t, _, _ in kinds] == kinds


@pytest.mark.parametrize("text, outcome", [
    ("Discipline in 2023 included 14 letters of reprimand.", "written_warning"),
    ("In 2021, 6 troopers resigned in lieu of termination.", "resigned"),
])
def test_us_discipline_words(text, outcome):
    (f,) = by_text(text).values()
    assert f.outcome == outcome


def test_a_hyphenated_use_of_force_is_a_kind():
    found = by_text("The department closed 84 use-of-force investigations in 2022.")
    assert found["84"].category == "other"


@pytest.mark.parametrize("text", [
    "Some 28 gardaí were suspended over internal disciplinary matters in 2023.",
    "In 2023, 15 officers were dismissed for breaches of discipline.",
])
def test_a_general_reason_names_no_kind(text):
    (f,) = by_text(text).values()
    assert f.category == "all"
