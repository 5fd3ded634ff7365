"""Refusals read in the verb chain before a match: negation ('has not been charged'),
modality ('could be dismissed'), intention ('is expected to be sacked'), a request ('recommended
that PC X be dismissed') and what a chain says was decided ('voted 5-0 to revoke'). A mixin of
OutcomeFinder, through Refusals (context.py)."""

from __future__ import annotations

from spacy.tokens import Doc

from ...rulefiles import word_set
from .. import token_lowers
from .agreement import BASE_FORMS, restated_state
from .contracted import contracted_has
from .ellipsis import SharedChain
from .ruleset import OutcomeRule

# "a determination of the Commissioner that Garda X should be dismissed": a decision named by its noun
_DECISION_NOUNS = word_set("outcome_words.json", "decision_nouns")
_THAT_REACH = 30  # tokens from a 'should' back to the 'that' opening its clause
_DECIDER_REACH = 12  # tokens from that 'that' back to the decision word governing it
# the prepositions and modifiers before a month, read to tell 'in May' from the modal 'may': a closed class
_MONTH_LEADS = frozenset({"in", "early", "late", "mid", "mid-", "since", "of", "last", "next", "this", "until", "by",
                          "from", "through", "before", "after", "during", "on"})


def _month_may(doc: Doc, k: int, lo: int) -> bool:
    return doc[k].text == "May" and k - 1 >= lo and doc[k - 1].lower_ in _MONTH_LEADS


class ChainRefusals(SharedChain):
    """Needs self.w (models/subjects.json), self.cues (models/outcome_cues.jsonl) and
    self._ordinal_infinitive (reduced.py): the cue words are data, how a chain is read is here."""

    def _verb_chain(self, doc: Doc, start: int, lo: int) -> tuple[int, list[str]]:
        """The auxiliaries and adverbs before the match ('was also', 'has since been',
        'would have been', 'was found to have') and where they start."""
        w = self.w
        if doc[start].lower_ in w["determiners_possessive"]:
            return start, []  # "led to his removal from duty": a noun phrase has no verb chain
        k = start - 1
        chain: list[str] = []
        while k >= lo:
            t = doc[k].lower_
            if _month_may(doc, k, lo):
                break  # "accused of hitting a driver in early May has resigned": the month, not a modal
            if t == "to" and k - 1 >= lo and doc[k - 1].lower_ in w["finding_to"]:
                k -= 2  # "was found to have no case to answer": a finding, not an intention
                continue
            never_before = t == "before" and k - 1 >= lo and doc[k - 1].lower_ in ("never", "ever", "not")
            if not (t in w["aux"] or contracted_has(doc, k) or t in w["adverbs"] or t in self.cues.chain_words or
                    self._inner_adverb(doc, k, lo) or never_before):  # "had never before faced criminal charges"
                break
            chain.insert(0, t)
            k -= 1
        return k + 1, chain

    def _requested(self, doc: Doc, chain_start: int, lo: int) -> bool:
        """A request verb (cue scope subjunctive) earlier in the clause of a bare 'be'."""
        asks = self.cues.words("hypothetical", "subjunctive")
        for j in range(chain_start - 1, max(lo, chain_start - 12) - 1, -1):
            t = doc[j].lower_
            if t in asks:
                return True
            if t in (";", ":") or t in self.w["clause_breaks"] or t in self.w["decision_verbs"]:
                return False
        return False

    def _inner_adverb(self, doc: Doc, k: int, lo: int) -> bool:
        """'were not criminally charged', 'has been formally dismissed': an -ly adverb the
        lists do not hold, inside the chain (an auxiliary or negation right before it)."""
        t = doc[k]
        if not (t.is_lower and t.is_alpha and t.text.endswith("ly") and len(t.text) > 4 and k - 1 >= lo):
            return False
        prev = doc[k - 1].lower_
        return prev in self.w["aux"] or prev in self.cues.words("negation", "chain")

    def _chain_refusal(self, doc: Doc, rule: OutcomeRule, chain_start: int, chain: list[str], lo: int,
                       end: int = 0, hi: int = 0) -> str:
        """Negation, modality or intention in the verb chain ('' when there is none)."""
        w, cue = self.w, self.cues
        k = chain_start - 1
        before = doc[k].lower_ if k >= lo and not _month_may(doc, k, lo) else ""
        negators = cue.words("negation", "chain")
        if (any(t in negators for t in chain) and not self._delayed(doc, chain, end, hi)) or \
                before in cue.words("negation", "before_chain") or self._instead(doc, chain_start, lo):
            return "negated"
        window = cue.window("negation", "coordinated")
        if before in cue.words("negation", "coordinated") and \
                any(doc[j].lower_ in negators for j in range(max(lo, k - window), k)):
            return "negated"  # "has not been arrested or charged"
        alternative, before_alternative = cue.words("alternative", "chain"), cue.words("alternative", "before_chain")
        if before in cue.words("alternative", "coordinated") and any(
                doc[j].lower_ in alternative and not (j > lo and doc[j - 1].lower_ in before_alternative)
                for j in range(max(lo, k - cue.window("alternative", "coordinated")), k)):
            return "the other of two alternatives"  # "either resigned or been terminated": one event
        if (chain[:1] == ["be"] or not chain and doc[chain_start].lower_ in BASE_FORMS) and \
                self._requested(doc, chain_start, lo):
            return "hypothetical"  # "recommended that PC X be dismissed", "... that the board revoke his licence"
        joined = f" {' '.join(chain)} "
        decided = any(f" {phrase} " in joined for phrase in cue.words("decided", "chain")) or \
            (self._adverbs_then_to(chain) and (self._decided_before(doc, k, lo) or self._second_infinitive(doc, k, lo))) or \
            chain[:1] == ["to"] and self._ordinal_infinitive(doc, k, lo)  # "the first chief constable to be sacked"
        hypothetical, modal = cue.words("hypothetical", "chain"), cue.words("modal", "chain")
        if (any(t in hypothetical for t in chain) and not decided) or \
                before in cue.words("hypothetical", "before_chain"):
            return "hypothetical"  # "is expected to be dismissed", "faces being sacked"
        if any(t in modal for t in chain) and not rule.modal_ok:
            decided = any(doc[j].lower_ in w["decision_verbs"] for j in range(max(lo, chain_start - 8), chain_start)) \
                or self._should_in_decided_clause(doc, chain_start, lo)
            if not (decided and "should" in chain):  # "a panel decided that he should be dismissed"
                return "modal"
        if restated_state(doc, chain_start + len(chain), lo):
            return "a state restating its event"  # "... were indicted. Former deputies A and B face counts of"
        return self._shared_refusal(doc, rule, chain_start, chain, lo, end, hi)  # "not be removed or suspended"

    def _should_in_decided_clause(self, doc: Doc, chain_start: int, lo: int) -> bool:
        """'decided that Neil Roe, the interested party, should be', 'concluded that his acts
        amounted to misconduct and he should be', 'a determination ... that Garda X should be':
        the 'that' clause a 'should' stands in, however long its subject or its first clause,
        is governed by a decision verb or noun (the nearest 'that' before the chain decides)."""
        for j in range(chain_start - 1, max(lo, chain_start - _THAT_REACH) - 1, -1):
            low = doc[j].lower_
            if low in (";", ":", ".") or low in self.w["speaker_verbs"]:
                return False
            if low == "that":
                return self._decides_that(doc, j, lo)
        return False

    def _decides_that(self, doc: Doc, that: int, lo: int) -> bool:
        """The word governing a 'that': a decision verb or noun, found walking back past its
        maker ('the ruling of the board that'), never past another verb ('argued that'), a
        comma or a conjunction that opens another clause."""
        for i in range(that - 1, max(lo, that - _DECIDER_REACH) - 1, -1):
            low = doc[i].lower_
            if low in self.w["decision_verbs"] or low in _DECISION_NOUNS:
                return True
            if low in (",", ";", "but", "and", "or", "while") or low.endswith("ed") or low in self.w["speaker_verbs"]:
                return False
        return False

    def _decided_before(self, doc: Doc, k: int, lo: int) -> bool:
        """A decision word right before an infinitive, or a few words before it with only a
        vote's tally, a day or an adverb between ('voted 5-0 on Thursday to revoke')."""
        words = self.cues.words("decided", "before_chain")
        for j in range(k, max(lo - 1, k - 6), -1):
            if doc[j].lower_ in words:
                return True
            if doc[j].is_punct and doc[j].text != "-" or doc[j].lower_ in ("to", "not", "and", "but"):
                return False
        return False

    def _adverbs_then_to(self, chain: list[str]) -> bool:
        """'to', or adverbs then 'to' ('voted unanimously to revoke'): an infinitive's chain."""
        if "to" not in chain:
            return False
        lead = chain[:chain.index("to")]
        return all(t in self.w["adverbs"] or t.endswith("ly") for t in lead)

    def _second_infinitive(self, doc: Doc, k: int, lo: int) -> bool:
        """'agreed not to seek police work again and to surrender his certification': an
        infinitive after 'and' shares the decision word of the infinitive before it."""
        if not (k >= lo and doc[k].lower_ == "and"):
            return False
        for j in range(k - 1, max(lo - 1, k - 14), -1):
            if doc[j].is_punct and doc[j].text not in ("-", ","):
                return False
            if doc[j].lower_ == "to":
                m = j - 1 if j - 1 >= lo and doc[j - 1].lower_ != "not" else j - 2
                return m >= lo and self._decided_before(doc, m, lo)
        return False

    def _delayed(self, doc: Doc, chain: list[str], end: int, hi: int) -> bool:
        """'was not arrested until earlier this year': a plain 'not' and an 'until' after the
        words in their clause say when it happened, not that it did not; a modal or a
        future ('will not be charged until ...') still refuses."""
        if not end or any(t not in ("not", "n't", "n’t") for t in chain if t in self.cues.words("negation", "chain")) or \
                any(t in self.cues.words("modal", "chain") or t in ("will", "shall", "to") for t in chain):
            return False
        until = self.cues.words("delayed", "clause")
        for j in range(end, min(hi, end + 6)):
            t = doc[j].lower_
            if t in until:
                return True
            if doc[j].is_punct or t in self.w["clause_breaks"]:
                return False
        return False

    def _instead(self, doc: Doc, chain_start: int, lo: int) -> bool:
        """'resigned in lieu of being fired', 'rather than be dismissed': the words right
        before the chain name the outcome that was not taken (multi-word cues of scope
        before_chain)."""
        phrases = [p for p in self.cues.words("negation", "before_chain") if " " in p]
        if not phrases or chain_start - 1 < lo:
            return False
        before = " ".join(token_lowers(doc)[max(lo, chain_start - 3):chain_start])  # no Span, no Tokens
        return any(before == p or before.endswith(" " + p) for p in phrases)
