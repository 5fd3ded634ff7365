"""The pure date layer: words + publication date -> whole days (extractor.dates)."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.normalise.timex import names_period, normalise, parse, parse_day, resolve
from extractor.normalise.fiscal import financial_year, parse_quarter, parse_year_pair

D = date
MONTH_NAMES = list(calendar.month_name)[1:]
MONTH_ABBR = [m[:3] for m in MONTH_NAMES]
WEEKDAY_NAMES = list(calendar.day_name)


def days(text, anchor=None, previous=None):
    r = resolve(text, anchor, previous)
    assert r is not None, f"{text!r} was not read as a date"
    return r.date_from, r.date_to


def kind(text):
    expr = parse(text)
    return expr and expr.kind


def month_days(y, m):
    return D(y, m, 1), D(y, m, calendar.monthrange(y, m)[1])


# ---------------------------------------------------------------- full dates

@pytest.mark.parametrize("text", [
    "2 October 2019", "2nd October 2019", "2nd Oct 2019", "2nd of Oct. 2019", "October 2, 2019",
    "Oct 2 2019", "02/10/2019", "2/10/2019", "02/10/19", "2.10.2019", "2019-10-02",
    "Wednesday 2 October 2019", "Wed, October 2, 2019",
])
def test_full_dates_in_uk_us_and_iso_forms_are_one_day(text):
    assert days(text) == (D(2019, 10, 2), D(2019, 10, 2))
    assert kind(text) == "full_date"
    assert parse_day(text) == D(2019, 10, 2)


def test_numeric_dates_are_day_first_unless_the_day_cannot_be_a_month():
    assert parse_day("03/04/2020") == D(2020, 4, 3)
    assert parse_day("10/25/2019") == D(2019, 10, 25)


@pytest.mark.parametrize("text", ["31 February 2019", "32 May 2019", "2019-13-01", "31/02/2019"])
def test_impossible_days_are_not_dates(text):
    assert parse_day(text) is None


def test_weekday_prefix_without_year_takes_the_year_whose_weekday_fits():
    # 5 June 2020 was a Friday; published a few days earlier, still 2020
    assert days("Friday 5 June", D(2020, 6, 1)) == (D(2020, 6, 5), D(2020, 6, 5))
    assert days("Today (Friday 5 June)", D(2020, 6, 5)) == (D(2020, 6, 5), D(2020, 6, 5))


def test_day_without_year_is_the_most_recent_on_or_before_publication():
    assert days("November 13", D(2007, 3, 21)) == (D(2006, 11, 13), D(2006, 11, 13))
    assert days("on 2 March", D(2007, 3, 21)) == (D(2007, 3, 2), D(2007, 3, 2))


# ---------------------------------------------------------------- months, years, seasons

def test_month_with_year_covers_the_whole_month():
    assert days("November 2019") == (D(2019, 11, 1), D(2019, 11, 30))
    assert days("Feb 2020") == (D(2020, 2, 1), D(2020, 2, 29))
    assert kind("November 2019") == "month"


def test_year_after_in_covers_the_whole_year():
    assert days("in 2019") == (D(2019, 1, 1), D(2019, 12, 31))
    assert kind("in 2019") == "year"


def test_decade_covers_ten_years():
    assert days("the 1990s") == (D(1990, 1, 1), D(1999, 12, 31))


@pytest.mark.parametrize("text, expected", [
    ("the summer of 2021", (D(2021, 6, 1), D(2021, 8, 31))),
    ("spring 2020", (D(2020, 3, 1), D(2020, 5, 31))),
    ("autumn 2018", (D(2018, 9, 1), D(2018, 11, 30))),
    ("winter 2019", (D(2019, 12, 1), D(2020, 2, 29))),
])
def test_seasons_are_meteorological(text, expected):
    assert days(text) == expected
    assert kind(text) == "season"


@pytest.mark.parametrize("text, expected", [
    ("early 2020", (D(2020, 1, 1), D(2020, 4, 30))),
    ("mid-2020", (D(2020, 5, 1), D(2020, 8, 31))),
    ("late 2020", (D(2020, 9, 1), D(2020, 12, 31))),
    ("early March 2020", (D(2020, 3, 1), D(2020, 3, 10))),
    ("late March 2020", (D(2020, 3, 21), D(2020, 3, 31))),
    ("the end of March 2019", (D(2019, 3, 31), D(2019, 3, 31))),
    ("the start of 2020", (D(2020, 1, 1), D(2020, 1, 1))),
    ("the first half of 2020", (D(2020, 1, 1), D(2020, 6, 30))),
    ("the second half of 2020", (D(2020, 7, 1), D(2020, 12, 31))),
    ("the second half of March 2021", (D(2021, 3, 16), D(2021, 3, 31))),
])
def test_early_mid_late_are_thirds_and_end_of_is_the_last_day(text, expected):
    assert days(text) == expected


# ---------------------------------------------------------------- ranges

@pytest.mark.parametrize("text, expected", [
    ("From April 2016 to March 2017", (D(2016, 4, 1), D(2017, 3, 31))),
    ("between 2018 and 2021", (D(2018, 1, 1), D(2021, 12, 31))),
    ("2016\u20132019", (D(2016, 1, 1), D(2019, 12, 31))),
    ("2016 to 2019", (D(2016, 1, 1), D(2019, 12, 31))),
    ("April to June 2022", (D(2022, 4, 1), D(2022, 6, 30))),
    ("Jan\u2013Mar 2017", (D(2017, 1, 1), D(2017, 3, 31))),
    ("1 April 2020 \u2013 31 March 2021", (D(2020, 4, 1), D(2021, 3, 31))),
    ("1 April 2020\u201331 March 2021", (D(2020, 4, 1), D(2021, 3, 31))),
    ("between 14 October 2018 and 19 March 2022", (D(2018, 10, 14), D(2022, 3, 19))),
    ("1-5 June 2020", (D(2020, 6, 1), D(2020, 6, 5))),
    ("November to March 2019", (D(2018, 11, 1), D(2019, 3, 31))),
    ("from June 2019 to March", (D(2019, 6, 1), D(2020, 3, 31))),
    ("2017, 2018, 2019 and 2020", (D(2017, 1, 1), D(2020, 12, 31))),
    ("between 2017-2022", (D(2017, 1, 1), D(2022, 12, 31))),
    ("from 2016/17 to 2018/19", (D(2016, 4, 1), D(2019, 3, 31))),
])
def test_ranges_run_from_the_first_day_of_the_start_to_the_last_day_of_the_end(text, expected):
    assert days(text) == expected
    assert kind(text) == "range"


def test_range_ending_this_year_needs_the_publication_date():
    assert days("Between April 2018 and March this year", D(2021, 10, 26)) == (D(2018, 4, 1), D(2021, 3, 31))
    assert days("from January to June this year", D(2017, 7, 27)) == (D(2017, 1, 1), D(2017, 6, 30))
    assert days("from January to June this year") == (None, None)


def test_a_list_of_years_that_skips_one_is_not_a_range():
    assert resolve("2015, 2017 and 2019") is None


def test_a_range_that_runs_backwards_is_unresolved():
    assert days("from March 2019 to January 2018") == (None, None)


# ---------------------------------------------------------------- financial years and quarters

@pytest.mark.parametrize("text", [
    "2016/17", "2016-17", "2016/2017", "FY 2016/17", "FY2016/17", "FY16/17", "fy 2016-17",
    "the financial year 2016-17", "financial year 2016/17", "the 2016/17 financial year",
    "the year 2016/17", "in 2016-17",
])
def test_financial_year_slash_form_covers_april_to_march(text):
    assert days(text) == (D(2016, 4, 1), D(2017, 3, 31))
    assert kind(text) == "fy"


def test_financial_year_across_the_century():
    assert days("1999/00") == (D(1999, 4, 1), D(2000, 3, 31))


def test_dash_between_four_digit_years_is_calendar_years():
    assert days("2017-2020") == (D(2017, 1, 1), D(2020, 12, 31))
    assert kind("2017-2020") == "range"


def test_short_year_pair_that_is_not_consecutive_is_calendar_years():
    assert days("2016-19") == (D(2016, 1, 1), D(2019, 12, 31))
    assert parse_year_pair("2016/19") is None


@pytest.mark.parametrize("text, expected", [
    ("the fourth quarter of the year 2016/17", (D(2017, 1, 1), D(2017, 3, 31))),
    ("the first quarter of 2016/17", (D(2016, 4, 1), D(2016, 6, 30))),
    ("Q4 2016/17", (D(2017, 1, 1), D(2017, 3, 31))),
    ("the final quarter of the financial year 2019-20", (D(2020, 1, 1), D(2020, 3, 31))),
    ("Q1 2019", (D(2019, 1, 1), D(2019, 3, 31))),
    ("the third quarter of 2019", (D(2019, 7, 1), D(2019, 9, 30))),
])
def test_quarters_of_financial_and_calendar_years(text, expected):
    assert days(text) == expected
    assert kind(text) == "quarter"


def test_quarter_of_an_unknown_year_is_not_read():
    assert parse_quarter("the fourth quarter of the year") is None


# ---------------------------------------------------------------- periods ending at a date

@pytest.mark.parametrize("text, expected", [
    ("the year to March 2021", (D(2020, 4, 1), D(2021, 3, 31))),
    ("the 12 months to 31 March 2019", (D(2018, 4, 1), D(2019, 3, 31))),
    ("the three years to the end of March 2019", (D(2016, 4, 1), D(2019, 3, 31))),
    ("year ending March 2022", (D(2021, 4, 1), D(2022, 3, 31))),
    ("the year ended 31 March 2020", (D(2019, 4, 1), D(2020, 3, 31))),
    ("the financial year ending March 2019", (D(2018, 4, 1), D(2019, 3, 31))),
    ("the six months to September 2020", (D(2020, 4, 1), D(2020, 9, 30))),
])
def test_periods_ending_at_a_date_run_back_their_length(text, expected):
    assert days(text) == expected
    assert kind(text) == "range"


def test_leading_up_to_stops_the_day_before():
    assert days("the year leading up to April 2023") == (D(2022, 4, 1), D(2023, 3, 31))


def test_year_to_a_month_without_year_is_the_most_recent_such_month():
    assert days("the year to March", D(2022, 8, 22)) == (D(2021, 4, 1), D(2022, 3, 31))
    assert days("the year to March") == (None, None)


# ---------------------------------------------------------------- open periods

def test_since_runs_to_the_publication_date():
    assert days("since April 2014", D(2017, 6, 1)) == (D(2014, 4, 1), D(2017, 6, 1))
    assert days("Since May 2015", D(2017, 7, 27)) == (D(2015, 5, 1), D(2017, 7, 27))
    assert kind("since April 2014") == "open_since"


@pytest.mark.parametrize("text", ["from 2014 onwards", "from 2014 to date", "from 2014 until now",
                                  "from 2014 to the present day", "ever since 2014"])
def test_other_ways_of_saying_since(text):
    assert days(text, D(2017, 6, 1)) == (D(2014, 1, 1), D(2017, 6, 1))
    assert kind(text) == "open_since"


def test_since_without_publication_date_keeps_its_start_open_ended():
    assert days("since April 2014") == (D(2014, 4, 1), None)
    assert days("Dating back to 2009/10") == (D(2009, 4, 1), None)


def test_since_a_month_without_year_needs_the_publication_date():
    assert days("since October", D(2012, 5, 24)) == (D(2011, 10, 1), D(2012, 5, 24))
    assert days("since October") == (None, None)


def test_up_to_a_date_is_open_at_the_start():
    assert days("up to 31 March 2019") == (None, D(2019, 3, 31))
    assert days("the period ending 31 March 2019") == (None, D(2019, 3, 31))
    assert kind("up to 31 March 2019") == "open_until"


def test_up_to_a_date_continues_the_previous_period_of_a_series():
    r = resolve("up to 31 March 2019", previous=(D(2017, 4, 1), D(2018, 3, 31)))
    assert (r.date_from, r.date_to, r.carried) == (D(2018, 4, 1), D(2019, 3, 31), True)


def test_up_to_a_date_ignores_a_previous_period_long_before_it():
    assert days("up to 31 March 2019", previous=(D(2001, 4, 1), D(2002, 3, 31))) == (None, D(2019, 3, 31))


# ---------------------------------------------------------------- relative to the publication date

PUB = D(2021, 10, 26)  # a Tuesday


@pytest.mark.parametrize("text, expected", [
    ("this year", (D(2021, 1, 1), D(2021, 12, 31))),
    ("last year", (D(2020, 1, 1), D(2020, 12, 31))),
    ("Last year's", (D(2020, 1, 1), D(2020, 12, 31))),
    ("next year", (D(2022, 1, 1), D(2022, 12, 31))),
    ("the current year", (D(2021, 1, 1), D(2021, 12, 31))),
    ("earlier this year", (D(2021, 1, 1), PUB)),
    ("later this year", (PUB, D(2021, 12, 31))),
    ("last month", (D(2021, 9, 1), D(2021, 9, 30))),
    ("earlier this month", (D(2021, 10, 1), PUB)),
    ("this month", (D(2021, 10, 1), D(2021, 10, 31))),
    ("last week", (D(2021, 10, 18), D(2021, 10, 24))),
    ("last quarter", (D(2021, 7, 1), D(2021, 9, 30))),
    ("today", (PUB, PUB)),
    ("yesterday", (D(2021, 10, 25), D(2021, 10, 25))),
    ("on Tuesday", (PUB, PUB)),
    ("on Sunday", (D(2021, 10, 24), D(2021, 10, 24))),
    ("last Tuesday", (D(2021, 10, 19), D(2021, 10, 19))),
    ("next Tuesday", (D(2021, 11, 2), D(2021, 11, 2))),
    ("In February", (D(2021, 2, 1), D(2021, 2, 28))),
    ("in December", (D(2020, 12, 1), D(2020, 12, 31))),
    ("in October", (D(2021, 10, 1), D(2021, 10, 31))),
    ("March this year", (D(2021, 3, 1), D(2021, 3, 31))),
    ("February last year", (D(2020, 2, 1), D(2020, 2, 29))),
    ("in October last year", (D(2020, 10, 1), D(2020, 10, 31))),
    ("over the past five years", (D(2016, 10, 27), PUB)),
    ("in the last decade", (D(2011, 10, 27), PUB)),
    ("In the past year", (D(2020, 10, 27), PUB)),
    ("the last 12 months", (D(2020, 10, 27), PUB)),
    ("the last three-and-a-half years", (D(2018, 4, 27), PUB)),
    ("Three weeks ago", (D(2021, 10, 5), D(2021, 10, 5))),
    ("two months ago", (D(2021, 8, 1), D(2021, 8, 31))),
    ("two years ago", (D(2019, 1, 1), D(2019, 12, 31))),
])
def test_relative_dates_are_placed_by_the_publication_date(text, expected):
    assert days(text, PUB) == expected
    assert resolve(text, PUB).relative


@pytest.mark.parametrize("text", ["this year", "last year", "earlier this year", "In February", "on Tuesday",
                                  "yesterday", "the past five years", "two years ago", "February last year"])
def test_relative_dates_without_publication_date_stay_null(text):
    r = resolve(text)
    assert (r.date_from, r.date_to) == (None, None)
    assert r.relative and not r.resolved


def test_the_today_programme_words_after_today_must_be_a_date():
    assert resolve("today programme", PUB) is None


# ---------------------------------------------------------------- carried over from the previous period

FY17 = (D(2016, 4, 1), D(2017, 3, 31))
CAL22 = (D(2022, 1, 1), D(2022, 12, 31))


@pytest.mark.parametrize("text, previous, expected", [
    ("the following 12 months", FY17, (D(2017, 4, 1), D(2018, 3, 31))),
    ("in the following 12 months", FY17, (D(2017, 4, 1), D(2018, 3, 31))),
    ("the next six months", FY17, (D(2017, 4, 1), D(2017, 9, 30))),
    ("the previous 12 months", FY17, (D(2015, 4, 1), D(2016, 3, 31))),
    ("the year after", FY17, (D(2017, 4, 1), D(2018, 3, 31))),
    ("the next year", FY17, (D(2017, 4, 1), D(2018, 3, 31))),
    ("the following year", CAL22, (D(2023, 1, 1), D(2023, 12, 31))),
    ("the previous year", FY17, (D(2015, 4, 1), D(2016, 3, 31))),
    ("the year before", CAL22, (D(2021, 1, 1), D(2021, 12, 31))),
    ("the year before", (D(2019, 6, 12), D(2019, 6, 12)), (D(2018, 1, 1), D(2018, 12, 31))),
    ("the following month", (D(2019, 6, 12), D(2019, 6, 12)), (D(2019, 7, 1), D(2019, 7, 31))),
    ("six months later", (D(2004, 11, 1), D(2004, 11, 30)), (D(2005, 5, 1), D(2005, 5, 31))),
    ("two years earlier", CAL22, (D(2020, 1, 1), D(2020, 12, 31))),
    ("the same period", FY17, FY17),
    ("during this period", FY17, FY17),
    ("over the same reporting period", FY17, FY17),
    ("the same month", (D(2021, 5, 14), D(2021, 5, 14)), (D(2021, 5, 1), D(2021, 5, 31))),
    ("the same year", FY17, FY17),
    ("the last 12 months of that period", (D(2018, 4, 1), D(2021, 3, 31)), (D(2020, 4, 1), D(2021, 3, 31))),
    ("the first six months of the year", CAL22, (D(2022, 1, 1), D(2022, 6, 30))),
])
def test_carry_over_continues_from_the_previous_period(text, previous, expected):
    r = resolve(text, previous=previous)
    assert (r.date_from, r.date_to) == expected
    assert r.carried and r.kind == "carry_over"


def test_carry_over_without_a_previous_period_stays_null():
    assert days("the following 12 months") == (None, None)
    assert days("the year before", previous=(D(2020, 1, 1), None)) == (None, None)


# ---------------------------------------------------------------- durations and non-dates

@pytest.mark.parametrize("text", ["in three years", "in a year", "10 months", "in 12 months"])
def test_durations_are_read_but_place_nothing(text):
    r = resolve(text, PUB, FY17)
    assert r.kind == "duration" and (r.date_from, r.date_to) == (None, None)


@pytest.mark.parametrize("text", [
    "24/7", "999", "101", "10:14", "17.05", "0161 496 0732", "3-1", "43 forces", "section 36",
    "Computer Misuse Act 1990", "No 1 of 2007", "\u00a32,019", "31-year-old", "Theresa May said", "", "the period",
])
def test_things_that_are_not_dates(text):
    assert resolve(text, PUB) is None


def test_normalise_folds_case_dashes_brackets_and_possessives():
    assert normalise("Today (Friday 5\u00a0June)") == "today friday 5 june"
    assert normalise("1 April 2020 \u2013 31 March 2021") == "1 april 2020-31 march 2021"
    assert normalise("Last year\u2019s") == "last year"
    assert normalise("mid-2020") == "mid 2020"


# ---------------------------------------------------------------- properties over generated dates

any_day = st.dates(min_value=D(1900, 1, 1), max_value=D(2099, 12, 31))
FORMATS = [
    lambda d: f"{d.day} {MONTH_NAMES[d.month - 1]} {d.year}",
    lambda d: f"{d.day}{_suffix(d.day)} {MONTH_ABBR[d.month - 1]} {d.year}",
    lambda d: f"the {d.day}{_suffix(d.day)} of {MONTH_NAMES[d.month - 1]} {d.year}",
    lambda d: f"{WEEKDAY_NAMES[d.weekday()]} {d.day} {MONTH_NAMES[d.month - 1]} {d.year}",
    lambda d: f"{MONTH_NAMES[d.month - 1]} {d.day}, {d.year}",
    lambda d: f"{WEEKDAY_NAMES[d.weekday()][:3]}, {MONTH_ABBR[d.month - 1]}. {d.day}, {d.year}",
    lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}",
    lambda d: f"{d.day}.{d.month}.{d.year}",
    lambda d: d.isoformat(),
]


def _suffix(n):
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


@settings(max_examples=300)
@given(any_day, st.sampled_from(FORMATS))
def test_every_full_date_format_reads_back_the_same_day(d, fmt):
    assert parse_day(fmt(d)) == d
    assert days(fmt(d)) == (d, d)


@given(any_day)
def test_month_and_year_cover_their_first_to_last_day(d):
    assert days(f"{MONTH_NAMES[d.month - 1]} {d.year}") == month_days(d.year, d.month)
    assert days(f"in {d.year}") == (D(d.year, 1, 1), D(d.year, 12, 31))


@given(st.integers(min_value=1900, max_value=2098), st.sampled_from([
    "{y}/{s:02d}", "{y}-{s:02d}", "{y}/{n}", "FY {y}/{s:02d}", "the financial year {y}-{s:02d}",
    "the {y}/{s:02d} financial year"]))
def test_every_financial_year_form_is_april_to_march(y, form):
    text = form.format(y=y, s=(y + 1) % 100, n=y + 1)
    assert days(text) == financial_year(y) == (D(y, 4, 1), D(y + 1, 3, 31))


@given(any_day, any_day, st.sampled_from(["from {a} to {b}", "between {a} and {b}", "{a} \u2013 {b}"]))
def test_ranges_of_generated_days_run_from_start_to_end(a, b, form):
    a, b = min(a, b), max(a, b)
    def spell(d):
        return f"{d.day} {MONTH_NAMES[d.month - 1]} {d.year}"
    text = form.format(a=spell(a), b=spell(b))
    assert days(text) == (a, b)


@given(any_day.filter(lambda d: d.year < 2099), st.integers(min_value=1, max_value=36))
def test_n_months_to_a_month_end_is_n_whole_months(d, n):
    end = month_days(d.year, d.month)[1]
    start, stop = days(f"the {n} months to {end.day} {MONTH_NAMES[end.month - 1]} {end.year}")
    assert stop == end and start.day == 1
    assert (stop.year - start.year) * 12 + stop.month - start.month + 1 == n


@given(st.dates(min_value=D(1950, 1, 1), max_value=D(2090, 12, 31)), st.sampled_from(MONTH_NAMES))
def test_a_month_without_year_is_the_latest_one_not_after_the_publication_date(anchor, month):
    start, end = days(f"In {month}", anchor)
    assert start <= anchor and start.strftime("%B") == month
    assert start > anchor - timedelta(days=366)


@given(st.dates(min_value=D(1950, 1, 1), max_value=D(2090, 12, 31)), st.sampled_from(WEEKDAY_NAMES))
def test_on_a_weekday_is_that_weekday_in_the_week_up_to_publication(anchor, weekday):
    start, end = days(f"on {weekday}", anchor)
    assert start == end and start.strftime("%A") == weekday
    assert 0 <= (anchor - start).days < 7


@given(st.dates(min_value=D(1950, 1, 1), max_value=D(2090, 12, 31)),
       st.sampled_from(["this year", "last year", "last month", "last week", "earlier this year",
                        "the past five years", "the last 12 months", "three weeks ago"]))
def test_relative_periods_never_end_after_the_publication_date_unless_current(anchor, text):
    start, end = days(text, anchor)
    assert start <= end
    assert start <= anchor
    if text != "this year":
        assert end <= anchor


@given(st.integers(min_value=1950, max_value=2090), st.booleans())
def test_the_year_after_then_the_year_before_returns_to_the_same_year(y, fiscal):
    period = financial_year(y) if fiscal else (D(y, 1, 1), D(y, 12, 31))
    after = days("the year after", previous=period)
    assert days("the year before", previous=after) == period


# ---------------------------------------------------------------- seasons, lists and whole years

@pytest.mark.parametrize("text, anchor, expected", [
    ("in the summer", D(2021, 10, 26), (D(2021, 6, 1), D(2021, 8, 31))),
    ("in the summer", D(2024, 5, 3), (D(2023, 6, 1), D(2023, 8, 31))),
    ("during the winter", D(2024, 1, 15), (D(2023, 12, 1), D(2024, 2, 29))),
    ("the autumn", D(2019, 9, 1), (D(2019, 9, 1), D(2019, 11, 30))),
])
def test_a_season_without_a_year_is_the_last_one_begun_by_publication(text, anchor, expected):
    assert days(text, anchor) == expected


def test_a_season_without_a_year_or_publication_date_is_null():
    assert days("in the summer") == (None, None)


@pytest.mark.parametrize("text, expected", [
    ("6 and 7 March 2023", (D(2023, 3, 6), D(2023, 3, 7))),
    ("April and May 2022", (D(2022, 4, 1), D(2022, 5, 31))),
    ("2018/19 and 2019/20", (D(2018, 4, 1), D(2020, 3, 31))),
    ("December 2019 and January 2020", (D(2019, 12, 1), D(2020, 1, 31))),
    ("between 2018/19 and 2020/21", (D(2018, 4, 1), D(2021, 3, 31))),
])
def test_two_dates_joined_by_and_are_one_period_when_they_touch_or_follow_between(text, expected):
    assert days(text) == expected


@pytest.mark.parametrize("text", ["2018/19 and 2020/21", "April and June 2022", "5 and 7 June 2020"])
def test_two_dates_joined_by_and_with_a_gap_are_not_one_period(text):
    assert resolve(text) is None


@pytest.mark.parametrize("text", ["the whole of 2023", "all of 2023", "throughout the whole of 2023"])
def test_the_whole_of_a_year_is_that_year(text):
    assert days(text) == (D(2023, 1, 1), D(2023, 12, 31))


@pytest.mark.parametrize("text", ["so far this year", "this year so far"])
def test_so_far_this_year_runs_to_the_publication_date(text):
    assert days(text, D(2024, 5, 3)) == (D(2024, 1, 1), D(2024, 5, 3))


# ---------------------------------------------------------------- words that look ahead

@pytest.mark.parametrize("text, past, ahead", [
    ("on 22 May", (D(2023, 5, 22), D(2023, 5, 22)), (D(2024, 5, 22), D(2024, 5, 22))),
    ("on 3 May", (D(2024, 5, 3), D(2024, 5, 3)), (D(2024, 5, 3), D(2024, 5, 3))),
    ("in June", (D(2023, 6, 1), D(2023, 6, 30)), (D(2024, 6, 1), D(2024, 6, 30))),
    ("in May", (D(2024, 5, 1), D(2024, 5, 31)), (D(2024, 5, 1), D(2024, 5, 31))),
    ("in February", (D(2024, 2, 1), D(2024, 2, 29)), (D(2025, 2, 1), D(2025, 2, 28))),
    ("on Tuesday", (D(2024, 4, 30), D(2024, 4, 30)), (D(2024, 5, 7), D(2024, 5, 7))),
    ("the summer", (D(2023, 6, 1), D(2023, 8, 31)), (D(2024, 6, 1), D(2024, 8, 31))),
])
def test_a_date_without_year_looking_ahead_is_the_next_one(text, past, ahead):
    anchor = D(2024, 5, 3)  # a Friday
    assert days(text, anchor) == past
    r = resolve(text, anchor, ahead=True)
    assert (r.date_from, r.date_to) == ahead


def test_looking_ahead_changes_nothing_that_has_a_year():
    assert days("2 October 2019", D(2024, 5, 3)) == (D(2019, 10, 2), D(2019, 10, 2))
    r = resolve("last year", D(2024, 5, 3), ahead=True)
    assert (r.date_from, r.date_to) == (D(2023, 1, 1), D(2023, 12, 31))


@given(st.dates(min_value=D(1950, 1, 1), max_value=D(2090, 12, 31)), any_day)
def test_a_day_without_year_is_within_a_year_before_or_after_publication(anchor, d):
    text = f"on {d.day} {MONTH_NAMES[d.month - 1]}"
    past, ahead = resolve(text, anchor), resolve(text, anchor, ahead=True)
    if past.date_from is not None:  # 29 February may have no year near the anchor
        assert past.date_from <= anchor and (anchor - past.date_from).days < 366 * 4
        assert (past.date_from.month, past.date_from.day) == (d.month, d.day)
    if ahead.date_from is not None:
        assert ahead.date_from >= anchor and (ahead.date_from - anchor).days < 366 * 4
        assert (ahead.date_from.month, ahead.date_from.day) == (d.month, d.day)
    if d.month != 2 or d.day != 29:
        assert (anchor - past.date_from).days < 366 and (ahead.date_from - anchor).days < 366


# ---------------------------------------------------------------- parts of a stated period, durations that name one

THREE_FY = (D(2018, 4, 1), D(2021, 3, 31))


@pytest.mark.parametrize("text, expected", [
    ("the last of the three years", (D(2020, 4, 1), D(2021, 3, 31))),
    ("the final of the three years", (D(2020, 4, 1), D(2021, 3, 31))),
    ("the first of the three years", (D(2018, 4, 1), D(2019, 3, 31))),
    ("the second of the three years", (D(2019, 4, 1), D(2020, 3, 31))),
    ("the same three years", THREE_FY),
    ("over the same three years", THREE_FY),
])
def test_parts_of_the_previous_period(text, expected):
    assert days(text, previous=THREE_FY) == expected


@pytest.mark.parametrize("text, period, named", [
    ("over three years", THREE_FY, True),
    ("in five years", (D(2017, 4, 1), D(2022, 8, 22)), True),      # 5 years 5 months: within half a year
    ("in five years", (D(2017, 1, 1), D(2022, 12, 31)), False),    # six years
    ("in a year", (D(2022, 4, 1), D(2023, 3, 31)), True),
    ("over the three years", THREE_FY, True),
    ("across 18 months", (D(2020, 1, 1), D(2021, 6, 30)), True),
    ("in 12 months", (D(2020, 1, 1), D(2020, 12, 31)), True),
    ("in 12 months", (D(2020, 1, 1), D(2021, 1, 31)), False),      # 13 months: more than half a month off
])
def test_a_duration_names_a_period_about_as_long(text, period, named):
    assert names_period(parse(text), period) is named


@pytest.mark.parametrize("text", ["for two years", "within 12 months", "10 months"])
def test_a_length_of_time_for_or_within_names_no_period(text):
    assert not names_period(parse(text), THREE_FY)
