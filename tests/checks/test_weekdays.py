"""A weekday against its date (weekdays.py), on sentences written for these tests."""

from datetime import date

import pytest

from extractor.checks.weekdays import weekday_mismatches
from extractor.records import Article, ArticleResult


def checks_of(text, published=date(2019, 3, 8)):
    return weekday_mismatches(ArticleResult(article=Article.from_text(text, "t.txt", published=published)))


@pytest.mark.parametrize("said", ["Sunday (3 March)", "Sunday, 3 March", "Sunday 3rd March 2019",
                                  "Sunday, March 3", "Sunday the 3rd of March"])
def test_a_weekday_that_fits_its_date_raises_nothing(said):
    assert checks_of(f"The officer was arrested on {said} after a pursuit.") == []


@pytest.mark.parametrize("said", ["Friday (3 March)", "Friday, 3 March", "Friday, March 3"])
def test_a_weekday_that_does_not_fit_its_date_is_flagged(said):
    checks = checks_of(f"The officer was arrested on {said} after a pursuit.")
    assert [c.kind for c in checks] == ["weekday_mismatch"]
    assert "3 March 2019 (the year the publication date gives it) was a Sunday, not a Friday" in checks[0].message
    assert "3 March was a Friday in 2017" in checks[0].message


def test_a_written_year_is_the_one_checked():
    checks = checks_of("The hearing opened on Friday 3 March 2017.", published=date(2019, 3, 8))
    assert checks == []
    checks = checks_of("The hearing opened on Friday 3 March 2018.", published=date(2019, 3, 8))
    assert "3 March 2018 was a Saturday" in checks[0].message


def test_without_a_year_or_a_publication_date_nothing_is_checked():
    assert checks_of("The hearing opened on Friday (3 March).", published=None) == []


def test_a_date_near_new_year_takes_the_year_nearest_the_publication_date():
    # published 2 January 2024: '29 December' is 2023, a Friday
    assert checks_of("He was suspended on Friday (29 December).", published=date(2024, 1, 2)) == []


def test_a_weekday_that_fits_a_year_the_passage_names_raises_nothing():
    text = "The case goes back to 2017. The officer was first arrested on Friday (3 March) that year."
    assert checks_of(text) == []


def test_an_undated_article_does_not_place_a_weekday_by_its_other_dates():
    from extractor.pipeline import extract_article

    text = "He retired on 12 December 2023. The panel met on Thursday, 14 March, and found the case proven."
    checks = [c for c in extract_article(Article.from_text(text, "t.txt")).checks if c.kind == "weekday_mismatch"]
    assert checks == []  # 14 March 2024 was a Thursday; 2023 is only the year of another date


def test_one_day_given_two_weekdays_is_flagged_whatever_the_year():
    text = "He was arrested on Sunday (3 March). The hearing was told he had been drinking on Friday (3 March)."
    checks = checks_of(text, published=None)
    assert [c.rule for c in checks] == ["weekday_twice"]
    assert "give one day two weekdays (Sunday and Friday)" in checks[0].message
