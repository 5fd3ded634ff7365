"""Refusals of a finding or outcome that counts cases rather than one person's: a finding word
naming a kind ('Sustained Complaints', 'hundreds of sustained policy violations'), a tally
('sustained 47 complaints', 'in 21 of those cases'). A mixin of Refusals (context.py)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .. import token_lowers, token_texts
from ...normalise.numbers import parse_number
from ...rulefiles import word_set
from ..subjects import is_number
from ..subjects.mention import is_number_text

_PARENTS = word_set("outcome_words.json", "parents")
# the relative words after 'cases' that make a number a count of cases: a closed class
_WHERE = frozenset({"where", "in", "when", "which", "that"})
_FINDING_WORDS = word_set("outcome_words.json", "finding_words")
_FINDING_NOUNS = word_set("outcome_words.json", "finding_nouns")


class TallyRefusals:
    """Static readings of the words around a finding; context.py calls them."""

    @staticmethod
    def _finding_adjective(doc: Doc, start: int, end: int, lo: int, hi: int) -> bool:
        """A finding word used as an adjective names a kind of finding, not one made about a
        person: 'note a substantiated complaint in the file', 'Sustained Complaints' over a
        table, 'two sustained allegations' (a count, read as a figure)."""
        last = end - 1
        if doc[last].lower_ in _FINDING_WORDS and last - 1 >= lo and doc[last - 1].lower_ in ("a", "an", "the"):
            return True
        head = doc[start]
        if head.lower_ in _FINDING_WORDS and start + 2 < hi and doc[start + 1].like_num and doc[start + 2].lower_ == "of":
            return True  # "sustained 96 of the 1,041 allegations": a tally
        if head.lower_ in _FINDING_WORDS and start + 2 < hi and doc[start + 1].like_num and \
                doc[start + 2].lower_ in _FINDING_NOUNS and (parse_number(doc[start + 1].text.replace(",", "")) or 0) > 4 \
                and not any(t.lower_ == "against" for t in doc[start + 3:min(hi, start + 6)]):
            return True  # "investigators sustained 47 complaints, a rate of 16%": a tally, no one's
        before = doc[start - 1] if start - 1 >= lo else None
        # one modifier may stand between ('hundreds of sustained policy violations'); a table's
        # cell opens after a pipe ('Complaints | Sustained Complaints')
        noun = start + 1 if start + 1 < hi and doc[start + 1].lower_ in _FINDING_NOUNS else \
            start + 2 if start + 2 < hi and doc[start + 2].lower_ in _FINDING_NOUNS and doc[start + 1].is_alpha else None
        return head.lower_ in _FINDING_WORDS and noun is not None and \
            (before is None or before.lower_ in ("a", "an", "the", "of", "no", "any", "|") or before.like_num)

    @staticmethod
    def _counted_context(doc: Doc, lo: int, start: int) -> bool:
        """'In 21 of those cases ...', 'in 21 the panel found ...': a number of cases, not a person."""
        lowers, texts = token_lowers(doc), token_texts(doc)  # words: a Token per step cost more than the tests
        for j in range(max(lo, 1), start - 1):  # a clause may open on its count: "and seven cases where ..."
            if not is_number_text(texts[j]):
                continue  # both tests below ask for a number here
            if lowers[j - 1] in ("in", "of") and not re.fullmatch(r"(1[89]|20)\d\d", texts[j]) \
                    and lowers[j + 1] in ("of", "the", ",", "cases", "a", "an", "instances", "per", "%") \
                    and lowers[j - 2] not in _PARENTS:  # "Garda X, a father of two, was jailed": no count
                return True
            if any(lowers[k] in ("cases", "instances") and lowers[k + 1] in _WHERE for k in (j + 1, j + 2)):
                return True  # "seven cases where the officer would have been dismissed"
        return False

    @staticmethod
    def _counted_after(doc: Doc, end: int, hi: int) -> bool:
        """'sustained at least one allegation in 104 of the cases': the finding counted over
        cases right after its words, before the clause ends, is a tally (a figure)."""
        for j in range(end + 1, min(hi - 1, end + 8)):
            if doc[j].is_punct or doc[j].lower_ in ("and", "but", "after", "before", "when", "while"):
                return False
            if doc[j - 1].lower_ == "in" and is_number(doc[j]) and not re.fullmatch(r"(1[89]|20)\d\d", doc[j].text) \
                    and doc[j + 1].lower_ in ("of", "cases", "instances", "investigations", "complaints", "%", "per"):
                return True
        return False
