"""A headline restated by its story: one event, one Outcome.

A page opens with a headline, a short line that ends without a full stop above the story's
first full sentence, and the headline states the story's outcome in a few words ("PC sacked
over drink-driving", "Deputy fired after crash video", "Garda suspended as inquiry begins");
the story then states the same outcome in full. The SPEC's Outcome is what happened to a
person, one event once, so the headline's words are the story's Outcome said a second time.
Counted on the gold of every dev set (eval, eval2, corpus, batches 1-19, the probes): 186
headline outcomes are marked optional, others are left out, and the 3 a writer required are
outcomes the story never states again. So a headline's outcome is dropped when a sentence of the story
states the same outcome for a person who may be the headline's: a headline seldom names, and
only two different names tell two people apart. A headline whose outcome the story does not
repeat ("Officer disciplined over pub fight") is kept.
"""

from __future__ import annotations

from typing import Callable

from ..subjects import People
from .context import _headline
from .found import Found

# the opening a headline stands in: masthead, section and headline lines come within the first
# few dozen words; a run of short lines further down is a list or a table, not a headline
_OPENING_TOKENS = 120
# a headline line is at most 16 words (context._headline); a longer span is no headline, and
# is not walked token by token to say so
_LINE_TOKENS = 48


def opening_end(people: People) -> int:
    """The index of the story's first full sentence: every sentence before it is a headline
    line (masthead, section name, headline, dateline)."""
    for i, (lo, hi) in enumerate(people.sent_bounds):
        if lo >= _OPENING_TOKENS or hi - lo > _LINE_TOKENS or not _headline(people.doc, lo, hi):
            return i
    return len(people.sent_bounds)


def without_restated_headlines(found: list[Found], people: People,
                               same_person: Callable[[Found, Found], bool]) -> list[Found]:
    """The outcomes found, less each headline outcome the story below states again."""
    if not found:
        return found
    first = opening_end(people)
    if not first or not any(f.sent < first for f in found):
        return found
    story = [g for g in found if g.sent >= first]
    return [f for f in found if not (f.sent < first and any(
        g.outcome == f.outcome and _same_term(f, g) and _may_be_same(f, g, same_person) for g in story))]


def _same_term(headline: Found, story: Found) -> bool:
    """'Sergeant jailed for two years' over a story's 20 months does not restate the story: the
    two terms contradict, and the contradiction check (checks/) must see both."""
    return headline.custodial is None or story.custodial is None or abs(headline.custodial - story.custodial) < 0.1


def _may_be_same(headline: Found, story: Found, same_person: Callable[[Found, Found], bool]) -> bool:
    """Two named people are the same only by name; a headline that names no one may be
    anyone the story gives the same outcome."""
    named = [f.person for f in (headline, story) if f.person is not None and f.person.name]
    return len(named) < 2 or same_person(headline, story)
