"""Where a sentence shows who made a finding although no finding verb stands before its words.
A mixin of Refusals (context.py), read for rules that need a finding (needs_finding).

English states a level of misconduct as a finding in two more ways than "the panel found that
his conduct amounted to gross misconduct":

    a finder's tag after the clause   "PC X's conduct amounted to gross misconduct, a panel
                                       has concluded", "..., the chair ruled on Friday"
    the sanction the finding led to   "PC X has been dismissed after racist messages, amounting
                                       to gross misconduct", "was sacked for behaviour amounting
                                       to gross misconduct", "was given a final written warning
                                       for remarks amounting to misconduct"

The tag is a comma, a few words naming the finder and a past or present decision verb
(models/outcome_words.json `tag_finding_verbs`), with no modal, negation or clause word in it
("..., the panel will decide", "..., the panel heard" say no finding). The sanction is one the
sentence states as done: a passive auxiliary right before a sanction participle, or a verb of
giving before a warning (`stated_sanctions`, `sanction_givers`), before the level's words, with
no modal, negation or condition between the clause's start and it ("Officers who lie will be
sacked for conduct amounting to gross misconduct" states a policy, not a case).
"""

from __future__ import annotations

from spacy.tokens import Doc

from ...rulefiles import word_set

_TAG_VERBS = word_set("outcome_words.json", "tag_finding_verbs")
_SANCTIONS = word_set("outcome_words.json", "stated_sanctions")
_GIVERS = word_set("outcome_words.json", "sanction_givers")
# closed-class grammar: what may stand between a tag's comma and its verb, and what stops a tag
_TAG_AUX = frozenset({"has", "have", "had"})
_MODALS = frozenset({"will", "would", "could", "may", "might", "must", "should", "can"})
_TAG_STOPS = _MODALS | {"to", "not", "never", "whether", "if", "that", "who", "which", "and", "but", "or", "said",
                        "says", "heard"}
# a level after these nouns assesses what is alleged, it finds nothing
_ALLEGED = frozenset({"allegation", "allegations", "accusation", "accusations", "complaint", "complaints", "charge",
                      "charges"})
_STATED_AUX = frozenset({"was", "were", "been"})
_UNSTATED = _MODALS | {"not", "never", "if", "unless", "whether", "who", "which", "that", "when", "once", "where"}


class FindingSigns:
    """Readings of a sentence around a level of misconduct. Needs self.w (models/subjects.json)."""

    def _no_finding(self, doc: Doc, at, finding: frozenset, lo: int, hi: int, start: int, end: int) -> bool:
        """No sign of a finding for a rule that needs one: no decision verb before the words
        ("the panel found that ..."), no finding word beside them ("breached ..., amounting to
        gross misconduct", cue kind finding), no finder's tag after them, no sanction before."""
        decided = self.w["decision_verbs"]
        return not any(at(k) in decided or at(k) in ("proven", "proved") for k in range(lo, start)) and \
            not any(at(k) in finding for k in range(lo, hi) if not start <= k < end) and \
            not self._finding_tag_after(doc, end, hi) and not self._sanction_before(doc, lo, start)

    @staticmethod
    def _finding_tag_after(doc: Doc, end: int, hi: int) -> bool:
        """', a top officer has concluded.': after the level's words, a comma, then a finder of
        at most seven words and a decision verb, the verb followed by at most five words to the
        sentence's end ('..., the chair ruled on Friday.')."""
        comma = next((j for j in range(end, min(hi, end + 3)) if doc[j].text == ","), None)
        if comma is None:
            return False
        for j in range(comma + 1, min(hi, comma + 9)):
            low = doc[j].lower_
            if low in _TAG_STOPS or doc[j].text in (",", ";", ":", "(") and j > comma + 1:
                return False
            if low in _TAG_VERBS and j > comma + 1 and doc[j - 1].lower_ not in ("the", "a", "an"):
                rest = [t for t in doc[j + 1:hi] if not t.is_space]
                return len(rest) <= 6 and not any(t.lower_ in _TAG_STOPS for t in rest)
        return False

    @staticmethod
    def _sanction_before(doc: Doc, lo: int, start: int) -> bool:
        """'has been dismissed after ..., amounting to gross misconduct', 'was given a final
        written warning for remarks amounting to misconduct': a sanction stated as done earlier
        in the sentence, the level naming what it was for."""
        if start - 1 >= lo and doc[start - 1].lower_ in _ALLEGED:
            return False  # "faces new allegations amounting to gross misconduct": an assessment
        for j in range(start - 1, lo - 1, -1):
            low = doc[j].lower_
            if low == ";":
                return False
            if low in _SANCTIONS and j - 1 >= lo and doc[j - 1].lower_ in _STATED_AUX or \
                    low in ("warning", "warnings") and any(doc[k].lower_ in _GIVERS for k in range(max(lo, j - 5), j)):
                return not any(doc[k].lower_ in _UNSTATED for k in range(lo, j))
        return False
