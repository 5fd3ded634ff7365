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
from ..ingest.dateline import page_head_line
from ..ingest.layout_cues import layout_cues
from .table_labels import (_caption_date, _cell_date, _is_total, _percent, _question_asked,
                           _summed, _suppressed, _titled)
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
    #   the column an "of which" / "of whom" column is a part of, whose noun and outcome it shares;
    #   the header row above the column's own ("Officers" over "dismissed"); or the table's title
    #   over a column headed only by what it counts ("Officers dismissed, 2022/23" over "Number")
    percent: bool = False               # in a column of shares ("%", "% of total", "Percent")
    suppressed: bool = False            # "<5", "fewer than 5": a number withheld, not a count


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


def _spaced_rows(doc: Doc, text: str) -> dict[int, list[tuple[int, int]]]:
    """Line start -> cells, for the lines of tables the layout found without separators
    (ingest/layout_tables.py: rows of a label and numbers set with spaces); a label's line of
    its own maps to [] (inside its table, no row of its own)."""
    if not Doc.has_extension("blocks"):
        return {}
    out: dict[int, list[tuple[int, int]]] = {}
    for block in doc._.blocks or []:
        if block.kind != "table" or "|" in text[block.span[0]:block.span[1]]:
            continue
        for row in block.rows:
            at = text.rfind("\n", 0, row[-1][0]) + 1
            if "\t" not in text[at:row[-1][1]]:
                out[at] = [tuple(c) for c in row]
                first = text.rfind("\n", 0, row[0][0]) + 1
                if first != at:
                    out.setdefault(first, [])
        pos = block.span[0]
        while pos < block.span[1]:  # lines inside the table that hold no row: wrapped label words
            at = text.rfind("\n", 0, pos) + 1
            out.setdefault(at, [])
            nxt = text.find("\n", pos)
            pos = len(text) if nxt < 0 else nxt + 1
    return out


def _barred_runs(text: str) -> set[int]:
    """Starts of the lines of Markdown tables: runs of table lines that all open and close with a
    bar. A table written one row a line whose first and last cells happen to be empty
    ('| 2022 |  | 2023 |' over 'Finding | Number | %') has cells there, not outer bars."""
    out: set[int] = set()
    run: list[tuple[int, bool]] = []
    offset = 0
    for line in text.split("\n") + [""]:
        if "|" in line:
            s = line.strip()
            run.append((offset, s.startswith("|") and s.endswith("|") and len(s) > 1))
        else:
            if run and all(b for _, b in run):
                out.update(a for a, _ in run)
            run = []
        offset += len(line) + 1
    return out


def _cells(line: str, offset: int, sep: str = "|", barred: bool = True) -> list[tuple[int, int]]:
    if barred and sep == "|" and line.lstrip().startswith("|") and line.rstrip().endswith("|") and len(line.strip()) > 1:
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


@dataclass
class _Reading:
    """What the lines of a table read so far say about the rows below them."""
    header: Optional[list] = None       # the date heading each column
    header_cells: Optional[list] = None  # the dates as their line gave them, before blanks took the date beside
    words: Optional[list] = None        # the words heading each column
    upper: Optional[list] = None        # a header row above `words`: the group each column is in
    header_line: int = -2               # the line the dates were read from
    words_line: int = -2
    caption: Optional[tuple[int, int]] = None
    caption_date: Optional[DateMention] = None  # the one period the caption names
    dated: bool = False                 # a row or column of this table names its own date
    group: Optional[tuple[int, int]] = None  # the last row label: a blank one below it is in its group

    fitted: bool = True                 # the header lines were laid over the first row of figures

    def reset(self) -> None:
        self.header = self.header_cells = self.words = self.upper = self.group = None
        self.fitted = True


def table_cells(doc: Doc) -> dict[int, Cell]:
    """Token index -> Cell, for every token inside a table cell other than the row label."""
    text = doc_text(doc)
    dates = list(doc._.dates or [])
    out: dict[int, Cell] = {}
    r = _Reading()
    last_prose: Optional[tuple[int, int]] = None
    in_table = False
    offset, table, row = 0, -1, 0
    row_dates: dict[int, list[DateMention]] = {}
    tables = _laid_out(doc, text)
    spaced = _spaced_rows(doc, text)
    barred = _barred_runs(text)
    n = 0  # table lines read (a Markdown rule line is not one)
    for line in text.split("\n"):
        start = offset
        offset += len(line) + 1
        sep = _separator(line, any(a <= start < b for a, b in tables))
        cells = spaced.get(start) if sep is None else None
        if sep is None and cells is None:
            if in_table and page_head_line(line):
                continue  # "3 Nov 2009 : Column 877W" between two rows: the page turned, the table goes on
            if line.strip():
                r.reset()
                in_table = False  # a table ends at the first line of prose
                last_prose = (start, start + len(line))
            continue
        if sep is not None and _RULE_LINE.match(line) or cells == []:
            continue
        if cells is None:
            cells = _cells(line, start, sep, start in barred)
            if len(cells) < 3 and r.header is None and r.words is None \
                    and not any(a <= start < b for a, b in tables):
                continue  # "Headline | Section" is a title, not a table row (unless the page laid out a table)
        if not in_table:
            in_table, r.caption, table = True, last_prose, table + 1
            r.reset()
            r.caption_date, r.dated = _caption_date(text, last_prose, dates), False
            r.caption = _question_asked(text, r.caption)
        in_cell = [_cell_date(text, s, e, dates) for s, e in cells]
        n += 1
        if _header_row(text, r, n, cells, in_cell):
            r.fitted = False
            continue
        if not r.fitted:
            _fit_headers(r, len(cells))
        row += 1
        label = _row_label(text, r, cells)
        total_row = _is_total(text, label)
        own = in_cell[0] or _date_cell(text, cells, in_cell, r)
        row_date = _row_date(own, total_row, row_dates.setdefault(table, []), text, label)
        r.dated = r.dated or row_date is not None or bool(r.header and any(r.header))
        for col, (s, e) in enumerate(cells[1:], start=1):
            cell = _cell(doc, text, r, label, row_date, (table, row, col), (s, e), total_row)
            if cell is None:
                continue
            for tok in doc.char_span(s, e, alignment_mode="expand"):
                out[tok.i] = cell
    return out


def _cell(doc: Doc, text: str, r: _Reading, label, row_date, where, bounds, total_row) -> Optional[Cell]:
    table, row, col = where
    s, e = bounds
    if e <= s or doc.char_span(s, e, alignment_mode="expand") is None:
        return None
    head = r.header[col] if r.header and col < len(r.header) else None
    if head is None and row_date is None and not r.dated:
        head = r.caption_date  # "Officers added to the barred list, 2023" over a table of no dates
    words = r.words
    column = words[col] if words and col < len(words) and words[col][1] > words[col][0] else None
    total = total_row or (head is not None and head.rule == "table_total") \
        or (column is not None and _is_total(text, column))
    corner = words[0] if words and words[0][1] > words[0][0] else None
    parent = _parent_column(text, words, col) or _upper(r, col) or _summed(text, words, column) \
        or _titled(text, r, column)
    return Cell(row_label=label, header=head, bounds=(s, e), caption=r.caption, column_label=column,
                row_date=row_date, table=table, row=row, col=col, total=total, corner=corner,
                parent_label=parent, percent=_percent(text, column), suppressed=_suppressed(text, s, e))


def _header_row(text: str, r: _Reading, n: int, cells, in_cell) -> bool:
    """Read a header row into ``r``: a row of dates ('| 2021 | 2022', '2016 2017' over '# | % | # | %'),
    or of words ('Year | Complaint cases | Allegations'); False for a row of figures."""
    body = in_cell[1:]
    dated = sum(1 for d in body if d)
    filled = sum(1 for s, e in cells[1:] if e > s)
    if dated >= 2 and 2 * dated >= filled or dated >= 1 and dated == filled and n == r.words_line + 1:
        r.header_cells = _with_totals(text, cells, in_cell)
        r.header, r.header_line = _spread_blank(r.header_cells), n
        r.words = r.upper = None
        if any(d is not None and d.span[1] < e and text[d.span[1]:e].strip() for d, (_s, e) in zip(body, cells[1:])):
            r.words, r.words_line = list(cells), n  # "2017 Personnel Complaints": the words say what it counts
        return True
    if any(ch.isdigit() for s, e in cells for ch in text[s:e]):
        return False
    if len(cells) == 1 or sum(1 for s, e in cells if e > s) == 1 and r.words is None and r.header is None:
        title = next((c for c in cells if c[1] > c[0]), r.caption)  # a title row over the table
        r.caption = _corner_of(text, r, title)
        return True
    if r.header is not None and r.header_line < n - 1 and not any(e > s for s, e in cells[1:]):
        return True  # "Unfounded |  |  |": a row label with no counts under the years keeps them
    if r.header is not None and r.header_line == n - 1:
        r.header = _spread(r.header, len(cells))  # years over "Number | %" columns: each year spans its share
    elif r.words is not None and r.words_line == n - 1:
        r.upper = _spread_cells(r.words, len(cells))  # "Officers" over "dismissed": the group a column is in
    else:
        r.header = None
    r.words, r.words_line = list(cells), n
    return True


def _corner_of(text: str, r: _Reading, title):
    """'Year Formal Complaints Informal Complaints Total', a heading the layout could not split:
    its first word heads the row labels when it is a word that does (layout.json corner_words)."""
    if title is None:
        return None
    first = text[title[0]:title[1]].split(maxsplit=1)
    if len(first) == 2 and first[0].lower().rstrip(":") in layout_cues().tables.corner_words:
        r.words = [(title[0], title[0] + len(first[0]))]
        return (title[1] - len(first[1]), title[1])
    return title


def _spread_blank(header: list) -> list:
    """A blank header cell after a dated one is that date's too: a cell spanning two columns."""
    out = list(header)
    for k in range(2, len(out)):
        if out[k] is None and out[k - 1] is not None:
            out[k] = out[k - 1]
    return out


def _spread(header: list, width: int) -> list:
    """Dates heading fewer columns than the row below: each heads an equal run of them."""
    dated = header[1:]
    if len(header) >= width or not dated or (width - 1) % len(dated):
        return header
    k = (width - 1) // len(dated)
    return [header[0]] + [d for d in dated for _ in range(k)]


def _fit_headers(r: _Reading, width: int) -> None:
    """Header lines of fewer cells than the first row of figures ('| 2004-05 | 2005-06 |' over a
    line of roles over a line of column names over rows of eight counts): each spans its share."""
    r.fitted = True
    if r.header is not None and len(r.header) < width:
        r.header = _even_over(r.header_cells or r.header, width, lambda d: d is not None) or r.header
    for name in ("upper", "words"):
        layer = getattr(r, name)
        if layer is not None and len(layer) != width:
            setattr(r, name, _even_over(layer, width, lambda c: c[1] > c[0]) or layer)


def _even_over(layer: list, width: int, filled) -> Optional[list]:
    """A header line's corner, then k labels over n = width - 1 columns, n/k each from the left;
    None unless k >= 2 divides n and every label is there (a blank says where a span is uneven).
    Empty cells after the last label are its line's closing bar, not columns."""
    cells = list(layer)
    while len(cells) > 1 and not filled(cells[-1]):
        cells.pop()
    k, n = len(cells) - 1, width - 1
    if k < 2 or k >= n or n % k or not all(filled(c) for c in cells[1:]):
        return None
    return _spread(cells, width)


def _spread_cells(cells: list, width: int) -> list:
    if len(cells) >= width or len(cells) < 2 or (width - 1) % (len(cells) - 1):
        return cells
    k = (width - 1) // (len(cells) - 1)
    return [cells[0]] + [c for c in cells[1:] for _ in range(k)]


def _upper(r: _Reading, col: int) -> Optional[tuple[int, int]]:
    if r.upper and col < len(r.upper) and r.upper[col][1] > r.upper[col][0]:
        return r.upper[col]
    return None


def _row_label(text: str, r: _Reading, cells) -> tuple[int, int]:
    """The row's first cell; a blank one is in the group of the label above it (a cell spanning
    rows: 'Corruption | 2021 | 44' then ' | 2022 | 51')."""
    label = cells[0]
    if label[1] > label[0] or r.group is None:
        r.group = label if label[1] > label[0] else r.group
        return label
    return r.group


def _date_cell(text: str, cells, in_cell, r: _Reading) -> Optional[DateMention]:
    """A year standing in a row's second cell under no date heading ('Corruption | 2021 | 44')."""
    if len(cells) < 3 or in_cell[1] is None or (r.header and len(r.header) > 1 and r.header[1]):
        return None
    s, e = cells[1]
    return in_cell[1] if text[s:e].strip() == in_cell[1].text.strip() else None


def _parent_column(text: str, words, col: int) -> Optional[tuple[int, int]]:
    """'Officers dismissed | Of which sexual misconduct', 'Complaints | of which upheld': a column
    headed by a part pointer (models/context.json part_pointers) counts a part of the column
    before it, so it shares that column's noun and outcome; the nearest column before it that
    is not itself a part."""
    if not words or col >= len(words) or col < 2:
        return None
    pointers = tuple(p + " " for p in context_cues().part_pointers) + ("including ", "incl. ")
    findings = layout_cues().tables.finding_columns  # "Complaints | Sustained": sustained complaints
    for k in range(col, 0, -1):
        s, e = words[k]
        head = text[s:e].strip().lower()
        if not head.startswith(pointers) and head not in findings:
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


def _with_totals(text: str, cells, in_cell: list[Optional[DateMention]]) -> list[Optional[DateMention]]:
    """A 'Total' column beside dated columns covers all of them."""
    dated = [d for d in in_cell if d and d.date_from and d.date_to]
    out = list(in_cell)
    for i, ((s, e), d) in enumerate(zip(cells, in_cell)):
        if d is None and i > 0 and text[s:e].strip().lower() in ("total", "totals", "all", "overall") and dated:
            out[i] = DateMention(span=(s, e), text=text[s:e], rule="table_total",
                                 date_from=min(x.date_from for x in dated), date_to=max(x.date_to for x in dated))
    return out
