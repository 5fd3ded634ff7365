"""The token pattern engine of the ``extractor_dates`` component: the date
patterns (read by ``extractor.nlp.date_rules``) compiled to item lists over
numbered word predicates and matched over a Doc's words.

Matching. Every word's predicates (one bit each) are worked out once per
vocabulary entry and cached, a pattern is tried only at tokens that can start
it, and every length its operators allow is a candidate, as with spaCy's
``Matcher`` (which this replaced: with ~130 patterns it spent 15 ms an
article; this spends about 1).
"""

from __future__ import annotations

import json
import re
from functools import reduce
from itertools import compress
from operator import or_
from typing import Any, Callable

from ..errors import RuleError


# Token attributes a pattern may test; every one depends on the word alone, so a
# word's predicates are worked out once and cached by its orth id.
_ATTRS = {
    "LOWER": str.lower, "TEXT": lambda s: s, "ORTH": lambda s: s,
    "IS_LOWER": str.islower, "IS_UPPER": str.isupper, "IS_TITLE": str.istitle,
    "IS_DIGIT": str.isdigit, "IS_ALPHA": str.isalpha, "LENGTH": len,
}
PART = -1  # item kind: one whole part with one of a set of labels


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
    if len(checks) == 1:  # most are: no generator for each word
        (get, test), = checks
        return lambda text: test(get(text))
    return lambda text: all(test(get(text)) for get, test in checks)


def _lookup(match: dict):
    """The first check of a description that is one word, or one of a list of words, of
    the lower-cased or the plain text, as ("lower" or "text", the words); None when no
    check is. Those are most of the predicates: a dict from word to bits answers all of
    them at once, and a predicate with other checks besides is tested only on its words."""
    for key, value in match.items():
        if key not in ("LOWER", "TEXT", "ORTH"):
            continue
        if isinstance(value, str):
            words = [value]
        elif isinstance(value, dict) and set(value) == {"IN"} and isinstance(value["IN"], list):
            words = [w for w in value["IN"] if isinstance(w, str)]  # no other value equals a str
        else:
            continue
        return ("lower" if key == "LOWER" else "text"), words
    return None


class Compiled:
    """Patterns as item lists over numbered word predicates, matched by ``_ends``.

    An item is (bit, op): the token's word satisfies predicate ``bit`` (op None,
    "?", "*" or "+"), or (PART, labels): a whole part with one of ``labels``
    starts at the token. Matching returns every end, as spaCy's Matcher does, but
    a pattern is tried only at tokens that can start it."""

    def __init__(self):
        self.tests: list[Callable[[str], bool]] = []
        self._keys: dict[str, int] = {}
        self.patterns: list[tuple] = []   # (name, items)
        self._firsts: list[tuple[int, frozenset]] = []  # (predicate bits, part labels) that can start it
        self._by_mask: dict[int, tuple[int, ...]] = {}
        self._by_part: dict[str, tuple[int, ...]] = {}
        self._gates: list[tuple] = []  # per pattern: what a try must pass first (see _gate)
        self._needs: list[tuple] = []  # per pattern: what every match holds (see _needs)
        # ``mask`` is worked out for every new word, and testing ~100 predicates one by one
        # made a text of thousands of different numbers slow (the fuzz CPU budget): the
        # word-list predicates are dicts of bits, only the rest are tested per word
        self._bits: dict[str, dict[str, int]] = {"lower": {}, "text": {}}
        self._gated: dict[str, dict[str, list]] = {"lower": {}, "text": {}}
        self._rest: list[tuple[int, Callable[[str], bool]]] = []

    def bit(self, match: dict, where: str) -> int:
        key = json.dumps(match, sort_keys=True)
        if key not in self._keys:
            bit = self._keys[key] = len(self.tests)
            self.tests.append(_predicate(match, where))
            lookup = _lookup(match)
            if lookup is None:
                self._rest.append((bit, self.tests[bit]))
            elif len(match) == 1:
                bits = self._bits[lookup[0]]
                for word in lookup[1]:
                    bits[word] = bits.get(word, 0) | 1 << bit
            else:
                for word in lookup[1]:
                    self._gated[lookup[0]].setdefault(word, []).append((bit, self.tests[bit]))
        return self._keys[key]

    def add(self, name: str, items: list[tuple]) -> None:
        bits, labels = 0, set()
        for kind, arg in items:
            if kind == PART:
                labels |= arg
                break
            bits |= 1 << kind
            if arg not in ("?", "*"):
                break
        else:
            raise RuleError(f"date_patterns {name}: every item is optional")
        self.patterns.append((name, tuple(items)))
        self._firsts.append((bits, frozenset(labels)))
        self._gates.append(_gate(items))
        self._needs.append(_needs(items))
        self._by_mask.clear()
        self._by_part.clear()
        self._need_groups = None

    def mask(self, text: str) -> int:
        """The bits of the predicates ``text`` satisfies (``plain_mask``'s, found faster)."""
        lower = text.lower()
        m = self._bits["lower"].get(lower, 0) | self._bits["text"].get(text, 0)
        for i, test in (*self._gated["lower"].get(lower, ()), *self._gated["text"].get(text, ()), *self._rest):
            if test(text):
                m |= 1 << i
        return m

    def plain_mask(self, text: str) -> int:
        """Every predicate tested in turn: the reference ``mask`` must agree with."""
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
        gates = self._gates
        # only tokens with a predicate or a part can start a pattern: most have neither
        tried = list(masks)
        for i in compress(range(n), parts):
            tried[i] = 1
        possible = self._possible(masks, parts)
        chosen: dict = {}  # this Doc's candidates by (mask, part label): its possible patterns only
        for i in compress(range(n), tried):
            mask, part = masks[i], parts[i]
            key = (mask, None if part is None else part[0])
            cands = chosen.get(key)
            if cands is None:
                if part is not None:
                    cands = sorted(set(self.starting(mask) if mask else ()) | set(self.starting_part(part[0])))
                else:
                    cands = self.starting(mask) if mask else ()
                cands = chosen[key] = tuple(p for p in cands if possible >> p & 1)
            for p in cands:
                for kind, labels, offsets in gates[p]:  # inline: ~800 a article (see _gate)
                    for o in offsets:
                        k = i + o
                        if k < n and (masks[k] >> kind & 1 if labels is None
                                      else parts[k] is not None and parts[k][0] in labels):
                            break
                    else:
                        break  # a token the pattern needs stands nowhere it could
                else:
                    name, items = self.patterns[p]
                    ends: set[int] = set()
                    match_ends(items, 0, i, masks, parts, n, ends)
                    if ends:  # most tries end nowhere: skip the sort
                        out.extend((name, i, e) for e in sorted(ends) if e > i)
        return out


    def _possible(self, masks: list[int], parts: list) -> int:
        """The patterns (as bits) whose every required item some token of the Doc passes:
        only those can match in it (most Docs hold no "ago", no "fiscal", no weekday)."""
        absent = ~reduce(or_, masks, 0)
        labels = {part[0] for part in filter(None, parts)}
        every, by_byte, by_labels = self._needers()
        ruled_out = 0
        for shift, table in by_byte:
            ruled_out |= table[absent >> shift & 255]
        for wanted, patterns in by_labels:
            if labels.isdisjoint(wanted):
                ruled_out |= patterns
        return every & ~ruled_out

    def _needers(self) -> tuple[int, list, list]:
        """Every pattern (as bits); for each byte of the predicate bits a table from the
        byte's absent predicates to the patterns needing one of them; and for each set of
        part labels a pattern requires, the patterns requiring it. A Doc then rules out
        patterns a byte at a time, where testing ~160 patterns one by one took a loop each."""
        if getattr(self, "_need_groups", None) is None:
            needing = [0] * len(self.tests)  # per predicate, the patterns that require it
            by_labels: dict[frozenset, int] = {}
            for p, (bits, sets) in enumerate(self._needs):
                for bit in range(bits.bit_length()):
                    if bits >> bit & 1:
                        needing[bit] |= 1 << p
                for wanted in sets:
                    by_labels[wanted] = by_labels.get(wanted, 0) | 1 << p
            by_byte = []
            for shift in range(0, len(needing), 8):
                table = [0] * 256
                for absent in range(1, 256):
                    low = absent & -absent  # the table for the byte without its lowest bit, and that bit's
                    table[absent] = table[absent ^ low] | needing[shift + low.bit_length() - 1] \
                        if shift + low.bit_length() - 1 < len(needing) else table[absent ^ low]
                if any(table):
                    by_byte.append((shift, table))
            self._need_groups = ((1 << len(self._needs)) - 1, by_byte, list(by_labels.items()))
        return self._need_groups


def _needs(items: list[tuple]) -> tuple[int, tuple[frozenset, ...]]:
    """The predicate bits, and the part labels (one of each set), that every match of a
    pattern holds: its items that are neither "?" nor "*"."""
    bits, labels = 0, []
    for kind, arg in items:
        if kind == PART:
            labels.append(frozenset(arg))
        elif arg is None or arg == "+":
            bits |= 1 << kind
    return bits, tuple(labels)


# A pattern is tried at every token that can start it, ~830 tries an article, and 97%
# end nowhere: "the?" leads 14 patterns, so each "the" was 14 walks. Before walking,
# a try checks the tokens a match cannot do without, at the few places they can stand
# (a test, not a match: a try that passes is walked as before, so the matches are the
# same). That halves the dates component.
_GATE_ITEMS = 2  # required items checked before a walk


def _gate(items: list[tuple]) -> tuple:
    """The required items of a pattern's fixed-width opening, each as (kind, arg,
    offsets from the start it can stand at), the first item left out when it is
    required (``starting`` chose the pattern by it). Stops at the first item whose
    width varies (a part, "*", "+"), checked at its own offsets but not beyond."""
    gate: list[tuple] = []
    offsets = {0}
    for index, (kind, arg) in enumerate(items):
        if kind != PART and arg == "?":
            offsets |= {o + 1 for o in offsets}
            continue
        if kind != PART and arg == "*":
            break
        if index > 0:
            gate.append((kind, arg if kind == PART else None, tuple(sorted(offsets))))
            if len(gate) == _GATE_ITEMS:
                break
        if kind == PART or arg == "+":
            break
        offsets = {o + 1 for o in offsets}
    return tuple(gate)


def match_ends(items, j: int, i: int, masks, parts, n: int, out: set) -> None:
    if j == len(items):
        out.add(i)
        return
    kind, arg = items[j]
    if kind == PART:
        part = parts[i] if i < n else None
        if part is not None and part[0] in arg:
            match_ends(items, j + 1, part[1], masks, parts, n, out)
        return
    if arg == "?" or arg == "*":
        match_ends(items, j + 1, i, masks, parts, n, out)
    if arg is None or arg == "?":
        if i < n and masks[i] >> kind & 1:
            match_ends(items, j + 1, i + 1, masks, parts, n, out)
        return
    k = i  # "*" or "+": one or more more tokens
    while k < n and masks[k] >> kind & 1:
        k += 1
        match_ends(items, j + 1, k, masks, parts, n, out)
