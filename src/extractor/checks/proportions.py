"""share_mismatch of words of proportion: "the majority", "a third", "nearly half" that
the counts they rest on do not bear out, a part larger than its whole, and "73 per cent
(38)" against its base. Its tolerances are listed in ``extractor.checks.article``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import Optional

from .keys import folded, sentence_spans
from .shares import fmt_num as _num
from ..rulefiles import lexicon
from ..records import ArticleResult, Check, Figure

# Words of proportion and the range of shares (in per cent) they can truthfully describe.
_FRACTIONS = {"half": 50.0, "a half": 50.0, "one half": 50.0, "a third": 100 / 3, "one third": 100 / 3,
              "two thirds": 200 / 3, "two-thirds": 200 / 3, "a quarter": 25.0, "one quarter": 25.0,
              "three quarters": 75.0, "three-quarters": 75.0, "a fifth": 20.0, "one fifth": 20.0,
              "a tenth": 10.0, "one in five": 20.0, "one in four": 25.0, "one in three": 100 / 3,
              "one in ten": 10.0, "nine in ten": 90.0}
_SHARE_QUALIFIERS = r"more than|over|just over|well over|nearly|almost|about|around|roughly|approximately" \
                    r"|less than|fewer than|under|just under|well under|some"
_MAJORITY = re.compile(r"\b(?:the (?:vast |great |overwhelming )?majority of|most of)\b", re.I)
_MINORITY = re.compile(r"\b(?:a|the) (?:small |tiny )?minority of\b", re.I)
_FRACTION = re.compile(rf"\b(?:(?P<q>{_SHARE_QUALIFIERS}) )?(?P<f>{'|'.join(sorted(_FRACTIONS, key=len, reverse=True))})\b",
                       re.I)
FRACTION_SLACK = 0.12  # of the fraction: "a third" describes 29.3%-37.3%, "half" 44%-56%
FOLLOWING_SENTENCES = 3
NEARLY_SLACK = 5.0     # "nearly half" describes 45%-50%


# Every match of the three patterns above holds one of these words, in any case.
_PROPORTION_WORDS = ("majority", "most of", "minority", *_FRACTIONS)


def _proportion_sentences(text: str, sents) -> list[int]:
    """The sentences (by number) holding a word of proportion: found in the folded text
    with str.find, so the three slow patterns run only on the few that may match."""
    folded_text, starts = folded(text), []
    for word in _PROPORTION_WORDS:
        i = folded_text.find(word)
        while i >= 0:
            starts.append(i)
            i = folded_text.find(word, i + 1)
    starts.sort()
    out = []
    for idx, (s, e) in enumerate(sents):
        k = bisect_left(starts, s)
        if k < len(starts) and starts[k] < e:
            out.append(idx)
    return out


def _proportions(text: str, start: int, end: int):
    """(match, low, high) for every word of proportion between start and end."""
    for m in _MAJORITY.finditer(text, start, end):
        yield m, 50.0001, 100.0
    for m in _MINORITY.finditer(text, start, end):
        yield m, 0.0, 49.9999
    for m in _FRACTION.finditer(text, start, end):
        v, q = _FRACTIONS[m.group("f").lower()], (m.group("q") or "").lower()
        if q in ("more than", "over", "just over", "well over"):
            yield m, v + 0.0001, 100.0
        elif q in ("nearly", "almost", "just under"):
            yield m, v - NEARLY_SLACK, v
        elif q in ("less than", "fewer than", "under", "well under"):
            yield m, 0.0, v - 0.0001
        else:
            yield m, v * (1 - FRACTION_SLACK), v * (1 + FRACTION_SLACK)


@lru_cache(maxsize=1)
def _outcome_phrases() -> list[tuple[re.Pattern, str, Optional[str]]]:
    """(pattern, outcome, the phrase as folded text holds it, None when folding changes it)."""
    return [(re.compile(rf"\b{re.escape(o['phrase'])}\b", re.I), o["outcome"],
             o["phrase"] if folded(o["phrase"]) == o["phrase"] else None)
            for o in lexicon()["figure_outcomes"]]


def _outcomes_named(sentence: str, folded_sentence: str) -> set[str]:
    """The outcomes a sentence names: a phrase's pattern runs only where str.find sees the
    phrase in the folded sentence (keys.folded), as ~280 patterns a sentence cost ~0.2 ms."""
    return {outcome for pattern, outcome, plain in _outcome_phrases()
            if (plain is None or plain in folded_sentence) and pattern.search(sentence)}


_UNREAD = object()  # a sentence's part, before its first proportion reads it


def share_mismatches(result: ArticleResult) -> list[Check]:
    text = result.article.text
    sents = sentence_spans(text)
    figs = sorted(result.figures, key=lambda f: f.span[0])
    checks = []
    for f in figs:
        if f.out_of is not None and f.value is not None and f.unit == "count" and f.value > f.out_of:
            checks.append(Check(kind="share_mismatch", spans=[f.span], rule="part_larger_than_whole",
                                message=f"“{f.text}” is given as a part of {_num(f.out_of)}, "
                                        "but is larger than it."))
    for idx in _proportion_sentences(text, sents):
        s, e = sents[idx]
        part = _UNREAD
        for m, low, high in _proportions(text, s, e):
            # The counts a proportion rests on: in its sentence, else the nearest of the
            # next few (a lead's claim is often backed up a paragraph later).
            # Where the claim names an outcome ("the majority ... were sacked"), the count
            # must be of that outcome. (The same for every proportion of the sentence.)
            if part is _UNREAD:
                wanted = _outcomes_named(text[s:e], folded(text)[s:e])
                window_end = sents[min(idx + FOLLOWING_SENTENCES, len(sents) - 1)][1]
                parts = [f for f in figs if f.out_of and f.value is not None and f.unit == "count"
                         and s <= f.span[0] < window_end]
                part = next((f for f in parts if f.outcome in wanted), parts[0] if parts else None)
            if part is None:
                continue
            share = 100 * part.value / part.out_of
            if low <= share <= high:
                continue
            checks.append(Check(
                kind="share_mismatch",
                spans=[(m.start(), m.end()), part.span],
                rule="proportion_words",
                message=(f"“{m.group(0)}” does not fit the counts it rests on: {_num(part.value)} out of "
                         f"{_num(part.out_of)} is {share:.0f}%."),
            ))
    checks += _percent_against_counts(result, figs)
    return checks


def _percent_against_counts(result: ArticleResult, figs: list[Figure]) -> list[Check]:
    """'73 per cent (38)' of a stated base, or 'N per cent' beside 'X out of Y'."""
    text = result.article.text
    checks = []
    for i, pct in enumerate(figs):
        if pct.unit != "percent" or pct.value is None or pct.qualifier == "vague":
            continue
        count = next((f for f in figs[i + 1:i + 2] if f.unit == "count" and f.value is not None
                      and text[pct.span[1]:f.span[0]].strip() in ("(", "– (", "- (")), None)
        if count is None:
            continue
        base = count.out_of or pct.out_of
        if not base:
            continue
        share = 100 * count.value / base
        slack = 1.0 if float(pct.value).is_integer() else 0.5
        if pct.qualifier in ("about",):
            slack = 3.0
        if abs(share - pct.value) <= slack:
            continue
        checks.append(Check(
            kind="share_mismatch", spans=[pct.span, count.span], rule="percent_of_count",
            message=(f"“{pct.text}” does not fit {_num(count.value)} out of {_num(base)}, "
                     f"which is {share:.1f}%."),
        ))
    return checks
