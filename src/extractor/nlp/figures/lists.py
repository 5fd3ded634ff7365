"""Counts said in a list after one another: the later ones take the outcome the list
states once ('The force dismissed 9 officers in 2019, 11 in 2020', '183 officers
dismissed, 77 for dishonesty, 31 for sexual misconduct'), and a bare count joined to its
reason ('Five were for theft') gives the reason for some of the outcome before it."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Span

from ...records import Figure
from ...rulefiles import word_set
from .base import Candidate, _looks_verbal

# words that rank a count among others ("the most officers") and carry a ranked list on
_SUPERLATIVES = word_set("outcome_words.json", "ranking_words")
_RANKING_LINKS = word_set("outcome_words.json", "ranking_links")


def _copula_of_reason(token) -> bool:
    """'two were for dishonesty': 'were' joins a count to its reason, and states no outcome."""
    return token.lower_ in ("were", "was") and token.i + 1 < len(token.doc) \
        and token.doc[token.i + 1].lower_ in ("for", "over", "because")


class ListsMixin:
    """FigureFinder's methods for counts listed after one another."""

    def _listed_after(self, doc: Doc, cand: Candidate, sent: Span, previous: Optional[Figure]) -> Optional[str]:
        """A count listed after another in its sentence counts the same outcome: a bare one
        ('The force dismissed 9 officers in 2019, 11 in 2020 and 10 in 2021'), or another
        object of the same verb ('forces dismissed 70 officers, three special constables
        and 31 members of staff'). Not one with a verb of its own."""
        if previous is None or previous.outcome is None or self._cell(cand) is not None:
            return None
        first = doc.char_span(previous.span[0], previous.span[1], alignment_mode="expand")
        if first is None or first.start < sent.start:
            return None
        between = doc[first.end:cand.start]
        after = doc[cand.span.end: self._next_break(doc, cand.span.end, sent)]
        lead = self._by_start.get(first.start)
        # "183 officers dismissed, 77 for dishonesty": the first count's own verb, before
        # the comma that closes its clause, is the verb the list says once
        own = self._clause(doc, lead)[1] if lead is not None and self._by_start.get(cand.start) is cand else first.end
        if not between or between[-1].lower_ not in (",", ";", "and", "or", "including") \
                or any(_looks_verbal(t) and not _copula_of_reason(t)
                       for t in (*doc[max(first.end, own):cand.start], *after)):
            return None
        if min(len(between), cand.start - max(first.end, own)) <= 6 and self._elliptical(doc, cand):
            self._listed_on.add(cand.start)
            return previous.outcome
        clause_start = self._clause(doc, lead)[0] if lead is not None else first.start
        objects = lead is not None and (first.start in self._listed_on
                                        or self._strongest_outcome(doc, clause_start, first.start, lead) is not None)
        if objects and len(between) <= 10:
            self._listed_on.add(cand.start)
            return previous.outcome
        return None

    def _reason_part(self, doc: Doc, cand: Candidate, previous: Optional[Figure], near: bool) -> Optional[str]:
        """'12 troopers were terminated. Five were for theft ...': a bare count joined to a
        reason by 'were for' gives the reason for some of the outcome before it."""
        i = cand.span.end
        if previous is None or previous.outcome is None or not near or self._cell(cand) is not None \
                or i >= len(doc) or not _copula_of_reason(doc[i]):
            return None
        return previous.outcome

    def _ranked_outcome(self, doc: Doc, cand: Candidate, sent: Span) -> Optional[str]:
        """'Kent had the highest number of dismissals, with 31', 'the Met sacked the most
        officers, 100, followed by ...': a count set after a comma beside a superlative names
        how many that was, and takes the outcome of the clause the superlative is in."""
        i = cand.start - 1
        linked = i > sent.start and doc[i].lower_ in ("with", "at", "on")
        if linked:
            i -= 1
        if i <= sent.start or doc[i].text != "," and not linked:
            return None
        end = i if doc[i].text == "," else i + 1  # "followed by West Midlands with 24": no comma needed
        for _ in range(4):  # "..., followed by West Midlands with 24": the ranking the list goes on from
            start = end
            while start > sent.start and doc[start - 1].text not in (",", ";", ":") and end - start < 14:
                start -= 1
            if any(t.lower_ in _SUPERLATIVES for t in doc[start:end]):
                return self._strongest_outcome(doc, start, end, cand)
            if start <= sent.start + 1 or not any(t.lower_ in _RANKING_LINKS
                                                   or t.like_num for t in doc[start:end]):
                return None
            end = start - 1
        return None


    def _included_outcome(self, doc: Doc, cand: Candidate, sent: Span) -> Optional[str]:
        """'Agents arrested seven people, including 3 jail officers', '..., 17 of them department
        employees': a part of a group named before it in its sentence (whether or not that group
        is a figure) takes the outcome its sentence states before it."""
        i = cand.start
        words = [t.lower_ for t in doc[cand.span.end:cand.span.end + 2]]
        if not (i > sent.start and doc[i - 1].lower_ in ("including", "among") or words == ["of", "them"]):
            return None
        return self._strongest_outcome(doc, sent.start, i, cand)
