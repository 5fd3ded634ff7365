"""A count that runs from an event the sentence before dated: "The unit opened on 2 April
2024. Since then it has sent 17 files to the prosecutor" covers 2 April 2024 to the
publication date, not the running period an earlier sentence set. The words that point back
are data (models/context.json since_anaphors)."""

from __future__ import annotations

from bisect import bisect_left
from datetime import date
from functools import lru_cache
from typing import Optional, Sequence

from ...records import DateMention
from ..context import context_cues

# how far back the date pointed to may stand: the sentence before, or the one before that
_REACH = 400


@lru_cache(maxsize=1)
def _anaphors() -> tuple[str, ...]:
    return tuple(a.lower() for a in context_cues().since_anaphors)


@lru_cache(maxsize=64)
def _has_anaphor(text: str, sent_start: int, sent_end: int) -> bool:
    """Asked once a sentence, not once for each of its figures (a sentence listing
    thousands of numbers was lowered whole for each)."""
    words = text[sent_start:sent_end].lower()
    return any(a in words for a in _anaphors())


def since_then(text: str, sent_start: int, sent_end: int, dates: Sequence[DateMention],
               published: Optional[date]) -> Optional[tuple[date, Optional[date], str]]:
    """The period from the date an anaphor ('since then', 'since that date') points back to,
    up to the publication date (None when the article has none)."""
    if not _has_anaphor(text, sent_start, sent_end):
        return None
    dates = sorted(dates, key=lambda d: d.span[0])
    starts = [d.span[0] for d in dates]
    k = bisect_left(starts, sent_start) - 1
    while k >= 0 and sent_start - dates[k].span[1] <= _REACH:
        d = dates[k]
        if d.date_from is not None and not d.relative and (published is None or d.date_from <= published):
            return d.date_from, published, "sentence"
        k -= 1
    return None
