"""When an outcome happened, where the article gives a day. A mixin of OutcomeFinder."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .. import doc_text
from ..subjects import People
from .found import Found

_HEARING_WORDS = re.compile(r"\b(hearing|panel|tribunal|meeting)\b", re.I)
_SENTENCING_WORDS = re.compile(r"\b(sentenced|sentencing|jailed)\b", re.I)
_HEARING_OUTCOMES = frozenset({"dismissed", "would_have_been_dismissed", "final_written_warning", "written_warning",
                               "gross_misconduct_proven", "misconduct_proven", "misconduct_not_proven",
                               "no_case_to_answer", "other"})


class Dating:
    @staticmethod
    def _nearby_day(doc: Doc, people: People, days: list, sent: int, words_: re.Pattern, back: int, ahead: int):
        """The day given by the nearest sentence (before first) that speaks of the hearing
        or the sentencing: 'A hearing was held on 8 November', 'was sentenced ... yesterday'."""
        order = [sent - d for d in range(1, back + 1)] + [sent + d for d in range(1, ahead + 1)]
        order.sort(key=lambda k: (abs(k - sent), k > sent))
        for k in order:
            if not 0 <= k < len(people.sent_bounds):
                continue
            lo, hi = people.sent_bounds[k]
            a, b = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)
            hits = [d for d in days if a <= d[0] and d[1] <= b]
            if hits and words_.search(doc_text(doc)[a:b]):
                return hits[-1][2]
        return None

    def _offence_day(self, doc: Doc, start: int) -> bool:
        """'on the night of 4 March 2021': the day of what was done, not of the outcome."""
        before = " ".join(doc_text(doc)[max(0, start - 30):start].lower().split())
        return any(before.endswith(p) for p in self.w.get("offence_times", ()))

    def _dates(self, doc: Doc, people: People, found: list[Found]) -> list:
        """When each outcome happened, where the article says so at the level of a day:
        a single-day date in its sentence; for a hearing's findings, the day a hearing
        sentence a little earlier gives ("A hearing was held on 8 November ..."), or the
        day another finding of the same hearing about the same person carries."""
        days = []
        for d in getattr(doc._, "dates", None) or []:
            span = getattr(d, "span", None)
            if span and d.date_from is not None and d.date_from == d.date_to:
                days.append((span[0], span[1], d.date_from))
        if not days:
            return [None] * len(found)

        def sent_chars(k: int) -> tuple[int, int]:
            lo, hi = people.sent_bounds[k]
            return doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)

        out = []
        for f in found:
            a, b = sent_chars(f.sent)
            same = [d for d in days if a <= d[0] and d[1] <= b and not self._offence_day(doc, d[0])]
            others = [g for g in found if g is not f and g.sent == f.sent]
            if same and not (others and doc_text(doc)[f.start:f.end].split()[0].lower().endswith("ing")):
                out.append(min(same, key=lambda d: abs(d[0] - f.start))[2])
                continue
            when = None
            if f.outcome in _HEARING_OUTCOMES:
                when = self._nearby_day(doc, people, days, f.sent, _HEARING_WORDS, back=4, ahead=1)
            elif f.outcome in ("jailed", "suspended_sentence"):
                when = self._nearby_day(doc, people, days, f.sent, _SENTENCING_WORDS, back=2, ahead=2)
            out.append(when)
        # findings of one hearing share its day
        for i, f in enumerate(found):
            if out[i] is not None or f.outcome not in _HEARING_OUTCOMES or not f.subject:
                continue
            same_person = [(abs(g.sent - f.sent), out[j]) for j, g in enumerate(found)
                           if out[j] is not None and g.outcome in _HEARING_OUTCOMES and g.subject == f.subject
                           and abs(g.sent - f.sent) <= 8]
            if same_person:
                out[i] = min(same_person)[1]
        return out

