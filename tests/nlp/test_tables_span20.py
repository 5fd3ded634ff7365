"""The spread-header battery (span20_battery.py): header lines of fewer cells than the rows
span them evenly, and a printed record's running head between rows does not end a table;
each cell read through the whole pipeline from a file. Also the running head's own date."""

import sys
from datetime import date
from pathlib import Path

import pytest

from extractor.ingest.dateline import dateline_date, page_head_line

sys.path.insert(0, str(Path(__file__).resolve().parent))
from span20_battery import PAGES  # noqa: E402
from tab10_run import check, page_result  # noqa: E402

CASES = [(p, item) for p in PAGES for item in p.expect]


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    folder = tmp_path_factory.mktemp("span20")
    return {p.name: page_result(p, folder) for p in PAGES}


@pytest.mark.parametrize("page, item", [
    pytest.param(p, i, id=f"{p.name}:{i.line.strip()[:20]}:{i.cell}") for p, i in CASES])
def test_a_cell_takes_every_header_line_above_it(results, page, item):
    assert check(results[page.name], item) is None, check(results[page.name], item)


def test_a_running_head_dates_its_page(results):
    assert results["txt-page-head-not-a-figure"].article.published == date(2021, 3, 9)


HEADS = {
    "3 Nov 2009 : Column 876W": date(2009, 11, 3),
    "3 Nov 2009 : Column 876Wcontinued": date(2009, 11, 3),
    "21 Jan 2010 : Column 12WS": date(2010, 1, 21),
    "14 March 2018 : Column 301WH": date(2018, 3, 14),
    "5 June 2012 : Col. 44": date(2012, 6, 5),
    "9 Mar 2021 : Column 77W (continued)": date(2021, 3, 9),
    "12 May 2015 - Page 4": date(2015, 5, 12),
}

NOT_HEADS = [
    "3 Nov 2009",                                 # a date alone: a dateline, not a running head
    "Page 4 of the report lists the forces",      # a sentence naming a page
    "Column 3 shows the officers dismissed",
    "3 Nov 2009 : Columnist Jane Doe",            # a column's writer, not a column's number
    "3 Nov 2009 : Column of police vehicles",
    "Officers dismissed : Column 5",              # no date, and words before the page
    "3 Nov 2009 and 4 Nov 2009 : Column 12W",     # two dates
    "Dismissed 12",
]


@pytest.mark.parametrize("line, day", HEADS.items())
def test_a_date_and_its_page_is_a_running_head(line, day):
    assert page_head_line(line) and dateline_date(line) == day


@pytest.mark.parametrize("line", NOT_HEADS)
def test_other_lines_are_not_running_heads(line):
    assert not page_head_line(line)


@pytest.mark.parametrize("line", ["3 Nov 2009 : Columnist Jane Doe", "3 Nov 2009 : Column of police vehicles",
                                  "3 Nov 2009 : Column 5 shows the dismissals"])
def test_words_after_a_date_that_are_no_page_do_not_make_a_dateline(line):
    assert dateline_date(line) is None
