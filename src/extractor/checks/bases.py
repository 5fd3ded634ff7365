"""The populations a share can be taken of, found in an article's words: 'out of a
workforce of about 34,000', 'With more than 147,000 full-time equivalent officers
serving', 'of the 3,000 officers in the force'. These are bases, not conduct counts:
the figure extractor (nlp/) does not give them, so they are read here from the text,
with the words of models/checks.json.

Each base carries the values its words allow: a round number is the writer's rounding
of the true one, by half its rounding unit and at most ``rounded`` (5%) of it ('about
34,000' is 33,500 to 34,500); 'more than' reads upwards by as much, 'nearly' downwards.

Pure: text in, Base records out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from .settings import check_rules, words_pattern
from ..normalise.numbers import parse_number

NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"


@dataclass(frozen=True)
class Base:
    span: tuple[int, int]  # the number, with its qualifier, as written
    text: str
    value: float
    low: float
    high: float
    noun: str


def rounding_unit(v: float) -> float:
    """The unit a whole number is written to: 147,000 -> 1,000; 90 -> 10; 87 -> 1."""
    if v < 10 or not float(v).is_integer():
        return 1.0 if float(v).is_integer() else 0.0
    unit = 1
    while v % (unit * 10) == 0:
        unit *= 10
    return float(unit)


def written_bounds(value: float, reading: str) -> tuple[float, float]:
    """The values a written number allows, read as the writer's rounding (module docstring).
    ``reading``: 'exact', 'about', 'more_than', 'nearly' or 'less_than'."""
    unit = rounding_unit(value)
    half = min(unit / 2 if unit > 1 else 0.0, check_rules().rounded * value)
    step = min(unit if unit > 1 else 1.0, check_rules().rounded * value)
    if reading == "more_than":
        return value, value + step
    if reading == "nearly":
        return value - step, value
    if reading == "less_than":
        return 0.0, value
    if reading == "about":
        return value - max(half, 0.5), value + max(half, 0.5)
    return value - half, value + half


def reading_of(qualifier: Optional[str]) -> str:
    return check_rules().share_qualifiers.get((qualifier or "").lower().strip(), "exact")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, ...]:
    r = check_rules()
    quals = words_pattern(list(r.share_qualifiers))
    before = words_pattern(r.base_cues_before)
    after = words_pattern(r.base_cues_after)
    nouns = words_pattern(r.base_nouns)
    number = rf"(?:(?P<q>{quals})\s+)?(?P<n>{NUMBER})(?:\s+(?P<mult>million|thousand))?"
    article = r"(?:(?:a|an|the|its|their)\s+)?"
    return (
        # 'a workforce of about 34,000', 'a population of 1.2 million'
        re.compile(rf"\b(?P<noun>workforce|strength|membership|headcount|population|establishment)\s+of\s+{number}",
                   re.I),
        # 'of more than 147,000 officers', 'With 3,000 full-time equivalent officers'
        re.compile(rf"{before}\s+{article}{number}(?:\s+[\w-]+){{0,3}}?\s+(?P<noun>{nouns})", re.I),
        # '147,000 officers serving'
        re.compile(rf"{number}(?:\s+[\w-]+){{0,3}}?\s+(?P<noun>{nouns})\s+{after}", re.I),
    )


def _sample(text: str, start: int) -> bool:
    """'a survey of 2,000 officers': a sample, not the whole."""
    before = text[max(0, start - 40):start].lower()
    return re.search(words_pattern(check_rules().base_not_after) + r"\W*(?:\w+\W+){0,2}$", before) is not None


def bases(text: str, start: int, end: int) -> list[Base]:
    """The populations named between ``start`` and ``end``, in order."""
    found: dict[tuple[int, int], Base] = {}
    for pattern in _patterns():
        for m in pattern.finditer(text, start, end):
            value = parse_number(m.group("n"))
            if value is None:
                continue
            if m.group("mult"):
                value *= 1_000_000 if m.group("mult").lower() == "million" else 1_000
            if value < check_rules().base_minimum or _sample(text, m.start()):
                continue
            s = m.start("q") if m.group("q") else m.start("n")
            e = m.end("mult") if m.group("mult") else m.end("n")
            low, high = written_bounds(value, reading_of(m.group("q")))
            found.setdefault((s, e), Base((s, e), text[s:e], value, low, high, m.group("noun").lower()))
    return sorted(found.values(), key=lambda b: b.span)
