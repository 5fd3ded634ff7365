"""The ``extractor_dates`` component: every date or period the article names.

It finds spans with two passes of token patterns that are data
(``models/date_patterns.jsonl``, written in spaCy's token-pattern dialect),
reads each span's words with the pure layer ``extractor.normalise.timex`` and sets:

    doc._.dates        list[DateMention]  in document order, never overlapping
    doc._.date_spans   list[Span]         aligned 1:1 with doc._.dates

Each span carries ``span.label_`` (the kind, below), ``span.id_`` (the pattern
id, also ``DateMention.rule``) and ``span._.date_resolution``, the
``extractor.normalise.timex.Resolution`` with ``date_from``, ``date_to`` (either may be
None: unknown or open), ``kind``, ``is_point``, ``carried`` (it carries on from
an earlier mention) and ``relative`` (it needed the publication date).

README-dates
============

Span labels (``span.label_`` and ``Resolution.kind``):

    full_date   one day with its year             "2 October 2019", "02/10/2019"
    month       a month with its year             "November 2019"
    year        a year or decade                  "in 2016", "the 1990s"
    season      part of a year or month           "the summer of 2021", "early 2020", "the end of March 2019"
    fy          a UK financial year               "2016/17", "the financial year 2018-19"
    quarter     a quarter of a financial/calendar year  "the fourth quarter of 2016/17"
    range       a closed period                   "From April 2016 to March 2017", "the year to March 2021"
    open_since  from a date to the publication date   "since April 2014"
    open_until  up to a date (start open, or carried on)  "up to 31 March 2019"
    relative    needs the publication date        "last year", "In February", "on Tuesday", "Friday 5 June"
    carry_over  carries on from the previous period   "the following 12 months", "the year before"
    duration    a length: null, or the stated period it names  "in three years", "over three years"

A period is any mention whose resolution has ``date_from != date_to``; a point
has them equal. ``carried`` is True for carry_over, and for open_until when it
started after the previous period of the same series.

The patterns file and how it is read are described in ``extractor.nlp.date_rules``,
the matching in ``extractor.nlp.date_matcher``, which matches are kept in
``extractor.nlp.date_candidates``.

Every match is read by ``extractor.normalise.timex.parse``; words it cannot read are
dropped, so patterns may over-reach a little. Of overlapping matches the
longest wins (then the earliest, then the first in the file).

Carry-over, comparison bases, dates that look ahead and durations that name a
period are read in context by ``extractor.nlp.date_carry`` (its docstring gives the rules).

``DateMention`` records need both ends or neither: an open period whose other
end is unknown ("since 2018" with no publication date) is recorded with both
ends null, while its span keeps the known end in ``span._.date_resolution``.
"""

from __future__ import annotations

import bisect
from datetime import date, datetime
from typing import Any, Optional

from pydantic import ValidationError
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..normalise.timex import NUMERIC_ORDER, Resolution, numeric_order
from ..records import DateMention
from ..rulefiles import load_jsonl
from . import doc_text
from .date_carry import (with_named_year, frame_zone, frames, is_base, looks_ahead, name_periods, nearer, paragraph_starts,
                         previous_period, running_period, says_either_way, set_against, stated_period, start_after_event, continues_base)
from .date_candidates import DateCandidates
from .date_blocks import outside_furniture, page_dates
from .date_references import in_report_period, names_report, same_length, this_unit_of_frame
from .date_matcher import PART, Compiled
from .date_rules import expand, read_rules

if not Doc.has_extension("date_spans"):
    Doc.set_extension("date_spans", default=None)
if not Span.has_extension("date_resolution"):
    Span.set_extension("date_resolution", default=None)

def _anchor(value) -> Optional[date]:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def _running(history: list[tuple[int, Resolution, bool]], frame: Optional[Resolution]) -> Optional[Resolution]:
    """The period a carry-over past a comparison base continues: the last one
    stated, unless it is shorter than the frame's ("In February 2020 the system was
    reformed" is a background event's date, not what "the previous year" of a
    2023/24 report counts from)."""
    running = running_period(history)
    if frame is not None and (running is None or _days(running) < _days(frame)):
        return frame
    return running


def _days(r: Resolution) -> int:
    return (r.date_to - r.date_from).days


class DateFinder(DateCandidates):
    """Finds date mentions and resolves them against ``doc._.published``."""

    def __init__(self, nlp: Language, name: str = "extractor_dates",
                 patterns: str = "date_patterns.jsonl", window: int = 1):
        self.name = name
        self.window = window
        self.rules = read_rules(load_jsonl(patterns))
        self.parts = Compiled()
        self.mentions = Compiled()
        for label in sorted({p.part for p in self.rules.parts}):
            for rule in self.rules.parts:
                if rule.part == label:
                    self.parts.add(label, self._items(self.parts, rule.pattern, label))
        self.part_order = {label: i for i, label in enumerate(sorted({p.part for p in self.rules.parts}))}
        self.order: dict[str, int] = {}
        self.after: dict[str, tuple] = {}  # rule id -> items that must follow its match
        self.before: dict[str, tuple] = {}  # rule id -> items that must come right before it
        self.never_after: dict[str, tuple] = {}  # rule id -> items that may not follow its match
        for i, rule in enumerate(self.rules.mentions):
            self.mentions.add(rule.id, self._items(self.mentions, rule.pattern, rule.id))
            self.order[rule.id] = i
            if rule.followed_by:
                self.after[rule.id] = tuple(self._items(self.mentions, rule.followed_by, rule.id))
            if rule.preceded_by:
                self.before[rule.id] = tuple(self._items(self.mentions, rule.preceded_by, rule.id))
            if rule.not_followed_by:
                self.never_after[rule.id] = tuple(self._items(self.mentions, rule.not_followed_by, rule.id))
        self.by_id = {r.id: r for r in self.rules.mentions}
        self._part_masks: dict[int, int] = {}  # orth -> part mask
        self._mention_masks: dict[int, int] = {}  # orth -> mention mask
        self._parsed: dict[tuple[str, str], Any] = {}

    def _items(self, compiled: Compiled, pattern, where: str) -> list[tuple]:
        labels = {p.part for p in self.rules.parts}
        items = []
        for item in pattern:
            match, arg = expand(item, self.rules.tokens, labels, where)
            items.append((PART, arg) if match is None else (compiled.bit(match, where), arg))
        return items

    def __call__(self, doc: Doc) -> Doc:
        order = NUMERIC_ORDER.set(numeric_order(doc_text(doc)))
        try:
            return self._find(doc)
        finally:
            NUMERIC_ORDER.reset(order)

    def _find(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        spans = outside_furniture(doc, text, self._choose(doc, self._candidates(doc, text)))
        anchor = _anchor(doc._.published)
        resolved: list[Resolution] = []
        history: list[tuple[int, Resolution, bool]] = []  # (paragraph, resolution, a comparison base)
        paragraphs = paragraph_starts(text)
        zone = frame_zone(doc, text)
        frame: Optional[Resolution] = None  # the first period the frame states
        report: Optional[Resolution] = None  # the frame's period when it names a report's ("Annual Report 2019")
        spans_seen: list[Span] = []
        for span, expr in spans:
            para = bisect.bisect_right(paragraphs, span.start_char)
            recent = [(r, base) for p, r, base in history if expr.far or para - p <= self.window]
            running = _running(history, frame) if expr.carry else None
            # a comparison with nothing near is set against the article's own period
            stated = stated_period(history) if expr.carry and (expr.stated or set_against(text, span.start_char)) \
                else None
            previous = previous_period(recent, expr.carry, expr.far, running=running, frame=frame, stated=stated)
            if expr.carry and history and history[-1][2] and continues_base(text, spans_seen[-1].end_char, span.start_char):
                previous = resolved[-1].range  # "up from 71 in fiscal 2025 and 58 the year before"
            ahead = expr.relative and looks_ahead(doc, span.start)
            resolution = expr.resolve(anchor, previous, ahead)
            if expr.relative and not ahead and anchor is not None and says_either_way(doc, span.start):
                resolution = nearer(anchor, resolution, expr.resolve(anchor, previous, True))
            if report is not None and not ahead:  # "Annual Report 2019 ... closed in March": March 2019
                resolution = in_report_period(span, resolution, report, anchor)
            if expr.relative and not ahead:  # "2021 2nd Qtr ... During this quarter": that quarter
                resolution = this_unit_of_frame(span, resolution, frame, report, anchor)
            if spans_seen:  # "in April 2019 and again in May": May 2019
                resolution = with_named_year(span, resolution, spans_seen[-1], resolved[-1])
            spans_seen.append(span)
            base = is_base(text, span.start_char)
            history.append((para, resolution, base))
            resolved.append(resolution)
            if frame is None and span.start_char < zone[1] and frames(resolution, base):
                frame = resolution
                report = resolution if names_report(text, span.start_char, span.end_char) else None
        name_periods(spans, resolved)
        same_length(spans, resolved)  # "during the same seven years": the last period that long
        start_after_event(spans, resolved, page_dates(doc, spans))
        mentions, kept = [], []
        for (span, _expr), resolution in zip(spans, resolved):
            out = Span(doc, span.start, span.end, label=resolution.kind)
            out.id_ = span.label_
            out._.date_resolution = resolution
            kept.append(out)
            mentions.append(_mention(out, resolution))
        doc._.dates = mentions
        doc._.date_spans = kept
        return doc


def _mention(span: Span, r: Resolution) -> DateMention:
    fields = dict(span=(span.start_char, span.end_char), text=span.text, rule=span.id_,
                  relative=r.relative)
    try:
        return DateMention(**fields, date_from=r.date_from, date_to=r.date_to)
    except ValidationError:
        return DateMention(**fields)


@Language.factory("extractor_dates", default_config={"patterns": "date_patterns.jsonl", "window": 1})
def make_date_finder(nlp: Language, name: str, patterns: str, window: int) -> DateFinder:
    return DateFinder(nlp, name, patterns, window)
