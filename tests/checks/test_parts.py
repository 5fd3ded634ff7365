"""Parts against their total (parts.py) and spans against their yearly figures (spans.py),
on sentences written for these tests, through the real pipeline."""

from datetime import date

import pytest

from extractor.pipeline import extract_article
from extractor.records import Article


def checks_of(text, published=date(2024, 3, 1)):
    article = Article.from_text(text, "t.txt", published=published)
    return [c for c in extract_article(article).checks if c.kind != "unresolved_date"]


BREAKDOWN = ("Almost 50 Wessex Police officers and staff were investigated for data misuse between 2020 and 2023. "
             "The force said {a} police officers and {b} members of police staff were investigated.")


def test_a_breakdown_larger_than_its_total_is_flagged():
    checks = checks_of(BREAKDOWN.format(a=38, b=19))
    assert [(c.kind, c.rule) for c in checks] == [("sum_mismatch", "parts_of_total")]
    assert "“38” officers + “19” staff = 57" in checks[0].message and "Almost 50" in checks[0].message


@pytest.mark.parametrize("a,b", [(31, 17), (30, 12)])
def test_a_breakdown_within_its_total_raises_nothing(a, b):
    # 48 is almost 50; 42 may leave some out: a breakdown short of its total is no error
    assert checks_of(BREAKDOWN.format(a=a, b=b)) == []


def test_words_saying_the_parts_overlap_are_named():
    text = BREAKDOWN.format(a=38, b=19) + " Some of them were counted in more than one category."
    message = checks_of(text)[0].message
    assert "more than one”" in message and "if the parts overlap, that reconciles them" in message


def test_a_total_of_other_things_is_not_the_breakdowns():
    text = ("Fenland Constabulary recorded 31 complaints in 2023. It said 22 officers and 15 members of staff "
            "were complained about.")
    assert checks_of(text) == []


SINCE = ("Severnside Police has dismissed {total} officers since 2020. It dismissed 8 officers in 2020, 12 in 2021, "
         "10 in 2022 and 11 in 2023.")


def test_yearly_parts_above_a_since_total_are_flagged():
    checks = checks_of(SINCE.format(total=37))
    assert [(c.kind, c.rule) for c in checks] == [("sum_mismatch", "parts_since")]
    assert "8 + 12 + 10 + 11 = 41" in checks[0].message


@pytest.mark.parametrize("total", [41, 44])  # this year's dismissals may add to the 41
def test_yearly_parts_within_a_since_total_raise_nothing(total):
    assert checks_of(SINCE.format(total=total)) == []


SPAN = "Pennine Police dismissed 31 officers in the last {n} years: 9 in 2021, 10 in 2022 and 12 in 2023."


def test_a_span_shorter_than_the_years_it_sums_is_flagged():
    checks = checks_of(SPAN.format(n="two"))
    assert [c.kind for c in checks] == ["span_mismatch"]
    assert "“in the last two years” is 2 years" in checks[0].message and "12 in 2023" in checks[0].message


@pytest.mark.parametrize("n", ["three", "four"])  # a longer span may list only its latest years
def test_a_span_that_covers_its_years_raises_nothing(n):
    assert checks_of(SPAN.format(n=n)) == []
