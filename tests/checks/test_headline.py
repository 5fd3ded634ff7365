"""A headline's sanction against the body's (headline.py), through the real pipeline."""

from datetime import date

import pytest

from extractor.pipeline import extract_article
from extractor.records import Article


def checks_of(text, title=None):
    article = Article.from_text(text, "t.txt", published=date(2024, 2, 2), title=title)
    return [c for c in extract_article(article).checks if c.kind != "unresolved_date"]


BODY = ("\n\nA Severnside Police constable was given {sanction} after a misconduct hearing on Tuesday.\n\n"
        "The panel found that he had shared confidential information with a friend.")


def test_a_headline_sanction_the_body_replaces_is_flagged():
    checks = checks_of("Severnside constable sacked over data breach" + BODY.format(sanction="a final written warning"))
    assert [(c.kind, c.rule) for c in checks] == [("contradiction", "headline_vs_body")]
    assert "“sacked” (dismissed)" in checks[0].message and "(final written warning)" in checks[0].message


def test_the_title_of_a_page_is_its_headline():
    title = "Final written warning for Severnside constable"
    checks = checks_of(title + BODY.format(sanction="a written warning"), title=title)
    assert [c.rule for c in checks] == ["headline_vs_body"]


@pytest.mark.parametrize("headline,sanction", [
    ("Severnside constable sacked over data breach", "the sack, and was dismissed without notice"),
    ("Final written warning for Severnside constable", "a final written warning"),
    ("Severnside constable spared the sack over data breach", "a final written warning"),
    ("Severnside constable could be sacked over data breach", "a final written warning"),
    ("Two Severnside officers sacked over data breach", "a final written warning"),
])
def test_a_headline_the_body_bears_out_or_does_not_state_raises_nothing(headline, sanction):
    assert checks_of(headline + BODY.format(sanction=sanction)) == []


@pytest.mark.parametrize("text", [
    "Constable who was sacked last year given final written warning on appeal" + BODY.format(
        sanction="a final written warning"),
    "Severnside constable sacked over data breach\n\nA Severnside Police constable who was dismissed in 2022 has "
    "had the decision replaced with a final written warning on appeal.",
])
def test_a_sanction_in_another_decision_is_no_contradiction(text):
    assert checks_of(text) == []
