"""The period a figure covers: a date in its clause or sentence, a table heading, or the running period."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from datetime import date, timedelta
from typing import Optional

from spacy.tokens import Doc

from .. import doc_text
from ..docarrays import span_text
from ...records import DateMention, Figure
from .changes import compared_years, is_change, period_after_base
from .since import since_then
from .open_starts import open_start
from .joined_dates import _year_earlier, joined_periods
from .period_links import PeriodLinksMixin
from .base import LOOKBACK, NOT_LINKED, _COMPARATIVE_DATE, _COMPARED_AFTER, _COMPARISON, _UP_TO, Candidate, start_order

def within_report_year(mention: DateMention, running) -> bool:
    """A relative calendar year ('this year', 'the year') that overlaps, by a quarter or
    more, the financial or reporting year an article runs on: it means that year."""
    if running is None or mention.date_from is None or mention.date_to is None:
        return False
    start, end = running
    twelve_months = 360 <= (end - start).days <= 370 and (start.month, start.day) != (1, 1)
    calendar = (mention.date_from.month, mention.date_from.day, mention.date_to.month, mention.date_to.day) == (1, 1, 12, 31)
    overlap = (min(end, mention.date_to) - max(start, mention.date_from)).days
    return twelve_months and calendar and mention.date_from.year == mention.date_to.year and overlap >= 89


_RESTATED = re.compile(r"(?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?\s*\(\s*$")
_STOCK: dict[int, tuple] = {}
_CLAUSE_END = re.compile(r"[,;.:()\n]|\s[-–—]\s")


# Words between a figure and a comparative date after it that make the date the base of a
# comparison: "a 5% increase on the number logged in the previous year", "up from 40 the year before"
_BASE_BEFORE = re.compile(r"\b(?:on|than|from|compared|against|over|versus)\b", re.I)
# the words that end a clause and open the next one on a date: ", and in", "; in", ", while during"
_JOINS_NEXT = re.compile(r"(?:\b(?:and|while|whereas|but|whilst)|;)\s+(?:(?:in|during|over|for|across|throughout)\s+)?$", re.I)


# "The following year, that rose to 47": a carried-on date that moves the series on is its own period
# An appositive after a count that ranks it against a span ("..., the most in the past 10 years",
# "..., the highest number in a decade", "..., a record for any year since 2015").
_RECORD_RANGE = re.compile(r"[^,.;]*,\s*(?:the|a|its|their)\s+(?:\w+est|most|fewest|least|record|biggest)\b[^,.;]*", re.I)
_MOVES_ON = re.compile(r"\b(?:following|next|later|subsequent|after)\b", re.I)


def _moves_on(d: DateMention) -> bool:
    return bool(_MOVES_ON.search(d.text) and d.date_from and d.date_to)


# More figures than this in one sentence make it a list of numbers: no clause of one is
# another's, and asking every figure of every date there is quadratic.
_LIST_NOT_CLAUSES = 200


class PeriodsMixin(PeriodLinksMixin):
    """FigureFinder's period methods."""

    def _in_comparison(self, doc: Doc, mention) -> bool:
        """'... compared to nine that were initiated in 2016': a date in the compared
        clause dates the compared figure, not the figures after it."""
        tok = doc.char_span(mention.span[0], mention.span[1], alignment_mode="expand")
        if tok is None:
            return False
        sent = self._sent(tok)
        text, at = doc_text(doc), mention.span[0]
        # the sentence's comparison words found once, not searched again up to every date in
        # it: a sentence of thousands of dates made this quadratic (bench/fuzz.py case 6)
        key = ("comparisons", sent.start_char)
        found = doc.user_data.get(key)
        if found is None:
            found = doc.user_data[key] = [m.end() for m in _COMPARISON.finditer(text, sent.start_char, sent.end_char)]
        if any(end < at for end in found):
            return True
        near = max(sent.start_char, at - 60)  # a match the date's start cuts short ('vs' of 'vs.')
        m = _COMPARISON.search(text, near, at)
        return m is not None and (m.start() > near or near == sent.start_char)

    @staticmethod
    def _restates(doc: Doc, mention: DateMention) -> bool:
        """'Quarter 2, 2023/24 (July to September 2023)': a date in brackets right after a
        year or financial year says which part of it is meant."""
        return bool(_RESTATED.search(doc_text(doc), max(0, mention.span[0] - 40), mention.span[0]))

    @staticmethod
    def _bracketed_aside(doc: Doc, mention: DateMention) -> bool:
        """'GSOC opened 17 investigations in 2018 (14 in 2017)': a date in brackets dates the
        aside's figure, not the figures after it."""
        text = doc_text(doc)
        before = text[max(0, mention.span[0] - 25):mention.span[0]]
        # "Quarter 2, 2023/24 (July to September 2023)": a bracket that restates the period
        # before it is that period, not an aside
        restates = PeriodsMixin._restates(doc, mention)
        return "(" in before and ")" not in before[before.rindex("("):] and not restates \
            and text[mention.span[1]:mention.span[1] + 2].lstrip().startswith(")")

    def _standing(self, doc: Doc, mention: DateMention) -> bool:
        """'one garda suspended in 2014 remains on suspension': what began at the date still
        stands, so the date dates those cases, not the figures after them."""
        cues = self._ctx.cues.standing_cues
        if not cues or self._ctx.names_report_year(mention.span[0]):
            return False  # "The 2020 Annual Report ... was published today": a report's year
        text = doc_text(doc)
        clause = _CLAUSE_END.split(text[mention.span[1]:mention.span[1] + 60], maxsplit=1)[0].lower()
        words = " " + re.sub(r"[^\w\s]", " ", clause) + " "
        return any(f" {c} " in words for c in cues)

    def _read_dates(self, doc: Doc) -> list[DateMention]:
        """The article's dates as figures read them: two ends joined into one period, and
        the later year of two compared ('fell from 2021 to 2022') noted for the counts."""
        dates = joined_periods(doc_text(doc), list(doc._.dates or []))
        self._later_of = compared_years(doc_text(doc), dates)
        self._date_order, self._date_starts = start_order(dates)  # for _dates_of's bisect
        return dates

    def _carried(self, mention: DateMention) -> bool:
        """A period carried on from an earlier one ("the following 12 months")."""
        return mention.span in self._carried_spans

    def _period(self, doc: Doc, cand: Candidate, dates: list[DateMention], running, previous: Optional[Figure]):
        start_char = doc[cand.start].idx
        end_char = cand.span.end_char
        labelled = self._labelled_period(cand, start_char)
        if labelled is not None:
            return labelled
        sent = self._sent(cand.span)
        if (measured := self._measured_period(doc, cand, sent, dates, start_char, end_char)) is not NOT_LINKED:
            return measured  # a change covers the period of the count it measures (links.py)
        # "up from 2020 by 14%": the change into the year after 2020
        when = period_after_base(doc_text(doc), start_char, end_char, cand.unit, (sent.start_char, sent.end_char),
                                 dates, running) \
            or self._when_date(doc, dates, start_char) or self._compared_year(doc, cand, dates, previous)
        if when is not None:
            return when
        in_clause, in_sent = self._dates_of(doc, cand, sent, dates, start_char, end_char)
        for source, group in (("clause", in_clause), ("sentence", in_sent)):
            if not group:
                continue
            # English puts a figure's date after it ("100 referrals in 2017/18") more often than before.
            after = [d for d in group if d.span[0] >= end_char]
            d = min(after or group, key=lambda d: min(abs(d.span[0] - end_char), abs(start_char - d.span[1])))
            opened = open_start(doc_text(doc), sent.start_char, d, running, doc._.published)
            if opened is not None:
                return (*opened, source)  # "From 2013, 29 were dismissed": from that date on
            back = self._year_back_of_previous(doc_text(doc), d, sent, previous, start_char)
            if back is not None:
                return back  # "61 upheld in 2022 compared to 95 the previous year": a year before the 61's
            if source == "sentence" and self._year_before(d, sent):
                # resolved from the year the article last named, else the year before its running period
                if d.date_from and d.date_to:
                    return d.date_from, d.date_to, "series"
                return (*_year_earlier(running), "series") if running else None
            if d.date_from is None:
                # "25 the year before", unresolved: the year before the one the article runs on
                return (*_year_earlier(running), "series") if running and _COMPARATIVE_DATE.search(d.text) else None
            if d.date_from == d.date_to:
                before = doc_text(doc)[max(0, d.span[0] - 12): d.span[0]]
                if _UP_TO.search(before) and previous is not None and previous.period_to and previous.period_to < d.date_to:
                    return previous.period_to + timedelta(days=1), d.date_to, "series"
                if _UP_TO.search(before) and d.text.lower().startswith("the end of") and d.relative:
                    # "19 had been suspended to the end of April": the year so far
                    return date(d.date_to.year, 1, 1), d.date_to, source
                lead = " " + doc_text(doc)[max(0, d.span[0] - 30): d.span[0]].lower().rstrip()
                if any(lead.endswith(" " + w) for w in self._ctx.cues.day_records):
                    return d.date_from, d.date_to, source  # "the 11 reports tracked for Thursday, May 4": that day's
                continue
            if d.relative and within_report_year(d, running):
                return (*running, "running")  # "finalised this year" in a report on 2022/23: 2022/23
            if self._carried(d) and running and source == "sentence" and not _moves_on(d):
                return (*running, "series")  # "Over the same period": the period the article runs on
            changed = is_change(doc_text(doc), start_char, cand.unit)
            return (*self._so_far(doc, d, changed), ("series" if self._carried(d) else source))
        since = since_then(doc_text(doc), sent.start_char, sent.end_char, dates, doc._.published)
        if since is not None:
            return since
        covered = self._covered_after(doc, sent, dates)
        if covered is not None:
            return covered
        return (*running, "running") if running and not self._stock(doc, cand, sent) else None

    def _dates_of(self, doc: Doc, cand: Candidate, sent, dates: list[DateMention], start_char: int, end_char: int):
        """The dates that may be a figure's period: those of its clause, and those of its
        sentence that no other clause or comparison claims."""
        c_start, c_end = self._clause(doc, cand)
        clause = (doc[c_start].idx, doc[c_end - 1].idx + len(doc[c_end - 1]))
        in_clause, in_sent = [], []
        listed = self._list_sentence(sent)
        # only a date inside the clause or the sentence can be kept below: the others are
        # not put through the tests (an article's every date, asked by its every figure)
        # a list's numbers share no dates across their clauses: only its clause's are looked
        # at (each of a list of thousands of numbers sorting its sentence's every date was quadratic)
        lo, hi = (clause[0], clause[1]) if listed else \
            (min(clause[0], sent.start_char), max(clause[1], sent.end_char, start_char))
        near = self._date_order[bisect_left(self._date_starts, lo):bisect_right(self._date_starts, hi)]
        for d in [dates[i] for i in sorted(near) if dates[i].span[1] <= hi]:
            if self._ctx.compared_date(d.span[0]) or self._ctx.dates_publication(d.span[0]):
                continue  # "a 9% increase on last year": the base compared with; "released in March": a report's
            if d.span[0] >= end_char and (_RECORD_RANGE.fullmatch(doc_text(doc), end_char, d.span[0]) or _COMPARATIVE_DATE.search(
                    d.text) and _BASE_BEFORE.search(doc_text(doc), end_char, d.span[0])
                                          or self._ctx.change_base_after(end_char, d.span[0])):
                continue  # "a 5% increase on the total logged in the previous year", "a 3% fall from 2011", a record's span
            if d.span[0] >= end_char and self._base_of_a_later_change(end_char, d):
                continue  # "During 2022-23, 6,810 ..., an increase of 290 (4.4%) from 2021-22": the change's base
            if d.span[0] >= end_char and self._opens_next_clause(doc, sent, end_char, d):
                continue  # "sacked 20 officers, and in 2022/23 it sacked 31": the next clause's date
            if clause[0] <= d.span[0] and d.span[1] <= clause[1]:
                in_clause.append(d)
            elif self._year_before(d, sent) and d.span[1] <= start_char:
                in_sent.append(d)  # "The year before, the equivalent figures were 68 and 25"
            elif sent.start_char <= d.span[0] and d.span[1] <= sent.end_char and not _COMPARATIVE_DATE.search(d.text) \
                    and not self._ctx.across_contrast(d.span[0], start_char) \
                    and not (d.span[0] >= end_char and _COMPARED_AFTER.search(doc_text(doc), end_char, d.span[0])) \
                    and not self._in_later_clause(doc, cand, sent, d):
                in_sent.append(d)
        return in_clause, in_sent

    def _opens_next_clause(self, doc: Doc, sent, end_char: int, d: DateMention) -> bool:
        """'In 2021/22 it sacked 20 officers and in 2022/23 it sacked 31', '..., while in the 12
        months from December 2013, 35 were dismissed': a date right after a word that joins
        clauses opens the next clause, whose count follows it; it frames that count, not one
        before it."""
        if not _JOINS_NEXT.search(doc_text(doc), max(end_char, d.span[0] - 30), d.span[0]):
            return False
        span = doc.char_span(d.span[0], d.span[1], alignment_mode="expand")
        if span is None:
            return False
        k = bisect_left(self._starts_sorted, span.end)
        return k < len(self._starts_sorted) and self._starts_sorted[k] < sent.end

    def _covered_after(self, doc: Doc, sent, dates: list[DateMention]):
        """'31 members were suspended over the period. The figures cover the five years to
        April 2023.': a sentence right after that says what the figures cover gives their period."""
        openers = self._ctx.cues.coverage_openers
        if not openers or sent.end >= len(doc):
            return None
        nxt = self._sent(doc[sent.end:sent.end + 1])
        head = span_text(nxt).lstrip().lower()
        if not any(head.startswith(o) for o in openers):
            return None
        for d in dates:
            if nxt.start_char <= d.span[0] < nxt.end_char and d.date_from and d.date_to and d.date_from != d.date_to:
                return (*self._so_far(doc, d), "sentence")
        return None

    def _base_of_a_later_change(self, end_char: int, d: DateMention) -> bool:
        """A date after a figure that is the base of a change stated between them ('..., up
        290 (4.4%) from 2021-22') is that change's base, not the earlier figure's period."""
        ends = [c.span.end_char for c in self._by_start.values() if end_char < c.span.end_char <= d.span[0]]
        return bool(ends) and self._ctx.change_base_after(max(ends), d.span[0])


    def _stock(self, doc: Doc, cand: Candidate, sent) -> bool:
        """'Nearly 400 cases are yet to be heard', '25 disclosures under examination': a
        count of what stands now, not of what happened in the period the article runs on.
        Not a part of a count before it ('..., of which 15 are pending'), which keeps its
        period, nor 'resigned while under investigation'."""
        if cand.out_of is not None or self._starts_sorted[bisect_right(self._starts_sorted, sent.start - 1)] < cand.start:
            return False
        end = self._clause(doc, cand)[1]
        for k in range(cand.span.end, end):
            if k in self._by_start:
                return False
        clause = doc[sent.start:cand.start].text + " " + doc[cand.span.end:end].text  # "To date, eight ..."
        cues = self._ctx.cues
        found = _STOCK.get(id(cues))
        if found is None or found[0] is not cues:
            words = "|".join(re.escape(c) for c in sorted(cues.stock_cues, key=len, reverse=True))
            found = _STOCK[id(cues)] = (cues, re.compile(rf"\b(?:{words})\b", re.I) if words else None)
        hit = found[1].search(clause) if found[1] is not None else None
        return hit is not None and not re.search(r"(?i)\b(while|when|after|before)\s+(still\s+)?$", clause[:hit.start()])

    def _so_far(self, doc: Doc, mention: DateMention, change: bool = False) -> tuple[date, date]:
        """'has suspended 33 members this year', 'this month': a figure counts what has
        happened, so a period relative to the publication date ends on it. 'fell from 2021
        to 2022': a count is the later year's, a change spans both."""
        later = getattr(self, "_later_of", {}).get(mention.span)
        if later is not None and not change:
            return later, mention.date_to
        published = doc._.published
        if mention.relative and published is not None and mention.date_to is not None \
                and mention.date_from <= published < mention.date_to:
            return mention.date_from, published
        return mention.date_from, mention.date_to

    def _year_before(self, mention: DateMention, sent) -> bool:
        """A sentence opening on the year before ('The year before, ...', 'A year earlier, ...',
        'But in the previous year, ...'): it dates every figure of the sentence."""
        return sent.start_char <= mention.span[0] and bool(_COMPARATIVE_DATE.search(mention.text)) \
            and self._ctx.fronted(sent.start_char, mention.span[0])

    def _list_sentence(self, sent) -> bool:
        starts = self._starts_sorted
        return bisect_left(starts, sent.end) - bisect_left(starts, sent.start) > _LIST_NOT_CLAUSES

    def _in_later_clause(self, doc: Doc, cand: Candidate, sent, mention: DateMention) -> bool:
        """'66 officers from 2018 to 2021 – 42 of them in the last year': a date in the
        clause of a figure after this one dates that figure. Figures more than LOOKBACK
        tokens past the date are not asked: no English clause is that long, and asking
        every later figure made a sentence of thousands of numbers quadratic."""
        span = doc.char_span(mention.span[0], mention.span[1], alignment_mode="expand")
        reach = (span.end if span is not None else cand.span.end) + LOOKBACK
        starts = self._starts_sorted
        for k in range(bisect_right(starts, cand.start), len(starts)):  # not a slice: a copy per date was quadratic
            start_token = starts[k]
            other = self._by_start[start_token]
            if start_token > reach or self._sent(other.span) != sent:
                break
            start, end = self._clause_of(doc, other)
            if doc[start].idx <= mention.span[0] and mention.span[1] <= doc[end - 1].idx + len(doc[end - 1]):
                return not self._shared_by_both(doc, cand, other, sent, span)
        return False

    @staticmethod
    def _shared_by_both(doc: Doc, cand: Candidate, other: Candidate, sent, span) -> bool:
        """'The agency terminated 7 officers and suspended 21 in fiscal 2022': two predicates
        joined by 'and', with the date closing the sentence, share it."""
        between = [t.lower_ for t in doc[cand.span.end:other.start]]
        if "and" not in between or any(w in (",", ";", ":", "–", "—", "-", "(") for w in between):
            return False
        return span is not None and all(t.is_punct for t in doc[span.end:sent.end])

    def _clause_of(self, doc: Doc, cand: Candidate) -> tuple[int, int]:
        """``_clause``, worked out once a figure."""
        if cand.start not in self._clauses:
            self._clauses[cand.start] = self._clause(doc, cand)
        return self._clauses[cand.start]
