"""Whether a clause, read with its subject, states an outcome that happened: refused when it
states a habit or a rule ("an officer who lies is dismissed", "A garda facing charges should
be suspended"), someone else's outcome ("after his arrest" of a prisoner), one counted in
figures, a negated finding or an event to come ("until he is charged")."""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Doc

from .. import token_lowers, token_texts
from ..subjects import People
from .context import _headline
from .possessor import possessor_not_police
from .present import one_case_present
from .ruleset import OutcomeRule

_YEAR = re.compile(r"(19|20)\d\d")  # a year named in a sentence of figures (_one_of_a_tally)

# a clause after the verb that these open is the outcome's time, not the rule's main verb
_TIME_CLAUSES = frozenset({"before", "after", "until", "till", "once", "as", "since"})


class StatedRefusals:
    """OutcomeFinder's reading of a clause with its subject (after the context and chain refusals)."""

    def _stated_refusal(self, doc: Doc, rule: OutcomeRule, subjects: list, start: int, end: int, chain_start: int,
                        chain: list, lo: int, hi: int, people: Optional[People] = None) -> str:
        """Why the clause, read with its subject, states no outcome that happened ('' when it does)."""
        if any(t in self.cues.words("habitual", "sentence") for t in chain):
            return "habitual"  # "an officer who is convicted is usually dismissed"
        first = subjects[0]
        if rule.subject == "next" and self._offence_in_title_case(doc, first, lo, hi):
            return "an offence in a Title Case headline"  # "... in Prison for Beating Inmate"
        if first.lead > lo and doc[first.lead - 1].lower_ == "or" and not (
                first.lead - 2 >= lo and doc[first.lead - 2].lower_ in self.w["service_states"]):
            return "either person"  # "an officer or staff member being dismissed"
        if self._any_such_officer(doc, first, start, chain_start, chain, end, hi):
            return "any such officer"  # "A garda facing criminal charges should be suspended"
        if doc[start].lower_ in ("'s", "’s") and start - 1 >= lo and doc[start - 1].is_title and first.end != start:
            return "someone else's"  # "the row which led to Andrew Mitchell's resignation": not the officer's
        if people is not None and possessor_not_police(doc, people, start, end, lo, self.w):
            return "someone else's"  # "an injury to a suspect immediately following his arrest"
        if self._one_of_a_tally(doc, first, lo, hi):
            return "one counted in figures"  # "The figures show one garda suspended in 2016 remains suspended"
        if self._negated_in_clause(doc, chain_start, lo):
            return "negated earlier in its clause"  # "found no evidence that PC X had breached the standards"
        if chain == ["being"] and first.end == chain_start and first.det in ("indef", "generic", "") and \
                first.kind not in ("name", "pron") or \
                self._future_clause(doc, first, chain, lo):
            # "ended with an officer being dismissed", "until he is charged"; a named person is a
            # case, not a kind: "led to PC X being charged", and so is one a pronoun stands for:
            # "which led to him being sacked"
            return "not stated as having happened"
        if chain and set(chain) <= self.w["present_aux"] | self.w["adverbs"] and "now" not in chain and \
                not doc[start].lower_.endswith("ing") and doc[start].lower_ != "on" and not _headline(doc, lo, hi) and \
                subjects[0].det in ("indef", "", "generic") and subjects[0].kind in ("desc", "generic") and \
                not self._decided_that(doc, subjects[0], chain, lo) and \
                not (doc[start].lower_.endswith("ed") and not set(chain) & self.w["present_aux"]) and \
                not one_case_present(doc, subjects[0], start, self.w["one_case_present_verbs"]):  # "later resigned"
            return "generic present"  # "an officer who lies is dismissed"
        return ""

    @staticmethod
    def _offence_in_title_case(doc: Doc, first, lo: int, hi: int) -> bool:
        """'Former Officer Sentenced to 30 Months in Prison for Beating Inmate': in a headline
        that capitalises every word, a gerund after 'for' is the offence, not a name."""
        word = doc[first.lead].text
        return len(word) > 5 and word.endswith("ing") and word[:1].isupper() and first.lead > lo and \
            doc[first.lead - 1].lower_ == "for" and _headline(doc, lo, hi)

    def _decided_that(self, doc: Doc, first, chain: list, lo: int) -> bool:
        """'The DPP directed that a garda be charged': a bare 'be' after a decision verb and
        'that' is the decision, not a generic present."""
        k = first.lead - 1
        if chain != ["be"] or k < lo:
            return False
        k = k - 1 if doc[k].lower_ == "that" else k
        return k >= lo and doc[k].lower_ in self.w["decision_verbs"]

    def _one_of_a_tally(self, doc: Doc, first, lo: int, hi: int) -> bool:
        """'The figures show one garda suspended in 2016 remains on suspension': 'one' officer
        in a sentence that reports figures over a period is a count of one (a figure), as
        a group counted so is (groups.py _tally); 'One garda was suspended on Friday' is not."""
        if not (first.det == "number" and first.count == 1 and not first.plural):
            return False
        rule = self.w["group_outcome"]
        lows = {t.lower_ for t in doc[lo:hi]}
        return bool(lows & set(rule["tally_frames"])) and (
            bool(lows & set(rule["not_with"])) or any(_YEAR.fullmatch(t.text) for t in doc[lo:hi]))

    def _negated_in_clause(self, doc: Doc, chain_start: int, lo: int) -> bool:
        """A negation cue of scope clause (models/outcome_cues.jsonl: 'no evidence that') earlier
        in the clause, no comma between: the finding it introduces was looked for and not made
        ('While the panel found no evidence that ..., they determined that gross misconduct was
        proven' is a finding)."""
        phrases = self.cues.words("negation", "clause")
        words, k = [], chain_start - 1
        lowers, texts = token_lowers(doc), token_texts(doc)  # words, not a Token per step back
        while k >= lo and texts[k] not in (";", ",") and lowers[k] not in self.w["clause_breaks"]:
            words.append(lowers[k])
            k -= 1
        text = f" {' '.join(reversed(words))} "
        return any(f" {p} " in text for p in phrases)

    def _future_clause(self, doc: Doc, first, chain: list, lo: int) -> bool:
        """'until he is charged', 'once the deputy is sentenced': a clause opened by one of these
        words, its verb in the present, is an event to come (cue scope present_clause_start)."""
        return bool(chain) and chain[0] in ("is", "are") and first.lead > lo and \
            doc[first.lead - 1].lower_ in self.cues.words("condition", "present_clause_start")

    def _any_such_officer(self, doc: Doc, first, start: int, chain_start: int, chain: list, end: int,
                          hi: int) -> bool:
        """An indefinite officer in a rule, not a case: 'A garda facing charges should be
        suspended' (a modal main verb after a reduced relative), 'An officer who resigned
        before the hearing is counted in ...' (a present main verb after a relative clause)."""
        if first.det != "indef" or first.plural:
            return False
        if not chain and first.end == start:  # not "in May", nor "resigned before he could face a panel"
            stop = next((j for j in range(end, hi) if doc[j].lower_ in self.w["clause_breaks"] or
                         doc[j].lower_ in self.cues.words("decided", "reason") or doc[j].lower_ == "before"), hi)
            return any(doc[j].text in self.cues.words("modal", "chain") for j in range(end, stop))
        if not (first.end < len(doc) and doc[first.end].lower_ == "who" and first.end < chain_start) or \
                any(doc[j].text in (",", ";", ":") for j in range(first.end, start)):
            return False
        timed = False  # "who was under investigation ... retired before the department could finish": its modal
        for j in range(end, hi):
            t = doc[j].text
            if t in (",", ";", ":") or t.lower() in self.w["clause_breaks"]:
                return False
            timed = timed or t.lower() in _TIME_CLAUSES
            if t in self.cues.words("modal", "chain") and not timed:
                return True
            if t in self.w["present_aux"]:  # "is counted", not "is now suing" or "is expected to"
                k = j + 1
                while k < hi and doc[k].lower_ in self.w["adverbs"]:
                    k += 1
                nxt = doc[k].lower_ if k < hi else ""
                return nxt.endswith(("ed", "en")) and nxt not in self.cues.words("hypothetical", "before_chain") \
                    and nxt not in self.w["speaker_verbs"]
        return False
