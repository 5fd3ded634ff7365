"""The period a figure takes from a link of its own: a table cell's heading or a line's label,
the date its when-clause hangs on, and the year before the one its sentence states (a count
a change is measured from, 'the previous year' set against a figure before it)."""

from __future__ import annotations

import re
from datetime import date
from typing import Optional

from spacy.tokens import Doc

from .. import doc_text
from ..context import LINE_PERIOD
from ...normalise.timex import resolve
from ...records import DateMention, Figure
from .joined_dates import _year_earlier
from .base import WHEN_LEAD, Candidate

# "in 2022, when 84 officers were fired", "since 2020, when only 52 ...": the when-clause
# tells what happened in that year, even where the year is the base of a comparison
_WHEN = re.compile(r"^\s*,\s*when\s+(?:(?:only|just|some|nearly|about|around|almost|a|total|of|record)\s+)*$", re.I)
_WHEN_WORDS = frozenset("when only just some nearly about around almost a total of record".split())
# the year before another named ('last year', 'a year ago' count back from the publication date)
_YEAR_BACK_OF = re.compile(r"(?:a year (?:earlier|before)|the (?:previous|prior|preceding) year|the year (?:before|earlier))$", re.I)
_SET_AGAINST = re.compile(r"\b(?:compared|against|versus|vs\.?|than|from|while|whereas|but)\b", re.I)
# the words before a count a change is measured from
_COMPARED_FROM = {"up from", "down from", "rise from", "fall from", "increase from", "decrease from", "compared with",
                  "compared to", "rising from", "falling from", "climbing from"}

# "up 17 per cent from the previous record of 365", "down from a high of 90": the measure compared with
_FROM_A_MEASURE = re.compile(r"\bfrom (?:the |a |an |its )?(?:previous |prior |earlier |former |last year 's |last year’s )?"
                             r"(?:record|high|peak|total|figure|level|tally|low) of$")


class PeriodLinksMixin:
    """PeriodsMixin's links of a figure to a period of its own."""

    @staticmethod
    def _year_back_of_previous(text: str, d: DateMention, sent, previous: Optional[Figure], start: int):
        """'the previous year' after a figure of its own sentence with a year's period, and
        after this one, is the year before that figure's, whatever year the date rules
        resolved it against, when the sentence compares the two ('compared to', 'against').
        Not 'But in the year before, 2020, ...' opening the sentence, nor '68 officers and
        25 staff the year before', both of the year before."""
        if previous is None or not _YEAR_BACK_OF.search(d.text) or previous.span[0] < sent.start_char \
                or d.span[0] < start or d.span[0] < previous.span[1] \
                or not _SET_AGAINST.search(text, previous.span[1], start) \
                or not previous.period_from or not previous.period_to \
                or not 330 <= (previous.period_to - previous.period_from).days <= 370:
            return None
        return (*_year_earlier((previous.period_from, previous.period_to)), "series")

    def _compared_year(self, doc: Doc, cand: Candidate, dates: list[DateMention], previous: Optional[Figure]):
        """'Complaints rose to 812 in 2022, up from 744', 'fired 14 officers last year, down
        from 19': a count a change is measured from, with no date of its own, is the same count
        a year before the one its sentence states."""
        i = cand.start
        if i < 2 or previous is None or not previous.period_from or not previous.period_to \
                or f"{doc[i - 2].lower_} {doc[i - 1].lower_}" not in _COMPARED_FROM \
                and not _FROM_A_MEASURE.search(" ".join(t.lower_ for t in doc[max(0, i - 6):i])):
            return None
        sent = self._sent(cand.span)
        if previous.span[0] < sent.start_char or not 330 <= (previous.period_to - previous.period_from).days <= 370:
            return None
        j = cand.span.end
        while j < sent.end and not doc[j].is_punct:
            j += 1
        clause_end = doc[j].idx if j < len(doc) else len(doc_text(doc))
        if any(cand.span.end_char <= d.span[0] < clause_end for d in dates):
            return None  # "up from 744 in 2021": its own date
        return (*_year_earlier((previous.period_from, previous.period_to)), "series")

    def _labelled_period(self, cand: Candidate, start_char: int):
        """The period a table cell's column or row names, or the label of a line of its own
        ('2019 - 3', '2020/21: 45'), which is read as a table row's label is."""
        cell = self._cell(cand)
        if cell is not None:
            head = cell.header or cell.row_date
            return (head.date_from, head.date_to, "table") if head is not None and head.date_from and head.date_to \
                else None
        i = self._ctx.block_index(start_char)
        if i is None or not self._ctx.short_item(start_char):
            return None
        m = LINE_PERIOD.match(self._ctx.text, self._ctx.blocks[i].span[0], self._ctx.blocks[i].span[1])
        if m is None or m.end() - 1 != start_char:
            return None
        found = resolve(m.group(1).replace(" ", ""))
        if found is None or found.date_from is None or found.date_to is None:
            return None
        return found.date_from, found.date_to, "table"  # read as a table row is

    @staticmethod
    def _when_date(doc: Doc, dates: list[DateMention], start_char: int):
        """The date a figure's when-clause hangs on; 'since 2020, when ...' is 2020 itself."""
        text = doc_text(doc)
        # _WHEN ends on 'when' or one of its words, then space: without that word right
        # before the figure no date can match, and an article's every date need not be tried
        j = start_char
        while j > 0 and text[j - 1].isspace():
            j -= 1
        k = j
        while k > 0 and text[k - 1].isalpha():
            k -= 1
        if j == start_char or text[k:j].lower() not in _WHEN_WORDS:
            return None
        for d in dates:
            if d.span[1] <= start_char and d.date_from and WHEN_LEAD.match(text, d.span[1], start_char) \
                    and _WHEN.match(text[d.span[1]:start_char]):
                if re.match(r"(?i)(since|from)\b", d.text) and re.search(r"\b(19|20)\d\d$", d.text) \
                        and (d.date_from.month, d.date_from.day) == (1, 1):
                    return d.date_from, date(d.date_from.year, 12, 31), "clause"
                return (d.date_from, d.date_to, "clause") if d.date_to else None
        return None
