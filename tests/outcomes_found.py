"""What the outcome tests read from the whole pipeline: (outcome, subject) pairs, and an
assertion that names everything found when the expected pair is missing."""

import pytest

from extractor import extract_text
from extractor.nlp import shared_nlp


def found(text):
    return [(o.outcome, o.subject) for o in shared_nlp()(text)._.outcomes]


def has(text, outcome, subject=None):
    got = found(text)
    assert any(o == outcome and (subject is None or s == subject) for o, s in got), got


# The batteries (us7_battery.py, subj8_battery.py): what extract_text gives for a text, as
# (outcome, subject, custodial months), and whether one stated outcome is among it.
def battery_outcomes(text):
    return [(o.outcome, o.subject or "", o.custodial_months) for o in extract_text(text).outcomes]


def words_in(expected, got):
    """Every word of the expected subject is a word of the subject found (None: any)."""
    return expected is None or all(w in got.lower().split() for w in expected.lower().split())


def states(got, outcome, subject, months=None):
    return any(o == outcome and words_in(subject, s) and (months is None or (m is not None and abs(m - months) < 0.15))
               for o, s, m in got)


def gap_cases(cases: list, gaps: tuple, strict: bool) -> list:
    """A battery's cases, those whose text opens with one of ``gaps`` marked as expected
    failures: strict where the gap is the battery's own, not where another area's fix may
    make the case pass."""
    return [pytest.param(*c, marks=pytest.mark.xfail(strict=strict)) if c[0].startswith(gaps) else c for c in cases]


def battery_tests(stated, refused, stories=(), gaps: tuple = (), strict: bool = True):
    """The three tests every outcome battery runs: each stated case is found, each refused one
    is not, and each story's steps are all found. A battery module binds them to its own names
    so pytest collects them there; ``gaps`` (openings of cases still missing) mark cases as
    expected failures, strict where the gap is the battery's own."""

    @pytest.mark.parametrize("text, outcome, subject, months", gap_cases(stated, gaps, strict))
    def test_the_clause_states_the_outcome(text, outcome, subject, months):
        got = battery_outcomes(text)
        assert states(got, outcome, subject, months), got

    @pytest.mark.parametrize("text, outcome", gap_cases(refused, gaps, strict))
    def test_no_such_outcome_is_stated(text, outcome):
        got = battery_outcomes(text)
        assert not [g for g in got if outcome is None or g[0] == outcome], got

    @pytest.mark.parametrize("text, expected", gap_cases(stories, gaps, strict))
    def test_each_step_of_a_story_is_stated(text, expected):
        got = battery_outcomes(text)
        for outcome, subject in expected:
            assert states(got, outcome, subject), (outcome, subject, got)

    return test_the_clause_states_the_outcome, test_no_such_outcome_is_stated, test_each_step_of_a_story_is_stated


def subject_battery_tests(stories, refused, gaps: tuple = (), strict: bool = True):
    """The two tests every subject battery runs: each story's outcomes go to its officer, and no
    refused case gives the outcome to the person named (someone who is not the officer). A
    battery module binds them to its own names so pytest collects them there."""

    @pytest.mark.parametrize("text, expected", gap_cases(stories, gaps, strict))
    def test_each_outcome_is_given_to_its_officer(text, expected):
        got = battery_outcomes(text)
        for outcome, subject in expected:
            assert states(got, outcome, subject), (outcome, subject, got)

    @pytest.mark.parametrize("text, outcome, subject", gap_cases(refused, gaps, strict))
    def test_no_outcome_is_given_to_someone_who_is_not_the_officer(text, outcome, subject):
        got = battery_outcomes(text)
        bad = [g for g in got if (outcome is None or g[0] == outcome) and (subject is None or words_in(subject, g[1]))]
        assert not bad, got

    return test_each_outcome_is_given_to_its_officer, test_no_outcome_is_given_to_someone_who_is_not_the_officer
