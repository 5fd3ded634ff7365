"""One line of models/outcome_patterns.jsonl, read and validated."""

from __future__ import annotations

from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, ValidationError

from ...errors import RuleError
from ...records import OutcomeKind
from ...rulefiles import load_jsonl

PATTERNS_FILE = "outcome_patterns.jsonl"


class OutcomeRule(BaseModel):
    """One line of models/outcome_patterns.jsonl."""

    model_config = ConfigDict(extra="forbid")

    id: str
    outcome: OutcomeKind
    pattern: list[dict]
    example: str                                    # a sentence the rule must match (tested)
    subject: Literal["agent", "patient", "object", "of"] = "agent"
    sentence: bool = False          # a prison sentence: read its length, suspended -> suspended_sentence
    needs_length: bool = False      # only an outcome when a length or 'life' follows ("sentenced to ...")
    modal_ok: bool = False          # "would have been dismissed" is a finding, not a hypothetical
    needs_finding: bool = False     # only after "found", "agreed", "ruled", "proven" ... in the sentence
    active_object: bool = False     # "the force sacked PC X": the person after the verb
    not_after_sentence: bool = False  # "suspended" after a prison sentence is its suspension
    supersedes: list[OutcomeKind] = []  # overlapping matches with these outcomes are dropped
    not_before: list[str] = []      # refused when the next words are one of these ("cleared the way")
    misconduct_outcome: Optional[OutcomeKind] = None  # the outcome when the context is a misconduct
                                                      # hearing, not a court ("PC X was cleared")
    note: str = ""


def load_rules(filename: str = PATTERNS_FILE) -> list[OutcomeRule]:
    rules = []
    for row in load_jsonl(filename):
        try:
            rules.append(OutcomeRule(**row))
        except ValidationError as exc:
            err = exc.errors()[0]
            where = ".".join(str(x) for x in err["loc"])
            raise RuleError(f"models/{filename}: rule {row.get('id', '?')}: {where}: {err['msg']}") from exc
    ids = [r.id for r in rules]
    dupes = {i for i in ids if ids.count(i) > 1}
    if dupes:
        raise RuleError(f"models/{filename}: duplicate rule ids {sorted(dupes)}")
    return rules

