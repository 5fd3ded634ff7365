"""Which conduct a figure is about, in the words reports use for kinds of misconduct,
and a conduct named for only some of the people counted. Sentences written for these
tests; the whole pipeline runs."""

import pytest

from extractor.nlp import shared_nlp


def figures(text):
    return shared_nlp()(text)._.figures


@pytest.mark.parametrize("text, category", [
    ("Discreditable conduct accounted for 17 of the complaints.", "other"),
    ("A further 8 cases involved substance misuse by officers.", "drugs"),
    ("Another 6 allegations concerned inappropriate associations with criminals.", "corruption"),
    ("Some 40 officers misused police databases to look up friends.", "corruption"),
    ("Four officers were dismissed for excess force last year.", "other"),
    ("In Essex 12 officers were arrested over violent offences.", "other"),
    ("There were 9 gross incompetence hearings in 2021.", "other"),
])
def test_words_for_kinds_of_misconduct(text, category):
    assert figures(text)[0].category == category


def test_a_conduct_named_for_some_of_them_is_not_the_kind_of_all_of_them():
    found = figures("Roughly 300 officers were charged with crimes last year, some of them for sexual offences. "
                    "The federation received 900 claims for legal help.")
    assert [f.category for f in found] == ["all", "all"]


def test_a_conduct_named_for_the_figure_itself_still_counts():
    (f,) = figures("Roughly 30 officers were charged with sexual offences last year.")
    assert f.category == "apsp"
