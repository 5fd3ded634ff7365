"""The plan AnchoredMatcher (anchored.py) makes of one pattern: its anchor (the rarest test
a match cannot do without), how far a match reaches either side of it, the tests of the
tokens right beside it, and the walk of an unbounded reach over a Doc's words."""

from __future__ import annotations

from typing import Optional

from spacy.lang.en.stop_words import STOP_WORDS

from .anchor_tests import FLAGS as _FLAGS
from .anchor_tests import passes as _passes
from .anchor_tests import regex as _regex

_INF = 10 ** 9


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
        self.fixed, self.beside, self.needs = None, (), ()
        if self.anchor is not None:
            self.before, self.after = self.specs[:self.anchor], self.specs[self.anchor + 1:]
            # a fixed reach when no operator is unbounded, else walked per anchor
            self.fixed = None
            if all(high < _INF for (_, high), _ in self.specs):
                self.fixed = (sum(high for (_, high), _ in self.before),
                              sum(high for (_, high), _ in self.after))
            # the tests of the tokens right beside the anchor, when a match must have them
            # ("out" after the number of "2 out of 3"): most anchors fail one, and the
            # pattern then neither widens the window nor runs in it
            self.beside = tuple((off, cond) for off, specs in ((-1, self.before[-1:]), (1, self.after[:1]))
                                for (low, high), cond in specs if low == high == 1 and cond is not None)
            # the tests other tokens of every match pass, but for capitals and letters (nearly
            # every word passes those, see _rank): a reach with no token passing one holds no match
            own = self.specs[self.anchor][1]
            self.needs = tuple(dict.fromkeys(cond for (low, _), cond in self.specs
                                             if cond is not None and low >= 1 and cond != own and _rank(cond) <= 3))

    def reach(self, walk: "_Walk", i: int) -> tuple[int, int]:
        if self.fixed is not None:
            return max(0, i - self.fixed[0]), min(walk.n, i + 1 + self.fixed[1])
        return _back(walk, self.before, i), _forward(walk, self.after, i + 1)


# Words of every common shape (lower case, capitalised, a name, punctuation): a regex that
# passes none of them tests for digits or a rare shape.
_COMMON_WORDS = ("the", "The", "police", "Police", "said", "Smith", "O'Neill", "officers", "a", "A", "I",
                 ",", ".", "and")


def _rank(cond) -> int:
    """How often a test passes in English, roughly: a list of content words rarely, a
    number now and then, a regex on digits seldom, a list holding a stop word or
    punctuation ("of", ",") all the time, a capital or a letter nearly always. A regex
    passing common words ("^[A-Z][a-z]+$") ranks with the capitals: anchored on it, the
    age in "Smith, 34," made a window at every capitalised word."""
    kind, value = cond
    if kind in ("lower", "orth"):
        return 3 if any(w.lower() in STOP_WORDS or not w.isalnum() for w in value) else 0
    if kind == "flag":
        return {"LIKE_NUM": 1, "IS_DIGIT": 1, "IS_UPPER": 4, "IS_TITLE": 4}.get(value, 5)
    lower = kind == "regex_lower"
    if any(_regex(value).search(w.lower() if lower else w) for w in _COMMON_WORDS):
        return 4
    return 2


class _Walk:
    """What an unbounded reach needs of one Doc: its words, and whether a word passes a
    spec's test. The test is looked up by vocabulary entry (``_WordMemo``), and only at
    the tokens a walk steps on: a run of "*" or "+" is a few tokens from its anchor,
    so testing every token of the Doc first (as masks did) was most of the work."""

    def __init__(self, orths: list[int], memo: "_WordMemo"):
        self.orths = orths
        self.n = len(orths)
        self.memo = memo

    def passes(self, cond, i: int) -> bool:
        return cond is None or self.memo.passes(cond, self.orths[i])


class _WordMemo:
    """``_passes`` per (test, vocabulary entry), kept for the matcher's life: like the
    anchors (``_anchored_at``), a word's answer never changes."""

    def __init__(self, vocab):
        self.vocab = vocab
        self._by_cond: dict = {}

    def passes(self, cond, orth: int) -> bool:
        memo = self._by_cond.get(cond)
        if memo is None:
            memo = self._by_cond[cond] = {}
        found = memo.get(orth)
        if found is None:
            found = memo[orth] = _passes(self.vocab[orth], cond)
        return found


def _back(walk: _Walk, specs, far: int) -> int:
    """The earliest token the specs (walked from the anchor outwards) can reach back to."""
    for (_, high), cond in reversed(specs):
        if high < _INF:
            far -= high
        else:  # a run of tokens that pass the test, ending just before the furthest point
            while far > 0 and walk.passes(cond, far - 1):
                far -= 1
        if far <= 0:
            return 0
    return far


def _forward(walk: _Walk, specs, far: int) -> int:
    """One past the last token the specs can reach forward to."""
    for (_, high), cond in specs:
        if high < _INF:
            far += high
        else:
            while far < walk.n and walk.passes(cond, far):
                far += 1
        if far >= walk.n:
            return walk.n
    return far


def _start_specs(pattern: list[dict]) -> list[dict]:
    """The specs a match can begin with: up to and including the first that is not optional."""
    out = []
    for spec in pattern:
        out.append(spec)
        if _widths(spec.get("OP"))[0] >= 1:
            break
    return out
