"""A statistics page's counts, each with its own kind and outcome: a sentence that lists
counts after a head count ("183 officers dismissed, 77 for dishonesty ..."), a reason the
lexicon has no word for ("for lying in a report": other), the parts of a breakdown that do
not hand their kind to a later sentence's count, and the disposition words of UK, Irish and
US reports. Sentences and pages written for these tests."""

import pytest

from figures_found import by_text


# ------------------------------------------------------------------ a list said once
@pytest.mark.parametrize("text, outcomes", [
    ("There were 140 officers dismissed, 52 for dishonesty, 20 for sexual misconduct and 9 involving drugs.",
     {"52": "dismissed", "20": "dismissed", "9": "dismissed"}),
    ("The board decertified 64 deputies last year, 12 for theft and 7 for domestic violence.",
     {"12": "barred", "7": "barred"}),
    ("Forty officers were sacked in 2022, 11 of them for corruption and 6 for drugs.",
     {"11": "dismissed", "6": "dismissed"}),
])
def test_counts_listed_after_a_head_count_take_its_outcome(text, outcomes):
    found = by_text(text)
    assert {t: found[t].outcome for t in outcomes} == outcomes


@pytest.mark.parametrize("text, kinds", [
    ("There were 140 officers dismissed, 52 for dishonesty, 20 for sexual misconduct and 9 involving drugs.",
     {"52": "fraud", "20": "apsp", "9": "drugs"}),
    ("The board decertified 64 deputies last year, 12 for theft and 7 for lying on police reports.",
     {"12": "theft", "7": "other"}),
    ("In 2022 the force sacked 30 officers. Another 14 were dismissed for other reasons.",
     {"14": "other"}),
    ("Police forces recorded 1,904 allegations relating to discreditable conduct and 322 relating to corruption.",
     {"1,904": "other", "322": "corruption"}),
])
def test_each_count_takes_its_own_stated_kind(text, kinds):
    found = by_text(text)
    assert {t: found[t].category for t in kinds} == kinds


def test_a_count_after_a_kind_stated_relating_to_counts_the_same_noun():
    found = by_text("The force logged 870 complaints involving rudeness and 61 involving theft in 2021.")
    assert (found["61"].counted, found["61"].category) == ("complaint", "theft")


@pytest.mark.parametrize("later, count", [
    ("The council also suspended the licences of 33 officers.", "33"),
    ("A further 21 officers were suspended during the year.", "21"),
])
def test_a_breakdowns_parts_do_not_give_their_kind_to_a_later_count(later, count):
    found = by_text("The council revoked 48 certifications in 2023. Of those, 20 were revoked for sexual misconduct, "
                    "8 for theft and 6 for lying under oath. " + later)
    assert (found["8"].category, found["6"].category, found[count].category) == ("theft", "other", "all")


@pytest.mark.parametrize("text", [
    "The federation received 900 claims for legal help.",
    "The unit sent 31 files to prosecutors for a decision.",
    "There were 45 officers dismissed for gross misconduct last year.",
    "Eleven officers were suspended for two years.",
])
def test_what_a_count_is_for_is_not_a_kind_of_conduct(text):
    (f,) = by_text(text).values()
    assert f.category == "all"


# ------------------------------------------------------------------ disposition words
@pytest.mark.parametrize("text, outcome", [
    ("Of the 1,940 allegations finalised in 2022, 402 were sustained.", "misconduct_proven"),
    ("Some 77 complaints were not sustained in 2022.", "misconduct_not_proven"),
    ("Hearings led to the dismissal of 19 officers in 2021.", "dismissed"),
    ("The sheriff's office issued 14 written reprimands in 2021.", "written_warning"),
    ("In 2022, 23 members received advice from a superintendent.", "other"),
    ("In 2022, 11 gardaí received a fine after disciplinary hearings.", "other"),
    ("In 2020, 64 gardaí were sanctioned for breaches of discipline.", "other"),
    ("The DPP directed charges in 12 cases in 2022.", "charged"),
    ("The director directed no prosecution in 40 cases in 2022.", "other"),
    ("The department recorded 9 terminations and one suspension in 2019.", "dismissed"),
])
def test_disposition_words_of_uk_irish_and_us_reports(text, outcome):
    found = by_text(text)
    counts = [f for f in found.values() if f.value not in (1940,)]
    assert counts[-1 if "directed no" in text else 0].outcome == outcome


@pytest.mark.parametrize("text", [
    "Of the 1,940 complaints finalised in 2022, 402 were upheld.",
    "Just 12 of the 300 complaints made in 2022 were upheld.",
])
def test_a_uk_complaint_upheld_states_no_officer_outcome(text):
    # UK complaints are upheld when the service was not acceptable, which is no finding of misconduct
    assert all(f.outcome is None for f in by_text(text).values())


def test_a_court_upholding_a_decision_states_no_count():
    assert by_text("A three-judge Court of Appeal upheld the decision on Tuesday.") == {}


# ------------------------------------------------------------------ FOI furniture
def test_a_numbered_question_over_a_table_does_not_make_its_cells_questions():
    found = by_text("Response\n\nQuestion 2\nOutcome | 2020/21 | 2021/22\nDismissed | 11 | 14\n"
                    "Written warning | 15 | 18\nTotal | 26 | 32\n")
    assert (found["11"].outcome, found["18"].outcome, str(found["14"].period_from)) == (
        "dismissed", "written_warning", "2021-04-01")
