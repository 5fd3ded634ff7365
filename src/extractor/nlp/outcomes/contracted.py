""""'s" standing for "has" before an outcome's verb: "Deputy Chief X's retired from the
department", "The sergeant's been sacked". A possessive "'s" owns a noun ("the officer's
retired colleague", "the chief's resignation"), so the contraction is read only before "been"
or before a past participle that a preposition, an adverb of time or punctuation follows."""

from __future__ import annotations

from spacy.tokens import Doc

from ...rulefiles import word_set

# the two ways "'s" is written: spelling, not vocabulary
_APOSTROPHE_S = frozenset({"'s", "’s"})
# what follows "retired" in "X's retired from ...", never the noun a possessive owns
_AFTER_PARTICIPLE = word_set("outcome_words.json", "after_intransitive")


def contracted_has(doc: Doc, k: int) -> bool:
    """doc[k] is an "'s" that stands for "has" before the verb that follows it."""
    if doc[k].lower_ not in _APOSTROPHE_S or k + 1 >= len(doc):
        return False
    verb = doc[k + 1].lower_
    if verb == "been":
        return True
    if not verb.endswith("ed") or k + 2 >= len(doc):
        return False
    after = doc[k + 2]
    return after.lower_ in _AFTER_PARTICIPLE or (after.is_punct and after.text not in ("-", "–", "—"))
