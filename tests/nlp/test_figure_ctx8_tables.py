"""A table column headed "Of which ..." / "of whom ..." counts a part of the column before
it, so its cells count what that column counts and share its outcome; a "Total" row under
rows labelled by years covers every one of those years. Tables written for these tests
(FOI answers, force and watchdog returns, UK, Irish and US layouts)."""

import pytest

from figures_found import found_figures


def cells(text: str) -> dict:
    """Figures by (text, position in the article), so equal numbers in two cells stay apart."""
    return {(f.text, f.span[0]): f for f in found_figures(text)}


def at(text: str, line: str, col: int):
    """The figure in cell `col` (0 = label) of the first line starting with `line`."""
    start = text.index("\n" + line) + 1
    row = text[start:text.index("\n", start)]
    offset = start
    for k, cell in enumerate(row.split("|")):
        if k == col:
            lead = len(cell) - len(cell.lstrip())
            return next(f for f in found_figures(text) if f.span[0] == offset + lead)
        offset += len(cell) + 1
    raise AssertionError(line)


PART_COLUMNS = [
    ("Response to your request.\n\nYear | Officers dismissed | Of which for dishonesty\n"
     "2019/20 | 14 | 5\n2020/21 | 12 | 3\n", "2019/20", 2, "officer", "dismissed"),
    ("The force holds this information.\n\nFinancial year | Officers suspended | of whom female\n"
     "2021/22 | 31 | 8\n2022/23 | 27 | 6\n", "2022/23", 2, "officer", "suspended"),
    ("Figures supplied by the department.\n\nYear | Deputies terminated | Of which for excessive force\n"
     "2020 | 17 | 4\n2021 | 22 | 9\n", "2021", 2, "officer", "dismissed"),
    ("Our reply to question 3.\n\nPeriod | Members dismissed | Of these for drink driving\n"
     "2021 | 9 | 2\n2022 | 11 | 4\n", "2022", 2, "officer", "dismissed"),
    ("The table below gives the numbers.\n\nYear | Officers who resigned | Including under investigation\n"
     "2018 | 40 | 12\n2019 | 38 | 15\n", "2018", 2, "officer", "resigned"),
    ("Requested data.\n\nYear | Complaints received | Of which upheld | Of which about use of force\n"
     "2022 | 410 | 61 | 90\n2023 | 380 | 52 | 77\n", "2023", 3, "complaint", None),
]


@pytest.mark.parametrize("text, line, col, counted, outcome", PART_COLUMNS)
def test_an_of_which_column_counts_what_the_column_before_counts(text, line, col, counted, outcome):
    fig = at(text, line, col)
    assert (fig.counted, fig.outcome) == (counted, outcome)


def test_the_column_a_part_column_follows_keeps_its_own_reading():
    text = PART_COLUMNS[0][0]
    fig = at(text, "2020/21", 1)
    assert (fig.counted, fig.outcome, fig.category) == ("officer", "dismissed", "all")


def test_a_column_that_is_not_a_part_takes_nothing_from_its_neighbour():
    text = ("The data you asked for.\n\nYear | Officers dismissed | Complaints received\n"
            "2021 | 12 | 300\n2022 | 15 | 280\n")
    fig = at(text, "2022", 2)
    assert (fig.counted, fig.outcome) == ("complaint", None)


TOTALS = [
    ("Our answer.\n\nFinancial year | Officers dismissed\n2019/20 | 10\n2020/21 | 12\n2021/22 | 9\nTotal | 31\n",
     "Total", "2019-04-01", "2022-03-31"),
    ("Figures below.\n\nYear | Deputies fired | Deputies suspended\n2020 | 4 | 11\n2021 | 6 | 9\nTotals | 10 | 20\n",
     "Totals", "2020-01-01", "2021-12-31"),
    ("Table of members.\n\nYear | Members dismissed\n2017 | 3\n2018 | 5\n2019 | 2\n2020 | 6\nTotal | 16\n",
     "Total", "2017-01-01", "2020-12-31"),
]


@pytest.mark.parametrize("text, line, period_from, period_to", TOTALS)
def test_a_total_row_covers_every_year_of_the_rows_above(text, line, period_from, period_to):
    fig = at(text, line, 1)
    assert (str(fig.period_from), str(fig.period_to)) == (period_from, period_to)


def test_a_row_keeps_its_own_year():
    text = TOTALS[0][0]
    fig = at(text, "2020/21", 1)
    assert (str(fig.period_from), str(fig.period_to)) == ("2020-04-01", "2021-03-31")
