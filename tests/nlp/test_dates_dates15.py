"""Date shapes the held-out batches showed recurring (dates15): the year so far to the
publication date, months and days listed before the one year they share, and the dates in a
page's furniture below the story (other stories' headlines), which are not the article's.

Each case: a text, the publication date (None: the page shows none), and the mentions
expected as (first day, last day), found by overlap as the scorer matches them; None for the
days means the mention must be there but unresolved. Written for this work with varied
bodies, places and word orders, UK, Irish and US; none is copied from a dev set."""

from datetime import date

import pytest

from dates_found import dates_on

MAR = date(2022, 3, 22)   # a Tuesday
JUL = date(2023, 7, 14)   # a Friday


def _check(text, published, expected):
    found = dates_on(text, published)
    for words, days in expected.items():
        hits = [(a, b) for t, a, b in found if words.lower() in t.lower() or t.lower() in words.lower()]
        assert hits, (words, found)
        want = ("None", "None") if days is None else days
        assert want in hits, (words, found)


# ---- the year so far: from 1 January to the day the page was published

YEAR_SO_FAR = [
    ("Deputy Grant asked how many gardaí were dismissed in each of the past five years and to date in 2022.", MAR,
     {"to date in 2022": ("2022-01-01", "2022-03-22")}),
    ("The Home Office published the numbers of officers barred to date in 2023, by force.", JUL,
     {"to date in 2023": ("2023-01-01", "2023-07-14")}),
    ("The sheriff's office has fired four deputies since the start of this year.", JUL,
     {"since the start of this year": ("2023-01-01", "2023-07-14")}),
    ("Since the beginning of this year, 29 gardaí have resigned while suspended.", MAR,
     {"Since the beginning of this year": ("2022-01-01", "2022-03-22")}),
    ("Two constables have been suspended since the start of this month.", JUL,
     {"since the start of this month": ("2023-07-01", "2023-07-14")}),
    # a year already over when the page appeared is the whole of it
    ("Figures to date in 2021 showed 12 officers under investigation.", MAR,
     {"to date in 2021": ("2021-01-01", "2021-12-31")}),
    # with no publication date the end cannot be known
    ("The force has sacked six officers to date in 2024.", None, {"to date in 2024": None}),
    ("Ten troopers have been disciplined since the start of this year.", None,
     {"since the start of this year": None}),
]

# ...and what stays as it was: a point at the start of a year, a tally "to date" with no year
NOT_THE_YEAR_SO_FAR = [
    ("The review began at the start of this year.", MAR, {"the start of this year": ("2022-01-01", "2022-01-01")}),
    ("The unit was set up at the start of 2020.", MAR, {"the start of 2020": ("2020-01-01", "2020-01-01")}),
]


# ---- a period whose last end "this year" or "last year" places, not the first end's year

PLACED_BY_THIS_YEAR = [
    ("A total of 43 officers were convicted between 1 January 2009 and 2 December last year.", MAR,
     {"between 1 January 2009 and 2 December last year": ("2009-01-01", "2021-12-02")}),
    ("Forty gardaí were suspended between January 1 and November 25 this year, with 38 still out of work.",
     date(2022, 12, 1), {"between January 1 and November 25 this year": ("2022-01-01", "2022-11-25")}),
    ("Twelve members had been convicted in the period between January 2020 and November 22nd last year.", MAR,
     {"between January 2020 and November 22nd last year": ("2020-01-01", "2021-11-22")}),
    ("The sheriff's office fired five deputies from April 1 to June 30 this year.", JUL,
     {"from April 1 to June 30 this year": ("2023-04-01", "2023-06-30")}),
    ("In the 12 months up to March this year, 380 officers were recommended for sanctions.", JUL,
     {"the 12 months up to March this year": ("2022-04-01", "2023-03-31")}),
    ("In the year to June last year the force received 900 complaints.", MAR,
     {"the year to June last year": ("2020-07-01", "2021-06-30")}),
    # with no publication date the whole period is unknown, not the first end's year
    ("A total of 43 officers were convicted between 1 January 2009 and 2 December last year.", None,
     {"between 1 January 2009 and 2 December last year": None}),
    ("In the 12 months up to March this year, 380 officers were recommended for sanctions.", None,
     {"the 12 months up to March this year": None}),
]


# ---- "May" and a day after a lower-case word is the month, as other months are

MAY_DAYS = [
    ("The trooper was placed on administrative leave May 8 as part of a separate criminal investigation.",
     date(2020, 6, 10), {"May 8": ("2020-05-08", "2020-05-08")}),
    ("The former officer has a hearing scheduled for May 6 - the same day he is sentenced in federal court.",
     date(2022, 3, 1), {"May 6": ("2022-05-06", "2022-05-06")}),
    ("The garda was stopped on both May 9 and May 31 last year without tax.", None, {"May 9": None}),
    ("Deputies arrested him May 12, the sheriff's office said.", date(2024, 6, 1), {"May 12": ("2024-05-12", "2024-05-12")}),
]

# a name, a lower-case modal, a count: not the month
NOT_MAY_DAYS = [
    ("Theresa May 5 times refused to answer.", date(2019, 6, 1)),
    ("Prime Minister Theresa May 10 years on from the review said nothing.", date(2019, 6, 1)),
    ("Officers may 5 times a year be asked to retake the test.", date(2019, 6, 1)),
]


# ---- months and days before the one year they share

LISTS = [
    ("The inspector general reported on discipline for the months of March, April and May 2019.", None,
     {"March, April and May 2019": ("2019-03-01", "2019-05-31")}),
    ("DISPOSITIONS OF DISCIPLINARY ACTIONS FOR JUNE, JULY AND AUGUST 2021", None,
     {"JUNE, JULY AND AUGUST 2021": ("2021-06-01", "2021-08-31")}),
    ("Complaints rose sharply in January and February 2024, the ombudsman said.", JUL,
     {"January and February 2024": ("2024-01-01", "2024-02-29")}),
    ("In October, November and December 2020 the force suspended nine officers.", None,
     {"October, November and December 2020": ("2020-10-01", "2020-12-31")}),
    ("The misconduct hearing was held on May 14 and 15, 2022, in Northampton.", None,
     {"May 14 and 15, 2022": ("2022-05-14", "2022-05-15")}),
    ("The trooper's trial ran Sept. 5 and 6, 2023, in Burlington.", None,
     {"Sept. 5 and 6, 2023": ("2023-09-05", "2023-09-06")}),
    ("The panel sat on 30 and 31 August 2023 at force headquarters.", None,
     {"30 and 31 August 2023": ("2023-08-30", "2023-08-31")}),
    # "between" still makes a range of months with a gap
    ("Between March and November 2021 the sergeant sent 40 messages.", None,
     {"Between March and November 2021": ("2021-03-01", "2021-11-30")}),
]

# months with a gap between them are separate dates: the year goes with the last one only
SEPARATE_MONTHS = [
    ("The officer was warned in March and May 2019 about his conduct.", None, "March and May 2019"),
    ("Deputies were fired in January and April 2020.", None, "January and April 2020"),
]


# ---- dates in the page's furniture below the story are other stories'

FURNITURE_PAGES = [
    ("PC dismissed after hearing\n\nA police constable who sent offensive messages has been dismissed without notice "
     "after a misconduct hearing in Cardiff last week, the force said today.\n\nThe panel found gross misconduct "
     "proven.\n\nMost read\n- Road works on the A470 to start next month\n- Council tax set to rise in April\n",
     JUL, {"last week": ("2023-07-03", "2023-07-09")}, ["next month", "in April"]),
    ("Garda suspended\n\nA garda has been suspended from duty pending a GSOC investigation into an incident in "
     "Limerick on Saturday night, it emerged yesterday.\n\nRelated stories\n- Motorists warned of delays this "
     "weekend\n- Festival returns in August 2023\n", JUL, {"yesterday": ("2023-07-13", "2023-07-13")},
     ["this weekend", "August 2023"]),
    ("Trooper arrested on DUI charge\n\nA state trooper was arrested Thursday and placed on administrative leave "
     "while the department investigates, officials said.\n\nTrending Now\n1. What to know about this year's tax "
     "season\n2. Storm expected Tuesday\n", JUL, {"Thursday": ("2023-07-13", "2023-07-13")},
     ["this year", "Tuesday"]),
]


@pytest.mark.parametrize("text,published,expected", YEAR_SO_FAR)
def test_the_year_so_far_runs_to_the_publication_date(text, published, expected):
    _check(text, published, expected)


@pytest.mark.parametrize("text,published,expected", NOT_THE_YEAR_SO_FAR)
def test_the_start_of_a_year_alone_stays_a_point(text, published, expected):
    _check(text, published, expected)


@pytest.mark.parametrize("text,published,expected", PLACED_BY_THIS_YEAR)
def test_a_period_ending_this_or_last_year_is_placed_by_the_publication_date(text, published, expected):
    _check(text, published, expected)
    # the year words belong to the period, not a mention of their own
    assert not any(t in ("this year", "last year") for t, _a, _b in dates_on(text, published))


@pytest.mark.parametrize("text,published,expected", MAY_DAYS)
def test_may_and_a_day_after_a_lower_case_word_is_a_date(text, published, expected):
    _check(text, published, expected)


@pytest.mark.parametrize("text,published", NOT_MAY_DAYS)
def test_may_after_a_name_or_as_a_verb_is_no_date(text, published):
    assert not any("may" in t.lower() for t, _a, _b in dates_on(text, published))


@pytest.mark.parametrize("text,published,expected", LISTS)
def test_months_and_days_listed_before_one_year_are_one_span(text, published, expected):
    _check(text, published, expected)


@pytest.mark.parametrize("text,published,listed", SEPARATE_MONTHS)
def test_months_with_a_gap_are_not_one_span(text, published, listed):
    found = dates_on(text, published)
    assert not any(t == listed for t, _a, _b in found), found
    last = listed.split(" and ")[1]
    assert any(t.endswith(last) for t, _a, _b in found), found  # the last month keeps its year


@pytest.mark.parametrize("text,published,expected,refused", FURNITURE_PAGES,
                         ids=[p[0].split("\n")[0] for p in FURNITURE_PAGES])
def test_no_date_from_furniture_below_the_story(text, published, expected, refused):
    from extractor import extract_text
    result = extract_text(text, published=published)
    found = [(d.text, str(d.date_from), str(d.date_to)) for d in result.dates]
    for words, days in expected.items():
        assert any((words in t or t in words) and (a, b) == days for t, a, b in found), (words, found)
    for words in refused:
        assert not any(words.lower() in t.lower() for t, _a, _b in found), (words, found)


KEPT_BELOW_THE_STORY = [
    # a "Related:" link inside the story is the article's own aside
    ("Jail officers fired\n\nThe county said 41 detention officers have been fired so far, officials said on "
     "Thursday after a review of the jail.\n\nRELATED: Two inmate deaths this year prompt review of county jail\n\n"
     "The sheriff said more dismissals may follow in the coming weeks.\n", "this year"),
    # a reader's comment may paste a later story with its own date
    ("Deputy arrested\n\nA sheriff's deputy was arrested on Monday after his partner reported an assault at their "
     "home, the sheriff's office said.\n\nComments\nAnonymous said...\nDeputy resigns\nApril 15, 2009\n\nThe "
     "deputy submitted his resignation on Tuesday, the sheriff said in a statement to the paper.\n", "April 15, 2009"),
]


@pytest.mark.parametrize("text,kept", KEPT_BELOW_THE_STORY, ids=["related-link", "comment"])
def test_dates_below_the_story_outside_lists_of_other_stories_are_kept(text, kept):
    from extractor import extract_text
    found = [d.text for d in extract_text(text, published=JUL).dates]
    assert any(kept in t for t in found), found


def test_a_date_in_furniture_above_the_story_still_counts():
    """A report's own date line above its first paragraph is the page's furniture by its
    layout, and still a date the reader is told."""
    from extractor import extract_text
    text = ("Professional Standards Report\nReport date: 19 July 2022\n\nThe force recorded 212 complaints against "
            "officers in the year to March 2022, up from 180 the year before, the report says.\n")
    found = [(d.text, str(d.date_from)) for d in extract_text(text).dates]
    assert ("19 July 2022", "2022-07-19") in found, found


# ---- a day something runs "up to", as the record writes it, in the page's own order

RECORDED_DAYS = [
    # a US page reads numeric dates month first, and so does its "up to" day
    ("The Harris County Sheriff's Office said complaints filed up to 4/3/2023 were reviewed by the county's "
     "internal affairs division; the deputy was fired on 4/3/2023.", {"up to 4/3/2023": ("2023-04-03", "2023-04-03")}),
    # a UK page reads them day first
    ("Greater Manchester Police said complaints logged up to 4/3/2023 were passed to the IOPC, the force's "
     "professional standards department confirmed in Salford.", {"up to 4/3/2023": ("2023-03-04", "2023-03-04")}),
    ("The figures cover allegations up to and including Jan. 31, 2023.", {"up to and including Jan. 31, 2023":
                                                                         ("2023-01-31", "2023-01-31")}),
    ("Statistics up to the 31st December 2024 show 40 officers suspended.", {"up to the 31st December 2024":
                                                                           ("2024-12-31", "2024-12-31")}),
    # a month or a year is still the period it ends
    ("Figures up to March 2019 show a rise in complaints.", {"up to March 2019": ("None", "2019-03-31")}),
]


@pytest.mark.parametrize("text,expected", RECORDED_DAYS, ids=[list(e)[0] + str(i) for i, (_t, e) in enumerate(RECORDED_DAYS)])
def test_a_day_things_run_up_to_is_recorded_as_that_day(text, expected):
    from extractor import extract_text
    found = [(d.text, str(d.date_from), str(d.date_to)) for d in extract_text(text).dates]
    for words, days in expected.items():
        assert (words, *days) in found, found
