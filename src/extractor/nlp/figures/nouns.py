"""What a figure counts: the head noun after it ("38 of the 52 officers", "a 41% increase in
complaints", "the number of officers ... was 394"). A table cell's or a bracketed count's noun is
in cell_nouns.py, a figure with no noun after it in clause_nouns.py."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc

from .base import _DETERMINERS, _SKIP_WORDS, _STOP_WORDS, Candidate, repeat_end
from .cell_nouns import CellNounsMixin
from .clause_nouns import ClauseNounsMixin

_NUMBER_OF_REACH = 60
# What a not-conduct word may modify and still leave a count of conduct: "use-of-force cases"
_MODIFIED_HEADS = {"case", "complaint", "allegation", "investigation", "referral"}
# A percentage stated as a change in something: "a 41% increase in the number of complaints"
_CHANGE_NOUNS = {"increase", "rise", "fall", "drop", "decrease", "jump", "reduction", "decline", "growth"}


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


def _compound_word(doc: Doc, i: int) -> bool:
    """'on-duty', 'off-duty', 'in-house' at i: a hyphened compound is one modifier of the noun
    after it ('two on-duty police officers'), not a preposition ending the noun phrase."""
    return i + 2 < len(doc) and not doc[i].whitespace_ and doc[i + 1].text == "-" \
        and not doc[i + 1].whitespace_ and doc[i + 2].is_alpha


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


def _year_on_year(doc: Doc, i: int) -> bool:
    """'17 per cent year on year', '9% year-on-year': the words after a change say over what
    span it is measured; 'year' there is no noun the percentage counts."""
    words = [t.lower_ for t in doc[i: i + 5]]
    return words[:3] == ["year", "on", "year"] or words[:3] == ["year", "-", "on"] or words[:1] == ["year-on-year"]


class NounsMixin(CellNounsMixin, ClauseNounsMixin):
    """FigureFinder's head-noun methods."""

    def _phrase_at(self, matcher, doc: Doc, start: int, end: int):
        """The first phrase of ``matcher`` (a DocPhrases) starting at ``start`` and ending by ``end``."""
        return matcher.first_at(doc, start, end)

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
            if tok.lower_ in _STOP_WORDS \
                    and not (tok.lower_ in ("out", "of") or tok.like_num or _compound_word(doc, i)):
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
