"""More pages for the published-date battery (see published_pages.py): site
templates from local US television and newspaper chains, UK regional and Irish
sites, government and police pages, Markdown files, and their traps. Written
after the first battery's fixes, to test that those rules reach pages they were
not written from. Names, places and dates are invented.
"""

from __future__ import annotations

from published_pages import BODY, TXT_BODY, UK_BODY, UK_TXT_BODY, art, html, ld, meta

PAGES_MORE: list[tuple[str, str, str | None, str]] = [
    ("govuk-meta.html", html(art(UK_BODY, "Officer dismissed"),
                             meta("govuk:first-published-at", "2021-11-09T10:00:00.000+00:00")
                             + meta("govuk:public-updated-at", "2021-11-12T10:00:00.000+00:00")),
     "2021-11-09", "GOV.UK's first-published-at"),
    ("dcterms-created.html", html(art(UK_BODY), meta("dcterms.created", "2021-11-09")), "2021-11-09", "dcterms.created"),
    ("pub-date-underscore.html", html(art(BODY), meta("publication_date", "2021-11-09")), "2021-11-09",
     "publication_date"),
    ("original-publish.html", html(art(BODY), meta("original-publish-date", "11/09/2021")), "2021-11-09",
     "a US numeric meta date on a US page"),
    ("ld-list-type.html", html(art(BODY), ld({"@context": "https://schema.org", "@type": ["NewsArticle", "Article"],
                                              "datePublished": "November 9, 2021"})), "2021-11-09",
     "a list of types and a date in words"),
    ("ld-main-entity.html", html(art(BODY), ld({"@type": "WebPage", "mainEntity": {
        "@type": "ReportageNewsArticle", "datePublished": "2021-11-09T08:00:00-06:00"}})), "2021-11-09",
     "a nested article"),
    ("time-updated-class.html", html(art('<time class="updated" datetime="2021-11-12T10:00">Nov 12</time>'
                                         '<p class="byline">By Ruth Dee</p><p class="pubdate">Nov. 9, 2021</p>' + BODY)),
     "2021-11-09", "an update <time> beside the visible date"),
    ("scripps.html", html(art("<div class='timestamp'>Posted at 4:15 PM, Nov 09, 2021 and last updated 6:00 PM, "
                              "Nov 10, 2021</div>" + BODY)), "2021-11-09", "Scripps-style"),
    ("advance-updated-first.html", html(art("<div class='article-meta'>Updated: Nov. 10, 2021, 4:15 p.m. | Published: "
                                            "Nov. 09, 2021, 2:00 p.m.</div>" + BODY)), "2021-11-09",
     "updated printed before published"),
    ("reach-caps.html", html(art("<div class='time-info'>16:15, 9 NOV 2021</div>" + UK_BODY)), "2021-11-09",
     "a capitalised month after the time"),
    ("examiner.html", html(art("<p class='date'>Tue, 09 Nov, 2021 - 16:15</p>" + UK_BODY, "Garda dismissed")),
     "2021-11-09", "a comma between month and year"),
    ("journal-ie.html", html(art("<span class='date'>4.15pm, 9 Nov 2021</span>" + UK_BODY, "Garda dismissed")),
     "2021-11-09", "an Irish time with a dot"),
    ("breakingnews.html", html(art("<p class='date'>Tuesday, November 09, 2021 - 16:15</p>" + UK_BODY,
                                   "Garda dismissed")), "2021-11-09", "weekday, zero-padded day"),
    ("byline-dash.html", html(art("<p class='author'>By Kevin O'Hara, Staff Writer \u2014 November 9, 2021</p>" + BODY)),
     "2021-11-09", "a byline and a dash"),
    ("station-callsign.html", html(art("<p>HARLAN COUNTY, Ky. (WYMT) - A deputy was fired on Tuesday after an internal "
                                       "review, the sheriff said.</p>")), None, "a station's call sign, no date"),
    ("body-opens-with-date.html", html(art("<p>Nov. 9, 2021 \u2014 A deputy in Harlan County was fired Tuesday after "
                                           "an internal review, the sheriff said.</p>")), "2021-11-09",
     "a story whose first paragraph opens with its date and a dash"),
    ("caption-date.html", html(art("<figure><img src='x.jpg'><figcaption>The courthouse in Harlan, Ky., on Nov. 1, "
                                   "2021.</figcaption></figure>" + BODY)), None, "a photo caption's date"),
    ("police-release-us.html", html(art("<p>Media Release</p><p>Date: 11/09/2021</p><p>Case #: 21-004512</p>"
                                        "<p>The Harlan County Sheriff's Office has terminated a deputy.</p>",
                                        "Sheriff's Office terminates deputy")), "2021-11-09", "a US force's release"),
    ("incident-date.html", html(art("<p>Incident Date: 11/01/2021</p><p>The Harlan County Sheriff's Office has "
                                    "terminated a deputy after the incident.</p>", "Deputy terminated")), None,
     "an incident date"),
    # ------------------------------------------------------------ text and Markdown
    ("bbc-text.txt", "Officer sacked over messages\n\nTuesday 9 November 2021 10:04\n\n" + UK_TXT_BODY, "2021-11-09",
     "weekday date time"),
    ("today-at.txt", "Garda dismissed\n\nToday at 16:15\n\n" + UK_TXT_BODY, None, "a relative stamp"),
    ("last-modified.txt", "Complaints guidance\n\nLast Modified: November 12, 2021\n\n" + UK_TXT_BODY, None,
     "a page's upkeep, not under a byline"),
    ("md-italic.md", "# Sergeant dismissed for lying\n\n*Published 9 November 2021*\n\n" + UK_TXT_BODY, "2021-11-09",
     "Markdown emphasis round the line"),
    ("md-bold-label.md", "# Sergeant dismissed\n\n**Date:** 9 November 2021\n\n" + UK_TXT_BODY, "2021-11-09",
     "a bold label"),
    ("caps-byline.txt", "Officer pleads guilty\n\nBY JANE DOE\nTHE DAILY RECORD\nNovember 9, 2021\n\n" + TXT_BODY,
     "2021-11-09", "a capitalised byline and paper, then the date"),
    ("email-byline.txt", "Officer pleads guilty\n\nJane Doe | jdoe@example.com | Nov 9, 2021\n\n" + TXT_BODY,
     "2021-11-09", "a byline with an address"),
    ("staff-report.txt", "Officer pleads guilty\n\nFrom staff reports | Posted November 9, 2021\n\n" + TXT_BODY,
     "2021-11-09", "staff reports"),
    ("govie.txt", "Minister publishes report on Garda discipline\n\nFrom Department of Justice\nPublished on 9 November 2021\n"
     "Last updated on 12 November 2021\n\n" + UK_TXT_BODY, "2021-11-09", "gov.ie"),
    ("garda-press.txt", "Garda Press Office\n\nTuesday, 9 November 2021\n\nGarda member dismissed\n\n" + UK_TXT_BODY,
     "2021-11-09", "a press office's date line"),
    ("release-date-label.txt", "News Release Date: November 9, 2021\n\nDeputy terminated\n\n" + TXT_BODY, "2021-11-09",
     "News Release Date:"),
    ("date-issued.txt", "Date Issued: 09 November 2021\n\nOfficer dismissed\n\n" + UK_TXT_BODY, "2021-11-09",
     "Date Issued:"),
    ("us-release-numeric.txt", "Harlan County Sheriff's Office\nMedia Release\nDate: 11/09/2021\n\nDeputy terminated\n\n"
     "The Harlan County Sheriff's Office terminated a deputy on Monday, the sheriff said.\n", "2021-11-09",
     "a US numeric date, month first"),
    ("filed-label.txt", "Lawsuit filed against deputies\n\nFiled: November 1, 2021\n\nThe lawsuit says two deputies "
     "beat a man in the county jail.\n", None, "a filing date"),
    ("hearing-date.txt", "Misconduct hearing outcome\n\nHearing date: 1 November 2021\n\nPC Dale Hurst was dismissed "
     "without notice.\n", None, "a hearing date"),
    ("photo-line.txt", "Officer dismissed\n\nPhoto: Wessex Police headquarters, 1 November 2021\n\n" + UK_TXT_BODY, None,
     "a photo line's date"),
    ("related-top.txt", "Officer dismissed\n\nRelated: Officer suspended - 1 November 2021\n\n" + UK_TXT_BODY, None,
     "a related link above the body"),
]
