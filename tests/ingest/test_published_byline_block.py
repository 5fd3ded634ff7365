"""A byline set over several lines, as print versions and wire copy set it ("By Jo Bloggs" /
"Staff Writer" / "Monday, April 13, 2009"): the date alone on a line just below the name is
the page's date, even when a long correction or summary stands above the headline. And the
near pages that must not take a date: a date further below the name, one below a paragraph
of the story, a sentence opening with "By". Pages written for this work."""

from datetime import date

import pytest

from extractor.ingest.read import read_source

_CORRECTION = ("Correction to This Article\n"
               "An earlier version of this story gave the wrong number of deputies placed on leave while the "
               "shootings they were involved in were investigated by the sheriff's office.\n\n")
_BODY = ("Two deputies have been placed on administrative leave while the sheriff's office investigates a "
         "shooting outside a gas station, officials said.\n\n"
         "The department said both would stay off patrol until the investigation is complete.\n\n"
         "A spokesman declined to say how long the review was expected to take.")


def _page(byline: str, top: str = _CORRECTION, title: str = "Deputies sidelined after shooting") -> str:
    return f"The Daily Ledger\nPrint This Article\n\n{top}{title}\n\n{byline}\n\n{_BODY}\n"


DATED = [
    ("name-desk-date", "By Aaron Lee\nLedger Staff Writer\nMonday, April 13, 2009", "2009-04-13"),
    ("name-then-date", "By Maria Gomez\nApril 13, 2009", "2009-04-13"),
    ("name-agency-uk-date", "By Sian Morgan\nPress Association\n14 April 2009", "2009-04-14"),
    ("name-title-iso", "By Tom Reyes\nCrime Correspondent\n2021-06-02", "2021-06-02"),
    ("two-names-date", "By Ann Cole and Ben Ortiz\nStaff Writers\nTuesday 2 March 2021", "2021-03-02"),
    ("name-courts-reporter-date", "By Kate Hughes\nCourts Reporter\nFriday, May 7, 2021", "2021-05-07"),
]


@pytest.mark.parametrize("name, byline, expected", DATED, ids=[d[0] for d in DATED])
def test_a_date_just_below_a_byline_dates_the_page(tmp_path, name, byline, expected):
    path = tmp_path / "page.txt"
    path.write_text(_page(byline))
    article = read_source(str(path))
    assert article.published == date.fromisoformat(expected)
    assert article.published_source == "byline"


NOT_DATED = [
    ("date-three-lines-below", "By Aaron Lee\nLedger Staff Writer\nMetro Desk\nMonday, April 13, 2009"),
    ("date-after-a-paragraph", "By Aaron Lee\nThe sheriff's office said on Sunday that the two deputies "
     "would remain on leave while the state investigates the shooting.\nMonday, April 13, 2009"),
    ("by-opens-a-sentence", "By March 2009 the department had placed 37 officers on leave or desk duty.\n"
     "April 13, 2009"),
    ("long-by-line", "By the end of the review the sheriff said every deputy involved had returned to work\n"
     "April 13, 2009"),
]


@pytest.mark.parametrize("name, byline", NOT_DATED, ids=[d[0] for d in NOT_DATED])
def test_a_date_not_set_under_a_byline_does_not_date_the_page(tmp_path, name, byline):
    path = tmp_path / "page.txt"
    path.write_text(_page(byline))
    assert read_source(str(path)).published is None


# A forum thread or a US station's page stamps its first post with dashes for slashes.
STAMPED = [
    ("forum-stamp-time", "10-17-2007, 08:20 PM", "2007-10-17"),
    ("forum-stamp-24h", "03-05-2012, 21:14", "2012-03-05"),
    ("stamp-alone", "04-22-2016", "2016-04-22"),
]


@pytest.mark.parametrize("name, stamp, expected", STAMPED, ids=[d[0] for d in STAMPED])
def test_a_dashed_us_stamp_at_the_top_dates_the_page(tmp_path, name, stamp, expected):
    path = tmp_path / "page.txt"
    path.write_text(f"Police Forum > Archive > News\n\nUniversity police resign\n\n{stamp}\n\n{_BODY}\n")
    assert read_source(str(path)).published == date.fromisoformat(expected)


def test_a_dashed_date_inside_a_score_line_is_not_a_stamp(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(f"Police Forum > Archive > News\n\nUniversity police resign\n\nFinal: 3-1-06 after extra time\n\n{_BODY}\n")
    assert read_source(str(path)).published is None


def test_a_blog_dated_at_its_top_keeps_its_date_when_it_quotes_a_bylined_story(tmp_path):
    page = ("Thin Blue Notes\nNews and commentary\n\nSaturday, April 11, 2009\n\nDeputy charged after dispute\n\n"
            "A county deputy was arrested on Monday after a dispute at his home, the sheriff said.\n\n"
            "COMMENTS\n\nReader said...\n\nDeputy resigns\nBy Dana Whitfield\nApril 15, 2009\n\n" + _BODY + "\n")
    path = tmp_path / "page.txt"
    path.write_text(page)
    assert read_source(str(path)).published == date(2009, 4, 11)
