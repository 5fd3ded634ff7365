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
