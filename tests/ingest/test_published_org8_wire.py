"""A wire story reprinted with the wire's date as its last line is dated by that line;
no other page's last line (a footer, a copyright line, a timeline's last entry) dates
it. Pages written for these tests."""

from datetime import date

import pytest

from extractor.ingest.layout import with_blocks
from extractor.records import Article

BODY = ("A trooper was indicted Tuesday on a charge of assault after a video showed him "
        "striking a handcuffed man during a traffic stop.\n\n"
        "The patrol said the trooper had been on leave since the stop in August.\n\n")


def published(text: str):
    return with_blocks(Article.from_text(text, "t.txt")).published


@pytest.mark.parametrize("text, expected", [
    ("Trooper indicted in beating\n\nBy Jane Doe Associated Press\nCOLUMBUS, Ohio (AP) — " + BODY
     + "January 10, 2024", date(2024, 1, 10)),
    ("Deputy charged\n\nHOUSTON (AP) — " + BODY + "Jan. 10, 2024", date(2024, 1, 10)),
    ("Officer sacked\n\nLONDON (Reuters) - " + BODY + "10 January 2024", date(2024, 1, 10)),
    ("Garda suspended\n\nDUBLIN (AFP) - " + BODY + "Wednesday 10 January 2024", date(2024, 1, 10)),
    ("Sergeant jailed\n\nBy a PA Media reporter\n\n" + BODY + "10/01/2024", date(2024, 1, 10)),
])
def test_a_wire_storys_last_line_date_dates_it(text, expected):
    assert published(text) == expected


@pytest.mark.parametrize("text", [
    "Trooper indicted in beating\n\nA local report. " + BODY + "January 10, 2024",  # no wire: a footer
    "Deputy charged\n\nHOUSTON (AP) — " + BODY + "© January 10, 2024 The Associated Press",
    "Deputy charged\n\nHOUSTON (AP) — " + BODY + "The hearing is set for January 10, 2024.",
    "Deputy charged\n\nHOUSTON (AP) — " + BODY + "March 3, 2023\n\nJanuary 10, 2024",  # a run of dates
    "Deputy charged\n\nHOUSTON (AP) — " + BODY + "Updated January 10, 2024",
])
def test_other_last_lines_date_nothing(text):
    assert published(text) is None
