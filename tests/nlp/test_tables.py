"""Tables as data: a cell's fields from its row and column, and totals with their parts."""

from datetime import date

import pytest

from extractor.nlp.context import _COUNT_LINE
from figures_found import found_figures

TABLE = """Officers dismissed by the force, by year

Outcome | 2021 | 2022 | Total
Dismissed | 4 | 6 | 10
Resigned | 2 | 1 | 3
Total | 6 | 7 | 13
"""


def cells(text):
    return found_figures(text, date(2023, 5, 1))


def at(text, figures, row, col):
    """The figure in the table line starting with ``row``, in column ``col``."""
    line = next(line for line in text.split("\n") if line.startswith(row))
    start = text.index(line) + sum(len(c) + 3 for c in line.split(" | ")[:col])
    return next(f for f in figures if f.span[0] == start)


def test_a_cell_takes_its_outcome_from_its_row_and_its_period_from_its_column():
    figures = cells(TABLE)
    f = at(TABLE, figures, "Dismissed", 2)
    assert (f.value, f.outcome, f.period_from, f.period_to) == (6, "dismissed", date(2022, 1, 1), date(2022, 12, 31))


def test_a_totals_row_sums_the_cells_above_it():
    figures = cells(TABLE)
    total = at(TABLE, figures, "Total", 1)
    parts = [at(TABLE, figures, "Dismissed", 1), at(TABLE, figures, "Resigned", 1)]
    assert total.role == "total" and total.total_of == [p.span for p in parts]
    assert all(p.role == "part" and p.part_of == total.span for p in parts)


def test_a_totals_column_sums_the_cells_beside_it():
    figures = cells(TABLE)
    total = at(TABLE, figures, "Dismissed", 3)
    assert (total.value, total.role) == (10, "total")
    assert [TABLE[s:e] for s, e in total.total_of] == ["4", "6"]


def test_a_table_without_totals_has_no_roles():
    text = "Officers dismissed, by year\n\nYear | Dismissed | Resigned\n2021 | 4 | 2\n2022 | 6 | 1\n"
    assert all(f.role is None and not f.total_of for f in cells(text))


def test_a_cell_goes_on_from_the_cell_above_it_not_the_cell_to_its_left():
    text = ("Former officers, by year\n\nYear | Resigned | Barred | Misconduct hearings\n"
            "2021 | 7 | 5 | 4\n2022 | 9 | 8 | 6\n")
    figures = cells(text)
    resigned = [at(text, figures, year, 1) for year in ("2021", "2022")]
    assert [f.counted for f in resigned] == ["officer", "officer"]


SUSPENSIONS = """Why officers were suspended this year

Reason | Officers suspended
Theft | 3
Drugs misuse | 2
Neglect of duty | 4
Leaking information | 1
Misconduct during investigations | 2
"""


def test_a_two_column_table_the_page_lays_out_is_read_as_cells():
    figures = cells(SUSPENSIONS)
    assert [(f.value, f.outcome, f.counted) for f in figures] == [
        (3, "suspended", "officer"), (2, "suspended", "officer"), (4, "suspended", "officer"),
        (1, "suspended", "officer"), (2, "suspended", "officer")]


def test_a_row_naming_no_conduct_the_lexicon_knows_is_another_kind_not_the_row_above():
    figures = cells(SUSPENSIONS)
    assert [f.category for f in figures] == ["theft", "drugs", "other", "other", "other"]


def test_rows_that_do_not_name_kinds_of_conduct_go_on_from_the_row_above():
    text = "Corruption cases by year\n\nYear | Cases | Officers\n2021 | 7 | 5\n2022 | 9 | 8\n"
    assert {f.category for f in cells(text)} == {"corruption"}


def test_a_one_line_byline_with_a_bar_is_no_table():
    text = "Five officers were sacked.\n\nposted by Sam at 10:14 AM | 0 comments\n"
    assert [f.value for f in cells(text)] == [5]


def test_the_heading_of_the_label_column_or_over_the_table_gives_the_outcome():
    text = ("How long each officer has been suspended\n\n"
            "Months suspended | Number of officers |\n0 | 3 |\n1 | 5 |\n2 | 2 |\n")
    assert {f.outcome for f in cells(text)} == {"suspended"}


def test_count_lines_under_a_heading_take_its_outcome():
    text = ("Freedom of Information reply\n\nOur answer is below.\n\n"
            "The ranks of the officers suspended\n2 x Sergeant\n9 x Police Constable\n")
    assert [(f.value, f.outcome) for f in cells(text)] == [(2, "suspended"), (9, "suspended")]


@pytest.mark.parametrize("line, count", [
    ("38 x Police Constable", True), ("2019/20 - 21", True), ("5. Counter-corruption", False),
    ("4.1 Scope", False), ("2019 in review", False), ("Dismissed", False),
])
def test_a_line_opening_with_a_count_is_an_answer_not_a_heading(line, count):
    assert bool(_COUNT_LINE.match(line)) is count


def test_a_markdown_table_reads_its_outer_bars_as_no_cells():
    text = ("Complaints by year\n\n| Year | Complaints received | Investigations closed |\n"
            "|------|------|------|\n| 2021 | 120 | 95 |\n| 2022 | 131 | 88 |\n")
    figures = cells(text)
    assert [(f.value, f.counted, f.period_from.year) for f in figures] == [
        (120, "complaint", 2021), (95, "investigation", 2021), (131, "complaint", 2022), (88, "investigation", 2022)]


def test_a_row_starting_with_a_bar_keeps_its_empty_corner_cell():
    text = "Complaints by year\n\n| 2021 | 2022\nComplaints received | 3 | 5\n"
    assert [(f.value, f.period_from.year) for f in cells(text)] == [(3, 2021), (5, 2022)]


def test_a_table_laid_out_with_tabs_is_read_as_cells():
    text = ("Our reply\n\nThe figures are set out in the table below, by the year in which the "
            "officer was suspended or dismissed.\n\nYear\tSuspended\tDismissed\n2021\t8\t2\n2022\t12\t3\n")
    figures = cells(text)
    assert [(f.value, f.outcome, f.period_from.year) for f in figures] == [
        (8, "suspended", 2021), (2, "dismissed", 2021), (12, "suspended", 2022), (3, "dismissed", 2022)]


def test_tabs_in_prose_are_no_table():
    text = "Annual report\n\nThe force dismissed\t12 officers in 2021.\n"
    assert [(f.value, f.role) for f in cells(text)] == [(12, None)]
