"""Refusals: the words around a match that say it did not happen (a question, a wish, a
price, another case, counted cases, a sentence's suspension). A mixin of OutcomeFinder; the
verb chain's negation and modality are read in verb_chain.py, conditions in conditions.py."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .. import token_lowers, token_texts
from ...rulefiles import word_set
from ..subjects import People, is_number
from .conditions import Conditions
from .finding_signs import FindingSigns
from .found import _DETERMINERS
from .ruleset import OutcomeRule
from .tallies import TallyRefusals
from .verb_chain import ChainRefusals

# crimes named with "misconduct", a court's matter: "misconduct in (public) office", US "official misconduct"
_CRIME_OF_OFFICE = re.compile(r"\b((misconduct|misfeasance) in (a )?(public )?office|official misconduct)\b")
_LENGTH_WORDS = word_set("outcome_words.json", "length_words")
# the forms of 'be' before a participle: closed-class grammar, kept in the code
_PASSIVE_AUX = frozenset({"was", "were", "been", "being", "is", "are", "be"})
_SENTENCE_WORDS = word_set("outcome_words.json", "sentence_words")
# words that put a matter in the past: with them a 'separate / unrelated case' is an earlier one
_PAST_MATTER = word_set("outcome_words.json", "past_matter")
# outcome kinds of records.py, not words
_FINDINGS = frozenset({"misconduct_proven", "misconduct_not_proven", "gross_misconduct_proven"})


class Refusals(TallyRefusals, ChainRefusals, Conditions, FindingSigns):
    """Needs self.w (models/subjects.json) and self.cues (models/outcome_cues.jsonl):
    the cue words are data, how each scope is searched is here."""

    def _context_refusal(self, doc: Doc, rule: OutcomeRule, start: int, end: int, lo: int, hi: int, lowers=None) -> str:
        """Why the words around the match say it is not an outcome here ('' when they do not)."""
        habitual, finding = self.cues.words("habitual", "sentence"), self.cues.words("finding", "sentence")
        low = lowers[lo:hi] if lowers is not None else [t.lower_ for t in doc[lo:hi]]  # People.lowers: no Tokens
        at = lambda j: low[j - lo]  # noqa: E731
        nxt = end
        while nxt < hi and doc[nxt].is_space:
            nxt += 1
        following = " ".join(at(j) for j in range(nxt, min(hi, nxt + 4)) if not doc[j].is_space)
        why = _followed_or_beside(doc, rule, following, lo, hi)
        if why:
            return why
        if rule.active_object and self._done_to_a_thing(doc, start, nxt, lo, hi):
            return "done to a thing"  # "dismissed concerns about", "had his driver's license suspended"
        if self._wished(doc, start, lo):
            return "wished for"  # "Family wants deputy charged"
        if rule.outcome == "charged" and self._priced(doc, end, hi):
            return "a price"  # "had charged drivers €25 for each test"
        if rule.outcome in _FINDINGS and self._finding_adjective(doc, start, end, lo, hi):
            return "a kind of finding"  # "Sustained complaints" as a label, "note a substantiated complaint"
        if rule.headline_only and not _headline(doc, lo, hi):
            return "not a headline"  # "the officer fired after the suspect drew a gun"
        before = self._word_before(doc, rule, start, lo)
        if before:
            return f"after '{before}'"  # "called for his dismissal", "recommended the firing of"
        if self._another_case(low):
            return "another case"  # "... a final written warning in 2018 for a separate matter"
        colon = next((k for k in range(min(len(low), 4)) if low[k] == ":"), None)
        if colon and " ".join(low[:colon]) in self.cues.words("other_case", "sentence_start"):
            return "a link to another story"  # "RELATED: Greene County jailer charged with ..."
        asks = self.cues.words("question", "sentence_end")
        if doc[hi - 1].text in asks or (hi - 2 >= lo and doc[hi - 2].text in asks):
            return "a question"  # "In how many cases did the panel find that ...?"
        if general := self._general(at, lo, start, end, habitual):
            return general  # "Sustained means there was a violation", "this was usually because ..."
        clause = self._clause_start(doc, lo, start)
        if rule.subject == "patient" and self._counted_allegations(doc, start, end, clause):
            return "counted findings"  # "Both of the supervisory complaints were sustained"
        if self._counted_context(doc, clause, start) or self._counted_after(doc, end, hi):
            return "counted cases"  # "in 21 the panel found the officer would have been dismissed"
        if rule.needs_finding and self._no_finding(doc, at, finding, lo, hi, start, end):
            return "no finding verb"  # finding_signs.py
        if not rule.modal_ok and self._conditional(doc, lo, start):
            return "conditional"
        if rule.modal_ok and self._conditional_on_finding(doc, lo, hi):
            return "conditional on a finding"  # "had he been convicted, he would have faced dismissal"
        if rule.modal_ok and self._conditional(doc, lo, start, self.cues.words("question", "clause")):
            return "a question"  # "a hearing to decide whether the officer would have been dismissed"
        if rule.not_after_sentence:
            clause = max(lo, start - 12)
            for j in range(start - 1, clause - 1, -1):
                if at(j) == ";" or (at(j) in ("and", "but", "while") and j > lo and at(j - 1) == ","):
                    clause = j
                    break
            if {at(j) for j in range(clause, start)} & _SENTENCE_WORDS or \
                    (end < hi and at(end) in ("sentence", "prison", "jail")):
                return "suspension of a sentence"
        return ""

    def _general(self, at, lo: int, start: int, end: int, habitual) -> str:
        """The sentence states what a word means or what usually happens, not a case: 'a
        definition' or 'habitual' ('this was usually because the investigation found no case to
        answer'), else ''."""
        if self._definition(at, lo, end):
            return "a definition"
        return "habitual" if any(at(j) in habitual for j in range(lo, start)) else ""

    def _definition(self, at, lo: int, end: int) -> bool:
        """A sentence that opens with a term and its defining verb ('Sustained means ...', 'A
        sustained finding is defined as ...') says what a word means, not what happened; 'which
        means the officer was fired' states a consequence, so a pronoun before the verb is no term."""
        verbs, heads = self.cues.words("definition", "sentence_start"), self.cues.words("definition", "clause")
        for k in range(lo, min(end, lo + 6)):
            if at(k) in verbs:
                return k > lo and not any(at(j) in heads for j in range(lo, k))
        return False

    def _another_case(self, low: list[str]) -> bool:
        """The sentence places the outcome in another, earlier matter: 'had been suspended in
        2019 for a separate matter', 'was previously disciplined in a prior case'. 'Officer X was
        also arrested in an unrelated case last week' is a new outcome of its own case."""
        sentence = f" {' '.join(low)} "
        return any(f" {phrase} " in sentence and not self._opens_new_case(low, phrase) and
                   (_PAST_MATTER & set(low) or _PAST_MATTER & set(phrase.split()) or
                    any(re.fullmatch(r"(19|20)\d\d", t) for t in low))
                   for phrase in self.cues.words("other_case", "sentence"))

    @staticmethod
    def _opens_new_case(low: list[str], phrase: str) -> bool:
        """'In a separate case, Officer X resigned': the phrase opening the sentence before a
        comma brings in a new case, whose outcomes are stated; 'suspended in 2018 for a separate
        matter' places an outcome in another one."""
        words = phrase.split()
        for j in range(0, 3):
            if low[j:j + len(words)] == words:
                k = j + len(words)
                return k < len(low) and low[k] == "," and all(t in ("in", "on", "during", "for", "yet", "a", "an", "the") for t in low[:j])
        return False

    @staticmethod
    def _word_before(doc: Doc, rule: OutcomeRule, start: int, lo: int) -> str:
        """The word of the rule's not_after list before the match ('' when none): right before
        it, past a length ('seeking a five-year prison term for'), or before a possessor ('can
        seek the member's dismissal')."""
        if not rule.not_after:
            return ""
        k = start - 1
        while k > lo and (doc[k].lower_ in _DETERMINERS or doc[k].lower_ in _LENGTH_WORDS or is_number(doc[k])):
            k -= 1
        if k >= lo and doc[k].lower_ in rule.not_after:
            return doc[k].lower_
        if doc[start].lower_ in ("'s", "’s"):
            j = start - 1
            while j >= lo and start - j <= 7 and not doc[j].is_punct:
                if doc[j].lower_ in rule.not_after:
                    return doc[j].lower_
                j -= 1
        return ""

    def _priced(self, doc: Doc, end: int, hi: int) -> bool:
        """A price right after the words and their object ('charged operators €25', 'charged
        each customer a fee'): money asked, not a criminal charge (cue kind price)."""
        prices = self.cues.words("price", "object")
        if not prices:
            return False
        j, seen, depth = end, 0, 0
        while j < hi and seen < 6:
            t = doc[j]
            if t.text == "(":
                depth += 1
            elif t.text == ")":
                depth = max(0, depth - 1)
            elif not depth:
                if t.is_currency or t.lower_ in prices:
                    return True
                if t.lower_ in self.w["prepositions"] or t.text in (",", ";", ":", ".") or t.lower_ in ("over", "after") or \
                        t.lower_ in self.w["clause_breaks"]:
                    return False
                seen += 1
            j += 1
        return False

    def _counted_allegations(self, doc: Doc, start: int, end: int, clause: int) -> bool:
        """Plural complaints or allegations counted before the words ('two of the three
        complaints were sustained', 'Both of the complaints ...') and against no one named
        in them: a count of findings, which is a figure."""
        nouns = self.cues.words("tally", "object")
        if not any(t.lower_ in nouns for t in doc[start:end]) or \
                any(t.lower_ == "against" for t in doc[start:min(len(doc), end + 3)]):
            return False  # "three misconduct charges were proved against him" is his
        quantifiers = self.cues.words("tally", "clause")
        for j in range(start - 1, max(clause, start - 7) - 1, -1):
            t = doc[j].lower_
            if is_number(doc[j]) or t in quantifiers:
                # "The panel found all three allegations proven": the findings of one case
                return not (j - 1 >= clause and doc[j - 1].lower_ in ("found", "finds") or
                            j - 2 >= clause and doc[j - 1].lower_ == "all" and doc[j - 2].lower_ in ("found", "finds"))
            if (doc[j].is_punct and doc[j].text not in ("/", "-", "'", "’")) or \
                    (t in _DETERMINERS and not (j > clause and doc[j - 1].lower_ == "of")):
                return False  # the noun phrase ends: "found the allegations", not "both of the complaints"
        return False

    def _done_to_a_thing(self, doc: Doc, start: int, nxt: int, lo: int, hi: int) -> bool:
        """A thing right after an active verb ('dismissed concerns about'), or a thing
        right before a causative participle ('had his driver's license suspended')."""
        if nxt < hi and doc[nxt].lower_ in self.cues.words("thing", "object") and \
                not any(doc[j].lower_ in _PASSIVE_AUX for j in range(max(lo, start - 3), start)):
            return True
        return start - 1 >= lo and doc[start - 1].lower_ in self.cues.words("thing", "before_chain")

    def _wished(self, doc: Doc, start: int, lo: int) -> bool:
        """A bare participle after a wish verb and its object, with no auxiliary between
        ('wants deputy charged', 'demanded the officers fired')."""
        wishes = self.cues.words("hypothetical", "clause")
        for j in range(start - 1, max(lo, start - 6) - 1, -1):
            t = doc[j].lower_
            if t in wishes:
                return j < start - 1
            if doc[j].is_punct or t in self.w["aux"] or t in self.w["clause_breaks"] or t in ("who", "that", "which"):
                return False
        return False

    def _misconduct_context(self, doc: Doc, people: People, start: int) -> bool:
        """The sentence, or the one before, speaks of a misconduct hearing and not of a court."""
        sent = people.sent_of[start]
        lo = people.sent_bounds[max(0, sent - 1)][0]
        hi = people.sent_bounds[sent][1]
        text = _CRIME_OF_OFFICE.sub(" ", doc[lo:hi].text.lower())  # the crime is a court matter
        words_ = set(re.findall(r"[a-z]+", text))
        return bool(words_ & self.w["misconduct_context"]) and not words_ & self.w["court_context"]

    def _clause_start(self, doc: Doc, lo: int, start: int) -> int:
        lowers, texts = token_lowers(doc), token_texts(doc)  # words, not a Token per step back
        for j in range(start - 1, lo - 1, -1):
            t = lowers[j]
            if t == ";" or t in self.w["clause_breaks"] or (t in ("and", "but") and j > lo and texts[j - 1] == ","):
                return j + 1
        return lo


def _headline(doc: Doc, lo: int, hi: int) -> bool:
    """A short line that ends without a full stop: a headline, a caption, a table cell."""
    words = [t for t in doc[lo:hi] if not t.is_space]
    return 0 < len(words) <= 16 and words[-1].text not in (".", "!", "?", '"', "”")


def _followed_or_beside(doc: Doc, rule: OutcomeRule, following: str, lo: int, hi: int) -> str:
    """The rule's not_before words right after the match, or its not_with words in the sentence
    or the 60 words before it ('for breaching discipline ... One garda was fined €400')."""
    for words_ in rule.not_before:
        if following == words_ or following.startswith(words_ + " "):
            return f"followed by '{words_}'"
    if rule.not_with and any(t.lower_ in rule.not_with for t in doc[max(0, lo - 60):hi]):
        return "beside a word of another frame"
    return ""
