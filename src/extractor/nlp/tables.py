"""Tables linearised as text: one row a line, cells joined by ' | '.

A figure in a table cell is described by its row's label (the first cell) and
its column's header. Either may name the period ("2019/20") and the other what
is counted ("Complaints received"): tables come both ways round. This module maps
each cell to its row label, its column heading (a date, or words) and the row's
date, plus the caption line above the table, so the figures component can read
a cell the way a person reads a table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from spacy.tokens import Doc

from . import doc_text
from .context import context_cues
from ..normalise.timex import resolve
from ..records import DateMention


@dataclass(frozen=True)
class Cell:
    row_label: tuple[int, int]          # char span of the row's first cell
    header: Optional[DateMention]       # the date heading the cell's column, if any
    bounds: tuple[int, int]             # char span of the cell itself
    caption: Optional[tuple[int, int]] = None  # the line of prose just above the table
    column_label: Optional[tuple[int, int]] = None  # the words heading the cell's column
    row_date: Optional[DateMention] = None  # the date the row label names ("2019/20 | 1,102 | ...")
    table: int = 0                      # which table of the article, its row and its column
    row: int = 0
    col: int = 0
    total: bool = False                 # in a row or column labelled "Total"
    corner: Optional[tuple[int, int]] = None  # the words heading the row labels ("Reason for suspension")
    parent_label: Optional[tuple[int, int]] = None  # "Officers dismissed | Of which sexual misconduct":
    #   the column an "of which" / "of whom" column is a part of, whose noun and outcome it shares


# A Markdown table's rule line: "|------|:----:|"
_RULE_LINE = re.compile(r"^[\s|:\-]+$")


def _separator(line: str, laid_out: bool) -> Optional[str]:
    """What a table line's cells are split by: ' | ', or tabs in a line without bars
    where the page's layout found a table."""
    if "|" in line:
        return "|"
    return "\t" if laid_out and "\t" in line and line.strip() else None


def _laid_out(doc: Doc, text: str) -> list[tuple[int, int]]:
    """The tables the page laid out, of two rows or more ("posted by Anon | 0 comments"
    is a byline)."""
    if not Doc.has_extension("blocks"):
        return []
    return [b.span for b in (doc._.blocks or []) if b.kind == "table" and "\n" in text[b.span[0]:b.span[1]].strip()]


def _cells(line: str, offset: int, sep: str = "|") -> list[tuple[int, int]]:
    if sep == "|" and line.lstrip().startswith("|") and line.rstrip().endswith("|") and len(line.strip()) > 1:
        lead = line.index("|") + 1  # "| 2021 | 188 |": Markdown's outer bars open no cell
        return _cells(line[lead:].rstrip().removesuffix("|"), offset + lead, sep)
    spans, start = [], 0
    for i, ch in enumerate(line + sep):
        if ch == sep:
            seg = line[start:i]
            lead = len(seg) - len(seg.lstrip())
            if not seg.strip():
                lead = 0  # an empty cell ("9 |  | 8") is an empty span where it stands
            spans.append((offset + start + lead, offset + start + len(seg.rstrip())))
            start = i + 1
    return spans


def table_cells(doc: Doc) -> dict[int, Cell]:
    """Token index -> Cell, for every token inside a table cell other than the row label."""
    text = doc_text(doc)
    dates = list(doc._.dates or [])
    out: dict[int, Cell] = {}
    header: list[Optional[DateMention]] | None = None
    words: list[tuple[int, int]] | None = None
    caption: Optional[tuple[int, int]] = None
    last_prose: Optional[tuple[int, int]] = None
    in_table = False
    offset, table, row = 0, -1, 0
    row_dates: dict[int, list[DateMention]] = {}
    tables = _laid_out(doc, text)
    for line in text.split("\n"):
        start = offset
        offset += len(line) + 1
        sep = _separator(line, any(a <= start < b for a, b in tables))
        if sep is None:
            if line.strip():
                header, words, in_table = None, None, False  # a table ends at the first line of prose
                last_prose = (start, start + len(line))
            continue
        if _RULE_LINE.match(line):
            continue
        cells = _cells(line, start, sep)
        if len(cells) < 3 and header is None and words is None \
                and not any(a <= start < b for a, b in tables):
            continue  # "Headline | Section" is a title, not a table row (unless the page laid out a table)
        if not in_table:
            in_table, caption, table = True, last_prose, table + 1
        in_cell = [_cell_date(text, s, e, dates) for s, e in cells]
        body = in_cell[1:]
        dated = sum(1 for d in body if d)
        if dated >= 2 and 2 * dated >= sum(1 for s, e in cells[1:] if e > s):
            header, words = _with_totals(text, cells, in_cell), None
            continue
        if not any(ch.isdigit() for ch in line):
            header, words = None, cells  # "Year | Complaint cases | Allegations": headings in words
            continue
        label = cells[0]
        row += 1
        total_row = _is_total(text, label)
        row_date = _row_date(in_cell[0], total_row, row_dates.setdefault(table, []), text, label)
        for col, (s, e) in enumerate(cells[1:], start=1):
            if e <= s:
                continue
            head = header[col] if header and col < len(header) else None
            column = words[col] if words and col < len(words) and words[col][1] > words[col][0] else None
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is None:
                continue
            total = total_row or (head is not None and head.rule == "table_total") \
                or (column is not None and _is_total(text, column))
            corner = words[0] if words and words[0][1] > words[0][0] else None
            parent = _parent_column(text, words, col)
            for tok in span:
                out[tok.i] = Cell(row_label=label, header=head, bounds=(s, e), caption=caption,
                                  column_label=column, row_date=row_date, table=table, row=row, col=col,
                                  total=total, corner=corner, parent_label=parent)
    return out


def _parent_column(text: str, words, col: int) -> Optional[tuple[int, int]]:
    """'Officers dismissed | Of which sexual misconduct', 'Complaints | of which upheld': a column
    headed by a part pointer (models/context.json part_pointers) counts a part of the column
    before it, so it shares that column's noun and outcome; the nearest column before it that
    is not itself a part."""
    if not words or col >= len(words) or col < 2:
        return None
    pointers = tuple(p + " " for p in context_cues().part_pointers) + ("including ", "incl. ")
    for k in range(col, 0, -1):
        s, e = words[k]
        if not text[s:e].strip().lower().startswith(pointers):
            return (s, e) if k < col else None
    return None


def _row_date(own: Optional[DateMention], total_row: bool, dated: list[DateMention], text: str,
              label: tuple[int, int]) -> Optional[DateMention]:
    """The date a row's label names, kept in `dated`; a 'Total' row under rows labelled by years
    covers all of them ('2020/21 ... 2022/23 | Total | 46'), not the last row's year."""
    if own is not None and own.date_from and own.date_to:
        dated.append(own)
        return own
    if not total_row or not dated:
        return own
    return DateMention(span=label, text=text[label[0]:label[1]], rule="table_total",
                       date_from=min(d.date_from for d in dated), date_to=max(d.date_to for d in dated))


_TOTAL_WORDS = ("total", "totals", "all", "overall", "grand total")


def _is_total(text: str, bounds: tuple[int, int]) -> bool:
    return text[bounds[0]:bounds[1]].strip().lower().rstrip(":") in _TOTAL_WORDS


def total_parts(cells: dict[int, Cell]) -> dict[tuple[int, int], list[tuple[int, int]]]:
    """A total cell's bounds -> the bounds of the cells it sums: the rest of its column
    when its row is a totals row, else the rest of its row when its column is."""
    unique = {c.bounds: c for c in cells.values()}
    out: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for bounds, cell in unique.items():
        if not cell.total:
            continue
        row_total = _is_total_row(unique, cell)
        out[bounds] = sorted(b for b, c in unique.items() if c.table == cell.table and not c.total and (
            c.col == cell.col if row_total else c.row == cell.row))
    return out


def _is_total_row(unique: dict, cell: Cell) -> bool:
    """A cell in a totals row (every cell of its row is a total), not only in a totals column."""
    return all(c.total for c in unique.values() if c.table == cell.table and c.row == cell.row)


def _cell_date(text: str, start: int, end: int, dates: list[DateMention]) -> Optional[DateMention]:
    """The date a header cell names: a mention found in it, or the whole cell read
    as a date ('2019', '2018/19'), which prose rules rightly leave alone."""
    for d in dates:
        if start <= d.span[0] and d.span[1] <= end:
            return d
    words = text[start:end]
    if not words or not any(ch.isdigit() for ch in words):
        return None
    found = resolve(words)
    if found is None or found.date_from is None or found.date_to is None:
        return None
    return DateMention(span=(start, end), text=words, date_from=found.date_from, date_to=found.date_to,
                       rule="table_header")


def _with_totals(text: str, cells, in_cell: list[Optional[DateMention]]) -> list[Optional[DateMention]]:
    """A 'Total' column beside dated columns covers all of them."""
    dated = [d for d in in_cell if d and d.date_from and d.date_to]
    out = list(in_cell)
    for i, ((s, e), d) in enumerate(zip(cells, in_cell)):
        if d is None and i > 0 and text[s:e].strip().lower() in ("total", "totals", "all", "overall") and dated:
            out[i] = DateMention(span=(s, e), text=text[s:e], rule="table_total",
                                 date_from=min(x.date_from for x in dated), date_to=max(x.date_to for x in dated))
    return out
