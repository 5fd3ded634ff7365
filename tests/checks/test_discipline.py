"""More officers sanctioned than the count said to be disciplined (discipline.py), on
articles written for these tests, through the real pipeline."""

from datetime import date

import pytest

from extractor.pipeline import extract_article
from extractor.records import Article

from checks_found import checks_of


GROUP = ("Between 2019 and 2022, 15 Wessex Police officers were found to have mishandled domestic abuse reports. "
         "Disciplinary action was taken against only {n} officers; two were sacked.\n\n"
         "{placed}, an officer ignored a victim's calls for a week. A misconduct panel heard the case and gave "
         "the officer a final written warning.")


def test_a_warning_in_the_group_beyond_the_disciplined_count_is_flagged():
    checks = checks_of(GROUP.format(n="two", placed="In one of the cases"))
    assert [(c.kind, c.rule) for c in checks] == [("contradiction", "sanctions_beyond_disciplined")]
    assert "at least 3" in checks[0].message and "final written warning" in checks[0].message


def test_a_count_that_holds_the_dismissals_and_the_warning_raises_nothing():
    assert checks_of(GROUP.format(n="three", placed="In one of the cases")) == []


@pytest.mark.parametrize("placed", ["In a separate case last year", "Elsewhere in the force"])
def test_a_warning_the_article_does_not_place_in_the_group_raises_nothing(placed):
    text = GROUP.format(n="two", placed=placed)
    outcomes = extract_article(Article.from_text(text, "t.txt", published=date(2024, 3, 1))).outcomes
    assert "final_written_warning" in [o.outcome for o in outcomes]  # found, but not placed in the group
    assert checks_of(text) == []


def test_no_dismissals_beside_the_count_raise_nothing():
    text = GROUP.format(n="two", placed="In one of the cases").replace("; two were sacked", "")
    assert checks_of(text) == []
