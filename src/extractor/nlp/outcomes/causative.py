"""The causative 'had / saw / got + a thing + participle': the participle is done to the thing.

'PC X had the misconduct hearing against him dismissed', 'saw the charges against her dropped':
the person after 'against' is the thing's complement, not the patient of the participle, so a
proceeding dismissed is no officer dismissed. 'An officer with complaints against him was
dismissed' has no causative verb and is the officer's own dismissal."""

from __future__ import annotations

from spacy.tokens import Doc

from .. import token_lowers

# the causative and perception verbs that take an object and a bare participle: closed-class grammar
_CAUSATIVE = frozenset({"had", "has", "have", "having", "saw", "see", "sees", "seen", "got", "get", "gets", "getting"})
# prepositions that join a complement to the thing: 'the case against him', 'the allegations over his
# conduct', 'his claim for unfair dismissal'; the thing is the noun before the first of them
_COMPLEMENT = frozenset({"against", "over", "into", "for", "about", "of", "from"})
_REACH = 9  # words of the thing's noun phrase between the causative verb and the participle


def thing_head(doc: Doc, k: int, lo: int, things: frozenset[str]) -> int:
    """Where the subject of the bare participle right after ``k`` is to be read: the head of a
    noun phrase naming one of ``things`` after a causative verb ('had the case against him
    dismissed': the case), else ``k``."""
    low = token_lowers(doc)
    head = k
    for j in range(k, max(lo, k - _REACH) - 1, -1):
        if low[j] in _CAUSATIVE:
            return head if low[head] in things and head > j else k
        if doc[j].is_punct or low[j] in ("and", "or", "but", "who", "that", "which", "was", "were", "is", "are"):
            return k
        if low[j] in _COMPLEMENT:
            head = j - 1
    return k
