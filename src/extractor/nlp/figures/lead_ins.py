"""The outcome a list of counts takes from the subject that introduces it: "The suspended
members include one superintendent, three inspectors and 14 sergeants", "Among those
dismissed were two sergeants and nine constables", "Officers sacked last year included
four detectives". The counts state no outcome in their own clause; the words before the
list verb (models/context.json list_verbs) say what happened to every item."""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from typing import Optional

from spacy.attrs import LOWER
from spacy.strings import hash_string
from spacy.tokens import Doc

from ..context import context_cues
from .base import Candidate, _looks_verbal

# how far back from a count its list verb may stand, in tokens
_REACH = 40
# what may stand between the list verb and a count of the list, besides the counts' own nouns
_GLUE = frozenset({",", "and", "or", "the", "a", "an", "another", "further", "other", "more", "than",
                   "about", "around", "nearly", "almost", "over", "under", "some", "at", "least", "most"})


@lru_cache(maxsize=1)
def _list_verb_hashes() -> frozenset[int]:
    """The list verbs as the lower-case ids a Doc's LOWER array holds."""
    return frozenset(hash_string(verb) for verb in context_cues().list_verbs)


class LeadInsMixin:
    """FigureFinder's methods for an outcome said before a count: by the subject of its list, or
    of the base it is a part of."""

    def _lead_in_outcome(self, doc: Doc, cand: Candidate) -> Optional[str]:
        """The outcome stated before the list verb the figure's list follows, where nothing
        but other items of the list (numbers, their nouns, commas and 'and') stands between
        that verb and the figure, and the subject before the verb counts nothing itself."""
        sent = self._sent(cand.span)
        floor = max(sent.start, cand.start - _REACH)  # a list of thousands of counts is not walked
        # the nearest list verb before the figure, looked up: walking back to find none
        # was 40 tokens for every count of a long list
        verbs = self._list_verb_positions(doc)
        at = bisect_left(verbs, cand.start) - 1
        if at < 0 or verbs[at] <= floor:
            return None
        k = verbs[at]
        for j in range(cand.start - 1, k, -1):
            tok = doc[j]
            if tok.text in (";", ":", "(", ")", "\u2013", "\u2014", "\n") or (
                    _looks_verbal(tok) and tok.lower_ not in _GLUE and not tok.like_num):
                return None
        first = bisect_left(self._starts_sorted, sent.start)
        if first < len(self._starts_sorted) and self._starts_sorted[first] < k:
            return None  # "45 officers were dismissed and the others were 12 ...": a count, not a lead-in
        return self._strongest_outcome(doc, sent.start, k, cand)

    def _list_verb_positions(self, doc: Doc) -> list[int]:
        """The tokens of ``doc`` that are list verbs, in order, found once a document."""
        of = getattr(self, "_list_verbs_of", None)
        if of is None or of[0] is not doc or of[1] is not self._sents:  # _prepare makes _sents anew
            hashes = _list_verb_hashes()
            self._list_verbs_at = [i for i, h in enumerate(doc.to_array(LOWER).tolist()) if h in hashes]
            self._list_verbs_of = (doc, self._sents)
        return self._list_verbs_at

    def _describes_base(self, doc: Doc, cand: Candidate, s: int, e: int) -> bool:
        """'9 of 40 sustained cases', '12 of the 80 upheld complaints': an outcome word right
        before the counted noun of a part's base describes the set the part is taken from; what
        happened to the part is said after it ('led to a suspension')."""
        if cand.out_of is None or not (cand.span.end < s <= cand.span.end + 4) or e >= len(doc):
            return False
        if not any(doc[k].like_num for k in range(cand.span.end, s)):
            return False
        return bool(self._phrase_at(self.counted, doc, e, min(len(doc), e + 3)))
