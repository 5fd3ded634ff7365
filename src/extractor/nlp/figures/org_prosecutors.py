"""A prosecutor is not whose count of its defendants is.

A prosecutor's release, or a report of one, counts the people a case charged or a court
sentenced: "A federal grand jury indicted five former deputies, the U.S. Attorney said", "The
district attorney charged two officers". That number belongs to the case, not to the
prosecutor's statistics, so the figure has no owner (the employing force is named as theirs,
not as the count's source). A prosecutor's own count with no court step in its sentence ("The
U.S. Attorney's Office opened 40 investigations"), or a tally over a stated period ("The
district attorney's office charged 12 officers in 2021", "has charged six deputies since
2019"), keeps its owner. Words:
models/org_forms.json prosecutor_words, court_steps."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from spacy.tokens import Span

from .org_forms import org_forms

_PEOPLE = (None, "officer")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    forms = org_forms()
    names = re.compile(r"\b(?:%s)\b" % "|".join(re.escape(w) for w in forms.prosecutor_words), re.I)
    steps = re.compile(r"\b(?:%s)" % "|".join(re.escape(w) for w in forms.court_steps), re.I)
    return names, steps


def _tally(sent: Span) -> bool:
    """The sentence states a period ('in 2019', 'since 2019', 'last year'): its count is a
    tally over that period, the prosecutor's statistics, not one case's defendants."""
    lo, hi = sent.start_char, sent.end_char
    return any(lo <= d.span[0] < hi and d.date_from is not None
               and (d.date_to is None or (d.date_to - d.date_from).days >= 27) for d in sent.doc._.dates or ())


def defendants_owner(org: Optional[str], counted: Optional[str], sent: Span) -> Optional[str]:
    """``org`` as whose a figure is, or None when ``org`` prosecutes and the figure counts the
    people its sentence says a court step was taken against, with no period stated."""
    if org is None or counted not in _PEOPLE:
        return org
    names, steps = _patterns()
    return None if names.search(org) and steps.search(sent.text) and not _tally(sent) else org
