"""What the outcome tests read from the whole pipeline: (outcome, subject) pairs, and an
assertion that names everything found when the expected pair is missing."""

from extractor.nlp import shared_nlp


def found(text):
    return [(o.outcome, o.subject) for o in shared_nlp()(text)._.outcomes]


def has(text, outcome, subject=None):
    got = found(text)
    assert any(o == outcome and (subject is None or s == subject) for o, s in got), got
