"""What the checks share: an article's sentences, and what makes two figures the same
count (count_key, comparable) and whether their values can agree (bounds, agree).

Pure: no I/O. Both the per-article checks (article.py, contradictions.py) and the
checks across articles (recheck.py) read these.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..records import Figure


@lru_cache(maxsize=8)
def sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The article's sentences (and lines), as (start, end); read once an article, as
    every check asks for them."""
    spans, start = [], 0
    for m in re.finditer(r"(?<=[.!?])\s+(?=[A-Z“\"'])|\n+", text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return tuple((s, e) for s, e in spans if e > s)


# What a case-blind regex reads as i and s besides the letters' own upper case: str.lower()
# alone keeps the dotless i and the long s, and makes the dotted capital I two characters.
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


@lru_cache(maxsize=8)
def folded(text: str) -> str:
    """The text in lower case, character for character (same length, same offsets), as a
    regex compiled with re.I reads it: wherever such a regex matches a lower-case word, the
    word is in the folded text at the same place (tests/checks/test_keys.py tries every
    character). A str.find there is far quicker than the regex, so it can rule out the
    sentences a slow pattern cannot match before the pattern is run."""
    return text.translate(_FOLD).lower()


def sentence_of(sents: list[tuple[int, int]], span: tuple[int, int]) -> tuple[int, int]:
    """The sentence (of ``sentence_spans``) that holds the start of ``span``, else the span itself."""
    return next(((s, e) for s, e in sents if s <= span[0] < e), tuple(span))


CONFLICT_TOLERANCE = 0.05  # an 'about' figure agrees with another within 5%


def bounds(f: Figure) -> tuple[float, float]:
    """The values a figure allows, given its qualifier."""
    v = f.value
    return {
        "exact": (v, v),
        "about": (v * (1 - CONFLICT_TOLERANCE), v * (1 + CONFLICT_TOLERANCE)),
        "more_than": (v + 1e-9, float("inf")),
        "at_least": (v, float("inf")),
        "fewer_than": (float("-inf"), v - 1e-9),
        "at_most": (float("-inf"), v),
    }.get(f.qualifier, (float("-inf"), float("inf")))


def agree(a: Figure, b: Figure) -> bool:
    """Two statements of the same count agree when some value fits both."""
    lo_a, hi_a = bounds(a)
    lo_b, hi_b = bounds(b)
    return max(lo_a, lo_b) <= min(hi_a, hi_b)


def _noun(f: Figure) -> str:
    return _plain_noun(f.noun or "")


# A store's conflict checks compare each statement with those of its count, so the
# same few hundred nouns are normalised again and again.
@lru_cache(maxsize=4096)
def _plain_noun(noun: str) -> str:
    return " ".join(w[:-1] if w.endswith("s") else w for w in noun.lower().split())


def count_key(f: Figure):
    return (f.org, f.category, f.counted, f.outcome, f.unit, _noun(f), f.period_from, f.period_to)


# A period the figure's own words (or its table column) fix, not one inherited from the
# article's running period: only such figures are compared across articles.
OWN_PERIOD = {"clause", "sentence", "table", "series"}


def comparable(f: Figure) -> bool:
    return (f.value is not None and f.qualifier != "vague" and f.out_of is None and f.org and f.category
            and f.counted and f.noun and f.period_source in OWN_PERIOD)


_PART_OF = re.compile(r"\s+(?:out\s+)?of\s+(?:the|these|those|them|its|their|all)\b", re.I)


def stated_part(text: str, f: Figure) -> bool:
    """Whether a count is stated as a part of a whole ('Twenty-two of the allegations',
    'Thirty-one of the 58'): never the total that a period's parts add up to."""
    return f.out_of is not None or _PART_OF.match(text, f.span[1]) is not None
