"""Counts of uses of force: 'Officers used force 214 times', 'deputies drew their firearms in
11 incidents'. English counts them as times, incidents or occasions, words that elsewhere are
multipliers ('three times as many') or one story's events; the verb phrase before the count
(models/context.json `force_uses`) says they are uses of force, a figure whose counted thing
and kind are `other`."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ..context import ContextCues, _cue_pattern

_LOOKBACK = 10  # words back from the count to the verb phrase: 'pointed a firearm at someone 37 times'


def force_use_count(doc: Doc, span: Span, sent: Span, cues: ContextCues) -> bool:
    """Whether the number ``span`` counts uses of force: a count noun of `force_counts` right
    after it ('214 times', 'in 11 incidents'), and a `force_uses` phrase in its clause before it."""
    if not cues.force_uses or span.end >= len(doc) or doc[span.end].lower_ not in cues.force_counts:
        return False
    start = span.start
    while start > max(sent.start, span.start - _LOOKBACK) and doc[start - 1].text not in (".", ";", ":", "\n"):
        start -= 1
    before = doc[start:span.start].text
    return bool(_cue_pattern(tuple(cues.force_uses)).search(before)) and not _TIMES_AS.match(doc[span.end:span.end + 3].text)


_TIMES_AS = re.compile(r"times\s+(?:as|more|higher|greater|the)\b", re.I)  # 'three times as many': a multiplier
