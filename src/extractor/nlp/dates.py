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

How the patterns file is read
-----------------------------

One JSON object per line; blank lines and ``//`` lines are comments. Unknown
keys are an error (``RuleError``), so a typo never leaves a rule silently dead.

* ``{"token": "MONTH", "match": {...}}``: a named spaCy token pattern, used as
  ``"@MONTH"`` (``"@MONTH?"``, ``"@NUM*"``, ``"@X+"`` for the usual operators).
  A token may test LOWER, TEXT, ORTH, LENGTH and IS_LOWER/IS_UPPER/IS_TITLE/
  IS_DIGIT/IS_ALPHA, with a value or IN, NOT_IN, REGEX (spaCy's meaning);
  operators ``?``, ``*``, ``+``. Anything else is a ``RuleError``.
* ``{"part": "date", "pattern": [...]}``: a building block. All parts are
  matched first and the longest win; their tokens are then tagged so that a
  mention pattern can say ``"<date|month_year>"``: exactly one whole part with
  one of those labels.
* ``{"id": "from_to", "label": "range", "pattern": [...]}``: a mention. Plain
  strings are lower-case words, ``"to|until"`` alternatives, with an optional
  operator at the end (``"the?"``). ``not_before``/``not_after`` list words
  that may not follow/precede the match; ``followed_by`` is a pattern that
  must come right after it, outside the span (a year labelling a table row is
  followed by counts); ``"sentence_start": true`` keeps only matches that open
  a sentence or a line (read from the text: the component needs no other).
  ``examples`` are tested: each must be found whole, with this label;
  ``"[2019] 7 5"`` means the mention is the bracketed words of that text.

Matching. Every word's predicates (one bit each) are worked out once per
vocabulary entry and cached, a pattern is tried only at tokens that can start
it, and every length its operators allow is a candidate, as with spaCy's
``Matcher`` (which this replaced: with ~130 patterns it spent 15 ms an
article; this spends about 1).

Every match is read by ``extractor.normalise.timex.parse``; words it cannot read are
dropped, so patterns may over-reach a little. Of overlapping matches the
longest wins (then the earliest, then the first in the file).

Carry-over looks back at most ``window`` paragraphs (lines of text; default 1:
the same or the previous paragraph), except "the same period"/"this period",
which name an earlier period outright and take the last one in the article.
A comparison base ("than in 2021/22", "compared with the year before") is what
figures are set against, not the period they are for: carry-over skips it, and
when that leaves nothing nearby it continues the article's running period (the
last stated period that was neither a base nor carried).

A relative date after a future word in its sentence ("is due to appear before
magistrates on 22 May", "will be sentenced in June") looks ahead: it is the
next such day or month, not the last (see ``extractor.normalise.timex``).

A duration after in/over/across/during/throughout ("over three years", a
headline's "in five years") stands for the first period of about that length
stated after it in the article, else the last one before it, else stays null
(``extractor.normalise.timex.names_period``).

``DateMention`` records need both ends or neither: an open period whose other
end is unknown ("since 2018" with no publication date) is recorded with both
ends null, while its span keeps the known end in ``span._.date_resolution``.
"""

from __future__ import annotations

import bisect
import json
import re
from datetime import date, datetime
from typing import Any, Callable, Optional, Union

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..normalise.timex import KINDS, NUMERIC_ORDER, Resolution, names_period, numeric_order, parse
from ..errors import RuleError
from ..records import DateMention
from ..rulefiles import load_jsonl
from . import doc_text

if not Doc.has_extension("date_spans"):
    Doc.set_extension("date_spans", default=None)
if not Span.has_extension("date_resolution"):
    Span.set_extension("date_resolution", default=None)

_OPS = "?*+"
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
    followed_by: list[Union[str, dict[str, Any]]] = []
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
        for item in [*rule.pattern, *getattr(rule, "followed_by", [])]:
            _expand(item, tokens, part_labels, where=getattr(rule, "id", None) or rule.part)
    return DateRules(tokens=tokens, parts=parts, mentions=mentions)


def _short(row: dict) -> str:
    return str(row.get("id") or row.get("part") or row.get("token") or row)[:60]


def _expand(item, tokens: dict[str, TokenRule], part_labels: set[str], where: str) -> tuple:
    """One pattern item -> (token description, op), or (None, labels) for a part."""
    if isinstance(item, dict):
        match = dict(item)
        op = match.pop("OP", None)
        if op is not None and op not in _OPS:
            raise RuleError(f"date_patterns {where}: operator {op!r} is not one of {', '.join(_OPS)}")
        return match, op
    if item.startswith("<"):
        if not item.endswith(">"):
            raise RuleError(f"date_patterns {where}: {item!r}: a <part> takes no operator")
        labels = item[1:-1].split("|")
        unknown = [x for x in labels if x not in part_labels]
        if unknown:
            raise RuleError(f"date_patterns {where}: unknown part {unknown[0]!r}")
        return None, frozenset(labels)
    op = item[-1] if len(item) > 1 and item[-1] in _OPS else None
    body = item[:-1] if op else item
    if body.startswith("@"):
        name = body[1:]
        if name not in tokens:
            raise RuleError(f"date_patterns {where}: unknown token {name!r}")
        return dict(tokens[name].match), op
    words = body.split("|")
    if any(w.startswith("@") or not w for w in words):
        raise RuleError(f"date_patterns {where}: {item!r} mixes @TOKENS with words")
    return ({"LOWER": {"IN": words}} if len(words) > 1 else {"LOWER": words[0]}), op


# ---------------------------------------------------------------- the token pattern engine

# Token attributes a pattern may test; every one depends on the word alone, so a
# word's predicates are worked out once and cached by its orth id.
_ATTRS = {
    "LOWER": str.lower, "TEXT": lambda s: s, "ORTH": lambda s: s,
    "IS_LOWER": str.islower, "IS_UPPER": str.isupper, "IS_TITLE": str.istitle,
    "IS_DIGIT": str.isdigit, "IS_ALPHA": str.isalpha, "LENGTH": len,
}
_PART = -1  # item kind: one whole part with one of a set of labels


def _test(value, where: str) -> Callable[[Any], bool]:
    if isinstance(value, dict):
        if len(value) != 1:
            raise RuleError(f"date_patterns {where}: {value!r}: one of IN, NOT_IN, REGEX")
        (op, arg), = value.items()
        if op == "IN" and isinstance(arg, list):
            s = frozenset(arg)
            return lambda x: x in s
        if op == "NOT_IN" and isinstance(arg, list):
            s = frozenset(arg)
            return lambda x: x not in s
        if op == "REGEX" and isinstance(arg, str):
            try:
                rx = re.compile(arg)
            except re.error as exc:
                raise RuleError(f"date_patterns {where}: bad REGEX {arg!r}: {exc}") from exc
            return lambda x: isinstance(x, str) and rx.search(x) is not None
        raise RuleError(f"date_patterns {where}: {value!r}: one of IN, NOT_IN, REGEX")
    if isinstance(value, (str, bool, int)):
        return lambda x: x == value
    raise RuleError(f"date_patterns {where}: {value!r} is not a value a token can have")


def _predicate(match: dict, where: str) -> Callable[[str], bool]:
    """A spaCy-style token description (without OP) -> a test on the word's text."""
    checks = []
    for key, value in match.items():
        if key not in _ATTRS:
            raise RuleError(f"date_patterns {where}: {key!r} is not a token attribute a date "
                            f"pattern may test ({', '.join(_ATTRS)}; parts are written <label>)")
        get, test = _ATTRS[key], _test(value, where)
        checks.append((get, test))
    if not checks:
        raise RuleError(f"date_patterns {where}: an empty token description")
    return lambda text: all(test(get(text)) for get, test in checks)


class _Compiled:
    """Patterns as item lists over numbered word predicates, matched by ``_ends``.

    An item is (bit, op): the token's word satisfies predicate ``bit`` (op None,
    "?", "*" or "+"), or (_PART, labels): a whole part with one of ``labels``
    starts at the token. Matching returns every end, as spaCy's Matcher does, but
    a pattern is tried only at tokens that can start it."""

    def __init__(self):
        self.tests: list[Callable[[str], bool]] = []
        self._keys: dict[str, int] = {}
        self.patterns: list[tuple] = []   # (name, items)
        self._firsts: list[tuple[int, frozenset]] = []  # (predicate bits, part labels) that can start it
        self._by_mask: dict[int, tuple[int, ...]] = {}
        self._by_part: dict[str, tuple[int, ...]] = {}

    def bit(self, match: dict, where: str) -> int:
        key = json.dumps(match, sort_keys=True)
        if key not in self._keys:
            self._keys[key] = len(self.tests)
            self.tests.append(_predicate(match, where))
        return self._keys[key]

    def add(self, name: str, items: list[tuple]) -> None:
        bits, labels = 0, set()
        for kind, arg in items:
            if kind == _PART:
                labels |= arg
                break
            bits |= 1 << kind
            if arg not in ("?", "*"):
                break
        else:
            raise RuleError(f"date_patterns {name}: every item is optional")
        self.patterns.append((name, tuple(items)))
        self._firsts.append((bits, frozenset(labels)))
        self._by_mask.clear()
        self._by_part.clear()

    def mask(self, text: str) -> int:
        m = 0
        for i, test in enumerate(self.tests):
            if test(text):
                m |= 1 << i
        return m

    def starting(self, mask: int) -> tuple[int, ...]:
        """Patterns whose first token may be a word with these predicates."""
        found = self._by_mask.get(mask)
        if found is None:
            found = self._by_mask[mask] = tuple(
                p for p, (bits, _labels) in enumerate(self._firsts) if bits & mask)
        return found

    def starting_part(self, label: str) -> tuple[int, ...]:
        found = self._by_part.get(label)
        if found is None:
            found = self._by_part[label] = tuple(
                p for p, (_bits, labels) in enumerate(self._firsts) if label in labels)
        return found

    def run(self, masks: list[int], parts: list) -> list[tuple[str, int, int]]:
        """Every (pattern name, start, end) over tokens with these predicate masks;
        ``parts[i]`` is (label, end) when a part starts at token i, else None."""
        out = []
        n = len(masks)
        for i in range(n):
            cands = self.starting(masks[i]) if masks[i] else ()
            if parts[i] is not None:
                cands = sorted(set(cands) | set(self.starting_part(parts[i][0])))
            for p in cands:
                name, items = self.patterns[p]
                ends: set[int] = set()
                _ends(items, 0, i, masks, parts, n, ends)
                out.extend((name, i, e) for e in sorted(ends) if e > i)
        return out


def _ends(items, j: int, i: int, masks, parts, n: int, out: set) -> None:
    if j == len(items):
        out.add(i)
        return
    kind, arg = items[j]
    if kind == _PART:
        part = parts[i] if i < n else None
        if part is not None and part[0] in arg:
            _ends(items, j + 1, part[1], masks, parts, n, out)
        return
    if arg == "?" or arg == "*":
        _ends(items, j + 1, i, masks, parts, n, out)
    if arg is None or arg == "?":
        if i < n and masks[i] >> kind & 1:
            _ends(items, j + 1, i + 1, masks, parts, n, out)
        return
    k = i  # "*" or "+": one or more more tokens
    while k < n and masks[k] >> kind & 1:
        k += 1
        _ends(items, j + 1, k, masks, parts, n, out)


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
        self.parts = _Compiled()
        self.mentions = _Compiled()
        for label in sorted({p.part for p in self.rules.parts}):
            for rule in self.rules.parts:
                if rule.part == label:
                    self.parts.add(label, self._items(self.parts, rule.pattern, label))
        self.part_order = {label: i for i, label in enumerate(sorted({p.part for p in self.rules.parts}))}
        self.order: dict[str, int] = {}
        self.after: dict[str, tuple] = {}  # rule id -> items that must follow its match
        for i, rule in enumerate(self.rules.mentions):
            self.mentions.add(rule.id, self._items(self.mentions, rule.pattern, rule.id))
            self.order[rule.id] = i
            if rule.followed_by:
                self.after[rule.id] = tuple(self._items(self.mentions, rule.followed_by, rule.id))
        self.by_id = {r.id: r for r in self.rules.mentions}
        self._masks: dict[int, tuple[int, int]] = {}  # orth -> (part mask, mention mask)
        self._parsed: dict[tuple[str, str], Any] = {}

    def _items(self, compiled: _Compiled, pattern, where: str) -> list[tuple]:
        labels = {p.part for p in self.rules.parts}
        items = []
        for item in pattern:
            match, arg = _expand(item, self.rules.tokens, labels, where)
            items.append((_PART, arg) if match is None else (compiled.bit(match, where), arg))
        return items

    def __call__(self, doc: Doc) -> Doc:
        order = NUMERIC_ORDER.set(numeric_order(doc_text(doc)))
        try:
            return self._find(doc)
        finally:
            NUMERIC_ORDER.reset(order)

    def _find(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        spans = self._choose(doc, self._candidates(doc, text))
        anchor = _anchor(doc._.published)
        resolved: list[Resolution] = []
        history: list[tuple[int, Resolution, bool]] = []  # (paragraph, resolution, a comparison base)
        paragraphs = _paragraph_starts(text)
        for span, expr in spans:
            para = bisect.bisect_right(paragraphs, span.start_char)
            recent = [(r, base) for p, r, base in history if expr.far or para - p <= self.window]
            previous = _previous(recent, expr.carry, expr.far, running=_running(history) if expr.carry else None)
            ahead = expr.relative and _looks_ahead(doc, span.start)
            resolution = expr.resolve(anchor, previous, ahead)
            history.append((para, resolution, _is_base(text, span.start_char)))
            resolved.append(resolution)
        _name_periods(spans, resolved)
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
        cache, strings = self._masks, doc.vocab.strings
        part_masks, mention_masks = [], []
        for orth in doc.to_array(ORTH).tolist() if len(doc) else ():
            m = cache.get(orth)
            if m is None:
                text = strings[orth]
                m = cache[orth] = (self.parts.mask(text), self.mentions.mask(text))
            part_masks.append(m[0])
            mention_masks.append(m[1])
        return part_masks, mention_masks

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
        part_masks, masks = self._word_masks(doc)
        starts, inside = self._find_parts(part_masks)
        seen = set()
        for rule_id, start, end in self.mentions.run(masks, starts):
            rule = self.by_id[rule_id]
            if (rule_id, start, end) in seen or not self._fits(doc, text, rule, start, end, inside):
                continue
            if rule_id in self.after:
                follow: set[int] = set()
                _ends(self.after[rule_id], 0, end, masks, starts, len(masks), follow)
                if not follow:
                    continue
            seen.add((rule_id, start, end))
            span = Span(doc, start, end, label=rule_id)
            expr = self._parse(span.text)
            if expr is not None:
                yield span, expr

    def _parse(self, text: str):
        key = (NUMERIC_ORDER.get(), text)
        if key not in self._parsed:
            if len(self._parsed) > 20000:
                self._parsed.clear()
            self._parsed[key] = parse(text)
        return self._parsed[key]

    @staticmethod
    def _fits(doc: Doc, text: str, rule: MentionRule, start: int, end: int, inside: list[bool]) -> bool:
        if inside[start] or (end < len(doc) and inside[end]):
            return False
        if rule.not_before and end < len(doc) and doc[end].lower_ in rule.not_before:
            return False
        if rule.not_after and start > 0 and doc[start - 1].lower_ in rule.not_after:
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


def _starts_sentence(text: str, at: int) -> bool:
    """At the start of a sentence or line: a capitalised "Today" there is a date,
    elsewhere a name ("Policing Today", "the Today programme"). Read from the
    text, so the component needs no sentence boundaries from another one."""
    while at > 0 and text[at - 1] in " \t":
        at -= 1
    return at == 0 or text[at - 1] in "\n.!?:;\"\u201c\u201d(-\u2013\u2014"


def _paragraph_starts(text: str) -> list[int]:
    return [m.start() for m in re.finditer(r"(?m)^[ \t]*\S", text)]


def _previous(recent: list[tuple[Resolution, bool]], wants: Optional[str], far: bool = False,
              running: Optional[Resolution] = None):
    """The period a carry-over continues: the last mention ("any"), or the last
    one longer than a day ("period"); durations are skipped, and so are
    carried periods when the words name a period outright ("the same reporting
    period" is the one stated, not "the year before" it was compared with).

    A comparison base ("than in 2021/22", "compared with 2019") is what the
    article's figures are set against, not the period they are for, so it is
    skipped too; when that leaves nothing nearby, the article's running period
    (the last stated period that was neither a base nor carried) is continued."""
    if wants is None:
        return None
    skipped_base = False
    for r, base in reversed(recent):
        if r.kind == "duration" or (far and r.carried):
            continue
        if wants == "period" and r.is_point:
            continue
        if base:
            skipped_base = True
            continue
        return r.range if r.date_from and r.date_to else None
    if skipped_base and running is not None:
        return running.range
    return None


def _running(history: list[tuple[int, Resolution, bool]]) -> Optional[Resolution]:
    for _para, r, base in reversed(history):
        if not base and not r.carried and r.kind != "duration" and r.date_from and r.date_to \
                and not r.is_point:
            return r
    return None


_BASE = re.compile(r"\b(?:than|compared\s+(?:with|to)|against|versus|vs\.?)(?:\s+(?:in|during|for|over|with))?\s*$",
                   re.I)


def _is_base(text: str, start: int) -> bool:
    """The mention is what something is compared with: "than in the year before"."""
    return bool(_BASE.search(text[max(0, start - 30): start]))


_AHEAD = frozenset({"will", "'ll", "\u2019ll", "shall", "due", "scheduled", "expected", "adjourned",
                    "bailed", "remanded", "upcoming", "forthcoming"})
_CLAUSE_END = frozenset({".", "!", "?", ";", "\n"})


def _looks_ahead(doc: Doc, start: int, reach: int = 10) -> bool:
    """A future word shortly before the mention in its sentence: "is due to
    appear before magistrates on 22 May", "will be sentenced in June"."""
    for i in range(start - 1, max(-1, start - 1 - reach), -1):
        word = doc[i].lower_
        if word in _CLAUSE_END or "\n" in doc[i].text_with_ws:
            return False
        if word in _AHEAD:
            return True
    return False


def _name_periods(spans: list, resolved: list[Resolution]) -> None:
    """A duration that names a period's length ("66 officers faced proceedings
    over three years", a headline's "in five years") stands for the first period
    of about that length stated after it, else the last one before it; without
    one it stays unresolved."""
    periods = [i for i, r in enumerate(resolved)
               if r.kind != "duration" and r.date_from and r.date_to and not r.is_point]
    for i, ((_span, expr), r) in enumerate(zip(spans, resolved)):
        if expr.kind != "duration" or expr.length is None:
            continue
        fits = [j for j in periods if names_period(expr, resolved[j].range)]
        later = [j for j in fits if j > i]
        j = later[0] if later else (fits[-1] if fits else None)
        if j is not None:
            resolved[i] = Resolution(*resolved[j].range, kind="duration", carried=True)


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
