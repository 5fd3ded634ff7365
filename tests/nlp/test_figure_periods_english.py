"""Periods as English places a figure in time against the year a sentence, paragraph or
article has set: a fronted "the year before", an unresolved "the past year" that ends the
period running before it, a range whose end the article cannot resolve. Sentences
written for these tests."""

from datetime import date

from figures_found import by_text


def figures(text: str, published=None) -> dict:
    return by_text(text, published)  # undated unless a test gives a date


def period(f) -> tuple:
    return (f.period_from and f.period_from.isoformat(), f.period_to and f.period_to.isoformat())


def test_a_fronted_year_before_after_a_conjunction_dates_the_sentence():
    found = figures("The commission received 912 complaints about officers in 2021.\n\n"
                    "But in the year before, 2020, it had received 604 complaints and 17 referrals.")
    assert period(found["912"]) == ("2021-01-01", "2021-12-31")
    assert period(found["604"]) == ("2020-01-01", "2020-12-31")
    assert period(found["17"]) == ("2020-01-01", "2020-12-31")


def test_the_previous_year_opening_a_sentence_is_the_year_before_the_running_one():
    found = figures("In 2019 the force dismissed 23 officers for misconduct.\n\n"
                    "During the previous year, the force had dismissed 15 officers.")
    assert period(found["23"]) == ("2019-01-01", "2019-12-31")
    assert period(found["15"]) == ("2018-01-01", "2018-12-31")


def test_a_year_before_inside_the_sentence_after_the_figure_is_not_fronted():
    found = figures("In 2019 the force dismissed 23 officers for misconduct.\n\n"
                    "It suspended 9 officers, more than the year before.")
    assert period(found["9"]) == ("2019-01-01", "2019-12-31")


def test_an_unresolved_past_year_ends_the_running_period():
    found = figures("The watchdog upheld 88 complaints against officers in 2022.\n\n"
                    "During the past year, it received 45 protected disclosures about officers.\n\n"
                    "The year before, it had received 30 protected disclosures.")
    assert period(found["88"]) == ("2022-01-01", "2022-12-31")
    assert period(found["45"]) == (None, None)
    assert period(found["30"]) == (None, None)


def test_a_past_year_the_publication_date_resolves_still_runs():
    found = figures("The watchdog upheld 88 complaints against officers in 2022.\n\n"
                    "During the past year, it received 45 protected disclosures about officers.",
                    published=date(2024, 3, 1))
    assert period(found["45"])[0] is not None


def test_a_range_to_an_unresolved_month_keeps_its_start_and_leaves_its_end_open():
    found = figures("Records show that nine officers were convicted of assault between March 2011 and last October.")
    assert period(found["nine"]) == ("2011-03-01", None)


def test_an_unresolved_this_year_is_the_year_the_report_runs_on():
    found = figures("Between 1 April 2021 and 31 March 2022, 140 officers were dismissed.\n\n"
                    "Two chief officers were dismissed this year.\n\nTwelve special constables were also dismissed.")
    assert period(found["Twelve"]) == ("2021-04-01", "2022-03-31")


def test_a_reports_publication_date_is_not_its_figures_period():
    found = figures("The ombudsman's 2020 annual report, released in May 2021, said it had received 2,150 complaints.",
                    published=date(2021, 6, 1))
    assert period(found["2,150"]) == ("2020-01-01", "2020-12-31")


def test_a_year_and_the_year_before_is_both_years():
    found = figures("In 2018 and the year before, the force dismissed 23 officers.", published=date(2021, 6, 1))
    assert period(found["23"]) == ("2017-01-01", "2018-12-31")


def test_the_same_period_last_year_is_the_period_before_a_year_back():
    found = figures("The force received 140 complaints between January and June, compared with 96 in the "
                    "same period last year.", published=date(2021, 7, 15))
    assert period(found["96"]) == ("2020-01-01", "2020-06-30")


def test_a_count_of_what_still_stands_takes_no_running_period():
    found = figures("Misconduct in 2020\n\nThe force dismissed 12 officers.\n\n"
                    "Separately, the force said 5 officers were still suspended.", published=date(2021, 6, 1))
    assert period(found["5"]) == (None, None)


def test_the_same_period_in_an_earlier_year_is_those_months_of_that_year():
    found = figures("Between April and June 2020 the force received 58 complaints, against 47 in the same period in 2019.",
                    published=date(2021, 6, 1))
    assert period(found["47"]) == ("2019-04-01", "2019-06-30")


def test_a_change_on_the_previous_year_is_dated_by_the_count_it_measures():
    found = figures("Officers faced 1,310 complaints in 2021/22, a rise of 7% on the previous year.",
                    published=date(2022, 6, 1))
    assert period(found["7%"]) == ("2021-04-01", "2022-03-31")
