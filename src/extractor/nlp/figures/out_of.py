"""The base a figure is part of: "118 out of 490", "38 of the 52", "Of these, 127 ..."."""

from __future__ import annotations

from spacy.tokens import Doc

from .base import Candidate

class OutOfMixin:
    """FigureFinder's base-linking method."""

    def _attach_out_of(self, doc: Doc, cands: list[Candidate]) -> None:
        by_start = {c.span.start: c for c in cands}
        for c in cands:
            j = c.span.end
            words = [t.lower_ for t in doc[j: j + 3]]
            if words[:2] == ["out", "of"]:
                base = by_start.get(j + 2)
            elif words[:2] == ["of", "the"]:
                base = by_start.get(j + 2)
            elif words[:1] == ["of"]:
                base = by_start.get(j + 1)
            else:
                base = None
            if base is not None and base.value and c.value is not None and c.unit == "count" and base.value >= c.value:
                c.out_of = base.value
        # "14 officers ..., four of them in the year to March": a part of the figure before it.
        # "Hearings were held in 26 of those cases", "Of these, 127 were dismissed": also across sentences.
        for prev, c in zip(cands, cands[1:]):
            words = [t.lower_ for t in doc[c.span.end: c.span.end + 2]]
            opening = [t.lower_ for t in doc[max(self._sent(c.span).start, c.start - 3): c.start]]
            pointer = words in (["of", "them"], ["of", "those"], ["of", "these"]) or \
                opening[-3:] in (["of", "these", ","], ["of", "those", ","], ["of", "them", ","])
            if pointer and c.out_of is None and prev.value and c.value is not None \
                    and prev.unit == c.unit == "count" and prev.value >= c.value \
                    and self._sent(c.span).start - self._sent(prev.span).end < 60:
                c.out_of = prev.value
                if opening[-3:] in (["of", "these", ","], ["of", "those", ","], ["of", "them", ","]):
                    for other in cands:  # "Of those, six were ..., and seven ...": all of them
                        if other.span.start > c.span.end and self._sent(other.span) == self._sent(c.span) \
                                and other.out_of is None and other.unit == "count" and other.value is not None \
                                and other.value <= prev.value:
                            other.out_of = prev.value
        # "Of the 87 allegations, 22 involved ...": the sentence's base applies to the numbers after it.
        for c in cands:
            s = self._sent(c.span)
            if c.span.start >= 2 and doc[c.span.start - 1].lower_ == "the" and doc[c.span.start - 2].lower_ == "of" \
                    and c.span.start - 2 == s.start:
                for other in cands:
                    if other is not c and self._sent(other.span) == s and other.span.start > c.span.end \
                            and not self._opens_aside(doc, other.span) \
                            and other.value is not None and c.value and other.value <= c.value and other.unit == "count":
                        other.out_of = c.value
                        break
