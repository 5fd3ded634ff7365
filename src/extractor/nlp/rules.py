"""Loading rule files from models/ into spaCy matchers, with typos caught early.

Every rule line is validated by a pydantic model that forbids unknown keys, so a
misspelt key is an error naming the file and rule, never a silently dead rule.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, ValidationError
from spacy.attrs import IS_ALPHA, IS_DIGIT, IS_PUNCT, IS_TITLE, IS_UPPER, LIKE_NUM, LOWER, ORTH
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from ..errors import RuleError
from . import load_json, load_jsonl


class TokenRule(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    family: str
    pattern: list[dict]
    unit: Optional[Literal["count", "percent"]] = None
    kind: Optional[Literal["digits", "words", "share", "vague"]] = None
    qualifier: Optional[str] = None
    keep: Optional[tuple[int, int]] = None
    # the match does not count when the next word is one of these ("Kent Police Federation")
    not_followed_by: Optional[list[str]] = None


class OrgRule(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    aliases: list[str]
    as_written: bool = False


def load_token_rules(filename: str) -> list[TokenRule]:
    rules = []
    for row in load_jsonl(filename):
        try:
            rules.append(TokenRule(**row))
        except ValidationError as exc:
            raise RuleError(f"models/{filename}: rule {row.get('id', '?')}: {exc.errors()[0]['msg']}") from exc
    return rules


def build_matcher(nlp: Language, rules: list[TokenRule], filename: str) -> "AnchoredMatcher":
    matcher = AnchoredMatcher(nlp.vocab)
    for rule in rules:
        try:
            matcher.add(rule.id, [rule.pattern])
        except Exception as exc:  # spaCy raises several types for a bad pattern
            raise RuleError(f"models/{filename}: rule {rule.id}: {exc}") from exc
    return matcher


def phrase_matcher(nlp: Language, table: dict[str, list[str]], attr: str = "LOWER") -> PhraseMatcher:
    """A PhraseMatcher whose match labels are the table's keys."""
    matcher = PhraseMatcher(nlp.vocab, attr=attr)
    for label, phrases in table.items():
        matcher.add(label, [nlp.make_doc(p) for p in phrases])
    return matcher


def load_orgs(filename: str = "orgs.jsonl") -> list[OrgRule]:
    try:
        return [OrgRule(**row) for row in load_jsonl(filename)]
    except ValidationError as exc:
        raise RuleError(f"models/{filename}: {exc.errors()[0]['msg']}") from exc


def lexicon() -> dict:
    return load_json("lexicon.json")


def kept(span: Span, keep: Optional[tuple[int, int]]) -> Span:
    """The part of a match a rule keeps: keep=[0, 1] keeps the first token,
    keep=[0, -1] all but the last (context the rule needed but is not the figure)."""
    if not keep:
        return span
    start, end = keep
    end = len(span) + end if end <= 0 else end
    return span.doc[span.start + start: span.start + end]


def matches_by_label(matcher, doc: Doc) -> list[tuple[str, Span]]:
    return [(doc.vocab.strings[m], doc[s:e]) for m, s, e in matcher(doc)]


# ------------------------------------------------------------ anchored matching
#
# spaCy's Matcher tries every pattern at every token, and each IN/REGEX predicate is
# a Python call: with ~65 patterns that is most of an article's time, though most
# tokens are nowhere near a number or an outcome verb. Every pattern has a token it
# cannot match without (an "anchor": a word from a list, a number, a regex), and a
# bounded reach either side of it. AnchoredMatcher finds the anchors first, then runs
# the same Matcher only over the stretches those reaches cover: the same matches, in
# the same order (tests/test_rules.py compares both on every corpus article).

_INF = 10 ** 9
_FLAGS = {"LIKE_NUM": LIKE_NUM, "IS_TITLE": IS_TITLE, "IS_DIGIT": IS_DIGIT, "IS_PUNCT": IS_PUNCT,
          "IS_ALPHA": IS_ALPHA, "IS_UPPER": IS_UPPER}


def _widths(op: Optional[str]) -> tuple[int, int]:
    """(fewest, most) tokens a pattern token with this operator takes."""
    if op in (None, "!"):
        return 1, 1
    if op == "?":
        return 0, 1
    if op == "*":
        return 0, _INF
    if op == "+":
        return 1, _INF
    low, _, high = op.strip("{}").partition(",")
    if "," not in op:
        return int(low), int(low)
    return int(low or 0), int(high) if high else _INF


def _condition(spec: dict):
    """A test every token this spec matches passes, as (kind, value), or None when the
    spec's keys give no cheap one. The most selective is preferred: a word list, then a
    flag, then a regex."""
    if spec.get("OP") == "!":
        return None
    found = []
    for key, value in spec.items():
        if key in ("LOWER", "ORTH", "TEXT"):
            attr = "lower" if key == "LOWER" else "orth"
            if isinstance(value, str):
                found.append((0, (attr, frozenset([value]))))
            elif isinstance(value, dict) and set(value) == {"IN"}:
                found.append((0, (attr, frozenset(value["IN"]))))
            elif isinstance(value, dict) and set(value) == {"REGEX"}:
                found.append((2, ("regex_" + attr, value["REGEX"])))
        elif key in _FLAGS and value is True:
            found.append((1, ("flag", key)))
    return min(found, key=lambda f: f[0])[1] if found else None


class _Plan:
    """One pattern: its anchor, and how far a match reaches either side of it."""

    def __init__(self, pattern: list[dict]):
        self.specs = [(_widths(spec.get("OP")), _condition(spec)) for spec in pattern]
        anchors = [k for k, ((low, high), cond) in enumerate(self.specs)
                   if cond is not None and low >= 1 and high == 1]
        # the rarest test (see _rank); then the earliest
        self.anchor = min(anchors, key=lambda k: (_rank(self.specs[k][1]), k)) if anchors else None
        if self.anchor is not None:
            self.before, self.after = self.specs[:self.anchor], self.specs[self.anchor + 1:]
            # a fixed reach when no operator is unbounded, else walked per anchor
            self.fixed = None
            if all(high < _INF for (_, high), _ in self.specs):
                self.fixed = (sum(high for (_, high), _ in self.before),
                              sum(high for (_, high), _ in self.after))

    def reach(self, view: "_DocView", i: int) -> tuple[int, int]:
        if self.fixed is not None:
            return max(0, i - self.fixed[0]), min(view.n, i + 1 + self.fixed[1])
        return _back(view, self.before, i), _forward(view, self.after, i + 1)


def _rank(cond) -> int:
    """How often a test passes in English, roughly: a list of content words rarely, a
    number now and then, a regex on digits seldom, a list holding a stop word or
    punctuation ("of", ",") all the time, a capital or a letter nearly always."""
    kind, value = cond
    if kind in ("lower", "orth"):
        return 3 if any(w.lower() in STOP_WORDS or not w.isalnum() for w in value) else 0
    if kind == "flag":
        return {"LIKE_NUM": 1, "IS_DIGIT": 1, "IS_UPPER": 4, "IS_TITLE": 4}.get(value, 5)
    return 2


class _DocView:
    """What the anchors and reaches need of one Doc, each read at most once."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.n = len(doc)
        self._cache: dict = {}

    def array(self, attr: int) -> list:
        if attr not in self._cache:
            self._cache[attr] = self.doc.to_array(attr).tolist()
        return self._cache[attr]

    def texts(self, attr: str) -> list[str]:
        key = "text_" + attr
        if key not in self._cache:
            words = [t.text for t in self.doc]
            self._cache[key] = [w.lower() for w in words] if attr == "lower" else words
        return self._cache[key]

    def mask(self, cond) -> list[bool]:
        """Whether each token passes the test (all True for no test)."""
        if cond is None:
            return [True] * self.n
        key = ("mask", cond)
        if key not in self._cache:
            kind, value = cond
            if kind == "flag":
                m = [bool(v) for v in self.array(_FLAGS[value])]
            elif kind in ("lower", "orth"):
                hashes = {get_string_id(w) for w in value}
                m = [h in hashes for h in self.array(LOWER if kind == "lower" else ORTH)]
            else:
                regex = _regex(value)
                m = [regex.search(w) is not None for w in self.texts(kind[len("regex_"):])]
            self._cache[key] = m
        return self._cache[key]


@lru_cache(maxsize=None)
def _regex(pattern: str):
    return re.compile(pattern)


def _back(view: _DocView, specs, far: int) -> int:
    """The earliest token the specs (walked from the anchor outwards) can reach back to."""
    for (_, high), cond in reversed(specs):
        if high < _INF:
            far -= high
        else:  # a run of tokens that pass the test, ending just before the furthest point
            mask = view.mask(cond)
            while far > 0 and mask[far - 1]:
                far -= 1
        if far <= 0:
            return 0
    return far


def _forward(view: _DocView, specs, far: int) -> int:
    """One past the last token the specs can reach forward to."""
    for (_, high), cond in specs:
        if high < _INF:
            far += high
        else:
            mask = view.mask(cond)
            while far < view.n and mask[far]:
                far += 1
        if far >= view.n:
            return view.n
    return far


class AnchoredMatcher:
    """A spaCy Matcher (same ``add`` and call) that runs only where a pattern can match."""

    def __init__(self, vocab):
        self.matcher = Matcher(vocab)
        self._plans: list[_Plan] = []

    def add(self, key: str, patterns: list[list[dict]]) -> None:
        self.matcher.add(key, patterns)
        self._plans.extend(_Plan(p) for p in patterns)

    def __len__(self) -> int:
        return len(self.matcher)

    def _index(self):
        """Anchor test -> plans, with word lists turned into one hash -> plans table per attribute."""
        if getattr(self, "_indexed", None) != len(self._plans):
            self._words: dict[str, dict[int, list[_Plan]]] = {"lower": {}, "orth": {}}
            self._others: dict[tuple, list[_Plan]] = {}
            self._unanchored = any(plan.anchor is None for plan in self._plans)
            for plan in self._plans:
                if plan.anchor is None:
                    continue
                kind, value = plan.specs[plan.anchor][1]
                if kind in self._words:
                    for word in value:
                        self._words[kind].setdefault(get_string_id(word), []).append(plan)
                else:
                    self._others.setdefault((kind, value), []).append(plan)
            self._indexed = len(self._plans)

    def windows(self, doc: Doc) -> list[tuple[int, int]]:
        """Token stretches, in order and apart, that hold every match."""
        self._index()
        view = _DocView(doc)
        if self._unanchored or not view.n:
            return [(0, view.n)] if view.n else []
        reach: list[tuple[int, int]] = []
        for kind, attr in (("lower", LOWER), ("orth", ORTH)):
            table = self._words[kind]
            if not table:
                continue
            for i, h in enumerate(view.array(attr)):
                plans = table.get(h)
                if plans:
                    reach.extend(plan.reach(view, i) for plan in plans)
        for cond, plans in self._others.items():
            for i, hit in enumerate(view.mask(cond)):
                if hit:
                    reach.extend(plan.reach(view, i) for plan in plans)
        reach.sort()
        merged: list[list[int]] = []
        for start, end in reach:
            if merged and start <= merged[-1][1]:
                if end > merged[-1][1]:
                    merged[-1][1] = end
            else:
                merged.append([start, end])
        return [(s, e) for s, e in merged]

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        out = []
        for start, end in self.windows(doc):
            # a Matcher run on a Span reports offsets within the Span
            out.extend((m, s + start, e + start) for m, s, e in self.matcher(doc[start:end]))
        return out
