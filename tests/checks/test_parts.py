"""Parts against their total (parts.py) and spans against their yearly figures (spans.py),
on sentences written for these tests, through the real pipeline."""

import pytest

from extractor.pipeline import extract_article

from checks_found import checks_of


BREAKDOWN = ("Almost 50 Wessex Police officers and staff were investigated for data misuse between 2020 and 2023. "
             "The force said {a} police officers and {b} members of police staff were investigated.")


def test_a_breakdown_larger_than_its_total_is_flagged():
    checks = checks_of(BREAKDOWN.format(a=38, b=19))
    assert [(c.kind, c.rule) for c in checks] == [("sum_mismatch", "parts_of_total")]
    assert "“38” officers + “19” staff = 57" in checks[0].message and "Almost 50" in checks[0].message


@pytest.mark.parametrize("a,b", [(31, 17), (30, 12)])
def test_a_breakdown_within_its_total_raises_nothing(a, b):
    # 48 is almost 50; 42 may leave some out: a breakdown short of its total is no error
    assert checks_of(BREAKDOWN.format(a=a, b=b)) == []


def test_words_saying_the_parts_overlap_are_named():
    text = BREAKDOWN.format(a=38, b=19) + " Some of them were counted in more than one category."
    message = checks_of(text)[0].message
    assert "more than one”" in message and "if the parts overlap, that reconciles them" in message


def test_a_total_of_other_things_is_not_the_breakdowns():
    text = ("Fenland Constabulary recorded 31 complaints in 2023. It said 22 officers and 15 members of staff "
            "were complained about.")
    assert checks_of(text) == []


SINCE = ("Severnside Police has dismissed {total} officers since 2020. It dismissed 8 officers in 2020, 12 in 2021, "
         "10 in 2022 and 11 in 2023.")


def test_yearly_parts_above_a_since_total_are_flagged():
    checks = checks_of(SINCE.format(total=37))
    assert [(c.kind, c.rule) for c in checks] == [("sum_mismatch", "parts_since")]
    assert "8 + 12 + 10 + 11 = 41" in checks[0].message


@pytest.mark.parametrize("total", [41, 44])  # this year's dismissals may add to the 41
def test_yearly_parts_within_a_since_total_raise_nothing(total):
    assert checks_of(SINCE.format(total=total)) == []


SPAN = "Pennine Police dismissed 31 officers in the last {n} years: 9 in 2021, 10 in 2022 and 12 in 2023."


def test_a_span_shorter_than_the_years_it_sums_is_flagged():
    checks = checks_of(SPAN.format(n="two"))
    assert [c.kind for c in checks] == ["span_mismatch"]
    assert "“in the last two years” is 2 years" in checks[0].message and "12 in 2023" in checks[0].message


@pytest.mark.parametrize("n", ["three", "four"])  # a longer span may list only its latest years
def test_a_span_that_covers_its_years_raises_nothing(n):
    assert checks_of(SPAN.format(n=n)) == []


def test_yearly_parts_through_the_year_still_running_must_make_the_total():
    text = SINCE.format(total="{total}").replace("and 11 in 2023.", "11 in 2023 and 3 so far this year.")
    assert checks_of(text.format(total=44)) == []
    short = checks_of(text.format(total=50))
    assert [c.rule for c in short] == ["parts_since"] and "= 44 for 2020-01-01 to 2024-03-01, less than" in \
        short[0].message


TABLE = """<html><head><meta property="article:published_time" content="2024-02-10T09:00:00+00:00"></head>
<body><article><h1>Fenland dismissals</h1>
<p>Fenland Constabulary has dismissed {total} officers since 2019, the force's figures show.</p>
<table><tr><th>Year</th><th>Officers dismissed</th><th>Complaints received</th></tr>
<tr><td>2019</td><td>6</td><td>310</td></tr><tr><td>2020</td><td>9</td><td>298</td></tr>
<tr><td>2021</td><td>8</td><td>341</td></tr><tr><td>2022</td><td>11</td><td>356</td></tr>
<tr><td>2023</td><td>12</td><td>372</td></tr></table>
<p>The force said it would not tolerate misconduct.</p></article></body></html>"""


@pytest.mark.parametrize("total,flagged", [(40, True), (46, False), (49, False)])
def test_a_tables_yearly_rows_are_set_against_the_total_its_heading_names(tmp_path, total, flagged):
    from extractor.ingest.read import read_source

    page = tmp_path / "fenland.html"
    page.write_text(TABLE.format(total=total), encoding="utf-8")
    checks = [c for c in extract_article(read_source(str(page))).checks if c.kind != "unresolved_date"]
    assert [c.rule for c in checks] == (["parts_since"] if flagged else [])
    if flagged:
        assert "6 + 9 + 8 + 11 + 12 = 46 for 2019-01-01 to 2023-12-31 alone, more than the “40”" in checks[0].message


def test_a_span_summing_the_years_listed_before_it_is_flagged():
    text = ("Wessex Police dismissed 8 officers in 2021, 9 in 2022 and 10 in 2023. That means 27 officers were "
            "dismissed in the last {n} years.")
    assert [c.kind for c in checks_of(text.format(n="two"))] == ["span_mismatch"]
    assert checks_of(text.format(n="three")) == []


def test_a_year_the_span_is_compared_with_is_not_one_it_sums():
    text = "In the last two years, Wessex Police dismissed 12 officers in 2022 and 14 in 2023, compared with 9 in 2021."
    assert checks_of(text) == []


def test_a_count_stated_as_part_of_the_whole_is_not_a_total_of_its_years():
    text = ("Northshire Police received 60 complaints about officers' use of data in the three years to 2023. "
            "The number rose every year, from 15 in 2021 to 20 in 2022 and 25 in 2023.\n\n"
            "Twenty-two of the complaints were referred to the Independent Office for Police Conduct.")
    assert checks_of(text) == []
