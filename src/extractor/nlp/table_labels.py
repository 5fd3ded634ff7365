"""What a table's labels say about its cells, read from their words alone: a row or column
labelled "Total", a cell that is a date ("2019", "2018/19"), the one period a title names, the
FOI question a "Question 3" over a table points to, a column of shares, a withheld "<5", a Total
column beside columns that count one thing, a bare "Number" column under a title (nlp/tables.py
puts them on each cell)."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Optional

from ..ingest.layout_cues import layout_cues
from ..ingest.layout_tables import QUESTION_REF
from ..normalise.timex import resolve
from ..records import DateMention


_TOTAL_WORDS = ("total", "totals", "all", "overall", "grand total")


_YEAR_AT_END = re.compile(r"(?:19|20)\d\d(?:\s?[/-]\s?\d\d)?\s*\)?\s*$")


def _is_total(text: str, bounds: tuple[int, int]) -> bool:
    return text[bounds[0]:bounds[1]].strip().lower().rstrip(":") in _TOTAL_WORDS


# A heading cell that opens with a year (or a financial year) and goes on in words
_YEAR_THEN_WORDS = re.compile(r"\s*((?:19|20)\d\d(?:[/–-](?:\d\d){1,2})?)\s+(?=[A-Za-z])(?![Tt]o\b|[Aa]nd\b)")


def _cell_date(text: str, start: int, end: int, dates: list[DateMention]) -> Optional[DateMention]:
    """The date a header cell names: a mention found in it, or the whole cell read
    as a date ('2019', '2018/19'), which prose rules rightly leave alone."""
    for d in dates:
        if start <= d.span[0] and d.span[1] <= end:
            return d
    words = text[start:end]
    if not words or not any(ch.isdigit() for ch in words):
        return None
    lead = _YEAR_THEN_WORDS.match(words)
    if lead:  # "2017 Personnel Complaints": a column heading that opens with its year
        start, end, words = start + lead.start(1), start + lead.end(1), lead.group(1)
    found = _header_period(words)
    if found is None:
        return None
    return DateMention(span=(start, end), text=words, date_from=found[0], date_to=found[1], rule="table_header")


@lru_cache(maxsize=4096)
def _header_period(words: str) -> Optional[tuple[date, date]]:
    """The period a header's words name, whole, with no publication date to place them
    ('2019', '2018/19'): the same words always name the same period, and a table's
    headers are read again for each of its cells."""
    found = resolve(words)
    if found is None or found.date_from is None or found.date_to is None:
        return None
    return found.date_from, found.date_to


def _caption_date(text: str, caption: Optional[tuple[int, int]], dates: list[DateMention]) -> Optional[DateMention]:
    """The period a title line over a table names, when it names one ('..., 2022/23', 'in 2023'):
    the period of a cell whose row and column name none. A sentence naming two ('for 2016 and
    2017') leaves it to the columns."""
    if caption is None:
        return None
    found = [d for d in dates if caption[0] <= d.span[0] and d.span[1] <= caption[1] and d.date_from and d.date_to]
    if not found:
        m = _YEAR_AT_END.search(text, caption[0], caption[1])
        whole = _cell_date(text, m.start(), m.start() + len(m.group(0).rstrip(" )")), []) if m else None
        found = [whole] if whole else []
    if len(found) != 1 or (found[0].date_to - found[0].date_from).days < 27:
        return None
    return found[0]


def _question_asked(text: str, caption: Optional[tuple[int, int]]) -> Optional[tuple[int, int]]:
    """'Question 3' or 'A3.' over an FOI answer's table: the table answers question 3 of the
    request ('3. Of the officers dismissed, how many ...?'), which says what its cells count."""
    if caption is None:
        return None
    m = QUESTION_REF.fullmatch(text, caption[0], caption[1])
    if m is None:
        return caption
    asked = re.compile(rf"^[ \t]*(?:q|question)?\s*{m.group(1)}\s*[.:)\-–][ \t]*(\S[^\n]*\?)[ \t]*$", re.I | re.M)
    found = None
    for q in asked.finditer(text, 0, caption[0]):
        found = (q.start(1), q.end(1))
    return found or caption


def _percent(text: str, column: Optional[tuple[int, int]]) -> bool:
    """A column of shares: headed '%', '% of total', 'Percent', 'Share (%)'."""
    if column is None:
        return False
    head = text[column[0]:column[1]].strip().lower()
    cues = layout_cues().tables.percent_columns
    return head.startswith("%") or head in cues or head.endswith("(%)")


def _suppressed(text: str, s: int, e: int) -> bool:
    """'<5', 'fewer than 5': a cell that withholds its number."""
    return text[s:e].strip().lower().startswith(tuple(layout_cues().tables.suppressed_marks))


def _summed(text: str, words, column: Optional[tuple[int, int]]) -> Optional[tuple[int, int]]:
    """A 'Total' column beside columns that count one thing ('Formal Complaints | Informal
    Complaints | Total'): it counts that thing too, so it reads the first of them."""
    if column is None or not words or not _is_total(text, column):
        return None
    parts = [c for c in words[1:] if c[1] > c[0] and not _is_total(text, c)]
    heads = {text[a:b].split()[-1].lower().rstrip("s") for a, b in parts}
    return parts[0] if len(parts) >= 2 and len(heads) == 1 else None


def _titled(text: str, r, column: Optional[tuple[int, int]]) -> Optional[tuple[int, int]]:
    """A column headed only by what it counts ('Number', 'Officers') under a title line that
    says more ('Officers dismissed, 2022/23'): the title is what the column is a part of."""
    if r.caption is None or column is None:
        return None
    title = text[r.caption[0]:r.caption[1]].strip()
    if not title or title[-1] in ".!?:" or len(title.split()) > 12:
        return None
    head = text[column[0]:column[1]].strip().lower().rstrip(":")
    if head not in layout_cues().tables.bare_columns:
        return None
    if head in layout_cues().tables.bare_numbers:
        return r.caption
    # a column of people ('Police officers') takes a title that counts people too ('Officers
    # dismissed by year'), never one that counts something else ('Discipline imposed on findings')
    people = [w for w in layout_cues().tables.bare_columns if w not in layout_cues().tables.bare_numbers]
    low = title.lower()
    return r.caption if any(re.search(rf"\b{re.escape(w)}\b", low) for w in people) else None
