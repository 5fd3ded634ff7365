"""A share of a population set against the count it is a share of (share_of_base in
shares.py's docstring): '0.35 per cent of the workforce' where the article gives 593
officers and a workforce of more than 147,000.

Which count: the share's words rarely say ('the number of dismissals amounts to ...'),
so every count it may rest on is tried, and the check is raised only when none fits: the
counts stated before the share for the same period as the share (when the share has
one), else those of its sentence and the sentence before, and the sums of counts listed
together in one sentence ('201 officers were suspended and 860 were on restricted
duties'). A share followed by a conduct noun ('2 per cent of complaints') is a share of
conduct counts, not of a population, and a share with no population named in its
sentence or the one before is not checked here.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import combinations
from typing import Optional

from .bases import Base, bases, written_bounds
from .contradictions import names_org, stages_at
from .headline import headline_span
from .keys import sentence_of, sentence_spans
from .settings import check_rules, words_pattern
from .shares import Share, fits, fmt_num, fmt_pct, opener, qualifier_reading, stated_shares
from ..records import ArticleResult, Check, Figure


@lru_cache(maxsize=1)
def _of_population() -> re.Pattern:
    r = check_rules()
    return re.compile(rf"\s*(?:of\s+)?(?:(?:the|its|all|their|our|every|each|a|an|serving|police)\s+)*"
                      rf"(?:[\w-]+\s+){{0,2}}?{words_pattern(r.base_nouns)}", re.I)


def _of_conduct(text: str, end: int) -> bool:
    after = text[end:end + 60]
    m = re.search(words_pattern(check_rules().conduct_nouns), after, re.I)
    p = _of_population().match(text, end)
    return m is not None and (p is None or m.start() < p.end() - end)


@lru_cache(maxsize=1)
def _lead() -> re.Pattern:
    openers = words_pattern(check_rules().restating_openers)
    return re.compile(rf"\s*(?:[\w'-]+\s*){{0,2}}?(?:(?P<mark>[,–—(:]|\s-\s|\bor\b)\s*)?(?:so\s+|and\s+)?"
                      rf"(?:(?P<open>{openers})\s*)?", re.I)


def _leads_to(between: str) -> bool:
    """Whether the words between a population and a share make the share that population's:
    at most its noun, then a mark or a restating opener ('officers, so that is', 'about 6,500 –')."""
    m = _lead().fullmatch(between)
    return m is not None and bool(m.group("mark") or m.group("open"))


def _base_for(text: str, share: Share, sents, idx: int) -> Optional[Base]:
    """The population a share is of: named in its sentence (nearest first), else the one before;
    the share says so by the words after it ('0.35 per cent of the workforce'), or by standing
    just after the population ('out of a workforce of about 6,500 – 0.6 per cent')."""
    s, e = sents[idx]
    right_after = [b for b in bases(text, s, share.span[0]) if _leads_to(text[b.span[1]:share.span[0]])]
    if right_after:
        return right_after[-1]
    if _of_population().match(text, share.span[1]) is None or _of_conduct(text, share.span[1]):
        return None
    for s, e in [sents[idx]] + ([sents[idx - 1]] if idx else []):
        found = [b for b in bases(text, s, e) if not (b.span[0] < share.span[1] and share.span[0] < b.span[1])]
        if found:
            return min(found, key=lambda b: abs(b.span[0] - share.span[0]))
    return None


def _candidates(result: ArticleResult, share: Share, base: Base, sents, idx: int) -> list[tuple[list[Figure], float]]:
    """The counts (and sums of counts listed together) a share of ``base`` may rest on."""
    text = result.article.text
    head = headline_span(result)
    title_end = head[1] if head else 0
    # 'and 5 per cent of them were investigated': a share at one stage rests on counts at that stage
    stage = stages_at(text, share.span)

    def usable(f: Figure) -> bool:
        return (f.unit == "count" and f.value is not None and f.qualifier != "vague" and f.span[1] <= share.span[0]
                and f.span[0] >= title_end and f.value < base.low
                and f.counted in (None, "officer") and not (f.span[0] < base.span[1] and base.span[0] < f.span[1])
                and (not stage or stages_at(text, f.span) == stage) and not _partitive(text, sents, f))

    own = share.figure
    if own is not None and own.period_from is not None:
        figs = [f for f in result.figures if usable(f) and (f.period_from, f.period_to) == (own.period_from, own.period_to)]
    else:
        # with no period to go by, the counts stated with the base or the share ('201 officers were
        # suspended ..., out of a workforce of about 34,000. That's 1 in every 34.')
        near = [sentence_of(sents, base.span), sents[idx]]
        if idx and opener().search(text, sents[idx][0], share.span[0]):
            near.append(sents[idx - 1])  # 'That's 1 in every 34': the counts of the sentence before
        figs = [f for f in result.figures if usable(f) and any(s <= f.span[0] < e for s, e in near)]
    national = _national(text, sents[idx])
    figs = [f for f in figs if national == _national(text, sentence_of(sents, f.span))
            or (national and not names_org(text, sents, f))]
    out = [([f], f.value) for f in figs]
    for a, b in combinations(figs, 2):
        between = text[a.span[1]:b.span[0]]
        if "\n" not in between and re.search(r"\band\b", between) and not re.search(r"\d|[.;]\s", between):
            out.append(([a, b], a.value + b.value))
    # a list of three or more in one sentence ('12 dismissed, 45 given written warnings and 8 ...')
    for s, e in dict.fromkeys(sentence_of(sents, f.span) for f in figs):
        listed = [f for f in figs if s <= f.span[0] < e]
        if len(listed) >= 3:
            out.append((listed, sum(f.value for f in listed)))
    return out


@lru_cache(maxsize=1)
def _partitive_opening() -> re.Pattern:
    return re.compile(rf"\s*[\"“]?\s*{words_pattern(check_rules().partitive_openers)}", re.I)


def _partitive(text: str, sents, f: Figure) -> bool:
    """Whether ``f`` counts a part of a group its sentence opens by naming ('Most of the
    officers dismissed were constables (519)'), not the group a share of a workforce is of."""
    opened = _partitive_opening().match(text, sentence_of(sents, f.span)[0])
    return opened is not None and re.search(r"\b(?:were|was|are|is|had|have|included|including)\b",
                                            text[opened.end():f.span[0]]) is not None


def _national(text: str, sentence: tuple[int, int]) -> bool:
    return re.search(words_pattern(check_rules().national_scope), text[sentence[0]:sentence[1]], re.I) is not None


def _reading(share: Share, base: Base, parts: list[Figure], count: float) -> str:
    said = " + ".join(f"“{f.text}”" for f in parts) + (f" = {fmt_num(count)}" if len(parts) > 1 else "")
    as_ratio = f" (1 in {base.value / count:.0f})" if " in " in share.text and count else ""
    return f"{said} ({fmt_pct(100 * count / base.value)}{as_ratio} of {fmt_num(base.value)})"


def _message(share: Share, base: Base, options: list[tuple[list[Figure], float]]) -> str:
    main, *others = sorted(options, key=lambda o: (-len(o[0]), -o[1]))
    also = "".join(f"; nor does {_reading(share, base, *o)}" for o in others[:2])
    need = share.value * base.value / 100
    return (f"“{share.text}” of the {base.noun} (“{base.text}”) does not fit the count it rests on: "
            f"{_reading(share, base, *main)}, allowing for the base's rounding ({fmt_num(base.low)}-"
            f"{fmt_num(base.high)}){also}. The share would need about {fmt_num(round(need))}; unless the share "
            "is of another group or base, the share or the count is wrong.")


def base_mismatches(result: ArticleResult, skip: set = frozenset(),
                    shares: Optional[list[Share]] = None) -> list[Check]:
    """share_of_base checks, for the shares not in ``skip`` (those restating a count;
    ``shares``: stated_shares(result), when the caller has them)."""
    text = result.article.text
    sents = sentence_spans(text)
    checks = []
    for share in stated_shares(result) if shares is None else shares:
        if share.span in skip:
            continue
        idx = next((i for i, (s, e) in enumerate(sents) if s <= share.span[0] < e), None)
        base = _base_for(text, share, sents, idx) if idx is not None else None
        if base is None:
            continue
        options = _candidates(result, share, base, sents, idx)
        if not options or any(fits(share, 100 * lo / base.high, 100 * hi / base.low)
                              for parts, _ in options for lo, hi in [_count_range(parts)]):
            continue
        parts, _ = max(options, key=lambda o: (len(o[0]), o[1]))
        checks.append(Check(kind="share_mismatch", rule="share_of_base",
                            spans=[share.span, base.span] + [f.span for f in parts],
                            message=_message(share, base, options)))
    return checks


def _count_range(parts: list[Figure]) -> tuple[float, float]:
    lows, highs = zip(*(written_bounds(f.value, qualifier_reading("", 0, f.text)) if f.qualifier != "exact"
                        else (f.value, f.value) for f in parts))
    return sum(lows), sum(highs)
