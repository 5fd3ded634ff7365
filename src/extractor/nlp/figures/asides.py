"""Where a count's own words run past an aside or a fronted base: the verb a figure
opening its sentence takes after an aside naming some of it, and the set a later part is
counted from."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc

from .base import _looks_verbal

# Words that open an aside naming some of a count: "three officers, including the one who ..."
_ASIDE_OPENERS = {"including", "among", "amongst", "excluding", "besides"}
_MARKS = (",", ";", ":", "(", ")", "\u2013", "\u2014")


def aside_end(doc: Doc, comma: int, limit: int) -> Optional[int]:
    """'Three officers, including the one accused of assault, were fired', 'Six deputies,
    among them a sergeant who led the raid, were suspended': an aside opened by 'including'
    or 'among' may hold verbs of its own; it closes at the next comma, and the verb right
    after that comma is the figure's. The comma closing the aside, else None (no verb
    after it: '..., including two sergeants, a constable and ...' is a list)."""
    if comma + 1 >= limit or doc[comma + 1].lower_ not in _ASIDE_OPENERS:
        return None
    k = comma + 2
    while k < limit and doc[k].text not in _MARKS:
        k += 1
    if k + 1 >= limit or doc[k].text != ",":
        return None
    return k if _looks_verbal(doc[k + 1]) or doc[k + 1].lower_ in ("received", "got", "faced", "lost") else None


def fronted_base(doc: Doc, figure_start: int, clause_start: int) -> bool:
    """'Of the 12 investigations ...', 'Among the 40 officers ...': the set a later part is
    counted from, fronted; what the main clause says happened is the part's, not the set's."""
    words = [t.lower_ for t in doc[clause_start: figure_start]]
    return len(words) in (1, 2) and words[0] in ("of", "among", "amongst") and words[-1] in (
        "of", "among", "amongst", "the", "these", "those", "its", "their")
