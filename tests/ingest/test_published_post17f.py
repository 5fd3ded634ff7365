"""Two ways a page prints its own date that were not read (post17f; lines written for
these tests, none copied from a dev set or a held-out page).

1. The paper's name straight after the date, past a comma, with no weekday before it, as
   archives print it: "November 16 2021, The Times". Without a weekday only a name ending
   in a masthead's word (models/layout.json ``dateline.mastheads``) is a paper's.
2. A court's header labelling its decision's date noun first: "Filed Date: 6/26/1980",
   "Opinion Date: March 3, 2019", as "Decision date" and "Ruling date" already were."""

from datetime import date
from itertools import product

import pytest

from extractor.ingest.court_dates import court_date
from extractor.ingest.read import read_source

DAY = date(2021, 11, 16)
DATE_FORMS = ["November 16 2021", "November 16, 2021", "16 November 2021", "Nov 16, 2021", "16 Nov 2021",
              "16th November 2021"]
PAPERS = ["The Times", "The Irish Examiner", "The Baltimore Sun", "The Belfast Telegraph", "The Northern Echo"]
_BODY = ("A constable was sacked after a panel found he had lied about a crash in a marked car.\n\n"
         "The force said the officer would be barred from policing.\n\n"
         "The chief constable said the public expected the highest standards.")


def _published(tmp_path, meta):
    path = tmp_path / "page.txt"
    path.write_text(f"Archive\nHome | News | Sport\n\nOfficer sacked over crash lies\n\n{meta}\n\n{_BODY}\n",
                    encoding="utf-8")
    return read_source(str(path)).published


@pytest.mark.parametrize("day, paper", list(product(DATE_FORMS, PAPERS)))
def test_a_date_followed_by_its_paper_dates_the_page(tmp_path, day, paper):
    assert _published(tmp_path, f"{day}, {paper}") == DAY


@pytest.mark.parametrize("line", [
    "November 16 2021, The Courthouse",               # a building, not a paper
    "16 November 2021, The Crown Court",
    "16 November 2021, The Old Bailey",
    "November 16 2021, The Hearing Room",
    "16 November 2021, The Town Hall",
    "November 16 2021, the panel heard",              # a sentence goes on after the date
    "16 November 2021, when The Times reported",
    "16 November 2021, 17 November 2021",             # two dates, a list
    "November 16 2021 The Times said officers were suspended",
    "Last updated: 16 November 2021, The Times",      # an update stamp, not the page's date
    "Hearing date: 16 November 2021, The Times",
    "Born 16 November 2021, The Times",
    "On November 16 2021, The Times reported that two constables had been sacked",
    "November 2021, The Times",                       # no day: a month dates no page
    "Copyright 16 November 2021, The Times",
])
def test_a_date_and_words_after_it_that_are_not_a_paper(tmp_path, line):
    assert _published(tmp_path, line) is None


COURT = "IN THE COURT OF APPEALS OF THE STATE OF OREGON"
LABELS = ["Filed Date: {}", "Filed date {}", "FILED DATE: {}", "Opinion Date: {}", "Opinion date - {}"]
COURT_DAYS = [("6/26/1980", date(1980, 6, 26)), ("June 26, 1980", date(1980, 6, 26)),
              ("26 June 1980", date(1980, 6, 26)), ("March 3, 2019", date(2019, 3, 3)),
              ("03/03/2019", date(2019, 3, 3)), ("3 March 2019", date(2019, 3, 3))]


@pytest.mark.parametrize("label, day", list(product(LABELS, COURT_DAYS)))
def test_a_court_labels_its_decision_noun_first(label, day):
    words, expected = day
    lines = ("State v. Marlow", "DocketNumber: 1-220A4", label.format(words), "Modified Date: 10/19/2024", COURT)
    assert court_date(lines) == expected


@pytest.mark.parametrize("lines", [
    ("Filed Date: 6/26/1980", "Status: Precedential"),                 # no court names itself
    (COURT, "Modified Date: 10/19/2024"),                            # a site's stamp, not the decision
    (COURT, "Filed Date: 6/26/1980 by the clerk of the trial court"),  # words after the date
    (COURT, "Hearing date: 3 March 2019"),
    ("Complaint filed date 3 March 2019 in the county's own records",),
    (COURT, "Submitted Date: March 3, 2019"),
    ("Opinion Date: March 3, 2019", "Sports | Opinion | Local news"),  # a news site's Opinion section
])
def test_noun_first_labels_that_date_no_decision(lines):
    assert court_date(lines) is None
