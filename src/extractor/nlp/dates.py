"""The ``extractor_dates`` component: every date or period the article names.

It finds spans with two spaCy ``Matcher`` passes whose patterns are data
(``models/date_patterns.jsonl``), reads each span's words with the pure layer
``extractor.dates`` and sets:

    doc._.dates        list[DateMention]  in document order, never overlapping
    doc._.date_spans   list[Span]         aligned 1:1 with doc._.dates

Each span carries ``span.label_`` (the kind, below), ``span.id_`` (the pattern
id, also ``DateMention.rule``) and ``span._.date_resolution``, the
``extractor.dates.Resolution`` with ``date_from``, ``date_to`` (either may be
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
    duration    a length that places nothing (always null)  "in three years"

A period is any mention whose resolution has ``date_from != date_to``; a point
has them equal. ``carried`` is True for carry_over, and for open_until when it
started after the previous period of the same series.

How the patterns file is read
-----------------------------

One JSON object per line; blank lines and ``//`` lines are comments. Unknown
keys are an error (``RuleError``), so a typo never leaves a rule silently dead.

* ``{"token": "MONTH", "match": {...}}``: a named spaCy token pattern, used as
  ``"@MONTH"`` (``"@MONTH?"``, ``"@NUM*"``, ``"@X+"`` for the usual operators).
* ``{"part": "date", "pattern": [...]}``: a building block. All parts are
  matched first and the longest win; their tokens are then tagged so that a
  mention pattern can say ``"<date|month_year>"``: exactly one whole part with
  one of those labels.
* ``{"id": "from_to", "label": "range", "pattern": [...]}``: a mention. Plain
  strings are lower-case words, ``"to|until"`` alternatives, with an optional
  operator at the end (``"the?"``). ``not_before``/``not_after`` list words
  that may not follow/precede the match; ``"sentence_start": true`` keeps
  only matches that open a sentence or a line. ``examples`` are tested: each must be
  found whole, with this label.

Every match is read by ``extractor.dates.parse``; words it cannot read are
dropped, so patterns may over-reach a little. Of overlapping matches the
longest wins (then the earliest, then the first in the file).

Carry-over looks back at most ``window`` paragraphs (lines of text; default 1:
the same or the previous paragraph), except "the same period"/"this period",
which name an earlier period outright and take the last one in the article. ``DateMention`` records need both ends or
neither: an open period whose other end is unknown ("since 2018" with no
publication date) is recorded with both ends null, while its span keeps the
known end in ``span._.date_resolution``.
"""

from __future__ import annotations

import bisect
import copy
import re
from datetime import date, datetime
from typing import Any, Optional, Union

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from spacy.errors import MatchPatternError
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ..dates import KINDS, Resolution, parse
from ..errors import RuleError
from ..records import DateMention
from . import load_jsonl

if not Doc.has_extension("date_spans"):
    Doc.set_extension("date_spans", default=None)
if not Span.has_extension("date_resolution"):
    Span.set_extension("date_resolution", default=None)
if not Token.has_extension("date_part"):
    Token.set_extension("date_part", default=None)

_OPS = "?*+!"
_NAME = re.compile(r"^[A-Z][A-Z0-9_]*$")
_LABEL = re.compile(r"^[a-z][a-z_]*$")


class _Line(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class TokenRule(_Line):
    token: str
    match: dict[str, Any]
    about: str = ""


class PartRule(_Line):
    part: str
    pattern: list[Union[str, dict[str, Any]]] = Field(min_length=1)
    examples: list[str] = []
    about: str = ""


class MentionRule(_Line):
    id: str
    label: str
    pattern: list[Union[str, dict[str, Any]]] = Field(min_length=1)
    examples: list[str] = []
    not_before: list[str] = []
    not_after: list[str] = []
    sentence_start: bool = False
    about: str = ""


class DateRules(BaseModel):
    """The patterns file, checked: every name and label it uses is defined."""

    tokens: dict[str, TokenRule]
    parts: list[PartRule]
    mentions: list[MentionRule]


def read_rules(rows: list[dict]) -> DateRules:
    tokens: dict[str, TokenRule] = {}
    parts: list[PartRule] = []
    mentions: list[MentionRule] = []
    for number, row in enumerate(rows, 1):
        try:
            if "token" in row:
                rule = TokenRule(**row)
                if not _NAME.match(rule.token) or rule.token in tokens:
                    raise ValueError(f"token name {rule.token!r} is not UPPER_CASE or is defined twice")
                tokens[rule.token] = rule
            elif "part" in row:
                rule = PartRule(**row)
                if not _LABEL.match(rule.part):
                    raise ValueError(f"part label {rule.part!r} is not lower_case")
                parts.append(rule)
            else:
                rule = MentionRule(**row)
                if rule.label not in KINDS:
                    raise ValueError(f"label {rule.label!r} is not one of {', '.join(KINDS)}")
                if any(m.id == rule.id for m in mentions):
                    raise ValueError(f"id {rule.id!r} is used twice")
                mentions.append(rule)
        except (ValidationError, ValueError) as exc:
            raise RuleError(f"date_patterns rule {number} ({_short(row)}): {exc}") from exc
    part_labels = {p.part for p in parts}
    for rule in [*parts, *mentions]:
        for item in rule.pattern:
            _expand(item, tokens, part_labels, where=getattr(rule, "id", None) or rule.part)
    return DateRules(tokens=tokens, parts=parts, mentions=mentions)


def _short(row: dict) -> str:
    return str(row.get("id") or row.get("part") or row.get("token") or row)[:60]


def _expand(item, tokens: dict[str, TokenRule], part_labels: set[str], where: str) -> list[dict]:
    """One pattern item -> spaCy token patterns (a part reference gives two)."""
    if isinstance(item, dict):
        return [item]
    if item.startswith("<"):
        if not item.endswith(">"):
            raise RuleError(f"date_patterns {where}: {item!r}: a <part> takes no operator")
        labels = item[1:-1].split("|")
        unknown = [x for x in labels if x not in part_labels]
        if unknown:
            raise RuleError(f"date_patterns {where}: unknown part {unknown[0]!r}")
        return [{"_": {"date_part": {"IN": [f"B-{x}" for x in labels]}}},
                {"_": {"date_part": {"IN": [f"I-{x}" for x in labels]}}, "OP": "*"}]
    op = item[-1] if len(item) > 1 and item[-1] in _OPS else None
    body = item[:-1] if op else item
    if body.startswith("@"):
        name = body[1:]
        if name not in tokens:
            raise RuleError(f"date_patterns {where}: unknown token {name!r}")
        pattern = copy.deepcopy(tokens[name].match)
    else:
        words = body.split("|")
        if any(w.startswith("@") or not w for w in words):
            raise RuleError(f"date_patterns {where}: {item!r} mixes @TOKENS with words")
        pattern = {"LOWER": {"IN": words}} if len(words) > 1 else {"LOWER": words[0]}
    if op:
        pattern["OP"] = op
    return [pattern]


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


class DateFinder:
    """Finds date mentions and resolves them against ``doc._.published``."""

    def __init__(self, nlp: Language, name: str = "extractor_dates",
                 patterns: str = "date_patterns.jsonl", window: int = 1):
        self.name = name
        self.window = window
        self.rules = read_rules(load_jsonl(patterns))
        tokens, labels = self.rules.tokens, {p.part for p in self.rules.parts}
        self.part_matcher = Matcher(nlp.vocab, validate=True)
        self.mention_matcher = Matcher(nlp.vocab, validate=True)
        self.order: dict[str, int] = {}
        try:
            for label in sorted(labels):
                self.part_matcher.add(label, [self._pattern(p.pattern, p.part)
                                              for p in self.rules.parts if p.part == label])
            for i, rule in enumerate(self.rules.mentions):
                self.mention_matcher.add(rule.id, [self._pattern(rule.pattern, rule.id)])
                self.order[rule.id] = i
        except (MatchPatternError, ValueError) as exc:
            raise RuleError(f"date_patterns: {exc}") from exc
        self.by_id = {r.id: r for r in self.rules.mentions}

    def _pattern(self, items, where: str) -> list[dict]:
        labels = {p.part for p in self.rules.parts}
        return [tok for item in items for tok in _expand(item, self.rules.tokens, labels, where)]

    def __call__(self, doc: Doc) -> Doc:
        self._tag_parts(doc)
        spans = self._choose(doc, self._candidates(doc))
        anchor = _anchor(doc._.published)
        mentions, kept = [], []
        history: list[tuple[int, Resolution]] = []
        paragraphs = _paragraph_starts(doc.text)
        for span, expr in spans:
            para = bisect.bisect_right(paragraphs, span.start_char)
            recent = [r for p, r in history if expr.far or para - p <= self.window]
            resolution = expr.resolve(anchor, _previous(recent, expr.carry, expr.far))
            history.append((para, resolution))
            out = Span(doc, span.start, span.end, label=resolution.kind)
            out.id_ = span.label_
            out._.date_resolution = resolution
            kept.append(out)
            mentions.append(_mention(out, resolution))
        doc._.dates = mentions
        doc._.date_spans = kept
        return doc

    def _tag_parts(self, doc: Doc) -> None:
        for token in doc:
            token._.date_part = None
        found = [Span(doc, s, e, label=k) for k, s, e in self.part_matcher(doc)]
        for span in filter_spans(found):
            for i, token in enumerate(span):
                token._.date_part = ("B-" if i == 0 else "I-") + span.label_

    def _candidates(self, doc: Doc):
        seen = set()
        for key, start, end in self.mention_matcher(doc):
            rule = self.by_id[doc.vocab.strings[key]]
            if (rule.id, start, end) in seen or not self._fits(doc, rule, start, end):
                continue
            seen.add((rule.id, start, end))
            span = Span(doc, start, end, label=rule.id)
            expr = parse(span.text)
            if expr is not None:
                yield span, expr

    @staticmethod
    def _fits(doc: Doc, rule: MentionRule, start: int, end: int) -> bool:
        if (doc[start]._.date_part or "").startswith("I-"):
            return False
        if end < len(doc) and (doc[end]._.date_part or "").startswith("I-"):
            return False
        if rule.not_before and end < len(doc) and doc[end].lower_ in rule.not_before:
            return False
        if rule.not_after and start > 0 and doc[start - 1].lower_ in rule.not_after:
            return False
        return not rule.sentence_start or _starts_sentence(doc, start)

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


def _starts_sentence(doc: Doc, i: int) -> bool:
    """At the start of a sentence or line: a capitalised "Today" there is a date,
    elsewhere a name ("Policing Today", "the Today programme")."""
    if doc.has_annotation("SENT_START") and doc[i].is_sent_start:
        return True
    before = doc.text[: doc[i].idx].rstrip(" \t")
    return not before or before[-1] in "\n.!?:;\"\u201c\u201d(-\u2013\u2014"


def _paragraph_starts(text: str) -> list[int]:
    return [m.start() for m in re.finditer(r"(?m)^[ \t]*\S", text)]


def _previous(recent: list[Resolution], wants: Optional[str], far: bool = False):
    """The period a carry-over continues: the last mention ("any"), or the last
    one longer than a day ("period"); durations are skipped, and so are
    carried periods when the words name a period outright ("the same reporting
    period" is the one stated, not "the year before" it was compared with)."""
    if wants is None:
        return None
    for r in reversed(recent):
        if r.kind == "duration" or (far and r.carried):
            continue
        if wants == "period" and r.is_point:
            continue
        return r.range if r.date_from and r.date_to else None
    return None


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
