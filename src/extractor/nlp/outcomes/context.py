"""Refusals: the words around a match that say it did not happen (negation, modality,
condition, a question, counted cases, a sentence's suspension). A mixin of OutcomeFinder."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ...rulefiles import word_set
from ..subjects import People, is_number
from .agreement import BASE_FORMS, restated_state
from .contracted import contracted_has
from .ellipsis import SharedChain
from .found import _DETERMINERS
from .ruleset import OutcomeRule
from .tallies import TallyRefusals

# crimes named with "misconduct", a court's matter: "misconduct in (public) office", US "official misconduct"
_CRIME_OF_OFFICE = re.compile(r"\b((misconduct|misfeasance) in (a )?(public )?office|official misconduct)\b")
_LENGTH_WORDS = word_set("outcome_words.json", "length_words")
# the forms of 'be' before a participle: closed-class grammar, kept in the code
_PASSIVE_AUX = frozenset({"was", "were", "been", "being", "is", "are", "be"})
_SENTENCE_WORDS = word_set("outcome_words.json", "sentence_words")


# the prepositions and modifiers before a month, read to tell 'in May' from the modal 'may': a closed class
_MONTH_LEADS = frozenset({"in", "early", "late", "mid", "mid-", "since", "of", "last", "next", "this", "until", "by",
                          "from", "through", "before", "after", "during", "on"})


# words that put a matter in the past: with them a 'separate / unrelated case' is an earlier one
_PAST_MATTER = word_set("outcome_words.json", "past_matter")
# outcome kinds of records.py, not words
_FINDINGS = frozenset({"misconduct_proven", "misconduct_not_proven", "gross_misconduct_proven"})


def _month_may(doc: Doc, k: int, lo: int) -> bool:
    return doc[k].text == "May" and k - 1 >= lo and doc[k - 1].lower_ in _MONTH_LEADS

class Refusals(TallyRefusals, SharedChain):
    """Needs self.w (models/subjects.json) and self.cues (models/outcome_cues.jsonl):
    the cue words are data, how each scope is searched is here."""

    def _context_refusal(self, doc: Doc, rule: OutcomeRule, start: int, end: int, lo: int, hi: int, lowers=None) -> str:
        """Why the words around the match say it is not an outcome here ('' when they do not)."""
        w, habitual, finding = self.w, self.cues.words("habitual", "sentence"), self.cues.words("finding", "sentence")
        low = lowers[lo:hi] if lowers is not None else [t.lower_ for t in doc[lo:hi]]  # People.lowers: no Tokens
        at = lambda j: low[j - lo]  # noqa: E731
        nxt = end
        while nxt < hi and doc[nxt].is_space:
            nxt += 1
        following = " ".join(at(j) for j in range(nxt, min(hi, nxt + 4)) if not doc[j].is_space)
        for words_ in rule.not_before:
            if following == words_ or following.startswith(words_ + " "):
                return f"followed by '{words_}'"
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
        if any(at(j) in habitual for j in range(lo, start)):
            return "habitual"  # "this was usually because the investigation found no case to answer"
        clause = self._clause_start(doc, lo, start)
        if rule.subject == "patient" and self._counted_allegations(doc, start, end, clause):
            return "counted findings"  # "Both of the supervisory complaints were sustained"
        if self._counted_context(doc, clause, start) or self._counted_after(doc, end, hi):
            return "counted cases"  # "in 21 the panel found the officer would have been dismissed"
        if rule.needs_finding and not any(at(k) in w["decision_verbs"] or at(k) in ("proven", "proved") for k in range(
                lo, start)) and not any(at(k) in finding for k in range(lo, hi)
                                        if not start <= k < end):  # "breached ..., amounting to gross misconduct"
            return "no finding verb"
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
            decided = any(doc[j].lower_ in w["decision_verbs"] for j in range(max(lo, chain_start - 8), chain_start))
            if not (decided and "should" in chain):  # "a panel decided that he should be dismissed"
                return "modal"
        if restated_state(doc, chain_start + len(chain), lo):
            return "a state restating its event"  # "... were indicted. Former deputies A and B face counts of"
        return self._shared_refusal(doc, rule, chain_start, chain, lo, end, hi)  # "not be removed or suspended"

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
        before = " ".join(t.lower_ for t in doc[max(lo, chain_start - 3):chain_start])
        return any(before == p or before.endswith(" " + p) for p in phrases)

    def _misconduct_context(self, doc: Doc, people: People, start: int) -> bool:
        """The sentence, or the one before, speaks of a misconduct hearing and not of a court."""
        sent = people.sent_of[start]
        lo = people.sent_bounds[max(0, sent - 1)][0]
        hi = people.sent_bounds[sent][1]
        text = _CRIME_OF_OFFICE.sub(" ", doc[lo:hi].text.lower())  # the crime is a court matter
        words_ = set(re.findall(r"[a-z]+", text))
        return bool(words_ & self.w["misconduct_context"]) and not words_ & self.w["court_context"]

    def _clause_start(self, doc: Doc, lo: int, start: int) -> int:
        for j in range(start - 1, lo - 1, -1):
            t = doc[j].lower_
            if t == ";" or t in self.w["clause_breaks"] or (t in ("and", "but") and j > lo and doc[j - 1].text == ","):
                return j + 1
        return lo

    def _inverted_condition(self, doc: Doc, k: int, lo: int) -> bool:
        """'Had he been convicted, ...', 'Were the allegation proven, ...': a condition
        stated by putting the auxiliary first, at the start of a clause."""
        if doc[k].lower_ not in self.cues.words("condition", "clause_start") or k + 1 >= len(doc):
            return False
        if k > lo and not (doc[k - 1].text in (",", ";", ":", "(", "-", "–", "—") or
                           doc[k - 1].lower_ in ("and", "but", "yet", "that") or self._modal_before(doc, k, lo)):
            return False
        nxt = doc[k + 1]
        return nxt.lower_ in ("he", "she", "they", "it", "the", "this", "that", "a", "an", "his", "her", "their") \
            or (nxt.text[:1].isupper() and nxt.is_alpha)

    def _modal_before(self, doc: Doc, k: int, lo: int) -> bool:
        """'would have received two years had he pleaded guilty': a main clause with a modal
        earlier in the sentence puts the inverted 'had he' after it without a comma."""
        modals = self.cues.words("modal", "chain")
        return any(doc[j].lower_ in modals for j in range(max(lo, k - 12), k - 1))

    def _conditional(self, doc: Doc, lo: int, start: int, opens: frozenset = frozenset()) -> bool:
        """An 'if' / 'unless' / 'whether', or a clause opened by 'Had he ...', earlier in the
        same clause: 'If convicted he could be jailed', 'Had he been convicted' but not
        '..., and he remains suspended'; a sentence opened by 'Where ...'. Given `opens`,
        only those words."""
        inverted = not opens
        opens = opens or self.cues.words("condition", "clause") | self.cues.words("question", "clause")
        first = self.cues.words("condition", "sentence_start") if inverted else frozenset()
        for k in range(start - 1, lo - 1, -1):
            t = doc[k].lower_
            if t in opens or (inverted and self._inverted_condition(doc, k, lo)) or (k == lo and t in first):
                return True
            if t == ";" or (t in ("and", "but", "while") and k > lo and doc[k - 1].text == ","):
                return False
        return False

    def _conditional_on_finding(self, doc: Doc, lo: int, hi: int) -> bool:
        """A condition in the sentence that a conviction or a finding had been made: 'Had he
        been convicted, he would have faced dismissal', 'he would have been dismissed if the
        allegations had been proven'. A would-have-been-dismissed finding is conditional on
        the officer still serving ('had he not resigned', 'if still serving'), never on a
        finding that was not made."""
        opens = self.cues.words("condition", "clause")
        for k in range(lo, hi):
            if not (doc[k].lower_ in opens or self._inverted_condition(doc, k, lo)):
                continue
            for j in range(k + 1, min(hi, k + 12)):
                t = doc[j].lower_
                if t in (",", ";", ":", ".") or t in self.cues.words("modal", "chain") or t in self.w["clause_breaks"] \
                        or t in ("before", "after"):
                    break
                if t in self.w["finding_words"]:
                    return True
        return False


def _headline(doc: Doc, lo: int, hi: int) -> bool:
    """A short line that ends without a full stop: a headline, a caption, a table cell."""
    words = [t for t in doc[lo:hi] if not t.is_space]
    return 0 < len(words) <= 16 and words[-1].text not in (".", "!", "?", '"', "”")
