"""Numbers that are about who people are or when something happened, not conduct: the
shares of a town's or a force's make-up, and the day numbers and clock parts of dates."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from .. import doc_text
from .base import _CLAUSE_BREAKS, Candidate
from .respondents import answered_request


_ITEM_OPENER = re.compile(r"\s*(?:(?:q|question|item)\s*)?", re.I)  # what may stand before an item's number on its line
_ITEM_MARK = re.compile(r"\s*[-\u2013\u2014.):]\s+[A-Z]")
_DOT_LEADERS = re.compile(r"(?:\.\s?){3,}\s*$")
_REFERENCE_PART = re.compile(r"\d+\s*[-/]?\s*$")  # the first part of "529 -25", "2023/118"
_TAIL = 300  # characters of a line before a number that its label tests read


class PublicMixin:
    """FigureFinder's checks for demographic shares and parts of dates."""

    def _not_a_figure(self, doc: Doc, cand: Candidate, sent: Span, outcome) -> bool:
        """A demographic share or a part of a date; a demographic share is remembered as a
        count of something else, so the counts listed beside it are read as such too."""
        if self._date_part(doc, cand) or self._restated_in_brackets(doc, cand) or self._line_label(doc, cand) \
                or answered_request(doc, cand, sent, self._ctx.cues):
            return True
        if self._demographic_share(doc, cand, sent, outcome):
            self._not_conduct_starts.add(cand.start)
            return True
        return False

    def _line_label(self, doc: Doc, cand: Candidate) -> bool:
        """A number that labels a line, not a count: the item number opening a line of a request
        or its answer ('1 - How many ...', 'Q3. Please ...', '7: Please state'), a reference
        number after its label ('Enquiry Reference: 529 -25', 'FOI 611-23', 'Our ref: 2023/118')
        and a page number ending a contents line after dot leaders ('Discipline ...... 33')."""
        if cand.unit != "count" or cand.value is None:
            return False
        text = doc_text(doc)
        s, e = doc[cand.start].idx, cand.span.end_char
        line_end = text.find("\n", e)
        before, after = text[text.rfind("\n", 0, s) + 1:s], text[e:len(text) if line_end < 0 else line_end]
        if _ITEM_OPENER.fullmatch(before) and _ITEM_MARK.match(after):
            return True  # "1 - How many officers": a mark, then a capital that opens the item's own sentence
        if cand.counted_found:
            return False
        # the tests below end at the number, so the line's last stretch is enough: a line of
        # thousands of numbers was searched whole for each of them
        before = before[-_TAIL:]
        if _DOT_LEADERS.search(before) and not after.strip():
            return True
        before = _REFERENCE_PART.sub("", before) if cand.span.text.startswith(("-", "/")) or before[-1:] in "-/" else before
        return bool(self._reference_label().search(before))

    def _reference_label(self) -> re.Pattern:
        found = getattr(self, "_ref_label", None)
        if found is None:
            words = "|".join(re.escape(w) for w in sorted(self._ctx.cues.reference_labels, key=len, reverse=True))
            found = self._ref_label = re.compile(rf"\b(?:{words})\b\.?\s*(?:no\.?|number|#)?\s*[:#]?\s*$", re.I)
        return found

    def _demographic_share(self, doc: Doc, cand: Candidate, sent: Span, outcome) -> bool:
        """'the town is 41% Hispanic', 'arrests of juveniles (62% people of colour)': a share
        with a group of people right after it; 'Women made up 14% of the force: 9% of its
        sergeants' and the like: a share in a clause, or else a sentence, naming such a group
        that states no outcome, no kind of conduct and counts nothing but officers."""
        if cand.unit != "percent" or self._cell(cand) is not None:
            return False
        words = self._demographic_words()
        end = cand.span.end
        after = [t.lower_ for t in doc[end:min(sent.end, end + 3)]]
        if after and (after[0] in words or " ".join(after[:2]) in words or " ".join(after[1:3]) in words
                      and after[0] in ("people", "residents", "officers", "staff")):
            return True
        if outcome is not None:
            return False
        start = cand.start
        while start > sent.start and doc[start - 1].lower_ not in _CLAUSE_BREAKS:
            start -= 1
        while end < sent.end and doc[end].lower_ not in _CLAUSE_BREAKS:
            end += 1
        if self._names_a_group(doc, doc[start:end], words):
            return True
        key = (sent.start, sent.end)
        said = self._demographic_sents.get(key)
        if said is None:
            said = self._demographic_sents[key] = self._names_a_group(doc, sent, words)
        return said

    def _names_a_group(self, doc: Doc, span: Span, words: frozenset[str]) -> bool:
        """A group of people named, and no outcome, no kind of conduct and no count but of officers."""
        lowers = [t.lower_ for t in span]
        named = any(w in words for w in lowers) or any(f"{a} {b}" in words for a, b in zip(lowers, lowers[1:]))
        return named and not (self.outcomes(span) or self.categories(span)) \
            and all(doc.vocab.strings[m] == "officer" for m, _, _ in self.counted(span))

    def _demographic_words(self) -> frozenset[str]:
        words = getattr(self, "_demo_words", None)
        if words is None:
            words = self._demo_words = frozenset(self._ctx.cues.demographic_words)
        return words

    def _date_part(self, doc: Doc, cand: Candidate) -> bool:
        """'on June 3 and 4', 'set for Sept. 9', 'Updated 2021-04-06 10:12:55-05': a day
        number after a month's name (or joined to one that is), or a number glued to a clock
        time, is part of a date. 'In May 14 officers were ...' keeps its noun and is a figure."""
        if cand.unit != "count" or cand.counted_found or cand.value is None:
            return False
        start = cand.span.start
        text = doc_text(doc)
        c = doc[start].idx
        chunk = text[max(0, c - 12):c].split()[-1:] if c else []
        if chunk and chunk[0][-1] in "-+" and ":" in chunk[0] and not text[c - 1].isspace():
            return True  # a zone offset glued to a clock time
        if not (cand.value == int(cand.value) and 1 <= cand.value <= 31 and doc[start].is_digit):
            return False
        months = self._month_words()
        if start > 0 and doc[start - 1].lower_ in months:
            return True
        return start > 2 and doc[start - 1].lower_ in ("and", "to", "-", "&", "or") and doc[start - 2].is_digit \
            and doc[start - 3].lower_ in months

    def _month_words(self) -> frozenset[str]:
        words = getattr(self, "_months", None)
        if words is None:
            words = self._months = frozenset(self._ctx.cues.month_words)
        return words

    def _restated_in_brackets(self, doc: Doc, cand: Candidate) -> bool:
        """'Six (6) were sustained': the digits in brackets restate the word before them,
        read as its figure ('One (1)' keeps its digits: a lone 'one' is no figure)."""
        i = cand.span.start
        if i < 2 or doc[i - 1].text != "(" or cand.span.end >= len(doc) or not doc[cand.span.end].text.startswith(")"):
            return False
        word = doc[i - 2]
        if not (word.is_alpha and word.like_num) or word.lower_ in ("one", "zero") or (i - 2) not in self._built:
            return False
        return self._built[i - 2].value == cand.value
