"""Table blocks from layouts without cell separators (ingest/layout_tables.py) and HTML tables
laid on their grid (ingest/html.py): the cells a reader sees, as spans of the article text."""

from extractor.ingest.html import extract_html
from extractor.ingest.layout import text_blocks


def table_cells(text):
    return [[[text[s:e] for s, e in row] for row in b.rows] for b in text_blocks(text) if b.kind == "table"]


def test_rows_of_a_label_and_numbers_set_with_single_spaces_are_a_table():
    text = ("The unit's findings.\n\n2022 2023\nFINDING # % # %\n"
            "Sustained 30 25 34 27.2\nExonerated 41 34.2 38 30.4\n")
    (table,) = table_cells(text)
    assert table == [["", "2022", "2023"], ["FINDING", "#", "%", "#", "%"],
                     ["Sustained", "30", "25", "34", "27.2"], ["Exonerated", "41", "34.2", "38", "30.4"]]


def test_a_leading_year_labels_its_row_and_a_parallel_heading_is_shared_evenly():
    text = ("Complaints by source.\n\nYear Citizen Complaints Internal Complaints Total\n"
            "2021 140 52 192\n2022 121 60 181\n")
    (table,) = table_cells(text)
    assert table[0] == ["Year", "Citizen Complaints", "Internal Complaints", "Total"]
    assert table[1] == ["2021", "140", "52", "192"]


def test_an_aligned_heading_puts_each_piece_over_its_column():
    text = ("Proceedings concluded\n\n"
            "                          2021/22    2022/23\n"
            "Misconduct hearings            18         24\n"
            "Officers dismissed             10         15\n")
    (table,) = table_cells(text)
    assert table[0] == ["", "2021/22", "2022/23"]
    assert table[2] == ["Officers dismissed", "10", "15"]


def test_a_label_wrapped_onto_its_own_line_stays_in_its_table():
    text = ("Findings.\n\nFINDING # %\nSustained 30 25\nNot Sustained Other\n4 3.3\nViol.\nUnfounded 45 37.5\n")
    (table,) = table_cells(text)
    assert ["Not Sustained Other", "4", "3.3"] in table and ["Unfounded", "45", "37.5"] in table


def test_year_lines_under_a_question_or_its_number_are_a_table_but_not_under_a_bare_reply_line():
    asked = "How many officers were suspended in each year?\n\n2020 - 7\n2021 - 11\n"
    assert table_cells(asked) == [[["2020", "7"], ["2021", "11"]]]
    marked = "Q1. How many officers were suspended?\n\nA1.\n2020 - 7\n2021 - 11\n"
    assert table_cells(marked) == [[["2020", "7"], ["2021", "11"]]]
    bare = "Q1. How many officers were suspended?\n\nOur response:\n2020 - 7\n2021 - 11\n"
    assert table_cells(bare) == []


def test_prose_with_numbers_and_a_single_line_are_not_tables():
    assert table_cells("In 2021 there were 12 complaints, 4 upheld and 8 not.\n") == []
    assert table_cells("Heading\n\nSustained 30 25 34\n\nA paragraph follows here.\n") == []


def test_html_cells_spanning_columns_and_rows_leave_empty_cells_where_they_span():
    doc = extract_html("<article><h1>Findings by year</h1><table>"
                       "<tr><th rowspan='2'>Finding</th><th colspan='2'>2022</th><th colspan='2'>2023</th></tr>"
                       "<tr><th>Number</th><th>%</th><th>Number</th><th>%</th></tr>"
                       "<tr><td>Sustained</td><td>31</td><td>22.6</td><td>28</td><td>19.4</td></tr></table></article>")
    rows = [t for k, t in doc.blocks if k == "row"]
    assert rows == ["Finding | 2022 |  | 2023 |", "| Number | % | Number | %", "Sustained | 31 | 22.6 | 28 | 19.4"]


def test_an_html_first_row_across_the_table_is_its_title():
    doc = extract_html("<article><h1>Dismissals</h1><table>"
                       "<tr><th colspan='3'>Table 2: Officers dismissed by year</th></tr>"
                       "<tr><th>Year</th><th>Officers</th><th>Staff</th></tr>"
                       "<tr><td>2021</td><td>13</td><td>1</td></tr></table></article>")
    assert ("caption", "Table 2: Officers dismissed by year") in doc.blocks


def test_a_table_with_every_cell_on_a_line_of_its_own_is_read_by_its_heading_lines():
    text = ("Figures released.\n\nYear\nComplaints\nAllegations\n2021\n512\n1,240\n2022\n540\n1,318\n\n"
            "The department said most were resolved.\n")
    assert table_cells(text) == [[["Year", "Complaints", "Allegations"], ["2021", "512", "1,240"],
                                  ["2022", "540", "1,318"]]]


def test_short_lines_without_numbers_below_them_are_headings_not_a_table():
    assert table_cells("Outcomes\nSustained\nNot sustained\nExonerated\n\nWe reviewed 4 cases.\n") == []


def test_a_pdf_line_of_years_over_paired_columns_is_a_header_row_of_its_own():
    from extractor.ingest.pdf import read_pdf
    from pdfmaker import make_pdf

    def row(cells):
        return [(72 + i * 70, c) for i, c in enumerate(cells)]

    text, _ = read_pdf("t.pdf", make_pdf([["Findings by year", "The unit closed these complaints.",
                                           [(200, "2022"), (340, "2023")],
                                           row(["Finding", "Number", "%", "Number", "%"]),
                                           row(["Sustained", "31", "22.6", "28", "19.4"]),
                                           row(["Unfounded", "56", "40.9", "55", "38.2"])]]))
    assert " | 2022 | | 2023 |\nFinding | Number | % | Number | %\n" in text
