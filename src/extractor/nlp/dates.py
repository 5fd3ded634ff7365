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
the matching in ``extractor.nlp.date_matcher``.

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

from ..normalise import fiscal as fiscal_context
from ..normalise.numeric_order import origin_counts
from ..normalise.timex import NUMERIC_ORDER, Resolution, numeric_order, parse
from ..records import DateMention
from ..rulefiles import load_jsonl
from . import doc_text
from .date_carry import (with_named_year, frame_zone, frames, is_base, looks_ahead, name_periods, nearer, paragraph_starts,
                         previous_period, running_period, says_either_way, set_against, stated_period, start_after_event, continues_base)
from .date_blocks import outside_furniture, page_dates
from .date_references import in_report_period, names_report, same_length, this_unit_of_frame
from .date_matcher import PART, Compiled, match_ends
from .date_rules import MentionRule, expand, read_rules
from .docarrays import token_orths

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


class DateFinder:
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

    def _word_masks(self, doc: Doc) -> tuple[list[int], list[int]]:
        """Each token's part and mention predicate masks, worked out once per word and
        read with whole-list look-ups (no Python step per token)."""
        orths = token_orths(doc)
        part_masks = list(map(self._part_masks.get, orths))
        if None in part_masks:
            strings = doc.vocab.strings
            for orth in set(orths).difference(self._part_masks):
                self._part_masks[orth] = self.parts.mask(strings[orth])
                self._mention_masks[orth] = self.mentions.mask(strings[orth])
            part_masks = list(map(self._part_masks.get, orths))
        return part_masks, list(map(self._mention_masks.get, orths))

    def _find_parts(self, part_masks: list[int]) -> tuple[list, list[bool]]:
        """Parts, longest first then earliest: ``starts[i]`` is (label, end) or None;
        ``inside[i]`` says token i continues a part."""
        n = len(part_masks)
        found = self.parts.run(part_masks, [None] * n)
        found.sort(key=lambda m: (m[1] - m[2], m[1], self.part_order[m[0]]))
        starts: list = [None] * n
        inside = [False] * n
        taken = [False] * n
        for label, s, e in found:
            if any(taken[s:e]):
                continue
            starts[s] = (label, e)
            for i in range(s, e):
                taken[i] = True
                inside[i] = i > s
        return starts, inside

    def _candidates(self, doc: Doc, text: str):
        fiscal = _FiscalYears(doc, text)
        part_masks, masks = self._word_masks(doc)
        starts, inside = self._find_parts(part_masks)
        _unpair_counts(doc, starts, inside)
        seen = set()
        for rule_id, start, end in self.mentions.run(masks, starts):
            rule = self.by_id[rule_id]
            if (rule_id, start, end) in seen or not self._fits(doc, text, rule, start, end, inside):
                continue
            if rule_id in self.after:
                follow: set[int] = set()
                match_ends(self.after[rule_id], 0, end, masks, starts, len(masks), follow)
                if not follow:
                    continue
            if rule_id in self.before and not _ends_at(self.before[rule_id], start, masks, starts):
                continue
            if rule_id in self.never_after:
                follow = set()
                match_ends(self.never_after[rule_id], 0, end, masks, starts, len(masks), follow)
                if follow:
                    continue
            seen.add((rule_id, start, end))
            span = Span(doc, start, end, label=rule_id)
            expr = self._parse(span.text, fiscal.start(span))
            if expr is not None:
                yield span, expr

    def _parse(self, text: str, fiscal_start: Optional[int] = None):
        key = (NUMERIC_ORDER.get(), fiscal_start, text)
        if key not in self._parsed:
            if len(self._parsed) > 20000:
                self._parsed.clear()
            token = fiscal_context.FISCAL_START.set(fiscal_start)
            try:
                self._parsed[key] = parse(text)
            finally:
                fiscal_context.FISCAL_START.reset(token)
        return self._parsed[key]

    @staticmethod
    def _fits(doc: Doc, text: str, rule: MentionRule, start: int, end: int, inside: list[bool]) -> bool:
        if inside[start] or (end < len(doc) and inside[end]):
            return False
        if rule.not_before and end < len(doc) and doc[end].lower_ in rule.not_before:
            return False
        if rule.not_after and start > 0 and doc[start - 1].lower_ in rule.not_after:
            return False
        if rule.cell and not _in_cell(text, doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)):
            return False
        return not rule.sentence_start or _starts_sentence(text, doc[start].idx)

    def _choose(self, doc: Doc, candidates) -> list:
        ranked = sorted(candidates, key=lambda c: (-(c[0].end - c[0].start), c[0].start, self.order[c[0].label_]))
        taken = [False] * len(doc)
        chosen = []
        for span, expr in ranked:
            if any(taken[span.start:span.end]):
                continue
            for i in range(span.start, span.end):
                taken[i] = True
            chosen.append((span, expr))
        return sorted(chosen, key=lambda c: c[0].start)


class _FiscalYears:
    """Whose fiscal year a mention names (``extractor.normalise.fiscal_context``): read
    once for the article, then per sentence, only for mentions that say "fiscal" or "FY"."""

    def __init__(self, doc: Doc, text: str):
        self.doc = doc
        low = text.lower()
        self.active = fiscal_context.mentions_fiscal(low)
        self.us = self.active and _not_uk(low)
        self.article = fiscal_context.article_stated(low) if self.active else None
        self.low = low

    def start(self, span: Span) -> Optional[int]:
        if not self.active or not fiscal_context.mentions_fiscal(span.text.lower()):
            return None
        start, end = _sentence_of(span)
        return fiscal_context.start_for(self.low[start:end], self.low[max(0, start - _LOOK_BACK_CHARS):start],
                                        self.article, self.us)


def _not_uk(low: str) -> bool:
    """The article names no more UK and Irish places and institutions than US ones: a UK
    "county" or "city" runs no July fiscal year; a brief naming neither may be American."""
    us, uk = origin_counts(low)
    return uk <= us


_LOOK_BACK_CHARS = 600  # how far before a fiscal year's sentence the body it belongs to is looked for


def _sentence_of(span: Span) -> tuple[int, int]:
    """[start, end) in characters of the sentence holding ``span`` (its line, with no sentences)."""
    doc = span.doc
    if doc.has_annotation("SENT_START"):
        sent = span.sent
        return sent.start_char, sent.end_char
    text = doc_text(doc)
    return text.rfind("\n", 0, span.start_char) + 1, (text.find("\n", span.end_char) + 1 or len(text) + 1) - 1


_LOOK_BACK = 8  # tokens a preceded_by pattern may span


def _ends_at(items: tuple, at: int, masks: list[int], starts: list) -> bool:
    """Some run of tokens just before ``at`` matches ``items`` (a rule's preceded_by)."""
    for k in range(at - 1, max(-1, at - 1 - _LOOK_BACK), -1):
        ends: set[int] = set()
        match_ends(items, 0, k, masks, starts, at, ends)
        if at in ends:
            return True
    return False


def _in_cell(text: str, start: int, end: int) -> bool:
    """The words fill a table cell: a line start, "|" or tab before them, and "|",
    a tab or the line's end after them (models/layout.json writes cells so)."""
    while start > 0 and text[start - 1] == " ":
        start -= 1
    while end < len(text) and text[end] == " ":
        end += 1
    return (start == 0 or text[start - 1] in "\n|\t") and (end == len(text) or text[end] in "\n|\t\r")


def _unpair_counts(doc: Doc, starts: list, inside: list[bool]) -> None:
    """ "2022 – 10" on a list's line is a year and its count, not a pair of years: a
    spaced "YEAR – YY" is a pair only when YY is the next year ("2022 – 23")."""
    for s, found in enumerate(starts):
        if not found or found[0] != "year_pair" or found[1] - s != 3:
            continue
        first, last = doc[s].text, doc[s + 2].text
        if first.isdigit() and last.isdigit() and len(last) == 2 and (int(first) + 1) % 100 != int(last):
            starts[s] = ("year", s + 1)
            for i in range(s + 1, found[1]):
                inside[i] = False


def _starts_sentence(text: str, at: int) -> bool:
    """At the start of a sentence or line: a capitalised "Today" there is a date,
    elsewhere a name ("Policing Today", "the Today programme"). Read from the
    text, so the component needs no sentence boundaries from another one."""
    while at > 0 and text[at - 1] in " \t":
        at -= 1
    return at == 0 or text[at - 1] in "\n.!?:;\"\u201c\u201d(-\u2013\u2014"


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
