"""The word tests of AnchoredMatcher's plans (anchored.py): whether a vocabulary entry
passes one, which plans' anchor tests it passes, and which of their needs, all at once."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.attrs import IS_ALPHA, IS_DIGIT, IS_PUNCT, IS_TITLE, IS_UPPER, LIKE_NUM

FLAGS = {"LIKE_NUM": LIKE_NUM, "IS_TITLE": IS_TITLE, "IS_DIGIT": IS_DIGIT, "IS_PUNCT": IS_PUNCT,
         "IS_ALPHA": IS_ALPHA, "IS_UPPER": IS_UPPER}


class AnchorIndex:
    """Which plans' anchor tests a vocabulary entry passes, as their sorted numbers.
    Worked out for every new word, and a matcher has hundreds of plans (340 in one),
    nearly all anchored on a word list: testing each in turn made a text of thousands
    of different numbers slow (the fuzz CPU budget). Word lists are dicts from word to
    plans; only the other tests (a regex, a flag) are tried, each once however many
    plans share it."""

    def __init__(self, plans: list):
        self.lower: dict[str, list[int]] = {}
        self.orth: dict[str, list[int]] = {}
        other: dict[tuple, list[int]] = {}
        for k, plan in enumerate(plans):
            if plan.anchor is None:
                continue
            kind, value = cond = plan.specs[plan.anchor][1]
            if kind in ("lower", "orth"):
                words = self.lower if kind == "lower" else self.orth
                for word in value:
                    words.setdefault(word, []).append(k)
            else:
                other.setdefault(cond, []).append(k)
        # ``passes`` unrolled: a flag number, or a regex's search and whether it reads the lower case
        self.flags = [(FLAGS[value], ks) for (kind, value), ks in other.items() if kind == "flag"]
        self.regexes = [(regex(value).search, kind == "regex_lower", ks)
                        for (kind, value), ks in other.items() if kind != "flag"]

    def passed(self, lex) -> list[int]:
        lower, orth = lex.lower_, lex.orth_
        ids = [*self.lower.get(lower, ()), *self.orth.get(orth, ())]
        for flag, ks in self.flags:
            if lex.check_flag(flag):
                ids.extend(ks)
        for search, on_lower, ks in self.regexes:
            if search(lower if on_lower else orth) is not None:
                ids.extend(ks)
        ids.sort()  # a plan has one anchor, so no number comes twice
        return ids

    @staticmethod
    def plain(plans: list, lex) -> list[int]:
        """Every plan's anchor test in turn: the reference ``passed`` must agree with."""
        return [k for k, plan in enumerate(plans) if plan.anchor is not None
                and passes(lex, plan.specs[plan.anchor][1])]


class NeedIndex:
    """Which of the plans' needs (anchored.py: the rarer tests a match cannot do without
    besides its anchor) a vocabulary entry passes, as one bit per test. Worked out once
    per new word, like ``AnchorIndex``: word lists are dicts from word to bits, and only
    the flags and regexes are tried, each once."""

    def __init__(self, conds: list):
        self.bit = {cond: 1 << n for n, cond in enumerate(conds)}
        self.lower: dict[str, int] = {}
        self.orth: dict[str, int] = {}
        self.flags: list[tuple[int, int]] = []
        self.regexes: list[tuple] = []
        for (kind, value), bit in self.bit.items():
            if kind in ("lower", "orth"):
                words = self.lower if kind == "lower" else self.orth
                for word in value:
                    words[word] = words.get(word, 0) | bit
            elif kind == "flag":
                self.flags.append((FLAGS[value], bit))
            else:
                self.regexes.append((regex(value).search, kind == "regex_lower", bit))

    def bits(self, lex) -> int:
        lower, orth = lex.lower_, lex.orth_
        found = self.lower.get(lower, 0) | self.orth.get(orth, 0)
        for flag, bit in self.flags:
            if lex.check_flag(flag):
                found |= bit
        for search, on_lower, bit in self.regexes:
            if search(lower if on_lower else orth) is not None:
                found |= bit
        return found

    def plain(self, lex) -> int:
        """Every need's test in turn: the reference ``bits`` must agree with."""
        return sum(bit for cond, bit in self.bit.items() if passes(lex, cond))


def passes(lex, cond) -> bool:
    """Whether a vocabulary entry passes an anchor test."""
    kind, value = cond
    if kind == "flag":
        return lex.check_flag(FLAGS[value])
    text = lex.lower_ if kind in ("lower", "regex_lower") else lex.orth_
    if kind in ("lower", "orth"):
        return text in value
    return regex(value).search(text) is not None


@lru_cache(maxsize=None)
def regex(pattern: str):
    return re.compile(pattern)
