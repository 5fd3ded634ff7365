"""How English writes numbers, turned into values. Pure functions, no spaCy.

    parse_number("1,053") == 1053        parse_number("1.053") == 1.053 (a decimal, not 1053)
    parse_number("twenty-three") == 23   parse_number("a dozen") == 12
    parse_number("two hundred and five") == 205
    parse_share("a third") == 33.3       parse_share("one in five") == 20.0
    duration_months("two years and four months") == 28
    duration_months("18 weeks") == 4.1   (days / 30.4375, one decimal)

The word lists live in models/numbers.json.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..rulefiles import load_json

_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")
_SPLIT = re.compile(r"[\s\-–]+")
DAYS_PER_MONTH = 30.4375  # 365.25 / 12


@lru_cache(maxsize=1)
def words() -> dict:
    return load_json("numbers.json")


def is_vague(text: str) -> bool:
    return _norm(text) in words()["vague"]


def _norm(text: str) -> str:
    return " ".join(text.lower().replace("\u2011", "-").split())


def parse_digits(text: str) -> float | None:
    """'1,053' -> 1053; '4.5' -> 4.5; anything else -> None. A comma only ever
    groups thousands, so '1,05' is not a number."""
    text = text.strip()
    if not _DIGITS.match(text):
        return None
    return float(text.replace(",", ""))


def parse_words(text: str) -> float | None:
    """'seventy' -> 70, 'twenty-three' -> 23, 'one hundred and five' -> 105,
    'a dozen' -> 12, 'two dozen' -> 24, '1.5 million' -> 1500000."""
    w = words()
    parts = [p for p in _SPLIT.split(_norm(text)) if p and p != "and"]
    if not parts:
        return None
    total = 0.0
    current = 0.0
    seen = False
    for i, part in enumerate(parts):
        digits = parse_digits(part)
        if digits is not None:
            current += digits
        elif part in ("a", "an"):
            if i + 1 >= len(parts):
                return None
            current += 1
            continue  # 'a' alone is not a number; only 'a dozen', 'a hundred'
        elif part in w["units"]:
            current += w["units"][part]
        elif part in w["tens"]:
            current += w["tens"][part]
        elif part in w["collectives"]:
            current = (current or 1) * w["collectives"][part]
        elif part in w["scales"]:
            scale = w["scales"][part]
            if scale == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * scale
                current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


@lru_cache(maxsize=1)
def _number_words() -> frozenset:
    """Every word parse_words reads as (part of) a number, from models/numbers.json."""
    w = words()
    return frozenset().union(w["units"], w["tens"], w["collectives"], w["scales"])


def parse_number(text: str) -> float | None:
    # most words asked about are letters only and no number word ("officer", "the"): for
    # those parse_words could only look the one word up, so the lookup answers first
    if text.isalpha() and text.lower() not in _number_words():
        return None
    value = parse_digits(text)
    return value if value is not None else parse_words(text)


def parse_share(text: str) -> float | None:
    """A fraction stated in words, as a percentage rounded to one decimal:
    'half' -> 50, 'a third' -> 33.3, 'three-quarters' -> 75, 'one in five' -> 20,
    'two out of every three' -> 66.7."""
    w = words()
    t = _norm(text)
    m = re.match(r"^(.+?) (?:in|out of)(?: every)? (.+)$", t)
    if m:
        num, den = parse_number(m.group(1)), parse_number(m.group(2))
        if num is not None and den:
            return round(100 * num / den, 1)
        return None
    parts = [p for p in _SPLIT.split(t) if p]
    if not parts or parts[-1] not in w["denominators"]:
        return None
    den = w["denominators"][parts[-1]]
    head = parts[:-1]
    if not head or head == ["a"] or head == ["an"] or head == ["one"]:
        num = 1.0
    else:
        num = parse_number(" ".join(head))
        if num is None:
            return None
    return round(100 * num / den, 1)


_DURATION_UNIT = {"day": 1 / DAYS_PER_MONTH, "week": 7 / DAYS_PER_MONTH, "month": 1.0, "year": 12.0}
_DURATION_PART = re.compile(
    # At most 8 more words before the unit (a number in words is never longer): unbounded,
    # a long run of numbers without a unit took cubic time (1,000 numbers: 1.5 s).
    r"(?P<n>[\w\-\.,]+(?: [\w\-]+){0,8}?)[\s\-]+(?P<u>day|week|month|year)s?\b", re.IGNORECASE
)


_HALF_A_UNIT = re.compile(r"\bhalf[\s-]an?[\s-](day|week|month|year)\b", re.IGNORECASE)
_UNIT_AND_A_HALF = re.compile(r"\b([\w-]+) (day|week|month|year)s? and a half\b", re.IGNORECASE)


def duration_months(text: str) -> float | None:
    """Length of a sentence in months: '10 months' -> 10, 'two years and four
    months' -> 28, '18-week' -> 4.1, 'a year' -> 12, 'six-and-a-half years' -> 78."""
    t = _norm(text).replace("-and-a-half", " and a half").replace("’", "'")
    # "half a year" is six months; "a year and a half", "two years and a half" put the half last
    t = _HALF_A_UNIT.sub(r"0.5 \1", t)
    t = _UNIT_AND_A_HALF.sub(r"\1 and a half \2s", t)
    total = 0.0
    found = False
    for chunk in re.split(r",|\band\b(?! a half)", t):
        chunk = chunk.strip()
        if not chunk:
            continue
        m = _DURATION_PART.search(chunk)
        if not m:
            continue
        n_text = m.group("n").strip()
        half = False
        if n_text.endswith(" and a half"):
            half, n_text = True, n_text[: -len(" and a half")]
        last = n_text.split()[-1]
        n = 1.0 if last in ("a", "an") else parse_number(n_text)
        if n is None:
            n = parse_number(last)
        if n is None:
            continue
        total += (n + (0.5 if half else 0)) * _DURATION_UNIT[m.group("u").lower()]
        found = True
    return round(total, 1) if found else None
