"""Short pages written for the published-date battery: how news, force, watchdog,
court and press-release sites put a date on a page, and the dates on a page that
are not its publication date. Each is (name, file content, expected published ISO
date or None, why). Names end in .html or .txt; the test writes each to a file and
reads it as a user's file is read.

Names, places, bodies and dates are invented; the layouts follow real templates.
"""

from __future__ import annotations

import json


def html(body: str, head: str = "", title: str = "Officer news") -> str:
    return (f"<!doctype html><html><head><title>{title}</title>{head}</head><body>"
            f"<header class='site-header'><a href='/'>The Courier</a></header>{body}"
            "<footer><p>&copy; 2025 Courier Media Group. All rights reserved.</p></footer></body></html>")


def meta(key: str, value: str, attr: str = "name") -> str:
    return f'<meta {attr}="{key}" content="{value}">'


def ld(obj: dict) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


BODY = ("<p>A sheriff's deputy in Harlan County was fired on Tuesday after an internal "
        "review found he had lied in a use-of-force report, officials said.</p>"
        "<p>The deputy had been with the office for six years.</p>")
UK_BODY = ("<p>A constable with Wessex Police has been dismissed without notice after a "
           "misconduct panel found he had sent offensive messages to colleagues.</p>"
           "<p>The hearing heard that the messages were sent over two years.</p>")
TXT_BODY = ("A former officer with the Dunmore Police Department pleaded guilty on Monday to "
            "stealing from a suspect's car during a traffic stop.\n\n"
            "He resigned from the force last year and will be sentenced in the spring.\n")
UK_TXT_BODY = ("A police sergeant who lied about an arrest has been dismissed, the force said.\n\n"
               "The panel heard that the sergeant changed his notes after the hearing was set.\n")


def art(inner: str, h1: str = "Deputy fired after review") -> str:
    return f"<article><h1>{h1}</h1>{inner}</article>"


PAGES: list[tuple[str, str, str | None, str]] = [
    # ------------------------------------------------------------ metadata
    ("og-published.html", html(art(BODY), meta("article:published_time", "2022-03-03T16:15:00-05:00", "property")),
     "2022-03-03", "article:published_time"),
    ("pubdate-compact.html", html(art(BODY), meta("pubdate", "20220303")),
     "2022-03-03", "a compact yyyymmdd pubdate"),
    ("publish-date.html", html(art(BODY), meta("publish-date", "2022-03-03")), "2022-03-03", "publish-date"),
    ("dc-date.html", html(art(UK_BODY), meta("DC.date", "2022-03-03")), "2022-03-03", "Dublin Core, any case"),
    ("sailthru.html", html(art(BODY), meta("sailthru.date", "2022-03-03 16:15:00")), "2022-03-03", "sailthru.date"),
    ("parsely.html", html(art(BODY), meta("parsely-pub-date", "2022-03-03T21:15:00Z")), "2022-03-03", "parsely"),
    ("meta-date-words.html", html(art(BODY), meta("date", "March 3, 2022")), "2022-03-03", "a date in words"),
    ("meta-date-slash.html", html(art(BODY), meta("date", "2022/03/03")), "2022-03-03", "slashes"),
    ("ld-news.html", html(art(BODY), ld({"@context": "https://schema.org", "@type": "NewsArticle",
                                          "dateModified": "2022-03-05T10:00:00-05:00",
                                          "datePublished": "2022-03-03T16:15:00-05:00"})),
     "2022-03-03", "JSON-LD datePublished, not dateModified"),
    ("ld-modified-only.html", html(art("<p class='byline'>By Ana Ruiz</p><p class='date'>March 3, 2022</p>" + BODY),
                                   ld({"@type": "NewsArticle", "dateModified": "2022-03-09T10:00:00Z"})),
     "2022-03-03", "dateModified alone is not the date; the visible date is"),
    ("ld-graph.html", html(art(UK_BODY), ld({"@graph": [
        {"@type": "WebSite", "name": "Courier"},
        {"@type": "WebPage", "datePublished": "2019-01-01T00:00:00Z"},
        {"@type": "NewsArticle", "datePublished": "2022-03-03T09:00:00Z"}]})),
     "2022-03-03", "the article's datePublished outranks the web page's"),
    ("time-pubdate.html", html(art('<time datetime="2022-03-03T16:15:00-05:00" pubdate>March 3</time>' + BODY)),
     "2022-03-03", "<time pubdate>"),
    ("itemprop.html", html(art('<span itemprop="datePublished" content="2022-03-03">Thursday</span>' + BODY)),
     "2022-03-03", "itemprop datePublished"),
    # ------------------------------------------------------------ visible bylines in HTML
    ("byline-pipe-updated.html", html(art(
        "<div class='article-meta'>By Jane Doe | Published March 3, 2022 at 4:15 PM EST | "
        "Updated March 4, 2022 at 9:02 AM EST</div>" + BODY)), "2022-03-03", "published, then updated"),
    ("posted-slash.html", html(art("<div class='post-info'>Posted: Mar 3, 2022 / 04:15 PM CST</div>"
                                   "<div class='post-info'>Updated: Mar 3, 2022 / 06:40 PM CST</div>" + BODY)),
     "2022-03-03", "Nexstar's Posted / Updated lines"),
    ("time-first.html", html(art("<p class='timestamp'>Published 4:15 PM EST Mar. 3, 2022</p>" + BODY)),
     "2022-03-03", "time before the date"),
    ("numeric-seconds.html", html(art("<span class='dateline'>3/3/2022 4:15:22 PM</span>" + BODY)),
     "2022-03-03", "a US numeric stamp with seconds"),
    ("cnn-updated.html", html(art("<div class='timestamp'>Updated 10:02 AM ET, Thu March 3, 2022</div>" + BODY)),
     "2022-03-03", "only an update line: it dates the page"),
    ("sky-uk.html", html(art("<p class='sdc-article-date'>Thursday 3 March 2022 16:15, UK</p>" + UK_BODY,
                             "PC sacked over messages")), "2022-03-03", "Sky-style"),
    ("read-time.html", html(art("<div class='meta'>03 March 2022 • 4 min read</div>" + UK_BODY,
                                "PC sacked over messages")), "2022-03-03", "a reading time"),
    ("released-ordinal.html", html(art("<p>Released: 3rd March 2022</p>" + UK_BODY, "PC sacked")),
     "2022-03-03", "ordinal day"),
    ("gray-tv.html", html(art("<div class='article-meta'>Published: Mar. 3, 2022 at 4:15 PM EST|Updated: 2 hours ago</div>"
                              + BODY)), "2022-03-03", "no spaces round the bar"),
    ("patch.html", html(art("<div class='byline'>Posted Thu, Mar 3, 2022 at 4:15 pm ET</div>" + BODY)),
     "2022-03-03", "weekday with a comma"),
    ("sinclair.html", html(art("<p class='date'>Thu, March 3rd 2022, 4:15 PM EST</p>" + BODY)),
     "2022-03-03", "ordinal, no comma before the year"),
    ("irish-old.html", html(art("<p class='date'>Thu Mar 03 2022 - 16:15</p>" + UK_BODY, "Garda dismissed")),
     "2022-03-03", "Irish Times-style"),
    ("belfast.html", html(art("<p class='date'>March 03 2022 04:15 PM</p>" + UK_BODY, "Officer dismissed")),
     "2022-03-03", "zero-padded day, no comma"),
    ("rte.html", html(art("<p class='date'>Updated / Thursday, 3 Mar 2022 16:15</p>" + UK_BODY, "Garda dismissed")),
     "2022-03-03", "RTE-style update stamp alone"),
    ("time-in-byline.html", html(art("<p class='byline'>By Sam Okafor<br><time>March 3, 2022</time></p>" + BODY)),
     "2022-03-03", "a <time> without datetime"),
    ("wapo.html", html(art("<div class='display-date'>March 3, 2022 at 4:15 p.m. EST</div>" + BODY)),
     "2022-03-03", "p.m. with full stops"),
    ("nyt.html", html(art("<div class='dates'><span>Published March 3, 2022</span><span>Updated March 4, 2022</span></div>"
                          + BODY)), "2022-03-03", "published and updated spans"),
    # ------------------------------------------------------------ press releases in HTML
    ("immediate.html", html(art("<p>FOR IMMEDIATE RELEASE\u00a0\u00a0March 3, 2022</p>" + BODY, "Deputy fired")),
     "2022-03-03", "FOR IMMEDIATE RELEASE and the date"),
    ("dc-paren.html", html(art("<p>WASHINGTON, D.C. (March 3, 2022) \u2013 The Justice Department announced today "
                               "that a former police officer was sentenced to 24 months in prison.</p>", "Officer sentenced")),
     "2022-03-03", "a press release's dateline in brackets opens its first sentence"),
    ("city-state-dash.html", html(art("<p>SPRINGFIELD, Ill. \u2014 March 3, 2022 \u2014 A former Springfield officer was "
                                      "indicted Thursday on charges of official misconduct.</p>", "Officer indicted")),
     "2022-03-03", "CITY, State \u2014 date \u2014"),
    ("doj.html", html(art("<div class='node-date'>Thursday, March 3, 2022</div><div>For Immediate Release</div>"
                          "<div>U.S. Attorney's Office, Eastern District of Kentucky</div>" + BODY, "Deputy sentenced")),
     "2022-03-03", "DOJ"),
    ("release-number.html", html(art("<p>Press Release Number: 22-045\u00a0\u00a0Date: March 3, 2022</p>" + BODY,
                                     "Deputy fired")), "2022-03-03", "a release number then the date"),
    ("wire-no-date.html", html(art("<p>MIAMI (AP) \u2014 A Miami-Dade officer was charged Friday with battery "
                                   "after a video showed him punching a handcuffed man.</p>", "Officer charged")),
     None, "a wire dateline gives a place, no date"),
    # ------------------------------------------------------------ traps in HTML
    ("related-links.html", html(art(BODY + "<div class='related'><h3>Related</h3><ul><li><a href='/x'>Deputy suspended "
                                           "- March 1, 2022</a></li></ul></div>")), None, "a related link's date"),
    ("comments.html", html(art(BODY) + "<section id='comments'><p>Joe B. March 5, 2022 at 10:13 am</p>"
                                       "<p>Good riddance.</p></section>"), None, "a comment's timestamp"),
    ("event-first.html", html(art("<p>On March 1, 2022, officers from the Harlan County Sheriff's Office arrested "
                                  "a man outside a bar.</p>" + BODY)), None, "an event date in the first sentence"),
    ("copyright-only.html", html(art(BODY)), None, "only the footer's copyright year"),
    ("foi-request.html", html(art("<p>Date of request: 3 February 2022</p><p>The force holds no information.</p>",
                                  "FOI: complaints")), None, "an FOI request date"),
    # ------------------------------------------------------------ plain text
    ("published-colon.txt", "Sergeant dismissed for lying\n\nPublished: 3 March 2022\n\n" + UK_TXT_BODY,
     "2022-03-03", "Published:"),
    ("date-short.txt", "Inspector sacked after hearing\n\nDate: 03/03/22\n\n" + UK_TXT_BODY, "2022-03-03",
     "a two-digit year after Date:"),
    ("jan-time.txt", "Trooper charged with theft\n\nMar 3, 2022 | 9:40 AM\n\n" + TXT_BODY, "2022-03-03", "date | time"),
    ("by-then-date.txt", "Officer pleads guilty\n\nBy Dana Whitfield, Staff Writer\nMar 3, 2022\n\n" + TXT_BODY,
     "2022-03-03", "a byline, then the date alone"),
    ("author-name-date.txt", "Officer pleads guilty\n\nDana Whitfield\nMarch 3, 2022\n\n" + TXT_BODY,
     "2022-03-03", "the author's name, then the date"),
    ("posted-weekday-time.txt", "Officer pleads guilty\n\nPosted Thursday, March 3, 2022 4:15 pm\n\n" + TXT_BODY,
     "2022-03-03", "Posted, weekday, time"),
    ("townnews.txt", "Officer pleads guilty\n\nMar 3, 2022 Updated Mar 4, 2022\n\n" + TXT_BODY, "2022-03-03",
     "date then Updated date"),
    ("usatoday.txt", "Officer pleads guilty\n\nPublished 3:15 p.m. ET March 3, 2022 | Updated 5:00 p.m. ET March 3, 2022\n\n"
     + TXT_BODY, "2022-03-03", "USA Today-style"),
    ("mirror.txt", "PC sacked over messages\n\n16:15, 3 Mar 2022 Updated 17:00, 3 Mar 2022\n\n" + UK_TXT_BODY,
     "2022-03-03", "time first, no cue, then updated"),
    ("govuk.txt", "Police officer dismissed\n\nFrom: Independent Office for Police Conduct\nPublished 3 March 2022\n"
     "Last updated 4 March 2022\n\n" + UK_TXT_BODY, "2022-03-03", "GOV.UK"),
    ("iopc-bare.txt", "IOPC news\n\nOfficer dismissed after IOPC investigation\n\n03 Mar 2022\n\n" + UK_TXT_BODY,
     "2022-03-03", "a bare date"),
    ("force-posted.txt", "Officer dismissed\n\nPosted on 3 March 2022 11:00am\n\n" + UK_TXT_BODY, "2022-03-03",
     "Posted on, time with am"),
    ("judgment.txt", "Neutral Citation Number: [2022] EWHC 512 (Admin)\n\nCase No: CO/1234/2021\n\n"
     "IN THE HIGH COURT OF JUSTICE\n\nDate: 03/03/2022\n\nBefore:\n\nMR JUSTICE HALE\n\n"
     "The appellant, a former police constable, appeals against his dismissal.\n", "2022-03-03",
     "a judgment's Date: line"),
    ("doj-text.txt", "Department of Justice\nU.S. Attorney's Office\nWestern District of Ohio\n\n"
     "FOR IMMEDIATE RELEASE\nThursday, March 3, 2022\n\nFormer Dayton officer sentenced\n\n" + TXT_BODY,
     "2022-03-03", "DOJ text"),
    ("iso-alone.txt", "Officer dismissed\n\n2022-03-03\n\n" + UK_TXT_BODY, "2022-03-03", "an ISO date alone"),
    ("dotted.txt", "Garda dismissed\n\n03.03.2022\n\n" + UK_TXT_BODY, "2022-03-03", "a dotted date alone"),
    ("dash-time.txt", "Garda dismissed\n\n3 Mar 2022 - 16:15\n\n" + UK_TXT_BODY, "2022-03-03", "date - time"),
    ("scottish.txt", "Officer dismissed\n\nThursday, 3rd March 2022, 4:15 pm\n\n" + UK_TXT_BODY, "2022-03-03",
     "ordinal, weekday, time"),
    ("telegraph.txt", "Officer dismissed\n\n3 March 2022 \u2022 4:15pm\n\n" + UK_TXT_BODY, "2022-03-03",
     "date \u2022 time"),
    ("news-release-ref.txt", "News Release\n\nDate: 3 March 2022\nRef: 22/045\n\nOfficer dismissed\n\n" + UK_TXT_BODY,
     "2022-03-03", "a release's Date and Ref"),
    ("immediate-text.txt", "FOR IMMEDIATE RELEASE    March 3, 2022\n\nDeputy fired after review\n\n" + TXT_BODY,
     "2022-03-03", "FOR IMMEDIATE RELEASE on one line"),
    ("paren-text.txt", "Officer sentenced\n\nCOLUMBUS, Ohio (March 3, 2022) \u2013 A former Columbus police officer was "
     "sentenced today to 18 months in prison.\n", "2022-03-03", "dateline in brackets"),
    ("city-dash-text.txt", "Officer indicted\n\nAUSTIN, Texas \u2014 March 3, 2022 \u2014 A former officer was "
     "indicted on Thursday.\n", "2022-03-03", "CITY, State \u2014 date \u2014"),
    ("ago-only.txt", "Officer pleads guilty\n\n2 hours ago\n\n" + TXT_BODY, None, "a relative stamp only"),
    ("wire-text.txt", "Officer charged\n\nDENVER (AP) \u2014 A Denver police officer was charged Friday.\n", None,
     "a wire dateline, no date"),
    ("event-text.txt", "Officer charged\n\nOn March 1, 2022, a Denver officer was arrested at his home.\n\n" + TXT_BODY,
     None, "an event date in the first sentence"),
    ("filed-text.txt", "Lawsuit against officers\n\nFiled 03/01/2022\n\nThe complaint says the officers used force.\n",
     None, "a court filing date"),
    ("letter-ref.txt", "Our ref: FOI/2022/0311\nYour ref: 1 March 2022\n\nDear Ms Kaur,\n\n"
     "Thank you for your request for information about misconduct.\n", None, "a letter's references"),
    ("foi-response.txt", "Freedom of Information request\n\nDate of request: 1 February 2022\n"
     "Date of response: 3 March 2022\n\nThe force holds the following information.\n", "2022-03-03",
     "an FOI answer's date of response is when it was published"),
    ("comment-text.txt", "Officer dismissed\n\n" + UK_TXT_BODY + "\nComments\n\nPat R. 5 March 2022 10:13\nGood.\n",
     None, "a comment below the body"),
]
