"""A participle phrase between the person who opens a sentence and the verb: "A deputy seen on
video kicking a handcuffed man has been placed on leave", "An officer charged last month with
assault was fired". The people inside the phrase are its objects, never the verb's subject.
A mixin of OutcomeFinder (through AgentFinder).

The phrase may be long and still one phrase (first-sight batches 11 and 14):

    "A deputy arrested after allegedly choking and threatening his girlfriend submitted his resignation"
    "A former deputy charged with second-degree battery after video showed him kicking and beating
     a man was found not guilty"
    "A police officer alleged to have grabbed a girl by her hair and tripped her up ..., has been cautioned"

so a hyphen inside a word, an "and" joining two verbs or two things (not a second person), one
comma closing the phrase right before the verb and a dateline before the person ("SALISBURY --")
do not end it."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc

from ..subjects import Mention, People
from .found import _DETERMINERS, _FINITE_AUX

# the longest phrase read as one (a sentence is rarely longer before its verb)
_MAX_PHRASE = 40


class ReducedRelative:
    """Needs self.cues (models/outcome_cues.jsonl) and self.w (models/subjects.json)."""

    def _reduced_relative(self, doc: Doc, people: People, chain_start: int, lo: int) -> Optional[Mention]:
        """The person opening the sentence when a participle phrase (cue kind participle, scope
        agent) follows it up to the verb, which is an auxiliary or a verb that is never a
        participle ("submitted his resignation")."""
        verb = doc[chain_start].lower_
        if not chain_start - lo > 3 or not (verb in _FINITE_AUX or verb in self.w["finite_only_verbs"]):
            return None
        first = next((m for m in people.mentions if lo <= m.start and m.end <= chain_start), None)
        if first is None or not _dateline_only(doc, lo, first.lead) or first.end + 1 >= chain_start or \
                chain_start - first.end > _MAX_PHRASE or \
                doc[first.end].lower_ not in self.cues.words("participle", "agent"):
            return None
        for j in range(first.end, chain_start):
            if not self._inside_phrase(doc, people, j, chain_start):
                return None
        return first

    def _inside_phrase(self, doc: Doc, people: People, j: int, chain_start: int) -> bool:
        """Token j does not end the participle phrase that runs to the verb at chain_start."""
        t = doc[j]
        low = t.lower_
        if low in _FINITE_AUX and not (low == "have" and doc[j - 1].lower_ == "to") or low in ("but", "who", "that"):
            return False  # "alleged to have grabbed" is still the phrase
        if low in ("and", "or"):  # "kicking and beating", "her hair and cardigan", not "and his partner"
            nxt = doc[j + 1] if j + 1 < chain_start else None
            return nxt is not None and nxt.is_lower and nxt.lower_ not in _DETERMINERS and \
                people.starting_at(j + 1) is None
        if t.is_punct:
            if t.text in ("-", "‑") and j > 0 and not doc[j - 1].whitespace_ and not t.whitespace_:
                return True  # "second-degree", "live-in"
            return t.text == "," and j == chain_start - 1  # "..., has been cautioned"
        return True


def _dateline_only(doc: Doc, lo: int, lead: int) -> bool:
    """Nothing before the person but the words of its description that the mention left out
    ("A former St. Johns County deputy") or a dateline ("SALISBURY --", "LONDON, Ky. —")."""
    return all(doc[j].is_punct or doc[j].text[:1].isupper() or doc[j].lower_ in _DETERMINERS or
               doc[j].lower_ in _DESCRIPTION for j in range(lo, lead))


# words of a description a mention may leave before its lead
_DESCRIPTION = frozenset({"former", "ex", "veteran", "retired", "serving", "off", "duty", "another", "one"})
