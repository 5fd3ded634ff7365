"""The base a figure is part of: "118 out of 490", "38 of the 52", "Of these, 127 ...".

A pointer ("of them", "of these", "of that total"; models/context.json) after a
figure, or opening its sentence, makes the figure part of the nearest figure
before it that can hold it, in its sentence or the one before: "66 officers ...,
42 of them in the last year. In 63 of these cases ..." gives 63 the 66, since 42
cannot hold 63. A share takes the same base as the count it is bracketed with:
"73 per cent (38) of them", "41 (39 per cent)".
"""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Doc

from .. import doc_text, token_lowers
from .base import Candidate


# "up from 1,305", "compared with 25": a figure the one before it is compared with
_COMPARED = re.compile(r"\b(?:(?:up|down|rising|falling|rose|fell|increase|decrease|rise|fall) from|compared (?:with|to)|than)\s*$",
                       re.I)


def _fits(part: Candidate, base: Candidate) -> bool:
    """A count no bigger than the base, or any share of it."""
    if base.unit != "count" or not base.value or part.value is None:
        return False
    return part.unit == "percent" and part.value <= 100 or part.unit == "count" and part.value <= base.value


class OutOfMixin:
    """FigureFinder's base-linking methods."""

    def _attach_out_of(self, doc: Doc, cands: list[Candidate]) -> None:
        by_start = {c.span.start: c for c in cands}
        lowers = token_lowers(doc)
        for c in cands:
            j = c.span.end
            k = j  # "92 gardaí suspended out of 14,200": a few words of the count's own before "out of"
            while k < min(len(doc), j + 3) and doc[k].is_alpha and lowers[k] != "out":
                k += 1
            if k < len(doc) - 2 and k > j and lowers[k] == "out" and lowers[k + 1] == "of" \
                    and by_start.get(k + 2) is not None:
                j = k
            words = lowers[j: j + 3]
            if words[:2] == ["out", "of"]:
                base = by_start.get(j + 2)
            elif words[:2] == ["of", "the"]:
                base = by_start.get(j + 2)
            elif words[:1] == ["of"]:
                base = by_start.get(j + 1)
            else:
                base = None
            if base is not None and base.value and c.value is not None and base.unit == "count" and (
                    c.unit == "count" and base.value >= c.value or c.unit == "percent" and c.value <= 100):
                c.out_of = base.value  # "38 of the 52", and a share of a base: "About 40% of the 1,050"
        self._pointed(doc, cands)
        self._sentence_base(doc, cands)
        self._bracket_pairs(doc, cands)

    def _pointer_re(self) -> re.Pattern:
        phrases = "|".join(re.escape(p) for p in sorted(self._ctx.cues.part_pointers, key=len, reverse=True))
        return re.compile(rf"(?:{phrases})\b", re.I)

    def _pointed(self, doc: Doc, cands: list[Candidate]) -> None:
        """'14 officers ..., four of them in the year to March', 'Of those, six were ...':
        a part of a figure before it, across the sentence boundary too."""
        text, pointer = doc_text(doc), self._pointer_re()
        for n, c in enumerate(cands):
            if c.out_of is not None or c.value is None:
                continue
            sent = self._sent(c.span)
            after = re.sub(r"^\s*\([^)]{1,25}\)", "", text[c.span.end_char: c.span.end_char + 40])  # "(38) of them"
            opening = text[sent.start_char: doc[c.start].idx].strip(" ,").lower()
            opens = bool(pointer.fullmatch(opening))
            # "2,121 complaints, of which 1,010 were ...", "45 officers, of whom 12 ...": a clause opening on one
            # (the words after the last break: re.split made a list of every clause, thousands in a long list)
            last = opening[max(map(opening.rfind, ",;:(—–")) + 1:]
            clause = bool(pointer.fullmatch(last.strip())) and not opens
            if not (pointer.match(after.lstrip()) or opens or clause):
                continue
            base = self._antecedent(cands[:n], c, sent)
            if base is None:
                continue
            c.out_of, c.extras["base"] = base.value, base
            if opens:  # "Of those, six were ..., and seven ...": all of them
                for other in cands[n + 1:]:
                    if self._sent(other.span) == sent and other.out_of is None and _fits(other, base):
                        other.out_of, other.extras["base"] = base.value, base
            else:  # "30,521 of them were handled formally and 48,204 informally"
                nxt = cands[n + 1] if n + 1 < len(cands) else None
                if nxt is not None and self._sent(nxt.span) == sent and nxt.out_of is None and _fits(nxt, base) \
                        and doc[nxt.start - 1].lower_ == "and":
                    nxt.out_of, nxt.extras["base"] = base.value, base

    def _antecedent(self, before: list[Candidate], c: Candidate, sent) -> Optional[Candidate]:
        """The nearest figure before ``c`` that can hold it, in its sentence or the one before;
        not a base already taken ('13 of the 17 ...; nine of them': the 13), nor a figure
        compared with ('1,412, up from 1,305 ... Of those': the 1,412)."""
        doc = c.span.doc
        for k in range(len(before) - 1, -1, -1):
            prev = before[k]
            if sent.start - self._sent(prev.span).end >= 60:
                return None
            if not _fits(c, prev) or prev.span.end > c.start or self._is_bracketed(doc, prev.span):
                continue
            if _COMPARED.search(doc_text(doc)[max(0, prev.span.start_char - 30): prev.span.start_char]) or any(p.out_of == prev.value for p in before[max(0, k - 1):k]):
                continue
            return prev
        return None

    def _sentence_base(self, doc: Doc, cands: list[Candidate]) -> None:
        """'Of the 87 allegations, 22 involved ...': the sentence's base applies to the first
        number after it, and to the parts listed with it ('..., 942 were deemed inadmissible
        and 1,100 led to an investigation'), not to a figure they are compared with."""
        text = doc_text(doc)
        for c in cands:
            s = self._sent(c.span)
            if self._opens_on_of(doc, c, s):
                first = None
                for other in cands:
                    if other is c or self._sent(other.span) != s or other.span.start <= c.span.end \
                            or self._opens_aside(doc, other.span):
                        continue
                    listed = first is not None and doc[other.start - 1].lower_ in ("and", ",") \
                        and not _COMPARED.search(text[max(0, other.span.start_char - 30): other.span.start_char])
                    if first is None and not _fits(other, c):
                        continue
                    if first is not None and not (listed and _fits(other, c)):
                        break
                    other.out_of, first = c.value, other

    @staticmethod
    def _opens_on_of(doc: Doc, c: Candidate, s) -> bool:
        """'Of the 87 allegations, ...', 'Of 97 officers convicted, ...', 'said: "Of the 1,310':
        the count is the base its sentence, or a quotation after a colon, opens on."""
        i = c.span.start - 1
        if i >= 0 and doc[i].lower_ in ("the", "these", "those"):
            i -= 1
        if i < 0 or doc[i].lower_ != "of":
            return False
        k = i - 1
        while k >= s.start and doc[k].is_quote:
            k -= 1
        return k < s.start or doc[k].text == ":"  # 'He said: "Of the 1,310 ...'

    def _bracket_pairs(self, doc: Doc, cands: list[Candidate]) -> None:
        """'73 per cent (38) of them', '41 (39 per cent)': a share and its count share one base."""
        for a, b in zip(cands, cands[1:]):
            if not self._is_bracketed(doc, b.span) or b.span.start - a.span.end > 2:
                continue
            if {a.unit, b.unit} != {"count", "percent"}:
                continue
            known = a.out_of if a.out_of is not None else b.out_of
            if known is not None:
                a.out_of = a.out_of if a.out_of is not None else known
                b.out_of = b.out_of if b.out_of is not None else known

    def _restated_base(self, doc: Doc, cand: Candidate, figure, figures: list) -> bool:
        """'The unit closed 212 complaints in 2022. Of the 212 complaints, 41 were sustained',
        'Seven of the 10 deputies were charged' after '10 deputies were indicted': a base
        that restates a count the article has already given (the same value, unit and noun)
        is that figure again, not another; its parts keep it as their base."""
        i = cand.start
        if cand.unit != "count" or i < 2 or self._cell(cand) is not None \
                or doc[i - 1].lower_ not in ("the", "these", "those") or doc[i - 2].lower_ != "of":
            return False
        if not (i == 2 or doc[i - 3].like_num or doc[i - 3].is_punct or doc[i - 2].is_sent_start):
            return False  # only a part's base: "Of the 212, ...", "41 of the 212"; not "a small number of the 700"
        opens = self._sent(cand.span).start_char  # a sentence before: "one of the 40" in its own sentence stays
        return any(f.value == figure.value and f.unit == figure.unit and f.counted == figure.counted
                   and f.span[0] < opens for f in figures)
