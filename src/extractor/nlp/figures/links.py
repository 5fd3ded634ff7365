"""A figure's fields read from another figure it is linked to: the figure it restates
('the equivalent figures'), the count a percentage change measures, the base a part
points to ('of them', 'of those'), the noun before a bracketed breakdown."""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Doc, Span

from .. import doc_text
from ...records import Figure
from .asides import fronted_base
from .base import _CHANGE_VERBS, _COMPARATIVE_DATE, _COMPARISON, LOOKBACK, NOT_LINKED, Candidate

# A percentage stated as a change: "up 70%", "an 8% increase", "a 9% rise", "down 12 per cent".
_CHANGE = re.compile(r"\b(?:up|down)\b.*%|\b(?:up|down) \S+ per ?cent|(?:%|cent) (?:increase|rise|fall|drop|decrease|jump)\b"
                     r"|(?:%|cent) (?:more|fewer|less|higher|lower)\b")


# "that rose to 47", "the figure fell to 12": a subject that stands for the count before
_RESTATING = {"that", "this", "it", "figure", "number", "total", "tally", "count"}


class LinksMixin:
    """FigureFinder's methods that read a field from a linked figure."""

    def _equivalent(self, doc: Doc, cand: Candidate, sent: Span) -> Optional[Figure]:
        """In a sentence that gives 'the equivalent figures' (models/context.json), the
        figure in the same place among the figures of the sentence before."""
        if not self._ctx.equivalent(sent):
            return None
        mine = sorted(s for s in self._by_start if sent.start <= s < sent.end)
        earlier = sorted(s for s in self._built if s < sent.start)
        if not earlier:
            return None
        last_sent = self._sent(doc[earlier[-1]])
        theirs = [self._built[s] for s in earlier if last_sent.start <= s < last_sent.end]
        k = mine.index(cand.start) if cand.start in mine else -1
        return theirs[k] if 0 <= k < len(theirs) and len(theirs) == len(mine) else None

    def _changed_figure(self, doc: Doc, cand: Candidate, sent: Span) -> Optional[Figure]:
        """The count a percentage change is of: the figure before it in its sentence
        ('... found guilty – up 70% on the year before', 'an 8% increase'), kept on the
        candidate: the change covers that count's period too (periods.py)."""
        measured = cand.extras["measured"] = self._measured_count(doc, cand, sent)
        return None if cand.counted_found else measured

    def _measured_period(self, doc: Doc, cand: Candidate, sent: Span, dates, start_char: int, end_char: int):
        """'It received 1,546 complaints between April and September. This is a 16% decrease on
        the same period last year': a change with no date of its own but its base's covers the
        period of the count it measures (NOT_LINKED when it measures none or has its own)."""
        measured = cand.extras.get("measured")
        if measured is None or any(not _COMPARATIVE_DATE.search(d.text) and not self._dates_a_base(d, start_char)
                                   for d in self._dates_of(doc, cand, sent, dates, start_char, end_char)[0]):
            return NOT_LINKED
        return (measured.period_from, measured.period_to, "series") if measured.period_from else None

    def _dates_a_base(self, d, start_char: int) -> bool:
        """'versus 1,640 in 2021 - a 5 percent decrease': a date before a change, right after
        another count, dates that count (the base compared with), not the change."""
        return d.span[1] <= start_char and any(0 <= d.span[0] - f.span[1] <= 4 for f in self._built.values()
                                               if f.span[1] <= d.span[0])

    def _measured_count(self, doc: Doc, cand: Candidate, sent: Span) -> Optional[Figure]:
        if cand.unit != "percent":
            return None
        around = " ".join(t.lower_ for t in doc[max(sent.start, cand.start - 2): min(sent.end, cand.span.end + 1)])
        if not _CHANGE.search(around):
            return None
        before = [self._built[s] for s in self._built if sent.start <= s < cand.start and self._built[s].unit == "count"]
        if before:
            # "5,763 in 2012, a 3 percent decrease from 2011, when it received 5,969, and a 22
            # percent decrease from 2008", "1,551 in 2012, versus 1,640 in 2011 - a 5 percent
            # decrease": a count after the sentence's first comparison is a base compared with;
            # the change measures the count stated before it
            text = doc_text(doc)
            first = _COMPARISON.search(text, sent.start_char, doc[cand.start].idx)
            stated = [f for f in before if first is None or f.span[1] <= first.start()]
            return (stated or before)[-1]
        # "The Office received 3,185 complaints. That is an 8% increase on the year before."
        opening = [t.lower_ for t in doc[sent.start:min(sent.end, sent.start + 2)]]
        if opening[:1] in (["that"], ["this"], ["it"]) and opening[1:] in (["is"], ["was"], ["represents"], ["marks"]) \
                and self._built and sent.start - max(self._built) < 80:
            last = self._built[max(self._built)]
            return last if last.unit == "count" else None
        return None

    def _base_outcome(self, cand: Candidate, counted: Optional[str]) -> Optional[str]:
        """'1,505 officers have been barred ..., 10 of them in Nottinghamshire': a part a
        pointer takes from a figure before it ('of them', 'of those') counts its outcome,
        when it states none of its own and counts the same thing ('26 of those cases' of
        officers who resigned counts cases, not resignations)."""
        base = cand.extras.get("base")
        built = self._built.get(base.start) if base is not None else self._fronted_whole(cand)
        if built is None or counted not in (None, built.counted):
            return None
        doc, i = cand.span.doc, cand.span.end
        while i < len(doc) and doc[i].lower_ in ("of", "those", "these", "the"):
            i += 1
        named = self._phrase_at(self.counted, doc, i, min(len(doc), i + 4)) if i < len(doc) else None
        return built.outcome if named is None or named[0] == built.counted else None

    def _fronted_whole(self, cand: Candidate) -> Optional[Figure]:
        """'Of the 62 officers who retired or resigned ..., 18 were constables, nine sergeants':
        the set fronted at the head of the sentence that a part is counted from. Its outcome
        is what the part shares when the part states none of its own."""
        if cand.out_of is None:
            return None
        doc, sent = cand.span.doc, self._sent(cand.span)
        for start, whole in self._built.items():
            if sent.start <= start < cand.start and whole.value == cand.out_of and fronted_base(doc, start, sent.start):
                # the part opens the main clause, or is listed after a part of the same set ("nine
                # sergeants"); not a count inside a clause of its own ("..., action was taken against 54")
                before = doc[cand.start - 1].lower_
                opens = before == "," and not any(t.text == "," for t in doc[start:cand.start - 1])
                listed = before in (",", "and") and any(
                    start < s < cand.start and f.out_of == whole.value for s, f in self._built.items())
                return whole if (opens or listed) and self._described_part(doc, cand) else None
        return None

    @staticmethod
    def _described_part(doc: Doc, cand: Candidate) -> bool:
        """A part that only says who it is: listed bare ('nine sergeants') or the subject of
        'were' ('18 were constables'); not one with a verb or a negation of its own ('14 had
        not been disciplined', '18 have since returned')."""
        i = cand.span.end
        if cand.noun and doc[i:i + len(cand.noun.split())].text == cand.noun:
            i += len(cand.noun.split())
        if i >= len(doc) or doc[i].is_punct or doc[i].lower_ in ("and", "or", "while", "whereas"):
            return True
        return doc[i].lower_ in ("were", "are", "was", "is") and i + 1 < len(doc) \
            and doc[i + 1].lower_ not in ("not", "never", "no", "n't")

    def _counted_from_context(self, doc: Doc, cand: Candidate, sent: Span):
        """What a figure with no noun of its own counts, from what it is part of:
        '30,521 of them were handled formally' (the base its pointer names), or a
        bracketed breakdown, '57 needed an investigation (31 independent, eight
        managed and 18 supervised)' (the noun before the bracket, else the figure)."""
        base = cand.extras.get("base")
        if base is None:
            opened = self._bracket_opening(doc, cand, sent)
            if opened is None or self._is_bracketed(doc, cand.span):
                return None
            hit = self._label_ending_at(doc, opened - 1) if opened > sent.start else None
            if hit:
                return hit, doc[opened - 1].text
            before = [s for s in self._by_start if sent.start <= s < opened]
            base = self._by_start[max(before)] if before else None
        built = self._built.get(base.start) if base is not None else None
        return (built.counted, built.noun) if built is not None and built.counted else None

    def _bracket_opening(self, doc: Doc, cand: Candidate, sent: Span) -> Optional[int]:
        """The '(' a figure stands inside, within its sentence."""
        i = cand.start - 1
        nearest = self._token_marks(doc).last_paren[i] if i >= 0 else -1
        if nearest >= max(sent.start, cand.start - LOOKBACK) and doc[nearest].text == "(":
            return nearest
        return None

    def _restating_subject(self, doc: Doc, cand: Candidate, sent: Span) -> Optional[Figure]:
        """'In 2021, 34 complaints were sustained. The following year, that rose to 47', 'That
        is up from 50 in 2021', 'That compares with 29 in 2021/22 and 33 the year before', 'The
        figure was 75 the year before': a count with no noun in a sentence whose subject is
        'that', 'this', 'the figure' or 'the total' is the count before it again, at another
        time: it counts what that count counted, with its outcome."""
        if cand.counted_found or self._cell(cand) is not None:
            return None  # a table's "Total" row is a sum, not a restatement
        k = cand.start - 1
        while k > sent.start and cand.start - k < 12 and doc[k].lower_ not in _RESTATING:
            k -= 1
        if doc[k].lower_ not in _RESTATING or doc[k].i + 1 < len(doc) and doc[k + 1].lower_ in ("of", "year", "month"):
            return None  # "this year", "that month": a date, not the count
        if doc[k].lower_ not in ("that", "this", "it") and (k == sent.start or doc[k - 1].lower_ not in ("the", "this", "that")):
            return None  # "Total Assigned Cases: 33,712" is a label, "the total" a restatement
        if self.counted(doc[k:cand.start]):
            return None  # a noun of its own between: not the count before
        opening = [t.lower_ for t in doc[sent.start:k] if not t.is_punct]
        if opening and not (opening in (["the"], ["and"], ["but"]) or self._date_opening(doc, sent.start, k)):
            return None
        earlier = [s for s in self._built if s < sent.start and self._built[s].unit == "count"]
        if not earlier or sent.start - max(earlier) >= 80:
            return None
        return self._built[max(earlier)]  # (asked only after a restating word: cheap)

    @staticmethod
    def _date_opening(doc: Doc, start: int, end: int) -> bool:
        """'The following year, that ...', 'In 2022 that ...': an opening that only dates the clause."""
        words = [t for t in doc[start:end] if not t.is_punct]
        return bool(words) and (words[0].lower_ in ("in", "by", "the", "a", "last", "this", "since")
                                and any(t.like_num or t.lower_ in ("year", "following", "next", "later") for t in words))

    def _another_outcome(self, doc: Doc, cand: Candidate, previous: Optional[Figure], near: bool) -> Optional[str]:
        """'Of those, 31 were for dishonesty. Another 12 involved sexual misconduct': 'another'
        or 'a further' count with no outcome of its own is one more of what the count before it
        counted, with its outcome. A count of the rest of a set, or of some among it, is in the
        set's outcome (_set_outcome)."""
        if previous is None or not near or cand.counted_found or cand.start < 1 \
                or doc[cand.start - 1].lower_ not in ("another", "further"):
            return self._set_outcome(doc, cand, previous)  # "In another 137 cases, ...": a noun of its own says what it is
        return previous.outcome

    def _set_outcome(self, doc: Doc, cand: Candidate, previous: Optional[Figure]) -> Optional[str]:
        """'One of the 20 suspended officers is a reservist, while the remaining 15 are
        rank-and-file officers': the rest of a set is in the set's outcome (the whole the part
        before it is of, not that part's). 'Four members of the Reserve are among 91 personnel
        on suspension': some among a counted set are in its outcome."""
        sent = self._sent(cand.span)
        after = doc[cand.span.end].lower_ if cand.span.end < len(doc) else ""
        # ("the remaining 10 received other sanctions" says what became of them: its own verb)
        if cand.start > sent.start and doc[cand.start - 1].lower_ == "remaining" and previous is not None \
                and after in ("are", "were", "is", "was"):
            near = [f for s, f in self._built.items() if s < cand.start and f.span[0] >= sent.start_char - 300]
            parts = [f for f in near if f.out_of is not None]
            wholes = [f for f in near if parts and f.value == parts[-1].out_of]
            return wholes[-1].outcome if wholes else None
        for i in range(cand.span.end, min(sent.end - 1, cand.span.end + 8)):
            if doc[i].is_punct:
                return None
            if doc[i].lower_ == "among" and doc[i - 1].lower_ in ("are", "were", "is", "was"):
                later = [c for s, c in self._by_start.items() if i < s <= i + 3]
                return self._outcome(doc, later[0]) if later else None
        return None
