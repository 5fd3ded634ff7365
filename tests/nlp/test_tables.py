"""Tables as data: a cell's fields from its row and column, and totals with their parts."""

from datetime import date

from extractor.ingest.layout import with_blocks
from extractor.pipeline import extract_article
from extractor.records import Article

TABLE = """Officers dismissed by the force, by year

Outcome | 2021 | 2022 | Total
Dismissed | 4 | 6 | 10
Resigned | 2 | 1 | 3
Total | 6 | 7 | 13
"""


def cells(text):
    article = with_blocks(Article.from_text(text, "t.txt", published=date(2023, 5, 1), published_source="meta"))
    return extract_article(article).figures


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
