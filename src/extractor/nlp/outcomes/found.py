"""What one match became: the Found record, and small token helpers the readers share."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from spacy.tokens import Doc

from ..subjects import Mention
from .ruleset import OutcomeRule

# auxiliaries and determiners: closed-class grammar, kept in the code
_FINITE_AUX = frozenset({"was", "were", "is", "are", "has", "have", "had", "will"})
_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "his", "her", "their", "its", "my", "your", "our"})


@dataclass
class Found:
    rule: OutcomeRule
    outcome: str
    start: int                     # char span of the words that state it
    end: int
    subject: Optional[str]
    custodial: Optional[float]
    sent: int
    trigger: int                   # token span of the match
    trigger_end: int
    person: Optional[Mention] = None


def _end_char(doc: Doc, i: int) -> int:
    return doc[i].idx + len(doc[i].text)

