"""What a figure counts and which outcome it counts, from the words US and Irish
reports use: internal-affairs dispositions ("Exonerated – 4", "3 – Not Sustained"),
files sent to a prosecutor, protected disclosures, alleged violations. Sentences
written for these tests; the whole pipeline runs."""

import pytest

from extractor.nlp import shared_nlp


def figures(text):
    return shared_nlp()(text)._.figures


DISPOSITIONS = ("Of the complaints closed by Internal Affairs this year, the findings are as follows:\n\n"
                "- 6 – Exonerated\n- 4 – Sustained\n- 3 – Not Sustained\n- 5 – Unfounded\n")


def test_number_first_disposition_lines_are_counted_outcomes():
    found = figures(DISPOSITIONS)
    assert [(f.value, f.outcome) for f in found] == [
        (6, "misconduct_not_proven"), (4, "misconduct_proven"), (3, "misconduct_not_proven"),
        (5, "misconduct_not_proven")]


def test_label_first_disposition_lines_are_counted_outcomes():
    found = figures("Citizen complaints:\n\n- Unfounded – 7\n- Not Sustained – 2\n")
    assert [(f.value, f.outcome) for f in found] == [(7, "misconduct_not_proven"), (2, "misconduct_not_proven")]


@pytest.mark.parametrize("text, outcome", [
    ("Four deputies were cleared of policy violations after the review.", "misconduct_not_proven"),
    ("In all, 41 members were found in breach of discipline.", "misconduct_proven"),
    ("Two troopers were acquitted at trial last year.", "acquitted"),
    ("Nine officers were placed on paid leave during the inquiry.", "suspended"),
])
def test_outcome_words_of_us_and_irish_reports(text, outcome):
    (f,) = figures(text)
    assert f.outcome == outcome


@pytest.mark.parametrize("text, counted", [
    ("The commission sent 31 files to the prosecutor last year.", "other"),
    ("Staff made 12 protected disclosures to the ombudsman.", "other"),
    ("The board imposed 40 sanctions on individual officers.", "other"),
    ("The 14 complaints alleged 52 violations of policy by officers.", "allegation"),
])
def test_what_a_figure_counts(text, counted):
    assert figures(text)[-1].counted == counted


def test_a_case_dismissed_by_a_judge_is_not_a_sustained_finding():
    # "sustained" as the finding, "not sustained" as its opposite: the longer phrase wins
    (f,) = figures("Not Sustained – 8")
    assert f.outcome == "misconduct_not_proven"


def test_bare_counts_listed_after_one_take_its_outcome():
    found = figures("The force sacked 4 officers in 2020, 6 in 2021 and 8 in 2022.")
    assert [(f.value, f.outcome) for f in found] == [(4, "dismissed"), (6, "dismissed"), (8, "dismissed")]


def test_a_count_with_a_clause_of_its_own_does_not_take_the_outcome_before():
    found = figures("The force sacked 4 officers in 2020, and 6 were investigated in 2021.")
    assert [(f.value, f.outcome) for f in found] == [(4, "dismissed"), (6, None)]


@pytest.mark.parametrize("text, outcome", [
    ("The chief constable responded by suspending 45 officers.", "suspended"),
    ("Force sacks three officers after hearing", "dismissed"),
    ("The inquiry led to the arrest of 12 officers in 2019.", "arrested"),
    ("The conviction rate for such cases was just 4.1%.", "convicted"),
])
def test_outcomes_in_verbs_nouns_and_rates(text, outcome):
    assert figures(text)[0].outcome == outcome


def test_files_a_report_reviews_are_not_cases():
    (f, _) = figures("Of the 640 vetting files it reviewed, 90 were questionable.")
    assert f.counted == "other"


def test_objects_of_one_verb_share_its_outcome():
    found = figures("Last year forces sacked 50 officers of every rank, four special constables "
                    "and 22 members of police staff.")
    assert [(f.value, f.outcome) for f in found] == [(50, "dismissed"), (4, "dismissed"), (22, "dismissed")]


def test_a_figure_with_its_own_verb_keeps_its_own_outcome():
    found = figures("Forces sacked 50 officers, 30 staff resigned and 9 officers were cleared.")
    assert [(f.value, f.outcome) for f in found] == [
        (50, "dismissed"), (30, "resigned"), (9, "misconduct_not_proven")]


@pytest.mark.parametrize("text, counted, category", [
    ("The database holds nearly 9,000 excessive force investigations.", "investigation", "other"),
    ("Forces logged 40 use of force complaints last year.", "complaint", "other"),
    ("It lists at least 5,000 incidents of alleged misconduct.", "other", "all"),
    ("Some 80 employees were disciplined for smuggling contraband.", "officer", "corruption"),
])
def test_a_conduct_named_before_the_noun_is_not_the_noun(text, counted, category):
    (f,) = figures(text)
    assert (f.counted, f.category) == (counted, category)


def test_all_allegations_still_counts_allegations():
    (f,) = figures("Rudeness now makes up 25 per cent of all allegations.")
    assert f.counted == "allegation"
