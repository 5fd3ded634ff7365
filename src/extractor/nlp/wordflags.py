"""Word tests of token patterns kept as lexeme flag bits, so spaCy's Matcher reads
them in C (used by anchored.AnchoredMatcher)."""

from __future__ import annotations

import re
from typing import Optional

# ------------------------------------------------------------ word tests as lexeme flags
#
# A word list or a regex in a pattern ({"LOWER": {"IN": [...]}}, {"TEXT": {"REGEX": ...}})
# is a Python call per token in spaCy's Matcher, and a pattern's first test is tried at
# every token. Such a test depends only on the word, so it can be worked out once per
# vocabulary entry and kept as one of the lexeme's flag bits, which the Matcher reads in
# C: the rules in models/ stay as written, only the Matcher that runs them gets
# {flag: True} in place of the test. spaCy leaves 45 flag bits free (19-63), fewer than
# the tests, so they go first to tests a pattern starts with, and first to the matchers
# whose patterns are anchored on common tokens (numbers, stop words: their windows
# cover more of a text); a test left without a flag stays a Python predicate.

_FREE_FLAGS = range(19, 64)  # spaCy's FLAG19..FLAG63; 1-18 are IS_ALPHA and the like


class WordTest:
    """A pattern's test on one word's text, as a lexeme flag getter: LOWER or ORTH/TEXT
    in a word list (IN), not in one (NOT_IN), or searched by a REGEX."""

    def __init__(self, attr: str, op: str, value):
        self.lower = attr == "LOWER"
        self.op = op
        if op == "REGEX":
            self.regex = re.compile(value)
            self.key = (self.lower, op, value)
        else:
            self.words = frozenset(value)
            self.key = (self.lower, op, tuple(value))

    @staticmethod
    def of(attr: str, value) -> Optional["WordTest"]:
        """The test a spec's ``attr: value`` makes, when it is one of these."""
        if attr in ("LOWER", "ORTH", "TEXT") and isinstance(value, dict) and len(value) == 1:
            (op, arg), = value.items()
            if op == "REGEX" and isinstance(arg, str) or \
                    op in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(w, str) for w in arg):
                return WordTest(attr, op, arg)
        return None

    @property
    def word(self) -> Optional[str]:
        """The one word of a one-word IN list, which the Matcher compares in C without a flag."""
        return next(iter(self.words)) if self.op == "IN" and len(self.words) == 1 else None

    def __call__(self, text: str) -> bool:
        if self.lower:
            text = text.lower()
        if self.op == "IN":
            return text in self.words
        if self.op == "NOT_IN":
            return text not in self.words
        return self.regex.search(text) is not None


def word_flag(vocab, test: WordTest, claim: bool = True) -> Optional[int]:
    """The flag bit that holds ``test`` on this vocabulary: the one already set for the
    same test, else (with ``claim``) a free bit, else None."""
    free = None
    for bit in _FREE_FLAGS:
        getter = vocab.lex_attr_getters.get(bit)
        if isinstance(getter, WordTest) and getter.key == test.key:
            return bit
        if getter is None and free is None:
            free = bit
    if claim and free is not None:
        return vocab.add_flag(test, free)
    return None
