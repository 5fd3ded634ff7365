"""The figures' candidates: the number phrases the patterns found, less those that are no
figure of conduct (a date, a list marker, a footnote, a bare year, an idiom's 'one'), each
with its value, unit, qualifier and head noun (FigureFinder's first pass, see find.py)."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ...normalise.numbers import parse_number, parse_share
from ..rules import kept
from .asides import one_counted, one_in_a_run_of_clauses
from .base import Candidate, CharRanges
from .uses import force_use_count


class CandidatesMixin:
    def _candidates(self, doc: Doc) -> list[Candidate]:
        numbers, excluded, qualifiers = [], set(), {}
        self._not_conduct_starts: set[int] = set()
        for label, span in self._matches:
            rule = self.rules[label]
            if rule.family == "number":
                numbers.append(kept(span, rule.keep))
                numbers[-1].label_ = label
            elif rule.family == "exclude":
                excluded.update(range(span.start, span.end))
            elif rule.family == "qualifier":
                if span.end not in qualifiers or qualifiers[span.end][0] > span.start:
                    qualifiers[span.end] = (span.start, rule.qualifier)
        date_chars = CharRanges((d.span[0], d.span[1]) for d in (doc._.dates or []))
        out = []
        for span in filter_spans(numbers):
            rule = self.rules[span.label_]
            force = force_use_count(doc, span, self._sent(span), self._ctx.cues)  # "used force 214 times"
            if any(i in excluded for i in range(span.start, span.end)) and rule.kind != "vague" and not force:
                continue
            if date_chars.overlaps(span.start_char, span.end_char):
                continue
            value = self._value(span, rule.kind)
            if value is None and rule.kind != "vague":
                continue
            cand = Candidate(span=span, rule=rule.id, unit=rule.unit or "count", kind=rule.kind or "digits",
                             value=value, start=span.start)
            cell = self._cells.get(span.start)  # tables.py: a withheld "<5", a column of shares
            if cell is not None and cell.suppressed:
                continue
            if cell is not None and cell.percent and cand.unit == "count" and value is not None and value <= 100:
                cand.unit = "percent"
            # a share is "about"; "3000+ complaints": a number rule's own qualifier (the sign after it)
            cand.qualifier = {"vague": "vague", "share": "about"}.get(rule.kind or "") or rule.qualifier or "exact"
            if span.start in qualifiers and rule.kind != "vague":
                cand.start, cand.qualifier = qualifiers[span.start]
            if self._is_list_marker(span) or self._is_bare_year(span, value) or self._is_reference(span) \
                    or self._ctx.outside_article(span.start_char):
                continue
            self._head_noun(doc, cand)
            if force:
                cand.counted, cand.counted_found, cand.noun = "other", True, doc[span.end].text
            if not cand.counted_found and self._subject_not_conduct(doc, cand):
                cand.counted = "not_conduct"
            if cand.counted == "not_conduct" and cand.unit == "percent" and not self._is_bracketed(doc, span) \
                    and not self._share_of_places(cand) and not cand.extras.get("subject_changed") \
                    and (self._share_of_people(cand) or self._conduct_said(self._sent(span))):
                cand.counted, cand.counted_found = None, True  # "1 per cent of the workforce" is still a share
            if self._percent_of_other(doc, cand):
                cand.counted = "not_conduct"
            if cand.counted == "not_conduct":
                self._not_conduct_starts.add(span.start)
                continue
            if span.text.lower() in ("one", "zero") and not self._one_of_a_count(doc, span):
                continue  # 'one of', 'more than one', 'zero tolerance': idioms far more often than figures
            out.append(cand)
        return out

    def _one_of_a_count(self, doc: Doc, span: Span) -> bool:
        """'One of the 263 was prosecuted': one of a count stated with it is a figure
        ('every one of the 12' is all of them)."""
        if span.start > 0 and doc[span.start - 1].lower_ in ("every", "each", "any", "no", "not", "than"):
            return False
        if span.start > 0 and doc[span.start - 1].lower_ in ("was", "is", "became", "becomes"):
            return False  # "A garda jailed for theft was one of seven ...": the one is a person the story names
        i = span.end
        if i < len(doc) and doc[i].lower_ == "of":
            i += 1 + (i + 1 < len(doc) and doc[i + 1].lower_ in ("the", "these", "those"))
            return i < len(doc) and doc[i].like_num and doc[i].lower_ not in ("one", "them")
        return one_counted(doc, span.start, span.end) or self._one_of_a_tally(doc, span)

    def _one_of_a_tally(self, doc: Doc, span: Span) -> bool:
        return one_in_a_run_of_clauses(doc, span.start, span.end, self._not_conduct_starts) \
            and self._conduct_said(self._sent(span))

    @staticmethod
    def _share_of_places(cand: Candidate) -> bool:
        """'only half of the 45 forces replied': a share of forces or areas is never about conduct."""
        return (cand.noun or "").lower().split()[-1:] in (["forces"], ["constabularies"], ["areas"], ["countries"],
                                                           ["regions"], ["states"])

    def _conduct_said(self, sent: Span) -> bool:
        """'Force was used in about 4% of the department's 7,640 arrests': a share of something
        else in a sentence that names conduct or an outcome measures that conduct."""
        return bool(self.categories(sent) or self.outcomes(sent))

    def _share_of_people(self, cand: Candidate) -> bool:
        """'1 per cent of the workforce' may be a share of officers; 'only half of the 45 forces',
        '61 percent of the vote', 'a third of the budget' are not about conduct
        (models/context.json share_bases)."""
        noun = " ".join((cand.noun or "").lower().split())
        return any(noun == b or noun.endswith(" " + b) for b in self._ctx.cues.share_bases)

    @staticmethod
    def _value(span: Span, kind: str) -> Optional[float]:
        if kind == "vague":
            return None
        if kind == "share":
            return parse_share(span.text)
        words = [t.text for t in span if t.text not in ("%", "+") and t.lower_ not in ("per", "cent", "percent")]
        return parse_number(" ".join(words).replace(" - ", "-"))

    @staticmethod
    def _is_reference(span: Span) -> bool:
        """'[1]': a footnote or citation marker, not a figure."""
        doc = span.doc
        return span.start > 0 and doc[span.start - 1].text == "[" and span.end < len(doc) \
            and doc[span.end].text.startswith("]")

    @staticmethod
    def _is_bare_year(span: Span, value: Optional[float]) -> bool:
        return (len(span) == 1 and span[0].text.isdigit() and len(span[0].text) == 4
                and value is not None and 1900 <= value <= 2100)
