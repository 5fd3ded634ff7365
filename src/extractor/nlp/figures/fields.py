"""A figure's outcome, and the clause it and the category are read from (the category itself:
category.py)."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Span

from .. import token_lowers
from .asides import base_phrase_end, aside_end, fronted_base
from .category import CategoryMixin
from .outcome_words import OutcomeWordsMixin
from .base import LOOKBACK, _CLAUSE_BREAKS, _INTRO_WORDS, _VERBS_AFTER_LIST, Candidate, _looks_verbal, repeat_end

# Words that join the noun phrases of a subject's list or aside: "six officers, including
# two sergeants, and four others"
_LIST_GLUE = {",", "and", "or", "including", "among", "of", "them", "whom", "the", "other", "others"}


class FieldsMixin(CategoryMixin, OutcomeWordsMixin):
    """FigureFinder's clause and outcome methods (its category methods come from CategoryMixin)."""

    def _list_end(self, doc: Doc, cand: Candidate) -> int:
        """Where the noun phrase after a figure ends: at its verb, the next figure or the sentence end."""
        sent = self._sent(cand.span)
        i = cand.span.end
        lowers = token_lowers(doc)
        while i < sent.end and i not in self._figure_starts and lowers[i] not in _VERBS_AFTER_LIST \
                and not (doc[i].like_num and i > cand.span.end and lowers[i - 1] in (",", "and", ";")):
            i += 1  # "two alleged excessive force, and one alleged theft": 'one' opens the next item
        return i

    @staticmethod
    def _listed(doc: Doc, start: int, end: int) -> bool:
        words = [t.lower_ for t in doc[start:end]]
        return words.count(",") >= 1 and ("and" in words or "or" in words)

    # --------------------------------------------------------------- outcome
    def _clause(self, doc: Doc, cand: Candidate) -> tuple[int, int]:
        """The figure's clause: bounded by punctuation, clause words and the
        figures either side (dates hold numbers too, so any number won't do).
        Found once a figure: a figure's fields ask for it a dozen times. Kept only once
        _prepare has indexed every figure (``_clause_memo``), and keyed by all of the
        figure it reads (its start, its words, whether it has a base)."""
        memo = self._clause_memo
        if memo is None:
            return self._find_clause(doc, cand)
        key = (cand.start, cand.span.start, cand.span.end, cand.out_of is not None)
        found = memo.get(key)
        if found is None:
            found = memo[key] = self._find_clause(doc, cand)
        return found

    def _find_clause(self, doc: Doc, cand: Candidate) -> tuple[int, int]:
        cell = self._cell(cand)
        if cell is not None:
            span = doc.char_span(*cell.bounds, alignment_mode="expand")
            return span.start, span.end
        sent = self._sent(cand.span)
        lowers = token_lowers(doc)
        start = cand.start
        while start > sent.start and lowers[start - 1] not in _CLAUSE_BREAKS and (start - 1) not in self._figure_ends:
            start -= 1
        end = repeat_end(doc, self._base_end(doc, cand))
        while end < sent.end and lowers[end] not in _CLAUSE_BREAKS and end not in self._figure_starts:
            end += 1
        # "115 officers and 43 members of staff were found guilty": coordinated figures share
        # the words that follow the last of them.
        # Not when the figure's own noun states its outcome: "31 suspensions and 12 sackings".
        if end in self._by_start and doc[end - 1].lower_ == "and" and end > cand.span.end \
                and self._noun_phrase_only(doc, cand.span.end, end - 1) \
                and not self.outcomes(doc[cand.span.end:end - 1]):
            return start, self._clause(doc, self._by_start[end])[1]
        return start, end

    @staticmethod
    def _noun_phrase_only(doc: Doc, start: int, end: int) -> bool:
        """No verb between two figures ('61 officers and 19 staff were ...'), so they
        are coordinated; '2 officers attended a meeting and 1 resigned' are not."""
        words = doc[start:end]
        return len(words) <= 5 and not any(_looks_verbal(t) for t in words)

    def _base_end(self, doc: Doc, cand: Candidate) -> int:
        """Where a figure's words end, counting a base stated with it ('31 of the 299')."""
        end = cand.span.end
        if cand.out_of is not None:
            for skip in (1, 2, 3):
                if end + skip in self._figure_starts and all(
                        t.lower_ in ("of", "the", "out") for t in doc[end: end + skip]):
                    return self._figure_span_end.get(end + skip, end + skip + 1)
        return end

    def _outcome(self, doc: Doc, cand: Candidate) -> Optional[str]:
        """The outcome its clause states, after the number first ("four resigned"),
        else before it ("misconduct was proven against 63 people"); the
        strongest where several are stated ("prosecuted and found guilty").
        A bracketed figure ("207 of the 266 (78 per cent)") states the outcome
        of the words before its bracket."""
        if self._is_bracketed(doc, cand.span):
            sent = self._sent(cand.span)
            before = [c for s_, c in self._by_start.items() if s_ < cand.start and self._sent(c.span) == sent]
            if before:
                parts = [c for c in before if c.out_of is not None]  # "207 of the 266 (78 per cent)": the part
                return self._outcome(doc, max(parts or before, key=lambda c: c.start))
            if cand.start >= 2 and doc[cand.start - 2].like_num:  # "One (1) resigned": its clause after the bracket
                return self._strongest_outcome(doc, cand.span.end + 1, self._next_break(doc, cand.span.end + 1, sent), cand)
            # "Forces that dismissed most officers included Kent (19)": the words before the list
            return self._strongest_outcome(doc, sent.start, cand.start, cand)
        cell = self._cell(cand)
        if cell is not None:
            # its row and column labels, the heading of the label column ("Number of months
            # suspended | Number of officers"), else the heading over the table, else the line
            # above it ("The board revoked officer certifications for these reasons.")
            over = self._ctx.heading_span(cell.bounds[0])
            # (the line above only for a table whose columns are years and whose rows state no
            # outcome: a column or row of its own, "Total", is not what the line says happened)
            caption = cell.caption if cell.column_label is None and not self._rows_state_outcomes(doc, cell.table) else None
            for bounds in (cell.row_label, cell.column_label, cell.parent_label, cell.corner, over, caption):
                place = doc.char_span(*bounds, alignment_mode="expand") if bounds else None
                found = self._strongest_outcome(doc, place.start, place.end, cand) if place is not None else None
                if found is not None:
                    return found
            return None
        start, end = self._outcome_clause(doc, cand)
        end = base_phrase_end(doc, cand.start, cand.span.end, end)  # "Three of the 14 deputies facing charges have ..."
        # "In 61 of the sustained cases, the officers received no discipline": what the
        # base's words say picks the set; the main clause says what happened to the part
        found = self._outcome_beyond(doc, cand, start, end) if self._of_a_set(doc, cand) else None
        if found is None:
            found = self._strongest_outcome(doc, start, end, cand)
        if found is None:
            found = self._outcome_beyond(doc, cand, start, end)
        if found is None:
            found = self._subject_outcome(doc, cand, start, end)
        if found is None:
            found = self._lead_in_outcome(doc, cand)
        if found is None:
            found = self._line_outcome(doc, cand)
        return found or self._outcome_elsewhere(doc, cand)  # outcome_elsewhere.py: past an aside, by an anaphor

    @staticmethod
    def _of_a_set(doc: Doc, cand: Candidate) -> bool:
        """'In 61 of the sustained cases, ...': a count of a set named after it by 'of the'."""
        i = cand.span.end
        return i + 1 < len(doc) and doc[i].lower_ == "of" and doc[i + 1].lower_ in ("the", "these", "those")

    def _subject_outcome(self, doc: Doc, cand: Candidate, start: int, end: int) -> Optional[str]:
        """'Five jail officers, eight inmates and four others were charged', 'Twenty people,
        including inmates and officers, were indicted', 'Three deputies, two of them
        sergeants, were fired': a figure opening its sentence as the subject, then a list or
        an aside of noun phrases, takes the outcome of the verb after them."""
        sent = self._sent(cand.span)
        if start != sent.start or cand.start > sent.start + 1 or end >= sent.end or doc[end].text != ",":
            return None  # the figure opens its sentence...
        if any(_looks_verbal(t) for t in doc[cand.span.end:end]):
            return None  # ...as a subject whose verb comes after the list, not in its own clause
        k, limit = end + 1, min(sent.end, end + 25)
        aside = aside_end(doc, end, limit)
        if aside is not None:
            return self._strongest_outcome(doc, aside + 1, self._next_break(doc, aside + 1, sent), cand)
        while k < limit and (doc[k].lower_ in _LIST_GLUE or doc[k].like_num or not _looks_verbal(doc[k])):
            if doc[k].text in (";", ":", "(", ")", "\u2013", "\u2014"):
                return None
            k += 1
        if k >= limit or k == end + 1 or not (doc[k - 1].text == "," or any(
                doc[j].lower_ in ("and", "or") for j in range(end + 1, k))):
            return None  # an aside closes with a comma, a list with 'and'; else no verb of the figure's
        return self._strongest_outcome(doc, k, self._next_break(doc, k, sent), cand)

    def _line_outcome(self, doc: Doc, cand: Candidate) -> Optional[str]:
        """A short line that gives one count and its label either side of a dash or colon
        ('9 – Exonerated', 'Sustained: 4'): the label is the count's outcome."""
        i = self._ctx.block_index(cand.span.start_char)
        if i is not None:
            if not self._ctx.short_item(cand.span.start_char):
                return None
            line = doc.char_span(*self._ctx.blocks[i].span, alignment_mode="expand")
        else:  # text without blocks: a sentence of a few words on a line of its own
            line = self._sent(cand.span)
            if len(line) > 10 or not (line.end == len(doc) or "\n" in line.text_with_ws[-2:]):
                return None
        if line is None or any(s != cand.start and line.start <= s < line.end for s in self._by_start):
            return None
        return self._strongest_outcome(doc, line.start, line.end, cand)

    def _next_break(self, doc: Doc, i: int, sent: Span) -> int:
        while i < sent.end and doc[i].lower_ not in _CLAUSE_BREAKS and i not in self._figure_starts:
            i += 1
        return i

    def _outcome_clause(self, doc: Doc, cand: Candidate) -> tuple[int, int]:
        """The clause, read past a bracketed figure: '36 (2.7%) were sacked', '73 per cent (38) of them left'."""
        start, end = self._clause(doc, cand)
        sent = self._sent(cand.span)
        inner = self._by_start.get(end + 1) if end < sent.end and doc[end].text == "(" else None
        if inner is not None and self._is_bracketed(doc, inner.span):
            end = self._next_break(doc, inner.span.end + 1, sent)
        return start, end

    def _outcome_beyond(self, doc: Doc, cand: Candidate, start: int, end: int) -> Optional[str]:
        """A clause that states no outcome of its own may lead into the one that does, or
        break down the one before it:
            'In 63 of these cases, misconduct was found proven'   the main clause after it
            'six were charged – two officers, two former officers' the clause before the dash"""
        sent = self._sent(cand.span)
        if fronted_base(doc, cand.start, start):
            return None  # "Of the 12 investigations into force, only one was sustained": the part's outcome
        if start == sent.start and doc[start].lower_ in _INTRO_WORDS and end < sent.end and doc[end].text == ",":
            return self._strongest_outcome(doc, end + 1, self._next_break(doc, end + 1, sent), cand)
        dash = self._breakdown_dash(doc, start, end, sent)
        if dash is not None:
            lead = dash
            while lead > sent.start and doc[lead - 1].lower_ not in _CLAUSE_BREAKS:
                lead -= 1
            return self._strongest_outcome(doc, lead, dash, cand)
        return None

    def _breakdown_dash(self, doc: Doc, start: int, end: int, sent: Span) -> Optional[int]:
        """The dash or colon opening the list of noun phrases a clause is an item of:
        '... charged – two serving officers, two former officers and two others'.
        Read from marks indexed once a document (TokenMarks): a sentence of thousands of
        figures would otherwise be walked back from each."""
        marks = self._token_marks(doc)
        floor = max(sent.start, start - LOOKBACK)
        i = start - 1
        nearest = marks.last_mark[i] if i >= 0 else -1
        if nearest > floor:
            if not marks.dash[nearest]:
                return None  # a clause of its own, not an item of a list
            i = nearest
        elif i >= floor:
            i = floor
        if i <= sent.start or not marks.dash[i]:
            return None
        return i if marks.verbs_before[end] == marks.verbs_before[i + 1] else None
