"""What the figure modules share: the words that bound a figure's phrase, and a candidate number."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Optional

from spacy.tokens import Span

from ...records import DateMention
from ..docarrays import token_orths

# Words that end the search for a figure's head noun: verbs and clause openers.
_STOP_WORDS = {
    "was", "were", "is", "are", "be", "been", "being", "have", "has", "had", "will", "would", "could",
    "should", "may", "might", "did", "do", "does", "led", "involved", "required", "came", "said",
    "faced", "remain", "remained", "who", "which", "that", "while", "whereas", "but", "compared",
    "up", "down", "rose", "fell", "increased", "decreased", "in", "from", "to", "by", "during", "over",
    "last", "next", "since", "between", "after", "before", "on", "at", "for", "with", "as", "than", "per",
}
_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "each", "every"}
_SKIP_WORDS = {"of", "the", "these", "those", "them", "all", "its", "their", "such", "this", "that"}
_CLAUSE_BREAKS = {",", ";", ":", "(", ")", "—", "–", "\n", "but", "while", "whereas", "compared"}
# A sentence's opening phrase that leads into its main clause: "In 63 of these cases, ..."
_INTRO_WORDS = {"in", "of", "among", "amongst", "across", "for", "from"}
# "the five years before 2022" names its own end: a period, not a comparison with the one before
_COMPARATIVE_DATE = re.compile(r"\b(before|previous|prior|preceding|earlier)\b(?!\s+(?:to\s+)?(?:[A-Za-z]+\s+)?(?:1[89]|20)\d\d)"
                               r"|\bsame (?:period|time|months?|quarter) (?:of |in )?last year\b", re.I)
_RELATIVE_THIS = re.compile(r"\bthis\b", re.I)
_ACRONYM = re.compile(r"((?:[A-Z][\w’'&-]*)(?:\s+(?:of|for|and|the|&|[A-Z][\w’'&-]*)){1,8})\s+\(([A-Z][A-Za-z&]{1,9})\)")
# An expansion names an organisation only if it ends in a word for one; a force's own
# department ("Professional Standards Department") reports the force's figures.
_ORG_HEADS = {"office", "commission", "council", "authority", "agency", "inspectorate", "federation",
              "bureau", "board", "committee", "college", "association", "ombudsman", "commissioner",
              "constabulary", "police", "service", "panel", "institute", "union", "watchdog", "network"}
_PERSONAL_OUTCOMES = {"jailed", "suspended_sentence", "convicted", "charged", "acquitted", "dismissed",
                      "would_have_been_dismissed", "resigned", "retired", "barred", "suspended", "arrested"}
_DATA_WORDS = {"figures", "statistics", "data", "stats", "report", "reports", "annual", "research", "analysis",
               "disclosed", "revealed", "published", "released", "recorded", "logged"}
_VERBS_AFTER_LIST = {"were", "was", "is", "are", "have", "has", "had", "led", "made", "involved", "concerned"}
_CHANGE_VERBS = {"rose", "risen", "rising", "fell", "fallen", "falling", "increased", "decreased", "dropped",
                 "climbed", "grew", "reached", "stood", "jumped", "doubled", "totalled", "came"}
# A comparison between a figure and a date after it: the date is the compared figure's
# ("thirteen in 2017 compared to nine that were initiated in 2016").
_COMPARED_AFTER = re.compile(r"\b(?:compared|than|versus|vs\.?)\b", re.I)
# ... and that date is no running period for the figures after it
_COMPARISON = re.compile(r"\b(?:compared (?:to|with)|versus|vs\.?|(?:up|down|rising|falling|rose|fell) from|(?:up|down) on"
                         r"|(?:increase|decrease|rise|fall|drop) (?:on|from)|(?:higher|lower) than"
                         r"|(?:per ?cent|%|increase|decrease|rise|fall|drop) over)\b", re.I)
_UP_TO = re.compile(r"\b(up to|to|until|till|by)\s*$", re.I)
# what links.py's _measured_period gives when a figure measures no count's change: its period is read as usual
NOT_LINKED = object()

# How far back (in tokens) a figure looks for the bracket it stands in or the dash that
# opens the list it is an item of: an English aside or list is far shorter, and a scan to
# the sentence's start made a sentence of thousands of numbers quadratic (4,000: 40 s).
LOOKBACK = 60


@dataclass
class Candidate:
    span: Span                      # the number words, without qualifier
    rule: str
    unit: str
    kind: str
    value: Optional[float]
    qualifier: str = "exact"
    start: int = 0                  # token index where the figure's text starts (qualifier included)
    counted: Optional[str] = None
    counted_found: bool = False
    noun: Optional[str] = None
    out_of: Optional[float] = None
    extras: dict = field(default_factory=dict)


def repeat_end(doc, end: int) -> int:
    """Where a number's words end, past its repeat in brackets: 'thirteen (13) investigations'."""
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 1].like_num and doc[end + 2].text.startswith(")"):
        return end + 3
    return end


def _looks_verbal(token) -> bool:
    """Without a tagger: a finite verb or participle, as far as news English goes."""
    return token.lower_ in _STOP_WORDS and token.lower_ not in ("of", "in", "from", "to", "by", "with", "for", "at", "on") \
        or (token.lower_.endswith("ed") and len(token) > 4
            # "sex-related", "drug-fuelled": the end of a compound adjective, not a verb
            and not (token.i > 0 and token.nbor(-1).text == "-"))


_DASHES = ("–", "—", ":")
_CLAUSE_MARKS = (";", "(", ")", "\n", "but", "while", "whereas")


class TokenMarks:
    """What the look-backs of a figure's fields ask of the tokens before it, indexed once a
    document: the nearest dash, colon or clause mark (a verb, ';', 'but' ...) at or before
    each token, the nearest bracket, and how many verbs precede each token."""

    __slots__ = ("dash", "last_mark", "last_paren", "verbs_before")

    def __init__(self, doc):
        self.dash, self.last_mark, self.last_paren, self.verbs_before = [], [], [], [0]
        mark = paren = -1
        # a token's marks depend on its word (and a verb's on the word before), so they are
        # read per word, from the words' ids in one array: making a Token for each word
        # cost more than the marks themselves
        orths = token_orths(doc)
        strings, hyphen = doc.vocab.strings, doc.vocab.strings["-"]
        for i, orth in enumerate(orths):
            found = _ORTH_MARKS.get(orth)
            if found is None:
                if len(_ORTH_MARKS) >= 65536:
                    _ORTH_MARKS.clear()
                found = _ORTH_MARKS[orth] = _word_marks(strings[orth])
            dash, stop_verb, ed_word, clause, bracket = found
            # as _looks_verbal: "sex-related" ends a compound adjective, not a verb
            verbal = stop_verb or (ed_word and not (i > 0 and orths[i - 1] == hyphen))
            if dash or verbal or clause:
                mark = i
            if bracket:
                paren = i
            self.dash.append(dash)
            self.last_mark.append(mark)
            self.last_paren.append(paren)
            self.verbs_before.append(self.verbs_before[-1] + verbal)


# a word's id (its text's hash, the same in every vocabulary) -> _word_marks of its text
_ORTH_MARKS: dict[int, tuple[bool, bool, bool, bool, bool]] = {}


def _word_marks(text: str) -> tuple[bool, bool, bool, bool, bool]:
    """TokenMarks' tests of one word: a dash or colon, a stop word read as a verb, a long
    '-ed' word, a clause mark, a bracket (the parts of _looks_verbal and the marks)."""
    lower = text.lower()  # a token's lower_
    return (text in _DASHES,
            lower in _STOP_WORDS and lower not in ("of", "in", "from", "to", "by", "with", "for", "at", "on"),
            lower.endswith("ed") and len(text) > 4,
            lower in _CLAUSE_MARKS,
            text == "(" or text.startswith(")"))


def _inside(mention: DateMention, period) -> bool:
    return period is not None and period[0] <= mention.date_from and mention.date_to <= period[1] \
        and (mention.date_from, mention.date_to) != tuple(period)


class CharRanges:
    """Whether a stretch of characters overlaps any of many ranges, in log time: a page
    listing hundreds of dates would otherwise test each of its numbers against each date."""

    def __init__(self, ranges):
        ranges = sorted(ranges)
        self._starts = [s for s, _ in ranges]
        self._reach = list(accumulate((e for _, e in ranges), max))  # the furthest end so far

    def overlaps(self, start: int, end: int) -> bool:
        k = bisect_left(self._starts, end)  # the ranges that open before the stretch ends
        return k > 0 and self._reach[k - 1] > start


def start_order(dates) -> tuple[list[int], list[int]]:
    """The dates' indices in the order they start, and those starts: a bisect then finds the
    dates of a stretch without testing every date of the article for every figure."""
    order = sorted(range(len(dates)), key=lambda i: dates[i].span[0])
    return order, [dates[i].span[0] for i in order]


WHEN_LEAD = re.compile(r"\s*,")  # the comma that must follow a date before 'when' (_WHEN), found without a slice
