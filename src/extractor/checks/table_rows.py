"""The rows of a table by year ('2019 | 6', '2021/22 | 14 | 3'), read as parts of the totals
the text states for the years they cover (parts.py, parts_since).

A table reaches the checks as lines of cells joined by ' | ' (ingest keeps its rows). Where
a row's first cell is a calendar year or a financial year and the figure extractor gave
its cells only the article's running period, the row's year is that cell's period here,
for the checks alone: the extracted figures are left as they are. Which column a total
belongs to is told by the column's heading, which must share a word with the total's
sentence ('Officers dismissed' for 'has dismissed 40 officers'); a table of one column of
numbers needs no heading.

Pure: records and the article's text in, figure copies out.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Optional

from .keys import sentence_of, sentence_spans
from ..records import ArticleResult, Figure

_ROW = re.compile(r"^(?P<label>(?:19|20)\d\d(?:\s*[/-]\s*(?:\d\d|(?:19|20)\d\d))?)\s*\|(?P<cells>[^\n]*)$", re.M)


def _period(label: str) -> Optional[tuple[date, date]]:
    years = re.findall(r"\d+", label)
    start = int(years[0])
    if len(years) == 1:
        return date(start, 1, 1), date(start, 12, 31)
    end = int(years[1]) if len(years[1]) == 4 else start // 100 * 100 + int(years[1])
    return (date(start, 4, 1), date(start + 1, 3, 31)) if end == start + 1 else None


def _block_start(text: str, pos: int) -> int:
    """Where the run of table lines (lines holding ' | ') that holds the line at ``pos`` begins."""
    while pos > 0:
        prev = text.rfind("\n", 0, pos - 1) + 1
        if "|" not in text[prev:pos - 1]:
            break
        pos = prev
    return pos


def _heading(text: str, start: int) -> list[str]:
    """The column headings of the table starting at ``start``: its first line, unless that is a row."""
    first = text[start:text.find("\n", start) if "\n" in text[start:] else len(text)]
    return [] if _ROW.match(first) else [c.strip().lower() for c in first.split("|")][1:]


def year_columns(result: ArticleResult) -> list[tuple[int, str, list[Figure]]]:
    """(table start, column heading, its cells as figures for their row's year) for each column
    of each table whose rows are years."""
    text = result.article.text
    columns: dict[tuple[int, int], tuple[int, str, list[Figure]]] = {}
    for m in _ROW.finditer(text):
        period = _period(m.group("label"))
        if period is None:
            continue
        start = _block_start(text, m.start())
        heads = _heading(text, start)
        for j, cell in enumerate(re.finditer(r"[^|]+", m.group("cells"))):
            s = m.start("cells") + cell.start()
            fig = next((f for f in result.figures if s <= f.span[0] < s + len(cell.group(0))
                        and f.value is not None and f.unit == "count"), None)
            if fig is None:
                continue
            if fig.period_source in ("running", None):
                fig = fig.model_copy(update={"period_from": period[0], "period_to": period[1],
                                             "period_source": "table"})
            columns.setdefault((start, j), (start, heads[j] if j < len(heads) else "", []))[2].append(fig)
    return list(columns.values())


def columns_for(result: ArticleResult, total: Figure, found: Optional[list] = None) -> list[list[Figure]]:
    """The year columns a total may sum: a table's only column, or those whose heading shares
    a word (of four letters or more, compared on its first five) with the total's sentence
    (``found``: year_columns(result), when the caller has them)."""
    found = year_columns(result) if found is None else found
    if not found:
        return []
    text = result.article.text
    s, e = sentence_of(sentence_spans(text), total.span)
    said = {w[:5] for w in re.findall(r"[a-z]{4,}", text[s:e].lower())}
    per_table: dict[int, int] = {}
    for start, _, _ in found:
        per_table[start] = per_table.get(start, 0) + 1
    return [figs for start, heading, figs in found
            if (per_table[start] == 1 and not heading) or {w[:5] for w in re.findall(r"[a-z]{4,}", heading)} & said]
