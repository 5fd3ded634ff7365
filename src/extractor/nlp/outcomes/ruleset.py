"""One line of models/outcome_patterns.jsonl, read and validated.

A rule states an outcome either as plain words (``"words": ["was|were indicted"]``,
the form to use when adding a phrase: ``a|b`` is either word, ``(paid)`` an optional
word) or as a spaCy Matcher ``pattern`` for what plain words cannot say. Every line
is checked on load: an unknown key, a misspelt outcome or subject value is an error
naming the file, the line and the key.
"""

from __future__ import annotations

from typing import Any

from ... import modelfiles
from ...rulefiles import models_dir, read_jsonl
from .agreement import agree

PATTERNS_FILE = "outcome_patterns.jsonl"

# Which side of the outcome words the person is on:
#   agent    left of the verb: "PC X was dismissed", "the deputy, who ..., was fired"
#   object   inside the match, after the verb: "the jury found PC X guilty"
#   patient  the person a finding is about: "no case to answer for PC X", else the officer
#            of the sentence, else the officer the article was last about
#   of       each person after "of": "the convictions of A and B"
#   next     the person right after the words: "the sheriff fired Deputy X", "Jail for ex-PC"


class OutcomeRule(modelfiles.OutcomeRule):
    """One line of models/outcome_patterns.jsonl: its fields are defined once, in
    modelfiles.OutcomeRule (the ``subject`` values are explained above)."""

    def patterns(self) -> list[list[dict]]:
        """The Matcher patterns of the rule: its pattern, or one per phrase of its words."""
        return [agree(p) for p in ([self.pattern] if self.pattern else [phrase_pattern(p) for p in self.words])]


def phrase_pattern(phrase: str) -> list[dict]:
    """'placed on (paid) administrative|unpaid leave' -> a Matcher pattern on lower-case
    words: ``a|b`` either word, ``(a)`` or ``(a|b)`` optional."""
    out: list[dict[str, Any]] = []
    for word in phrase.lower().split():
        optional = word.startswith("(") and word.endswith(")")
        choices = word.strip("()").split("|")
        spec: dict[str, Any] = {"LOWER": choices[0] if len(choices) == 1 else {"IN": choices}}
        if optional:
            spec["OP"] = "?"
        out.append(spec)
    return out


def load_rules(filename: str = PATTERNS_FILE) -> list[OutcomeRule]:
    """models/FILENAME, each line checked by the one check every rule file gets
    (rulefiles.read_jsonl: the file, line, rule and key named; ids unique)."""
    rows = read_jsonl(models_dir() / filename, f"models/{filename}", modelfiles.OutcomeRule)
    return [OutcomeRule(**row) for row in rows]
