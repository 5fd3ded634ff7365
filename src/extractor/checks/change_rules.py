"""The rules that read claims of change (models/change_patterns.jsonl, with the word
lists of models/change_words.json), compiled once, and their matches in a sentence.

A compiled rule knows what every match of it needs (a digit; one of a few words), so a
sentence without it is not searched: most sentences of most articles hold no change.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from re import _constants as sre, _parser as sre_parser  # to read what a rule's regex needs
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, ValidationError

from ..errors import RuleError
from .keys import folded
from ..rulefiles import load_json, load_jsonl

Reads = Literal["magnitude", "multiple", "from_to", "to", "from", "record"]
_GROUPS = {"magnitude": {"mag", "unit", "dir", "rest"}, "multiple": {"mult", "rest"}, "from_to": {"a", "b", "dir"},
           "to": {"b", "dir"}, "from": {"a", "dir"}, "record": {"dir", "since"}}


class ChangeRule(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    reads: Reads
    pattern: str
    example: str
    # the words are a verb of their own ('rose by 13 per cent', 'doubled'): a from/to pair with
    # another verb ('as the unit grew from 12 to 20') is a second claim, not this one's numbers
    own_verb: bool = False
    note: str = ""


@dataclass(frozen=True)
class CompiledRule:
    rule: ChangeRule
    regex: re.Pattern
    needs_digit: bool = False  # every match holds a digit: no use trying a sentence without one
    # every match holds one of these words ("fold"; "doubled", "halved"...), each searched for
    # as the rule matches it: no use trying a text without one, nor a sentence without the one
    needs_words: tuple[re.Pattern, ...] = ()
    # the same words however many (lower case, as keys.folded holds them), when every one is
    # plain: str.find looks for them in a sentence far quicker than the rule's regex runs
    needs_plain: tuple[str, ...] = ()


_DIGIT = re.compile(r"\d")


def _needs_digit(items) -> bool:
    """Whether every string a parsed regex (re._parser) matches holds a digit: some part
    that is not optional is a digit, or a group, repeat or every branch that needs one."""
    for op, av in items:
        if op is sre.LITERAL and chr(av) in "0123456789":
            return True
        if op is sre.IN and av and all(
                kind is sre.CATEGORY and value is sre.CATEGORY_DIGIT
                or kind is sre.RANGE and 48 <= value[0] <= value[1] <= 57
                or kind is sre.LITERAL and chr(value) in "0123456789" for kind, value in av):
            return True
        if op is sre.SUBPATTERN and _needs_digit(av[-1]):
            return True
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1 and _needs_digit(av[2]):
            return True
        if op is sre.BRANCH and all(_needs_digit(branch) for branch in av[1]):
            return True
    return False


def _strings(items, limit: int = 500) -> Optional[set[str]]:
    """Every string a parsed regex fragment matches, when that is a short list of literals
    ("(?:rose|risen|went up)"); None otherwise."""
    out = {""}
    for op, av in items:
        if op is sre.LITERAL:
            alts: Optional[set[str]] = {chr(av)}
        elif op is sre.SUBPATTERN:
            alts = _strings(av[-1], limit)
        elif op is sre.BRANCH:
            each = [_strings(branch, limit) for branch in av[1]]
            alts = None if any(e is None for e in each) else set().union(*each)
        elif op is sre.IN and all(kind is sre.LITERAL for kind, _ in av):
            alts = {chr(value) for _, value in av}
        elif op is sre.MAX_REPEAT and av[0] == 0 and av[1] == 1:
            inner = _strings(av[2], limit)
            alts = None if inner is None else inner | {""}
        else:
            return None
        if alts is None:
            return None
        out = {a + b for a in out for b in alts}
        if len(out) > limit:
            return None
    return out


def _needs_words(items) -> Optional[set[str]]:
    """Words (3 characters or more) one of which every match of a parsed regex holds: a
    run of literal characters, or a group that is a list of literals, neither optional.
    The fewest such words are the quickest to look for; None when there are none."""
    found: list[set[str]] = []
    run = ""
    for op, av in list(items) + [(None, None)]:
        if op is sre.LITERAL:
            run += chr(av)
            continue
        if len(run) >= 3:
            found.append({run})
        run = ""
        if op is sre.SUBPATTERN:
            strings = _strings(av[-1])
            if strings and min(len(w) for w in strings) >= 3:
                found.append(strings)
    return min(found, key=len) if found else None


def _plain(word: str) -> bool:
    """Whether a word is made only of characters keys.folded is tested on (a re.I match of
    them is the folded character)."""
    return all(c in _PLAIN for c in word.lower())


_PLAIN = frozenset("abcdefghijklmnopqrstuvwxyz0123456789 -'")


@lru_cache(maxsize=1)
def words() -> dict:
    return load_json("change_words.json")


def _expand(pattern: str, rule_id: str) -> str:
    w = words()

    def alternatives(m: re.Match) -> str:
        if m.group(1) not in w or not isinstance(w[m.group(1)], list):
            raise RuleError(f"models/change_patterns.jsonl: rule {rule_id}: no word list {m.group(0)}")
        return _alternation(w[m.group(1)])

    return re.sub(r"\{([a-z_]+)\}", alternatives, pattern)


def _alternation(items: list[str]) -> str:
    """A word list as one regex alternation, longest first. Plain words are grouped by first
    letter ('r(?:isen|ising|ose)|f(?:allen|ell)'): ignoring case, Python's regex engine tries
    every alternative at every word, grouped only one per letter. One group at most can
    start at a letter and each keeps the order, so the matches are the same."""
    ordered = sorted(items, key=len, reverse=True)
    if not all(_WORD.fullmatch(item) for item in ordered):
        return "(?:" + "|".join(ordered) + ")"
    groups: dict[str, list[str]] = {}
    for item in ordered:
        groups.setdefault(item[0], []).append(item[1:])
    return "(?:" + "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items()) + ")"


_WORD = re.compile(r"[a-z][a-z ]*")


@lru_cache(maxsize=1)
def rules() -> tuple[CompiledRule, ...]:
    out = []
    for row in load_jsonl("change_patterns.jsonl"):
        try:
            rule = ChangeRule(**row)
        except ValidationError as exc:
            raise RuleError(f"models/change_patterns.jsonl: rule {row.get('id', '?')}: "
                            f"{exc.errors()[0]['msg']}") from exc
        try:
            regex = re.compile(_expand(rule.pattern, rule.id), re.I)
        except re.error as exc:
            raise RuleError(f"models/change_patterns.jsonl: rule {rule.id}: {exc}") from exc
        missing = _GROUPS[rule.reads] - set(regex.groupindex)
        if missing:
            raise RuleError(f"models/change_patterns.jsonl: rule {rule.id}: reads {rule.reads} "
                            f"but has no group {sorted(missing)}")
        parsed = sre_parser.parse(regex.pattern, regex.flags)
        needed = _needs_words(parsed)
        # one plain search per word (an alternation of them is as slow as the rule), with the
        # rule's flags, so each is matched as the rule matches it (ignoring case); worth it
        # for a few words only
        needs_words = tuple(re.compile(re.escape(w), regex.flags) for w in sorted(needed)) \
            if needed and len(needed) <= 5 else ()
        plain = tuple(sorted(w.lower() for w in needed)) if needed and all(map(_plain, needed)) else ()
        out.append(CompiledRule(rule, regex, _needs_digit(parsed), needs_words, plain))
    return tuple(out)


# ---------------------------------------------------------------- reading

@dataclass
class Match:
    rule: ChangeRule
    m: re.Match
    whole: Optional[tuple[int, int]] = None  # a series' span, from its first words to its last

    @property
    def core(self) -> tuple[int, int]:
        """The words that state the claim, without the trailing words a stated change is
        measured against, which may hold a from/to pair of their own."""
        if "rest" in self.m.re.groupindex and self.m.group("rest") is not None:
            return self.m.start(), self.m.start("rest")
        return self.span

    @property
    def span(self) -> tuple[int, int]:
        if self.whole:
            return self.whole
        return self.m.start(), self.m.end() - (len(self.m.group(0)) - len(self.m.group(0).rstrip()))


def usable_rules(text: str) -> tuple[CompiledRule, ...]:
    """The rules, in file order, that can match somewhere in the text: a rule needing one
    of a few words only if the text holds one."""
    lower = folded(text)
    return tuple(c for c in rules() if not c.needs_words or (
        any(lower.find(w) >= 0 for w in c.needs_plain) if c.needs_plain
        else any(w.search(text) for w in c.needs_words)))


def plain_words_by_sentence(text: str, sents, usable: tuple[CompiledRule, ...]) -> dict[int, set[str]]:
    """Sentence number -> the plain words the usable rules need that it holds (as
    ``lower.find(word, s, e)`` finds them: starting and ending inside the sentence). Each
    word is looked for once in the whole text, not once in every sentence: most
    sentences hold none of them. ``sents`` are in order and apart (keys.sentence_spans)."""
    lower, starts, out = folded(text), [s for s, _ in sents], {}
    for word in {w for c in usable for w in c.needs_plain}:
        at = lower.find(word)
        while at >= 0:
            k = bisect_right(starts, at) - 1
            if k >= 0 and at + len(word) <= sents[k][1]:
                out.setdefault(k, set()).add(word)
            at = lower.find(word, at + 1)
    return out


def matches_in(text: str, s: int, e: int, usable: tuple[CompiledRule, ...], held: set[str]) -> list[Match]:
    """The rules' matches in one sentence (``usable``: the rules, in file order, that can
    match somewhere in the text; ``held``: the plain words the sentence holds, from
    plain_words_by_sentence)."""
    found: list[Match] = []
    digits = _DIGIT.search(text, s, e) is not None
    for compiled in usable:
        if compiled.needs_digit and not digits:
            continue
        if compiled.needs_plain:
            if held.isdisjoint(compiled.needs_plain):
                continue
        elif len(compiled.needs_words) == 1 and not compiled.needs_words[0].search(text, s, e):
            continue
        for m in compiled.regex.finditer(text, s, e):
            cand = Match(compiled.rule, m)
            # a rule earlier in the file wins where two read the same words
            if not any(x.core[0] < cand.core[1] and cand.core[0] < x.core[1] and x.rule.reads == cand.rule.reads
                       or x.core[0] <= cand.core[0] and cand.core[1] <= x.core[1] for x in found):
                found.append(cand)
    return sorted(found, key=lambda x: x.span[0])

