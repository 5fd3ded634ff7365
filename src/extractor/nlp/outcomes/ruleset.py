"""One line of models/outcome_patterns.jsonl, read and validated.

A rule states an outcome either as plain words (``"words": ["was|were indicted"]``,
the form to use when adding a phrase: ``a|b`` is either word, ``(paid)`` an optional
word) or as a spaCy Matcher ``pattern`` for what plain words cannot say. Every line
is checked on load: an unknown key, a misspelt outcome or subject value is an error
naming the file, the line and the key.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import ValidationError

from ...errors import RuleError
from ... import modelfiles
from ...rulefiles import models_dir

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
        return [self.pattern] if self.pattern else [phrase_pattern(p) for p in self.words]


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


def numbered_rows(filename: str) -> list[tuple[int, dict]]:
    """(line number, row) for each rule of a JSONL file in models/; // lines are comments."""
    try:
        lines = (models_dir() / filename).read_text(encoding="utf-8").splitlines()
    except FileNotFoundError as exc:
        raise RuleError(f"models/{filename} is missing") from exc
    rows = []
    for number, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith("//"):
            continue
        try:
            rows.append((number, json.loads(line)))
        except json.JSONDecodeError as exc:
            raise RuleError(f"models/{filename}:{number}: {exc.msg}") from exc
    return rows


def schema_error(filename: str, line: int, exc: ValidationError, what: str = "") -> RuleError:
    """'models/x.jsonl:12: rule 'y': key 'subjekt': Extra inputs are not permitted'."""
    err = exc.errors()[0]
    key = ".".join(str(x) for x in err["loc"]) or "-"
    where = f"models/{filename}:{line}" if line else f"models/{filename}"
    return RuleError(f"{where}: {what + ': ' if what else ''}key '{key}': {err['msg']}")


def load_rules(filename: str = PATTERNS_FILE) -> list[OutcomeRule]:
    rules = []
    for line, row in numbered_rows(filename):
        try:
            rules.append(OutcomeRule(**row))
        except ValidationError as exc:
            raise schema_error(filename, line, exc, f"rule {row.get('id', '?')}") from exc
    ids = [r.id for r in rules]
    dupes = {i for i in ids if ids.count(i) > 1}
    if dupes:
        raise RuleError(f"models/{filename}: duplicate rule ids {sorted(dupes)}")
    return rules
