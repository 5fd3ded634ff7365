"""A press release's opening dateline: the place in capitals, then its date in
brackets or between dashes. Lines written for these tests."""

from datetime import date

import pytest

from extractor.ingest.dateline import dateline_date, release_dateline, updated_stamp


@pytest.mark.parametrize("line", [
    "TOPEKA, Kan. (May 14, 2019) – The Kansas Bureau of Investigation arrested a deputy.",
    "FRANKFORT, Ky. — May 14, 2019 — A former trooper was indicted on Tuesday.",
    "SAN DIEGO, May 14, 2019 – The district attorney charged two officers.",
    "DERRY (14 May 2019) - Two PSNI officers were suspended.",
    "CORK, 14 May 2019: A garda based in the city centre was dismissed from the force.",
    "ST. LOUIS, Mo., May 14, 2019 /PRNewswire/ -- The board decertified an officer.",
    "BATON ROUGE, La. (AP) — May 14, 2019 — A trooper accused of overtime fraud resigned on Monday.",
    "May 14, 2019 — A deputy in Ada County was fired Tuesday.",
])
def test_a_release_dateline_dates_the_release(line):
    assert release_dateline(line) == date(2019, 5, 14)


@pytest.mark.parametrize("line", [
    "MIAMI (AP) — A Miami-Dade officer was charged Friday with battery.",
    "The officer (May 14, 2019) - was fired.",
    "ON MAY 14, 2019 - the deputy was fired.",
    "On May 14, 2019, officers arrested a man.",
    "May 14, 2019: the day the officer was fired.",
    "TULSA, Okla. (KJRH) - A deputy was fired on May 14, 2019.",
    "14 May 2019 \u2013 Officer suspended after a complaint",  # a timeline's line, not a sentence
])
def test_other_openings_are_not_release_datelines(line):
    assert release_dateline(line) is None


@pytest.mark.parametrize("line, expected", [
    ("Updated 7:41 PM ET, Tue May 14, 2019", date(2019, 5, 14)),
    ("Updated / Tuesday, 14 May 2019 19:41", date(2019, 5, 14)),
    ("Updated: 14 May 2019", date(2019, 5, 14)),
    ("Last updated: 14 May 2019", None),
    ("Published 14 May 2019", None),  # a dateline, not an update stamp
])
def test_an_update_stamp_line_is_read_as_one(line, expected):
    assert updated_stamp(line) == expected


@pytest.mark.parametrize("line, expected", [
    ("May 14, 2019 by Rosa Klein", date(2019, 5, 14)),
    ("May 14, 2019 | Rosa Klein | 2 Comments", date(2019, 5, 14)),
    ("14 May 2019 | No comments", date(2019, 5, 14)),
    ("14 May 2019 by a jury", None),  # a sentence's words, not a byline
    ("14 May 2019 | 12 officers", None),
])
def test_a_blogs_byline_or_comment_count_beside_the_date(line, expected):
    assert dateline_date(line) == expected
