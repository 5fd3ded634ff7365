"""Counts that are not about conduct however they are worded: officers as the victims
of others' conduct, and the parts of a count of something else."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .base import Candidate


class NotConductMixin:
    """FigureFinder's checks for counts that are not about conduct."""

    def _part_of_not_conduct(self, doc: Doc, cand: Candidate, sent: Span) -> bool:
        """'Of the 512 tickets written, 125 were dismissed': a part of a count that is not
        about conduct is not either."""
        i = sent.start
        while i < cand.start and (doc[i].lower_ in ("of", "the", "those", "these") or doc[i].is_space):
            i += 1
        return i < cand.start and i in self._not_conduct_starts and sent.start < i <= sent.start + 3 \
            and doc[sent.start].lower_ == "of"


    def _victims(self, doc: Doc, cand: Candidate, sent: Span) -> bool:
        """'110 officers were assaulted every day', 'scores of officers are attacked': a
        count of officers as victims of others' conduct."""
        i = cand.span.end
        while i < min(sent.end, cand.span.end + 6) and doc[i].lower_ not in ("were", "are", "was", "is", "been", "being", "get", "got"):
            if doc[i].is_punct:
                return False
            i += 1
        j = i + 1
        while j < min(sent.end, i + 3) and doc[j].lower_ in ("being", "been", "also", "physically", "seriously", "verbally"):
            j += 1
        return i < sent.end and j < sent.end and doc[j].lower_ in self._ctx.cues.victim_verbs
