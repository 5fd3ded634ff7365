"""Who an outcome happens to and the shapes English states it in (subj8_battery.py): a name
introduced by name and age after an unnamed officer's lede, decisions with "is to be",
words inside an administrative step, plural warnings, "found X guilty", long subjects,
the appositive head rather than the possessor, and the sentences that state no outcome
of an officer. Each case runs through the whole pipeline (extract_text)."""

import pytest

from extractor import extract_text
from subj8_battery import REFUSED, STATED, STORIES

# What the battery shows still missing, kept visible: each must fail today (strict), so a
# fix that makes one pass moves it out of this list.
GAPS = (
)


def _cases(cases):
    return [pytest.param(*c, marks=pytest.mark.xfail(strict=True)) if c[0].startswith(GAPS) else c for c in cases]


def _outcomes(text):
    return [(o.outcome, o.subject or "", o.custodial_months) for o in extract_text(text).outcomes]


def _words_in(expected, got):
    return expected is None or all(w in got.lower().split() for w in expected.lower().split())


@pytest.mark.parametrize("text, outcome, subject, months", _cases(STATED))
def test_copy_states_the_outcome(text, outcome, subject, months):
    got = _outcomes(text)
    assert any(o == outcome and _words_in(subject, s) and (months is None or (m is not None and abs(m - months) < 0.15))
               for o, s, m in got), got


@pytest.mark.parametrize("text, expected", _cases(STORIES))
def test_stories_link_the_named_person_to_the_officer(text, expected):
    got = _outcomes(text)
    for outcome, subject in expected:
        assert any(o == outcome and _words_in(subject, s) for o, s, _ in got), (outcome, subject, got)


@pytest.mark.parametrize("text, outcome", _cases(REFUSED))
def test_copy_that_states_no_such_outcome(text, outcome):
    got = _outcomes(text)
    assert not [g for g in got if outcome is None or g[0] == outcome], got
