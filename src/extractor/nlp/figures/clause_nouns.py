"""What a figure with no noun of its own counts: the noun its sentence or its clause's subject
named before it ("While complaints were up, a total of 942 were ...", "Referrals rose to 80")."""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Span

from .base import _CLAUSE_BREAKS, _STOP_WORDS, _CHANGE_VERBS, Candidate, _looks_verbal

_DIRECT_CHANGES, _MAKING = ({"up", "down", "jumped", "soared", "plunged", "declined", "surged", "slipped", "by"},
                            {"make", "makes", "made", "making", "add", "adds", "added"})  # "making up 18% of them": a part
# "complaints against officers", "allegations about staff": the noun after one is not the head
_OBJECT_PREPOSITIONS = {"against", "about", "involving", "concerning", "into", "regarding", "by"}


class ClauseNounsMixin:
    """FigureFinder's methods for a figure that names no noun after it."""

    def _sentence_noun(self, doc: Doc, cand: Candidate, sent: Span):
        """'While complaints were up, a total of 942 were deemed inadmissible': a figure
        with no noun, first in its sentence, counts the noun its sentence named before it."""
        k = bisect_left(self._starts_sorted, sent.start)
        if (k < len(self._starts_sorted) and self._starts_sorted[k] < cand.start) or not self._elliptical(doc, cand):
            return None
        hits = [(s, doc.vocab.strings[m], e) for m, s, e in self.counted(doc[sent.start:cand.start])]
        hits = [h for h in hits if not self._phrase_at(self.not_conduct, doc, h[0], h[2] + 1)]
        if not hits:
            return None
        # "Officers with at least one sustained allegation: 88": a label's head is its first noun
        labelled = cand.start > 0 and doc[cand.start - 1].text == ":"
        near = not any(t.lower_ in _CLAUSE_BREAKS for t in doc[max(hits)[2]:cand.start])
        s_, label, e = min(hits) if labelled else self._phrase_head(doc, hits) if near else max(hits)
        return label, doc[s_:e].text

    def _elliptical(self, doc: Doc, cand: Candidate) -> bool:
        """'This rose to 172 in ...', 'Seventy were investigated': no noun follows the
        number at all. '120 new homes' has one, just not a noun about conduct."""
        if self._cell(cand) is not None or self._is_bracketed(doc, cand.span):
            return True
        nxt = doc[cand.span.end] if cand.span.end < len(doc) else None
        return nxt is None or nxt.is_punct or nxt.is_space or nxt.is_stop or nxt.lower_ in _STOP_WORDS \
            or nxt.like_num or _looks_verbal(nxt) or nxt.lower_ in self._outcome_words \
            or (nxt.lower_.endswith("ly") and len(nxt) > 4) \
            or nxt.lower_ in self._kind_heads  # "and 541 relating to corruption", "12 for theft"

    @staticmethod
    def _phrase_head(doc: Doc, hits):
        """The last counted noun before a figure, unless it is the object of another's
        preposition: 'Complaints against officers numbered 1,204', 'complaints against Fairmont
        Police Department officers dropped from 48' count complaints."""
        hits = sorted(hits)
        k = len(hits) - 1
        while k > 0 and (hits[k][0] - hits[k - 1][2] <= 3
                         and (any(t.lower_ in _OBJECT_PREPOSITIONS for t in doc[hits[k - 1][2]:hits[k][0]])
                              or hits[k][2] < len(doc) and doc[hits[k][2]].lower_ in ("'", "’", "'s", "’s"))
                         or ClauseNounsMixin._named_object(doc[hits[k - 1][2]:hits[k][0]])):
            k -= 1  # "officers' conduct": a possessive is not the head either
        return hits[k]

    @staticmethod
    def _named_object(gap: Span) -> bool:
        """'against Fairmont Police Department officers': an object with a body's name before it."""
        return 3 < len(gap) <= 6 and gap[0].lower_ in _OBJECT_PREPOSITIONS \
            and not any(t.is_punct and t.text not in ("'s", "’s", "'", "’") for t in gap)

    def _subject_noun(self, doc: Doc, cand: Candidate):
        """'Referrals to the IOPC rose to 80': with no noun of its own, a figure that
        a change verb reaches counts the clause's subject, if the clause names one."""
        if self._cell(cand) is not None or cand.start < 1 or doc[cand.start - 1].lower_ not in ("to", "at"):
            return None
        start, _ = self._clause(doc, cand)
        words = {t.lower_ for t in doc[start:cand.start]}
        if not words & _CHANGE_VERBS:
            return None
        hits = [(s, doc.vocab.strings[m], e) for m, s, e in self.counted(doc[start:cand.start])]
        if not hits:
            return None
        s_, label, e = min(hits)
        return label, doc[s_:e].text

    def _subject_not_conduct(self, doc: Doc, cand: Candidate) -> bool:
        """'total arrests dropped to 90,412', 'Staffing is down 20%': a figure a change verb reaches,
        with no noun of its own, whose clause's subject is a count of something not conduct."""
        if cand.start < 1 or self._cell(cand) is not None:
            return False
        before = doc[cand.start - 1].lower_
        direct = cand.unit == "percent" and before in _CHANGE_VERBS | _DIRECT_CHANGES and doc[cand.start - 2].lower_ not in _MAKING
        if before not in ("to", "at") and not direct:
            return False
        sent = self._sent(cand.span)
        start = cand.start - 1
        while start > max(sent.start, cand.start - 12) and doc[start - 1].lower_ not in _CLAUSE_BREAKS:
            start -= 1
        verb = next((t.i for t in doc[start:cand.start] if t.lower_ in _CHANGE_VERBS or t.lower_ in _DIRECT_CHANGES), None)
        if verb is None or verb == start:
            return False
        subject = doc[start:verb]  # the words before the verb: "This rose to 61 in the following 12 months and to 72"
        nots = self.not_conduct(subject)
        counted = self.counted(subject)
        first = [(s, "not") for _, s, _ in nots] + [(s, "counted") for _, s, _ in counted]
        # "False arrest complaints fell to 77", "Overtime fraud investigations rose 40%": a
        # not-conduct word that modifies the counted noun after it
        compound = any(e <= s2 for _, _, e in nots for _, s2, _ in counted)
        found = bool(first) and min(first)[1] == "not" and not compound
        cand.extras["subject_changed"] = found and direct  # "Violent crime fell 8%" measures crime
        return found
