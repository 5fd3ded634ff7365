"""Conditions around a match: 'If convicted he could be jailed', 'Had he been convicted, he
would have faced dismissal', 'a hearing to decide whether the officer would have been
dismissed'. A mixin of OutcomeFinder, through Refusals (context.py)."""

from __future__ import annotations

from spacy.tokens import Doc

from .. import token_lowers, token_texts

class Conditions:
    """Needs self.w (models/subjects.json) and self.cues (models/outcome_cues.jsonl)."""

    def _inverted_condition(self, doc: Doc, k: int, lo: int) -> bool:
        """'Had he been convicted, ...', 'Were the allegation proven, ...': a condition
        stated by putting the auxiliary first, at the start of a clause."""
        lowers = token_lowers(doc)  # each test below reads words, never Tokens
        if lowers[k] not in self.cues.words("condition", "clause_start") or k + 1 >= len(doc):
            return False
        if k > lo and not (token_texts(doc)[k - 1] in (",", ";", ":", "(", "-", "–", "—") or
                           lowers[k - 1] in ("and", "but", "yet", "that") or self._modal_before(doc, k, lo)):
            return False
        nxt = doc[k + 1]
        return nxt.lower_ in ("he", "she", "they", "it", "the", "this", "that", "a", "an", "his", "her", "their") \
            or (nxt.text[:1].isupper() and nxt.is_alpha)

    def _modal_before(self, doc: Doc, k: int, lo: int) -> bool:
        """'would have received two years had he pleaded guilty': a main clause with a modal
        earlier in the sentence puts the inverted 'had he' after it without a comma."""
        modals = self.cues.words("modal", "chain")
        return not modals.isdisjoint(token_lowers(doc)[max(lo, k - 12):max(lo, k - 12, k - 1)])

    def _conditional(self, doc: Doc, lo: int, start: int, opens: frozenset = frozenset()) -> bool:
        """An 'if' / 'unless' / 'whether', or a clause opened by 'Had he ...', earlier in the
        same clause: 'If convicted he could be jailed', 'Had he been convicted' but not
        '..., and he remains suspended'; a sentence opened by 'Where ...'. Given `opens`,
        only those words."""
        inverted = not opens
        opens = opens or self.cues.words("condition", "clause") | self.cues.words("question", "clause")
        first = self.cues.words("condition", "sentence_start") if inverted else frozenset()
        lowers, texts = token_lowers(doc), token_texts(doc)
        for k in range(start - 1, lo - 1, -1):
            t = lowers[k]
            if t in opens or (inverted and self._inverted_condition(doc, k, lo)) or (k == lo and t in first):
                return True
            if t == ";" or (t in ("and", "but", "while") and k > lo and texts[k - 1] == ","):
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
