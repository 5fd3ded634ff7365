"""What a figure in a table cell or in brackets counts: the cell's row, column and caption
labels ("Complaints received | 3"), or the noun before the bracket ("constables (342)")."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Span

from ...rulefiles import load_json
from ..tables import Cell
from .base import Candidate

_PLACING = {"during", "in", "into", "throughout", "after", "before", "following"}  # tokens between "the number of" and its figure, at most
# a table's caption naming the results of something counts that thing: "Findings by allegation type"
_RESULT_NOUNS = frozenset({"findings", "finding", "outcomes", "dispositions", "disposals"})
# outcomes only people undergo: a table label stating one makes its cells counts of officers
_PEOPLE_OUTCOMES = frozenset({"dismissed", "would_have_been_dismissed", "resigned", "retired", "barred", "suspended",
                              "final_written_warning", "written_warning", "jailed", "convicted"})


class CellNounsMixin:
    """FigureFinder's methods for what a table cell's or a bracketed count's figure counts."""

    def _cell(self, cand: Candidate) -> Optional[Cell]:
        return self._cells.get(cand.span.start)

    def _label(self, doc: Doc, cell: Cell) -> Span:
        return doc.char_span(*cell.row_label, alignment_mode="expand") or doc[0:0]

    def _cell_noun(self, doc: Doc, cand: Candidate, cell) -> None:
        # A table cell counts what its row label names ("Complaints received | 3").
        # else what the table's caption names ("Table 1: Allegations ... by force").
        places = [self._label(doc, cell)]
        if cell.parent_label:  # "Including under investigation" counts what the column before counts
            places.append(doc.char_span(*cell.parent_label, alignment_mode="expand"))
        if cell.column_label:
            places.append(doc.char_span(*cell.column_label, alignment_mode="expand"))
        if cell.caption:
            places.append(doc.char_span(*cell.caption, alignment_mode="expand"))
        # The first noun named is the head ("Allegations of theft, by force and year"); a row
        # label that names only a scope ("All five forces") leaves it to the caption.
        scoped = False
        for n, place in enumerate(places):
            if place is None:
                continue
            if n and place is places[-1] and cell.caption and self._people_label(doc, places[:-1]):
                cand.counted, cand.counted_found = "officer", True  # "Dismissed | 11" under "... hearings"
                return
            # "Falsification of statements during investigations": a noun inside a phrase
            # that places the conduct is not what the row counts
            hits = sorted((s, doc.vocab.strings[m], e) for m, s, e in self.counted(place)
                          if not (s > place.start and doc[s - 1].lower_ in _PLACING))
            # "Question 2", "Page 3" over a table: a numbered label, not what its cells count
            blocked = [(s, "not_conduct", e) for _, s, e in self.not_conduct(place)
                       if not (e < len(doc) and e < place.end and doc[e].like_num and s == place.start)]
            if len(hits) > 1 and doc[hits[0][0]].lower_ in _RESULT_NOUNS and hits[1][0] - hits[0][2] <= 2:
                hits = hits[1:]  # "Findings by allegation type", "Outcomes of complaints": what they are of
            if hits and (not blocked or min(hits) < min(blocked)):
                start, cand.counted, end = hits[0]
                for s2, label2, e2 in hits[1:]:  # "Complaint allegations": the last noun is the head,
                    if s2 == end and label2 != "case":  # but "Complaint cases" are complaints
                        cand.counted, end = label2, e2
                cand.counted_found = True
                cand.noun = doc[start:end].text
                return
            # a sentence of prose above the table ("set out below, by the year in which ...")
            # does not make its cells counts of years; a title line can
            prose = place is places[-1] and cell.caption and len(place) > 12
            scoped = scoped or (bool(blocked) and not prose)
        if scoped:
            cand.counted, cand.counted_found = "not_conduct", True

    def _people_label(self, doc: Doc, labels) -> bool:
        """A row or column label that states what only people undergo ('Dismissed', 'Final
        written warning', 'Resigned or retired'): its cells count officers, whatever the
        caption counts ('the outcomes of its gross misconduct hearings')."""
        for label in labels:
            if label is None:
                continue
            for match_id, _, _ in self.outcomes(label):
                if self.outcome_rank[doc.vocab.strings[match_id]][1] in _PEOPLE_OUTCOMES:
                    return True
        return False

    def _rows_state_outcomes(self, doc: Doc, table: int) -> bool:
        """Whether a table's row labels state outcomes ('Dismissed | 6 | 9'), found once a table."""
        if table not in self._outcome_rows:
            labels = {c.row_label for c in self._cells.values() if c.table == table}
            spans = [doc.char_span(*b, alignment_mode="expand") for b in labels]
            self._outcome_rows[table] = any(span is not None and self.outcomes(span) for span in spans)
        return self._outcome_rows[table]

    def _bracketed_noun(self, doc: Doc, cand: Candidate) -> None:
        span = cand.span
        if span.start >= 2 and doc[span.start - 2].lower_ in self._share_words or cand.unit == "percent":
            return  # "73 per cent (38)", "three-fourths (199)", "a quarter (27%)": a share and its count go together
        closing = doc[span.end].text  # the tokenizer keeps "):" as one token
        after = doc[span.end + 1].text if span.end + 1 < len(doc) else ""
        line_start = span.start == 1 or "\n" in doc[span.start - 2].whitespace_
        if line_start or ":" in (closing[1:], after) or doc[span.start - 2].text == ".":
            cand.counted, cand.counted_found = "not_conduct", True
            return  # "Misconduct (1):", "(2) Gross misconduct means": footnote markers
        for i in range(span.start - 2, max(span.start - 6, -1), -1):
            hit = self._label_ending_at(doc, i)
            if hit:
                cand.counted, cand.counted_found = hit, True
                cand.noun = doc[i].text
                return
        if self._in_bracketed_run(doc, span):
            return  # "dishonesty (126), drugs (44) and harassment (26)": counts listed against grounds
        if span.start >= 2 and self._phrase_at(self.not_conduct, doc, span.start - 2, span.start - 1):
            cand.counted, cand.counted_found = "not_conduct", True
            return  # "Comments (12)"
        if span.start >= 2 and (doc[span.start - 2].is_title or self._phrase_at(self.outcomes, doc, span.start - 2, span.start - 1)
                                or doc[span.start - 2].lower_ in self._outcome_words):
            return  # "Derbyshire (seven)", "were dismissed (29)": the count carries what the list counts
        cand.counted, cand.counted_found = "not_conduct", True

    def _in_bracketed_run(self, doc: Doc, span: Span) -> bool:
        """'for dishonesty (126), drugs (44) and harassment (26)': a run of at least three
        counts in brackets, each after a lowercase word and each ending an item of the list
        (a comma, a semicolon, 'and'/'or', or the sentence's end after it), in a sentence that
        names conduct or an outcome, lists what those counts count by kind. One or two
        bracketed numbers are an aside or a reference ('regulation (2)')."""
        sent = self._sent(span)
        items = [i for i in range(max(sent.start + 2, 2), sent.end - 1) if _count_after_word(doc, i)]
        ended = sum(_ends_item(doc, i, sent.end) for i in items)  # the last may run on: "(3) last year"
        return span.start in items and len(items) >= _MIN_RUN and ended >= len(items) - 1 \
            and self._conduct_said(sent)

    def _listed_place(self, doc: Doc, cand: Candidate) -> bool:
        """'Merseyside (19)': a count listed against a place, whose own figures they are."""
        return self._is_bracketed(doc, cand.span) and cand.span.start >= 2 and doc[cand.span.start - 2].is_title

    def _opens_aside(self, doc: Doc, span: Span) -> bool:
        """'(15 cases are still pending)': a bracketed aside, not a count in brackets."""
        return span.start > 0 and doc[span.start - 1].text == "(" and not self._is_bracketed(doc, span)

    @staticmethod
    def _is_bracketed(doc: Doc, span: Span) -> bool:
        return (span.start > 0 and doc[span.start - 1].text == "(" and span.end < len(doc)
                and doc[span.end].text.startswith(")"))

    def _label_ending_at(self, doc: Doc, i: int) -> Optional[str]:
        for match_id, s, e in self.counted(doc[max(0, i - 3): i + 1]):
            if e == i + 1:
                return doc.vocab.strings[match_id]
        return None

    def _has_conduct_context(self, doc: Doc, sent: Span, cand: Candidate) -> bool:
        key = (sent.start, sent.end)
        if key not in self._sent_context:
            self._sent_context[key] = bool(self.categories(sent) or self.counted(sent) or self.outcomes(sent))
        if self._sent_context[key]:
            return True
        cell = self._cell(cand)
        if cell is None:
            return False
        # a table cell's context is also its headings and caption
        places = [doc.char_span(*b, alignment_mode="expand") for b in (cell.column_label, cell.caption) if b]
        return any(p is not None and (self.categories(p) or self.counted(p) or self.outcomes(p)) for p in places)


_MIN_RUN = 3
_REFERENCE_NOUNS = frozenset(load_json("numbers.json")["reference_nouns"])
_ITEM_ENDS = {",", ";", "and", "or", "."}


def _count_after_word(doc: Doc, i: int) -> bool:
    """Token ``i`` is a count in brackets after a lowercase word that names no part of a text."""
    tok, before = doc[i], doc[i - 2]
    return tok.like_num and doc[i - 1].text == "(" and doc[i + 1].text.startswith(")") and before.is_lower \
        and before.is_alpha and before.lower_ not in _REFERENCE_NOUNS


def _ends_item(doc: Doc, i: int, end: int) -> bool:
    """The bracket after token ``i`` ends an item of a list: a comma, a semicolon, 'and'/'or' or the end."""
    close = doc[i + 1].text
    if close[1:]:
        return close[1:] in _ITEM_ENDS  # the tokenizer keeps "),"  as one token
    return i + 2 >= end or doc[i + 2].lower_ in _ITEM_ENDS
