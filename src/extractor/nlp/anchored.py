"""AnchoredMatcher: spaCy's Matcher run only on the stretches of a Doc where a
pattern can match (see below), with the same matches in the same order."""

from __future__ import annotations

import random
from bisect import bisect_left
from functools import reduce
from itertools import compress, repeat
from operator import or_
from typing import Optional

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from .anchor_plans import _Plan, _rank, _start_specs, _Walk, _WordMemo
from .anchor_tests import AnchorIndex, NeedIndex
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
# the same order (tests/test_rules.py compares both on every corpus article); a pattern's
# anchor and reach are its plan (anchor_plans.py). Which
# words pass which anchor test is worked out once per vocabulary entry. A pattern whose
# match must have a given word right beside its anchor ("%" after a number) counts at
# an anchor only where that neighbour passes: Matcher time grows with window tokens
# times patterns, and most numbers have no "%", "out of" or "am" beside them.
# Nor does one count where a word it needs elsewhere is missing from its reach: "said"
# anchors "said ... would be added to the barred list", and most reaches of a "said"
# hold no "barred" (outcome windows 1,795 -> 48 token-patterns an article, figures 635 -> 66).

_UNSEEN = object()  # a word _learn has not looked at yet (None: it has, nothing to any plan)


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
