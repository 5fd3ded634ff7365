"""News told in the present tense about one case, which the generic-present refusal of
find.py ("an officer who lies is dismissed": a rule, not a case) must leave stated.

    "Each is charged with conspiracy"                        the people named before (plural.py)
    "A former State Trooper is sentenced to two years probation"   a court's act on a former officer

A former officer is no kind the rules of a force speak of, and a court acts on one person; a
condition in the sentence ("is charged only when the evidence allows") keeps it a rule.
First-sight batch-14 and probe11us."""

from __future__ import annotations

from spacy.tokens import Doc

from ..subjects import Mention

_CONDITIONS = frozenset({"when", "whenever", "if", "unless", "where"})


def one_case_present(doc: Doc, first: Mention, start: int, verbs: frozenset) -> bool:
    """True when the present-tense outcome at token start, of the subject first, is one case."""
    if first.head == "both":
        return True  # plural.py's "both" / "each": people named before
    former = any(doc[j].lower_ in ("former", "ex") or doc[j].lower_.startswith("ex-")
                 for j in range(first.lead, first.end))
    condition = any(doc[j].lower_ in _CONDITIONS for j in range(start, doc[start].sent.end))
    return doc[start].lower_ in verbs and former and not condition
