"""Lines that name who published a page beside its date (dates15): a byline after a quoted
headline, a blog's "posted in CATEGORY on DATE", a paper's weekday dateline with its name after
it. And the near lines that must not date the page: a sentence with "by" in it, an event's
date after a name, a place after the date, a line with words after its date, a line below
the story. Pages written for this work, read as a user's text file is read."""

from datetime import date

import pytest

from extractor.ingest.read import read_source

_BODY = ("A police constable has been dismissed without notice after a misconduct panel found he lied "
         "to colleagues about a crash in a marked car.\n\n"
         "The force said the officer would be placed on the barred list held by the College of Policing.\n\n"
         "The chief constable said the public rightly expected the highest standards of its officers.")


def _page(meta: str, site: str = "Valley Courier", nav: str = "Home | News | Sport | Opinion | Contact",
          title: str = "Officer dismissed after lying about crash", body: str = _BODY) -> str:
    return f"{site}\n{nav}\n\n{title}\n\n{meta}\n\n{body}\n"


DATED = [
    ("headline-then-byline", '"Officer sacked over crash lies" by Tom Reyes Staff Reporter March 3, 2025', "2025-03-03"),
    ("headline-byline-correspondent", '"Trooper charged after crash" by Jennifer Hale Globe Correspondent '
     "August 02, 2015", "2015-08-02"),
    ("headline-byline-uk", "\u201cPC dismissed for gross misconduct\u201d by Sian Morgan, Crime Reporter 4 March 2025",
     "2025-03-04"),
    ("blog-posted-in-category", "On behalf of Carter Law posted in Criminal Defense on Wednesday, October 2, 2013.",
     "2013-10-02"),
    ("blog-posted-in-two-words", "Posted in Police Misconduct on March 5, 2025", "2025-03-05"),
    ("blog-category-names-an-event", "Posted in Sentencing on March 5, 2025", "2025-03-05"),
    ("filed-under-category", "Filed under Courts & Crime on 6 March 2025", "2025-03-06"),
    ("paper-after-weekday-date", "Saturday July 02 2022, The Times", "2022-07-02"),
    ("paper-after-uk-weekday-date", "Tuesday 4 March 2025, The Irish Times", "2025-03-04"),
    ("paper-after-comma-weekday", "Thursday, March 6, 2025, The Boston Globe", "2025-03-06"),
]

NOT_DATED = [
    # a sentence that reports an event with "by" in it
    ("sentence-by-officer", "He was charged by Officer Jane Smith August 02, 2015"),
    ("event-before-byline-words", "Hearing postponed by Judge Alan Moore March 3, 2025"),
    ("arrested-by-name", '"Man arrested" by officers from Kent Police March 3, 2025'),
    # a place, not a paper, after the date
    ("place-after-date", "Saturday July 02 2022, Crown Court"),
    # no weekday before the date, so the name may be a place or an event's
    ("no-weekday-paper", "July 02 2022, The Courthouse"),
    # words after the date: a sentence, not a meta line
    ("posted-then-more", "Posted in Police News on March 5, 2025 the force said it would appeal"),
    # a court's filing, and a report published somewhere, told as sentences
    ("filed-in-court", "Charges were filed in Circuit Court on March 5, 2025."),
    ("report-published-in", "The report was published in Police Review on March 5, 2025."),
    ("posted-in-lower-case-words", "The video was posted in the group chat on March 5, 2025"),
]


@pytest.mark.parametrize("name, meta, expected", DATED, ids=[d[0] for d in DATED])
def test_a_line_naming_who_published_dates_the_page(tmp_path, name, meta, expected):
    path = tmp_path / f"{name}.txt"
    path.write_text(_page(meta), encoding="utf-8")
    assert read_source(str(path)).published == date.fromisoformat(expected)


@pytest.mark.parametrize("name, meta", NOT_DATED, ids=[d[0] for d in NOT_DATED])
def test_near_lines_do_not_date_the_page(tmp_path, name, meta):
    path = tmp_path / f"{name}.txt"
    path.write_text(_page(meta), encoding="utf-8")
    assert read_source(str(path)).published is None


def test_a_byline_below_the_story_does_not_date_it(tmp_path):
    """Three paragraphs into the body, a headline-and-byline line is a related story's."""
    path = tmp_path / "related.txt"
    path.write_text(_page("") + '\n"Sergeant cleared of misconduct" by Amy Lee Staff Reporter May 9, 2024\n',
                    encoding="utf-8")
    assert read_source(str(path)).published is None
