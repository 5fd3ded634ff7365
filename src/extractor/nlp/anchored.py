"""AnchoredMatcher: spaCy's Matcher run only on the stretches of a Doc where a
pattern can match (see below), with the same matches in the same order."""

from __future__ import annotations

import random
from bisect import bisect_left
from functools import reduce
from itertools import compress, repeat
from operator import or_
from typing import Optional

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from .anchor_tests import FLAGS as _FLAGS
from .anchor_tests import AnchorIndex, NeedIndex
from .anchor_tests import passes as _passes
from .anchor_tests import regex as _regex
from .docarrays import token_orths
from .wordflags import WordTest, word_flag

# ------------------------------------------------------------ anchored matching
#
# spaCy's Matcher tries every pattern at every token, and each IN/REGEX predicate is
# a Python call: with ~65 patterns that is most of an article's time, though most
# tokens are nowhere near a number or an outcome verb. Every pattern has a token it
# cannot match without (an "anchor": a word from a list, a number, a regex), and a
# bounded reach either side of it. AnchoredMatcher finds the anchors first, then runs
# the same Matcher only over the stretches those reaches cover: the same matches, in
# the same order (tests/test_rules.py compares both on every corpus article). Which
# words pass which anchor test is worked out once per vocabulary entry. A pattern whose
# match must have a given word right beside its anchor ("%" after a number) counts at
# an anchor only where that neighbour passes: Matcher time grows with window tokens
# times patterns, and most numbers have no "%", "out of" or "am" beside them.
# Nor does one count where a word it needs elsewhere is missing from its reach: "said"
# anchors "said ... would be added to the barred list", and most reaches of a "said"
# hold no "barred" (outcome windows 1,795 -> 48 token-patterns an article, figures 635 -> 66).

_INF = 10 ** 9
_UNSEEN = object()  # a word _learn has not looked at yet (None: it has, nothing to any plan)


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


def _holds(at: list[int], marks: list[int], start: int, end: int, needs: int) -> bool:
    """Whether the tokens in [start, end) pass every need in ``needs`` (bits): ``at`` holds
    the tokens passing any need, in order, and ``marks`` which they pass."""
    lo = bisect_left(at, start)
    return not needs & ~reduce(or_, marks[lo:bisect_left(at, end, lo)], 0)


def _merged(reach: list[tuple[int, int, int]]) -> list[tuple[int, int, tuple[int, ...]]]:
    """The reaches (start, end, plan) joined where they overlap or touch, each window with
    its plans in order."""
    reach.sort()
    merged: list[list] = []
    for start, end, k in reach:
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1][1] = end
            merged[-1][2].add(k)
        else:
            merged.append([start, end, {k}])
    return [(s, e, tuple(sorted(ids))) for s, e, ids in merged]


def share_flags(matchers: list["AnchoredMatcher"]) -> None:
    """Give the free flag bits to the matchers' word tests (see wordflags.py), then build the
    matchers that run with them."""
    ordered = sorted(matchers, key=lambda m: -m.breadth())
    for starts_only in (True, False):
        for matcher in ordered:
            matcher.claim_flags(starts_only)
    for matcher in ordered:
        matcher.compile()


def _start_specs(pattern: list[dict]) -> list[dict]:
    """The specs a match can begin with: up to and including the first that is not optional."""
    out = []
    for spec in pattern:
        out.append(spec)
        if _widths(spec.get("OP"))[0] >= 1:
            break
    return out


class AnchoredMatcher:
    """A spaCy Matcher (same ``add`` and call) that runs only where a pattern can match.

    ``matcher`` is spaCy's Matcher with the patterns as written (the reference the tests
    compare with); the one that runs has word tests read from lexeme flags."""

    def __init__(self, vocab):
        self.vocab = vocab
        self.matcher = Matcher(vocab)
        self._patterns: list[tuple[str, list[dict]]] = []
        self._plans: list[_Plan] = []
        self._fast: Optional[Matcher] = None

    def add(self, key: str, patterns: list[list[dict]]) -> None:
        self.matcher.add(key, patterns)  # validates the patterns
        self._patterns.extend((key, p) for p in patterns)
        self._plans.extend(_Plan(p) for p in patterns)
        self._fast = None

    def __len__(self) -> int:
        return len(self.matcher)

    def breadth(self) -> int:
        """How many patterns are anchored on a common token (or on none)."""
        return sum(plan.anchor is None or _rank(plan.specs[plan.anchor][1]) >= 1 for plan in self._plans)

    def claim_flags(self, starts_only: bool = False) -> None:
        """Flags for the patterns' word tests (``starts_only``: those a match can start with,
        which spaCy's Matcher tries at every token)."""
        for _key, pattern in self._patterns:
            for spec in _start_specs(pattern) if starts_only else pattern:
                for attr, value in spec.items():
                    test = WordTest.of(attr, value)
                    if test is not None and test.word is None:
                        word_flag(self.vocab, test)

    def compile(self) -> None:
        """Build the Matcher that runs: each word test with a flag becomes {flag: True}, a
        one-word list the word itself."""
        self._compiled = [(key, [self._fast_spec(spec) for spec in pattern]) for key, pattern in self._patterns]
        self._fast = self._matcher_of(range(len(self._compiled)))
        self._subsets: dict[tuple[int, ...], Matcher] = {}
        self._evict = random.Random(0)  # which cached set makes room: seeded, so runs repeat

    def _matcher_of(self, ids) -> Matcher:
        matcher = Matcher(self.vocab, validate=False)
        for k in ids:
            key, pattern = self._compiled[k]
            matcher.add(key, [pattern])
        return matcher

    def _subset(self, ids: tuple[int, ...]) -> Matcher:
        """A Matcher with only these patterns, in file order; 2,048 are kept (~20 KB
        each; building one takes ~0.3 ms). When the cache is full a random one makes
        room, not the least recently used: articles read again and again (a bench's
        passes, a re-extraction) ask for their sets in a cycle, and once the sets
        outnumber the cache a least-recently-used one misses every time (1,102 sets
        over the 181 articles of corpus/ and ../shared/eval: figures went 3.3 -> 5.8 ms an
        article). A random one still keeps most of them; 2,048 slots keep all of today's
        (4 MB more at most over those articles) and leave room as the rules grow."""
        matcher = self._subsets.get(ids)
        if matcher is None:
            matcher = self._matcher_of(ids)
            if len(self._subsets) >= 8192:
                del self._subsets[self._evict.choice(list(self._subsets))]
            self._subsets[ids] = matcher
        return matcher

    def _fast_spec(self, spec: dict) -> dict:
        out: dict = {}
        for attr, value in spec.items():
            test = WordTest.of(attr, value)
            if test is not None and test.word is not None:
                out[attr] = test.word  # {"LOWER": {"IN": ["sentenced"]}} is {"LOWER": "sentenced"}
                continue
            bit = word_flag(self.vocab, test, claim=False) if test is not None else None
            if bit is None:
                out[attr] = value
            else:
                out[bit] = True
        return out

    def _index(self):
        if getattr(self, "_indexed", None) != len(self._plans):
            self._unanchored = any(plan.anchor is None for plan in self._plans)
            self._words: dict[int, Optional[tuple]] = {}  # see _learn
            self._memo = _WordMemo(self.vocab)
            self._tests = AnchorIndex(self._plans)
            self._needs = NeedIndex(list(dict.fromkeys(c for plan in self._plans for c in plan.needs)))
            # the tests beside anchors as bits too, per word (_beside_bits): one look-up a neighbour
            # instead of a test per plan at each anchor
            self._side = NeedIndex(list(dict.fromkeys(c for plan in self._plans for _off, c in plan.beside)))
            self._side_bits: dict[int, int] = {}
            self._kept: dict[tuple[int, int, int, int], list] = {}  # see _windows
            # per plan: (number, its needs as bits, fixed reach or None, what the word before and
            # the word after the anchor must pass (bits), plan)
            self._entries = [(k, sum(self._needs.bit[c] for c in plan.needs), plan.fixed,
                              sum(self._side.bit[c] for off, c in plan.beside if off < 0),
                              sum(self._side.bit[c] for off, c in plan.beside if off > 0), plan)
                             for k, plan in enumerate(self._plans)]
            self._by_ids: dict[tuple[int, ...], tuple] = {}
            self._indexed = len(self._plans)

    def _learn(self, orth: int) -> Optional[tuple]:
        """What a word is to the plans, worked out once per word: the plans whose anchor
        test it passes (their entries) and the needs it passes (bits); None when neither."""
        lex = self.vocab[orth]
        ids = tuple(self._tests.passed(lex))
        plans = self._by_ids.get(ids)
        if plans is None:  # most new words are numbers passing the same anchor tests
            entries = tuple(self._entries[k] for k in ids)
            # and the bits of the tests beside the anchor that any of them wants, before and after
            plans = self._by_ids[ids] = (entries, reduce(or_, (e[3] for e in entries), 0),
                                         reduce(or_, (e[4] for e in entries), 0),
                                         reduce(or_, (e[1] for e in entries), 0))  # and of needs
        bits = self._needs.bits(lex)
        found = self._words[orth] = (*plans, bits) if plans[0] or bits else None
        return found

    def _beside_bits(self, orth: int) -> int:
        """The tests beside anchors a word passes (bits of ``_side``), worked out once per word."""
        found = self._side_bits[orth] = self._side.bits(self.vocab[orth])
        return found

    def windows(self, doc: Doc) -> list[tuple[int, int]]:
        """Token stretches, in order and apart, that hold every match."""
        return [(s, e) for s, e, _ids in self._windows(doc)]

    def _windows(self, doc: Doc) -> list[tuple[int, int, tuple[int, ...]]]:
        """The windows, each with the patterns whose anchor is inside it (only those
        can match there)."""
        self._index()
        n = len(doc)
        if self._unanchored or not n:
            return [(0, n, tuple(range(len(self._plans))))] if n else []
        orths = token_orths(doc)  # read, never changed
        walk = _Walk(orths, self._memo)
        anchors, at, marks = [], [], []  # (token, plans anchored there); tokens passing needs, and which
        # every token is looked up, and most are nothing to any plan (None): one map over the
        # list, the method only for words not seen before, a Python step only for the rest
        words = self._words
        found = list(map(words.get, orths, repeat(_UNSEEN, n)))
        if _UNSEEN in found:
            for orth in set(orths).difference(words):
                self._learn(orth)
            found = list(map(words.get, orths))
        for i in compress(range(n), found):
            entries, wants_before, wants_after, needs_any, bits = found[i]
            if entries:
                anchors.append((i, entries, wants_before, wants_after, needs_any))
            if bits:
                at.append(i)
                marks.append(bits)
        missing = ~reduce(or_, marks, 0)  # needs no token of the text passes
        reach: list[tuple[int, int, int]] = []
        side = self._side_bits
        # the plans of a word's entries that can match at an anchor, by the bits of the words beside
        # it and the needs the text lacks: the same few recur from text to text, so they are kept
        kept = self._kept
        if len(kept) > 65536:
            kept.clear()
        for i, entries, wants_before, wants_after, needs_any in anchors:
            before = after = 0  # only the bits some plan here wants: fewer combinations
            if wants_before and i:
                before = side.get(orths[i - 1])
                if before is None:
                    before = self._beside_bits(orths[i - 1])
                before &= wants_before
            if wants_after and i + 1 < n:
                after = side.get(orths[i + 1])
                if after is None:
                    after = self._beside_bits(orths[i + 1])
                after &= wants_after
            key = (id(entries), before, after, missing & needs_any)
            plans = kept.get(key)
            if plans is None:  # a need the whole text lacks, or the wrong word beside the anchor
                plans = kept[key] = [(k, needs, fixed, plan) for k, needs, fixed, want_before, want_after, plan
                                     in entries if not (needs & missing or want_before & ~before
                                                        or want_after & ~after)]
            for k, needs, fixed, plan in plans:
                if fixed is None:
                    start, end = plan.reach(walk, i)
                else:
                    start, end = max(0, i - fixed[0]), min(n, i + 1 + fixed[1])
                if needs and not _holds(at, marks, start, end, needs):
                    continue  # a token the pattern needs is nowhere in its reach
                reach.append((start, end, k))
        return _merged(reach)

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        if self._fast is None:
            self.claim_flags()
            self.compile()
        out = []
        for start, end, ids in self._windows(doc):
            # a Matcher run on a Span reports offsets within the Span; patterns whose
            # anchor is not in the window cannot match there, and leaving them out
            # changes neither the matches of the others nor their order
            # (Span(doc, start, end) is doc[start:end] without spaCy's Python slice check)
            out.extend((m, s + start, e + start) for m, s, e in self._subset(ids)(Span(doc, start, end)))
        return out
