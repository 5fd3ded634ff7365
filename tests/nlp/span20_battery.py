"""Tables whose labels are spread over several header lines, written for this battery.

A header line with fewer cells than the rows below spans them evenly, as an HTML colspan
does: k labels over n columns of figures (k divides n) each head n/k of them, from the
left ('| 2021 | 2022 |' over '| Officers | Staff | Officers | Staff |' over the column
names). A cell takes every header line's label above it: a year its period, a column
name what it counts and what happened, a role who. A printed record's running head
between two rows ('14 Feb 2022 : Column 512W') is the page turning, not the table
ending. Near cases: labels that do not divide the columns, a blank that says where an
uneven span stops, a title line over the table, prose between rows.

Same helpers as tab10_battery.py: e(line, cell, **fields) a figure with those fields,
N(line, cell) no figure there."""

from __future__ import annotations

from tab10_battery import N, Page, e, _html


def fy(y):
    return {"pf": f"{y}-04-01", "pt": f"{y + 1}-03-31"}


def yr(y):
    return {"pf": f"{y}-01-01", "pt": f"{y}-12-31"}


OFF_DIS = {"counted": "officer", "outcome": "dismissed"}
OFF_RES = {"counted": "officer", "outcome": "resigned"}

PAGES: list[Page] = []

# ------------------------------------------------------------------ pipes, three header lines

PAGES.append(Page("txt-years-roles-names-page-head", "txt", (
    "Written answers: officers and staff leaving the Westmoor forces\n\n"
    "The minister gave the following figures for each force.\n"
    "| 2019-20 | 2020-21 |\n"
    "| Police officers | Police staff | Police officers | Police staff |\n"
    "Force | Resignations | Dismissals | Resignations | Dismissals | Resignations | Dismissals | Resignations | Dismissals |\n"
    "Northshire | 31 | 6 | 12 | 2 | 28 | 7 | 9 | 3\n"
    "Eastvale | 19 | 4 | 8 | 1 | 22 | 5 | 11 | 13\n"
    "14 Feb 2022 : Column 512W\n"
    "14 Feb 2022 : Column 513W\n"
    "Southmere | 44 | 9 | 15 | 3 | 40 | 8 | 17 | 14\n"
    "Lowfield | 27 | 10 | 16 | 18 | 33 | 21 | 24 | 20\n"), [
    e("Northshire |", "6", **OFF_DIS, **fy(2019)),
    e("Northshire |", "2", **OFF_DIS, **fy(2019)),
    e("Northshire |", "7", **OFF_DIS, **fy(2020)),
    e("Northshire |", "3", **OFF_DIS, **fy(2020)),
    e("Northshire |", "31", **OFF_RES, **fy(2019)),
    e("Northshire |", "9", **OFF_RES, **fy(2020)),
    e("Eastvale |", "4", **OFF_DIS, **fy(2019)),
    e("Eastvale |", "1", **OFF_DIS, **fy(2019)),
    e("Eastvale |", "5", **OFF_DIS, **fy(2020)),
    e("Eastvale |", "13", **OFF_DIS, **fy(2020)),
    e("Southmere |", "9", **OFF_DIS, **fy(2019)),
    e("Southmere |", "3", **OFF_DIS, **fy(2019)),
    e("Southmere |", "8", **OFF_DIS, **fy(2020)),
    e("Southmere |", "14", **OFF_DIS, **fy(2020)),
    e("Lowfield |", "10", **OFF_DIS, **fy(2019)),
    e("Lowfield |", "18", **OFF_DIS, **fy(2019)),
    e("Lowfield |", "21", **OFF_DIS, **fy(2020)),
    e("Lowfield |", "20", **OFF_DIS, **fy(2020)),
    N("14 Feb 2022 : Column 512W", "512"),
    N("14 Feb 2022 : Column 513W", "513"),
]))

# years over pairs of columns, the header fenced by bars the rows do not have
PAGES.append(Page("txt-years-over-pairs", "txt", (
    "Misconduct outcomes at Harbury Constabulary\n\n"
    "Outcomes of misconduct hearings, officers and staff.\n"
    "| 2021 | 2022 | 2023 |\n"
    "Outcome | Officers | Staff | Officers | Staff | Officers | Staff\n"
    "Dismissed | 14 | 5 | 17 | 3 | 11 | 6\n"
    "Final written warning | 22 | 9 | 25 | 8 | 19 | 7\n"), [
    e("Dismissed |", "14", **OFF_DIS, **yr(2021)),
    e("Dismissed |", "5", **OFF_DIS, **yr(2021)),
    e("Dismissed |", "17", **OFF_DIS, **yr(2022)),
    e("Dismissed |", "3", **OFF_DIS, **yr(2022)),
    e("Dismissed |", "11", **OFF_DIS, **yr(2023)),
    e("Dismissed |", "6", **OFF_DIS, **yr(2023)),
    e("Final written warning |", "9", counted="officer", outcome="final_written_warning", **yr(2021)),
    e("Final written warning |", "8", counted="officer", outcome="final_written_warning", **yr(2022)),
    e("Final written warning |", "7", counted="officer", outcome="final_written_warning", **yr(2023)),
]))

# a header line of roles only: each role over its pair, the years in the rows
PAGES.append(Page("txt-roles-over-pairs-years-as-rows", "txt", (
    "Officers and staff dismissed by Kelby Police\n\n"
    "Dismissals and resignations under investigation, by year.\n"
    "| Police officers | Police staff |\n"
    "Year | Dismissed | Resigned | Dismissed | Resigned |\n"
    "2021 | 12 | 4 | 6 | 2\n"
    "2022 | 15 | 7 | 8 | 3\n"), [
    e("2021 |", "12", **OFF_DIS, **yr(2021)),
    e("2021 |", "6", **OFF_DIS, **yr(2021)),
    e("2022 |", "15", **OFF_DIS, **yr(2022)),
    e("2022 |", "8", **OFF_DIS, **yr(2022)),
]))

# ------------------------------------------------------------------ HTML, colspan

PAGES.append(Page("html-colspan-years-roles-names", "html", _html(
    "Officers and staff dismissed across Greyhaven forces",
    "<p>The table gives each force's dismissals and resignations.</p>"
    "<table><tr><th></th><th colspan='4'>2021/22</th><th colspan='4'>2022/23</th></tr>"
    "<tr><th></th><th colspan='2'>Police officers</th><th colspan='2'>Police staff</th>"
    "<th colspan='2'>Police officers</th><th colspan='2'>Police staff</th></tr>"
    "<tr><th>Force</th><th>Resigned</th><th>Dismissed</th><th>Resigned</th><th>Dismissed</th>"
    "<th>Resigned</th><th>Dismissed</th><th>Resigned</th><th>Dismissed</th></tr>"
    "<tr><td>Greyhaven</td><td>41</td><td>8</td><td>13</td><td>2</td><td>37</td><td>11</td><td>15</td><td>4</td></tr>"
    "<tr><td>Marshby</td><td>26</td><td>5</td><td>9</td><td>1</td><td>29</td><td>7</td><td>12</td><td>3</td></tr>"
    "</table>"), [
    e("Greyhaven |", "8", **OFF_DIS, **fy(2021)),
    e("Greyhaven |", "2", **OFF_DIS, **fy(2021)),
    e("Greyhaven |", "11", **OFF_DIS, **fy(2022)),
    e("Greyhaven |", "4", **OFF_DIS, **fy(2022)),
    e("Marshby |", "5", **OFF_DIS, **fy(2021)),
    e("Marshby |", "7", **OFF_DIS, **fy(2022)),
]))

# ------------------------------------------------------------------ near cases

# three years over eight columns: the spans cannot be told, so none is spread evenly; the
# column names still say what each cell counts
PAGES.append(Page("txt-uneven-years-not-guessed", "txt", (
    "Dismissals at Fenwick Police\n\n"
    "Officers dismissed, by rank.\n"
    "| 2021 | 2022 | 2023 |\n"
    "Rank | Dismissed | Resigned | Dismissed | Resigned | Dismissed | Resigned | Dismissed | Resigned\n"
    "Constable | 14 | 5 | 17 | 3 | 11 | 6 | 19 | 8\n"), [
    e("Constable |", "14", **OFF_DIS, **yr(2021)),
    e("Constable |", "11", **OFF_DIS),
    e("Constable |", "19", **OFF_DIS),
    e("Constable |", "8", **OFF_RES),
]))

# a blank says where a span stops: 2021 heads three columns, 2022 one
PAGES.append(Page("txt-blank-marks-uneven-span", "txt", (
    "Dismissals at Orford Police\n\n"
    "Officers dismissed after hearings.\n"
    "| 2021 |  |  | 2022 |\n"
    "Hearing | Dismissed | Resigned | Retired | Dismissed\n"
    "Gross misconduct | 14 | 5 | 2 | 17\n"), [
    e("Gross misconduct |", "2", counted="officer", **yr(2021)),
    e("Gross misconduct |", "17", **OFF_DIS, **yr(2022)),
]))

# one label over the whole table is its title, not a span
PAGES.append(Page("txt-title-line-over-table", "txt", (
    "Dismissals at Ashby Police\n\n"
    "The force published these figures on request.\n"
    "| Officers leaving the force |\n"
    "Year | Dismissed | Resigned | Retired | Transferred\n"
    "2022 | 14 | 25 | 31 | 8\n"), [
    e("2022 |", "14", **OFF_DIS, **yr(2022)),
    N("| Officers leaving the force |", "Officers"),
]))

# prose between two rows ends the table; a sentence naming a column is not a page's head
PAGES.append(Page("txt-prose-between-rows-ends-table", "txt", (
    "Dismissals at Tilbury Police\n\n"
    "The force gave these figures.\n"
    "| 2021 | 2022 |\n"
    "Unit | Dismissed | Resigned | Dismissed | Resigned\n"
    "Response | 14 | 5 | 17 | 3\n"
    "Column 3 of the force's own return gives the figures for detectives below.\n"
    "Detectives | 4 | 7 | 6 | 9\n"), [
    e("Response |", "17", **OFF_DIS, **yr(2022)),
    N("Column 3 of the force's", "3"),
    e("Detectives |", "6", outcome=None),
    e("Detectives |", "9", outcome=None),
]))

# labels that do not divide the columns evenly over four figures: two roles over three
PAGES.append(Page("txt-roles-do-not-divide", "txt", (
    "Dismissals at Cresford Police\n\n"
    "Dismissals in 2023.\n"
    "| Police officers | Police staff |\n"
    "Unit | Dismissed | Resigned | Retired\n"
    "Response | 14 | 5 | 2\n"), [
    e("Response |", "14", **OFF_DIS),
    e("Response |", "5", **OFF_RES),
]))

# a running head not between rows: a line of its own in prose is still the page's furniture
PAGES.append(Page("txt-page-head-not-a-figure", "txt", (
    "Written answers: dismissals\n\n"
    "9 Mar 2021 : Column 77W\n\n"
    "The minister said 12 officers were dismissed by Wexley Police in 2020.\n"), [
    N("9 Mar 2021 : Column 77W", "77"),
    N("9 Mar 2021 : Column 77W", "9"),
    e("The minister said", "12", **OFF_DIS, **yr(2020)),
]))
