"""Shares set against what they rest on.

    share_restates_count  a share written beside the count it restates: 'just 7 of 512
                          complaints were upheld – 2.1 per cent' (7 of 512 is 1.4%)
    share_of_base         a share of a population the article names: '0.35 per cent of the
                          workforce' of 'more than 147,000 officers', set against the count
                          it is a share of (593 is 0.40%); '1 in every 34 officers' of 'about
                          34,000' against 201 + 860 = 1,061 (1 in 32)

Both raise ``share_mismatch``. A share is a percentage figure or 'N in (every) M'. Its
words allow a range: '2.1 per cent' 2.05-2.2 (half a unit of its last digit below, a unit
above, as writers round or cut: '66 per cent' for two-thirds), '1 in 34' 1/34.5-1/33.5; 'about' 10% of it
either way, 'nearly' up to 10% under it, 'more than' above it, 'less than' below it. A
count and a base allow theirs (bases.written_bounds). A check is raised only when no
value all the words allow makes the share fit, and, for a base, when no count the share
can rest on fits: the counts of its own period stated before it (else those of its
sentence and the one before), and the sums of counts listed together in one sentence
('201 ... and 860'). Two figures that may describe different groups (other words between
them: 'while', 'nationally', another number) are not compared.

Pure: records and the article's text in, Check records out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from .bases import bases, reading_of, written_bounds
from .keys import sentence_spans
from .settings import check_rules, words_pattern
from ..normalise.numbers import parse_number
from ..records import ArticleResult, Check, Figure


@dataclass(frozen=True)
class Share:
    span: tuple[int, int]
    text: str
    low: float   # per cent
    high: float
    figure: Optional[Figure] = None
    value: float = 0.0  # per cent, as written ('1 in 34' is 2.94)


def fmt_num(v: float) -> str:
    return f"{int(v):,}" if float(v).is_integer() else f"{v:,g}"


def fmt_pct(v: float) -> str:
    return f"{v:.2f}%" if v < 1 else f"{v:.1f}%"


@lru_cache(maxsize=1)
def _qualifier_before() -> re.Pattern:
    return re.compile(rf"(?P<q>{words_pattern(list(check_rules().share_qualifiers))})\s*$", re.I)


def qualifier_reading(text: str, start: int, own: str) -> str:
    """'almost 12%' (in the figure's words) or 'just under 1 in 3' (before them)."""
    m = re.match(words_pattern(list(check_rules().share_qualifiers)), own, re.I)
    if m:
        return reading_of(m.group(0))
    m = _qualifier_before().search(text, max(0, start - 16), start)
    return reading_of(m.group("q")) if m else "exact"


def _widen(low: float, high: float, value: float, reading: str) -> tuple[float, float]:
    slack = check_rules().share_about * value
    return {"about": (low - slack, high + slack), "nearly": (low - slack, high),
            "more_than": (low, 100.0), "less_than": (0.0, high)}.get(reading, (low, high))


def _percent_share(text: str, f: Figure) -> Share:
    digits = re.search(r"\d+(?:\.(\d+))?", f.text)
    places = len(digits.group(1)) if digits and digits.group(1) else 0
    # a writer rounds ('73' for 73.1: half a unit of the last digit either way) or cuts ('66' for
    # 66.7: up to a unit above what is written)
    unit = 10 ** -places
    low, high = _widen(f.value - unit / 2, f.value + unit, f.value, qualifier_reading(text, f.span[0], f.text))
    return Share(tuple(f.span), f.text, max(low, 0.0), high, f, f.value)


@lru_cache(maxsize=1)
def _ratio() -> re.Pattern:
    words = words_pattern(list(check_rules().ratio_words))
    return re.compile(rf"\b(?P<a>\d+|{words})\s+in\s+(?:every\s+|each\s+)?(?P<b>\d{{1,3}}(?:,\d{{3}})+|\d+|{words})\b",
                      re.I)


def _ratio_number(said: str) -> Optional[float]:
    return check_rules().ratio_words.get(said.lower()) or parse_number(said)


_IN = re.compile(r"\s+in\s+(?:every\s+|each\s+)?\w")


def _ratios(text: str):
    """The ratio pattern's matches, tried only just before each ' in ' (much quicker than
    searching the whole text with a pattern that starts with a list of words)."""
    end = -1
    for hit in _IN.finditer(text):
        if hit.start() < end:
            continue
        m = _ratio().search(text, max(0, hit.start() - 12), hit.end() + 12)
        if m and m.start() <= hit.start() < m.end():
            end = m.end()
            yield m


def ratio_shares(text: str) -> list[Share]:
    """'1 in every 34', 'one in 100', 'two in every five' as shares."""
    out = []
    for m in _ratios(text):
        a, b = _ratio_number(m.group("a")), _ratio_number(m.group("b"))
        if not a or not b or b <= a or re.fullmatch(r"(?:19|20)\d\d", m.group("b")):
            continue
        value = 100 * a / b
        low, high = 100 * a / (b + 0.5), 100 * a / (b - 0.5)
        low, high = _widen(low, high, value, qualifier_reading(text, m.start(), ""))
        out.append(Share((m.start(), m.end()), m.group(0), max(low, 0.0), high, None, value))
    return out


def stated_shares(result: ArticleResult) -> list[Share]:
    """Every share the article states, outside its claims of change ('a 590% rise')."""
    text = result.article.text
    in_claims = [c.span for c in result.claims]
    ratios = ratio_shares(text)
    shares = [_percent_share(text, f) for f in result.figures
              if f.unit == "percent" and f.value is not None and f.qualifier != "vague"
              and not any(r.span[0] <= f.span[0] < r.span[1] or f.span[0] <= r.span[0] < f.span[1] for r in ratios)]
    return sorted((s for s in shares + ratios if not any(a <= s.span[0] < b for a, b in in_claims)),
                  key=lambda s: s.span)


def fits(share: Share, low: float, high: float) -> bool:
    """Whether a computed share's range [low, high] (per cent) meets the stated one."""
    return max(share.low, low) <= min(share.high, high) + 1e-9


# ------------------------------------------------------- a share beside its count

def _apposed(text: str, share: Share, count: Figure, dates=()) -> bool:
    """Whether nothing but the words that restate a count stand between it and the share
    (its noun, verb and dates: 'of the 640 complaints made in 2022/23 were upheld –')."""
    r = check_rules()
    if count.span[1] <= share.span[0]:
        between = "".join(" " if any(s <= i < e for s, e in dates) else ch
                          for i, ch in enumerate(text[count.span[1]:share.span[0]], count.span[1]))
        of = _OF_AFTER.match(between) or _OF_THEM.match(between)
        between = between[of.end():] if of else between
    else:
        between = text[share.span[1]:count.span[0]]
    if re.search(r"\d", between) or len(between.split()) > r.apposition_max_words:
        return False
    if re.search(words_pattern(r.contrast), between, re.I):
        return False
    return any(mark in between for mark in r.apposition_marks) or re.search(r"\bor\b", between) is not None


# 'Of (the) 512 complaints made last year, just 7 ...': the whole a count is a part of, where
# the figure extractor gave it none
_OF_THE = re.compile(r"\b(?:of|out of)\s+(?:the\s+)?(\d{1,3}(?:,\d{3})+|\d+)\b[^,;.\d]{0,80},\s*(?:[a-z]+\s+){0,2}$", re.I)
# '1,240 complaints in 2022/23, of which 310 ...'
_OF_WHICH = re.compile(r"\b(\d{1,3}(?:,\d{3})+|\d+)\b[^;.]{0,80}?,?\s*(?:of which|of whom|of these|of those)\s+"
                       r"(?:[a-z]+\s+){0,2}$", re.I)
# '1,061 of the force's 34,000 officers'
_OF_AFTER = re.compile(r"\s+(?:out\s+)?of\s+(?:(?:the|its|their|a|an|[\w-]+'s?)\s+){0,2}"
                       r"(?:about\s+|around\s+|some\s+)?(\d{1,3}(?:,\d{3})+|\d+)\b", re.I)
# '62 of them': of the population named in the sentence or the one before
_OF_THEM = re.compile(r"\s+(?:of|out of)\s+(?:them|those|these)\b", re.I)


def _whole(result: ArticleResult, s: int, f: Figure) -> Optional[float]:
    """The whole a count is a part of, where the figure extractor gave it none."""
    text = result.article.text
    for pattern in (_OF_THE, _OF_WHICH):
        m = pattern.search(text, s, f.span[0])
        if m and not any(d.span[0] <= m.start(1) < d.span[1] for d in result.dates):
            return parse_number(m.group(1))
    after = _OF_AFTER.match(text, f.span[1])
    if after:
        return parse_number(after.group(1))
    if _OF_THEM.match(text, f.span[1]):
        sents = sentence_spans(text)
        idx = next((i for i, (a, b) in enumerate(sents) if a <= f.span[0] < b), 0)
        found = [b for i in (idx, idx - 1) if i >= 0 for b in bases(text, *sents[i]) if b.span[1] <= f.span[0]]
        return found[0].value if found else None
    return None


def _parts_of(result: ArticleResult, s: int, e: int) -> list[Figure]:
    """The counts of a sentence that are parts of a stated whole ('7 of 512'), as figures with out_of."""
    out = []
    for f in result.figures:
        if not (s <= f.span[0] < e and f.unit == "count" and f.value is not None and f.qualifier != "vague"):
            continue
        if not f.out_of:
            whole = _whole(result, s, f)
            f = f.model_copy(update={"out_of": whole}) if whole else f
        if f.out_of and f.value <= f.out_of:
            out.append(f)
    return out


@lru_cache(maxsize=1)
def opener() -> re.Pattern:
    return re.compile(rf"\s*[\"“]?\s*{words_pattern(check_rules().restating_openers)}", re.I)


def _restated(result: ArticleResult, share: Share, sents) -> Optional[Figure]:
    """The 'X of Y' count a share restates: beside it in its sentence, or the one count of the
    sentence before when the share's sentence opens 'That is ...' and the share comes first."""
    text = result.article.text
    idx = next((i for i, (s, e) in enumerate(sents) if s <= share.span[0] < e), None)
    if idx is None:
        return None
    s, e = sents[idx]
    counts = [f for f in _parts_of(result, s, e) if _apposed(text, share, f, [d.span for d in result.dates])]
    if counts:
        return min(counts, key=lambda f: abs(f.span[0] - share.span[0]))
    opened = opener().match(text, s)
    before = _parts_of(result, *sents[idx - 1]) if idx and opened else []
    first = not re.search(r"\d", text[opened.end():share.span[0]]) if opened else False
    return before[0] if len(before) == 1 and first else None


def _restates_check(share: Share, count: Figure) -> Optional[Check]:
    low, high = written_bounds(count.value, qualifier_reading("", 0, count.text))
    computed_low, computed_high = 100 * low / count.out_of, 100 * high / count.out_of
    if fits(share, computed_low, computed_high):
        return None
    computed = 100 * count.value / count.out_of
    return Check(kind="share_mismatch", spans=[share.span, count.span], rule="share_restates_count",
                 message=(f"“{share.text}” does not fit the count it restates: {fmt_num(count.value)} out of "
                          f"{fmt_num(count.out_of)} is {fmt_pct(computed)}. {share.text} of {fmt_num(count.out_of)} would be "
                          f"about {fmt_num(round(share.value * count.out_of / 100))}; unless the share is of another total, "
                          "one of the two numbers is wrong."))


def restated_counts(result: ArticleResult, shares: Optional[list[Share]] = None) -> tuple[list[Check], set]:
    """share_restates_count checks, and the spans of the shares that restate a count
    (``shares``: stated_shares(result), when the caller has them)."""
    sents = sentence_spans(result.article.text)
    nearest: dict[tuple, tuple[Share, Figure]] = {}
    for share in stated_shares(result) if shares is None else shares:
        count = _restated(result, share, sents)
        if count is None:
            continue
        # a count is restated by one share, the one beside it: 'around 17 per cent (44) of
        # them ..., those cases accounted for almost 40 per cent of ...' gives 40 per cent
        # to another whole
        had = nearest.get(tuple(count.span))
        if had is None or _distance(share, count) < _distance(had[0], count):
            nearest[tuple(count.span)] = (share, count)
    checks = [c for c in (_restates_check(share, count) for share, count in nearest.values()) if c]
    return checks, {share.span for share, _count in nearest.values()}


def _distance(share: Share, count: Figure) -> int:
    return max(share.span[0] - count.span[1], count.span[0] - share.span[1], 0)
