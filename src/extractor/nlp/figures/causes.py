"""What a count's cause may be written with: the people it counts named past their modifiers
or left to the story ('three others'), an outcome's noun before them ('charges against six
officers') and one event named as the cause ('over the death of a man')."""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from spacy.tokens import Doc

from ..context import context_cues
from .base import Candidate


# what joins the words of a modifier: "on-duty", "sheriff's"
_JOINERS = frozenset({"-", "'s", "\u2019s"})


@lru_cache(maxsize=1)
def count_anaphors() -> frozenset[str]:
    return frozenset(context_cues().count_anaphors)


@lru_cache(maxsize=1)
def action_nouns() -> frozenset[str]:
    return frozenset(context_cues().action_nouns)


@lru_cache(maxsize=1)
def _cause_events() -> frozenset[str]:
    return frozenset(context_cues().cause_events)


def event_named(doc: Doc, j: int, end: int) -> bool:
    """'the death of', 'the shooting of' at j: one event (models/context.json cause_events)."""
    return j + 2 < end and doc[j].lower_ == "the" and doc[j + 1].lower_ in _cause_events() \
        and doc[j + 2].lower_ == "of"


def noun_at(doc: Doc, cand: Candidate, i: int, end: int) -> Optional[int]:
    """Where the count's noun starts: within a word or two of it, or past more words that
    qualify it ('two on-duty police officers', 'three serving Met Police officers')."""
    n = len(cand.noun.split())
    at = next((k for k in range(i, min(end, i + 3)) if doc[k:k + n].text == cand.noun), None)
    if at is None:
        at = next((k for k in range(i + 3, min(end, i + 6)) if doc[k:k + n].text == cand.noun
                   and qualifiers(doc[i:k])), None)
    return at


def qualifiers(tokens) -> bool:
    """Whether the tokens are words that may qualify a noun: 'on-duty', 'sheriff's', 'serving'."""
    return all(t.is_alpha or t.text in _JOINERS for t in tokens)


def place_end(doc: Doc, i: int, end: int) -> Optional[int]:
    """The token after a place named after the people counted ('six officers in Baltimore
    over ...', 'four deputies from Harris County were fired ...'), or None."""
    if i + 1 >= end or doc[i].lower_ not in ("in", "at", "from") or not doc[i + 1].is_title:
        return None
    k = i + 1
    while k < end and doc[k].is_title and k < i + 4:
        k += 1
    return k
