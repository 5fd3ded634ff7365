"""What dates a page, as real UK, Irish and US sites print it above their stories: TV and
newspaper meta lines, press-release heads, agency notices; and what never does (a footer, a
copyright line, a related link, a letter's reference, a comment's stamp, an event in the
first sentence, a date in the page's address). Pages written for this work, each read as a
user's text file is read, with a site's name and menu above the story as a saved page has."""

from datetime import date

import pytest

from extractor.ingest.read import read_source

_BODY = ("A sheriff's deputy has been fired after an internal investigation found he lied on reports.\n\n"
         "The department said the deputy had been on leave since the summer.\n\n"
         "The sheriff said the decision was made after a review by the professional standards unit.")


def _page(meta: str, site: str = "The Daily Record", nav: str = "Home | News | Local | Crime | Sports | Opinion",
          title: str = "Deputy fired after internal investigation", body: str = _BODY, foot: str = "") -> str:
    return f"{site}\n{nav}\n\n{title}\n\n{meta}\n\n{body}\n\n{foot}\n"


US = [
    ("tv-published-time-first", "By Maria Lopez\nPublished: 5:42 PM EST March 3, 2025", "2025-03-03"),
    ("tv-updated-only", "Updated 11:07 AM CDT, Tue June 4, 2024", "2024-06-04"),
    ("posted-short", "Posted Mar 3, 2025", "2025-03-03"),
    ("byline-email-then-date", "By Jane Doe | jdoe@dailyrecord.com | The Daily Record\nMarch 3, 2025", "2025-03-03"),
    ("date-at-time", "March 3, 2025 at 6:15 p.m. EST", "2025-03-03"),
    ("published-and-updated", "Published March 3, 2025 at 4:15 PM EST | Updated March 4, 2025 at 9:02 AM EST",
     "2025-03-03"),
    ("date-updated-blox", "Mar 3, 2025 Updated Mar 4, 2025", "2025-03-03"),
    ("byline-staff-writer-date", "By JANE DOE Staff Writer\nMar 3, 2025", "2025-03-03"),
    ("cbs-slash", "March 3, 2025 / 4:32 PM EST / CBS Chicago", "2025-03-03"),
    ("ap-published-time-comma", "Published 7:44 AM EST, March 3, 2025", "2025-03-03"),
    ("nbc-date-time-updated", "March 3, 2025, 4:32 PM EST / Updated March 4, 2025, 9:00 AM EST", "2025-03-03"),
    ("published-on-colon", "Published on: March 3, 2025", "2025-03-03"),
    ("date-published-numeric", "Date Published: 03/04/2025", "2025-03-04"),
    ("weekday-date-time", "Thursday, March 6, 2025 1:30PM", "2025-03-06"),
    ("abbrev-month-dot", "Sept. 30, 2024, 5:00 a.m. ET", "2024-09-30"),
    ("by-name-on-date", "By Tom Reyes on March 3, 2025", "2025-03-03"),
    ("by-name-comma-date", "By Tom Reyes, March 3, 2025", "2025-03-03"),
    ("posted-by-name-on", "Posted by Tom Reyes on Mar 3, 2025 at 10:04 AM", "2025-03-03"),
    ("last-updated-stamp-and-published", "Published 10:02 AM ET, Mon March 3, 2025\nLast updated 2:11 PM ET, Tue March 4, 2025",
     "2025-03-03"),
]

RELEASES = [
    ("release-weekday-line", "FOR IMMEDIATE RELEASE\nWednesday, March 5, 2025", "2025-03-05"),
    ("release-date-numeric", "Release date: 03/04/2025", "2025-03-04"),
    ("news-release-dash-uk", "NEWS RELEASE — 5 March 2025", "2025-03-05"),
    ("for-immediate-release-colon", "For Immediate Release: March 5, 2025", "2025-03-05"),
    ("doj-office-then-date", "U.S. Attorney's Office, Northern District of Ohio\nFOR IMMEDIATE RELEASE\nTuesday, March 4, 2025",
     "2025-03-04"),
    ("media-release-uk", "Media release\n05 March 2025", "2025-03-05"),
    ("media-statement-weekday", "MEDIA STATEMENT\nMonday 3 March 2025", "2025-03-03"),
]

UK_IE = [
    ("uk-published", "Published 5 March 2025", "2025-03-05"),
    ("uk-guardian-stamp", "Wed 5 Mar 2025 14.02 GMT", "2025-03-05"),
    ("uk-ordinal-news", "5th March 2025 | News", "2025-03-05"),
    ("uk-bbc-time-first", "5 March 2025, 10:15 GMT\nUpdated 6 March 2025", "2025-03-05"),
    ("uk-published-last-updated", "Published 5 March 2025\nLast updated 7 March 2025", "2025-03-05"),
    ("ie-examiner", "Wed, 05 Mar, 2025 - 18:30", "2025-03-05"),
    ("ie-times", "Wed Mar 05 2025 - 18:30", "2025-03-05"),
    ("ie-independent-at", "Wed 5 Mar 2025 at 18:30", "2025-03-05"),
    ("uk-by-name-date", "By Sarah Hughes, Crime Reporter\n5 March 2025", "2025-03-05"),
    ("uk-local-bst", "16:45, 5 March 2025 BST", "2025-03-05"),
    ("ie-rte-weekday", "Wednesday, 5 Mar 2025 18:30", "2025-03-05"),
]


@pytest.mark.parametrize("name, meta, expected", US + RELEASES + UK_IE, ids=[p[0] for p in US + RELEASES + UK_IE])
def test_a_meta_line_dates_the_page(tmp_path, name, meta, expected):
    path = tmp_path / f"{name}.txt"
    path.write_text(_page(meta), encoding="utf-8")
    article = read_source(str(path))
    assert article.published == date.fromisoformat(expected), article.text[:300]


REFUSED = [
    ("copyright-footer", _page("By Maria Lopez", foot="© 2025 The Daily Record. All rights reserved.\nMarch 9, 2025")),
    ("last-modified-footer", _page("By Maria Lopez", foot="Page last modified: March 9, 2025")),
    ("related-links", _page("By Maria Lopez", foot="Related stories\nSheriff names new chief deputy\nMarch 1, 2025\n"
                                                  "Jail officer charged\nFebruary 27, 2025")),
    ("letter-reference", _page("Our ref: FOI 2025-0113\nDate of request: 4 March 2025")),
    ("comment-stamp", _page("By Maria Lopez", foot="Comments\nRayB says:\nMarch 6, 2025 at 2:15 pm\nAbout time.")),
    ("event-first-sentence", _page("By Maria Lopez", body="On March 3, 2025, a deputy was fired after an internal "
                                   "investigation.\n\nThe sheriff said the decision was final.")),
    ("url-with-date", _page("Source: https://www.dailyrecord.com/2025/03/05/deputy-fired-investigation/")),
    ("hearing-notice", _page("Hearing date: 5 March 2025")),
]


_UK_BODY = ("A Greater Manchester Police constable has been dismissed after a gross misconduct hearing found he lied.\n\n"
            "The panel heard the officer had been suspended since the summer of last year.\n\n"
            "The force's head of professional standards said the public expected honesty.")

_BULLETIN = ("Statistics hub\nHome | Data | Publications | Search\n\nPolice conduct: year ending March 2024\n\n"
             "Contents\n1 Introduction ........ 2\n2 Findings ........ 4\n\n"
             "Forces recorded 3,100 conduct cases in the year ending March 2024, the bulletin said, "
             "a rise on the year before.\n\nThe statistics cover all 43 territorial forces of England and Wales, "
             "and include cases closed during the year.\n\nMost cases concerned standards of behaviour.\n\n"
             "{facts}\n")
_REPOST = ("Copwatch Journal\nHome | News | About\n\nCorrupt deputy sentenced\n\n"
           "CHICAGO, June 3, 2019 /A former Cook County sheriff's deputy was sentenced today to 41 months in "
           "federal prison for taking bribes, the Justice Department announced today.\n\n"
           "The deputy pleaded guilty in January to one count of extortion.\n")

PAGES = [
    ("uk-numeric-published", _page("Published: 05/03/2025", site="Manchester Evening Post", body=_UK_BODY), "2025-03-05"),
    ("facts-table", _BULLETIN.format(facts="Date published: | 25 July 2024\nFrequency of release: | Annual\n"
                                           "Next release: | July 2025"), "2024-07-25"),
    ("facts-line", _BULLETIN.format(facts="Publication date - 25 July 2024"), "2024-07-25"),
    ("release-repost-slash", _REPOST, "2019-06-03"),
    ("label-in-sentence", _BULLETIN.format(facts="The release date for the next bulletin is 24 July 2025."), None),
]


@pytest.mark.parametrize("name, content, expected", PAGES, ids=[p[0] for p in PAGES])
def test_a_page_dated_by_its_own_label_or_release_line(tmp_path, name, content, expected):
    path = tmp_path / f"{name}.txt"
    path.write_text(content, encoding="utf-8")
    assert read_source(str(path)).published == (date.fromisoformat(expected) if expected else None)


@pytest.mark.parametrize("name, content", REFUSED, ids=[p[0] for p in REFUSED])
def test_no_other_date_dates_the_page(tmp_path, name, content):
    path = tmp_path / f"{name}.txt"
    path.write_text(content, encoding="utf-8")
    assert read_source(str(path)).published is None


# More of the meta lines US, UK and Irish sites print: TV stations, local papers, national
# papers, wire pickups, force and government pages; UK ones above a UK story (day first).
MORE_US = [
 ("By Jane Doe\nThe Daily Record\nPublished 6:00 a.m. ET March 3, 2025 | Updated 8:12 a.m. ET March 3, 2025", "2025-03-03"),
 ("Mar 3, 2025, 6:15pm EST", "2025-03-03"),
 ("March 3, 2025 6:15 PM", "2025-03-03"),
 ("By Staff Report | March 3, 2025 at 6:15 p.m. EST", "2025-03-03"),
 ("Thu, Mar 6th 2025", "2025-03-06"),
 ("2025-03-06", "2025-03-06"),
 ("Date: Thursday, March 6, 2025", "2025-03-06"),
 ("Posted at 6:15 PM, Mar 06, 2025 and last updated 8:00 PM, Mar 06, 2025", "2025-03-06"),
 ("Date: 03/06/2025", "2025-03-06"),
 ("Posted on: March 6, 2025", "2025-03-06"),
 ("Press Release #25-014 | March 6, 2025", "2025-03-06"),
 ("Updated: March 6, 2025 @ 2:15 pm", "2025-03-06"),
 ("By Jane Doe and Tom Reyes\nMarch 6, 2025", "2025-03-06"),
 ("Jane Doe, Tom Reyes\nMarch 6, 2025 · 4 min read", "2025-03-06"),
 ("by Jane Doe\nMarch 6, 2025\n2 Comments", "2025-03-06"),
 ("PUBLISHED: March 6, 2025 at 5:13 PM EST", "2025-03-06"),
 ("Published Mar. 6, 2025 5:13 p.m. ET", "2025-03-06"),
 ("Mar. 6, 2025 5:13 p.m.", "2025-03-06"),
 ("Thursday, March 6th, 2025", "2025-03-06"),
 ("Written by Jane Doe on 6 March 2025", "2025-03-06"),
 ("NEWS | March 6, 2025", "2025-03-06"),
 ("Jane Doe, The Associated Press\nPosted: March 6, 2025 / 05:13 PM EST\nUpdated: March 6, 2025 / 07:00 PM EST", "2025-03-06"),
]
MORE_UK = [
 ("Thursday 6 March 2025 18:30, UK", "2025-03-06"),
 ("06 March 2025 • 6:30pm", "2025-03-06"),
 ("6 March 2025 6:30pm GMT", "2025-03-06"),
 ("Thursday 06 March 2025 18:30 GMT", "2025-03-06"),
 ("Published: 18:30 GMT, 6 March 2025 | Updated: 19:00 GMT, 6 March 2025", "2025-03-06"),
 ("From: Home Office\nPublished\n6 March 2025", "2025-03-06"),
 ("News\n06 Mar 2025", "2025-03-06"),
 ("Published: 06 March 2025 at 14:02", "2025-03-06"),
 ("Article date: 6 March 2025", "2025-03-06"),
 ("Thu 06 Mar 2025 at 18:30", "2025-03-06"),
 ("06/03/2025, 18:30", "2025-03-06"),
 ("Updated / Thursday, 6 Mar 2025 18:30", "2025-03-06"),
 ("By Sarah Hughes\n6th March 2025, 6:30 pm", "2025-03-06"),
 ("Sarah Hughes\nCrime Correspondent\nThursday March 06 2025, 6.30pm, The Times", "2025-03-06"),
 ("6 March 2025 — 6 min read", "2025-03-06"),
 ("Sarah Hughes\n@shughes\nThu 6 Mar 2025 18.30 GMT\nShare", "2025-03-06"),
 ("Published 6 March 2025\nFrom: Independent Office for Police Conduct", "2025-03-06"),
 ("06.03.2025", "2025-03-06"),
 ("Date of publication: 6 March 2025", "2025-03-06"),
 ("Date: 6th March 2025", "2025-03-06"),
]


@pytest.mark.parametrize("meta, expected", MORE_US, ids=[m[:40] for m, _ in MORE_US])
def test_more_us_meta_lines(tmp_path, meta, expected):
    path = tmp_path / "page.txt"
    path.write_text(_page(meta), encoding="utf-8")
    assert read_source(str(path)).published == date.fromisoformat(expected)


@pytest.mark.parametrize("meta, expected", MORE_UK, ids=[m[:40] for m, _ in MORE_UK])
def test_more_uk_and_irish_meta_lines(tmp_path, meta, expected):
    path = tmp_path / "page.txt"
    path.write_text(_page(meta, site="The Northern Echo", body=_UK_BODY), encoding="utf-8")
    assert read_source(str(path)).published == date.fromisoformat(expected)


MORE_REFUSED = [
    "Press Release #25-014 | Hearing date: March 6, 2025",
    "Thursday March 06 2025, officers said the deputy was fired after the video surfaced",
    "Written by Jane Doe on behalf of the county",
    "Case No. 2025-014 | Filed March 6, 2025",
    "Incident date: 06/03/2025",
]


@pytest.mark.parametrize("meta", MORE_REFUSED)
def test_more_lines_that_do_not_date_the_page(tmp_path, meta):
    path = tmp_path / "page.txt"
    path.write_text(_page(meta), encoding="utf-8")
    assert read_source(str(path)).published is None


def _html(head: str = "", meta: str = "", aside: str = "") -> str:
    return (f"<html><head><title>Deputy fired</title>{head}</head><body><header><nav><a href='/'>Home</a></nav></header>"
            f"<article><h1>Deputy fired after internal investigation</h1>{meta}<p>{_BODY.split(chr(10))[0]}</p>"
            f"<p>The sheriff said the decision was final and the deputy could appeal.</p></article>"
            f"<aside>{aside}</aside><footer><p>© 2025 The Daily Record</p></footer></body></html>")


HTML = [
    ("og-published", _html(head='<meta property="article:published_time" content="2025-03-03T16:15:00-05:00">'),
     "2025-03-03"),
    ("json-ld", _html(head='<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": '
                           '"2025-03-03T09:00:00Z", "dateModified": "2025-03-05T10:00:00Z"}</script>'), "2025-03-03"),
    ("time-in-byline", _html(meta='<div class="byline">By Jane Doe <time datetime="2025-03-03">March 3, 2025</time></div>'),
     "2025-03-03"),
    ("visible-only", _html(meta='<p class="meta">Published March 3, 2025 at 4:15 PM EST</p>'), "2025-03-03"),
    # refused: only a modified stamp in the page's data; a related story's date in an aside
    ("modified-only", _html(head='<script type="application/ld+json">{"@type": "NewsArticle", '
                                 '"dateModified": "2025-03-05T10:00:00Z"}</script>'), None),
    ("aside-related", _html(aside='<h2>Related</h2><ul><li><a href="/x">Jail officer charged</a> '
                                  '<time datetime="2025-02-27">Feb. 27, 2025</time></li></ul>'), None),
]


@pytest.mark.parametrize("name, content, expected", HTML, ids=[h[0] for h in HTML])
def test_an_html_page_is_dated_by_its_own_data_or_visible_line(tmp_path, name, content, expected):
    path = tmp_path / f"{name}.html"
    path.write_text(content, encoding="utf-8")
    assert read_source(str(path)).published == (date.fromisoformat(expected) if expected else None)
