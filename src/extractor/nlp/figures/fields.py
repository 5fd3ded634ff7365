"""A figure's category and outcome, and the clause both are read from."""

from __future__ import annotations

from bisect import bisect_left
from typing import Optional

from spacy.tokens import Doc, Span

from ...records import Figure
from .. import token_lowers
from .asides import base_phrase_end, aside_end, fronted_base
from .outcome_words import OutcomeWordsMixin
from .base import LOOKBACK, _CLAUSE_BREAKS, _INTRO_WORDS, _VERBS_AFTER_LIST, Candidate, _looks_verbal, repeat_end

# Words that join the noun phrases of a subject's list or aside: "six officers, including
# two sergeants, and four others"
_LIST_GLUE = {",", "and", "or", "including", "among", "of", "them", "whom", "the", "other", "others"}


class FieldsMixin(OutcomeWordsMixin):
    """FigureFinder's category, clause and outcome methods."""

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

    def _topic_category(self, doc: Doc, mentions) -> Optional[str]:
        """The conduct the article's frame names, if it names one: its title and
        standfirst when they state a quantity ("Hundreds of officers accused of ..."),
        not when they tell one officer's case; without blocks, its first sentence."""
        if self._ctx.blocks:
            frame = self._ctx.frame_spans() if self._ctx.frame_quantified() else []
        else:
            frame = [(0, self._sents[0].end_char)] if self._sents else []
        for label, span in mentions:
            # "..., but fewer about sexual conduct": a conduct set against the frame is not its topic
            # ... nor one named for some of them ("..., some of them for sexual offences")
            if label != "all" and any(s <= span.start_char and span.end_char <= e
                                      and not self._ctx.across_contrast(s, span.start_char)
                                      and not self._ctx.example_between(s, span.start_char) for s, e in frame):
                return label
        return None

    def _whole_of_parts(self, doc: Doc, cand: Candidate, mentions, sent: Span) -> bool:
        """'decertified 123 officers, 20 for sexual misconduct': the part names its kind;
        the count it is part of is of every kind, whatever the article's frame is about."""
        i = cand.span.end
        while i < min(sent.end, cand.span.end + 3) and doc[i].is_alpha:
            i += 1
        part = self._by_start.get(i + 1) if i < sent.end and doc[i].text == "," else None
        if part is None or part.counted_found:
            return False
        j = part.span.end
        return j < sent.end and doc[j].lower_ in ("for", "involving", "over") and any(
            label != "all" and j <= span.start <= j + 3 for label, span in mentions)

    @staticmethod
    def _total_line(doc: Doc, cand: Candidate) -> bool:
        """'- Total: 13' under a list of kinds: the line's label says it sums them all."""
        i = cand.start - 1
        if i < 1 or doc[i].text not in (":", "-", "\u2013", "|"):
            return False
        i -= 1
        if doc[i].lower_ not in ("total", "overall", "totals", "all"):
            return False
        return i == 0 or "\n" in doc[i - 1].text or doc[i - 1].text in ("-", "*", "\u2022")

    def _one_persons(self, doc: Doc, mentions):
        """Drop a conduct named for one person ('A garda convicted of possessing cannabis was
        one of seven ...', 'the officer, who admitted theft, ...'): it is that person's, not
        the kind of a count in the article."""
        nouns = set(self._ctx.cues.single_person_nouns)
        out = []
        for label, span in mentions:
            sent = self._sent(span)
            personal = False
            for k in range(span.start - 1, max(sent.start, span.start - 9) - 1, -1):
                tok = doc[k]
                if tok.like_num or tok.text in (";", ":") or k in self._figure_starts:
                    break
                # a headline drops the article: "Garda dismissed after drink-driving conviction"
                if tok.lower_ in nouns and (k == sent.start or any(doc[j].lower_ in ("a", "an", "one", "the")
                                                                   for j in range(max(sent.start, k - 3), k))):
                    personal = not any(doc[j].like_num for j in range(max(sent.start, k - 3), k))
                    break
            if not personal:
                out.append((label, span))
        return out

    @staticmethod
    def _inside_general(mentions):
        """A kind named beside misconduct in general ('for misconduct or incompetence',
        lexicon 'all') is part of that general phrase, not the figure's kind."""
        general = [span for label, span in mentions if label == "all"]
        return [(label, span) for label, span in mentions
                if label == "all" or not any(g.start <= span.start and span.end <= g.end for g in general)]

    def _heading_category(self, cand: Candidate, mentions) -> Optional[str]:
        """The conduct the heading over the figure's block, or its list's lead-in, names."""
        place = self._ctx.heading_span(cand.span.start_char)
        if place is None:
            return None
        for label, span in mentions:
            if place[0] <= span.start_char and span.end_char <= place[1]:
                return label
        return None

    def _category(self, cand: Candidate, sent: Span, mentions, previous: Optional[Figure], topic) -> str:
        cell = self._cell(cand)
        if cell is not None:
            return self._cell_category(cell, mentions, previous, topic)
        doc = cand.span.doc
        fixed = "all" if self._total_line(doc, cand) or self._kinds_are_some_reasons(doc, cand, sent.start) else self._kind_share_category(doc, cand, sent, mentions)
        if fixed:
            return fixed
        # The conduct a figure's own clause names after it ("18 to fraud and 24 to drugs")...
        # ...but not one given as an example ("offences that included violence"): that is one kind of many
        mentions = [(label, span) for label, span in mentions
                    if not (cand.span.end < span.start < sent.end
                            and self._ctx.example_between(cand.span.end_char, span.start_char))]
        _, clause_end = self._clause(doc, cand)
        # "54,714 allegations of rudeness, corruption, assault and malpractice": every kind.
        list_end = self._list_end(doc, cand)
        listed = {label for label, span in mentions
                  if cand.span.end <= span.start and span.end <= list_end and label != "all"}
        if len(listed) >= 2 and self._listed(doc, cand.span.end, list_end):
            return "all"
        labelled = self._labelled_by(doc, cand, mentions)  # "... and excessive force for 71"
        if labelled:  # a labelled count is one item of a breakdown: its kind stays its own
            self._kind_shares.add(doc[cand.start].idx)
            return self._breakdown_kind(cand, sent, labelled)
        after = [(span.start, label) for label, span in mentions
                 if cand.span.end <= span.start and span.end <= clause_end and not self._labels_next(doc, span)]
        if after:
            return self._breakdown_kind(cand, sent, self._part_kind(cand, min(after)[1]))
        if self._unnamed_kind_after(doc, cand, clause_end):
            # "three related to officer attitude": a kind the lexicon has no word for
            return self._breakdown_kind(cand, sent, self._part_kind(cand, "other"))
        # ...else the nearest the sentence names between this figure's neighbours
        # ("Of the 112 allegations, 41 involved abuse of position": 41's, not 112's).
        before = bisect_left(self._ends_sorted, cand.start)  # the figure ends before this one
        lo = max(self._ends_sorted[before - 1] + 1 if before else sent.start, sent.start,
                 self._neighbours_clause_end(doc, cand, sent))
        base_end = self._base_end(doc, cand)  # "41 of the 112 concerned ...": the base belongs to the figure
        after = bisect_left(self._starts_sorted, base_end)  # the figure starts from base_end on
        hi = min(self._starts_sorted[after] if after < len(self._starts_sorted) else sent.end, sent.end)
        best, best_dist = None, None
        for label, span in mentions:
            if span.start < lo or span.end > hi or self._labels_next(doc, span):
                continue  # "4,790 allegations, most commonly of neglect of duty (38%)": the part's kind
            dist = cand.span.start - span.end if span.end <= cand.span.start else span.start - cand.span.end
            dist = dist + 0.5 if span.end <= cand.span.start else dist  # prefer the words after the number
            if best_dist is None or dist < best_dist:
                best, best_dist, best_start = label, dist, span.start
        if best:
            own = self._clause(doc, cand)
            # "Six, meanwhile, remained suspended for assault – while five ...": a kind after it is its own
            return self._breakdown_kind(cand, sent, best) if own[0] <= best_start < own[1] or best_start >= cand.span.end else best
        if self._whole_of_parts(doc, cand, mentions, sent):
            return "all"
        item = self._item_kind(cand, mentions)
        if item:
            return item
        heading = self._heading_category(cand, mentions)
        if heading:
            return heading
        return self._carried_category(cand, previous) or topic or "all"

    def _cell_category(self, cell, mentions, previous: Optional[Figure], topic) -> str:
        for bounds in (cell.row_label, cell.column_label):
            found = self._named_in(bounds, mentions)
            if found:
                return found
        # Rows labelled by kinds of conduct ("Theft | 2", "Discreditable conduct | 2"):
        # a kind the lexicon has no word for is another kind, not the row above's.
        if self._rows_name_conduct(cell.table, mentions):
            return "all" if cell.total else "other"
        found = self._named_in(cell.caption, mentions)
        if found:
            return found
        return previous.category if previous is not None and previous.category else (topic or "all")

    def _kind_share_category(self, doc: Doc, cand: Candidate, sent: Span, mentions) -> Optional[str]:
        """'Neglect of duty accounted for 38% of (all) complaints': a share of one kind, the
        one its sentence names, else one the lexicon does not name; 'all' is its base."""
        if cand.unit != "percent" or (cand.counted or cand.extras.get("counted")) not in ("complaint", "allegation") \
                or not self._ctx.kind_share(sent):
            return None
        kinds = [(abs(span.start - cand.start), label) for label, span in mentions
                 if label != "all" and sent.start <= span.start < sent.end]
        self._kind_shares.add(doc[cand.start].idx)
        return min(kinds)[1] if kinds else "other"

    @staticmethod
    def _named_in(bounds, mentions) -> Optional[str]:
        for label, span in mentions:
            if bounds and bounds[0] <= span.start_char and span.end_char <= bounds[1]:
                return label
        return None

    def _rows_name_conduct(self, table: int, mentions) -> bool:
        """Whether the row labels of a table name kinds of conduct (two or more do)."""
        if table not in self._conduct_rows:
            labels = {c.row_label for c in self._cells.values() if c.table == table}
            named = [b for b in labels if self._named_in(b, mentions) not in (None, "all")]
            self._conduct_rows[table] = len(named) >= 2
        return self._conduct_rows[table]

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
