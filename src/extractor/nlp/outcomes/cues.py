"""models/outcome_cues.jsonl: the words that say an outcome's words do not state an
outcome that happened (negation, hypothesis, modality, condition, question, habit),
each with its direction and scope, as medspaCy's context rules give them."""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, ConfigDict

from ...rulefiles import models_dir, read_jsonl

CUES_FILE = "outcome_cues.jsonl"

Kind = Literal["negation", "hypothetical", "modal", "condition", "question", "habitual", "decided", "other_case", "price",
               "delayed", "alternative", "body", "service", "floating", "tally", "thing", "participle", "level", "finding",
               "definition"]
Scope = Literal["chain", "before_chain", "coordinated", "clause", "clause_start", "sentence_start", "sentence",
                "sentence_end", "reason", "object", "subjunctive", "agent", "present_clause_start"]


class Cue(BaseModel):
    """One line of models/outcome_cues.jsonl."""

    model_config = ConfigDict(extra="forbid")

    id: str
    kind: Kind
    direction: Literal["forward", "backward"]
    scope: Scope
    words: list[str]
    window: int = 0          # coordinated: how far before the coordinator the negation may be
    note: str = ""


class Cues:
    """The cue words by kind and scope."""

    def __init__(self, cues: list[Cue]):
        self.cues = cues
        self._by: dict[tuple[str, str], frozenset[str]] = {}
        for cue in cues:
            key = (cue.kind, cue.scope)
            self._by[key] = self._by.get(key, frozenset()) | frozenset(cue.words)
        self.chain_words = frozenset(w for c in cues if c.scope == "chain" for w in c.words if " " not in w)
        # the widest window per kind and scope, worked out once: asked at every coordinated verb
        self._window: dict[tuple[str, str], int] = {}
        for cue in cues:
            key = (cue.kind, cue.scope)
            self._window[key] = max(self._window[key], cue.window) if key in self._window else cue.window

    def words(self, kind: str, scope: str) -> frozenset[str]:
        return self._by.get((kind, scope), _NONE)

    def window(self, kind: str, scope: str) -> int:
        return self._window.get((kind, scope), 0)


_NONE: frozenset[str] = frozenset()


def load_cues(filename: str = CUES_FILE) -> Cues:
    """models/FILENAME, each line checked by rulefiles.read_jsonl against ``Cue``."""
    return Cues([Cue(**row) for row in read_jsonl(models_dir() / filename, f"models/{filename}", Cue)])


@lru_cache(maxsize=1)
def cues() -> Cues:
    return load_cues()
