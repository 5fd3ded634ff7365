"""A participle phrase between the person who opens a sentence and the verb: "A deputy seen on
video kicking a handcuffed man has been placed on leave", "An officer charged last month with
assault was fired", "A former trooper fired for misconduct in 2019 has admitted assault" (any
passive participle with no object, not only the ones the cues list). The people inside the
phrase are its objects, never the verb's subject. A mixin of OutcomeFinder (through AgentFinder).
It also finds the person before the clause when the clause ends right before the verb: a
participle clause ("Two of the 18 officers facing federal charges pleaded guilty") or a "who"
clause ("A former captain who pleaded guilty to bribery was sentenced").

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

from ...rulefiles import word_set
from ..subjects import Mention, People
from .found import _DETERMINERS, _FINITE_AUX

# words that open a time phrase after a participle: "jailed last year", "fired this week"
_TIME_WORDS = word_set("outcome_words.json", "time_words")
# prepositions of time and cause the subjects' list leaves out: "demoted after an escape",
# "suspended over a death", "dismissed without notice", "jailed during the inquiry"
_PHRASE_OPENERS = frozenset({"after", "over", "following", "without", "during", "under", "since", "before", "amid",
                             "until", "as"})

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
                not self._opens_phrase(doc, first.end, chain_start):
            return None
        for j in range(first.end, chain_start):
            if not self._inside_phrase(doc, people, j, chain_start):
                return None
        return first

    def _opens_phrase(self, doc: Doc, j: int, chain_start: int) -> bool:
        """Token j opens a participle phrase: a participle the cues list ("accused", "seen"), or
        any passive participle, regular or not, with no object of its own, that a preposition,
        an adverb or a time word follows ("fired for misconduct", "sacked by the Met", "jailed
        last year", "shot in the leg"); not a past tense with its object ("fired his gun")."""
        low = doc[j].lower_
        if low in self.cues.words("participle", "agent"):
            return True
        if not (doc[j].is_lower and (low.endswith("ed") or low in self.w["irregular_participles"])) or \
                low in self.w["finite_only_verbs"] or low in self.w["speaker_verbs"] or j + 1 >= chain_start:
            return False
        nxt = doc[j + 1].lower_
        return nxt in self.w["prepositions"] or nxt in self.w["adverbs"] or nxt in _TIME_WORDS or nxt in _PHRASE_OPENERS

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

    def _before_participle_clause(self, doc: Doc, people: People, k: int, lo: int) -> Optional[Mention]:
        """'Two of the 18 officers facing federal charges pleaded guilty', 'A Tulsa County deputy
        accused of stalking a former girlfriend has resigned': the noun before the verb closes a
        participle clause on the person before it, who is the verb's subject (the first person
        of the clause, nothing but words between). Called only where an auxiliary opens the
        verb or a thing ends the clause: 'The chief placed X on leave' has no participle clause."""
        start = max(lo, k - 14)
        for j in range(k, start - 1, -1):
            if doc[j].is_punct or doc[j].lower_ in self.w["clause_breaks"] or doc[j].lower_ in self.w["relative_pronouns"]:
                start = j + 1
                break
        m = next((p for p in people.mentions if start <= p.lead and p.end < k and
                  not (p.lead > lo and doc[p.lead - 1].lower_ in self.w["prepositions"])), None)
        if m is None or m.end >= len(doc) or any(doc[j].lower_ in ("and", "or", "but") for j in range(m.end, k)):
            return None  # "Deputy Ana Ruiz received 30 months and Deputy Tom Birch was ...": two clauses
        part = doc[m.end]
        if part.is_lower and (part.lower_.endswith(("ing", "ed")) or part.lower_ in self.w["irregular_participles"]) \
                and part.lower_ not in self.w["aux"] and part.lower_ not in self.w["speaker_verbs"]:
            return self._partitive(doc, people, m, lo) or m
        return None

    def _before_who_clause(self, doc: Doc, people: People, k: int, lo: int) -> Optional[Mention]:
        """'A former captain who pleaded guilty to bribery charges was sentenced', 'An officer who
        was fired after an internal investigation has resigned': the thing before the verb ends
        a 'who' clause on an officer, who is the verb's subject. Not past a clause break, a
        speaker's verb or a conjunction: 'the officer who arrested him said the charges ...'."""
        for j in range(k - 1, max(lo, k - 20) - 1, -1):
            t = doc[j].lower_
            if doc[j].is_punct or t in self.w["clause_breaks"] or t in self.w["speaker_verbs"] or \
                    t in ("and", "or", "that"):
                return None
            if t == "who" and j - 1 >= lo:
                m = people.ending_at(j - 1) or self._before_place_phrase(doc, people, j - 1, lo)
                return m if m is not None and m.police and not m.plural else None
        return None


    def _before_place_phrase(self, doc: Doc, people: People, k: int, lo: int) -> Optional[Mention]:
        """The person whose prepositional phrase ends at token k: 'An officer with the Dallas
        Police Department who shot a teenager was fired', 'A sergeant at Holman prison who ...':
        the phrase says where the officer serves, and the relative clause after it is still
        the officer's. Only a short phrase with no person, comma or verb in it."""
        for j in range(k, max(lo, k - 9) - 1, -1):
            t = doc[j]
            inner = people.ending_at(j)
            if t.is_punct and t.text not in (".", "'", "’") or inner is not None and j != k and not inner.owner:
                return None  # "with the sheriff's office": an owner of the place is no second person
            if t.lower_ in self.w["prepositions"] and j - 1 >= lo:
                m = people.ending_at(j - 1)
                return m if m is not None and m.kind != "name" else None
            if t.is_lower and (t.lower_ in _FINITE_AUX or t.lower_.endswith("ed")):
                return None
        return None

    def _ordinal_infinitive(self, doc: Doc, k: int, lo: int) -> bool:
        """The person noun ending at token k is picked out by an ordinal or 'only' and the
        infinitive after it states what happened to them, not an intention: "the first chief
        constable to be sacked", "the only officer to be charged", "the third deputy in a year to
        be fired" (models/subjects.json infinitive_ordinals)."""
        ordinals = self.w["infinitive_ordinals"]
        for j in range(k, max(lo, k - 8) - 1, -1):
            t = doc[j]
            if t.lower_ in ordinals:
                return j - 1 >= lo and (doc[j - 1].lower_ in _DETERMINERS or doc[j - 1].text in ("'s", "’s"))
            if t.is_punct or t.lower_ in _FINITE_AUX or t.lower_ in self.w["relative_pronouns"]:
                return False
        return False

def _dateline_only(doc: Doc, lo: int, lead: int) -> bool:
    """Nothing before the person but the words of its description that the mention left out
    ("A former St. Johns County deputy") or a dateline ("SALISBURY --", "LONDON, Ky. —")."""
    return all(doc[j].is_punct or doc[j].text[:1].isupper() or doc[j].lower_ in _DETERMINERS or
               doc[j].lower_ in _DESCRIPTION for j in range(lo, lead))


# words of a description a mention may leave before its lead
_DESCRIPTION = word_set("outcome_words.json", "description_words")
