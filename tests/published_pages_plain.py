"""Plain-text pages for the published-date battery (see published_pages.py), as a
writer copies an article into a .txt file: the site's name and section, the
headline, then whatever date line the page printed, or none. Most copied pages
carry no date at all, so most of the traps here are lines that must not date
the page: timelines, tables, lists and section lines near the top."""

from __future__ import annotations

from published_pages import TXT_BODY, UK_TXT_BODY

PAGES_PLAIN: list[tuple[str, str, str | None, str]] = [
    ("site-section-none.txt", "Valley Gazette | News\nDeputy fired after review\n" + TXT_BODY, None,
     "a site's name and section, no date"),
    ("date-at-time.txt", "Valley Gazette\nDeputy fired after review\nJune 8, 2020 at 4:15 pm\n" + TXT_BODY,
     "2020-06-08", "a date and a time alone"),
    ("no-comma.txt", "Valley Gazette\nDeputy fired after review\nJun 8 2020\n" + TXT_BODY, "2020-06-08",
     "no comma before the year"),
    ("ordinal-alone.txt", "Wessex Echo\nPC dismissed\n8th June 2020\n" + UK_TXT_BODY, "2020-06-08",
     "an ordinal date alone"),
    ("comma-after-month.txt", "Wessex Echo\nPC dismissed\nMonday, 8 June, 2020\n" + UK_TXT_BODY, "2020-06-08",
     "commas after weekday and month"),
    ("iso-time.txt", "Wessex Echo\nPC dismissed\n2020-06-08 16:15\n" + UK_TXT_BODY, "2020-06-08", "ISO and a time"),
    ("numeric-time.txt", "Wessex Echo\nPC dismissed\n08/06/2020 16:15\n" + UK_TXT_BODY, "2020-06-08",
     "a UK numeric date and a time"),
    ("us-posted-numeric.txt", "Valley Gazette\nDeputy fired after review\nPosted 06/08/2020\n"
     "A sheriff's deputy in Ada County, Idaho, was fired on Friday after an internal affairs review.\n",
     "2020-06-08", "a US numeric date after Posted"),
    ("pm-no-space.txt", "Valley Gazette\nDeputy fired\nPublished Jun 8 2020 4:15PM\n" + TXT_BODY, "2020-06-08",
     "4:15PM with no space"),
    ("byline-pipe-date.txt", "Valley Gazette\nDeputy fired\nBy Luis Ortega | June 8, 2020\n" + TXT_BODY,
     "2020-06-08", "byline | date"),
    ("byline-comma-date.txt", "Wessex Echo\nPC dismissed\nBy Aoife Brennan, 8 June 2020\n" + UK_TXT_BODY,
     "2020-06-08", "byline, date"),
    ("timeline-top.txt", "Wessex Echo\nHow the case unfolded\n12 March 2019 \u2013 Officer suspended after a complaint\n"
     "4 June 2020 \u2013 Misconduct hearing begins\n8 June 2020 \u2013 Officer dismissed\n" + UK_TXT_BODY, None,
     "a timeline at the top dates events"),
    ("table-top.txt", "Misconduct outcomes\nDate | Rank | Outcome\n08/06/2020 | PC | Dismissed\n"
     "15/06/2020 | Sergeant | Final written warning\n", None, "a table's dates"),
    ("list-top.txt", "Hearings this month\n- 8 June 2020: PC A, dismissed\n- 15 June 2020: DC B, warning\n", None,
     "a list's dates"),
    ("first-sentence-date.txt", "Wessex Echo\nPC dismissed\nOn 8 June 2020 a misconduct panel dismissed a constable "
     "who had lied about an arrest.\n" + UK_TXT_BODY, None, "the first sentence's event date"),
    ("report-title-year.txt", "Annual report 2020\nProfessional standards\n" + UK_TXT_BODY, None,
     "a report's year is no publication date"),
    ("court-listing.txt", "Crown Court listings\nMonday 8 June 2020\nCourt 1: R v Hale (sentence)\n", "2020-06-08",
     "a day's list is dated by its day"),
    ("foi-reference-date.txt", "Freedom of Information Request\nReference No: 2020/0611\nRequest date: 2 May 2020\n"
     "Response date: 8 June 2020\n\nThe force holds the information below.\n", "2020-06-08",
     "an FOI answer's response date"),
    ("event-date-label.txt", "Misconduct hearing\nDate of hearing: 8 June 2020\nVenue: Force HQ\n"
     "Officer: PC 1234 Dale Hurst\n", None, "a hearing notice's hearing date"),
    ("article-published.txt", "Wessex Police\nArticle published 8 June 2020\nOfficer dismissed\n" + UK_TXT_BODY,
     "2020-06-08", "a lead-in ending in the cue"),
    ("this-story-posted.txt", "Valley Gazette\nDeputy fired\nThis story was posted on June 8, 2020 at 4:15 pm.\n"
     + TXT_BODY, "2020-06-08", "This story was posted on"),
    ("figures-published.txt", "Wessex Echo\nComplaints rise\nThe figures were published on 8 June 2020 by the "
     "watchdog, which said complaints rose.\n" + UK_TXT_BODY, None, "a sentence about other figures' publication"),
    ("foi-received.txt", "Freedom of Information\nDate received: 2 May 2020\n\nThe force holds the information "
     "below.\n", None, "the date a request was received"),
    ("custody-record.txt", "Custody record summary\nDate of arrest: 2 May 2020\nOfficer: PC 4471\n\nThe detained "
     "man complained of an injury.\n", None, "an arrest date"),
    ("archive-note.txt", "Valley Gazette\nDeputy fired after review\nThis article is more than 3 years old\n" + TXT_BODY,
     None, "an archive note, no date"),
]
