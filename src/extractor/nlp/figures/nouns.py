"""What a figure counts: the head noun after it, a bracketed count's noun, a table cell's labels."""

from __future__ import annotations

from bisect import bisect_left
from typing import Optional

from spacy.tokens import Doc, Span

from ..tables import Cell
from .base import _CLAUSE_BREAKS, _DETERMINERS, _SKIP_WORDS, _STOP_WORDS, _CHANGE_VERBS, Candidate, _looks_verbal, repeat_end

_NUMBER_OF_REACH = 60
# A percentage stated as a change in something: "a 41% increase in the number of complaints"
# What a not-conduct word may modify and still leave a count of conduct: "use-of-force cases"
_MODIFIED_HEADS = {"case", "complaint", "allegation", "investigation", "referral"}
_DIRECT_CHANGES, _MAKING = ({"up", "down", "jumped", "soared", "plunged", "declined", "surged", "slipped", "by"},
                            {"make", "makes", "made", "making", "add", "adds", "added"})  # "making up 18% of them": a part
_CHANGE_NOUNS = {"increase", "rise", "fall", "drop", "decrease", "jump", "reduction", "decline", "growth"}
_PLACING = {"during", "in", "into", "throughout", "after", "before", "following"}  # tokens between "the number of" and its figure, at most


# "complaints against officers", "allegations about staff": the noun after one is not the head
_OBJECT_PREPOSITIONS = {"against", "about", "involving", "concerning", "into", "regarding", "by"}

def _past_range(doc: Doc, span, i: int) -> int:
    """Past the other end of a range the figure opens ('from 12 to 20 staff')."""
    if span.start > 0 and doc[span.start - 1].lower_ in ("from", "between") and i + 1 < len(doc) \
            and doc[i].lower_ in ("to", "and") and doc[i + 1].like_num:
        return i + 2
    return i


def _past_possessive(doc: Doc, i: int, limit: int) -> Optional[int]:
    """The token after a possessive standing at i ('the force's', 'last year's'), else None."""
    tok = doc[i]
    poss = i + 1 + (tok.lower_ in ("last", "next", "this"))
    if poss + 1 < limit and doc[poss].lower_ in ("'s", "’s") and not tok.like_num:
        return poss + 1
    return None


def _list_step(doc: Doc, j: int):
    """From the comma or 'and' at ``j`` to the end of the next listed number ('%' and 'per
    cent' included), and whether the step joins with 'and' / 'or'; None if no number follows."""
    if j + 1 >= len(doc) or doc[j].lower_ not in (",", "and", "or"):
        return None
    k, joined = j + 1, doc[j].lower_ in ("and", "or")
    if doc[k].lower_ in ("and", "or"):
        joined, k = True, k + 1
    if k >= len(doc) or not doc[k].like_num:
        return None
    k += 1
    while k < len(doc) and doc[k].lower_ in ("%", "per", "cent", "percent"):
        k += 1
    return k, joined


# a table's caption naming the results of something counts that thing: "Findings by allegation type"
_RESULT_NOUNS = frozenset({"findings", "finding", "outcomes", "dispositions", "disposals"})


def _label_after(doc: Doc, start: int, i: int) -> int:
    """'- 1,204: complaints filed with the agency', '41%: share of complaints involving stops':
    a count opening its line, then a colon, is labelled by the words after the colon."""
    if i + 1 >= len(doc) or doc[i].text != ":":
        return i
    if start > 0 and not (doc[start - 1].text in ("-", "*", "\u2022", "\u2013") or "\n" in doc[start - 1].text):
        return i
    i += 1
    if i + 1 < len(doc) and doc[i].lower_ in ("share", "proportion", "percentage") and doc[i + 1].lower_ == "of":
        i += 2  # "41%: share of complaints": the share's noun
    return i


def _two_clauses(doc: Doc, start: int, i: int) -> bool:
    """'Investigators sustained 27, and 11 officers were suspended': two numbers joined by a
    comma and 'and', with no number listed before the first or after the second, are two
    clauses, not a list before one noun (a list of two takes no comma)."""
    if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ not in ("and", "but") or not doc[i + 2].like_num:
        return False
    if start >= 2 and doc[start - 1].text in (",", "and") and doc[start - 2].like_num:
        return False
    return _list_step(doc, i + 3) is None


# outcomes only people undergo: a table label stating one makes its cells counts of officers
_PEOPLE_OUTCOMES = frozenset({"dismissed", "would_have_been_dismissed", "resigned", "retired", "barred", "suspended",
                              "final_written_warning", "written_warning", "jailed", "convicted"})


def _year_on_year(doc: Doc, i: int) -> bool:
    """'17 per cent year on year', '9% year-on-year': the words after a change say over what
    span it is measured; 'year' there is no noun the percentage counts."""
    words = [t.lower_ for t in doc[i: i + 5]]
    return words[:3] == ["year", "on", "year"] or words[:3] == ["year", "-", "on"] or words[:1] == ["year-on-year"]

class NounsMixin:
    """FigureFinder's head-noun methods."""

    def _phrase_at(self, matcher, doc: Doc, start: int, end: int):
        """The first phrase of ``matcher`` (a DocPhrases) starting at ``start`` and ending by ``end``."""
        return matcher.first_at(doc, start, end)

    def _cell(self, cand: Candidate) -> Optional[Cell]:
        return self._cells.get(cand.span.start)

    def _label(self, doc: Doc, cell: Cell) -> Span:
        return doc.char_span(*cell.row_label, alignment_mode="expand") or doc[0:0]

    def _head_noun(self, doc: Doc, cand: Candidate) -> None:
        span = cand.span
        cell = self._cell(cand)
        if cell is not None:
            self._cell_noun(doc, cand, cell)
            return
        # A bracketed count names its noun before the bracket: "constables (342)".
        if self._is_bracketed(doc, span):
            self._bracketed_noun(doc, cand)
            return
        i = repeat_end(doc, span.end)  # "thirteen (13) investigations"
        i = _label_after(doc, cand.start, i)  # "- 1,204: complaints filed in 2022"
        if not _two_clauses(doc, cand.start, i):
            i = self._shared_list_end(doc, i)  # "38%, 22% and 10% of complaints": the list's noun
        i = _past_range(doc, span, i)  # "grew from 12 to 20 staff": both ends count the noun after the range
        if cand.unit == "percent" and (self._change_of(doc, cand, i) or _year_on_year(doc, i)):
            return  # "up 17 per cent year on year": how the change is measured, not a noun
        # "118 out of 490 overall referrals", "38 of the 52 officers": look past the base.
        limit = min(len(doc), i + 8)
        steps = 0
        while i < limit and steps < 6:
            tok = doc[i]
            if tok.is_punct and tok.text not in ("-", "'", "’") or "\n" in tok.text:
                break
            if tok.lower_ in self._outcome_words and tok.lower_.endswith("ed") \
                    and not self._phrase_at(self.counted, doc, i + 1, min(len(doc), i + 4)):
                break  # "Eight resigned ahead of their hearings": the verb ends the noun phrase
            if (past := _past_possessive(doc, i, limit)) is not None:
                i, steps = past, steps + 1  # "half of last year's cases": a possessive is not the head
                continue
            kind = self._phrase_at(self.categories, doc, i, min(len(doc), i + 4))
            if kind and kind[1] - i >= 2 and not self.counted(doc[i:kind[1]]):
                # "23,000 excessive force investigations": the conduct's words are not the noun
                i = kind[1]
                continue
            # the longer of a not-conduct and a conduct noun: "incidents of alleged misconduct"
            found = [(self._phrase_at(m, doc, i, min(len(doc), i + 4)), label)
                     for m, label in ((self.not_conduct, "not_conduct"), (self.counted, None))]
            found = sorted(((h, label) for h, label in found if h), key=lambda f: -f[0][1])[:1]
            if found and found[0][1] == "not_conduct":
                modified = self._modified_noun(doc, found[0][0][1])
                if modified is not None:  # "96 use-of-force cases": the not-conduct word is a modifier
                    found = [(modified, None)]
            if found and found[0][0]:
                self._take_noun(doc, cand, i, *found[0])
                return
            if tok.lower_ in _STOP_WORDS and not (tok.lower_ in ("out", "of") or tok.like_num):
                break
            if tok.lower_ in _DETERMINERS and doc[i - 1].lower_ != "of":
                break  # "299 the year before": a determiner starts another noun phrase
            if tok.lower_ in ("them", "those", "these", "whom", "which") and doc[i - 1].lower_ == "of" \
                    and self._phrase_at(self.counted, doc, i + 1, min(len(doc), i + 4)) in (None, ("case", i + 2)):
                if tok.lower_ in ("those", "these") and (nc := self._phrase_at(self.not_conduct, doc, i + 1, i + 4)):
                    return self._take_noun(doc, cand, i, nc, "not_conduct")  # "290 of these agencies": its own noun
                break  # "four of them", "63 of these cases": the antecedent's; "10 of these investigations" names it
            if tok.lower_ not in _SKIP_WORDS and not tok.like_num and tok.lower_ != "out":
                steps += 1
            i += 1
        self._number_of(doc, cand)

    def _take_noun(self, doc: Doc, cand: Candidate, i: int, hit, label) -> None:
        """The noun phrase from ``i`` to the end of ``hit`` is what the figure counts."""
        if label is None:  # "complaint allegations": the last noun is the head...
            nxt = self._phrase_at(self.counted, doc, hit[1], min(len(doc), hit[1] + 4))
            # ...but "complaint cases" are complaints, and "officers referred" are officers
            while nxt and nxt[0] != "case" and not doc[nxt[1] - 1].lower_.endswith("ed"):
                hit, nxt = nxt, self._phrase_at(self.counted, doc, nxt[1], min(len(doc), nxt[1] + 4))
        cand.counted = label or hit[0]
        if label is None and self._phrase_at(self.not_conduct, doc, hit[1], min(len(doc), hit[1] + 4)):
            cand.counted = "not_conduct"  # "hundreds of individual departments"
        cand.counted_found = True
        cand.noun = doc[i:hit[1]].text

    def _modified_noun(self, doc: Doc, j: int):
        """The conduct noun right after a not-conduct word that modifies it ('use-of-force
        cases', 'arrest complaints'), as a phrase hit (label, end); None if there is none."""
        if j < len(doc) and doc[j].text in ("-", "–"):
            j += 1
        hit = self._phrase_at(self.counted, doc, j, min(len(doc), j + 4)) if j < len(doc) else None
        return (hit[0], hit[1]) if hit and hit[0] in _MODIFIED_HEADS else None

    def _shared_list_end(self, doc: Doc, i: int) -> int:
        """'38%, 22%, 15% and 10% of complaints', '12, 15 and 20 officers': numbers listed
        before one noun all count it; where the list ends, that noun begins. A list is
        joined by 'and' or 'or' ('Of the 80, 12 officers' is no list). Each list is walked
        once (self._list_walks: position -> (end, joined from there on)): every number of
        a list of thousands walking to its end was quadratic."""
        walked, path, j = self._list_walks, [], i
        while j not in walked:
            step = _list_step(doc, j)
            if step is None:
                walked[j] = (j, False)
                break
            path.append((j, step[1]))
            j = step[0]
        end, joined = walked[j]
        for pos, joined_here in reversed(path):
            joined = joined or joined_here
            walked[pos] = (end, joined)
        end, joined = walked[i]
        return end if joined else i

    def _change_of(self, doc: Doc, cand: Candidate, i: int) -> bool:
        """'a 41% increase in the number of complaints', 'an 8% rise in referrals': the
        change counts what it is a change in."""
        if i + 1 >= len(doc) or doc[i].lower_ not in _CHANGE_NOUNS or doc[i + 1].lower_ != "in":
            return False
        k = i + 2
        while k < len(doc) and doc[k].lower_ in ("the", "number", "numbers", "of", "total", "level", "new"):
            k += 1
        hit = self._phrase_at(self.counted, doc, k, min(len(doc), k + 4))
        if hit is None:
            return False
        cand.counted, cand.counted_found, cand.noun = hit[0], True, doc[k:hit[1]].text
        return True

    def _sentence_noun(self, doc: Doc, cand: Candidate, sent: Span):
        """'While complaints were up, a total of 942 were deemed inadmissible': a figure
        with no noun, first in its sentence, counts the noun its sentence named before it."""
        k = bisect_left(self._starts_sorted, sent.start)
        if (k < len(self._starts_sorted) and self._starts_sorted[k] < cand.start) or not self._elliptical(doc, cand):
            return None
        hits = [(s, doc.vocab.strings[m], e) for m, s, e in self.counted(doc[sent.start:cand.start])]
        hits = [h for h in hits if not self._phrase_at(self.not_conduct, doc, h[0], h[2] + 1)]
        if not hits:
            return None
        # "Officers with at least one sustained allegation: 88": a label's head is its first noun
        labelled = cand.start > 0 and doc[cand.start - 1].text == ":"
        near = not any(t.lower_ in _CLAUSE_BREAKS for t in doc[max(hits)[2]:cand.start])
        s_, label, e = min(hits) if labelled else self._phrase_head(doc, hits) if near else max(hits)
        return label, doc[s_:e].text

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
        if span.start >= 2 and self._phrase_at(self.not_conduct, doc, span.start - 2, span.start - 1):
            cand.counted, cand.counted_found = "not_conduct", True
            return  # "Comments (12)"
        if span.start >= 2 and (doc[span.start - 2].is_title or self._phrase_at(self.outcomes, doc, span.start - 2, span.start - 1)
                                or doc[span.start - 2].lower_ in self._outcome_words):
            return  # "Derbyshire (seven)", "were dismissed (29)": the count carries what the list counts
        cand.counted, cand.counted_found = "not_conduct", True

    def _elliptical(self, doc: Doc, cand: Candidate) -> bool:
        """'This rose to 172 in ...', 'Seventy were investigated': no noun follows the
        number at all. '120 new homes' has one, just not a noun about conduct."""
        if self._cell(cand) is not None or self._is_bracketed(doc, cand.span):
            return True
        nxt = doc[cand.span.end] if cand.span.end < len(doc) else None
        return nxt is None or nxt.is_punct or nxt.is_space or nxt.is_stop or nxt.lower_ in _STOP_WORDS \
            or nxt.like_num or _looks_verbal(nxt) or nxt.lower_ in self._outcome_words \
            or (nxt.lower_.endswith("ly") and len(nxt) > 4) \
            or nxt.lower_ in self._kind_heads  # "and 541 relating to corruption", "12 for theft"

    @staticmethod
    def _phrase_head(doc: Doc, hits):
        """The last counted noun before a figure, unless it is the object of another's
        preposition: 'Complaints against officers numbered 1,204', 'complaints against Fairmont
        Police Department officers dropped from 48' count complaints."""
        hits = sorted(hits)
        k = len(hits) - 1
        while k > 0 and (hits[k][0] - hits[k - 1][2] <= 3
                         and (any(t.lower_ in _OBJECT_PREPOSITIONS for t in doc[hits[k - 1][2]:hits[k][0]])
                              or hits[k][2] < len(doc) and doc[hits[k][2]].lower_ in ("'", "’", "'s", "’s"))
                         or NounsMixin._named_object(doc[hits[k - 1][2]:hits[k][0]])):
            k -= 1  # "officers' conduct": a possessive is not the head either
        return hits[k]

    @staticmethod
    def _named_object(gap: Span) -> bool:
        """'against Fairmont Police Department officers': an object with a body's name before it."""
        return 3 < len(gap) <= 6 and gap[0].lower_ in _OBJECT_PREPOSITIONS \
            and not any(t.is_punct and t.text not in ("'s", "’s", "'", "’") for t in gap)

    def _subject_noun(self, doc: Doc, cand: Candidate):
        """'Referrals to the IOPC rose to 80': with no noun of its own, a figure that
        a change verb reaches counts the clause's subject, if the clause names one."""
        if self._cell(cand) is not None or cand.start < 1 or doc[cand.start - 1].lower_ not in ("to", "at"):
            return None
        start, _ = self._clause(doc, cand)
        words = {t.lower_ for t in doc[start:cand.start]}
        if not words & _CHANGE_VERBS:
            return None
        hits = [(s, doc.vocab.strings[m], e) for m, s, e in self.counted(doc[start:cand.start])]
        if not hits:
            return None
        s_, label, e = min(hits)
        return label, doc[s_:e].text

    def _subject_not_conduct(self, doc: Doc, cand: Candidate) -> bool:
        """'total arrests dropped to 90,412', 'Staffing is down 20%': a figure a change verb reaches,
        with no noun of its own, whose clause's subject is a count of something not conduct."""
        if cand.start < 1 or self._cell(cand) is not None:
            return False
        before = doc[cand.start - 1].lower_
        direct = cand.unit == "percent" and before in _CHANGE_VERBS | _DIRECT_CHANGES and doc[cand.start - 2].lower_ not in _MAKING
        if before not in ("to", "at") and not direct:
            return False
        sent = self._sent(cand.span)
        start = cand.start - 1
        while start > max(sent.start, cand.start - 12) and doc[start - 1].lower_ not in _CLAUSE_BREAKS:
            start -= 1
        verb = next((t.i for t in doc[start:cand.start] if t.lower_ in _CHANGE_VERBS or t.lower_ in _DIRECT_CHANGES), None)
        if verb is None or verb == start:
            return False
        subject = doc[start:verb]  # the words before the verb: "This rose to 61 in the following 12 months and to 72"
        nots = self.not_conduct(subject)
        counted = self.counted(subject)
        first = [(s, "not") for _, s, _ in nots] + [(s, "counted") for _, s, _ in counted]
        # "False arrest complaints fell to 77", "Overtime fraud investigations rose 40%": a
        # not-conduct word that modifies the counted noun after it
        compound = any(e <= s2 for _, _, e in nots for _, s2, _ in counted)
        found = bool(first) and min(first)[1] == "not" and not compound
        cand.extras["subject_changed"] = found and direct  # "Violent crime fell 8%" measures crime
        return found

    def _number_of(self, doc: Doc, cand: Candidate) -> None:
        """'The number of officers placed on the list was 394': the noun comes
        after 'number of' earlier in the sentence."""
        sent = self._sent(cand.span)
        # Looked for within _NUMBER_OF_REACH tokens: over a whole sentence, a sentence of
        # thousands of numbers took quadratic time (3,000 numbers: 10 s).
        for i in range(cand.span.start - 2, max(sent.start, cand.span.start - _NUMBER_OF_REACH), -1):
            if doc[i].lower_ == "of" and doc[i - 1].lower_ in ("number", "numbers", "total", "count"):
                hit = self._phrase_at(self.counted, doc, i + 1, min(sent.end, i + 5))
                for j in range(i + 1, min(sent.end, i + 5)):
                    hit = hit or self._phrase_at(self.counted, doc, j, min(sent.end, j + 4))
                if hit:
                    cand.counted, cand.counted_found = hit[0], True
                    cand.noun = doc[i + 1: hit[1]].text
                return

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
