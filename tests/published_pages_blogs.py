"""Blog, newsletter and official-report pages for the published-date battery (see
published_pages.py): Substack, Medium, Blogger and WordPress bylines, watchdog and
government report headers, court judgments, and the month-only or ranged dates
such pages print that date no day."""

from __future__ import annotations

from published_pages import TXT_BODY, UK_TXT_BODY

PAGES_BLOGS: list[tuple[str, str, str | None, str]] = [
    ("substack.txt", "Beat Notes\nWhy the deputy was fired\nWhat the records show\nRosa Klein\nApr 19, 2021\n" + TXT_BODY,
     "2021-04-19", "a newsletter's author, then the date"),
    ("medium.txt", "Why the deputy was fired\nRosa Klein\nFollow\n4 min read\n\u00b7\nApr 19, 2021\n" + TXT_BODY,
     "2021-04-19", "Medium's reading time and dot"),
    ("blogger.txt", "Watching the Watchmen\nMonday, April 19, 2021\nDeputy fired after review\n" + TXT_BODY,
     "2021-04-19", "a blog's date header above the post title"),
    ("wordpress-by.txt", "Deputy fired after review\nPosted on April 19, 2021 by admin\n" + TXT_BODY, "2021-04-19",
     "Posted on ... by"),
    ("date-by.txt", "Deputy fired after review\nApril 19, 2021 by Rosa Klein\n" + TXT_BODY, "2021-04-19",
     "the date, then by"),
    ("by-on.txt", "Deputy fired after review\nBy Rosa Klein on April 19, 2021\n" + TXT_BODY, "2021-04-19", "By ... on"),
    ("dots.txt", "Deputy fired after review\nRosa Klein \u2022 April 19, 2021 \u2022 3 min read\n" + TXT_BODY,
     "2021-04-19", "name \u2022 date \u2022 reading time"),
    ("comments-count.txt", "Deputy fired after review\nApril 19, 2021 | Rosa Klein | 2 Comments\n" + TXT_BODY,
     "2021-04-19", "date | name | comments"),
    ("month-only.txt", "Police misconduct: annual statistics\nPublished: April 2021\n" + UK_TXT_BODY, None,
     "a month names no day"),
    ("date-published-label.txt", "IOPC\nOfficer dismissed\nDate published: 19 April 2021\n" + UK_TXT_BODY, "2021-04-19",
     "Date published:"),
    ("college-written-by.txt", "Guidance updated\nPublished 19 April 2021 Written by College of Policing 4 mins read\n"
     + UK_TXT_BODY, "2021-04-19", "the date, then who wrote it"),
    ("judgment-date.txt", "Neutral Citation Number: [2021] EWCA Civ 601\nJudgment date: 19 April 2021\n\nThe appellant, "
     "a former constable, appeals against his dismissal.\n", "2021-04-19", "a judgment's date"),
    ("release-contact.txt", "Harlan County Sheriff's Office\nRelease Date: 04/19/2021 \u2014 Contact: Sgt. Lee Moss\n\n"
     "The sheriff terminated a deputy on Monday, the office said.\n", "2021-04-19", "a release date and a contact"),
    ("range-title.txt", "Complaints statistics 1 April 2020 to 31 March 2021\n" + UK_TXT_BODY, None,
     "a period in a title"),
    ("last-reviewed.txt", "Complaints guidance\nLast reviewed: 19 April 2021\n" + UK_TXT_BODY, None, "a review stamp"),
    ("print-page.txt", "Officer dismissed\nPrint this page 19 April 2021\n" + UK_TXT_BODY, None, "a printout's date"),
    ("title-brackets.txt", "Officer dismissed for lying (19 April 2021)\n" + UK_TXT_BODY, "2021-04-19",
     "a date in brackets closing the title"),
]
