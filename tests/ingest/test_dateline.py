"""Datelines read on lines written for these tests."""

from datetime import date

import pytest

from extractor.ingest.dateline import dateline_date, published_from_blocks, source_and_date
from extractor.ingest.read import read_source
from extractor.ingest.layout import text_blocks


@pytest.mark.parametrize("line, expected", [
    ("Monday 3 June 2019 | Crime", date(2019, 6, 3)),
    ("March 9, 2020 | Courts", date(2020, 3, 9)),
    ("Feb 2, 2018 | 10:15 PM", date(2018, 2, 2)),
    ("8 May 2023 | Local News | By Staff Reporter", date(2023, 5, 8)),
    ("Newsdesk Team | 14 October 2020", date(2020, 10, 14)),
    ("Date: 05/11/19", date(2019, 11, 5)),
    ("Published: 21 January 2022", date(2022, 1, 21)),
    ("Posted on 30 August 2017", date(2017, 8, 30)),
    ("on March 2, 2011 at 6:05 PM, updated March 3, 2011 at 8:10 AM", date(2011, 3, 2)),
    ("Published: 07:30 GMT, 4 January 2019 | Updated: 11:00 GMT, 5 January 2019", date(2019, 1, 4)),
])
def test_dateline_date_reads_uk_and_us_datelines(line, expected):
    assert dateline_date(line) == expected


@pytest.mark.parametrize("line", [
    "Last updated: 4 May 2021",
    "© 2 March 2020 Example Media",
    "Our ref: 12/03/21",
    "Date of request: 25 August 2021",
    "The panel met on 3 June 2019 and dismissed him.",
    "05/11/19",  # a two-digit year is read only after a cue
    "Related: Officer jailed | 2 May 2021 | Court report on the hearing that followed",
])
def test_dateline_date_refuses_lines_that_date_something_else(line):
    assert dateline_date(line) is None


def test_published_from_blocks_stops_where_the_body_begins():
    text = ("The Daily Example\n\nForce dismisses two constables after hearing\n\n"
            "The hearing was told of events in 2019.\n\nThe officers may appeal.\n\nPosted on 4 July 2023")
    assert published_from_blocks(text, text_blocks(text)) is None


def test_published_from_blocks_takes_the_dateline_under_the_headline():
    text = "Example Gazette\n\nForce dismisses two constables after hearing\n\n12 May 2022 | News\n\nTwo officers were sacked."
    assert published_from_blocks(text, text_blocks(text)) == date(2022, 5, 12)


def test_a_page_that_prints_only_when_it_was_updated_is_dated_by_that_stamp():
    text = ("Valley News | Local\n\nTwo officers suspended after inquiry\n\nUpdated / Friday, 3 Mar 2023 09:12\n\n"
            "Two officers were suspended on full pay, the force said.\n")
    assert published_from_blocks(text, text_blocks(text)) == date(2023, 3, 3)


def test_a_publication_dateline_outranks_an_updated_stamp():
    text = ("Force news\n\nConstable dismissed\n\nUpdated: 4 May 2021\n\nPublished: 2 May 2021\n\n"
            "A constable was dismissed after a hearing.\n")
    assert published_from_blocks(text, text_blocks(text)) == date(2021, 5, 2)


def test_an_updated_stamp_below_the_body_dates_nothing():
    text = ("Force news\n\nConstable dismissed\n\nA constable was dismissed after a hearing.\n\n"
            "Updated: 9 May 2021\n")
    assert published_from_blocks(text, text_blocks(text)) is None


def test_last_updated_is_a_pages_upkeep_and_never_dates_it():
    text = "Force news\n\nVetting guidance\n\nLast updated: 4 May 2021\n\nThe guidance sets out the rules.\n"
    assert published_from_blocks(text, text_blocks(text)) is None


def test_a_last_updated_stamp_under_a_reporters_byline_dates_the_story():
    text = ("The Evening Example\n\nConstables quit before their hearings\n\nBy Ann Writer\n"
            "Last updated at 7:15 AM on 2nd March 2016\n\nDozens of officers resigned before facing a panel.\n")
    assert published_from_blocks(text, text_blocks(text)) == date(2016, 3, 2)


def test_a_last_updated_footer_under_a_byline_below_the_body_dates_nothing():
    text = ("Constables quit before their hearings\n\nDozens of officers resigned before facing a panel.\n\n"
            "The force said the rules have since changed.\n\nBy Ann Writer\nLast updated at 7:15 AM on 2nd March 2016\n")
    assert published_from_blocks(text, text_blocks(text)) is None


@pytest.mark.parametrize("line, expected", [
    ("Office of the Attorney General March 14, 2018", date(2018, 3, 14)),
    ("Northshire Police Federation 2 June 2020", date(2020, 6, 2)),
    ("The officer was sacked 2 June 2020", None),        # a sentence, not a name
    ("Northshire Police 2 June 2020 at the hearing", None),  # words after the date
    ("Copyright Northshire Media 2 June 2020", None),
    ("Report 7 of the Panel 2 June 2020", None),          # a number in the name
])
def test_a_press_releases_source_line_dates_it(line, expected):
    assert source_and_date(line) == expected


def test_a_source_line_under_the_headline_is_the_publication_date(tmp_path):
    text = ("Press release archive\n\nTwo deputies sentenced for assault\n\n"
            "Office of the Attorney General March 14, 2018\n\nTwo former deputies were sentenced today.\n")
    path = tmp_path / "release.txt"
    path.write_text(text, encoding="utf-8")
    article = read_source(str(path))
    assert (article.published, article.published_source) == (date(2018, 3, 14), "text")


@pytest.mark.parametrize("line, expected", [
    ("12 May 2022 | 4 min read", date(2022, 5, 12)),
    ("May 12, 2022 • 3 mins read", date(2022, 5, 12)),
    ("Thu, 12/05/2022 - 09:30", date(2022, 5, 12)),
])
def test_a_reading_time_or_a_weekday_beside_the_date_keeps_a_dateline(line, expected):
    assert dateline_date(line) == expected


@pytest.mark.parametrize("line", ["12 May 2022 | 4 officers read the report", "Police, 12/05/2022 - 09:30"])
def test_other_words_beside_the_date_still_refuse_it(line):
    assert dateline_date(line) is None


def test_a_month_first_date_alone_under_a_press_releases_headline_dates_it(tmp_path):
    page = tmp_path / "release.txt"
    page.write_text("County Sheriff's Office - Ohio\nHome | News | Contact Us\n\nDEPUTY ARRESTED AFTER CRASH\n\n"
                    "09/14/2021\n\nA deputy was arrested on Monday, the sheriff said.\n", encoding="utf-8")
    article = read_source(str(page))
    assert (article.published, article.published_source) == (date(2021, 9, 14), "text")


def test_an_archives_age_stamp_after_the_date_and_time_keeps_the_dateline(tmp_path):
    page = tmp_path / "wire.txt"
    page.write_text("Wire | U.S. News\n\nMarch 3, 2016 / 4:05 PM / 8 years ago\n\nTwo troopers fired\n\n"
                    "Two state troopers were fired on Thursday.\n", encoding="utf-8")
    article = read_source(str(page))
    assert (article.published, article.published_source) == (date(2016, 3, 3), "byline")
