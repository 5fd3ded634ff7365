"""A total of cases broken down by kind in the sentences after it, against that total.
``sum_mismatch``, rule ``kinds_of_total``.

    'The unit opened 90 investigations in 2022/23. Forty involved the misuse of police
    systems. Dishonesty accounted for 25 cases, and 18 more concerned sexual misconduct.
    Another 12 allegations related to drug use.'     40 + 25 + 18 + 12 = 95, not 90

What makes the later counts a breakdown of the total, not counts of something else: they
count the same kind of thing (cases, investigations, allegations: models/checks.json), of
the same period and body, none as large as the total, no outcome among them, at least
three of them, and of two or more named kinds of conduct (categories other than `all`).
The items of a list are siblings: one is never the total of those after it. Only a sum
above what the total's words allow is flagged, since a breakdown may leave kinds out.
Writers often count an
inquiry under each allegation it covered: words saying so ('more than one allegation')
are named as the reading that reconciles the two, so the check reads as explained, not as
an error of the article.

Pure: records and the article's text in, Check records out.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from itertools import islice
from typing import Iterable

from .keys import sentence_spans
from .parts import in_table, over_total
from .settings import check_rules, words_pattern
from ..ingest.layout_cues import layout_cues
from ..records import ArticleResult, Check, Figure


@lru_cache(maxsize=1)
def _comparison() -> re.Pattern:
    return re.compile(words_pattern(check_rules().kind_breakdown_comparisons), re.I)


class _Places:
    """Which sentence and which paragraph a position is in, found by bisection over
    bounds read once an article (every later figure of every total asks)."""

    def __init__(self, text: str, sents):
        self.sents = sents
        self.starts = [s for s, _ in sents]
        self.breaks = [m.end() for m in re.finditer(r"\n\s*\n", text)]

    def sentence(self, pos: int) -> int:
        i = bisect_right(self.starts, pos) - 1
        return i if i >= 0 and pos < self.sents[i][1] else len(self.sents)

    def paragraph(self, pos: int) -> int:
        return bisect_right(self.breaks, pos)


def _parts_after(result: ArticleResult, total: Figure, later: Iterable[Figure], places: _Places) -> list[Figure]:
    """The counts of the sentences after the total's that break it down by kind."""
    r, text, sents = check_rules(), result.article.text, places.sents
    first = places.sentence(total.span[0])
    last = places.paragraph(total.span[0])
    parts = []
    for f in later:
        at = places.sentence(f.span[0])
        if at == first:
            continue  # 'up from 75 the year before': the total's own sentence compares, not breaks down
        paragraph = places.paragraph(f.span[0])
        if paragraph - last - 1 > r.kind_breakdown_paragraphs_between:
            break  # a breakdown runs on with at most a few paragraphs (a quote, a comment) between its parts
        if f.counted not in r.kind_breakdown_counted:
            continue  # officers, a workforce: other things, read past
        if (f.value >= total.value or f.outcome or (f.period_from, f.period_to) != (total.period_from, total.period_to)
                or f.org != total.org or _comparison().search(text, *sents[at])):
            break  # another total, stage, period or body: the breakdown, if any, has ended
        parts.append(f)
        last = paragraph
    return parts


def _list_item(text: str, f: Figure) -> bool:
    line = text.rfind("\n", 0, f.span[0]) + 1
    return layout_cues().list_marker().match(text[line:f.span[0]]) is not None


def kind_mismatches(result: ArticleResult) -> list[Check]:
    r, text = check_rules(), result.article.text
    figs = sorted((f for f in result.figures if f.unit == "count" and f.value is not None and f.qualifier != "vague"
                   and f.out_of is None and not in_table(text, f)), key=lambda f: f.span[0])
    places = _Places(text, sentence_spans(text))
    checks, taken = [], set()
    for n, total in enumerate(figs):
        if (total.counted not in r.kind_breakdown_counted or total.outcome or id(total) in taken
                or _list_item(text, total)):
            continue  # an item of a list: the items after it are its siblings, not its parts
        parts = _parts_after(result, total, islice(figs, n + 1, None), places)
        if len(parts) < 3 or len({p.category for p in parts} - {None, "all"}) < 2:
            continue  # not a breakdown by kind of conduct
        taken.update(id(p) for p in parts)  # a part of one breakdown is not the total of the next
        said = "By kind, " + " + ".join(f"“{p.text}”" for p in parts)
        check = over_total(text, total, parts, "kinds_of_total", said, f"“{total.text}” {total.counted}s")
        if check:
            checks.append(check)
    return checks
