"""Who does an outcome's verb and whom it is done to, read from the words around it
rather than from the people of the sentence. A mixin of OutcomeFinder.

- A deciding body as the verb's subject ('after a jury convicted him', 'when magistrates
  found her guilty', 'a jury at Cork Circuit Court acquitted him'): the body is not a
  person, so the pronoun after the verb is the officer the sentence is about, never the
  subject's own (cue kind ``body`` in models/outcome_cues.jsonl).
- Leaving a force named after the words ('The man, who has since retired from the
  police'): the words themselves say the person served (cue kind ``service``).
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc

from ..subjects import Mention, People
from .ruleset import OutcomeRule

# the forms of 'be' before a participle (closed class) and the outcome kinds of leaving (records.py)
_PASSIVE = frozenset({"was", "were", "been", "being", "is", "are", "be"})
_LEAVING = frozenset({"resigned", "retired", "dismissed"})
_BODY_REACH = 8  # tokens back from the verb to its subject: "a jury at Cork Circuit Criminal Court"


class Actors:
    """Needs self.w (models/subjects.json) and self.cues (models/outcome_cues.jsonl)."""

    def _body_object(self, doc: Doc, people: People, rule: OutcomeRule, start: int, end: int,
                     chain_start: int, chain: list[str], lo: int, hi: int) -> list[Mention]:
        """The person a deciding body's verb is done to, or [] when the verb's subject is not
        such a body (then the ordinary readers decide)."""
        if rule.subject == "object":
            at = start + 1  # "found her guilty": the person inside the words
        elif rule.active_object or rule.subject == "next":
            at = end
        else:
            return []
        if at >= hi or any(t in _PASSIVE for t in chain) or not (
                self._body_before(doc, people, chain_start, lo) or self._gerund_of_body(doc, start, lo) or
                self._second_verb_of_body(doc, people, chain_start, lo)):
            return []
        m = people.starting_at(at)
        if m is None or m.lead != at or (m.kind == "pron" and self._other_person_between(people, m)):
            return []
        if m.end < hi and doc[m.end].lower_ in ("and", ","):
            return []  # "fired Officers A and B": a list of people, which the ordinary readers join
        return [self._owned_apposed(doc, people, m) or m]  # subject.py: "fired A's partner, B"

    @staticmethod
    def _other_person_between(people: People, pron: Mention) -> bool:
        """'The officer arrested the man after a jury convicted him': someone who is not an
        officer stands between the pronoun and the officer it would stand for, so whom it
        means is not clear; the ordinary readers decide."""
        r = pron.resolved()
        if r is None:
            return True
        return any(r.start < p.start < pron.start and p is not pron and not p.plural and
                   (p.kind == "nonpolice" or p.police is False) for p in people.mentions)

    def _body_before(self, doc: Doc, people: People, chain_start: int, lo: int) -> bool:
        """A body word ends the words right before the verb, with no person nearer and no
        clause break between."""
        bodies = self.cues.words("body", "agent")
        for j in range(chain_start - 1, max(lo, chain_start - _BODY_REACH) - 1, -1):
            t = doc[j].lower_
            if t in bodies:
                return True
            if doc[j].is_punct or t in self.w["clause_breaks"] or t in ("and", "or", "who", "which", "that"):
                return False
            if any(m.start <= j < m.end for m in people.mentions):
                return False
        return False

    def _gerund_of_body(self, doc: Doc, start: int, lo: int) -> bool:
        """'Judge Ann Roe told the court ... before sentencing him to 16 months', 'a jury
        deliberated for two hours before convicting him': a gerund after a time word has the
        subject of its sentence, here a body named in its opening words."""
        if not doc[start].lower_.endswith("ing") or start - 1 <= lo or \
                doc[start - 1].lower_ not in self.cues.words("participle", "sentence_start"):
            return False
        bodies = self.cues.words("body", "agent")
        opening = next((j for j in range(lo, start) if doc[j].is_punct and doc[j].text not in (".", "'", "’")), start)
        return any(doc[j].lower_ in bodies for j in range(lo, min(opening, lo + 8)))

    def _second_verb_of_body(self, doc: Doc, people: People, chain_start: int, lo: int) -> bool:
        """'The jury convicted Deputy A on two counts and acquitted him on the rest': a verb
        after 'and' or 'but' shares the subject of the sentence's first verb, here a body
        that opens the sentence and acts at once (cue kind body, scope clause)."""
        if chain_start - 1 <= lo or doc[chain_start - 1].lower_ not in ("and", "but"):
            return False
        bodies, acts = self.cues.words("body", "agent"), self.cues.words("body", "clause")
        for j in range(lo, min(lo + 4, chain_start - 1)):
            if doc[j].lower_ not in bodies:
                continue
            if doc[j + 1].lower_ in acts:
                return True
            # "Judge Helen Oakes told PC X ... and jailed him": a named judge opening the
            # sentence, then a verb of speech, is the subject of the verb after "and"
            named = next((m.end for m in people.mentions if m.start <= j + 1 < m.end), None)
            if named is not None and named < chain_start and doc[named].lower_ in self.w["speaker_verbs"]:
                return True
        return False

    def _served(self, doc: Doc, rule: OutcomeRule, end: int, hi: int) -> bool:
        """'retired from the police', 'resigned from the Easton Police Department': the
        words after a leaving outcome name a force, so its person served in one."""
        if rule.outcome not in _LEAVING or end >= hi or doc[end].lower_ != "from":
            return False
        forces = self.cues.words("service", "object")
        for j in range(end + 1, min(hi, end + 6)):
            if doc[j].lower_ in forces:
                return True
            if doc[j].is_punct and doc[j].text not in ("'", "’"):
                return False
        return False

    @staticmethod
    def _served_subject(m: Mention) -> Optional[str]:
        """The text of one person, not a group or a count, whom the words say served."""
        if m.plural or m.kind == "generic" or (m.det == "number" and m.count not in (None, 1)):
            return None
        r = m.resolved()
        return r.text if r is not None else None
