"""Court judgments and opinions date themselves by the decision, in their header.

Headers written for these tests in the shapes UK, Irish, Scottish and US court
pages use; each is a mini-page of text whose first paragraph follows the header.
"""

from datetime import date

import pytest

from extractor.ingest.court_dates import court_date
from extractor.ingest.read import find_published

BODY = ("1. The applicant, a constable, was dismissed without notice by a misconduct panel "
        "in the spring of that year and now asks the court to quash the decision.")


def _page(*header: str) -> str:
    return "\n\n".join(header + (BODY,))


POSITIVES = [
    (("Neutral Citation Number: [2016] EWHC 771 (Admin)", "Case No: CO/4410/2015",
      "IN THE HIGH COURT OF JUSTICE", "QUEEN'S BENCH DIVISION", "Royal Courts of Justice",
      "Strand, London, WC2A 2LL", "Before:", "THE HONOURABLE MR JUSTICE OKAFOR", "08/04/2016"),
     date(2016, 4, 8)),
    (("Neutral Citation Number: [2021] EWCA Civ 1203", "Case No: B4/2020/0091",
      "IN THE COURT OF APPEAL (CIVIL DIVISION)", "ON APPEAL FROM THE HIGH COURT", "Royal Courts of Justice",
      "Strand, London", "Date: 29/07/2021"), date(2021, 7, 29)),
    (("Chief Constable of Lakeshire v Pemberton", "Judgment date: 3 November 2020",
      "Neutral citation: [2020] EWHC 2950 (QB)"), date(2020, 11, 3)),
    (("Dunmore v Commissioner of An Garda Síochána", "Neutral Citation: [2019] IEHC 402",
      "Date of Delivery: | 11/06/2019", "Court: | High Court"), date(2019, 6, 11)),
    (("THE HIGH COURT", "JUDICIAL REVIEW", "[2017] IEHC 88", "BETWEEN", "SEAN MAGUIRE", "APPLICANT", "AND",
      "THE COMMISSIONER OF AN GARDA SÍOCHÁNA", "RESPONDENT",
      "JUDGMENT of Ms. Justice Nolan delivered on the 24th day of February, 2017"), date(2017, 2, 24)),
    (("OUTER HOUSE, COURT OF SESSION", "[2022] CSOH 17", "P512/21", "OPINION OF LORD ARDMILLAN",
      "in the petition of", "KEVIN DOCHERTY", "Petitioner", "for Judicial Review",
      "Petitioner: Malcolm KC; Respondent: Barr", "22 February 2022"), date(2022, 2, 22)),
    (("UNITED STATES COURT OF APPEALS FOR THE SIXTH CIRCUIT", "No. 19-5512",
      "MARCUS LOWE, Plaintiff-Appellant, v. CITY OF BRANTFORD, Defendant-Appellee.",
      "ARGUED: March 11, 2020 — DECIDED: June 2, 2020"), date(2020, 6, 2)),
    (("In the", "United States Court of Appeals", "For the Tenth Circuit", "No. 16-4410",
      "ARGUED SEPTEMBER 20, 2017 -- DECIDED DECEMBER 1, 2017"), date(2017, 12, 1)),
    (("Filed 9/14/21", "CERTIFIED FOR PUBLICATION", "IN THE COURT OF APPEAL OF THE STATE OF CALIFORNIA",
      "FOURTH APPELLATE DISTRICT"), date(2021, 9, 14)),
    (("SUPREME COURT OF THE STATE OF NEW MEXICO", "Opinion Number: 2018-NMSC-019",
      "Filing Date: April 26, 2018", "STATE OF NEW MEXICO, Plaintiff-Appellee, v. RAYMOND ORTIZ"), date(2018, 4, 26)),
    (("IN THE SUPREME COURT OF OHIO", "Slip Opinion No. 2015-Ohio-4412",
      "(Decided October 27, 2015.)"), date(2015, 10, 27)),
    (("Marsh v. Town of Hollister", "Opinion filed: January 5, 2023", "Docket No. 22-0119"), date(2023, 1, 5)),
    (("Approved Judgment", "Sergeant Whitlow v Police Appeals Tribunal",
      "Handed down: 14 March 2024"), date(2024, 3, 14)),
    (("IN THE SUPREME COURT OF THE STATE OF MONTANA", "DA 16-0233", "2017 MT 41",
      "Decided: February 28, 2017"), date(2017, 2, 28)),
]

REFUSALS = [
    # hearing, argument and submission dates are not the decision's
    ("Case No: CO/1187/2019", "Hearing dates: 4 and 5 June 2019", "Hearing date: 5 June 2019"),
    ("ARGUED JANUARY 14, 2021", "No. 20-1187"),
    ("Submitted: May 3, 2016", "Before SMITH, Circuit Judge"),
    # a sentence that mentions a decision's date is not a header
    ("The tribunal's decision was delivered on 9 May 2018.",),
    ("The complaint was filed on 3 March 2020 and decided on 4 June 2021 after a hearing.",),
    ("Complaint filed 12 January 2019",),
    ("Decision delivered on 3 May 2019 after a two-day hearing",),
    # words after the date: "... delivered on the 2nd day of July 2019 by Mr. Justice Keane"
    ("THE COURT OF APPEAL", "Record Number: 2018/311",
     "Judgment of the Court delivered on the 2nd day of July 2019 by Mr. Justice Keane"),
]


@pytest.mark.parametrize("header, expected", POSITIVES)
def test_a_court_page_is_dated_by_its_decision(header, expected):
    assert find_published(_page(*header))[0] == expected


@pytest.mark.parametrize("header", REFUSALS)
def test_other_court_dates_are_refused(header):
    assert court_date(list(header)) is None
    assert find_published(_page(*header))[0] is None


def test_a_bare_date_below_the_first_paragraph_is_not_the_header_date():
    text = _page("Ferris v Chief Constable", "[2015] EWHC 12 (QB)", "Case No: HQ14X0221", "IN THE HIGH COURT",
                 "QUEEN'S BENCH DIVISION", "Royal Courts of Justice", "Before:") + "\n\n12 March 2015\n\nMore text here."
    assert find_published(text)[0] is None
