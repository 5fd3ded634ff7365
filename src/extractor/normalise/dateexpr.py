"""What reading one date mention gives: a ``DateExpr`` (the words parsed, not yet
placed in time) and the ``Resolution`` it resolves to (the whole days it covers).
Pure; the families of date words in ``extractor.normalise.timex``,
``.points`` and ``.ranges`` each build a ``DateExpr``."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Callable, Optional

from ..records import DATE_KINDS
from .datecalc import Amount, Range


@dataclass(frozen=True)
class Resolution:
    """The days one mention covers. Either end may be None: unknown, or open."""

    date_from: Optional[date]
    date_to: Optional[date]
    kind: str
    carried: bool = False
    relative: bool = False  # needed the publication date

    @property
    def is_point(self) -> bool:
        return self.date_from is not None and self.date_from == self.date_to

    @property
    def resolved(self) -> bool:
        return self.date_from is not None or self.date_to is not None

    @property
    def range(self) -> Range:
        return self.date_from, self.date_to


Solved = Optional[tuple[Optional[date], Optional[date], bool]]


@dataclass(frozen=True)
class DateExpr:
    """A parsed date mention, not yet placed in time.

    ``kind`` is its family (see ``KINDS``); ``relative`` says it needs the
    publication date; ``carry`` says which earlier mention it carries on from:
    "period" (the last mention covering more than one day), "any" (the last
    mention), or None; ``far`` that it names that period outright ("the same
    reporting period") and may look further back than a nearby one; ``length``
    that it is a duration ("over three years") which may stand for a period of
    that length stated elsewhere in the article (see ``names_period``); ``stated`` that with
    no mention near it continues the last period the article stated ("the second quarter"
    pages after "Second Quarter 2017": that year's)."""

    kind: str
    text: str
    relative: bool
    carry: Optional[str]
    solve: Callable[[Optional[date], Optional[Range], bool], Solved] = field(repr=False, compare=False)
    far: bool = False
    stated: bool = False
    length: Optional[tuple[Amount, Amount]] = None  # a duration that may name a stated period: (length, one unit)

    def resolve(self, anchor: Optional[date] = None, previous: Optional[Range] = None,
                ahead: bool = False) -> Resolution:
        """``ahead``: the words look forward ("is due to appear on 22 May"), so a
        day, month or season without a year is the next one, not the last."""
        if previous is not None and (previous[0] is None or previous[1] is None):
            previous = None
        solved = self.solve(anchor, previous, ahead)
        if solved is None:
            return Resolution(None, None, self.kind, relative=self.relative)
        start, end, carried = solved
        if start is not None and end is not None and start > end:
            return Resolution(None, None, self.kind, relative=self.relative)
        return Resolution(start, end, self.kind, carried, self.relative)


# The kinds of date expression; records.py holds the list, so that the rule-file
# schemas can check a pattern's label without importing this module.
KINDS = DATE_KINDS


def fixed(kind: str, text: str, start: date, end: date) -> DateExpr:
    return DateExpr(kind, text, False, None, lambda a, p, ahead=False: (start, end, False))


def solved(r: Optional[Range], carried: bool = False) -> Solved:
    return None if r is None else (r[0], r[1], carried)
