"""Comparisons ('more than double X') checked against the article's own figures."""

from datetime import date

import pytest

from extractor.pipeline import extract_article
from extractor.records import Article


def run(text, published=date(2024, 5, 1)):
    return extract_article(Article.from_text(text, "t.txt", published=published))


def claims(text):
    return [(c.status, c.factor) for c in run(text).claims]


def test_a_comparison_with_a_figure_the_article_lacks_is_unverifiable_not_a_warning():
    r = run("The IOPC received 118 referrals about corruption this year – more than double "
            "the number received about theft.")
    assert [(c.status, c.value) for c in r.claims] == [("unverifiable", 118)]
    assert "look it up" in r.claims[0].message
    assert [c.kind for c in r.checks] == []


@pytest.mark.parametrize("words, status", [
    ("almost double", "holds"), ("more than double", "fails"), ("twice", "holds"), ("three times", "fails"),
])
def test_a_comparison_across_years_is_checked_against_the_earlier_figure(words, status):
    text = ("In 2021/22, 300 officers were placed on the barred list. "
            f"In 2023/24, 590 officers were placed on the barred list, {words} the figure of two years earlier.")
    r = run(text)
    assert [c.status for c in r.claims] == [status]
    assert [c.kind for c in r.checks] == ([] if status == "holds" else ["comparison_mismatch"])


def test_a_comparison_with_named_kinds_adds_them_up():
    text = ("The force logged 90 complaints of corruption, 20 complaints of theft and 21 complaints of fraud. "
            "The 90 complaints of corruption were more than double those about theft and fraud.")
    r = run(text)
    (claim,) = r.claims
    assert (claim.status, claim.compared_value) == ("holds", 41)


def test_half_of_something_is_a_share_not_a_comparison():
    assert claims("The force said 40 officers were investigated and half of them were dismissed.") == []


def test_the_part_not_its_base_is_what_is_compared():
    r = run("Referrals for corruption were 118 out of 490 referrals – more than double the amount for theft.")
    assert [c.value for c in r.claims] == [118]


def test_a_frequency_is_not_a_comparison():
    assert claims("PC Reed searched the police database about 40 officers' neighbours four times in a week.") == []


def test_claims_are_stored_and_read_back(tmp_path):
    from extractor.store import Store

    r = run("The IOPC received 118 referrals about corruption this year – more than double "
            "the number received about theft.")
    with Store(tmp_path / "s.duckdb") as store:
        store.save(r, "test")
        store.save(r, "test")
        assert store.counts()["claims"] == 1
        assert store.load(r.article.id).claims == r.claims
