"""The period that governs a figure: its own clause's date, not the date of the figure
it is compared with; and a number repeated in brackets ("thirteen (13)") is one figure
whose noun comes after the brackets. Sentences written for these tests."""

from datetime import date

from figures_found import found_figures as figures


def test_a_number_repeated_in_brackets_keeps_its_noun():
    (f,) = figures("Annual summary\n\nThe unit opened eleven (11) investigations into officers last year.")
    assert (f.value, f.counted) == (11, "investigation")


def test_a_date_after_a_comparison_is_the_compared_figures():
    found = figures("Annual summary\n\nIn 2019, twelve (12) complaints were upheld compared to seven (7) "
                    "that were upheld in 2018.")
    assert [(f.value, f.period_from.year) for f in found] == [(12, 2019), (7, 2018)]


def test_a_compared_date_does_not_run_on_to_the_figures_after_it():
    found = figures("Annual summary\n\nIn 2019, 12 complaints were upheld compared to 7 that were upheld in 2018.\n\n"
                    "The findings were as follows:\n\n- 5 – Sustained\n- 7 – Unfounded\n")
    assert [f.period_from.year for f in found[2:]] == [2019, 2019]


def test_a_date_in_the_figures_own_clause_still_governs():
    (f,) = figures("Annual summary\n\nThe force dismissed 14 officers in 2021, more than ever before.")
    assert f.period_from == date(2021, 1, 1)


def test_a_period_opened_and_closed_by_two_dates_is_one_period():
    (f,) = figures("Annual summary\n\nFrom April last year until March this year, the unit opened 90 "
                   "investigations into officers.", published=date(2012, 8, 1))
    assert (f.period_from, f.period_to) == (date(2011, 4, 1), date(2012, 3, 31))


def test_two_dates_not_joined_as_a_period_stay_apart():
    (f,) = figures("Annual summary\n\nIn April 2011 the unit was set up, and by March 2012 it had opened "
                   "90 investigations.")
    assert (f.period_from, f.period_to) == (date(2012, 3, 1), date(2012, 3, 31))


def test_a_us_period_from_one_day_through_another():
    (f,) = figures("Semi-annual update\n\nThe division reported 212 public complaints from October 1, 2024, "
                   "through March 30, 2025.")
    assert (f.period_from, f.period_to) == (date(2024, 10, 1), date(2025, 3, 30))
