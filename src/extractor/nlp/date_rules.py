"""The date patterns file (``models/date_patterns.jsonl``), read and checked into
``DateRules`` for the ``extractor_dates`` component (``extractor.nlp.dates``);
``extractor.nlp.date_matcher`` compiles and runs what it reads.

How the patterns file is read
-----------------------------

One JSON object per line; blank lines and ``//`` lines are comments. Unknown
keys are an error (``RuleError``), so a typo never leaves a rule silently dead.

* ``{"token": "MONTH", "match": {...}}``: a named spaCy token pattern, used as
  ``"@MONTH"`` (``"@MONTH?"``, ``"@NUM*"``, ``"@X+"`` for the usual operators).
  A token may test LOWER, TEXT, ORTH, LENGTH and IS_LOWER/IS_UPPER/IS_TITLE/
  IS_DIGIT/IS_ALPHA, with a value or IN, NOT_IN, REGEX (spaCy's meaning);
  operators ``?``, ``*``, ``+``. Anything else is a ``RuleError``. A token of
  month or weekday names says ``"names": "months"`` (or ``"weekdays"``) instead
  of listing them, so they are the words of models/date_words.json; with
  ``"full_only": true`` only the full names (``"short_only"``: only the short
  forms), with ``"dotted": true`` the short forms also with a full stop, less the
  words in ``"leave_out"``; a ``LOWER`` ``REGEX`` holding ``{names}`` gets them there.
* ``{"part": "date", "pattern": [...]}``: a building block. All parts are
  matched first and the longest win; their tokens are then tagged so that a
  mention pattern can say ``"<date|month_year>"``: exactly one whole part with
  one of those labels.
* ``{"id": "from_to", "label": "range", "pattern": [...]}``: a mention. Plain
  strings are lower-case words, ``"to|until"`` alternatives, with an optional
  operator at the end (``"the?"``). ``not_before``/``not_after`` list words
  that may not follow/precede the match; ``followed_by`` is a pattern that
  must come right after it, outside the span (a year labelling a table row is
  followed by counts), ``preceded_by`` one that must come right before it (at
  most 8 tokens: "the Annual Report 2019" dates the report by its year),
  ``not_followed_by`` one that may not follow it ("Friday Night Lights" is a name);
  ``"sentence_start": true`` keeps only matches that open a sentence or a line
  (read from the text: the component needs no other); ``"cell": true`` only
  matches that fill a table cell ("2016 | Dismissed").
  ``examples`` are tested: each must be found whole, with this label;
  ``"[2019] 7 5"`` means the mention is the bracketed words of that text.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict, ValidationError

from ..normalise import calendar_words
from ..normalise.timex import KINDS
from ..errors import RuleError
from ..modelfiles import DateMentionRule, DatePart, DateToken

_OPS = "?*+"
_NAME = re.compile(r"^[A-Z][A-Z0-9_]*$")
_LABEL = re.compile(r"^[a-z][a-z_]*$")


class TokenRule(DateToken):
    """A token line as the component uses it: its schema is modelfiles.DateToken (one
    definition of the file's keys), frozen, with its names filled in."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    def with_names(self) -> "TokenRule":
        """A token of month or weekday names, its LOWER words read from
        models/date_words.json: every form (only the full names when ``full_only``,
        only the short ones when ``short_only``), the short forms also with a full stop
        when ``dotted`` ("Sept."), less ``leave_out``. A LOWER REGEX may instead hold
        ``{names}``, which becomes the alternation of those words ("Mar.7")."""
        if self.names is None:
            return self
        lists = calendar_words.name_lists(self.names)
        if self.full_only:
            words = [forms[0] for forms in lists]
        else:
            words = [w for forms in lists for w in (forms[1:] if self.short_only else forms)]
        if self.dotted:
            words += [f"{w}." for forms in lists for w in forms[1:]]
        words = [w for w in words if w not in self.leave_out]
        lower = self.match.get("LOWER")
        if isinstance(lower, dict) and "{names}" in str(lower.get("REGEX", "")):
            alternation = "|".join(re.escape(w) for w in words)
            return self.model_copy(update={"match": {**self.match, "LOWER": {"REGEX": lower["REGEX"].replace(
                "{names}", alternation)}}})
        if lower is not None:
            raise ValueError(f"token {self.token!r} takes its words from {self.names!r}: its LOWER may only be "
                             "a REGEX holding {names}")
        return self.model_copy(update={"match": {"LOWER": {"IN": words}, **self.match}})


class PartRule(DatePart):
    model_config = ConfigDict(extra="forbid", frozen=True)


class MentionRule(DateMentionRule):
    model_config = ConfigDict(extra="forbid", frozen=True)


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
                tokens[rule.token] = rule.with_names()
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
        for item in [*rule.pattern, *getattr(rule, "followed_by", []), *getattr(rule, "preceded_by", []),
                     *getattr(rule, "not_followed_by", [])]:
            expand(item, tokens, part_labels, where=getattr(rule, "id", None) or rule.part)
    return DateRules(tokens=tokens, parts=parts, mentions=mentions)


def _short(row: dict) -> str:
    return str(row.get("id") or row.get("part") or row.get("token") or row)[:60]


def expand(item, tokens: dict[str, TokenRule], part_labels: set[str], where: str) -> tuple:
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
